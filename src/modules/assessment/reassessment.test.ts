/** Re-assessment schedule: due dates by segment, and the worklist of due and overdue re-assessments as the clock moves. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { caseWithFacts, complete, READY_ANSWERS, signIn, staffAt, staffOfNewAgency, type Staff } from './test-helpers';

let ctx: TestContext;
let lead: Staff;
let colleague: Staff;
let supervisor: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set('2026-03-02T09:00:00Z');
  lead = await staffOfNewAgency(ctx, ['case_manager']);
  colleague = await staffAt(ctx, lead.agencyId, ['case_manager']);
  supervisor = await staffAt(ctx, lead.agencyId, ['supervisor']);
});
afterAll(() => ctx.close());

const INTENSIVE = { ...READY_ANSWERS, cc_childcare: 'not_arranged' }; // with 12+ months unemployed
const due = async (who: Staff, query = '') => {
  const res = await who.get(`/api/assessments/reassessments-due${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
/** Moves the clock; sessions do not survive months, so everyone signs in again. */
async function moveTo(day: string) {
  ctx.clock.set(`${day}T09:00:00Z`);
  lead = await signIn(ctx, lead);
  colleague = await signIn(ctx, colleague);
  supervisor = await signIn(ctx, supervisor);
}

describe('re-assessment worklist', () => {
  it('lists intensive clients after six months and others after twelve, due then overdue', async () => {
    const intensive = await caseWithFacts(ctx, lead, { unemployedSince: '2024-12-01' });
    const standard = await caseWithFacts(ctx, lead, { unemployedSince: '2025-06-20' });
    const colleagues = await caseWithFacts(ctx, lead, { unemployedSince: '2024-12-01' });
    await lead.put(`/api/cases/${colleagues.caseId}/case-manager`, { caseManagerId: colleague.userId, version: 1 });
    const a = await complete(lead, intensive.caseId, INTENSIVE);
    const b = await complete(lead, standard.caseId);
    const c = await complete(colleague, colleagues.caseId, INTENSIVE);
    expect([a.reassessmentDueOn, b.reassessmentDueOn, c.reassessmentDueOn]).toEqual(['2026-09-02', '2027-03-02', '2026-09-02']);
    expect((await due(lead)).items).toEqual([]);

    await moveTo('2026-08-20');
    const soon = await due(lead);
    expect(soon.items).toEqual([
      expect.objectContaining({ caseId: intensive.caseId, assessmentId: a.id, segment: 'intensive', dueOn: '2026-09-02', status: 'due', daysUntilDue: 13, inProgressAssessmentId: null, person: expect.objectContaining({ name: expect.objectContaining({ given: 'Aram' }) }) }),
    ]);
    expect((await due(lead, '?withinDays=7')).items).toEqual([]);
    // The supervisor sees the whole agency; a case manager may not ask for it.
    expect((await due(supervisor, '?assignedTo=agency')).items.map((i: { caseId: string }) => i.caseId).sort()).toEqual([intensive.caseId, colleagues.caseId].sort());
    expect((await lead.get('/api/assessments/reassessments-due?assignedTo=agency')).statusCode).toBe(403);
    const audited = await ctx.db.selectFrom('audit_event').select('person_id').where('action', '=', 'assessment.reassessment.list').where('actor_user_id', '=', lead.userId).execute();
    expect(audited.map((r) => r.person_id)).toContain(intensive.person.id);

    await moveTo('2026-09-10');
    expect((await due(lead)).items).toEqual([expect.objectContaining({ assessmentId: a.id, status: 'overdue', daysUntilDue: -8 })]);
    // The worklist is also a service function for the case manager's combined worklist.
    const listed = await ctx.services.assessment.reassessmentsDue(
      { viewer: { userId: lead.userId, agencyId: lead.agencyId, roles: ['case_manager'] }, actor: { label: 'test' } },
      { assignedTo: 'me', withinDays: 0, limit: 10, offset: 0 },
    );
    expect(listed.items.map((i) => i.status)).toEqual(['overdue']);

    // Starting the re-assessment shows on the list; finalising it takes the case off.
    const again = (await lead.post(`/api/cases/${intensive.caseId}/assessments`)).json();
    expect((await due(lead)).items[0]).toMatchObject({ assessmentId: a.id, inProgressAssessmentId: again.id });
    await lead.put(`/api/assessments/${again.id}/answers/interview`, { answers: INTENSIVE, version: 1 });
    const redone = (await lead.post(`/api/assessments/${again.id}/finalise`, { version: 1 })).json();
    expect(redone.reassessmentDueOn).toBe('2027-03-10');
    expect((await due(lead)).items).toEqual([]);

    // A closed case needs no re-assessment.
    const closed = await supervisor.put(`/api/cases/${colleagues.caseId}/status`, { status: 'closed', reason: 'Found work', version: 2 });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await due(supervisor, '?assignedTo=agency')).items).toEqual([]);

    await moveTo('2027-03-01');
    expect((await due(lead)).items.map((i: { assessmentId: string; status: string }) => [i.assessmentId, i.status])).toEqual([
      [b.id, 'due'], [redone.id, 'due'],
    ]);
  });
});
