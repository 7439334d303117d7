/** Journey: an administrator adds an office and finds it in the list. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { OfficesPage } from './pages/offices-page';
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

it('the admin creates an office and sees it in the list, also when filtered by its agency', async () => {
  const t = await textIn('en');
  const { context, page } = await signedIn(browser, demo.admin);
  const offices = await new OfficesPage(page, {
    agency: t('offices.agency'),
    name: t('offices.name'),
    municipality: t('offices.municipality'),
    address: t('offices.address'),
    phone: t('offices.phone'),
  }).open();

  // The agency of the first listed office exists for sure in any seed.
  const agency = (await offices.table().locator('tbody tr').first().locator('td').first().textContent()) ?? '';
  const name = `Journey Office ${Date.now()}`;
  await offices.create(t('offices.create'), {
    agency,
    name,
    municipality: 'Gyumri',
    address: 'Abovyan St 1, Gyumri',
    phone: '+374 312 00000',
  });

  const row = offices.row(name);
  await row.waitFor();
  expect(await row.textContent()).toContain('Gyumri');
  expect(await row.textContent()).toContain(agency);

  await offices.filterByAgency(t('offices.filterAgency'), agency);
  await expect.poll(() => offices.table().locator('tbody tr').allTextContents()).toSatisfy((rows: string[]) =>
    rows.every((r) => r.includes(agency)),
  );
  await offices.row(name).waitFor();
  await screenshot(page, 'offices-created-en');
  await context.close();
});
