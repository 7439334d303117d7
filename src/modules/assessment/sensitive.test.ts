/**
 * Sensitive sections: health answers (and the specialist's psychological section) are
 * visible and editable only where consent covers health; hidden ones are not listed,
 * not counted, left out of barriers and reasons, and the audit trail records what was shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { consentBody } from '../cases/test-fixtures';
import { caseWithFacts, READY_ANSWERS, save, start, staffOfNewAgency, type Staff } from './test-helpers';

let ctx: TestContext;
let lead: Staff;
let psychologist: Staff; // specialist of a partner agency
let partnerWorker: Staff; // case manager of another partner, consented for employment only

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set('2026-03-02T09:00:00Z');
  lead = await staffOfNewAgency(ctx, ['case_manager']);
  psychologist = await staffOfNewAgency(ctx, ['specialist']);
  partnerWorker = await staffOfNewAgency(ctx, ['case_manager']);
});
afterAll(() => ctx.close());

const sectionIds = (view: { sections: { id: string }[] }) => view.sections.map((s) => s.id);
const lastRead = async (assessmentId: string, userId: string) =>
  (await ctx.db.selectFrom('audit_event').select('details').where('subject_id', '=', assessmentId).where('action', '=', 'assessment.read')
    .where('actor_user_id', '=', userId).orderBy('seq', 'desc').executeTakeFirstOrThrow()).details as { categories: string[] };

describe('health data in an assessment', () => {
  it('stays hidden until the client consents, then shows and is audited as shown', async () => {
    const { person, caseId } = await caseWithFacts(ctx, lead);
    const view = await start(lead, caseId);

    const before = (await lead.get(`/api/assessments/${view.id}`)).json();
    expect(sectionIds(before)).not.toEqual(expect.arrayContaining(['health_disability']));
    expect(sectionIds(before)).not.toContain('legal_issues');
    expect(before.progress.required).toBe(19);
    expect((await lastRead(view.id, lead.userId)).categories).not.toContain('health');
    expect((await save(lead, view.id, 'interview', { hl_limits_work: 'severely' }, 1)).statusCode).toBe(403);

    expect((await lead.post(`/api/people/${person.id}/consents`, consentBody(lead.agencyId, { dataCategories: ['health'] }))).statusCode).toBe(201);
    const after = (await lead.get(`/api/assessments/${view.id}`)).json();
    expect(sectionIds(after)).toEqual(expect.arrayContaining(['health_disability', 'psychological']));
    expect(after.progress.required).toBe(20);
    // The lead's case manager sees the specialist section but is not the specialist who fills it.
    expect(after.parts.specialist).toMatchObject({ editable: false, answers: {} });
    expect((await lastRead(view.id, lead.userId)).categories).toContain('health');
    expect((await save(lead, view.id, 'interview', { hl_limits_work: 'severely' }, 1)).statusCode).toBe(200);
  });

  it('lets a partner specialist add the specialist section only with consent for health, and hides it from others', async () => {
    const { person, caseId } = await caseWithFacts(ctx, lead);
    const view = await start(lead, caseId);
    for (const partner of [psychologist, partnerWorker]) {
      expect((await lead.post(`/api/cases/${caseId}/partners`, { agencyId: partner.agencyId })).statusCode).toBe(201);
      const consent = consentBody(partner.agencyId, { dataCategories: ['identity', 'employment'] });
      expect((await lead.post(`/api/people/${person.id}/consents`, consent)).statusCode).toBe(201);
    }
    expect((await save(psychologist, view.id, 'specialist', { ps_wellbeing: 'serious' }, 1)).statusCode).toBe(403);
    await lead.post(`/api/people/${person.id}/consents`, consentBody(psychologist.agencyId, { dataCategories: ['health'] }));
    await lead.post(`/api/people/${person.id}/consents`, consentBody(lead.agencyId, { dataCategories: ['health'] }));
    const specialist = await save(psychologist, view.id, 'specialist', { ps_wellbeing: 'serious', ps_notes: 'Needs trauma-informed support' }, 1);
    expect(specialist.statusCode, specialist.body).toBe(200);
    expect(specialist.json().parts.specialist.answers).toEqual({ ps_wellbeing: 'serious', ps_notes: 'Needs trauma-informed support' });
    // The interview is the lead agency's.
    expect((await save(psychologist, view.id, 'interview', { sk_digital: 'good' }, 1)).statusCode).toBe(403);

    // Two serious barriers, one of them in health: the rules say specialist support.
    await save(lead, view.id, 'interview', { ...READY_ANSWERS, hs_situation: 'homeless', hl_limits_work: 'no' }, 1);
    const done = await lead.post(`/api/assessments/${view.id}/finalise`, { version: 1 });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().barriers.map((b: { code: string }) => b.code).sort()).toEqual(['homelessness', 'psychological_difficulties']);
    expect(done.json().profiling.rules).toMatchObject({
      segment: 'specialist', ruleId: 'multiple_serious_barriers',
      conditions: [{ fact: 'barrier_count', minSeverity: 'high', op: 'gte', value: 2, actual: 2 }],
    });

    // A partner consented for employment only sees the segment but nothing built on health.
    const seen = (await partnerWorker.get(`/api/assessments/${view.id}`)).json();
    expect(seen.finalSegment).toBe('specialist');
    expect(seen.barriers).toEqual([]);
    expect(seen.profiling.rules).toMatchObject({ segment: 'specialist', ruleId: null, reason: null, conditions: [] });
    expect(seen.parts.specialist).toBeNull();
    expect(JSON.stringify(seen)).not.toMatch(/ps_|hl_|trauma/);
    expect((await lastRead(view.id, partnerWorker.userId)).categories).toEqual(['employment', 'identity']);
    // Free text of the specialist is encrypted at rest.
    const row = await ctx.db.selectFrom('assessment_answer_set').select('answers').where('assessment_id', '=', view.id).where('part', '=', 'specialist').executeTakeFirstOrThrow();
    expect(JSON.stringify(row.answers)).not.toContain('trauma');
  });
});
