/**
 * Closed-loop referral between two agencies, in two browsers at once. An employment
 * counsellor (PES) refers her client to the social welfare centre's debt counselling from
 * the case: a category the client did not consent to share is refused on the field, then
 * the referral goes with what the consent covers. The social worker finds it in the
 * agency inbox (where she also accepts a second referral with the bulk action), confirms
 * receipt (a stale click after a colleague did is refused with a message and the page
 * reloads), accepts and books an appointment; the counsellor sees the
 * status change and the proof of receipt. The social worker records attendance and the
 * outcome with feedback; the counsellor gets a notification (the bell counts it), opens it,
 * reads the feedback on the referral page and acknowledges it. axe-core finds no
 * violations on the form, inbox, referral page and notifications, in English and Armenian.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CaseScreen } from './pages/casework-pages';
import { CaseReferralsSection, InboxScreen, NotificationsScreen, ReferralScreen } from './pages/referral-pages';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { apiCall } from './support/casework-data';
import { demo } from './support/env';
import { clientWithReferralConsent, referralStaff, sentReferral, welfareDebtCounselling } from './support/referral-data';
import { signedIn } from './support/session';
import { textIn } from './support/text';

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

it('a PES counsellor refers a client to the welfare centre’s debt counselling; the social worker accepts, books, records the outcome; the counsellor gets the feedback', { timeout: 360_000 }, async () => {
  const t = await textIn('en');
  const admin = await signedIn(browser, demo.admin, 'en');
  const service = await welfareDebtCounselling(admin.page);
  await admin.context.close();

  const counsellor = await signedIn(browser, referralStaff.counsellor, 'en');
  const { person, caseId } = await clientWithReferralConsent(counsellor.page, service.agency.id);

  // From the case: the form marks what the consent covers; "financial" is not covered and is refused on the field.
  await new CaseScreen(counsellor.page, t).open(caseId);
  const section = new CaseReferralsSection(counsellor.page, t);
  await section.section().getByText(t('referrals:web.case.none')).waitFor();
  const form = await section.startReferral();
  await form.chooseService(service.name);
  await form.categories().getByText(t('referrals:web.form.consented')).first().waitFor();
  await form.fill({
    reason: 'Arrears on two consumer loans; the bank has started enforcement. Needs a repayment plan before starting work.',
    categories: [t('casework:category.contact'), t('casework:category.employment'), t('casework:category.financial')],
    urgency: t('referrals:web.urgency.priority'),
    appearBy: inDays(10),
  });
  await expectAccessible(counsellor.page, 'referral-form-en');
  await form.send();
  await form.categories().getByText(t('errors:field.referral_consent_missing', { category: 'financial' })).waitFor();
  await expectAccessible(counsellor.page, 'referral-form-refused-en');
  await form.untick(t('casework:category.financial'));
  await form.send();
  const mine = await new ReferralScreen(counsellor.page, t).arrived();
  await mine.waitForStatus('sent');
  const referralId = mine.id();
  // No proof of receipt yet.
  expect(await mine.receipt().textContent()).not.toContain('Gohar Harutyunyan');
  // Exactly what it carries: the three consented categories, no more.
  const carriedText = (await mine.carried().textContent()) ?? '';
  for (const c of ['identity', 'contact', 'employment']) expect(carriedText).toContain(t(`casework:category.${c}`));
  expect(carriedText).not.toContain(t('casework:category.financial'));
  await expectAccessible(counsellor.page, 'referral-sent-en');

  // The social worker, in her own browser: the inbox, then receipt, acceptance and an appointment.
  const worker = await signedIn(browser, referralStaff.socialWorker, 'en');
  const inbox = await new InboxScreen(worker.page, t).open();
  await inbox.rowOf(referralId).waitFor();
  expect(await inbox.rowOf(referralId).textContent()).toContain(service.name);
  expect(await inbox.rowOf(referralId).textContent()).toContain(person.familyName);
  await expectAccessible(worker.page, 'referral-inbox-en');

  // A second referral of the same client arrives; the social worker accepts it from the inbox with the bulk action.
  const second = await sentReferral(counsellor.page, caseId, service.id);
  await inbox.open();
  const bulk = await inbox.bulkAccept([second.id]);
  expect(bulk).toBe(t('referrals:web.inbox.bulkResult', { accepted: 1, waitlisted: 0, failed: 0 }));
  await inbox.rowOf(second.id).locator('[data-referral-status="accepted"]').waitFor();
  await inbox.rowOf(referralId).locator('[data-referral-status="sent"]').waitFor();

  const theirs = await inbox.openReferral(referralId);
  // The receiver sees the client's name and contact data the referral carries.
  expect(await theirs.carried().textContent()).toContain(person.familyName);
  // A colleague confirmed receipt meanwhile (through the API): her stale click is refused, said, and the page reloads.
  const current = await apiCall<{ version: number }>(worker.page, 'GET', `/api/referrals/${referralId}`);
  await apiCall(worker.page, 'POST', `/api/referrals/${referralId}/receive`, { version: current.version });
  await theirs.actions().getByRole('button', { name: t('referrals:web.steps.receive.button') }).click();
  await theirs.actions().getByRole('alert').getByText(t('referrals:web.conflictReloaded')).waitFor();
  await theirs.waitForStatus('received');
  await expectAccessible(worker.page, 'referral-conflict-en');
  await theirs.step(t('referrals:web.steps.accept.button'), 'accepted');
  const appointment = `${inDays(3)}T10:30`;
  await theirs.bookAppointment(appointment, 'Social Welfare Centre, Shengavit, room 12');
  await expectAccessible(worker.page, 'referral-receiver-en');

  // The counsellor sees it move (her page refetches on focus; a reload shows the same).
  await counsellor.page.bringToFront();
  await counsellor.page.reload();
  await mine.ready();
  await mine.waitForStatus('appointment_booked');
  await mine.receipt().getByText('Gohar Harutyunyan', { exact: false }).waitFor();
  await mine.page.locator('#referral-appointment').getByText('Shengavit, room 12', { exact: false }).waitFor();
  await new CaseScreen(counsellor.page, t).open(caseId);
  await section.referral(referralId).locator('[data-referral-status="appointment_booked"]').waitFor();
  await section.referral(second.id).locator('[data-referral-status="accepted"]').waitFor();

  // The client came; the social worker records the outcome and feedback.
  await worker.page.bringToFront();
  await theirs.step(t('referrals:web.steps.attend.button'), 'attended');
  const feedback = 'Repayment plan agreed with the bank: 45,000 AMD a month from January. Budget sessions continue every second week.';
  await theirs.complete(t('referrals:web.outcome.need_met'), feedback);

  // The counsellor's bell counts the news; the notification leads to the referral with the feedback.
  await counsellor.page.bringToFront();
  await counsellor.page.reload();
  const notifications = new NotificationsScreen(counsellor.page, t);
  await counsellor.page.locator(`header a[aria-label^="${t('notifications:web.bell')},"]`).waitFor();
  await notifications.openFromBell();
  const completed = notifications.item(t('notifications:kind.referral_status_completed'));
  await completed.waitFor();
  expect(await completed.getAttribute('data-unread')).toBe('');
  await expectAccessible(counsellor.page, 'notifications-en');
  await completed.getByRole('link').click();
  await mine.arrived();
  await mine.waitForStatus('completed');
  expect(await counsellor.page.locator('#referral-feedback').textContent()).toBe(feedback);
  expect(await counsellor.page.locator('#referral-outcome').textContent()).toBe(t('referrals:web.outcome.need_met'));
  await mine.step(t('referrals:web.steps.acknowledge_feedback.button'), 'feedback_delivered');
  await expectAccessible(counsellor.page, 'referral-feedback-en');

  // The same pages in Armenian.
  const hy = await textIn('hy');
  await counsellor.shell.chooseLanguage('hy');
  await mine.timeline().getByRole('heading', { name: hy('referrals:web.timeline.title') }).waitFor();
  await expectAccessible(counsellor.page, 'referral-feedback-hy');
  await worker.shell.chooseLanguage('hy');
  await new InboxScreen(worker.page, hy).open();
  await expectAccessible(worker.page, 'referral-inbox-hy');
  await counsellor.page.goto('/notifications');
  await counsellor.page.locator('main li[data-notification]').first().waitFor();
  await expectAccessible(counsellor.page, 'notifications-hy');

  await counsellor.context.close();
  await worker.context.close();
});
