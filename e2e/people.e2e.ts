/**
 * Journeys of the person registry at intake: a search in one script finds a seeded person
 * written in another and opens the record; a registration with a bad birth date shows the
 * server's translated message on that field, and a good one opens the new record (with
 * the likely duplicates when there are any); a stale edit gets the conflict message and
 * the current version; the access log lists the views; duplicates are flagged, decided
 * and undone; households and documents are recorded. Screenshots of the pages, in English
 * and Armenian, go to e2e/screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { intakeCaseManager, PeoplePages, seededPeople } from './pages/people-page';
import { pickOption } from './pages/select';
import { launchBrowser, screenshot } from './support/browser';
import { uiLanguages } from './support/env';
import { signedIn } from './support/session';
import { textIn } from './support/text';

const caseManager = intakeCaseManager;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A made-up family name (letters only, as names must be) that matches no other record. */
const uniqueName = () => {
  const letters = Array.from({ length: 7 }, () => 'bcdfghklmnprstvz'[Math.floor(Math.random() * 16)]).join('');
  return `${letters[0]!.toUpperCase()}${letters.slice(1)}yan`;
};

describe.each(uiLanguages)('in %s', (language) => {
  it('a Latin-script search finds a seeded person written in Armenian and opens the record', async () => {
    const t = await textIn(language);
    const { context, page } = await signedIn(browser, caseManager, language);
    const people = new PeoplePages(page, t);
    // One person per language: after emergency access the second run could simply open the first.
    const person = seededPeople().filter((p) => p.name_script === 'Armn')[uiLanguages.indexOf(language)]!;

    await people.openFind();
    await people.search({ familyName: person.family_name_latin!, givenName: person.given_name_latin!, birthDate: person.birth_date });
    const row = people.resultRow(person.family_name);
    await row.getByText(t('people:searchReason.name_same_after_transliteration')).waitFor();
    await row.getByText(t('people:searchReason.same_birth_date')).waitFor();
    await screenshot(page, `people-search-${language}`);

    // Seeded records belong to no agency's case yet, so opening one is emergency access
    // (unless a grant from an earlier run against the same server is still running).
    const emergency = row.getByRole('button', { name: t('intake:find.emergency'), exact: false });
    if (await emergency.count()) {
      await emergency.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(t('intake:breakGlass.reason'), { exact: false }).fill('The client is at the desk and asks for urgent help with housing.');
      await dialog.getByRole('button', { name: t('intake:breakGlass.submit') }).click();
    } else {
      await row.getByRole('link', { name: t('intake:find.open'), exact: false }).click();
    }
    await people.recordOpened();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(person.family_name);
    await page.getByText(person.given_name_latin!, { exact: false }).first().waitFor();
    await screenshot(page, `people-emergency-${language}`);
    await context.close();
  });

  it('registration shows the translated birth date error, then opens the new record', async () => {
    const t = await textIn(language);
    const { context, page } = await signedIn(browser, caseManager, language);
    const people = new PeoplePages(page, t);
    const family = uniqueName();

    await people.openFind();
    await people.search({ familyName: family, givenName: 'Mariam' });
    await people.startRegistration();
    expect(await people.field('familyName').inputValue()).toBe(family);
    expect(await people.field('givenName').inputValue()).toBe('Mariam');
    await people.chooseSex(t('people:sex.female'));
    await people.field('birthDate').fill('2199-05-17');
    await people.submitRegistration();

    const message = t('errors:field.invalid_birth_date');
    await page.locator('main').getByText(message).first().waitFor();
    expect(await people.field('birthDate').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, `people-register-error-${language}`);

    await people.field('birthDate').fill(language === 'en' ? '1990-05-17' : '1991-08-23');
    await people.field('phone').fill('+374 91 123456');
    await people.submitRegistration();
    await people.recordOpened();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Mariam ${family}`);
    await page.getByText(t('intake:registered.noDuplicates')).waitFor();
    await screenshot(page, `people-registered-${language}`);
    await context.close();
  });
});

it('after registering someone already in the registry, the likely duplicate is shown', async () => {
  const t = await textIn('en');
  const { context, page } = await signedIn(browser, caseManager);
  const people = new PeoplePages(page, t);
  // Written in Armenian in the registry; the client now gives the Latin spelling.
  const seeded = seededPeople().filter((p) => p.name_script === 'Armn')[2]!;

  // Searched by family name alone, the clerk did not recognise them and registers anew.
  await people.openFind();
  await people.search({ familyName: seeded.family_name_latin! });
  await people.startRegistration();
  await people.field('givenName').fill(seeded.given_name_latin!);
  await people.field('birthDate').fill(seeded.birth_date);
  await people.chooseSex(t(`people:sex.${seeded.sex}`));
  await people.submitRegistration();
  await people.recordOpened();
  const duplicates = page.locator('main').getByRole('table', { name: t('intake:registered.duplicatesCaption') });
  await duplicates.locator('tr', { hasText: seeded.family_name }).getByText(t('people:searchReason.same_birth_date')).waitFor();
  await screenshot(page, 'people-registered-duplicate-en');
  await context.close();
});

it('a stale edit gets the conflict message and the form shows the current version', async () => {
  const t = await textIn('en');
  const first = await signedIn(browser, caseManager);
  const second = await signedIn(browser, caseManager);
  const a = new PeoplePages(first.page, t);
  const b = new PeoplePages(second.page, t);
  const { id } = await a.registerViaApi({ givenName: 'Lusine', familyName: uniqueName(), sex: 'female', birthDate: '1985-02-03' });

  await a.openRecord(id);
  await b.openRecord(id);
  await first.page.locator('main').getByRole('button', { name: t('intake:record.edit') }).click();
  await second.page.locator('main').getByRole('button', { name: t('intake:record.edit') }).click();
  const dialogA = first.page.getByRole('dialog');
  const dialogB = second.page.getByRole('dialog');

  await dialogB.getByLabel(t('intake:field.phone'), { exact: false }).fill('+37410000002');
  await dialogB.getByRole('button', { name: t('common.save') }).click();
  await dialogB.waitFor({ state: 'detached' });

  const phoneA = dialogA.getByLabel(t('intake:field.phone'), { exact: false });
  await phoneA.fill('+37410000001');
  await dialogA.getByRole('button', { name: t('common.save') }).click();
  await dialogA.getByRole('alert').getByText(t('errors:title.version_conflict')).waitFor();
  await dialogA.getByText(t('errors.conflictReloaded')).waitFor();
  await expect.poll(() => phoneA.inputValue()).toBe('+37410000002');
  await screenshot(first.page, 'people-edit-conflict-en');

  // Saved again, now on the current version, the change goes through.
  await phoneA.fill('+37410000001');
  await dialogA.getByRole('button', { name: t('common.save') }).click();
  await dialogA.waitFor({ state: 'detached' });
  await first.page.getByText('+37410000001').waitFor();
  await first.context.close();
  await second.context.close();
});

it('the access log lists who opened the record, from which agency', async () => {
  const t = await textIn('en');
  const { context, page } = await signedIn(browser, caseManager);
  const people = new PeoplePages(page, t);
  const { id } = await people.registerViaApi({ givenName: 'Gayane', familyName: uniqueName(), sex: 'female', birthDate: '1979-11-30' });

  await people.openRecord(id);
  await people.openAccessLog(id);
  const rows = page.locator('main table tbody tr');
  await rows.filter({ hasText: t('intake:accessLog.action.person_read') }).first().waitFor();
  await rows.filter({ hasText: t('intake:accessLog.action.person_create') }).first().waitFor();
  const opened = rows.filter({ hasText: t('intake:accessLog.action.person_read') }).first();
  expect(await opened.textContent()).toContain('Anna Sargsyan');
  expect(await opened.textContent()).toContain(t('role.case_manager'));
  await screenshot(page, 'people-access-log-en');
  await context.close();
});

it('a duplicate is flagged, confirmed as the same person, and the link undone', async () => {
  const t = await textIn('en');
  const { context, page } = await signedIn(browser, caseManager);
  const people = new PeoplePages(page, t);
  const familyName = uniqueName();
  const person = { givenName: 'Tatevik', familyName, sex: 'female', birthDate: '1993-07-01' };
  const main = await people.registerViaApi(person);
  const copy = await people.registerViaApi(person);

  await people.openTab(main.id, 'duplicates');
  await page.locator('main').getByRole('button', { name: t('intake:links.flag') }).click();
  const dialog = page.getByRole('dialog');
  // The picker starts from this person's name and birth date.
  await dialog.getByRole('button', { name: t('intake:search.submit') }).click();
  await dialog.getByRole('button', { name: t('intake:picker.chooseNamed', { name: `Tatevik ${familyName}` }) }).click();
  await dialog.getByLabel(t('intake:links.reason'), { exact: false }).fill('Same passport number');
  await screenshot(page, 'people-link-dialog-en');
  await dialog.getByRole('button', { name: t('intake:links.save') }).click();
  await dialog.waitFor({ state: 'detached' });

  const row = page.locator('main table tbody tr', { hasText: copy.onedoorId });
  await row.getByText(t('people:linkStatus.suspected')).waitFor();
  for (const [decision, status] of [['linked', 'linked'], ['unlinked', null]] as const) {
    await row.getByRole('button', { name: t(`intake:links.decideNamed.${decision}`, { onedoorId: copy.onedoorId }) }).click();
    await dialog.getByLabel(t('intake:links.reason'), { exact: false }).fill('Checked with the client');
    await dialog.getByRole('button', { name: t(`intake:links.decide.${decision}`) }).click();
    await dialog.waitFor({ state: 'detached' });
    if (status) await row.getByText(t(`people:linkStatus.${status}`)).waitFor();
  }
  // An undone link is closed: the record lists no open link any more.
  await row.waitFor({ state: 'detached' });
  await context.close();
});

it('a household is started and another person added to it', async () => {
  const t = await textIn('en');
  const { context, page } = await signedIn(browser, caseManager);
  const people = new PeoplePages(page, t);
  const familyName = uniqueName();
  const head = await people.registerViaApi({ givenName: 'Samvel', familyName, sex: 'male', birthDate: '1970-03-03' });
  await people.registerViaApi({ givenName: 'Ani', familyName, sex: 'female', birthDate: '2001-09-09' });

  await people.openTab(head.id, 'household');
  const main = page.locator('main');
  await main.getByRole('button', { name: t('intake:household.start') }).click();
  await main.getByRole('button', { name: t('intake:household.addMember') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: t('intake:search.submit') }).click();
  await dialog.getByRole('button', { name: t('intake:picker.chooseNamed', { name: `Ani ${familyName}` }) }).click();
  await pickOption(page, dialog, t('intake:household.relationship'), t('people:relationship.child'));
  await dialog.getByRole('button', { name: t('intake:household.addMember') }).click();
  await dialog.waitFor({ state: 'detached' });
  await main.getByRole('link', { name: `Ani ${familyName}` }).waitFor();
  await screenshot(page, 'people-household-en');
  await context.close();
});

it('a document the client showed is added and then corrected', async () => {
  const t = await textIn('en');
  const { context, page } = await signedIn(browser, caseManager);
  const people = new PeoplePages(page, t);
  const { id } = await people.registerViaApi({ givenName: 'Karen', familyName: uniqueName(), sex: 'male', birthDate: '1982-12-12' });

  await people.openRecord(id);
  const main = page.locator('main');
  const dialog = page.getByRole('dialog');
  await main.getByRole('button', { name: t('intake:documents.add') }).click();
  await pickOption(page, dialog, t('intake:documents.type'), t('people:documentType.passport'));
  await dialog.getByLabel(t('intake:documents.number'), { exact: false }).fill('AN0123456');
  await dialog.getByLabel(t('intake:documents.issuedOn'), { exact: false }).fill('2020-01-15');
  await dialog.getByRole('button', { name: t('common.save') }).click();
  await dialog.waitFor({ state: 'detached' });
  const row = main.locator('table tbody tr', { hasText: 'AN0123456' });
  await row.waitFor();

  await row.getByRole('button', { name: t('common.editNamed', { name: t('people:documentType.passport') }) }).click();
  await dialog.getByLabel(t('intake:documents.number'), { exact: false }).fill('AN0123457');
  await dialog.getByRole('button', { name: t('common.save') }).click();
  await dialog.waitFor({ state: 'detached' });
  await main.locator('table tbody tr', { hasText: 'AN0123457' }).waitFor();
  await context.close();
});

it('a client registered at another agency, with no case open, is taken on at this office', async () => {
  const t = await textIn('hy');
  const familyName = uniqueName();
  const welfare = await signedIn(browser, 'davit.mkrtchyan@welfare.onedoor.test', 'hy');
  await new PeoplePages(welfare.page, t).registerViaApi({ givenName: 'Lilit', familyName, sex: 'female', birthDate: '1990-04-12' });
  await welfare.context.close();

  const { context, page } = await signedIn(browser, caseManager, 'hy');
  const people = new PeoplePages(page, t);
  await people.openFind();
  await people.search({ familyName, birthDate: '1990-04-12' });
  await people.resultRow(familyName).getByRole('button', { name: t('intake:find.takeOnNamed', { name: `Lilit ${familyName}` }) }).click();
  const dialog = page.getByRole('dialog', { name: t('intake:takeOn.title') });
  await dialog.getByText(t('intake:takeOn.explain')).waitFor();
  await screenshot(page, 'people-take-on-hy');
  await dialog.getByRole('button', { name: t('intake:takeOn.submit') }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  await screenshot(page, 'people-taken-on-hy');
  await context.close();
});
