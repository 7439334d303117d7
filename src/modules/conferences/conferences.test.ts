/**
 * Case conferences through the real HTTP app: scheduling with an agenda the organiser may
 * see, a briefing pack per participant built only from what each may see (one participant
 * of an agency outside the case sees an item without a name), minutes with a stale save
 * refused, attendance, decisions that become plan actions (a new version once the plan is
 * signed), and a recurring committee whose reminder is sent once, not again after a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../server/services';
import { createTestApp, type TestContext } from '../../test/test-app';
import { signIn, staffOfNewAgency, type Staff } from '../assessment/test-helpers';
import { consentBody } from '../cases/test-fixtures';
import { assessedCase, catalogue, inDays, signableContent, startPlan } from '../plans/test-helpers';
import { addMonths } from './service';

let ctx: TestContext;
let lead: Staff;
let partner: Staff;
let outsider: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set('2026-03-02T09:00:00Z');
  lead = await staffOfNewAgency(ctx, ['case_manager']);
  partner = await staffOfNewAgency(ctx, ['case_manager']);
  outsider = await staffOfNewAgency(ctx, ['case_manager']);
});
afterAll(() => ctx.close());

const fields = (res: { json: () => { fields?: { field: string; code: string }[] } }) => (res.json().fields ?? []).map((f) => `${f.field}:${f.code}`);
const at = (days: number) => new Date(ctx.clock.now().getTime() + days * 86_400_000).toISOString();

/** A case led by `lead`, the partner's agency in it with consent to identity and employment data, and a plan started. */
async function sharedCase() {
  const { person, caseId } = await assessedCase(ctx, lead);
  expect((await lead.post(`/api/cases/${caseId}/partners`, { agencyId: partner.agencyId, role: 'Employment counselling' })).statusCode).toBe(201);
  expect((await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId))).statusCode).toBe(201);
  const plan = await startPlan(lead, caseId);
  const name = (await ctx.db.selectFrom('person').select(['given_name', 'family_name']).where('id', '=', person.id).executeTakeFirstOrThrow());
  return { person, caseId, plan, name: `${name.given_name} ${name.family_name}` };
}

async function schedule(by: Staff, caseIds: string[], participants: Staff[], over: Record<string, unknown> = {}) {
  return by.post('/api/conferences', {
    title: 'Monthly multidisciplinary meeting', startsAt: at(7), durationMinutes: 60, mode: 'online', onlineUrl: 'https://meet.example.org/onedoor',
    participantIds: participants.map((p) => p.userId), caseIds, ...over,
  });
}

describe('scheduling', () => {
  it('needs staff of two agencies, a place or link, a future time and cases the organiser may see', async () => {
    const { caseId } = await sharedCase();
    const bad = await schedule(lead, [caseId], [], { startsAt: at(-1), mode: 'in_person', onlineUrl: null, participantIds: [lead.userId] });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad).sort()).toEqual(['address:conference_place_required', 'participantIds:conference_single_agency', 'startsAt:date_in_past']);
    // The outsider cannot put a case of another agency on the agenda: it is as unknown as a made-up one.
    const foreign = await schedule(outsider, [caseId, '00000000-0000-4000-8000-000000000000'], [lead]);
    expect(fields(foreign)).toEqual(['caseIds.0:conference_case_unknown', 'caseIds.1:conference_case_unknown']);

    const res = await schedule(lead, [caseId], [partner, outsider]);
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.participantList.map((p: { id: string; attendance: string }) => [p.id, p.attendance]).sort()).toEqual(
      [[lead.userId, 'invited'], [partner.userId, 'invited'], [outsider.userId, 'invited']].sort(),
    );
    expect(c.agenda).toMatchObject([{ position: 1, visible: true, caseId }]);
    // The invited are told (no client named), and see it in their list; a stranger does not.
    const invited = await ctx.db.selectFrom('notification').select(['recipient_user_id', 'details']).where('subject_id', '=', c.id).where('kind', '=', 'conference_invited').execute();
    expect(invited.map((n) => n.recipient_user_id).sort()).toEqual([partner.userId, outsider.userId].sort());
    expect((await partner.get('/api/conferences')).json().map((x: { id: string }) => x.id)).toContain(c.id);
    const past = await partner.get('/api/conferences?when=past');
    expect(past.statusCode).toBe(200);
    expect(past.json().map((x: { id: string }) => x.id)).not.toContain(c.id);
    const stranger = await staffOfNewAgency(ctx, ['case_manager']);
    expect((await stranger.get(`/api/conferences/${c.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/conferences/${c.id}/briefing`)).statusCode).toBe(404);
  });
});

describe('briefing pack', () => {
  it('shows each participant only what they may see, and audits every read', async () => {
    const { caseId, name, person } = await sharedCase();
    const conference = (await schedule(lead, [caseId], [partner, outsider])).json();

    const mine = (await lead.get(`/api/conferences/${conference.id}/briefing`)).json();
    expect(mine.items[0]).toMatchObject({ visible: true, caseId, personName: name, plan: { status: 'draft' }, assessment: { segment: 'intensive' } });
    expect(mine.items[0].assessment.barriers.map((b: { code: string }) => b.code).sort()).toEqual(['low_digital_skills', 'no_childcare']);

    // The partner has consent to identity and employment data: the name and the plan, not more.
    const theirs = (await partner.get(`/api/conferences/${conference.id}/briefing`)).json();
    expect(theirs.items[0]).toMatchObject({ visible: true, caseId, personName: name, plan: { status: 'draft' } });
    expect(theirs.items[0].categories.every((c: string) => ['identity', 'employment'].includes(c))).toBe(true);

    // The outsider's agency is not in the case: an item they cannot see, nothing else, anywhere.
    const briefing = await outsider.get(`/api/conferences/${conference.id}/briefing`);
    expect(briefing.json().items).toEqual([{ agendaItemId: conference.agenda[0].id, position: 1, visible: false }]);
    const page = await outsider.get(`/api/conferences/${conference.id}`);
    expect(page.json().agenda).toEqual([{ id: conference.agenda[0].id, position: 1, visible: false }]);
    for (const body of [briefing.body, page.body]) {
      expect(body).not.toContain(name.split(' ')[1]);
      expect(body).not.toContain(caseId);
      expect(body).not.toContain(person.onedoorId);
    }

    const reads = await ctx.db.selectFrom('audit_event').select(['actor_user_id', 'details']).where('action', '=', 'conference.briefing.read').where('subject_id', '=', conference.id).execute();
    expect(reads.map((r) => r.actor_user_id).sort()).toEqual([lead.userId, partner.userId].sort());
    const partnerRead = reads.find((r) => r.actor_user_id === partner.userId)!;
    expect((partnerRead.details as { categories: string[] }).categories).toEqual(['employment', 'identity']);
  });
});

describe('minutes and attendance', () => {
  it('refuses a stale minutes save with 409 and keeps the first; records attendance', async () => {
    const { caseId } = await sharedCase();
    const conference = (await schedule(lead, [caseId], [partner])).json();
    const first = await lead.put(`/api/conferences/${conference.id}/minutes`, { text: 'Agreed: debt counselling first.', version: 0 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().minutes).toMatchObject({ text: 'Agreed: debt counselling first.', version: 1 });
    const stale = await partner.put(`/api/conferences/${conference.id}/minutes`, { text: 'Other text', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(1);
    const next = await partner.put(`/api/conferences/${conference.id}/minutes`, { text: 'Agreed: debt counselling first, then training.', version: 1 });
    expect(next.json().minutes.version).toBe(2);

    const p = conference.participantList.find((x: { id: string }) => x.id === partner.userId);
    const marked = await lead.put(`/api/conferences/${conference.id}/participants/${partner.userId}/attendance`, { attendance: 'excused', version: p.version });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json().participantList.find((x: { id: string }) => x.id === partner.userId)).toMatchObject({ attendance: 'excused', version: p.version + 1 });
    expect((await lead.put(`/api/conferences/${conference.id}/participants/${partner.userId}/attendance`, { attendance: 'attended', version: p.version })).statusCode).toBe(409);
  });
});

describe('decisions', () => {
  it('become actions of the plan draft, then a new version once the plan is signed', async () => {
    const { caseId, plan } = await sharedCase();
    const conference = (await schedule(lead, [caseId], [partner, outsider])).json();
    const item = conference.agenda[0].id;
    const decision = (over: Record<string, unknown> = {}) => ({ agendaItemId: item, kind: 'plan_action', text: 'Debt counselling before job search', ownerAgencyId: partner.agencyId, dueOn: inDays(ctx, 14), ...over });

    expect(fields(await partner.post(`/api/conferences/${conference.id}/decisions`, decision({ ownerAgencyId: outsider.agencyId })))).toEqual(['ownerAgencyId:plan_owner_not_in_case']);
    expect(fields(await partner.post(`/api/conferences/${conference.id}/decisions`, decision({ dueOn: inDays(ctx, -1) })))).toEqual(['dueOn:date_in_past']);
    expect((await outsider.post(`/api/conferences/${conference.id}/decisions`, decision())).statusCode).toBe(404);

    const res = await partner.post(`/api/conferences/${conference.id}/decisions`, decision({ ownerUserId: partner.userId }));
    expect(res.statusCode, res.body).toBe(201);
    const recorded = res.json().decisions[0];
    expect(recorded).toMatchObject({ kind: 'plan_action', planId: plan.id, ownerAgency: { id: partner.agencyId }, ownerUser: { id: partner.userId }, dueOn: inDays(ctx, 14) });
    let view = (await lead.get(`/api/cases/${caseId}/plan`)).json();
    expect(view).toMatchObject({ versions: [{ number: 1, status: 'draft' }] });
    expect(view.current.content.actions).toMatchObject([
      { id: recorded.actionId, title: 'Debt counselling before job search', owner: { party: 'partner_agency', agencyId: partner.agencyId }, dueOn: inDays(ctx, 14) },
    ]);
    // The outsider does not see the decision on the page either; the case manager was told.
    expect((await outsider.get(`/api/conferences/${conference.id}`)).json().decisions).toEqual([]);
    expect(await ctx.db.selectFrom('notification').select('id').where('recipient_user_id', '=', lead.userId).where('kind', '=', 'conference_decision_in_plan').execute()).toHaveLength(1);

    // The client signs; the next decision starts a review version that contains it (a new acknowledgment is needed).
    const saved = await lead.put(`/api/plans/${plan.id}/draft`, { content: { ...signableContent(ctx), actions: [...signableContent(ctx).actions, ...view.current.content.actions.map(({ id, ...a }: Record<string, unknown>) => ({ id, ...a, service: undefined }))] }, version: view.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const signed = await lead.post(`/api/plans/${plan.id}/sign`, { method: 'on_screen', signedName: 'Aram Petrosyan', version: saved.json().version });
    expect(signed.statusCode, signed.body).toBe(200);
    const second = await lead.post(`/api/conferences/${conference.id}/decisions`, decision({ text: 'Meet the case manager with the debt counsellor', ownerAgencyId: lead.agencyId }));
    expect(second.statusCode, second.body).toBe(201);
    view = (await lead.get(`/api/cases/${caseId}/plan`)).json();
    expect(view).toMatchObject({ inForce: 1, current: { number: 2, status: 'draft' } });
    const titles = view.current.content.actions.map((a: { title: string }) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Debt counselling before job search', 'Meet the case manager with the debt counsellor']));
    expect(view.current.content.actions.find((a: { title: string }) => a.title.startsWith('Meet'))).toMatchObject({ owner: { party: 'case_manager' } });
    const audit = await ctx.db.selectFrom('audit_event').select('details').where('action', '=', 'plan.decision.add').where('subject_id', '=', plan.id).execute();
    expect(audit.map((a) => (a.details as { newVersion: boolean }).newVersion)).toEqual([false, true]);
  });
});

describe('a referral decision', () => {
  it('becomes a draft referral of the case, its id kept with the decision', async () => {
    const { caseId } = await sharedCase();
    const coordinator = await staffOfNewAgency(ctx, ['partnership_coordinator']);
    const { debt } = await catalogue(coordinator);
    const conference = (await schedule(lead, [caseId], [partner])).json();
    const res = await lead.post(`/api/conferences/${conference.id}/decisions`, {
      agendaItemId: conference.agenda[0].id, kind: 'referral', text: 'Refer to debt counselling', ownerAgencyId: lead.agencyId, dueOn: inDays(ctx, 10), serviceId: debt.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const recorded = res.json().decisions[0];
    expect(recorded).toMatchObject({ kind: 'referral', planId: null, actionId: null });
    const referral = await ctx.db.selectFrom('referral').selectAll().where('id', '=', recorded.referralId).executeTakeFirstOrThrow();
    expect(referral).toMatchObject({ case_id: caseId, service_id: debt.id, status: 'draft' });
  });
});

describe('who may use conferences', () => {
  it('refuses staff without conference.manage on every conference route', async () => {
    const analyst = await staffOfNewAgency(ctx, ['analyst']);
    const id = '00000000-0000-4000-8000-000000000000';
    const routes: [string, string][] = [
      ['GET', '/api/conferences'], ['POST', '/api/conferences'], ['GET', `/api/conferences/${id}`], ['GET', `/api/conferences/${id}/briefing`],
      ['POST', `/api/conferences/${id}/agenda`], ['PUT', `/api/conferences/${id}/minutes`], ['PUT', `/api/conferences/${id}/participants/${id}/attendance`],
      ['POST', `/api/conferences/${id}/decisions`], ['GET', '/api/conference-committees'], ['POST', '/api/conference-committees'],
    ];
    for (const [method, url] of routes) {
      const res = method === 'GET' ? await analyst.get(url) : await analyst.request(method as 'POST', url, {}, await analyst.csrf());
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
    // The staff directory is for every signed-in member: ids, names and agencies only.
    const dir = await analyst.get(`/api/staff-directory?agencyId=${partner.agencyId}`);
    expect(dir.statusCode).toBe(200);
    expect(dir.json()).toEqual(expect.arrayContaining([{ id: partner.userId, name: expect.any(String), agencyId: partner.agencyId, agencyName: expect.any(String) }]));
    expect(Object.keys(dir.json()[0]).sort()).toEqual(['agencyId', 'agencyName', 'id', 'name']);
  });
});

describe('recurring committees', () => {
  it('reminds members once before each meeting (not again after a restart) and creates the next meeting every N months', async () => {
    ctx.clock.set('2026-04-01T09:00:00Z');
    const organiser = await signIn(ctx, lead);
    const res = await organiser.post('/api/conference-committees', {
      name: 'Employment office and welfare centre committee', mode: 'in_person', address: 'Town hall, room 4', durationMinutes: 120,
      memberIds: [partner.userId], everyMonths: 6, reminderDays: 7, firstMeetingAt: '2026-05-01T09:00:00Z',
    });
    expect(res.statusCode, res.body).toBe(201);
    const committee = res.json();
    expect(committee).toMatchObject({ everyMonths: 6, nextMeetingAt: '2026-05-01T09:00:00.000Z', agencyIds: expect.arrayContaining([lead.agencyId, partner.agencyId]) });
    const reminders = () => ctx.db.selectFrom('notification').select(['recipient_user_id', 'subject_id']).where('kind', '=', 'conference_reminder').where('subject_id', '=', committee.nextConferenceId).execute();

    ctx.clock.set('2026-04-23T09:00:00Z');
    await ctx.services.jobs.runDue();
    expect(await reminders()).toHaveLength(0);
    ctx.clock.set('2026-04-24T10:00:00Z');
    await ctx.services.jobs.runDue();
    expect((await reminders()).map((r) => r.recipient_user_id).sort()).toEqual([lead.userId, partner.userId].sort());
    // A restart: a second set of services over the same database runs nothing twice.
    const restarted = createServices({ db: ctx.db, clock: ctx.clock, config: ctx.config });
    await restarted.jobs.runDue();
    expect(await reminders()).toHaveLength(2);

    // The meeting starts: the next one is created six months later, once.
    ctx.clock.set('2026-05-01T09:30:00Z');
    await restarted.jobs.runDue();
    await ctx.services.jobs.runDue();
    const meetings = await ctx.db.selectFrom('conference').select(['id', 'starts_at']).where('committee_id', '=', committee.id).orderBy('starts_at').execute();
    expect(meetings.map((m) => m.starts_at.toISOString())).toEqual(['2026-05-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z']);
    const members = await ctx.db.selectFrom('conference_participant').select('user_id').where('conference_id', '=', meetings[1]!.id).execute();
    expect(members.map((m) => m.user_id).sort()).toEqual([lead.userId, partner.userId].sort());
    expect((await ctx.services.jobs.find(`conference.committee.next:${committee.id}`))).toMatchObject({ status: 'pending' });
    expect((await ctx.services.jobs.find(`conference.reminder:${meetings[1]!.id}`))?.run_at.toISOString()).toBe('2026-10-25T09:00:00.000Z');

    // Once the first meeting has ended it is among the past ones; the next is upcoming.
    ctx.clock.set('2026-05-01T12:00:00Z');
    const member = await signIn(ctx, partner);
    expect((await member.get('/api/conferences?when=past')).json().map((x: { id: string }) => x.id)).toContain(meetings[0]!.id);
    expect((await member.get('/api/conferences')).json().map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([meetings[1]!.id]));
    expect((await member.get('/api/conference-committees')).json()).toMatchObject([{ id: committee.id, nextMeetingAt: '2026-11-01T09:00:00.000Z', nextConferenceId: meetings[1]!.id }]);
  });

  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(addMonths(new Date('2026-08-31T10:00:00Z'), 6).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2026-05-01T09:00:00Z'), 6).toISOString()).toBe('2026-11-01T09:00:00.000Z');
  });
});
