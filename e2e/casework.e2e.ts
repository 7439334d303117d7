/**
 * Casework journeys: a case manager records a client's consent for a partner agency and
 * withdraws it; opens a case and adds a partner agency, which the timeline shows; a status
 * change on a stale version gets the conflict message; emergency (break-glass) access needs
 * a reason, and each use reaches the data protection officer's list for review; a
 * supervisor hands a case over and records, then revokes, a legal basis.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CaseScreen, ConsentRegister } from './pages/casework-pages';
import { pickOption } from './pages/select';
import { launchBrowser, screenshot } from './support/browser';
import { apiCall, casework, openCaseFor, registerPerson, signedFormPdf } from './support/casework-data';
import { demo } from './support/env';
import { signedIn } from './support/session';
import { textIn } from './support/text';

const hope = 'Hope Family Support Centre NGO';
const training = 'Armenian Vocational Skills Centre Foundation';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('a case manager records consent for a partner agency, with the signed form, and withdraws it', async () => {
  const t = await textIn('en');
  const { context, page } = await signedIn(browser, casework.caseManager);
  const person = await registerPerson(page);
  const register = await new ConsentRegister(page, t).open(person.id);
  await page.getByText(t('casework:consent.none')).waitFor();

  const dialog = await register.startRecording();
  await register.chooseAgency(hope);
  await register.tick(t('casework:category.identity'));
  await register.tick(t('casework:category.contact'));
  await register.tick(t('casework:category.domestic_violence'));
  await register.tick(t('casework:purpose.referral'));
  await dialog.locator('input[type=file]').setInputFiles(signedFormPdf);
  await screenshot(page, 'consent-dialog-en');
  await dialog.getByRole('button', { name: t('casework:consent.save') }).click();
  await dialog.waitFor({ state: 'detached' });

  const section = register.agencySection(hope);
  const card = section.locator('article').first();
  await card.getByText(t('casework:consentStatus.given'), { exact: true }).waitFor();
  // The sensitive category is listed apart, under its own words.
  expect(await card.getByText(t('casework:category.sensitiveLabel')).count()).toBe(1);
  expect(await card.textContent()).toContain(t('casework:category.domestic_violence'));
  expect(await card.textContent()).toContain(signedFormPdf.name);

  // The receipt is an ISO/IEC TS 27560 record naming the client by OneDoor id only.
  const receiptHref = await card.getByRole('link', { name: t('casework:consent.receipt') }).getAttribute('href');
  const receipt = await apiCall<Record<string, unknown>>(page, 'GET', receiptHref ?? '');
  expect(String(receipt.schema_version)).toContain('27560');
  expect(receipt.pii_principal_id).toBe(person.onedoorId);
  await screenshot(page, 'consent-en');

  await card.getByRole('button', { name: t('casework:consent.withdraw') }).click();
  const confirm = page.getByRole('dialog');
  await confirm.getByText(t('casework:withdraw.immediate', { agency: hope })).waitFor();
  await confirm.getByRole('button', { name: t('casework:withdraw.confirm') }).click();
  await confirm.waitFor({ state: 'detached' });
  await card.getByText(t('casework:consentStatus.withdrawn'), { exact: true }).waitFor();
  expect(await card.getByRole('button', { name: t('casework:consent.withdraw') }).count()).toBe(0);
  await context.close();
});

it('a case manager opens a case for a person and adds a partner agency; the timeline shows it', async () => {
  const t = await textIn('en');
  const { context, page } = await signedIn(browser, casework.caseManager);
  const person = await registerPerson(page);

  await page.goto(`/people/${person.id}/cases/new`);
  await page.getByRole('heading', { level: 1, name: t('casework:open.title') }).waitFor();
  await page.locator('main').getByText(person.familyName, { exact: false }).first().waitFor();
  await screenshot(page, 'case-open-en');
  await page.locator('main').getByRole('button', { name: t('casework:open.submit') }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseScreen = new CaseScreen(page, t);
  await caseScreen.timeline().getByText(t('casework:timeline.caseOpened')).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(person.familyName);

  await caseScreen.main().getByRole('button', { name: t('casework:partners.add') }).click();
  const dialog = page.getByRole('dialog');
  await pickOption(page, dialog, t('casework:partners.agency'), training);
  await dialog.getByLabel(t('casework:partners.role'), { exact: false }).fill('Vocational training in welding');
  await dialog.getByRole('button', { name: t('casework:partners.addSubmit') }).click();
  await dialog.waitFor({ state: 'detached' });

  await caseScreen.main().getByText('Vocational training in welding', { exact: false }).first().waitFor();
  await caseScreen.timeline().getByText(t('casework:timeline.partnerJoined', { agency: training })).waitFor();
  await screenshot(page, 'case-en');

  // The case is on the case manager's own list.
  await page.goto('/cases');
  await page.locator('main table[aria-busy="false"]').getByText(person.familyName, { exact: false }).waitFor();
  await context.close();
});

it('a status change made on a stale version shows the conflict and the current status', async () => {
  const t = await textIn('en');
  const first = await signedIn(browser, casework.caseManager);
  const second = await signedIn(browser, casework.caseManager);
  const person = await registerPerson(first.page);
  const opened = await openCaseFor(first.page, person.id);

  const mine = await new CaseScreen(first.page, t).open(opened.id);
  const theirs = await new CaseScreen(second.page, t).open(opened.id);
  const theirDialog = await theirs.changeStatus('Client is abroad for seasonal work until March.');
  await theirDialog.waitFor({ state: 'detached' });

  // The first tab still shows version 1: suspending again on it is refused.
  const dialog = await mine.changeStatus('Client did not come to two appointments.');
  await dialog.getByRole('alert').getByText(t('errors:title.version_conflict')).waitFor();
  await dialog.getByText(t('casework:caseStatus.suspended'), { exact: true }).waitFor();
  await screenshot(first.page, 'case-conflict-en');

  // The dialog now holds the current version; resuming the case on it succeeds.
  await dialog.locator('button[type=submit]').click();
  await dialog.waitFor({ state: 'detached' });
  await mine.details().getByText(t('casework:caseStatus.open'), { exact: true }).waitFor();
  await mine.timeline().getByText(t('casework:timeline.statusChanged', { from: t('casework:caseStatus.suspended'), to: t('casework:caseStatus.open') })).waitFor();
  await first.context.close();
  await second.context.close();
});

it('break-glass needs a reason (translated error), then opens the record and reaches the DPO', async () => {
  const hy = await textIn('hy');
  const en = await textIn('en');
  const other = await signedIn(browser, casework.otherOffice);
  const person = await registerPerson(other.page);
  await other.context.close();

  const { context, page } = await signedIn(browser, casework.caseManager, 'hy');
  await page.goto(`/people/${person.id}/consent`);
  await page.getByText(hy('casework:consent.noAccess')).waitFor();
  await page.locator('main').getByRole('button', { name: hy('casework:breakGlass.request') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: hy('casework:breakGlass.submit') }).click();
  await dialog.getByText(hy('errors:field.required')).waitFor();
  const reasonField = dialog.getByLabel(hy('casework:breakGlass.reason'), { exact: false });
  expect(await reasonField.getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, 'break-glass-error-hy');

  const reason = `Client reported danger at home; checking shelter referral ${person.familyName}`;
  await reasonField.fill(reason);
  await dialog.getByRole('button', { name: hy('casework:breakGlass.submit') }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(hy('casework:consent.viaBreakGlass')).waitFor();
  await screenshot(page, 'break-glass-granted-hy');
  await context.close();

  const dpo = await signedIn(browser, demo.dpo);
  await dpo.page.goto('/oversight/break-glass');
  const row = dpo.page.locator('main table tbody tr', { hasText: person.onedoorId });
  await row.getByText(reason).waitFor();
  expect(await row.textContent()).toContain('Davit Mkrtchyan');
  await screenshot(dpo.page, 'break-glass-list-en');

  await row.getByRole('button', { name: en('casework:oversight.reviewAction') }).click();
  const review = dpo.page.getByRole('dialog');
  await review.getByRole('radio', { name: en('casework:reviewOutcome.justified'), exact: true }).check();
  await review.getByLabel(en('casework:oversight.note'), { exact: false }).fill('Confirmed with the supervisor; shelter referral was urgent.');
  await review.getByRole('button', { name: en('casework:oversight.saveReview') }).click();
  await review.waitFor({ state: 'detached' });
  await row.waitFor({ state: 'detached' });
  // The segmented control's radio is visually hidden under its label: click what a person clicks.
  await dpo.page.locator('main label', { hasText: en('casework:oversight.all') }).click();
  await dpo.page.locator('main table tbody tr', { hasText: person.onedoorId }).getByText(en('casework:reviewOutcome.justified')).waitFor();
  await dpo.context.close();
});

it('a supervisor hands a case over to herself and records, then revokes, a legal basis', async () => {
  const t = await textIn('en');
  const worker = await signedIn(browser, casework.caseManager);
  const person = await registerPerson(worker.page);
  const opened = await openCaseFor(worker.page, person.id);
  await worker.context.close();

  const { context, page } = await signedIn(browser, casework.supervisor);
  const caseScreen = await new CaseScreen(page, t).open(opened.id);
  await caseScreen.main().getByRole('button', { name: t('casework:case.reassign') }).click();
  const dialog = page.getByRole('dialog');
  await pickOption(page, dialog, t('casework:case.newManager'), 'Mariam Karapetyan');
  await dialog.getByRole('button', { name: t('casework:case.saveManager') }).click();
  await dialog.waitFor({ state: 'detached' });
  await caseScreen.timeline().getByText(t('casework:timeline.managerChangedTo', { name: 'Mariam Karapetyan' })).waitFor();

  const register = await new ConsentRegister(page, t).open(person.id);
  await page.locator('main').getByRole('button', { name: t('casework:legalBasis.record') }).click();
  const form = page.getByRole('dialog');
  await pickOption(page, form, t('casework:legalBasis.agency'), hope);
  await register.tick(t('casework:category.domestic_violence'));
  await form.getByLabel(t('casework:legalBasis.reference'), { exact: false }).fill('Law on Domestic Violence, art. 12');
  await form.getByRole('button', { name: t('casework:legalBasis.save') }).click();
  await form.waitFor({ state: 'detached' });
  const row = page.locator('main table tbody tr', { hasText: 'art. 12' });
  await row.getByText(t('casework:legalBasisStatus.active')).waitFor();
  await screenshot(page, 'legal-basis-en');

  await row.getByRole('button', { name: t('casework:legalBasis.revoke') }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('casework:legalBasis.revoke') }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await row.getByText(t('casework:legalBasisStatus.revoked')).waitFor();
  await context.close();
});
