/**
 * Closed-loop referrals through the real HTTP app: the whole lifecycle with a moved clock,
 * what the receiving agency sees (exactly the consented snapshot), consent and transition
 * refusals, waitlisting when full, timers that survive a restart, bulk accept, and the
 * journey-smoothness indicator over a chain with a declined and a re-sent referral.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { createLocation, createService } from '../catalogue/test-fixtures';
import { consentedClient, inDays, notificationsOf, refer, referralBody, step, world, type World } from './test-helpers';

let ctx: TestContext;
let w: World;

beforeAll(async () => {
  // Months pass in these tests: sessions must outlive the moved clock.
  ctx = await createTestApp({ SESSION_IDLE_MINUTES: '10000000', SESSION_MAX_HOURS: '100000' });
  ctx.clock.set('2026-03-02T09:00:00Z');
  w = await world(ctx);
});
afterAll(() => ctx.close());

const fields = (res: { json: () => { fields?: { field: string; code: string; message: string }[] } }) =>
  (res.json().fields ?? []).map((f) => `${f.field}:${f.code}`);

describe('the whole lifecycle', () => {
  it('goes from sent to feedback delivered, with proof of receipt, a place held, the case timeline and notifications', async () => {
    const { caseId } = await consentedClient(ctx, w);
    let r = await refer(ctx, w.lead, caseId, w.debt.id);
    expect(r).toMatchObject({
      status: 'sent', side: 'sender', caseId, categories: ['identity', 'contact'], urgency: 'priority', receipt: null, placeHeld: null,
      service: { id: w.debt.id, name: 'Debt counselling' }, receivingAgency: { id: w.coordinator.agencyId }, caseManager: { id: w.lead.userId },
      allowedActions: ['withdraw'],
    });
    expect(await notificationsOf(ctx, { agencyId: w.coordinator.agencyId }, 'referral_received')).toEqual([expect.objectContaining({ subject_id: r.id, email: true })]);

    // The receiving agency finds it in its inbox and sees it as received.
    const inbox = (await w.worker.get('/api/referrals/inbox')).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(r.id);
    expect(inbox.items.find((i: { id: string }) => i.id === r.id)).toMatchObject({ caseId: null, client: { givenName: 'Aram', familyName: 'Petrosyan' }, overdue: false });

    ctx.clock.advance(3_600_000);
    r = await step(w.worker, r.id, 'receive', { version: r.version });
    expect(r).toMatchObject({ status: 'received', side: 'receiver', caseId: null, receipt: { receivedBy: { id: w.worker.userId } } });
    const proof = (await w.lead.get(`/api/referrals/${r.id}`)).json();
    expect(proof.receipt).toEqual({ receivedAt: '2026-03-02T10:00:00.000Z', receivedBy: { id: w.worker.userId, displayName: expect.any(String) } });
    expect(await notificationsOf(ctx, { userId: w.lead.userId }, 'referral_status_received')).toHaveLength(1);

    ctx.clock.advance(86_400_000);
    r = await step(w.worker, r.id, 'accept', { version: r.version });
    expect(r).toMatchObject({ status: 'accepted', placeHeld: { usesReserved: false } });
    r = await step(w.worker, r.id, 'appointment', { version: r.version, at: '2026-03-05T10:30:00.000Z', place: 'Room 12, Abovyan St 5' });
    expect(r.appointment).toEqual({ at: '2026-03-05T10:30:00.000Z', place: 'Room 12, Abovyan St 5' });
    ctx.clock.set('2026-03-05T11:00:00Z');
    r = await step(w.worker, r.id, 'attendance', { version: r.version, attended: true });
    expect(r.status).toBe('attended');
    r = await step(w.worker, r.id, 'start-service', { version: r.version });
    expect(r.status).toBe('in_service');
    ctx.clock.set('2026-04-20T15:00:00Z');
    r = await step(w.worker, r.id, 'complete', { version: r.version, outcome: 'need_met', feedback: 'Repayment plan agreed with both lenders; rent arrears cleared.' });
    expect(r).toMatchObject({ status: 'completed', outcome: 'need_met', placeHeld: null });
    expect(await notificationsOf(ctx, { userId: w.lead.userId }, 'referral_status_completed')).toHaveLength(1);
    expect(await notificationsOf(ctx, { userId: w.lead.userId }, 'referral_rerefer')).toHaveLength(0);

    // The referring case manager reads the outcome and acknowledges it: feedback delivered.
    const seen = (await w.lead.get(`/api/referrals/${r.id}`)).json();
    expect(seen).toMatchObject({ status: 'completed', feedback: 'Repayment plan agreed with both lenders; rent arrears cleared.', allowedActions: ['acknowledge_feedback'] });
    ctx.clock.advance(3_600_000);
    const done = await step(w.lead, r.id, 'acknowledge-feedback', { version: seen.version });
    expect(done).toMatchObject({ status: 'feedback_delivered', feedbackDelivered: { at: '2026-04-20T16:00:00.000Z', by: { id: w.lead.userId } } });
    expect(done.events.map((e: { action: string; toStatus: string }) => `${e.action}>${e.toStatus}`)).toEqual([
      'create>draft', 'send>sent', 'receive>received', 'accept>accepted', 'book_appointment>appointment_booked', 'attend>attended',
      'start_service>in_service', 'complete>completed', 'acknowledge_feedback>feedback_delivered',
    ]);
    expect(done.events[2]).toMatchObject({ at: '2026-03-02T10:00:00.000Z', actor: { id: w.worker.userId }, agency: { id: w.coordinator.agencyId } });

    const timeline = (await w.lead.get(`/api/cases/${caseId}/timeline?limit=100`)).json();
    const types = (timeline.items ?? timeline).map((e: { type: string }) => e.type).filter((t: string) => t.startsWith('referral.'));
    expect(types).toEqual(expect.arrayContaining(['referral.sent', 'referral.received', 'referral.accepted', 'referral.completed', 'referral.feedback_delivered']));

    const ofCase = (await w.lead.get(`/api/cases/${caseId}/referrals`)).json();
    expect(ofCase).toEqual([expect.objectContaining({ id: r.id, status: 'feedback_delivered', client: { onedoorId: expect.any(String), givenName: 'Aram', familyName: 'Petrosyan' } })]);
  });
});

describe('what the receiving agency sees', () => {
  it('is exactly the consented snapshot taken when sent, and its reads are audited', async () => {
    const { person, caseId } = await consentedClient(ctx, w);
    const r = await refer(ctx, w.lead, caseId, w.debt.id);
    // A change after sending does not reach the receiver: the snapshot is what was shared.
    await ctx.db.updateTable('person').set({ phone: '+37499999999' }).where('id', '=', person.id).execute();
    const res = await w.worker.get(`/api/referrals/${r.id}`);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.shared.categories).toEqual(['contact', 'identity']);
    expect(view.shared.person).toMatchObject({ givenName: 'Aram', familyName: 'Petrosyan', birthDate: '1985-04-12', phone: '+37491000111', email: 'client@example.am' });
    for (const key of ['disability', 'educationLevel']) expect(view.shared.person).not.toHaveProperty(key);
    expect(view.shared).not.toHaveProperty('unemploymentSpells');
    expect(view.shared).not.toHaveProperty('benefits');
    expect(view.shared.documents.map((d: { documentType: string }) => d.documentType)).toEqual(['passport']);
    expect(view).toMatchObject({ caseId: null, previousReferralId: null, planActionId: null });
    expect(res.body).not.toContain('DIS-4471');
    expect(res.body).not.toContain('upper_secondary');
    expect(res.body).not.toContain(caseId);
    // The receiver has no access of its own to the person.
    expect((await w.worker.get(`/api/people/${person.id}`)).statusCode).toBe(404);
    expect((await w.worker.get(`/api/cases/${caseId}`)).statusCode).toBe(404);

    const audit = await ctx.db.selectFrom('audit_event').select(['action', 'details', 'purpose']).where('subject_id', '=', r.id).where('action', '=', 'referral.read').execute();
    expect(audit).toEqual([expect.objectContaining({ purpose: 'referral', details: expect.objectContaining({ categories: ['contact', 'identity'], side: 'receiver' }) })]);
  });

  it('refuses to send a category without consent to the receiving agency, with a translated message at the category', async () => {
    const { caseId } = await consentedClient(ctx, w);
    w.lead.language = 'ru';
    const res = await w.lead.post(`/api/cases/${caseId}/referrals`, referralBody(ctx, w.debt.id, { categories: ['identity', 'contact', 'employment'] }));
    w.lead.language = 'en';
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['categories.2:referral_consent_missing']);
    expect(res.json().fields[0].message).toMatch(/[а-я]/);
    expect(res.json().fields[0].message).not.toMatch(/\{\{|\$t\(/);
    expect(res.json().fields[0].message).toContain('«занятость»');
    const noIdentity = await w.lead.post(`/api/cases/${caseId}/referrals`, referralBody(ctx, w.debt.id, { categories: ['contact'] }));
    expect(fields(noIdentity)).toEqual(['categories:referral_identity_required']);
    expect((await w.lead.get(`/api/cases/${caseId}/referrals`)).json()).toEqual([]);
  });

  it('checks consent again when a draft is sent', async () => {
    const { person, caseId } = await consentedClient(ctx, w);
    const draft = await refer(ctx, w.lead, caseId, w.debt.id, { send: false });
    expect(draft).toMatchObject({ status: 'draft', shared: null });
    expect((await w.worker.get(`/api/referrals/${draft.id}`)).statusCode).toBe(404);
    const consent = await ctx.db.selectFrom('consent_record').select(['id', 'version']).where('person_id', '=', person.id).where('recipient_agency_id', '=', w.coordinator.agencyId).executeTakeFirstOrThrow();
    const withdrawn = await w.lead.post(`/api/consents/${consent.id}/withdraw`, { version: consent.version, reason: 'Client changed their mind' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const res = await w.lead.post(`/api/referrals/${draft.id}/send`, { version: draft.version });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['categories.0:referral_consent_missing', 'categories.1:referral_consent_missing']);
  });
});

describe('refused steps', () => {
  it('answers 409 invalid_transition to accepting a declined referral, and version_conflict to a stale version', async () => {
    const { caseId } = await consentedClient(ctx, w);
    const r = await refer(ctx, w.lead, caseId, w.debt.id);
    const declined = await step(w.worker, r.id, 'decline', { version: r.version, reason: 'Client lives outside our area' });
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Client lives outside our area', allowedActions: ['reopen'] });
    const accept = await w.worker.post(`/api/referrals/${r.id}/accept`, { version: declined.version });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().code ?? accept.json().type).toMatch(/invalid_transition/);
    const stale = await w.worker.post(`/api/referrals/${r.id}/reopen`, { version: r.version, comment: 'Address was wrong' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(declined.version);
    // The sender is prompted to re-refer.
    expect((await notificationsOf(ctx, { userId: w.lead.userId }, 'referral_rerefer')).some((n) => n.subject_id === r.id)).toBe(true);
    // Reopening with a comment brings it back to received, audited.
    const reopened = await step(w.worker, r.id, 'reopen', { version: declined.version, comment: 'Address was wrong' });
    expect(reopened).toMatchObject({ status: 'received', declineReason: null });
    expect(reopened.events.at(-1)).toMatchObject({ action: 'reopen', fromStatus: 'declined', toStatus: 'received', note: 'Address was wrong' });
    const audit = await ctx.db.selectFrom('audit_event').select('details').where('subject_id', '=', r.id).where('action', '=', 'referral.reopen').executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ from: 'declined', status: 'received' });
  });

  it('lets the sender withdraw a referral sent by mistake (with a reason), and not the receiver', async () => {
    const { caseId } = await consentedClient(ctx, w);
    const r = await refer(ctx, w.lead, caseId, w.debt.id);
    expect((await w.worker.post(`/api/referrals/${r.id}/withdraw`, { version: r.version, reason: 'x' })).statusCode).toBe(403);
    expect((await w.lead.post(`/api/referrals/${r.id}/withdraw`, { version: r.version })).statusCode).toBe(400);
    const withdrawn = await step(w.lead, r.id, 'withdraw', { version: r.version, reason: 'Wrong client selected' });
    expect(withdrawn.status).toBe('withdrawn');
    expect(await notificationsOf(ctx, { agencyId: w.coordinator.agencyId }, 'referral_withdrawn')).toEqual(expect.arrayContaining([expect.objectContaining({ subject_id: r.id })]));
  });
});

describe('places', () => {
  it('waitlists when the service is full, never overbooks, and accepts once a place is free again', async () => {
    const where = [await createLocation(w.coordinator)];
    const small = await createService(w.coordinator, where, { name: { en: 'Budget coaching' }, type: 'debt_counselling', capacity: 1, reservedPlaces: 0 });
    const a = await consentedClient(ctx, w);
    const b = await consentedClient(ctx, w);
    const ra = await refer(ctx, w.lead, a.caseId, small.id);
    const rb = await refer(ctx, w.lead, b.caseId, small.id);
    const accepted = await step(w.worker, ra.id, 'accept', { version: ra.version });
    expect(accepted.status).toBe('accepted');
    const waiting = await step(w.worker, rb.id, 'accept', { version: rb.version });
    expect(waiting).toMatchObject({ status: 'waitlisted', placeHeld: null });
    expect(await notificationsOf(ctx, { userId: w.lead.userId }, 'referral_status_waitlisted')).toEqual(expect.arrayContaining([expect.objectContaining({ subject_id: rb.id })]));
    const active = await ctx.db.selectFrom('service_booking').select('id').where('service_id', '=', small.id).where('status', '=', 'active').execute();
    expect(active).toHaveLength(1);
    // Still full: accepting again changes nothing.
    expect((await step(w.worker, rb.id, 'accept', { version: waiting.version })).status).toBe('waitlisted');
    await step(w.lead, ra.id, 'withdraw', { version: accepted.version, reason: 'Client found a job' });
    const now = await step(w.worker, rb.id, 'accept', { version: waiting.version });
    expect(now).toMatchObject({ status: 'accepted', placeHeld: { usesReserved: false } });
  });

  it('uses reserved places first, and hands over the place a plan action held on the same service', async () => {
    const where = [await createLocation(w.coordinator)];
    const reserved = await createService(w.coordinator, where, { name: { en: 'Debt clinic' }, type: 'debt_counselling', capacity: 1, reservedPlaces: 1 });
    const { person, caseId } = await consentedClient(ctx, w);
    const actionId = '11111111-2222-4333-8444-555555555555';
    await ctx.services.catalogue.book(ctx.db, {
      serviceId: reserved.id, personId: person.id, caseId, source: 'plan_action', sourceId: actionId, viaSinglePoint: true, bookedBy: w.lead.userId, at: ctx.clock.now(),
    });
    const r = await refer(ctx, w.lead, caseId, reserved.id, { planActionId: actionId });
    const accepted = await step(w.worker, r.id, 'accept', { version: r.version });
    expect(accepted).toMatchObject({ status: 'accepted', placeHeld: { usesReserved: true }, planActionId: null });
    const bookings = await ctx.db.selectFrom('service_booking').select(['source', 'status', 'release_reason']).where('service_id', '=', reserved.id).orderBy('created_at').execute();
    expect(bookings).toEqual([
      { source: 'plan_action', status: 'released', release_reason: 'handed_to_referral' },
      { source: 'referral', status: 'active', release_reason: null },
    ]);
  });
});

describe('the inbox', () => {
  it('filters by status, urgency and service, most urgent first, in pages', async () => {
    const where = [await createLocation(w.coordinator)];
    const other = await createService(w.coordinator, where, { name: { en: 'Tenancy advice' }, type: 'housing', capacity: 5, reservedPlaces: 0 });
    const a = await consentedClient(ctx, w);
    const b = await consentedClient(ctx, w);
    const routine = await refer(ctx, w.lead, a.caseId, other.id, { urgency: 'routine' });
    const urgent = await refer(ctx, w.lead, b.caseId, other.id, { urgency: 'urgent' });
    await step(w.worker, routine.id, 'receive', { version: routine.version });
    const ids = async (query: string) => (await w.worker.get(`/api/referrals/inbox?serviceId=${other.id}&${query}`)).json().items.map((i: { id: string }) => i.id);
    expect(await ids('')).toEqual([urgent.id, routine.id]);
    expect(await ids('status=received')).toEqual([routine.id]);
    expect(await ids('status=sent,received&urgency=urgent')).toEqual([urgent.id]);
    expect(await ids(`locationId=${where[0]}`)).toEqual([urgent.id, routine.id]);
    const page = (await w.worker.get(`/api/referrals/inbox?serviceId=${other.id}&limit=1&offset=1`)).json();
    expect(page).toMatchObject({ total: 2, items: [{ id: routine.id }] });
    expect((await w.worker.get('/api/referrals/inbox?status=nonsense')).statusCode).toBe(400);
  });
});

describe('an unmet need', () => {
  it('prompts the case manager to re-refer when completed as not met', async () => {
    const { caseId } = await consentedClient(ctx, w);
    let r = await refer(ctx, w.lead, caseId, w.debt.id);
    r = await step(w.worker, r.id, 'accept', { version: r.version });
    r = await step(w.worker, r.id, 'appointment', { version: r.version, at: '2026-06-01T09:00:00.000Z', place: 'Room 3' });
    r = await step(w.worker, r.id, 'attendance', { version: r.version, attended: false });
    expect(r).toMatchObject({ status: 'no_show', placeHeld: { usesReserved: false } });
    r = await step(w.worker, r.id, 'complete', { version: r.version, outcome: 'not_met', feedback: 'Did not come twice.' });
    expect(r).toMatchObject({ status: 'completed', outcome: 'not_met', placeHeld: null });
    const prompts = (await notificationsOf(ctx, { userId: w.lead.userId }, 'referral_rerefer')).filter((n) => n.subject_id === r.id);
    expect(prompts).toEqual([expect.objectContaining({ details: { status: 'completed' } })]);
  });
});

describe('bulk accept', () => {
  it('accepts each item on its own and reports each result', async () => {
    const a = await consentedClient(ctx, w);
    const b = await consentedClient(ctx, w);
    const ra = await refer(ctx, w.lead, a.caseId, w.debt.id);
    const rb = await refer(ctx, w.lead, b.caseId, w.debt.id);
    const res = await w.coordinator.post('/api/referrals/bulk-accept', { items: [{ id: ra.id, version: ra.version }, { id: rb.id, version: rb.version + 5 }] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().results).toEqual([
      { id: ra.id, ok: true, status: 'accepted', version: ra.version + 1, error: null },
      { id: rb.id, ok: false, status: null, version: null, error: { code: 'version_conflict', message: expect.any(String) } },
    ]);
  });
});

describe('timers', () => {
  it('flags a referral overdue when the client has not appeared by the deadline, reminds once, and not again after a restart', async () => {
    const { caseId } = await consentedClient(ctx, w);
    const r = await refer(ctx, w.lead, caseId, w.debt.id, { appearBy: inDays(ctx, 3) });
    await step(w.worker, r.id, 'receive', { version: r.version });
    await ctx.services.jobs.runDue();
    expect((await w.lead.get(`/api/referrals/${r.id}`)).json()).toMatchObject({ overdue: false, overdueReasons: [] });

    ctx.clock.advance(4 * 86_400_000 + 3_600_000);
    await ctx.services.jobs.runDue();
    const view = (await w.lead.get(`/api/referrals/${r.id}`)).json();
    expect(view).toMatchObject({ overdue: true, overdueReasons: ['appear_by_passed'], status: 'received' });
    expect(view.events.at(-1)).toMatchObject({ action: 'overdue', actor: null });
    const reminders = async () => (await notificationsOf(ctx, { userId: w.lead.userId }, 'referral_appear_overdue')).filter((n) => n.subject_id === r.id);
    expect(await reminders()).toHaveLength(1);
    await ctx.services.jobs.runDue();
    const restarted = ctx.restartedServices();
    await restarted.jobs.runDue();
    expect(await reminders()).toHaveLength(1);
    const overdue = (await w.worker.get('/api/referrals/inbox?overdue=true')).json();
    expect(overdue.items.map((i: { id: string }) => i.id)).toContain(r.id);
    const notOverdue = (await w.worker.get('/api/referrals/inbox?overdue=false')).json();
    expect(notOverdue.items.map((i: { id: string }) => i.id)).not.toContain(r.id);
  });

  it('nudges the current owner once when the status has not moved for 14 days; moving the status re-arms it', async () => {
    const { caseId } = await consentedClient(ctx, w);
    const r = await refer(ctx, w.lead, caseId, w.debt.id, { appearBy: inDays(ctx, 60) });
    const nudges = async () => (await notificationsOf(ctx, { agencyId: w.coordinator.agencyId }, 'referral_stale')).filter((n) => n.subject_id === r.id);
    ctx.clock.advance(13 * 86_400_000);
    await ctx.services.jobs.runDue();
    expect(await nudges()).toHaveLength(0);
    ctx.clock.advance(86_400_000 + 60_000);
    await ctx.services.jobs.runDue();
    expect(await nudges()).toEqual([expect.objectContaining({ details: { days: 14, status: 'sent' } })]);
    ctx.clock.advance(20 * 86_400_000);
    await ctx.services.jobs.runDue();
    await ctx.restartedServices().jobs.runDue();
    expect(await nudges()).toHaveLength(1);
    const received = await step(w.worker, r.id, 'receive', { version: r.version });
    ctx.clock.advance(14 * 86_400_000 + 60_000);
    await ctx.services.jobs.runDue();
    expect((await nudges()).map((n) => n.details)).toEqual([{ days: 14, status: 'sent' }, { days: 14, status: 'received' }]);
    // A finished referral is not nudged.
    await step(w.worker, r.id, 'decline', { version: received.version, reason: 'No capacity this quarter' });
    ctx.clock.advance(30 * 86_400_000);
    await ctx.services.jobs.runDue();
    expect(await nudges()).toHaveLength(2);
  });
});

describe('journey smoothness', () => {
  it('counts the referrals of a chain until the need was met', async () => {
    const agencyWorld = await world(ctx);
    const { caseId } = await consentedClient(ctx, agencyWorld);
    const first = await refer(ctx, agencyWorld.lead, caseId, agencyWorld.debt.id);
    await step(agencyWorld.worker, first.id, 'decline', { version: first.version, reason: 'Waiting list closed' });
    expect(await notificationsOf(ctx, { userId: agencyWorld.lead.userId }, 'referral_rerefer')).toHaveLength(1);
    let second = await refer(ctx, agencyWorld.lead, caseId, agencyWorld.debt.id, { previousReferralId: first.id });
    expect(second.chainId).toBe(first.chainId);
    expect(second.previousReferralId).toBe(first.id);
    second = await step(agencyWorld.worker, second.id, 'accept', { version: second.version });
    second = await step(agencyWorld.worker, second.id, 'start-service', { version: second.version });
    await step(agencyWorld.worker, second.id, 'complete', { version: second.version, outcome: 'need_met', feedback: 'Debts restructured.' });
    // An open chain of another case: one referral, not met yet.
    const other = await consentedClient(ctx, agencyWorld);
    await refer(ctx, agencyWorld.lead, other.caseId, agencyWorld.debt.id);

    const res = await agencyWorld.lead.get('/api/referrals/indicators/journey-smoothness');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ totalChains: 2, metChains: 1, averageReferralsUntilMet: 2 });
    const chains = res.json().chains as { caseId: string }[];
    expect(chains.find((c) => c.caseId === caseId)).toMatchObject({ chainId: first.chainId, referrals: 2, met: true, referralsUntilMet: 2, lastStatus: 'completed' });
    expect(chains.find((c) => c.caseId === other.caseId)).toMatchObject({ referrals: 1, met: false, referralsUntilMet: null, lastStatus: 'sent' });
    expect((await agencyWorld.lead.get(`/api/referrals/${first.id}`)).json().nextReferralIds).toEqual([second.id]);
  });
});
