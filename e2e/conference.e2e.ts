/**
 * A case conference between two agencies. The social worker who leads a client's case
 * (welfare centre) has the employment office as a partner, with the client's consent to
 * share identity and employment data. She schedules a conference with the PES counsellor
 * (second browser context) with the case on the agenda; the counsellor finds it in her
 * list and reads her briefing pack (the client's name and the plan draft); she records a
 * formal decision owned by her office, which appears on the case's action plan; the social
 * worker records attendance and the minutes. axe-core finds no violations on the list,
 * the form, the conference page (both sides, English and Armenian) and the plan.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ConferenceScreen, ScheduleConferenceScreen } from './pages/conference-pages';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { apiCall, openCaseFor, registerPerson } from './support/casework-data';
import { signedIn } from './support/session';
import { textIn } from './support/text';
import { pickOption } from './pages/select';

/** PES counsellor (Yerevan employment office) and social worker (Yerevan welfare centre). */
const counsellor = 'anna.sargsyan@employment.onedoor.test';
const socialWorker = 'gohar.harutyunyan@welfare.onedoor.test';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}:\n${violations.join('\n')}`).toEqual([]);
}

/** A local date (and time) `days` from now, as date and datetime-local fields take them. */
function inDays(days: number, time?: string): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return time ? `${day}T${time}` : day;
}

interface Me { id: string; displayName: string; agency: { id: string; name: string } }

it('a social worker and a PES counsellor hold a case conference; the decision appears in the plan', { timeout: 300_000 }, async () => {
  const t = await textIn('en');
  const worker = await signedIn(browser, socialWorker, 'en');
  const pes = await signedIn(browser, counsellor, 'en');
  const anna = await apiCall<Me>(pes.page, 'GET', '/api/auth/me');

  // The shared case: led by the welfare centre, the employment office a partner with consent, a plan draft started.
  const person = await registerPerson(worker.page);
  const opened = await openCaseFor(worker.page, person.id);
  await apiCall(worker.page, 'POST', `/api/cases/${opened.id}/partners`, { agencyId: anna.agency.id, role: 'Job search and employment programmes' });
  await apiCall(worker.page, 'POST', `/api/people/${person.id}/consents`, {
    recipientAgencyId: anna.agency.id, dataCategories: ['identity', 'employment'], purposes: ['case_work'], decision: 'given',
    evidenceType: 'verbal_witnessed', noticeLanguage: 'hy',
  });
  await apiCall(worker.page, 'POST', `/api/cases/${opened.id}/plan`);
  const clientName = `${person.givenName} ${person.familyName}`;

  // The social worker schedules the conference from the conferences area.
  await worker.shell.goTo(t('conferences:nav.conferences'));
  await worker.page.getByRole('link', { name: t('conferences:list.schedule') }).click();
  await worker.shell.heading().getByText(t('conferences:schedule.heading')).waitFor();
  const form = new ScheduleConferenceScreen(worker.page, t);
  const title = `Multidisciplinary team ${person.familyName.slice(-6)}`;
  await form.fill({
    title, startsAt: inDays(3, '10:00'), address: 'Yerevan, Tigran Mets 4',
    participant: t('conferences:schedule.staffOption', { name: anna.displayName, agency: anna.agency.name }),
    caseLabel: t('conferences:schedule.caseOption', { name: clientName, onedoorId: person.onedoorId }),
  });
  await expectAccessible(worker.page, 'conference-schedule-en');
  const mine = await form.submit();
  const conferenceId = mine.id();
  await mine.briefingItems().filter({ hasText: clientName }).waitFor();
  await expectAccessible(worker.page, 'conference-organiser-en');

  // The counsellor finds it among her upcoming conferences and reads her briefing pack.
  await pes.shell.goTo(t('conferences:nav.conferences'));
  await pes.page.getByRole('link', { name: title }).click();
  const theirs = new ConferenceScreen(pes.page, t);
  const item = theirs.briefingItems().filter({ hasText: t('conferences:agenda.item', { position: 1, name: clientName }) });
  await item.waitFor();
  await item.getByText(t('conferences:briefing.planDraft', { number: 1 }), { exact: false }).waitFor();
  expect(await item.getByText(t('conferences:category.employment')).count()).toBe(1);
  await expectAccessible(pes.page, 'conference-briefing-en');

  // A formal decision, owned by the employment office: it becomes an action of the case's plan.
  const decisionText = 'Debt counselling before the job search';
  const decision = await theirs.recordDecision({ text: decisionText, ownerAgency: anna.agency.name, dueOn: inDays(14) });
  await decision.waitFor();
  await decision.getByRole('link', { name: t('conferences:decisions.inPlan') }).waitFor();

  // The social worker records attendance and the minutes; the decision is on her page too.
  await mine.open(conferenceId);
  await mine.setAttendance(anna.displayName, 'attended');
  const attendance = mine.section('conference-participants').getByLabel(t('conferences:participants.attendanceOf', { name: anna.displayName })).first();
  await expect.poll(() => attendance.inputValue()).toBe(t('conferences:attendance.attended'));
  await mine.saveMinutes('Agreed: debt counselling first; employment programmes once the debts are settled.');
  await mine.section('conference-minutes').getByText(t('conferences:minutes.saved')).waitFor();
  const seen = mine.section('conference-decisions').getByTestId('decision').filter({ hasText: decisionText });
  await seen.waitFor();

  // Following the link: the action is in the plan, owned by the employment office, due as decided.
  await seen.getByRole('link', { name: t('conferences:decisions.inPlan') }).click();
  await worker.page.waitForURL(new RegExp(`/cases/${opened.id}/plan$`));
  await worker.page.locator('main').getByText(decisionText).first().waitFor();
  const plan = await apiCall<{ current: { content: { actions: { title: string; owner: { agencyId: string | null }; dueOn: string }[] } } }>(worker.page, 'GET', `/api/cases/${opened.id}/plan`);
  expect(plan.current.content.actions).toEqual([expect.objectContaining({ title: decisionText, owner: expect.objectContaining({ agencyId: anna.agency.id }), dueOn: inDays(14) })]);
  await expectAccessible(worker.page, 'conference-decision-in-plan-en');

  // A standing committee of the two offices, meeting twice a year: its first meeting is created at once.
  await worker.shell.goTo(t('conferences:nav.conferences'));
  await worker.page.getByRole('link', { name: title }).waitFor();
  // The pointer rests on the page, not on the navigation link just clicked (its hover colours are not what a reader sees).
  await worker.shell.heading().hover();
  await expectAccessible(worker.page, 'conferences-list-en');
  await worker.page.getByRole('link', { name: t('conferences:committee.setUp') }).click();
  const committee = worker.page.locator('main form');
  const committeeName = `Employment and welfare committee ${person.familyName.slice(-6)}`;
  await committee.getByLabel(t('conferences:committee.name'), { exact: false }).fill(committeeName);
  await committee.getByLabel(t('conferences:committee.firstMeetingAt'), { exact: false }).fill(inDays(20, '09:00'));
  await committee.getByLabel(t('conferences:field.address'), { exact: false }).fill('Yerevan town hall, room 4');
  await pickOption(worker.page, committee, new RegExp(`^${t('conferences:committee.members')}$`), t('conferences:schedule.staffOption', { name: anna.displayName, agency: anna.agency.name }));
  await worker.page.keyboard.press('Escape');
  await expectAccessible(worker.page, 'committee-form-en');
  await committee.getByRole('button', { name: t('conferences:committee.submit') }).click();
  await worker.page.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
  await worker.shell.heading().getByText(committeeName).waitFor();
  // Its meeting starts without an agenda: the social worker puts the case on it.
  const meeting = new ConferenceScreen(worker.page, t);
  await meeting.section('conference-agenda').getByText(t('conferences:agenda.empty')).waitFor();
  await pickOption(worker.page, meeting.section('conference-agenda'), t('conferences:agenda.add'), t('conferences:schedule.caseOption', { name: clientName, onedoorId: person.onedoorId }));
  await meeting.section('conference-agenda').getByRole('button', { name: t('conferences:agenda.addButton') }).click();
  await meeting.briefingItems().filter({ hasText: t('conferences:agenda.item', { position: 1, name: clientName }) }).waitFor();
  await expectAccessible(worker.page, 'committee-meeting-en');

  // The counsellor's page in Armenian.
  await pes.shell.chooseLanguage('hy');
  const hy = await textIn('hy');
  await pes.page.getByRole('heading', { name: hy('conferences:decisions.heading') }).waitFor();
  await expectAccessible(pes.page, 'conference-briefing-hy');
  await pes.shell.chooseLanguage('en');
  await worker.context.close();
  await pes.context.close();
});
