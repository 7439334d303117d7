/**
 * A single point of contact: a social worker starts registering a client, intake finds the
 * existing record instead and opens it; she writes a health and an employment note,
 * records the client's consent for the employment office (not for health data) and opens
 * a case with the employment office as partner. An employment counsellor of that office
 * then sees the shared data but not the health note, and the client's access log shows
 * both agencies' views.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { TFunction } from 'i18next';
import { CaseScreen, ConsentRegister } from './pages/casework-pages';
import { intakeCaseManager, PeoplePages } from './pages/people-page';
import { pickOption } from './pages/select';
import { launchBrowser, screenshot } from './support/browser';
import { apiCall, casework, signedFormPdf, uniqueLetters } from './support/casework-data';
import { signedIn } from './support/session';
import { textIn } from './support/text';

const welfare = 'Unified Social Service — Social Welfare Centre, Yerevan';
const employment = 'Unified Social Service — Employment, Yerevan';
/** A case manager of the Yerevan employment office: the counsellor of the journey. */
const counsellor = intakeCaseManager;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the Notes tab and adds one note through its form. */
async function addNote(page: Page, t: TFunction, category: string, text: string): Promise<void> {
  const main = page.locator('main');
  await main.getByRole('button', { name: t('intake:notes.add') }).click();
  const dialog = page.getByRole('dialog');
  await pickOption(page, dialog, t('intake:notes.category'), t(`casework:category.${category}`));
  await dialog.getByLabel(t('intake:notes.body'), { exact: false }).fill(text);
  if (category === 'health') {
    // A special category is marked as such before the note is saved.
    await dialog.getByText(t('intake:notes.sensitiveWarning')).waitFor();
    await screenshot(page, 'spoc-note-health-en');
  }
  await dialog.getByRole('button', { name: t('intake:notes.save') }).click();
  await dialog.waitFor({ state: 'detached' });
  await main.getByText(text).waitFor();
}

async function waitEnabled(field: Locator): Promise<void> {
  for (let i = 0; i < 100 && !(await field.isEnabled()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
}

it('one record, shared by consent: the partner sees the employment note but never the health note', async () => {
  const en = await textIn('en');
  const worker = await signedIn(browser, casework.caseManager);
  const people = new PeoplePages(worker.page, en);

  // Set-up: the client was registered at this welfare centre earlier (and has no case).
  const familyName = `Contact${uniqueLetters()}`;
  const existing = await people.registerViaApi({ givenName: 'Anahit', familyName, sex: 'female', birthDate: '1986-09-03', preferredLanguage: 'hy' });
  // Health data are a special category: even the registering office works with them only on
  // the client's explicit consent, which she gave then (so her case notes may cover her health).
  const agencies = await apiCall<{ id: string; name: string }[]>(worker.page, 'GET', '/api/admin/agencies');
  await apiCall(worker.page, 'POST', `/api/people/${existing.id}/consents`, {
    recipientAgencyId: agencies.find((a) => a.name === welfare)?.id, dataCategories: ['health'], purposes: ['case_work'],
    evidenceType: 'verbal_witnessed', noticeLanguage: 'hy', decision: 'given',
  });

  // (1) The client is back at the desk; the worker searches before registering and finds the record.
  await people.openFind();
  await people.search({ familyName, givenName: 'Anahit', birthDate: '1986-09-03' });
  const row = people.resultRow(familyName);
  await row.getByText(en('people:searchReason.same_birth_date')).waitFor();
  await screenshot(worker.page, 'spoc-search-en');
  await row.getByRole('link', { name: en('intake:find.open'), exact: false }).click();
  expect(await people.recordOpened()).toBe(existing.id);
  expect(await worker.page.getByRole('heading', { level: 1 }).textContent()).toBe(`Anahit ${familyName}`);

  // (2) Two notes in the Notes tab: one about health, one about work.
  const healthNote = `Diabetic, insulin twice a day (${familyName})`;
  const employmentNote = `Worked as a seamstress for six years; looking for factory work (${familyName})`;
  await worker.page.getByRole('tab', { name: en('intake:tabs.notes') }).click();
  await worker.page.getByText(en('intake:notes.none')).waitFor();
  await addNote(worker.page, en, 'health', healthNote);
  await addNote(worker.page, en, 'employment', employmentNote);
  const notes = worker.page.locator('main [role=tabpanel] li');
  expect(await notes.count()).toBe(2);
  expect(await notes.filter({ hasText: healthNote }).getByText(en('intake:notes.sensitive'), { exact: true }).count()).toBe(1);
  await screenshot(worker.page, 'spoc-notes-en');

  // (3) Consent for the employment office: identity, contact and employment, not health.
  const register = await new ConsentRegister(worker.page, en).open(existing.id);
  const dialog = await register.startRecording();
  // The agency list loads first (the picker is disabled until then; the pick clicks with force).
  await waitEnabled(dialog.getByLabel(en('casework:consent.recipient'), { exact: false }).first());
  await register.chooseAgency(employment);
  await register.tick(en('casework:category.identity'));
  await register.tick(en('casework:category.contact'));
  await register.tick(en('casework:category.employment'));
  expect(await dialog.getByRole('checkbox', { name: en('casework:purpose.case_work'), exact: true }).isChecked()).toBe(true);
  expect(await dialog.getByRole('checkbox', { name: en('casework:category.health'), exact: true }).isChecked()).toBe(false);
  await dialog.locator('input[type=file]').setInputFiles(signedFormPdf);
  await dialog.getByRole('button', { name: en('casework:consent.save') }).click();
  await dialog.waitFor({ state: 'detached' });
  await register.agencySection(employment).locator('article').first().getByText(en('casework:consentStatus.given'), { exact: true }).waitFor();
  await screenshot(worker.page, 'spoc-consent-en');

  // (4) A case, with the employment office as partner.
  await worker.page.goto(`/people/${existing.id}?tab=cases`);
  await worker.page.locator('main').getByRole('link', { name: en('intake:cases.open') }).click();
  await worker.page.getByRole('heading', { level: 1, name: en('casework:open.title') }).waitFor();
  await worker.page.locator('main').getByRole('button', { name: en('casework:open.submit') }).click();
  await worker.page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseScreen = new CaseScreen(worker.page, en);
  await caseScreen.timeline().getByText(en('casework:timeline.caseOpened')).waitFor();
  await caseScreen.main().getByRole('button', { name: en('casework:partners.add') }).click();
  const partner = worker.page.getByRole('dialog');
  await pickOption(worker.page, partner, en('casework:partners.agency'), employment);
  await partner.getByLabel(en('casework:partners.role'), { exact: false }).fill('Job search and vocational counselling');
  await partner.getByRole('button', { name: en('casework:partners.addSubmit') }).click();
  await partner.waitFor({ state: 'detached' });
  await caseScreen.timeline().getByText(en('casework:timeline.partnerJoined', { agency: employment })).waitFor();
  await screenshot(worker.page, 'spoc-case-en');
  await worker.context.close();

  // (5) The employment counsellor (in Armenian) opens the record: name and the employment note, no health data.
  const hy = await textIn('hy');
  const other = await signedIn(browser, counsellor, 'hy');
  const record = new PeoplePages(other.page, hy);
  await record.openRecord(existing.id);
  expect(await other.page.getByRole('heading', { level: 1 }).textContent()).toBe(`Anahit ${familyName}`);
  const details = (await other.page.locator('main').textContent()) ?? '';
  expect(details).not.toContain(hy('intake:field.disability'));
  await other.page.getByRole('tab', { name: hy('intake:tabs.notes') }).click();
  await other.page.locator('main').getByText(employmentNote).waitFor();
  const shown = (await other.page.locator('main').textContent()) ?? '';
  expect(shown).not.toContain(healthNote);
  expect(shown).not.toContain(hy('casework:category.health'));
  expect(await other.page.locator('main [role=tabpanel] li').count()).toBe(1);
  await screenshot(other.page, 'spoc-partner-notes-hy');
  // Not merely hidden on the page: the server never sent it.
  const sent = await apiCall<{ body: string; dataCategory: string }[]>(other.page, 'GET', `/api/people/${existing.id}/notes`);
  expect(sent.map((n) => n.dataCategory)).toEqual(['employment']);
  const person = await apiCall<{ visibleCategories: string[] }>(other.page, 'GET', `/api/people/${existing.id}`);
  expect(person.visibleCategories).not.toContain('health');
  await other.context.close();

  // (6) Back at the welfare centre, the client's access log shows both agencies' views.
  const again = await signedIn(browser, casework.caseManager);
  await new PeoplePages(again.page, en).openAccessLog(existing.id);
  const rows = again.page.locator('main table tbody tr');
  await rows.filter({ hasText: employment }).first().waitFor();
  await rows.filter({ hasText: welfare }).first().waitFor();
  // The employment office's reads covered shared categories only, never health.
  for (const text of await rows.filter({ hasText: employment }).allTextContents()) expect(text).not.toContain(en('intake:category.health'));
  await screenshot(again.page, 'spoc-access-log-en');
  await again.context.close();
});
