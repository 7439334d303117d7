/**
 * Actions from another module's decision (a case conference): appended to the draft with
 * the plan's rules checked, or, when the version in force is signed, in a new review
 * version the client must sign again; the plan's version moves, so a stale save is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../server/errors';
import { createTestApp, type TestContext } from '../../test/test-app';
import { staffOfNewAgency, type Staff } from '../assessment/test-helpers';
import { assessedCase, inDays, signableContent, startPlan } from './test-helpers';

let ctx: TestContext;
let lead: Staff;
beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set('2026-03-02T09:00:00Z');
  lead = await staffOfNewAgency(ctx, ['case_manager']);
});
afterAll(() => ctx.close());

const by = () => ({ viewer: { userId: lead.userId, agencyId: lead.agencyId, roles: ['case_manager' as const] }, actor: { userId: lead.userId } });
const add = (caseId: string, over: Record<string, unknown> = {}) =>
  ctx.db.transaction().execute((trx) => ctx.services.plans.addActionsFromDecision(trx, {
    caseId, by: by(), note: 'Case conference decision', source: { type: 'conference', id: '00000000-0000-4000-8000-000000000001' },
    actions: [{ title: 'See the debt counsellor', ownerAgencyId: lead.agencyId, dueOn: inDays(ctx, 10), ...over }],
  }));
const fieldsOf = async (p: Promise<unknown>) => ((await p.then(() => null, (e: unknown) => e)) as AppError | null)?.details.fields?.map((f) => `${f.field}:${f.code}`);

describe('actions from a decision', () => {
  it('needs a plan, and a due date not in the past', async () => {
    const { caseId } = await assessedCase(ctx, lead);
    expect(await fieldsOf(add(caseId))).toEqual(['caseId:plan_missing']);
    await startPlan(lead, caseId);
    expect(await fieldsOf(add(caseId, { dueOn: '2026-01-01' }))).toEqual(['dueOn:date_in_past']);
  });

  it('appends to the draft (a stale save of the draft is then refused), then starts a new version once signed', async () => {
    const { caseId } = await assessedCase(ctx, lead);
    const plan = await startPlan(lead, caseId);
    const first = await add(caseId);
    expect(first).toMatchObject({ planId: plan.id, number: 1, newVersion: false });
    const stale = await lead.put(`/api/plans/${plan.id}/draft`, { content: signableContent(ctx), version: plan.version });
    expect(stale.statusCode).toBe(409);
    let view = (await lead.get(`/api/cases/${caseId}/plan`)).json();
    expect(view.current.content.actions).toMatchObject([{ id: first.actionIds[0], title: 'See the debt counsellor', owner: { party: 'case_manager' } }]);

    const content = signableContent(ctx);
    view = (await lead.put(`/api/plans/${plan.id}/draft`, { content: { ...content, actions: [...content.actions, { ...view.current.content.actions[0], service: undefined }] }, version: view.version })).json();
    const signed = await lead.post(`/api/plans/${plan.id}/sign`, { method: 'paper', signedName: 'Aram Petrosyan', version: view.version });
    expect(signed.statusCode, signed.body).toBe(200);

    const second = await add(caseId, { title: 'Joint meeting with the welfare centre' });
    expect(second).toMatchObject({ number: 2, newVersion: true });
    view = (await lead.get(`/api/cases/${caseId}/plan`)).json();
    expect(view).toMatchObject({ inForce: 1, current: { number: 2, status: 'draft', reviewNote: 'Case conference decision' } });
    expect(view.current.content.actions.map((a: { title: string }) => a.title)).toEqual(['Apply for bookkeeping jobs', 'See the debt counsellor', 'Joint meeting with the welfare centre']);
    const events = await ctx.db.selectFrom('case_event').select('event_type').where('case_id', '=', caseId).where('event_type', '=', 'plan.decision_added').execute();
    expect(events).toHaveLength(2);
  });
});
