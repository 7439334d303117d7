/**
 * The action plan as a living, signed document: started from the assessment, saved as a
 * draft with every rule checked, services suggested from the barriers and booked when
 * accepted, signed and frozen, reviewed into a new version whose changes can be read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { staffAt, staffOfNewAgency, type Staff } from '../assessment/test-helpers';
import { consentBody } from '../cases/test-fixtures';
import { assessedCase, catalogue, inDays, signableContent, startPlan } from './test-helpers';

let ctx: TestContext;
let lead: Staff;
let coordinator: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set('2026-03-02T09:00:00Z');
  lead = await staffOfNewAgency(ctx, ['case_manager']);
  coordinator = await staffOfNewAgency(ctx, ['partnership_coordinator']);
});
afterAll(() => ctx.close());

const fields = (res: { json: () => { fields?: { field: string; code: string; message: string }[] } }) =>
  (res.json().fields ?? []).map((f) => `${f.field}:${f.code}`);

describe('starting a plan', () => {
  it('starts from the latest assessment, reviewed monthly for intensive support, once per case', async () => {
    const { caseId, assessment } = await assessedCase(ctx, lead);
    const plan = await startPlan(lead, caseId);
    expect(plan).toMatchObject({ caseId, version: 1, inForce: null, versions: [{ number: 1, status: 'draft' }] });
    expect(plan.current).toMatchObject({
      number: 1, status: 'draft', editable: true,
      content: { assessment: { id: assessment.id, segment: 'intensive' }, reviewEveryWeeks: 4, nextReviewOn: '2026-03-30', caseManager: { id: lead.userId } },
    });
    expect(plan.current.content.assessment.barriers.map((b: { code: string }) => b.code).sort()).toEqual(['low_digital_skills', 'no_childcare']);
    expect(plan.quality).toMatchObject({ barriersAddressed: 0, barriersTotal: 2, reviewOverdue: false, signedVersions: 0 });
    expect((await lead.post(`/api/cases/${caseId}/plan`)).statusCode).toBe(409);
    const other = await staffOfNewAgency(ctx, ['case_manager']);
    expect((await other.get(`/api/cases/${caseId}/plan`)).statusCode).toBe(404);
  });
});

describe('saving the draft', () => {
  it('refuses bad input with a translated error at each field, and writes nothing', async () => {
    const { caseId } = await assessedCase(ctx, lead);
    const plan = await startPlan(lead, caseId);
    const content = signableContent(ctx, {
      goal: { type: 'no_such_goal' },
      actions: [
        { kind: 'own_activity', title: 'Update the CV', owner: { party: 'client' }, dueOn: '2026-02-01' },
        { kind: 'meeting', title: 'Meet the NGO', owner: { party: 'partner_agency' }, dueOn: inDays(ctx, 7) },
        { kind: 'job_search_agreement', title: 'Apply for jobs', owner: { party: 'client' }, dueOn: inDays(ctx, 30) },
      ],
      obligations: [{ party: 'client', text: 'Look for work' }],
    });
    lead.language = 'ru';
    const res = await lead.put(`/api/plans/${plan.id}/draft`, { content, version: plan.version });
    lead.language = 'en';
    expect(res.statusCode).toBe(400);
    expect(fields(res).sort()).toEqual([
      'actions.0.dueOn:date_in_past', 'actions.1.owner.agencyId:plan_owner_agency_required', 'actions.2.target:plan_target_required',
      'goal.type:plan_goal_type_unknown', 'obligations.0.target:plan_obligation_not_measurable',
    ]);
    expect(res.json().fields.find((f: { field: string }) => f.field === 'actions.0.dueOn').message).toMatch(/[а-я]/);
    const missingOwner = await lead.put(`/api/plans/${plan.id}/draft`, { content: signableContent(ctx, { actions: [{ kind: 'meeting', title: 'x', dueOn: inDays(ctx, 3) }] }), version: plan.version });
    expect(missingOwner.statusCode).toBe(400);
    expect(fields(missingOwner)).toEqual(['content.actions.0.owner:required']);
    expect((await lead.get(`/api/cases/${caseId}/plan`)).json()).toMatchObject({ version: 1, current: { content: { actions: [] } } });
  });

  it('gives a stale save 409 and keeps the first', async () => {
    const { caseId } = await assessedCase(ctx, lead);
    const plan = await startPlan(lead, caseId);
    const colleague = await staffAt(ctx, lead.agencyId, ['case_manager']);
    const first = await lead.put(`/api/plans/${plan.id}/draft`, { content: signableContent(ctx), version: plan.version });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await colleague.put(`/api/plans/${plan.id}/draft`, { content: signableContent(ctx, { minimumOffer: 'Other' }), version: plan.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);
    expect((await lead.get(`/api/cases/${caseId}/plan`)).json().current.content.minimumOffer).toMatch(/every month/);
  });
});

describe('suggested services', () => {
  it('ranks services that address the barriers, records the decision, and books a place for an accepted one', async () => {
    const { caseId } = await assessedCase(ctx, lead);
    const services = await catalogue(coordinator, 1);
    const plan = await startPlan(lead, caseId);
    const res = await lead.get(`/api/plans/${plan.id}/suggestions`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json().filter((s: { service: { id: string } }) => [services.childcare.id, services.digital.id, services.debt.id].includes(s.service.id));
    // Childcare (a high barrier) before digital skills (a low one); debt advice addresses no barrier of this client.
    expect(list.map((s: { service: { id: string } }) => s.service.id)).toEqual([services.childcare.id, services.digital.id]);
    expect(list[0].reasons.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['addresses_barrier', 'free_places']));
    expect(list[0].reasons[0].text).toBe('Works on: No childcare arranged');

    const accepted = await lead.post(`/api/plans/${plan.id}/suggestions/${list[0].id}/accept`, { version: plan.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const action = accepted.json().current.content.actions[0];
    expect(action).toMatchObject({ kind: 'treatment_or_social_service', service: { id: services.childcare.id }, owner: { party: 'partner_agency', agencyId: coordinator.agencyId }, addressesBarriers: ['no_childcare'], suggestionId: list[0].id });
    expect(accepted.json().quality).toMatchObject({ barriersAddressed: 1, barriersTotal: 2 });
    const ignored = await lead.post(`/api/plans/${plan.id}/suggestions/${list[1].id}/ignore`, { version: list[1].version });
    expect(ignored.statusCode, ignored.body).toBe(204);
    const decisions = await ctx.db.selectFrom('plan_suggestion').select(['service_id', 'decision', 'action_id']).where('plan_id', '=', plan.id).execute();
    expect(decisions).toEqual(expect.arrayContaining([
      { service_id: services.childcare.id, decision: 'accepted', action_id: action.id },
      { service_id: services.digital.id, decision: 'ignored', action_id: null },
    ]));
    const booking = await ctx.db.selectFrom('service_booking').selectAll().where('source_id', '=', action.id).executeTakeFirstOrThrow();
    expect(booking).toMatchObject({ service_id: services.childcare.id, status: 'active', via_single_point: true, uses_reserved: true });

    // The one place is taken: another client's plan cannot book it.
    const second = await assessedCase(ctx, lead);
    const plan2 = await startPlan(lead, second.caseId);
    const full = await lead.put(`/api/plans/${plan2.id}/draft`, {
      content: signableContent(ctx, { actions: [{ kind: 'treatment_or_social_service', title: 'Kindergarten', owner: { party: 'partner_agency', agencyId: coordinator.agencyId }, serviceId: services.childcare.id, dueOn: inDays(ctx, 10) }] }),
      version: plan2.version,
    });
    expect(full.statusCode).toBe(400);
    expect(fields(full)).toEqual(['actions.0.serviceId:service_full']);
  });
});

describe('signing and reviewing', () => {
  it('freezes the signed version; a review makes a new version whose changes are listed', async () => {
    const { caseId } = await assessedCase(ctx, lead);
    let plan = await startPlan(lead, caseId);
    const notReady = await lead.post(`/api/plans/${plan.id}/sign`, { method: 'on_screen', signedName: 'Aram Petrosyan', version: plan.version });
    expect(fields(notReady).sort()).toEqual(['actions:plan_required_to_sign', 'goal:plan_required_to_sign', 'minimumOffer:plan_required_to_sign', 'obligations:plan_client_obligation_required']);

    plan = (await lead.put(`/api/plans/${plan.id}/draft`, { content: signableContent(ctx), version: plan.version })).json();
    const signed = await lead.post(`/api/plans/${plan.id}/sign`, { method: 'on_screen', signedName: 'Aram Petrosyan', version: plan.version });
    expect(signed.statusCode, signed.body).toBe(200);
    plan = signed.json();
    expect(plan).toMatchObject({ inForce: 1, current: { status: 'signed', editable: false, signature: { method: 'on_screen', signedName: 'Aram Petrosyan', witnessedBy: { id: lead.userId } } } });

    const silent = await lead.put(`/api/plans/${plan.id}/draft`, { content: signableContent(ctx, { minimumOffer: 'Less' }), version: plan.version });
    expect(fields(silent)).toEqual(['status:plan_signed_start_review']);

    // A week later the review moves the job-search deadline.
    ctx.clock.set('2026-03-09T09:00:00Z');
    const reviewer = await staffAt(ctx, lead.agencyId, ['case_manager']);
    plan = (await reviewer.post(`/api/plans/${plan.id}/reviews`, { note: 'First monthly review', version: plan.version })).json();
    expect(plan).toMatchObject({ inForce: 1, current: { number: 2, status: 'draft', reviewNote: 'First monthly review' } });
    const content = plan.current.content;
    const moved = {
      ...signableContent(ctx), goal: { type: content.goal.type, description: content.goal.description },
      actions: [{ ...content.actions[0], owner: { party: 'client' }, dueOn: '2026-04-30' }],
      obligations: content.obligations.map((o: Record<string, unknown>) => ({ id: o.id, party: o.party, text: o.text, target: o.target })),
      nextReviewOn: content.nextReviewOn,
    };
    plan = (await reviewer.put(`/api/plans/${plan.id}/draft`, { content: moved, version: plan.version })).json();
    const diff = await reviewer.get(`/api/plans/${plan.id}/diff?from=1&to=2`);
    expect(diff.statusCode, diff.body).toBe(200);
    expect(diff.json().changes).toEqual([
      { path: `actions.${content.actions[0].id}.dueOn`, item: 'Apply for bookkeeping jobs', kind: 'changed', before: '2026-04-01', after: '2026-04-30' },
    ]);
    // The signed version still reads as it was agreed; the new one needs its own signature.
    expect((await reviewer.get(`/api/plans/${plan.id}/versions/1`)).json().content.actions[0].dueOn).toBe('2026-04-01');
    const again = await reviewer.post(`/api/plans/${plan.id}/sign`, { method: 'paper', signedName: 'Aram Petrosyan', version: plan.version });
    expect(again.json()).toMatchObject({ inForce: 2, versions: [{ number: 2, status: 'signed' }, { number: 1, status: 'superseded' }], quality: { signedVersions: 2 } });
    ctx.clock.set('2026-03-02T09:00:00Z');
  });
});

describe('progress on actions', () => {
  it('is recorded by the owning partner with a result, keeps who did what, and frees the place when done', async () => {
    const { person, caseId } = await assessedCase(ctx, lead);
    const services = await catalogue(coordinator, 3);
    const plan = await startPlan(lead, caseId);
    const provider = await staffAt(ctx, coordinator.agencyId, ['case_manager']);
    expect((await lead.post(`/api/cases/${caseId}/partners`, { agencyId: provider.agencyId })).statusCode).toBe(201);
    expect((await lead.post(`/api/people/${person.id}/consents`, consentBody(provider.agencyId, { dataCategories: ['identity', 'employment'] }))).statusCode).toBe(201);
    const content = signableContent(ctx, {
      actions: [{ kind: 'training', title: 'Digital skills course', owner: { party: 'partner_agency', agencyId: provider.agencyId }, serviceId: services.digital.id, dueOn: inDays(ctx, 40), addressesBarriers: ['low_digital_skills'] }],
    });
    const saved = (await lead.put(`/api/plans/${plan.id}/draft`, { content, version: plan.version })).json();
    const actionId = saved.current.content.actions[0].id;
    const signed = (await lead.post(`/api/plans/${plan.id}/sign`, { method: 'on_screen', signedName: 'Aram Petrosyan', version: saved.version })).json();

    const noResult = await provider.put(`/api/plans/${plan.id}/actions/${actionId}/progress`, { status: 'done', version: signed.version });
    expect(fields(noResult)).toEqual(['result:plan_result_required']);
    const started = await provider.put(`/api/plans/${plan.id}/actions/${actionId}/progress`, { status: 'in_progress', version: signed.version });
    expect(started.statusCode, started.body).toBe(200);
    const done = await provider.put(`/api/plans/${plan.id}/actions/${actionId}/progress`, { status: 'done', result: 'Certificate obtained', version: started.json().version });
    expect(done.json().current.content.actions[0]).toMatchObject({ status: 'done', result: 'Certificate obtained', statusChangedBy: { id: provider.userId } });
    const history = (await lead.get(`/api/plans/${plan.id}/actions/${actionId}/progress`)).json();
    expect(history.map((h: { status: string }) => h.status)).toEqual(['in_progress', 'done']);
    const booking = await ctx.db.selectFrom('service_booking').select(['status', 'release_reason']).where('source_id', '=', actionId).executeTakeFirstOrThrow();
    expect(booking).toEqual({ status: 'released', release_reason: 'completed' });
    // Another partner's worker may not record progress on an action that is not theirs.
    const stranger = await staffOfNewAgency(ctx, ['case_manager']);
    expect((await stranger.put(`/api/plans/${plan.id}/actions/${actionId}/progress`, { status: 'cancelled', result: 'x', version: done.json().version })).statusCode).toBe(404);
  });
});
