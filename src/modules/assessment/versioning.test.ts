/** Instruments and segmentation rules as versioned data: drafts, publishing, and old assessments keeping their version. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { caseWithFacts, complete, READY_ANSWERS, staffOfNewAgency, type Staff } from './test-helpers';

let ctx: TestContext;
let admin: Awaited<ReturnType<TestContext['signedIn']>>;
let lead: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set('2026-03-02T09:00:00Z');
  admin = await ctx.signedIn(['administrator']);
  lead = await staffOfNewAgency(ctx, ['case_manager']);
});
afterAll(() => ctx.close());

describe('instrument versions', () => {
  it('ships version 1 with every domain in three languages', async () => {
    const res = await lead.get('/api/assessment-instruments/current');
    expect(res.statusCode).toBe(200);
    const { number, status, definition } = res.json();
    expect({ number, status }).toEqual({ number: 1, status: 'published' });
    expect(definition.sections.map((s: { id: string; category: string }) => `${s.id}:${s.category}`)).toEqual([
      'employment_history:employment', 'skills_qualifications:education', 'soft_skills_motivation:employment', 'health_disability:health',
      'housing:financial', 'debt:financial', 'childcare_care:identity', 'language:education', 'mobility_transport:employment',
      'social_network:identity', 'legal_issues:criminal_record', 'psychological:health',
    ]);
    expect(definition.sections[3].questions[0].text.hy).toMatch(/[\u0531-\u058F]{4}/);
    expect(definition.sections[3].questions[0].text.ru).toMatch(/[\u0400-\u04FF]{4}/);
  });

  it('publishes a new version; old assessments keep and still render theirs', async () => {
    const { caseId } = await caseWithFacts(ctx, lead, { unemployedSince: '2026-01-10' });
    const old = await complete(lead, caseId);
    const v1 = (await admin.get('/api/assessment-instruments/current')).json();

    // Version 2 drops the digital-skills question and adds one about a bank account.
    const definition = structuredClone(v1.definition);
    const skills = definition.sections.find((s: { id: string }) => s.id === 'skills_qualifications');
    skills.questions = skills.questions.filter((q: { id: string }) => q.id !== 'sk_digital');
    definition.sections.find((s: { id: string }) => s.id === 'debt').questions.push({
      id: 'db_bank_account', type: 'yes_no', required: true, text: { en: 'Do you have a bank account?', ru: 'Есть ли у вас банковский счёт?', hy: 'Ունե՞ք բանկային հաշիվ։' },
    });
    expect((await lead.post('/api/assessment-instruments', { definition })).statusCode).toBe(403);
    const draft = await admin.post('/api/assessment-instruments', { definition });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ number: 2, status: 'draft', version: 1 });
    const edited = await admin.put(`/api/assessment-instruments/${draft.json().id}`, { definition, version: 1 });
    expect(edited.json().version).toBe(2);
    expect((await admin.put(`/api/assessment-instruments/${draft.json().id}`, { definition, version: 1 })).statusCode).toBe(409);
    const published = await admin.post(`/api/assessment-instruments/${draft.json().id}/publish`, { version: 2 });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ number: 2, status: 'published', publishedBy: admin.userId });
    // A published (or retired) version never changes again.
    const frozen = await admin.put(`/api/assessment-instruments/${v1.id}`, { definition, version: v1.version });
    expect(frozen.json().fields).toEqual([expect.objectContaining({ field: 'status', code: 'definition_not_draft' })]);
    const list = (await lead.get('/api/assessment-instruments')).json();
    expect(list.map((d: { number: number; status: string }) => `${d.number}:${d.status}`)).toEqual(['2:published', '1:retired']);

    // The old assessment still points at version 1, whose questions it was answered on.
    const again = (await lead.get(`/api/assessments/${old.id}`)).json();
    expect(again.instrument).toEqual({ id: v1.id, number: 1 });
    expect(again.parts.interview.answers.sk_digital).toBe('good');
    const oldInstrument = (await lead.get(`/api/assessment-instruments/${again.instrument.id}`)).json();
    expect(oldInstrument.definition.sections[1].questions.map((q: { id: string }) => q.id)).toContain('sk_digital');

    // A new assessment uses version 2 and its rules: the dropped question is unknown, the new one required.
    const next = await caseWithFacts(ctx, lead);
    const view = (await lead.post(`/api/cases/${next.caseId}/assessments`)).json();
    expect(view.instrument.number).toBe(2);
    const saved = await lead.put(`/api/assessments/${view.id}/answers/interview`, { answers: READY_ANSWERS, version: 1 });
    expect(saved.json().fields).toEqual([expect.objectContaining({ field: 'answers.sk_digital', code: 'unknown_question' })]);
    const { sk_digital: _dropped, ...answers } = READY_ANSWERS;
    await lead.put(`/api/assessments/${view.id}/answers/interview`, { answers, version: 1 });
    const refused = await lead.post(`/api/assessments/${view.id}/finalise`, { version: 1 });
    expect(refused.json().fields.map((f: { field: string }) => f.field)).toEqual(['answers.db_bank_account']);

    // Going back is publishing the old definition again, as version 3.
    const revert = (await admin.post('/api/assessment-instruments', { definition: v1.definition })).json();
    expect((await admin.post(`/api/assessment-instruments/${revert.id}/publish`, { version: 1 })).json()).toMatchObject({ number: 3, status: 'published' });
  });

  it('refuses an inconsistent definition with the path of each problem', async () => {
    const v = (await admin.get('/api/assessment-instruments/current')).json().definition;
    const broken = structuredClone(v);
    broken.sections[0].questions[1].id = broken.sections[0].questions[0].id;
    broken.sections[1].questions[0].barriers[0].when = { equals: true };
    broken.sections[2].questions[0].options = undefined;
    const res = await admin.post('/api/assessment-instruments', { definition: broken });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining([
      'definition.sections.0.questions.1.id', 'definition.sections.1.questions.0.barriers.0.when', 'definition.sections.2.questions.0.options',
    ]));
  });
});

describe('segmentation rule versions', () => {
  it('applies a newly published rule set to later finalisations only, and its re-assessment intervals', async () => {
    const { caseId } = await caseWithFacts(ctx, lead, { unemployedSince: '2025-06-20' });
    const before = await complete(lead, caseId);
    expect(before.profiling.rules).toMatchObject({ segment: 'standard', ruleSet: { number: 1 } });

    const current = (await admin.get('/api/segment-rules/current')).json();
    const definition = structuredClone(current.definition);
    definition.rules.unshift({
      id: 'over_six_months', segment: 'intensive', all: [{ fact: 'unemployment_months', op: 'gte', value: 6 }],
      label: { en: 'Unemployed six months or more', ru: 'Безработный шесть месяцев и более', hy: 'Գործազուրկ է վեց ամիս և ավելի' },
    });
    definition.reassessmentMonths.intensive = 3;
    const draft = (await admin.post('/api/segment-rules', { definition })).json();
    expect((await admin.post(`/api/segment-rules/${draft.id}/publish`, { version: draft.version })).statusCode).toBe(200);

    const other = await caseWithFacts(ctx, lead, { unemployedSince: '2025-06-20' });
    const after = await complete(lead, other.caseId);
    expect(after.profiling.rules).toMatchObject({ segment: 'intensive', ruleId: 'over_six_months', ruleSet: { number: 2 } });
    expect(after.reassessmentDueOn).toBe('2026-06-02');
    // The earlier result is not recomputed.
    expect((await lead.get(`/api/assessments/${before.id}`)).json().profiling.rules).toMatchObject({ segment: 'standard', ruleSet: { number: 1 } });
  });
});
