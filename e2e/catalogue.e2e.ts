/**
 * Journeys of the service catalogue: a case manager finds a service by a barrier and sees
 * its free places (in Armenian); a partnership coordinator adds a service on screen, with
 * a field error first (reserved places above the capacity).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CataloguePage } from './pages/catalogue-pages';
import { pickOption } from './pages/select';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { apiCall, uniqueLetters } from './support/casework-data';
import { signedIn } from './support/session';
import { textIn } from './support/text';

/** The demo's partnership coordinator (catalogue.manage) and a case manager. */
const coordinator = 'arpine.manukyan@vanadzor.onedoor.test';
const caseManager = 'davit.mkrtchyan@welfare.onedoor.test';

let browser: Browser;
let barrier: { code: string; label: { en: string; ru: string; hy: string } };
let serviceName: string;

beforeAll(async () => {
  browser = await launchBrowser();
  // A service of our own addressing the instrument's first barrier, so the search never depends on the seed.
  const { context, page } = await signedIn(browser, coordinator);
  const instrument = await apiCall<{ definition: { barriers: (typeof barrier)[] } }>(page, 'GET', '/api/assessment-instruments/current');
  barrier = instrument.definition.barriers[0]!;
  serviceName = `Catalogue ${uniqueLetters()}`;
  await apiCall(page, 'POST', '/api/catalogue/services', {
    name: { en: serviceName, hy: serviceName },
    type: 'counselling',
    capacity: 6,
    reservedPlaces: 2,
    languages: ['hy', 'ru'],
    barriers: [barrier.code],
    schedule: [{ byday: 'MO,TU,WE', opensAt: '09:00', closesAt: '17:00' }],
  });
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

it('a case manager searches by a barrier (in Armenian) and sees the free places', async () => {
  const t = await textIn('hy');
  const { context, page, shell } = await signedIn(browser, caseManager, 'hy');
  await shell.goTo(t('catalogue:nav.catalogue'));
  await page.waitForURL('**/catalogue');
  const catalogue = new CataloguePage(page);
  await page.getByRole('heading', { level: 1, name: t('catalogue:title') }).waitFor();
  await catalogue.filterByBarrier(t('catalogue:filters.barriers'), barrier.label.hy);
  await catalogue.filterByText(t('catalogue:filters.text'), serviceName);
  const card = catalogue.card(serviceName);
  await card.waitFor();
  expect(await card.textContent()).toContain(t('catalogue:card.free', { count: 6, capacity: 6 }));
  expect(await card.textContent()).toContain(t('catalogue:card.reservedValue', { free: 2, reserved: 2 }));
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'catalogue-search-hy');
  await context.close();
});

it('a coordinator adds a service; reserved places above the capacity are flagged on the field', async () => {
  const t = await textIn('en');
  const { context, page } = await signedIn(browser, coordinator);
  const catalogue = await new CataloguePage(page).open(t('catalogue:title'));
  await page.getByRole('button', { name: t('catalogue:form.createTitle') }).click();
  const dialog = catalogue.dialog();
  const name = `Coordinator ${uniqueLetters()}`;
  await dialog.getByLabel(t('catalogue:form.nameIn', { language: t('catalogue:language.en') })).fill(name);
  await pickOption(page, dialog, t('catalogue:form.type'), t('catalogue:type.training'));
  await dialog.getByLabel(t('catalogue:form.capacity')).fill('3');
  await dialog.getByLabel(t('catalogue:form.reservedPlaces')).fill('5');
  await dialog.getByRole('button', { name: t('common.save') }).click();
  const reserved = dialog.getByLabel(t('catalogue:form.reservedPlaces'));
  await expect.poll(() => reserved.getAttribute('aria-invalid')).toBe('true');
  expect(await accessibilityViolations(page)).toEqual([]);

  await reserved.fill('1');
  await dialog.getByRole('button', { name: t('common.save') }).click();
  await dialog.waitFor({ state: 'detached' });
  await catalogue.filterByText(t('catalogue:filters.text'), name);
  const card = catalogue.card(name);
  await card.waitFor();
  expect(await card.textContent()).toContain(t('catalogue:card.free', { count: 3, capacity: 3 }));
  await context.close();
});
