/** Conducting an assessment through the API: start, autosave with versions, resume, validation, finalising, the self-assessment. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { caseWithFacts, READY_ANSWERS, save, start, staffAt, staffOfNewAgency, type Staff } from './test-helpers';

let ctx: TestContext;
let lead: Staff;
let colleague: Staff;
let outsider: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set('2026-03-02T09:00:00Z');
  lead = await staffOfNewAgency(ctx, ['case_manager']);
  colleague = await staffAt(ctx, lead.agencyId, ['case_manager']);
  outsider = await staffOfNewAgency(ctx, ['case_manager']);
});
afterAll(() => ctx.close());

describe('starting', () => {
  it('starts on the current instrument, records it on the case timeline, and refuses a second one in progress', async () => {
    const { caseId } = await caseWithFacts(ctx, lead);
    const view = await start(lead, caseId);
    expect(view).toMatchObject({ caseId, status: 'in_progress', instrument: { number: 1 }, finalSegment: null, version: 1, barriers: [] });
    expect(view.parts.interview).toMatchObject({ answers: {}, editable: true, version: 1 });
    // No health consent: the health and legal sections are not even listed.
    expect(view.sections.map((s: { id: string }) => s.id)).not.toContain('health_disability');
    expect(view.parts.specialist).toBeNull();
    const again = await colleague.post(`/api/cases/${caseId}/assessments`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ reason: 'assessment_in_progress', assessmentId: view.id });
    const timeline = await lead.get(`/api/cases/${caseId}/timeline`);
    expect(timeline.json().items.map((e: { type: string }) => e.type)).toContain('assessment.started');
  });

  it('is invisible to another agency: 404 as if it did not exist', async () => {
    const { caseId } = await caseWithFacts(ctx, lead);
    const view = await start(lead, caseId);
    expect((await outsider.get(`/api/assessments/${view.id}`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/cases/${caseId}/assessments`)).statusCode).toBe(404);
  });
});

describe('autosave', () => {
  it('merges partial answers, is resumable, and answers a stale version with 409', async () => {
    const { caseId } = await caseWithFacts(ctx, lead);
    const view = await start(lead, caseId);
    const first = await save(lead, view.id, 'interview', { emp_last_worked: 'never', emp_last_occupation: '  Welder  ' }, 1);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().parts.interview).toMatchObject({ version: 2, answers: { emp_last_worked: 'never', emp_last_occupation: 'Welder' } });
    // A colleague still holding version 1 does not overwrite silently.
    const stale = await save(colleague, view.id, 'interview', { emp_last_worked: 'under_6_months' }, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const second = await save(colleague, view.id, 'interview', { sk_digital: 'basic', emp_last_occupation: null }, 2);
    expect(second.json().parts.interview.answers).toEqual({ emp_last_worked: 'never', sk_digital: 'basic' });
    // Resuming later shows exactly what was saved.
    const resumed = await lead.get(`/api/assessments/${view.id}`);
    expect(resumed.json().parts.interview).toMatchObject({ version: 3, answers: { emp_last_worked: 'never', sk_digital: 'basic' }, updatedBy: { id: colleague.userId } });
    expect(resumed.json().progress).toEqual({ required: 19, answered: 2 });
  });

  it('keeps free-text answers encrypted at rest', async () => {
    const { caseId } = await caseWithFacts(ctx, lead);
    const view = await start(lead, caseId);
    await save(lead, view.id, 'interview', { emp_last_occupation: 'Night guard at the cannery' }, 1);
    const row = await ctx.db.selectFrom('assessment_answer_set').select('answers').where('assessment_id', '=', view.id).where('part', '=', 'interview').executeTakeFirstOrThrow();
    expect(JSON.stringify(row.answers)).not.toContain('cannery');
  });

  it('rejects answers that do not fit their questions, each at answers.<questionId>', async () => {
    const { caseId } = await caseWithFacts(ctx, lead);
    const view = await start(lead, caseId);
    const res = await save(lead, view.id, 'interview', {
      emp_last_worked: 'yesterday', emp_years_experience: 99, sk_qualification: 'yes', lg_other: ['russian', 'klingon'], no_such: 1,
    }, 1);
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { field: string; code: string }) => [f.field, f.code])).toEqual([
      ['answers.emp_last_worked', 'invalid_value'],
      ['answers.emp_years_experience', 'too_big_number'],
      ['answers.sk_qualification', 'invalid_type'],
      ['answers.lg_other', 'invalid_value'],
      ['answers.no_such', 'unknown_question'],
    ]);
    // Nothing of a rejected save is kept.
    expect((await lead.get(`/api/assessments/${view.id}`)).json().parts.interview.version).toBe(1);
  });
});

describe('finalising', () => {
  it('refuses an incomplete assessment with one translated error per missing required answer', async () => {
    const { caseId } = await caseWithFacts(ctx, lead);
    const view = await start(lead, caseId);
    const { sk_education: _omitEducation, mb_transport: _omitTransport, ...partial } = READY_ANSWERS;
    expect((await save(lead, view.id, 'interview', partial, 1)).statusCode).toBe(200);
    lead.language = 'ru';
    const res = await lead.post(`/api/assessments/${view.id}/finalise`, { version: view.version });
    lead.language = 'en';
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([
      expect.objectContaining({ field: 'answers.sk_education', code: 'answer_required', message: 'Ответьте на вопрос: Какой у вас самый высокий законченный уровень образования?' }),
      expect.objectContaining({ field: 'answers.mb_transport', code: 'answer_required', message: expect.stringMatching(/^Ответьте на вопрос: Есть ли общественный/) }),
    ]);
    // Still in progress and still editable.
    const after = await lead.get(`/api/assessments/${view.id}`);
    expect(after.json()).toMatchObject({ status: 'in_progress', parts: { interview: { editable: true } } });
  });

  it('finalises a complete assessment, which is then frozen', async () => {
    const { caseId } = await caseWithFacts(ctx, lead, { unemployedSince: '2026-01-15' });
    const view = await start(lead, caseId);
    await save(lead, view.id, 'interview', READY_ANSWERS, 1);
    const stale = await lead.post(`/api/assessments/${view.id}/finalise`, { version: 7 });
    expect(stale.statusCode).toBe(409);
    const res = await lead.post(`/api/assessments/${view.id}/finalise`, { version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'finalised', finalisedBy: { id: lead.userId }, version: 2, barriers: [], finalSegment: 'self_service' });
    expect(res.json().parts.interview.editable).toBe(false);
    const late = await save(lead, view.id, 'interview', { sk_digital: 'none' }, 2);
    expect(late.statusCode).toBe(400);
    expect(late.json().fields).toEqual([expect.objectContaining({ field: 'status', code: 'assessment_finalised' })]);
  });
});

describe('self-assessment', () => {
  it('is kept apart from the interview and compared with it, differences marked', async () => {
    const { caseId } = await caseWithFacts(ctx, lead);
    const view = await start(lead, caseId);
    // The client's own view, entered with staff assistance before the interview.
    const self = await save(lead, view.id, 'self', { mot_confidence: 'confident', sk_digital: 'good', lg_other: ['russian', 'english'] }, 1);
    expect(self.statusCode, self.body).toBe(200);
    expect(self.json().parts.self).toMatchObject({ channel: 'staff_assisted', version: 2 });
    // The interview questions for the counsellor only are not part of it.
    const counsellorOnly = await save(lead, view.id, 'self', { mot_readiness: 'ready' }, 2);
    expect(counsellorOnly.json().fields).toEqual([expect.objectContaining({ field: 'answers.mot_readiness', code: 'question_not_in_part' })]);
    // The interview saves on its own version: no conflict with the self-assessment.
    await save(lead, view.id, 'interview', { mot_confidence: 'not_confident', sk_digital: 'good', lg_other: ['english', 'russian'] }, 1);
    lead.language = 'hy';
    const res = await lead.get(`/api/assessments/${view.id}/comparison`);
    lead.language = 'en';
    expect(res.statusCode).toBe(200);
    const byId = Object.fromEntries(res.json().items.map((i: { questionId: string }) => [i.questionId, i]));
    expect(byId.mot_confidence).toMatchObject({ self: 'confident', interview: 'not_confident', differs: true, selfText: 'Վստահ եմ', interviewText: 'Բոլորովին վստահ չեմ' });
    expect(byId.sk_digital).toMatchObject({ differs: false });
    expect(byId.lg_other).toMatchObject({ differs: false });
    expect(byId.emp_last_worked).toMatchObject({ self: null, interview: null, differs: false });
    expect(res.json().differences).toBe(1);
    const audit = await ctx.db.selectFrom('audit_event').select('action').where('subject_id', '=', view.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['assessment.create', 'assessment.answers.save', 'assessment.comparison.read']));
  });
});
