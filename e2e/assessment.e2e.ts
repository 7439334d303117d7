/**
 * Needs assessment journeys: a case manager switches the workspace to Russian, opens a
 * client's case, enters the client's self-assessment and the interview (finalising too
 * early shows each missing answer on its question), finalises, reads the rules-based
 * segment, the statistical risk with its reasons and the differences from the
 * self-assessment, and overrides the segment (without a reason first: refused on the
 * field). Two people saving the same part at once: the second keeps what they typed and
 * chooses where both changed one answer. axe-core finds no violations on any of it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AssessmentScreen, ReassessmentsPage, type Instrument } from './pages/assessment-pages';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { apiCall, openCaseFor, registerPerson } from './support/casework-data';
import { signedIn } from './support/session';
import { textIn } from './support/text';

/** Case manager at the Gyumri employment office; no other journey signs in as him. */
const caseManager = 'armen.vardanyan@employment.onedoor.test';
const caseManagerName = 'Armen Vardanyan';

/** Every required interview answer; unarranged childcare is a serious barrier, so the rules say intensive support. */
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

it('a case manager completes an assessment with the client in Russian, then overrides the segment with a reason', { timeout: 420_000 }, async () => {
  const ru = await textIn('ru');
  const { context, page, shell } = await signedIn(browser, caseManager, 'en');
  await shell.chooseLanguage('ru');
  const person = await registerPerson(page);
  const opened = await openCaseFor(page, person.id);
  const instrument = await apiCall<Instrument & { definition: { barriers: { code: string; label: { ru: string } }[] } }>(page, 'GET', '/api/assessment-instruments/current');
  const ruleSet = await apiCall<{ definition: { rules: { id: string; label: { ru: string } }[] } }>(page, 'GET', '/api/segment-rules/current');
  const screen = new AssessmentScreen(page, ru, 'ru', instrument);
  const questionText = (id: string) => screen.question(id).text.ru;

  // The client's case: no assessment yet; starting one opens it.
  await page.goto(`/cases/${opened.id}`);
  const assessments = page.locator('section[aria-labelledby="case-assessments"]');
  await assessments.getByText(ru('assessment:caseList.none')).waitFor();
  await assessments.getByRole('button', { name: ru('assessment:caseList.start') }).click();
  const id = await screen.arrived();
  expect(await shell.heading().textContent()).toContain(person.familyName);

  // The client's own view first, entered with them.
  await screen.openTab('self');
  await screen.answerAll({ mot_confidence: 'confident', cc_childcare: 'arranged', sk_digital: 'good' });
  await screen.saved();

  // The interview, two required answers short: finalising names each, on its question too, and focuses the first.
  await screen.openTab('interview');
  const { sk_education: _education, mb_transport: _transport, ...most } = interview;
  await screen.answerAll(most);
  await screen.saved();
  await screen.main().getByText(ru('assessment:progress.text', { answered: 17, required: 19 })).waitFor();
  await screen.finalise();
  const summary = screen.errorSummary();
  const missingEducation = ru('errors:field.answer_required', { question: questionText('sk_education') });
  await summary.getByText(missingEducation).waitFor();
  await summary.getByText(ru('errors:field.answer_required', { question: questionText('mb_transport') })).waitFor();
  expect(await screen.description('sk_education')).toContain(missingEducation);
  await page.waitForFunction(() => document.activeElement?.id === 'q-interview-sk_education');
  await expectAccessible(page, 'assessment-missing-ru');

  await screen.answerAll({ sk_education: interview.sk_education, mb_transport: interview.mb_transport });
  await screen.saved();
  expect(await screen.description('sk_education')).not.toContain(missingEducation);

  // Resumable: reopened, the saved answers are there.
  await screen.open(id);
  await screen.main().getByText(ru('assessment:progress.text', { answered: 19, required: 19 })).waitFor();
  const vocational = screen.question('sk_education').options!.find((o) => o.value === 'vocational')!.label.ru;
  expect(await screen.field('sk_education').getByRole('radio', { name: vocational, exact: true }).isChecked()).toBe(true);

  // Where the client sees it differently, said in words on each row.
  await screen.openTab('comparison');
  const comparison = screen.section('comparison-title');
  await comparison.getByText(ru('assessment:comparison.differences', { count: 3 })).waitFor();
  const differing = comparison.locator('tbody tr', { hasText: ru('assessment:comparison.differs') });
  expect(await differing.count()).toBe(3);
  expect(await comparison.locator('tbody tr', { hasText: questionText('mot_confidence') }).textContent()).toContain(ru('assessment:comparison.differs'));
  await expectAccessible(page, 'assessment-comparison-ru');

  await screen.finalise();
  await screen.confirmFinalise();

  // The rules-based segment with its reason and the client's values.
  const rules = screen.section('rules-title');
  const serious = ruleSet.definition.rules.find((r) => r.id === 'serious_barrier')!.label.ru;
  await rules.getByText(ru('assessment:segment.intensive'), { exact: true }).waitFor();
  await rules.getByText(ru('assessment:rules.because', { reason: serious })).waitFor();
  await rules.getByRole('row', { name: new RegExp(ru('assessment:rules.condition')) }).first().waitFor();
  // The statistical risk and why: the starting point, each factor's effect, the sum.
  const risk = screen.section('risk-title');
  await risk.getByRole('heading', { name: ru('assessment:risk.whyTitle') }).waitFor();
  await risk.getByRole('rowheader', { name: ru('assessment:risk.total') }).waitFor();
  expect(await risk.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
  // The barriers with their severity.
  const noChildcare = instrument.definition.barriers.find((b) => b.code === 'no_childcare')!.label.ru;
  const barrier = screen.section('barriers-title').locator('li', { hasText: noChildcare });
  expect(await barrier.textContent()).toContain(ru('assessment:severity.high'));
  await expectAccessible(page, 'assessment-profiling-ru');

  // Overriding without a reason is refused on the reason field, in Russian.
  const decision = screen.section('decision-title');
  await decision.getByText(ru('assessment:decision.notYet')).waitFor();
  await screen.decide('standard', null);
  await decision.getByText(ru('errors:field.override_reason_required')).waitFor();
  expect(await screen.reasonField().getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, 'assessment-override-error-ru');

  const reason = 'Бабушка будет сидеть с детьми со следующего месяца';
  await screen.decide('standard', reason);
  await decision.getByText(ru('assessment:decision.overrides')).waitFor();
  const decided = await decision.locator('dl').textContent();
  expect(decided).toContain(caseManagerName);
  expect(decided).toContain(reason);
  expect(decided).toContain(ru('assessment:segment.standard'));
  await page.locator('section[aria-labelledby="assessment-facts"]').getByText(ru('assessment:segment.standard')).waitFor();
  await screenshot(page, 'assessment-decided-ru');

  // The case lists it, finalised, with the final segment.
  await page.goto(`/cases/${opened.id}`);
  await assessments.getByText(ru('assessment:status.finalised'), { exact: true }).waitFor();
  await assessments.getByText(ru('assessment:segment.standard'), { exact: true }).waitFor();

  // On the worklist once the horizon reaches the re-assessment date (standard support: a year on).
  const worklist = await new ReassessmentsPage(page, ru).open();
  await worklist.within(366);
  const due = worklist.row(person.familyName);
  await due.getByText(ru('assessment:due.due'), { exact: true }).waitFor();
  expect(await due.textContent()).toContain(ru('assessment:segment.standard'));
  await expectAccessible(page, 'reassessments-ru');
  await due.getByRole('link', { name: ru('assessment:due.openCaseOf', { name: `${person.givenName} ${person.familyName}` }) }).click();
  await page.waitForURL(`**/cases/${opened.id}`);
  await assessments.waitFor();
  await context.close();
});

it('two people save the same part at once: the second keeps what they typed and chooses where both changed an answer', { timeout: 240_000 }, async () => {
  const t = await textIn('en');
  const first = await signedIn(browser, caseManager, 'en');
  const second = await signedIn(browser, caseManager, 'en');
  const person = await registerPerson(first.page);
  const opened = await openCaseFor(first.page, person.id);
  const started = await apiCall<{ id: string }>(first.page, 'POST', `/api/cases/${opened.id}/assessments`);
  const instrument = await apiCall<Instrument>(first.page, 'GET', '/api/assessment-instruments/current');
  const mine = await new AssessmentScreen(first.page, t, 'en', instrument).open(started.id);
  const theirs = await new AssessmentScreen(second.page, t, 'en', instrument).open(started.id);
  await expectAccessible(first.page, 'assessment-en');

  await mine.answer('hs_situation', 'renting');
  await mine.saved();
  // The second tab still holds the first version: its save is refused, reloaded and sorted out.
  await theirs.answer('hs_situation', 'with_family');
  await theirs.answer('sn_support', 'many');
  const notice = theirs.main().getByRole('alert').filter({ hasText: t('assessment:conflict.title') });
  await notice.waitFor();
  await notice.getByText(t('assessment:conflict.choose', { count: 1 })).waitFor();
  const note = theirs.main().getByRole('alert').filter({ hasText: t('assessment:conflict.questionTitle') });
  const renting = theirs.question('hs_situation').options!.find((o) => o.value === 'renting')!.label.en;
  await note.getByText(t('assessment:conflict.theirAnswerBy', { name: 'Armen Vardanyan', answer: renting })).waitFor();
  // What they typed is still on screen, not yet saved; the answer nobody else touched is saved.
  const withFamily = theirs.question('hs_situation').options!.find((o) => o.value === 'with_family')!.label.en;
  expect(await theirs.field('hs_situation').getByRole('radio', { name: withFamily, exact: true }).isChecked()).toBe(true);
  await screenshot(second.page, 'assessment-conflict-en');
  await expectAccessible(second.page, 'assessment-conflict-en');

  await note.getByRole('button', { name: t('assessment:conflict.keepMine') }).click();
  await note.waitFor({ state: 'detached' });
  await theirs.saved();
  const saved = await apiCall<{ parts: { interview: { answers: Record<string, unknown> } } }>(first.page, 'GET', `/api/assessments/${started.id}`);
  expect(saved.parts.interview.answers).toMatchObject({ hs_situation: 'with_family', sn_support: 'many' });
  await first.context.close();
  await second.context.close();
});
