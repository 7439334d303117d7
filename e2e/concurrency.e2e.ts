/**
 * Journey: two administrators edit the same agency. The second save is refused with the
 * translated conflict message and the form reloads the current record.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
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

async function openFirstAgency(page: Page, editLabel: string) {
  await page.goto('/admin/agencies');
  const row = page.locator('main table tbody tr').first();
  await row.getByRole('button', { name: new RegExp(editLabel) }).click();
  return page.getByRole('dialog');
}

it('a stale edit gets the conflict message and the current version', async () => {
  const t = await textIn('en');
  const first = await signedIn(browser, demo.admin);
  const second = await signedIn(browser, demo.admin);

  const dialogA = await openFirstAgency(first.page, t('common.edit'));
  const dialogB = await openFirstAgency(second.page, t('common.edit'));
  const nameA = dialogA.getByLabel(t('agencies.name'), { exact: false });
  const original = await nameA.inputValue();

  await dialogB.getByLabel(t('agencies.name'), { exact: false }).fill(`${original} (B)`);
  await dialogB.locator('button[type=submit]').click();
  await dialogB.waitFor({ state: 'detached' });

  await nameA.fill(`${original} (A)`);
  await dialogA.locator('button[type=submit]').click();
  await dialogA.getByRole('alert').getByText(t('errors:title.version_conflict')).waitFor();
  await expect.poll(() => nameA.inputValue()).toBe(`${original} (B)`);

  // Saving again, now on the current version, succeeds; restore the original name.
  await nameA.fill(original);
  await dialogA.locator('button[type=submit]').click();
  await dialogA.waitFor({ state: 'detached' });
  await first.context.close();
  await second.context.close();
});
