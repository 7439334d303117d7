/**
 * Notification duties between agencies. The welfare centre's case manager records "social
 * assistance granted to a work-able person" on a demo case the employment office works on
 * too: the 8-day duty appears, she sends the notice through OneDoor; the employment office's
 * case manager (second browser, in Armenian) finds it among received notices, with the
 * client's name her consent allows, and acknowledges it; the welfare centre's supervisor
 * sees the rule's timing and an overdue notice (an event recorded ten days ago and never
 * sent) on the overview; the administrator gives a rule ten days. axe-core finds no
 * violations on any of the pages.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CaseScreen } from './pages/casework-pages';
import { CaseDutySection, DutiesScreen, DutyDashboardScreen } from './pages/duties-pages';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { apiCall } from './support/casework-data';
import { signedIn } from './support/session';
import { textIn } from './support/text';

const welfareCaseManager = 'gohar.harutyunyan@welfare.onedoor.test';
const employmentCaseManager = 'anna.sargsyan@employment.onedoor.test';
const welfareSupervisor = 'mariam.karapetyan@welfare.onedoor.test';
const employmentAgency = 'Unified Social Service — Employment, Yerevan';

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

interface CaseRef { id: string; status: string; partners: { agencyId: string; agencyName: string }[] }

/** A demo case Gohar manages that the Yerevan employment office takes part in. */
async function sharedDemoCase(page: Page): Promise<CaseRef> {
  const caseload = await apiCall<{ items: { id: string }[] }>(page, 'GET', '/api/cases?assignedTo=me&status=open&limit=100');
  for (const item of caseload.items) {
    const c = await apiCall<CaseRef>(page, 'GET', `/api/cases/${item.id}`);
    if (c.status === 'open' && c.partners.some((p) => p.agencyName === employmentAgency)) return c;
  }
  throw new Error('no demo case of Gohar shared with the Yerevan employment office');
}

function daysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

it('the welfare centre notifies the employment office within 8 days, which acknowledges; the supervisor sees timing and what is overdue', { timeout: 300_000 }, async () => {
  const en = await textIn('en');
  const hy = await textIn('hy');

  // The welfare centre's case manager records the event on the case page.
  const welfare = await signedIn(browser, welfareCaseManager, 'en');
  const shared = await sharedDemoCase(welfare.page);
  await new CaseScreen(welfare.page, en).open(shared.id);
  const section = new CaseDutySection(welfare.page, en);
  const created = await section.recordEvent('social_assistance_granted_to_work_able');
  const link = created.getByRole('link');
  expect(await link.count()).toBe(1);
  expect(await link.textContent()).toContain(employmentAgency);
  const dutyId = (await link.getAttribute('href'))!.split('/').pop()!;
  await expectAccessible(welfare.page, 'duties-case-section');

  // An older event nobody acted on: its duty is past the 8 days.
  const late = await apiCall<{ duties: { id: string }[] }>(welfare.page, 'POST', `/api/cases/${shared.id}/duty-events`, {
    eventType: 'social_assistance_granted_to_work_able', occurredOn: daysAgo(10),
  });
  const lateId = late.duties[0]!.id;

  // She sends the notice from the duties page.
  const duties = await new DutiesScreen(welfare.page, en).open();
  expect(await duties.status('outgoing', lateId).textContent()).toBe(en('duties:status.overdue'));
  expect(await duties.status('outgoing', dutyId).textContent()).toBe(en('duties:status.open'));
  await expectAccessible(welfare.page, 'duties-to-send');
  await duties.send(dutyId);
  await duties.status('outgoing', dutyId).getByText(en('duties:status.sent')).waitFor();

  // The employment office's case manager (in Armenian) acknowledges it.
  const employment = await signedIn(browser, employmentCaseManager, 'hy');
  const received = await new DutiesScreen(employment.page, hy).open();
  await received.row('incoming', dutyId).waitFor();
  expect(await received.row('incoming', lateId).count()).toBe(0);
  expect(await received.row('incoming', dutyId).textContent()).toContain(hy('duties:eventType.social_assistance_granted_to_work_able'));
  await expectAccessible(employment.page, 'duties-received-hy');
  await received.acknowledge(dutyId);
  await received.status('incoming', dutyId).getByText(hy('duties:status.acknowledged')).waitFor();
  await employment.context.close();

  // The sender sees it acknowledged, with its timing.
  await welfare.page.goto(`/duties/${dutyId}`);
  await welfare.page.locator('[data-status="acknowledged"]').waitFor();
  await welfare.page.getByText(en('duties:detail.withinDeadline')).waitFor();
  await expectAccessible(welfare.page, 'duty-acknowledged');
  await welfare.context.close();

  // The welfare centre's supervisor: the overdue notice and the rule's timing.
  const supervisor = await signedIn(browser, welfareSupervisor, 'en');
  const overview = await new DutyDashboardScreen(supervisor.page, en).open();
  await overview.overdueRow(lateId).waitFor();
  expect(await overview.overdueRow(dutyId).count()).toBe(0);
  const rule = overview.ruleRow('social_assistance_granted_to_work_able');
  expect(await rule.count()).toBeGreaterThanOrEqual(1);
  await expectAccessible(supervisor.page, 'duties-dashboard');
  await supervisor.context.close();

  // The administrator gives the programme-leaving notice ten days.
  const admin = await signedIn(browser, 'admin@onedoor.test', 'en');
  await admin.page.goto('/admin/duty-rules');
  await admin.page.getByRole('heading', { level: 1, name: en('duties:rules.title') }).waitFor();
  const event = en('duties:eventType.programme_left');
  const days = admin.page.getByLabel(en('duties:rules.daysFor', { event }));
  await days.fill('10');
  await admin.page.getByRole('button', { name: en('duties:rules.saveFor', { event }) }).click();
  await admin.page.getByRole('status').getByText(en('duties:rules.saved')).waitFor();
  await expectAccessible(admin.page, 'duty-rules');
  const rules = await apiCall<{ eventType: string; days: number }[]>(admin.page, 'GET', '/api/duty-rules');
  expect(rules.find((r) => r.eventType === 'programme_left')?.days).toBe(10);
  await admin.context.close();
});
