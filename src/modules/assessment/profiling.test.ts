/** Barriers and the rules-based segment with reasons on finalising; the counsellor's final segment; overrides counted. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { caseWithFacts, complete, READY_ANSWERS, signIn, start, staffAt, staffOfNewAgency, type Staff } from './test-helpers';

let ctx: TestContext;
let lead: Staff;
let colleague: Staff;
let supervisor: Staff;
let analyst: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set('2026-03-02T09:00:00Z');
  lead = await staffOfNewAgency(ctx, ['case_manager']);
  colleague = await staffAt(ctx, lead.agencyId, ['case_manager']);
  supervisor = await staffAt(ctx, lead.agencyId, ['supervisor']);
  analyst = await staffOfNewAgency(ctx, ['analyst']);
});
afterAll(() => ctx.close());

describe('rules-based segment', () => {
  it('computes barriers, scores and the segment with the reasons and the client\'s values', async () => {
    const { caseId } = await caseWithFacts(ctx, lead, { unemployedSince: '2024-12-01' });
    const answers = { ...READY_ANSWERS, cc_young_children: 2, cc_childcare: 'not_arranged', sk_digital: 'basic' };
    const view = await start(lead, caseId);
    await lead.put(`/api/assessments/${view.id}/answers/interview`, { answers, version: 1 });
    lead.language = 'ru';
    const res = await lead.post(`/api/assessments/${view.id}/finalise`, { version: 1 });
    lead.language = 'en';
    expect(res.statusCode, res.body).toBe(200);
    const done = res.json();
    expect(done.barriers).toEqual([
      { code: 'no_childcare', label: 'Не организован уход за детьми', severity: 'high', sectionId: 'childcare_care', category: 'identity', questionIds: ['cc_childcare'] },
      expect.objectContaining({ code: 'low_digital_skills', severity: 'low', category: 'education' }),
    ]);
    expect(done.scores).toContainEqual({ sectionId: 'childcare_care', score: 4, max: 6 });
    expect(done.profiling.rules).toMatchObject({
      segment: 'intensive', ruleSet: { number: 1 }, ruleId: 'long_term_unemployed_with_barrier',
      reason: 'Безработный 12 месяцев и более, есть хотя бы один барьер',
      conditions: [
        { fact: 'unemployment_months', op: 'gte', value: 12, actual: 15 },
        { fact: 'barrier_count', minSeverity: 'medium', op: 'gte', value: 1, actual: 1 },
      ],
    });
    expect(done).toMatchObject({ finalSegment: 'intensive', reassessmentDueOn: '2026-09-02', profiling: { counsellor: null } });
    const stored = await ctx.db.selectFrom('assessment_barrier').select(['barrier', 'severity']).where('assessment_id', '=', view.id).orderBy('barrier').execute();
    expect(stored).toEqual([{ barrier: 'low_digital_skills', severity: 'low' }, { barrier: 'no_childcare', severity: 'high' }]);
  });

  it('puts a young person unemployed four months into intensive support, by age', async () => {
    const { caseId } = await caseWithFacts(ctx, lead, { birthDate: '2003-05-01', unemployedSince: '2025-10-01' });
    const done = await complete(lead, caseId);
    expect(done.profiling.rules).toMatchObject({
      segment: 'intensive', ruleId: 'young_unemployed',
      conditions: [{ fact: 'age', op: 'lt', value: 25, actual: 22 }, { fact: 'unemployment_months', op: 'gte', value: 4, actual: 5 }],
    });
  });

  it('falls back to the default segment, saying so', async () => {
    const { caseId } = await caseWithFacts(ctx, lead, { unemployedSince: '2025-06-20' });
    const done = await complete(lead, caseId);
    expect(done.profiling.rules).toMatchObject({ segment: 'standard', ruleId: null, conditions: [], reason: expect.stringMatching(/standard support/) });
    expect(done.reassessmentDueOn).toBe('2027-03-02');
  });
});

describe("the counsellor's judgement", () => {
  it('requires a reason to override the rules, keeps it encrypted, and reschedules by the final segment', async () => {
    const { caseId } = await caseWithFacts(ctx, lead, { unemployedSince: '2024-12-01' });
    const early = await start(lead, caseId);
    const notYet = await lead.put(`/api/assessments/${early.id}/segment`, { segment: 'intensive', version: 1 });
    expect(notYet.json().fields).toEqual([expect.objectContaining({ field: 'status', code: 'assessment_not_finalised' })]);
    await lead.put(`/api/assessments/${early.id}/answers/interview`, { answers: { ...READY_ANSWERS, cc_childcare: 'not_arranged' }, version: 1 });
    const done = (await lead.post(`/api/assessments/${early.id}/finalise`, { version: 1 })).json();
    expect(done.finalSegment).toBe('intensive');

    const noReason = await lead.put(`/api/assessments/${done.id}/segment`, { segment: 'standard', reason: '  ', version: done.version });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields).toEqual([expect.objectContaining({ field: 'reason', code: 'override_reason_required', message: expect.stringMatching(/reason/) })]);

    const reason = 'Grandmother will look after the children from next month';
    const overridden = await lead.put(`/api/assessments/${done.id}/segment`, { segment: 'standard', reason, version: done.version });
    expect(overridden.statusCode, overridden.body).toBe(200);
    expect(overridden.json()).toMatchObject({
      finalSegment: 'standard', reassessmentDueOn: '2027-03-02', version: done.version + 1,
      profiling: { rules: { segment: 'intensive' }, counsellor: { segment: 'standard', overridesRules: true, reason, decidedBy: { id: lead.userId } } },
    });
    const sealed = await ctx.db.selectFrom('profiling_result').select('override_reason_encrypted').where('assessment_id', '=', done.id).where('kind', '=', 'counsellor').executeTakeFirstOrThrow();
    expect(sealed.override_reason_encrypted).not.toContain('Grandmother');
    const stale = await colleague.put(`/api/assessments/${done.id}/segment`, { segment: 'intensive', version: done.version });
    expect(stale.statusCode).toBe(409);
    // Agreeing with the rules needs no reason.
    const agreed = await colleague.put(`/api/assessments/${done.id}/segment`, { segment: 'intensive', version: done.version + 1 });
    expect(agreed.json()).toMatchObject({ finalSegment: 'intensive', reassessmentDueOn: '2026-09-02', profiling: { counsellor: { overridesRules: false, reason: null } } });
    const row = await ctx.db.selectFrom('profiling_result').selectAll().where('assessment_id', '=', done.id).where('kind', '=', 'counsellor').executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
    const audit = await ctx.db.selectFrom('audit_event').select('details').where('subject_id', '=', done.id).where('action', '=', 'assessment.segment_decide').execute();
    expect(JSON.stringify(audit)).not.toContain('Grandmother');
  });

  it('counts overrides per counsellor and per subgroup, suppressing subgroups too small to stay anonymous', async () => {
    // A day of its own, so the report can be filtered to this test's decisions.
    ctx.clock.set('2026-03-03T09:00:00Z');
    const me = await signIn(ctx, lead);
    const other = await signIn(ctx, colleague);
    const boss = await signIn(ctx, supervisor);
    const decide = async (by: Staff, sex: string, segment: string, reason?: string) => {
      const { caseId } = await caseWithFacts(ctx, me, { sex, unemployedSince: '2025-06-20' }); // rules: standard
      const done = await complete(me, caseId);
      const res = await by.put(`/api/assessments/${done.id}/segment`, { segment, reason, version: done.version });
      expect(res.statusCode, res.body).toBe(200);
    };
    await decide(me, 'female', 'intensive', 'Recently widowed, needs closer support');
    for (let i = 0; i < 4; i++) await decide(me, 'female', 'standard');
    await decide(other, 'male', 'self_service', 'Has a job offer from next month');
    for (let i = 0; i < 4; i++) await decide(other, 'male', 'standard');

    const report = async (query: string) => {
      const res = await boss.get(`/api/profiling/override-stats?from=2026-03-03&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const stats = await report('minCellSize=5');
    expect(stats).toMatchObject({ decisions: 10, overrides: 2, overrideRate: 0.2, minCellSize: 5 });
    const of = (id: string) => stats.byCounsellor.find((c: { counsellor: { id: string } }) => c.counsellor.id === id);
    expect(of(other.userId)).toMatchObject({ decisions: 5, overrides: 1, overrideRate: 0.2 });
    const group = (s: typeof stats, dimension: string, name: string) =>
      s.bySubgroup.find((g: { dimension: string; group: string }) => g.dimension === dimension && g.group === name);
    expect(group(stats, 'sex', 'female')).toEqual({ dimension: 'sex', group: 'female', suppressed: false, decisions: 5, overrides: 1, overrideRate: 0.2 });
    expect(group(stats, 'rules_segment', 'standard')).toMatchObject({ decisions: 10, overrides: 2 });

    // Five is below the default cell size of ten: each sex is hidden, and so no figure of either can be read.
    const strict = await report('');
    expect(strict.minCellSize).toBe(10);
    expect(group(strict, 'sex', 'female')).toEqual({ dimension: 'sex', group: 'female', suppressed: true, decisions: null, overrides: null, overrideRate: null });
    expect(group(strict, 'sex', 'male')).toMatchObject({ suppressed: true, decisions: null });
    expect(group(strict, 'rules_segment', 'standard')).toMatchObject({ suppressed: false, decisions: 10 });
    expect((await boss.get('/api/profiling/override-stats?minCellSize=2')).statusCode).toBe(400);

    // Analysts compare agencies; a supervisor sees only their own.
    const across = await (await signIn(ctx, analyst)).get(`/api/profiling/override-stats?from=2026-03-03&agencyId=${lead.agencyId}`);
    expect(across.json()).toMatchObject({ decisions: 10, overrides: 2 });
    expect((await boss.get(`/api/profiling/override-stats?agencyId=${analyst.agencyId}`)).statusCode).toBe(403);
    expect((await me.get('/api/profiling/override-stats')).statusCode).toBe(403);
  });
});
