/**
 * Action plan journeys. After a needs assessment that found barriers (set up through the
 * API, with two catalogue services a partnership coordinator adds for them), the
 * counsellor starts the plan from the case, accepts the two suggested services, corrects
 * an action the server refused (a due date in the past, shown on the action), adds the
 * client's obligation, and the client signs on screen; the PDF downloads. A review a week
 * later moves a due date, and the history shows the difference. Two people saving the
 * same draft: the stale one is told, keeps what they typed, and saves again. axe-core
 * finds no violations on the draft, the signed plan and the review.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CaseScreen } from './pages/casework-pages';
import { CasePlanSection, PlanScreen } from './pages/plan-pages';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { apiCall, openCaseFor, registerPerson, uniqueLetters, type TestPerson } from './support/casework-data';
import { signedIn } from './support/session';
import { textIn } from './support/text';

/** Case manager at the Vanadzor social welfare centre; no other journey signs in as her. */
const counsellor = 'siranush.ghazaryan@welfare.onedoor.test';
/** Partnership coordinator of Vanadzor municipality: keeps its services in the catalogue. */
const coordinator = 'arpine.manukyan@vanadzor.onedoor.test';

/** Every required interview answer; childcare not arranged (a high barrier) and basic digital skills (a low one). */
const interview = {
  emp_last_worked: 'within_1_year', emp_years_experience: 12, sk_education: 'vocational', sk_qualification: true, sk_digital: 'basic',
  mot_wants_work: 'very_much', mot_confidence: 'not_confident', mot_readiness: 'needs_support', hs_situation: 'renting',
  hs_eviction_risk: false, db_arrears: false, cc_young_children: 2, cc_childcare: 'not_arranged', cc_care_duties: false,
  lg_official: 'native', lg_literacy: true, mb_travel: 'up_to_30_min', mb_transport: true, sn_support: 'few',
} as const;

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

/** A day `days` from today, as a date field takes it. */
function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** As the page writes a day in English. */
const englishDay = (day: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/**
 * Two services for the client's barriers, many free places each (so they rank first
 * whatever else the catalogue holds), delivered in Armenian, with places kept for the
 * single point of contact. Names are unique to this run.
 */
async function addServices(page: Page) {
  const tag = uniqueLetters();
  const location = await apiCall<{ id: string }>(page, 'POST', '/api/catalogue/locations', {
    name: `Vanadzor community centre ${tag}`, address: 'Tigran Mets 32, Vanadzor', municipalityCode: 'AM-LO-VANADZOR',
  });
  const service = (name: string, type: string, barrier: string) =>
    apiCall<{ id: string }>(page, 'POST', '/api/catalogue/services', {
      name: { en: name, ru: name, hy: name }, type, capacity: 900, reservedPlaces: 50, languages: ['hy', 'ru'], barriers: [barrier], locationIds: [location.id],
    });
  const childcare = `Kindergarten places for working parents ${tag}`;
  const digital = `Digital skills course ${tag}`;
  await service(childcare, 'childcare', 'no_childcare');
  await service(digital, 'training', 'low_digital_skills');
  return { childcare, digital };
}

/** A case whose finalised assessment found the two barriers. */
async function assessedCase(page: Page): Promise<{ person: TestPerson; caseId: string }> {
  const person = await registerPerson(page);
  const opened = await openCaseFor(page, person.id);
  const started = await apiCall<{ id: string; version: number; parts: { interview: { version: number } } }>(page, 'POST', `/api/cases/${opened.id}/assessments`);
  await apiCall(page, 'PUT', `/api/assessments/${started.id}/answers/interview`, { answers: interview, version: started.parts.interview.version });
  await apiCall(page, 'POST', `/api/assessments/${started.id}/finalise`, { version: started.version });
  return { person, caseId: opened.id };
}

it('after an assessment the counsellor agrees a plan with the client, who signs on screen; a review moves a due date and the history shows it', { timeout: 300_000 }, async () => {
  const t = await textIn('en');
  const partner = await signedIn(browser, coordinator, 'en');
  const services = await addServices(partner.page);
  await partner.context.close();

  const { context, page, shell } = await signedIn(browser, counsellor, 'en');
  const { person, caseId } = await assessedCase(page);
  const barriers = await apiCall<{ definition: { barriers: { code: string; label: { en: string } }[] } }>(page, 'GET', '/api/assessment-instruments/current');
  const barrierLabel = (code: string) => barriers.definition.barriers.find((b) => b.code === code)!.label.en;

  // The case has no plan yet; starting one opens it, built on the assessment.
  await new CaseScreen(page, t).open(caseId);
  const section = new CasePlanSection(page, t);
  await section.section().getByText(t('planweb:section.none')).waitFor();
  const plan = await section.start();
  expect(await shell.heading().textContent()).toContain(person.familyName);
  await plan.barrier(barrierLabel('no_childcare')).getByText(t('planweb:barriers.notAddressed')).waitFor();

  // Two suggested services, each with its reasons; the first gets a title in the client's words.
  const kindergarten = 'Kindergarten place for Ani';
  await plan.suggestion(services.childcare).getByText(t('plans:reason.addresses_barrier', { barrier: barrierLabel('no_childcare') })).waitFor();
  await plan.accept(services.childcare, { title: kindergarten, dueOn: inDays(21) });
  await plan.accept(services.digital);
  await plan.barrier(barrierLabel('no_childcare')).getByText(t('planweb:barriers.addressedBy', { actions: kindergarten })).waitFor();
  expect(await plan.actionRow(kindergarten).textContent()).toContain(services.childcare);

  // The rest of the agreement; an action due yesterday is refused, on the action and in the summary.
  await plan.writeSummary('Ani wants to work as a bookkeeper again; she needs a kindergarten place first.');
  await plan.chooseGoal('Job in the previous occupation');
  await plan.writeMinimumOffer('A meeting with the case manager every month; a kindergarten place within six weeks.');
  await plan.addClientObligation('Send four job applications a month and keep a list of them', 4, 'month');
  await plan.addAction('Update the CV', inDays(-1));
  await plan.save(false);
  const pastDate = t('planweb:summary.action', { title: 'Update the CV', message: t('errors:field.date_in_past') });
  await plan.errorSummary().getByText(pastDate).waitFor();
  await plan.actionRow('Update the CV').getByText(t('errors:field.date_in_past'), { exact: false }).waitFor();
  await expectAccessible(page, 'plan-draft-errors-en');
  await plan.changeDueDate('Update the CV', inDays(7));
  await plan.save();
  expect(await plan.errorSummary().count()).toBe(0);
  await expectAccessible(page, 'plan-draft-en');

  // The client signs on screen; the version is frozen and in force, and prints in her language.
  const signedName = `${person.givenName} ${person.familyName}`;
  await plan.sign(signedName);
  expect(await plan.status().textContent()).toContain(signedName);
  expect(await plan.main().getByRole('button', { name: t('planweb:save.action') }).count()).toBe(0);
  const pdf = await plan.downloadPdf();
  expect(pdf.fileName).toBe('plan-v1-hy.pdf');
  expect(pdf.head).toBe('%PDF-');
  await expectAccessible(page, 'plan-signed-en');

  // A week later: the review moves the kindergarten date; the history lists exactly that.
  await plan.startReview('Weekly review: the kindergarten place starts two weeks later.');
  await plan.section('plan-in-force').getByRole('table').waitFor();
  await plan.changeDueDate(kindergarten, inDays(35));
  await plan.save();
  const change = plan.diffRows().filter({ hasText: kindergarten });
  await change.waitFor();
  expect(await plan.diffRows().count()).toBe(1);
  const cells = await change.locator('th, td').allTextContents();
  expect(cells).toEqual([
    t('planweb:diff.action', { title: kindergarten }), t('planweb:field.dueOn'), englishDay(inDays(21)), englishDay(inDays(35)),
  ]);
  // Who signed the version in force, and how, is in the history too.
  expect(await plan.versionSignature(1)).toContain(signedName);
  await expectAccessible(page, 'plan-review-en');

  // The case page says where the plan stands.
  await new CaseScreen(page, t).open(caseId);
  await section.section().getByText(t('planweb:section.inForceReview', { number: 1, draft: 2 })).waitFor();

  // The same page in Armenian, on a desktop and on a phone.
  const review = await section.open();
  await screenshot(page, 'plan-review-en');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'plan-review-en-phone');
  await shell.chooseLanguage('hy');
  const hy = await textIn('hy');
  await review.section('plan-history').getByRole('heading', { name: hy('planweb:history.title') }).waitFor();
  await screenshot(page, 'plan-review-hy-phone');
  await page.setViewportSize({ width: 1366, height: 900 });
  await screenshot(page, 'plan-review-hy');
  await expectAccessible(page, 'plan-review-hy');
  await context.close();
});

it('two people save the same draft: the stale one is told who saved, keeps what they typed, and saves again', { timeout: 180_000 }, async () => {
  const t = await textIn('en');
  const first = await signedIn(browser, counsellor, 'en');
  const second = await signedIn(browser, counsellor, 'en');
  const { caseId } = await assessedCase(first.page);
  await apiCall(first.page, 'POST', `/api/cases/${caseId}/plan`);
  const mine = await new PlanScreen(first.page, t).open(caseId);
  const theirs = await new PlanScreen(second.page, t).open(caseId);

  await mine.writeMinimumOffer('A monthly meeting with the case manager.');
  await mine.save();
  // The second still holds the first version: refused, reloaded, their summary kept on top.
  const summary = 'Wants work in retail; mornings only.';
  await theirs.writeSummary(summary);
  await theirs.save(false);
  const notice = theirs.main().getByRole('alert').filter({ hasText: t('planweb:meanwhile.refusedTitle') });
  await notice.waitFor();
  expect(await theirs.summaryField().inputValue()).toBe(summary);
  expect(await theirs.section('plan-goals').getByLabel(t('planweb:field.minimumOffer'), { exact: false }).inputValue()).toBe('A monthly meeting with the case manager.');
  await expectAccessible(second.page, 'plan-conflict-en');

  await theirs.save();
  const saved = await apiCall<{ current: { content: { assessmentSummary: string; minimumOffer: string } } }>(first.page, 'GET', `/api/cases/${caseId}/plan`);
  expect(saved.current.content).toMatchObject({ assessmentSummary: summary, minimumOffer: 'A monthly meeting with the case manager.' });
  await first.context.close();
  await second.context.close();
});
