/**
 * What of a plan a counsellor may not see stays hidden and intact when the plan is changed,
 * and out of what it prints: a barrier of a hidden category is as unknown as one that does
 * not exist and stays on the actions working on it; accepting a suggestion keeps actions
 * the counsellor may not see; a partner without the client's identity and contact data gets
 * neither the signed name nor the client's language. (What each kind of viewer is shown is
 * checked by the access matrix, src/modules/access/access-matrix.plans.ts.)
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text';
import { createTestApp, type TestContext } from '../../test/test-app';
import { staffOfNewAgency, type Staff } from '../assessment/test-helpers';
import { consentBody } from '../cases/test-fixtures';
import type { PlanContent } from './schema-content';
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
  (res.json().fields ?? []).map((f) => `${f.field}:${f.code}:${f.message}`);

const storedDraft = async (planId: string) =>
  (await ctx.db.selectFrom('action_plan_version').select(['id', 'content']).where('plan_id', '=', planId).where('status', '=', 'draft').executeTakeFirstOrThrow()) as {
    id: string;
    content: PlanContent;
  };

/** Changes the stored draft as someone allowed to see more (another counsellor, consent since withdrawn) left it. */
async function plant(planId: string, change: (content: PlanContent) => PlanContent) {
  const row = await storedDraft(planId);
  await ctx.db.updateTable('action_plan_version').set({ content: JSON.stringify(change(row.content)) }).where('id', '=', row.id).execute();
}

/** A health barrier in the assessment the plan was built on: the lead agency has no consent for health data. */
const HEALTH_BARRIER = { code: 'health_limitation', severity: 'high', category: 'health' as const, label: { en: 'Health limits work', ru: 'Здоровье', hy: 'Առողջություն' } };

describe('a barrier of a hidden category', () => {
  it('is refused like one that does not exist, and stays on the action that works on it', async () => {
    const { caseId } = await assessedCase(ctx, lead);
    let plan = await startPlan(lead, caseId);
    await plant(plan.id, (c) => ({ ...c, assessment: c.assessment && { ...c.assessment, barriers: [...c.assessment.barriers, HEALTH_BARRIER] } }));
    const addressing = (code: string) => signableContent(ctx, {
      actions: [{ kind: 'training', title: 'Digital skills', owner: { party: 'client' }, dueOn: inDays(ctx, 20), addressesBarriers: ['low_digital_skills', code] }],
    });
    const hidden = await lead.put(`/api/plans/${plan.id}/draft`, { content: addressing('health_limitation'), version: plan.version });
    const unknown = await lead.put(`/api/plans/${plan.id}/draft`, { content: addressing('no_such_barrier'), version: plan.version });
    expect(hidden.statusCode).toBe(400);
    expect(fields(hidden)).toEqual(fields(unknown));
    expect(fields(hidden)).toEqual([expect.stringMatching(/^actions\.0\.addressesBarriers\.1:plan_barrier_unknown:/)]);

    plan = (await lead.put(`/api/plans/${plan.id}/draft`, { content: signableContent(ctx, { actions: [] }), version: plan.version })).json();
    const actionId = randomUUID();
    await plant(plan.id, (c) => ({
      ...c,
      actions: [{
        id: actionId, kind: 'training', title: 'Digital skills', owner: { party: 'client', agencyId: null }, serviceId: null, dueOn: inDays(ctx, 20), target: null,
        addressesBarriers: ['low_digital_skills', 'health_limitation'], category: 'employment', suggestionId: null,
      }],
    }));
    const shown = (await lead.get(`/api/cases/${caseId}/plan`)).json();
    expect(shown.current.content.actions[0].addressesBarriers).toEqual(['low_digital_skills']);
    expect(shown.quality.barriers.map((b: { code: string }) => b.code)).not.toContain('health_limitation');
    const { status: _s, result: _r, statusChangedAt: _a, statusChangedBy: _b, overdue: _o, service: _v, ...action } = shown.current.content.actions[0];
    const saved = await lead.put(`/api/plans/${plan.id}/draft`, {
      content: signableContent(ctx, { actions: [{ ...action, owner: { party: 'client' }, title: 'Digital skills, evening course' }] }), version: shown.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await storedDraft(plan.id)).content.actions).toEqual([
      expect.objectContaining({ id: actionId, title: 'Digital skills, evening course', addressesBarriers: ['low_digital_skills', 'health_limitation'] }),
    ]);
  });
});

describe('accepting a suggestion', () => {
  it('works on a draft holding an action the counsellor may not see, and keeps it', async () => {
    const { caseId } = await assessedCase(ctx, lead);
    const services = await catalogue(coordinator, 3);
    const plan = await startPlan(lead, caseId);
    const hiddenId = randomUUID();
    await plant(plan.id, (c) => ({
      ...c,
      actions: [{
        id: hiddenId, kind: 'treatment_or_social_service', title: 'Outpatient programme', owner: { party: 'client', agencyId: null }, serviceId: null,
        dueOn: inDays(ctx, 10), target: null, addressesBarriers: [], category: 'addiction', suggestionId: null,
      }],
    }));
    const list = (await lead.get(`/api/plans/${plan.id}/suggestions`)).json();
    const childcare = list.find((s: { service: { id: string } }) => s.service.id === services.childcare.id);
    const accepted = await lead.post(`/api/plans/${plan.id}/suggestions/${childcare.id}/accept`, { version: plan.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().current.content.actions.map((a: { category: string }) => a.category)).toEqual(['employment']);
    expect((await storedDraft(plan.id)).content.actions.map((a) => a.id)).toContain(hiddenId);

    const digital = list.find((s: { service: { id: string } }) => s.service.id === services.digital.id);
    expect((await lead.post(`/api/plans/${plan.id}/suggestions/${digital.id}/ignore`, { version: digital.version })).statusCode).toBe(204);
    const ignored = await ctx.db.selectFrom('audit_event').select('details').where('subject_id', '=', plan.id).where('action', '=', 'plan.suggestion.ignore').executeTakeFirstOrThrow();
    expect(ignored.details).toMatchObject({ categories: ['employment'] });
  });
});

describe('a partner that may see the plan but not who the client is', () => {
  it('gets neither the signed name nor the language the client prefers', async () => {
    const { person, caseId } = await assessedCase(ctx, lead);
    await ctx.db.updateTable('person').set({ preferred_language: 'ru' }).where('id', '=', person.id).execute();
    const partner = await staffOfNewAgency(ctx, ['case_manager']);
    expect((await lead.post(`/api/cases/${caseId}/partners`, { agencyId: partner.agencyId })).statusCode).toBe(201);
    expect((await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId, { dataCategories: ['employment'] }))).statusCode).toBe(201);
    let plan = await startPlan(lead, caseId);
    plan = (await lead.put(`/api/plans/${plan.id}/draft`, { content: signableContent(ctx), version: plan.version })).json();
    plan = (await lead.post(`/api/plans/${plan.id}/sign`, { method: 'on_screen', signedName: 'Aram Petrosyan', version: plan.version })).json();

    expect((await lead.get(`/api/plans/${plan.id}/versions/1`)).json().signature.signedName).toBe('Aram Petrosyan');
    expect((await lead.get(`/api/plans/${plan.id}/versions/1/pdf`)).headers['content-disposition']).toContain('plan-v1-ru.pdf');

    const version = await partner.get(`/api/plans/${plan.id}/versions/1`);
    expect(version.statusCode, version.body).toBe(200);
    expect(version.json().signature).toMatchObject({ method: 'on_screen', signedName: '' });
    const pdf = await partner.get(`/api/plans/${plan.id}/versions/1/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-disposition']).toContain('plan-v1-hy.pdf');
    expect(await pdfText(pdf.rawPayload)).not.toMatch(/Aram|Petrosyan/);
    const audited = await ctx.db.selectFrom('audit_event').select('details').where('subject_id', '=', plan.id).where('action', '=', 'plan.pdf')
      .where('actor_user_id', '=', partner.userId).executeTakeFirstOrThrow();
    expect(audited.details).toMatchObject({ categories: ['employment'] });
  });
});
