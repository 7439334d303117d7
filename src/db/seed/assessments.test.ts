import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPart, answerProblem, openAnswers, questionIndex, type Answers } from '../../modules/assessment/answers';
import { addMonths, ageOn, dayOf, wholeMonthsBetween } from '../../modules/assessment/dates';
import { profilingInputs } from '../../modules/assessment/facts-repo';
import { barriersFrom, sectionScores } from '../../modules/assessment/scoring';
import { evaluateRules } from '../../modules/assessment/segment-rules';
import type { Question } from '../../modules/assessment/schema-instrument';
import { isSensitive, type DataCategory } from '../../modules/access/data-categories';
import { createTestApp, type TestClient, type TestContext } from '../../test/test-app';
import { createTestDatabase } from '../../test/test-database';
import { currentDefinitions, type Definitions } from './assessment-writer';
import { DEMO_PASSWORD, seedDemo } from './index';
import { SHOWCASE_LOGINS } from './showcase';

const NOW = new Date('2026-11-01T00:00:00Z');
const SEED = { clients: 200, seed: 7, now: NOW };

// The real app on the seeded database: the seeded assessments are read (and carried on) by the services.
let ctx: TestContext;
let defs: Definitions;
beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set(NOW);
  await seedDemo(ctx.db, { ...SEED, encryptor: ctx.services.encryptor });
  defs = await currentDefinitions(ctx.db);
}, 60_000);
afterAll(() => ctx.close());

async function signIn(email: string): Promise<TestClient> {
  const client = ctx.client();
  const res = await client.post('/api/auth/sign-in', { email, password: DEMO_PASSWORD });
  expect(res.statusCode).toBe(200);
  return client;
}

const groupBy = <T>(rows: T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

async function seeded() {
  const [assessments, sets, barriers, profiling, events] = await Promise.all([
    ctx.db.selectFrom('assessment').selectAll().orderBy('id').execute(),
    ctx.db.selectFrom('assessment_answer_set').selectAll().execute(),
    ctx.db.selectFrom('assessment_barrier').selectAll().execute(),
    ctx.db.selectFrom('profiling_result').selectAll().execute(),
    ctx.db.selectFrom('case_event').selectAll().where('event_type', 'like', 'assessment.%').execute(),
  ]);
  return {
    assessments,
    sets: groupBy(sets, (s) => s.assessment_id),
    barriers: groupBy(barriers, (b) => b.assessment_id),
    profiling: groupBy(profiling, (p) => p.assessment_id),
    events: groupBy(events, (e) => (e.details as { assessmentId: string }).assessmentId),
  };
}

describe('seeded assessments', () => {
  it('are conducted in most cases: finalised ones with a counsellor\'s decision, a few still in progress', async () => {
    const { assessments, profiling } = await seeded();
    const cases = await ctx.db.selectFrom('client_case').select('id').execute();
    const assessed = new Set(assessments.map((a) => a.case_id));
    expect(assessed.size / cases.length).toBeGreaterThan(0.6);
    const inProgress = assessments.filter((a) => a.status === 'in_progress');
    expect(inProgress.length).toBeGreaterThan(0);
    expect(inProgress.length).toBeLessThan(assessments.length / 10);
    // Re-assessments: some cases have several, one in progress at most.
    expect(assessments.length).toBeGreaterThan(assessed.size);
    expect(new Set(inProgress.map((a) => a.case_id)).size).toBe(inProgress.length);
    const counsellor = [...profiling.values()].flat().filter((p) => p.kind === 'counsellor');
    expect(counsellor.length / (assessments.length - inProgress.length)).toBeGreaterThan(0.9);
    const overrides = counsellor.filter((p) => p.overrides_rules);
    expect(overrides.length / counsellor.length).toBeGreaterThan(0.05);
    expect(overrides.length / counsellor.length).toBeLessThan(0.35);
    const segments = new Set([...profiling.values()].flat().filter((p) => p.kind === 'rules').map((p) => p.segment));
    expect(segments).toEqual(new Set(['self_service', 'standard', 'intensive', 'specialist']));
    // The statistical risk comes from a model trained after seeding: none is stored.
    expect([...profiling.values()].flat().some((p) => p.kind === 'statistical')).toBe(false);
  });

  it('hold exactly what finalising their answers gives: scores, barriers, the rules-based segment and reason, the re-assessment date', async () => {
    const { instrument, rules } = defs;
    const { assessments, sets, barriers, profiling } = await seeded();
    const open = (id: string, part: string) => openAnswers(instrument.definition, sets.get(id)!.find((s) => s.part === part)!.answers, ctx.services.encryptor);
    const finalised = assessments.filter((a) => a.status === 'finalised');
    expect(finalised.length).toBeGreaterThan(50);
    for (const a of finalised) {
      const staffAnswers: Answers = { ...open(a.id, 'interview'), ...open(a.id, 'specialist') };
      expect(a.scores).toEqual(sectionScores(instrument.definition, staffAnswers));
      const found = barriersFrom(instrument.definition, staffAnswers);
      const stored = (barriers.get(a.id) ?? []).map((b) => ({ code: b.barrier, severity: b.severity, sectionId: b.section_id, category: b.data_category, questionIds: b.question_ids }));
      const byCode = <T extends { code: string }>(list: T[]) => [...list].sort((x, y) => x.code.localeCompare(y.code));
      expect(byCode(stored)).toEqual(byCode(found));

      const day = dayOf(a.finalised_at!);
      const inputs = await profilingInputs(ctx.db, a.person_id, day);
      const outcome = evaluateRules(rules.definition, {
        age: ageOn(inputs.birthDate, day), unemploymentMonths: inputs.unemployedSince ? wholeMonthsBetween(inputs.unemployedSince, day) : 0,
        receivesBenefit: inputs.receivesBenefit, barriers: found,
      });
      const results = profiling.get(a.id)!;
      const ruled = results.find((p) => p.kind === 'rules')!;
      expect(ruled).toMatchObject({ segment: outcome.segment, rule_set_id: rules.id, decided_at: a.finalised_at });
      expect(ruled.reasons).toEqual([outcome.reason]);

      const decided = results.find((p) => p.kind === 'counsellor');
      expect(a.final_segment).toBe(decided?.segment ?? ruled.segment);
      expect(a.reassessment_due_on).toBe(addMonths(day, rules.definition.reassessmentMonths[a.final_segment as 'standard']));
      expect(a.version).toBe(decided ? 3 : 2);
      if (!decided) continue;
      expect(decided.overrides_rules).toBe(decided.segment !== ruled.segment);
      expect(decided.decided_at.getTime()).toBeGreaterThan(a.finalised_at!.getTime());
      if (decided.overrides_rules) expect(ctx.services.encryptor.decrypt(decided.override_reason_encrypted!)).toMatch(/^[A-Z].{30,}\.$/);
      else expect(decided.override_reason_encrypted).toBeNull();
    }
  }, 30_000);

  it('write the rows, versions and case timeline events the services write, inside the life of the case', async () => {
    const { instrument } = defs;
    const index = questionIndex(instrument.definition);
    const { assessments, sets, barriers, profiling, events } = await seeded();
    const cases = new Map((await ctx.db.selectFrom('client_case').selectAll().execute()).map((c) => [c.id, c]));
    const staff = new Map((await ctx.db.selectFrom('staff_user').selectAll().execute()).map((s) => [s.id, s]));
    for (const a of assessments) {
      const c = cases.get(a.case_id)!;
      expect(a.person_id).toBe(c.person_id);
      expect(a.instrument_id).toBe(instrument.id);
      expect(staff.get(a.started_by)!.agency_id).toBe(c.lead_agency_id);
      expect(a.started_at.getTime()).toBeGreaterThan(c.opened_at.getTime());
      expect(a.created_at).toEqual(a.started_at);
      const last = a.finalised_at ?? a.started_at;
      expect(last.getTime()).toBeLessThan(Math.min(NOW.getTime(), c.closed_at?.getTime() ?? Infinity));

      const parts = sets.get(a.id)!;
      expect(parts.map((s) => s.part).sort()).toEqual(['interview', 'self', 'specialist']);
      for (const set of parts) {
        expect(set.created_at).toEqual(a.started_at);
        expect(set.channel).toBe('staff_assisted');
        if (set.version === 1) expect([set.answers, set.updated_by, set.updated_at]).toEqual([{}, null, a.started_at]);
        else expect(Object.keys(set.answers).length).toBeGreaterThan(0);
        if (a.finalised_at) expect(set.updated_at.getTime()).toBeLessThanOrEqual(a.finalised_at.getTime());
        for (const [id, value] of Object.entries(set.answers)) {
          const ref = index.get(id)!;
          expect(inPart(ref, set.part as 'interview'), `${id} in ${set.part}`).toBe(true);
          // Free text is sealed at rest, everything else kept as the service keeps it.
          if (ref.question.type === 'text') expect(value).toMatch(/^v1\./);
          else expect(answerProblem(ref.question, value as never)).toBeNull();
        }
      }

      const timeline = (events.get(a.id) ?? []).sort((x, y) => x.seq - y.seq);
      const decided = profiling.get(a.id)?.find((p) => p.kind === 'counsellor');
      expect(timeline.map((e) => e.event_type)).toEqual([
        'assessment.started', ...(a.finalised_at ? ['assessment.finalised'] : []), ...(decided ? ['assessment.segment_decided'] : []),
      ]);
      for (const e of timeline) expect([e.case_id, e.agency_id, e.data_category]).toEqual([a.case_id, c.lead_agency_id, 'employment']);
      expect(timeline[0]).toMatchObject({ at: a.started_at, actor_user_id: a.started_by, details: { assessmentId: a.id, instrument: 1 } });
      if (a.status === 'in_progress') {
        expect([a.finalised_at, a.scores, a.final_segment, a.reassessment_due_on, a.version]).toEqual([null, null, null, null, 1]);
        expect(c.status).toBe('open');
        expect(barriers.has(a.id) || profiling.has(a.id)).toBe(false);
        continue;
      }
      const ruled = profiling.get(a.id)!.find((p) => p.kind === 'rules')!;
      const dueByRules = addMonths(dayOf(a.finalised_at!), defs.rules.definition.reassessmentMonths[ruled.segment as 'standard']);
      expect(timeline[1]).toMatchObject({ at: a.finalised_at, actor_user_id: a.finalised_by, details: { assessmentId: a.id, segment: ruled.segment, reassessmentDueOn: dueByRules } });
      if (decided) {
        expect(timeline[2]).toMatchObject({
          at: decided.decided_at, actor_user_id: decided.decided_by,
          details: { assessmentId: a.id, segment: decided.segment, rulesSegment: ruled.segment, override: decided.overrides_rules },
        });
        expect(staff.get(decided.decided_by!)!.agency_id).toBe(c.lead_agency_id);
      }
    }
  });

  it('answer sensitive sections only where the person answering could see them: the lead by consent or legal basis, a partner\'s specialist by consent', async () => {
    const sectionOf = new Map(defs.instrument.definition.sections.flatMap((s) => s.questions.map((q) => [q.id, s] as const)));
    const { assessments, sets } = await seeded();
    const consents = await ctx.db.selectFrom('consent_record').selectAll().where('decision', '=', 'given').execute();
    const bases = await ctx.db.selectFrom('legal_basis').selectAll().execute();
    const staff = new Map((await ctx.db.selectFrom('staff_user').selectAll().execute()).map((s) => [s.id, s]));
    // Some consent or legal basis of the author's agency covered the category while the part was being answered.
    const allowed = (personId: string, agencyId: string, category: DataCategory, from: Date, to: Date) =>
      consents.some((r) => r.person_id === personId && r.recipient_agency_id === agencyId && r.data_categories.includes(category)
        && r.recorded_at <= to && (!r.withdrawn_at || r.withdrawn_at > from) && (!r.valid_until || r.valid_until > from))
      || bases.some((b) => b.person_id === personId && b.agency_id === agencyId && b.data_categories.includes(category)
        && b.valid_from <= to && (!b.revoked_at || b.revoked_at > from) && (!b.valid_until || b.valid_until > from));
    const sensitive = new Map<string, number>();
    for (const a of assessments) {
      for (const set of sets.get(a.id)!) {
        const author = set.updated_by ? staff.get(set.updated_by)! : undefined;
        if (set.part === 'specialist' && author) expect(author.roles).toContain('specialist');
        const categories = new Set(Object.keys(set.answers).map((id) => sectionOf.get(id)!.category).filter(isSensitive));
        for (const category of categories) {
          sensitive.set(category, (sensitive.get(category) ?? 0) + 1);
          expect(allowed(a.person_id, author!.agency_id!, category, a.started_at, set.updated_at), `${category} in ${set.part} of ${a.id}`).toBe(true);
        }
      }
    }
    expect(sensitive.get('health')).toBeGreaterThan(5);
  });
});

describe('seeded assessments through the real API', () => {
  let showcase: { caseId: string; personId: string };
  beforeAll(async () => {
    // As casework.test.ts finds it: Gohar's case shared with Anna's office, which the client refused health data.
    const { rows } = await sql<{ case_id: string; person_id: string }>`
      SELECT c.id AS case_id, c.person_id FROM client_case c JOIN staff_user m ON m.id = c.case_manager_id
      JOIN case_partner cp ON cp.case_id = c.id JOIN staff_user anna ON anna.agency_id = cp.agency_id
      WHERE m.email = ${SHOWCASE_LOGINS.leadCaseManager} AND anna.email = ${SHOWCASE_LOGINS.partnerCaseManager}
        AND EXISTS (SELECT 1 FROM consent_record r WHERE r.person_id = c.person_id AND r.recipient_agency_id = cp.agency_id
          AND r.decision = 'refused' AND 'health' = ANY (r.data_categories))`.execute(ctx.db);
    expect(rows).toHaveLength(1);
    showcase = { caseId: rows[0]!.case_id, personId: rows[0]!.person_id };
  });

  it('shows the showcase client\'s health barrier and the rule it triggered to the welfare centre, not to the employment office', async () => {
    const gohar = await signIn(SHOWCASE_LOGINS.leadCaseManager);
    const list = await gohar.get(`/api/cases/${showcase.caseId}/assessments`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([expect.objectContaining({ status: 'finalised', finalSegment: 'intensive' })]);
    const id = list.json()[0].id as string;
    const lead = (await gohar.get(`/api/assessments/${id}`)).json();
    expect(lead.sections.map((s: { id: string }) => s.id)).toContain('health_disability');
    expect(lead.barriers).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'health_limitation', severity: 'high', category: 'health' })]));
    expect(lead.profiling.rules).toMatchObject({ segment: 'intensive', ruleId: expect.any(String), reason: expect.any(String) });
    expect(lead.profiling.counsellor).toMatchObject({ segment: 'intensive', overridesRules: false, reason: null, decidedBy: { displayName: 'Gohar Harutyunyan' } });
    expect(lead.profiling.statistical).toBeNull();

    const anna = await signIn(SHOWCASE_LOGINS.partnerCaseManager);
    const partner = (await anna.get(`/api/assessments/${id}`)).json();
    expect(partner.sections.map((s: { id: string }) => s.id)).not.toContain('health_disability');
    expect(partner.barriers.length).toBeGreaterThan(0);
    expect(partner.barriers.filter((b: { category: string }) => b.category === 'health')).toEqual([]);
    expect(JSON.stringify(partner.parts)).not.toContain('hl_');
    // The same segment, but not the rule: its conditions rest on a health barrier.
    expect(partner.profiling.rules).toMatchObject({ segment: 'intensive', ruleId: null, reason: null });
    expect(partner.finalSegment).toBe('intensive');

    // The client's self-assessment differs from the interview; the partner sees only the differences it may.
    const differing = async (client: TestClient) =>
      ((await client.get(`/api/assessments/${id}/comparison`)).json().items as { questionId: string; differs: boolean }[]).filter((i) => i.differs).map((i) => i.questionId);
    expect(await differing(gohar)).toEqual(expect.arrayContaining(['hl_limits_work', 'sk_digital']));
    expect(await differing(anna)).toContain('sk_digital');
    expect(await differing(anna)).not.toContain('hl_limits_work');

    for (const client of [gohar, anna]) {
      const types = ((await client.get(`/api/cases/${showcase.caseId}/timeline`)).json().items as { type: string }[]).map((e) => e.type);
      expect(types.filter((t) => t.startsWith('assessment.')).reverse()).toEqual(['assessment.started', 'assessment.finalised', 'assessment.segment_decided']);
    }
  });

  it('puts due and overdue re-assessments on the case managers\' worklists', async () => {
    const managers = (await ctx.db.selectFrom('staff_user').select(['email', 'roles']).execute()).filter((s) => s.roles.includes('case_manager'));
    const statuses: string[] = [];
    for (const { email } of managers) {
      const res = await (await signIn(email)).get('/api/assessments/reassessments-due');
      expect(res.statusCode, res.body).toBe(200);
      for (const item of res.json().items as { status: string; daysUntilDue: number; person: { name: unknown } }[]) {
        statuses.push(item.status);
        expect(item.daysUntilDue).toBeLessThanOrEqual(30);
        expect(item.person.name).not.toBeNull();
      }
    }
    expect(statuses).toContain('due');
    expect(statuses).toContain('overdue');
  });

  it('gives analysts override statistics per counsellor and subgroup', async () => {
    const levon = await signIn('levon.nersisyan@employment.onedoor.test');
    const res = await levon.get('/api/profiling/override-stats?minCellSize=5');
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json();
    const decisions = await ctx.db.selectFrom('profiling_result').select(({ fn }) => fn.countAll<number>().as('n')).where('kind', '=', 'counsellor').executeTakeFirstOrThrow();
    expect(stats.decisions).toBe(Number(decisions.n));
    expect(stats.overrides).toBeGreaterThan(0);
    expect(stats.byCounsellor.length).toBeGreaterThanOrEqual(5);
    expect(new Set(stats.byCounsellor.map((c: { overrideRate: number }) => c.overrideRate)).size).toBeGreaterThan(2);
    const bySex = stats.bySubgroup.filter((g: { dimension: string; suppressed: boolean }) => g.dimension === 'sex' && !g.suppressed);
    expect(bySex.map((g: { group: string }) => g.group).sort()).toEqual(['female', 'male']);
  });

  // Changes seeded rows, so it runs last.
  it('lets the case manager resume an assessment in progress, finalise it, and override the rules only with a reason', async () => {
    const row = await ctx.db.selectFrom('assessment as a').innerJoin('client_case as c', 'c.id', 'a.case_id').innerJoin('staff_user as m', 'm.id', 'c.case_manager_id')
      .select(['a.id', 'm.email']).where('a.status', '=', 'in_progress').orderBy('a.id').executeTakeFirstOrThrow();
    const manager = await signIn(row.email);
    const view = (await manager.get(`/api/assessments/${row.id}`)).json();
    expect(view.status).toBe('in_progress');
    expect(view.parts.interview.editable).toBe(true);
    expect(view.progress.answered).toBeLessThan(view.progress.required);
    // The rest of the required answers, in the sections this case manager sees.
    const visible = new Set(view.sections.map((s: { id: string }) => s.id));
    const rest: Record<string, unknown> = {};
    for (const s of defs.instrument.definition.sections.filter((x) => visible.has(x.id) && !x.specialist)) {
      for (const q of s.questions) if (q.required && view.parts.interview.answers[q.id] === undefined) rest[q.id] = leastNeed(q);
    }
    const saved = await manager.put(`/api/assessments/${row.id}/answers/interview`, { answers: rest, version: view.parts.interview.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().progress.answered).toBe(saved.json().progress.required);
    const done = await manager.post(`/api/assessments/${row.id}/finalise`, { version: view.version });
    expect(done.statusCode, done.body).toBe(200);
    const rulesSegment = done.json().profiling.rules.segment as string;
    const other = rulesSegment === 'intensive' ? 'standard' : 'intensive';
    const unexplained = await manager.put(`/api/assessments/${row.id}/segment`, { segment: other, version: done.json().version });
    expect(unexplained.statusCode).toBe(400);
    const explained = await manager.put(`/api/assessments/${row.id}/segment`, { segment: other, reason: 'Agreed with the client after the interview.', version: done.json().version });
    expect(explained.statusCode, explained.body).toBe(200);
    expect(explained.json().profiling.counsellor).toMatchObject({ segment: other, overridesRules: true, reason: 'Agreed with the client after the interview.' });
  });
});

function leastNeed(q: Question): unknown {
  if (q.type === 'single_choice') return [...q.options!].sort((a, b) => a.score - b.score)[0]!.value;
  if (q.type === 'yes_no') return (q.scoreYes ?? 0) <= (q.scoreNo ?? 0);
  if (q.type === 'number') return q.min ?? 0;
  if (q.type === 'multiple_choice') return [q.options![0]!.value];
  return 'Discussed with the client.';
}

describe('seeding assessments', () => {
  it('gives the same assessments for the same seed, ciphertexts aside', async () => {
    const again = await createTestDatabase();
    try {
      await seedDemo(again.database.db, { ...SEED, encryptor: ctx.services.encryptor });
      const { encryptor } = ctx.services;
      const def = defs.instrument.definition;
      // Definitions get random ids in each database (migration 0010): compared by content instead.
      const snapshot = async (db: TestContext['db']) => {
        const [assessments, sets, barriers, profiling, events] = await Promise.all([
          db.selectFrom('assessment').selectAll().orderBy('id').execute(),
          db.selectFrom('assessment_answer_set').selectAll().orderBy('id').execute(),
          db.selectFrom('assessment_barrier').selectAll().orderBy('id').execute(),
          db.selectFrom('profiling_result').selectAll().orderBy('id').execute(),
          db.selectFrom('case_event').select(['id', 'case_id', 'at', 'event_type', 'details', 'actor_user_id']).where('event_type', 'like', 'assessment.%').orderBy('id').execute(),
        ]);
        return {
          assessments: assessments.map(({ instrument_id: _, ...a }) => a),
          sets: sets.map((s) => ({ ...s, answers: openAnswers(def, s.answers, encryptor) })),
          barriers,
          profiling: profiling.map(({ rule_set_id: _, ...p }) => ({ ...p, override_reason_encrypted: p.override_reason_encrypted && encryptor.decrypt(p.override_reason_encrypted) })),
          events,
        };
      };
      const [original, repeated] = [await snapshot(ctx.db), await snapshot(again.database.db)];
      // The API test above carried one seeded assessment on: everything else must match.
      const touched = new Set(original.assessments.filter((a, i) => a.version !== repeated.assessments[i]?.version).map((a) => a.id));
      expect(touched.size).toBe(1);
      const rest = <T>(rows: T[], id: (row: T) => string) => rows.filter((r) => !touched.has(id(r)));
      expect(rest(repeated.assessments, (a) => a.id)).toEqual(rest(original.assessments, (a) => a.id));
      expect(rest(repeated.sets, (s) => s.assessment_id)).toEqual(rest(original.sets, (s) => s.assessment_id));
      expect(rest(repeated.barriers, (b) => b.assessment_id)).toEqual(rest(original.barriers, (b) => b.assessment_id));
      expect(rest(repeated.profiling, (p) => p.assessment_id)).toEqual(rest(original.profiling, (p) => p.assessment_id));
      const eventOf = (e: { details: unknown }) => (e.details as { assessmentId: string }).assessmentId;
      expect(rest(repeated.events, eventOf)).toEqual(rest(original.events, eventOf));
      expect(repeated.assessments.length).toBe(original.assessments.length);
    } finally {
      await again.drop();
    }
  }, 60_000);
});
