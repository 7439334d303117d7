/**
 * Notification duties between agencies: the 8-day duty of the welfare centre fires from an
 * event, is sent through OneDoor and acknowledged by the employment office with its timing
 * kept; an un-sent duty becomes overdue once the clock passes the due day, its reminder goes
 * out once (not again after a restart) and it shows on the supervisor dashboard; only the
 * receiver acknowledges; rules are edited with version checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { createServices } from '../../server/services';
import { moveDays, recordEvent, sharedCase, staffAt, staffOfNewAgencyOfType, today, type Staff } from './test-helpers';

let ctx: TestContext;
let welfare: Staff;
let employment: Staff;

beforeAll(async () => {
  // Sessions must outlive the days the tests move the clock by.
  ctx = await createTestApp({ SESSION_IDLE_MINUTES: '1000000', SESSION_MAX_HOURS: '100000' });
  ctx.clock.set('2026-03-02T09:00:00Z');
  welfare = await staffOfNewAgencyOfType(ctx, 'social_welfare_centre', ['case_manager']);
  employment = await staffOfNewAgencyOfType(ctx, 'employment_service', ['case_manager']);
});
afterAll(() => ctx.close());

const notificationsOf = (agencyId: string, kind: string) =>
  ctx.db.selectFrom('notification').select(['id', 'subject_id', 'email']).where('recipient_agency_id', '=', agencyId).where('kind', '=', kind).execute();

describe('the 8-day duty of the welfare centre', () => {
  it('fires from the event, is sent and acknowledged, and keeps its timing', async () => {
    const { caseId, person } = await sharedCase(ctx, welfare, employment);
    const eventOn = today(ctx);
    const result = await recordEvent(welfare, caseId, 'social_assistance_granted_to_work_able', eventOn);
    expect(result.duties).toHaveLength(1);
    const duty = result.duties[0]!;
    expect(duty).toMatchObject({
      direction: 'outgoing', eventType: 'social_assistance_granted_to_work_able', eventOn: '2026-03-02', days: 8, dueOn: '2026-03-10', status: 'open', overdue: false,
      notifyingAgency: { id: welfare.agencyId }, receivingAgency: { id: employment.agencyId }, caseId, person: { onedoorId: person.onedoorId, name: { given: 'Narek' } },
    });

    // Not sent yet: the employment office does not see it.
    expect((await employment.get(`/api/duties/${duty.id}`)).statusCode).toBe(404);
    expect((await employment.get('/api/duties?box=incoming')).json()).toEqual([]);
    expect((await welfare.get('/api/duties?box=outgoing')).json().map((d: { id: string }) => d.id)).toEqual([duty.id]);

    moveDays(ctx, 3);
    const stale = await welfare.post(`/api/duties/${duty.id}/send`, { version: duty.version + 1 });
    expect(stale.statusCode).toBe(409);
    const sent = await welfare.post(`/api/duties/${duty.id}/send`, { version: duty.version });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', timing: { daysToSend: 3, sentWithinDeadline: true, daysToAcknowledge: null } });
    expect((await welfare.post(`/api/duties/${duty.id}/send`, { version: sent.json().version })).statusCode).toBe(409);

    // The employment office is told in OneDoor (and by e-mail), without the client's name.
    const inbox = (await employment.get('/api/notifications')).json();
    const received = inbox.items.find((n: { kind: string; subjectId: string }) => n.kind === 'duty_received' && n.subjectId === duty.id);
    expect(received).toMatchObject({ forAgency: true, link: `/duties/${duty.id}` });
    expect(JSON.stringify(received)).not.toContain('Narek');
    expect((await notificationsOf(employment.agencyId, 'duty_received'))[0]).toMatchObject({ email: true });

    const incoming = (await employment.get('/api/duties?box=incoming')).json();
    expect(incoming).toEqual([expect.objectContaining({ id: duty.id, direction: 'incoming', status: 'sent', person: { onedoorId: person.onedoorId, name: { given: 'Narek', family: 'Hovhannisyan' } } })]);

    // Only the receiver acknowledges.
    expect((await welfare.post(`/api/duties/${duty.id}/acknowledge`, { version: sent.json().version })).statusCode).toBe(403);
    const outsider = await staffOfNewAgencyOfType(ctx, 'employment_service', ['case_manager']);
    expect((await outsider.post(`/api/duties/${duty.id}/acknowledge`, { version: sent.json().version })).statusCode).toBe(404);
    expect((await outsider.get(`/api/duties/${duty.id}`)).statusCode).toBe(404);
    const analyst = await staffAt(ctx, employment.agencyId, ['analyst']);
    expect((await analyst.post(`/api/duties/${duty.id}/acknowledge`, { version: sent.json().version })).statusCode).toBe(403);

    moveDays(ctx, 2);
    const colleague = await staffAt(ctx, employment.agencyId, ['case_manager']);
    const acked = await colleague.post(`/api/duties/${duty.id}/acknowledge`, { version: sent.json().version });
    expect(acked.statusCode, acked.body).toBe(200);
    expect(acked.json()).toMatchObject({ status: 'acknowledged', timing: { daysToSend: 3, sentWithinDeadline: true, daysToAcknowledge: 2 } });
    const again = await colleague.post(`/api/duties/${duty.id}/acknowledge`, { version: acked.json().version });
    expect(again.statusCode).toBe(409);
    expect(again.json().type ?? again.json().code ?? again.body).toMatch(/invalid_transition/);

    // The sender is told; the timeline and the audit trail have it.
    const senderInbox = (await welfare.get('/api/notifications')).json();
    expect(senderInbox.items.some((n: { kind: string; subjectId: string }) => n.kind === 'duty_acknowledged' && n.subjectId === duty.id)).toBe(true);
    const timeline = (await welfare.get(`/api/cases/${caseId}/timeline`)).json().items.map((e: { type: string }) => e.type);
    expect(timeline).toEqual(expect.arrayContaining(['duty.event_recorded', 'duty.sent']));
    const actions = await ctx.db.selectFrom('audit_event').select('action').where('subject_id', '=', duty.id).execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['duty.send', 'duty.acknowledge', 'duty.list', 'duty.read']));
  });

  it('shows the receiver only the OneDoor id when the client gave it no identity consent', async () => {
    const other = await staffOfNewAgencyOfType(ctx, 'employment_service', ['case_manager']);
    const { caseId, person } = await sharedCase(ctx, welfare, other, { identityConsent: false });
    const [duty] = (await recordEvent(welfare, caseId, 'social_assistance_granted_to_work_able', today(ctx))).duties;
    expect((await welfare.post(`/api/duties/${duty!.id}/send`, { version: duty!.version })).statusCode).toBe(200);
    const seen = await other.get(`/api/duties/${duty!.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().person).toEqual({ onedoorId: person.onedoorId, name: null });
    expect(seen.body).not.toContain('Narek');
    const read = await ctx.db.selectFrom('audit_event').select('details').where('subject_id', '=', duty!.id).where('action', '=', 'duty.read')
      .where('actor_user_id', '=', other.userId).executeTakeFirstOrThrow();
    expect((read.details as { categories: string[] }).categories).toEqual([]);
  });

  it('refuses events from outside the case, in the future, and lets an unassigned duty name its receiver when sent', async () => {
    const { caseId } = await sharedCase(ctx, welfare, null);
    const outsider = await staffOfNewAgencyOfType(ctx, 'employment_service', ['case_manager']);
    expect((await outsider.post(`/api/cases/${caseId}/duty-events`, { eventType: 'job_taken_up', occurredOn: today(ctx) })).statusCode).toBe(404);
    const future = await welfare.post(`/api/cases/${caseId}/duty-events`, { eventType: 'social_assistance_granted_to_work_able', occurredOn: '2099-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields).toEqual([expect.objectContaining({ field: 'occurredOn', code: 'date_in_future' })]);

    // No employment office on the case (and no municipality): to be assigned.
    const [duty] = (await recordEvent(welfare, caseId, 'social_assistance_granted_to_work_able', today(ctx))).duties;
    expect(duty).toMatchObject({ receivingAgency: null });
    const missing = await welfare.post(`/api/duties/${duty!.id}/send`, { version: duty!.version });
    expect(missing.json().fields).toEqual([expect.objectContaining({ field: 'receivingAgencyId', code: 'duty_receiver_required' })]);
    const wrong = await welfare.post(`/api/duties/${duty!.id}/send`, { version: duty!.version, receivingAgencyId: welfare.agencyId });
    expect(wrong.json().fields).toEqual([expect.objectContaining({ field: 'receivingAgencyId', code: 'duty_receiver_wrong_type' })]);
    const sent = await welfare.post(`/api/duties/${duty!.id}/send`, { version: duty!.version, receivingAgencyId: employment.agencyId });
    expect(sent.json()).toMatchObject({ status: 'sent', receivingAgency: { id: employment.agencyId } });

    // The employment office's events: no welfare-type agency of its own, so the welfare centre on the case is notified.
    const shared = await sharedCase(ctx, welfare, employment);
    const refused = await recordEvent(employment, shared.caseId, 'offer_refused', today(ctx));
    expect(refused.duties).toEqual([expect.objectContaining({ notifyingAgency: expect.objectContaining({ id: employment.agencyId }), receivingAgency: expect.objectContaining({ id: welfare.agencyId }), days: 8 })]);
  });
});

describe('who notifies whom', () => {
  it('gives the duty to the case agency of the notifying type, telling it when someone else recorded the event', async () => {
    const { caseId } = await sharedCase(ctx, welfare, employment);
    const result = await recordEvent(employment, caseId, 'social_assistance_granted_to_work_able', today(ctx));
    expect(result).toMatchObject({ duties: [], otherAgencies: 1 });
    const outgoing = (await welfare.get('/api/duties?box=outgoing')).json() as { id: string; caseId: string; receivingAgency: { id: string } }[];
    const duty = outgoing.find((d) => d.caseId === caseId);
    expect(duty).toMatchObject({ receivingAgency: { id: employment.agencyId } });
    const due = await notificationsOf(welfare.agencyId, 'duty_due');
    expect(due.map((n) => n.subject_id)).toContain(duty!.id);
    // Still invisible to the employment office until the welfare centre sends it.
    expect((await employment.get(`/api/duties/${duty!.id}`)).statusCode).toBe(404);
  });

  it("names the one agency of the receiving type in the client's municipality when none works on the case", async () => {
    await ctx.db.insertInto('municipality').values({ code: 'AM-SH-ARTIK', name_en: 'Artik', name_ru: 'Артик', name_hy: 'Արթիկ', region: 'Shirak' }).execute();
    const system = { label: 'test-fixture' };
    const artikEmployment = await ctx.services.admin.createAgency(system, { name: 'Employment office Artik', type: 'employment_service' });
    await ctx.services.admin.createOffice(system, { agencyId: artikEmployment.id, name: 'Artik office', municipalityCode: 'AM-SH-ARTIK', address: null, phone: null });
    const { caseId, person } = await sharedCase(ctx, welfare, null);
    await ctx.db.updateTable('person').set({ municipality_code: 'AM-SH-ARTIK' }).where('id', '=', person.id).execute();
    const [duty] = (await recordEvent(welfare, caseId, 'social_assistance_granted_to_work_able', today(ctx))).duties;
    expect(duty).toMatchObject({ receivingAgency: { id: artikEmployment.id, name: 'Employment office Artik' } });
  });
});

describe('an un-sent duty past its deadline', () => {
  it('is flagged overdue the day after the due day, reminds once (not again after a restart) and shows on the dashboard', async () => {
    const { caseId } = await sharedCase(ctx, welfare, employment);
    const [duty] = (await recordEvent(welfare, caseId, 'social_assistance_granted_to_work_able', today(ctx))).duties;
    const before = (await notificationsOf(welfare.agencyId, 'duty_overdue')).length;

    moveDays(ctx, 8);
    await ctx.services.jobs.runDue();
    expect((await welfare.get(`/api/duties/${duty!.id}`)).json()).toMatchObject({ status: 'open', overdue: false });
    expect(await notificationsOf(welfare.agencyId, 'duty_overdue')).toHaveLength(before);

    moveDays(ctx, 1);
    await ctx.services.jobs.runDue();
    expect((await welfare.get(`/api/duties/${duty!.id}`)).json()).toMatchObject({ status: 'open', overdue: true });
    const reminders = (await notificationsOf(welfare.agencyId, 'duty_overdue')).filter((n) => n.subject_id === duty!.id);
    expect(reminders).toEqual([expect.objectContaining({ email: true })]);

    // A restart: a second set of services over the same database runs nothing again.
    const restarted = createServices({ db: ctx.db, clock: ctx.clock, config: ctx.config });
    moveDays(ctx, 1);
    await restarted.jobs.runDue();
    await ctx.services.jobs.runDue();
    expect((await notificationsOf(welfare.agencyId, 'duty_overdue')).filter((n) => n.subject_id === duty!.id)).toHaveLength(1);

    // The welfare supervisor sees it; the employment supervisor (outgoing only) does not; its coordinator (both directions) does.
    const supervisor = await staffAt(ctx, welfare.agencyId, ['supervisor']);
    const board = await supervisor.get('/api/duties/dashboard');
    expect(board.statusCode, board.body).toBe(200);
    expect(board.json().overdue).toEqual(expect.arrayContaining([expect.objectContaining({ id: duty!.id, direction: 'outgoing', daysOverdue: 2, eventType: 'social_assistance_granted_to_work_able' })]));
    const rule = board.json().byRule.find((r: { eventType: string }) => r.eventType === 'social_assistance_granted_to_work_able');
    expect(rule).toMatchObject({ direction: 'outgoing', days: 8 });
    expect(rule.overdue).toBeGreaterThanOrEqual(1);
    expect(rule.sent).toBeGreaterThanOrEqual(1);
    expect(rule.shareWithinDeadline).toBe(1);
    expect(board.json().byOffice.length).toBeGreaterThanOrEqual(1);
    expect(board.body).not.toContain('Narek');

    const employmentSupervisor = await staffAt(ctx, employment.agencyId, ['supervisor']);
    expect((await employmentSupervisor.get('/api/duties/dashboard')).json().overdue.map((d: { id: string }) => d.id)).not.toContain(duty!.id);
    const coordinator = await staffAt(ctx, employment.agencyId, ['partnership_coordinator']);
    const both = (await coordinator.get('/api/duties/dashboard')).json();
    expect(both.directions).toEqual(['outgoing', 'incoming']);
    expect(both.overdue).toEqual(expect.arrayContaining([expect.objectContaining({ id: duty!.id, direction: 'incoming' })]));
    expect((await welfare.get('/api/duties/dashboard')).statusCode).toBe(403);

    // Sent late: recorded as outside the deadline.
    const late = await welfare.post(`/api/duties/${duty!.id}/send`, { version: (await welfare.get(`/api/duties/${duty!.id}`)).json().version });
    expect(late.json()).toMatchObject({ status: 'sent', overdue: false, timing: { daysToSend: 10, sentWithinDeadline: false } });
  });
});

describe('rules', () => {
  it('lists the default rules and lets an administrator change days or switch one off, stale → 409', async () => {
    const rules = (await welfare.get('/api/duty-rules')).json();
    expect(rules.map((r: { eventType: string; days: number; notifyingAgencyType: string }) => `${r.eventType}:${r.notifyingAgencyType}:${r.days}`).sort()).toEqual([
      'job_taken_up:employment_service:8', 'offer_refused:employment_service:8', 'programme_left:employment_service:8',
      'social_assistance_granted_to_work_able:social_welfare_centre:8',
    ]);
    const rule = rules.find((r: { eventType: string }) => r.eventType === 'programme_left');
    expect((await welfare.put(`/api/duty-rules/${rule.id}`, { days: 5, active: true, version: rule.version })).statusCode).toBe(403);
    const admin = await staffAt(ctx, welfare.agencyId, ['administrator']);
    const changed = await admin.put(`/api/duty-rules/${rule.id}`, { days: 5, active: false, version: rule.version });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ days: 5, active: false, version: rule.version + 1 });
    const stale = await admin.put(`/api/duty-rules/${rule.id}`, { days: 6, active: true, version: rule.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(rule.version + 1);
    expect((await admin.put(`/api/duty-rules/${rule.id}`, { days: 0, active: true, version: rule.version + 1 })).statusCode).toBe(400);

    // Switched off: the event creates no duty. Switched on at 5 days: due in 5.
    const { caseId } = await sharedCase(ctx, welfare, employment);
    expect((await recordEvent(employment, caseId, 'programme_left', today(ctx))).duties).toEqual([]);
    expect((await admin.put(`/api/duty-rules/${rule.id}`, { days: 5, active: true, version: rule.version + 1 })).statusCode).toBe(200);
    const [duty] = (await recordEvent(employment, caseId, 'programme_left', '2026-01-10')).duties;
    expect(duty).toMatchObject({ days: 5, dueOn: '2026-01-15', overdue: true });
  });
});
