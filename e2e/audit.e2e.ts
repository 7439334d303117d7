/** Journey: the data protection officer reads the audit log and verifies its hash chain. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AuditPage } from './pages/audit-page';
import { launchBrowser, screenshot } from './support/browser';
import { signedIn } from './support/session';
import { demo } from './support/env';
import { textIn } from './support/text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('the DPO sees sign-in events and the chain verifies intact', async () => {
  const t = await textIn('en');
  const { context, page } = await signedIn(browser, demo.dpo);
  const audit = await new AuditPage(page).open();
  expect(await audit.rows().count()).toBeGreaterThan(0);
  expect(await page.locator('main table').textContent()).toMatch(/auth\./);

  await audit.verifyChain(t('audit.verify'));
  await page.getByText(t('audit.chainOk')).waitFor();
  await screenshot(page, 'audit-verified-en');
  await context.close();
});
