/** Scoring and barrier rules of the shipped instrument, and the shipped segmentation rules, as pure functions over the stored definitions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { addMonths, ageOn, wholeMonthsBetween } from './dates';
import { InstrumentDefinition } from './schema-instrument';
import { RuleSetDefinition } from './schema-rules';
import { barriersFrom, sectionScores } from './scoring';
import { evaluateRules, type ProfilingFacts } from './segment-rules';

let testDb: TestDatabase;
let instrument: InstrumentDefinition;
let rules: RuleSetDefinition;

beforeAll(async () => {
  testDb = await createTestDatabase();
  const rows = await testDb.database.db.selectFrom('assessment_definition').select(['kind', 'definition']).where('status', '=', 'published').execute();
  instrument = InstrumentDefinition.parse(rows.find((r) => r.kind === 'instrument')!.definition);
  rules = RuleSetDefinition.parse(rows.find((r) => r.kind === 'segment_rules')!.definition);
});
afterAll(() => testDb.drop());

describe('the shipped instrument', () => {
  it('has real texts in every language and a label for every barrier', () => {
    const texts = instrument.sections.flatMap((s) => [s.title, ...s.questions.flatMap((q) => [q.text, ...(q.options ?? []).map((o) => o.label)])]);
    for (const t of texts) {
      expect(t.ru).toMatch(/[\u0400-\u04FF]/);
      expect(t.hy).toMatch(/[\u0531-\u058F]/);
      expect(new Set([t.en, t.ru, t.hy]).size).toBe(3);
    }
  });

  it('scores need per section, higher meaning more need', () => {
    const scores = sectionScores(instrument, { emp_last_worked: 'over_two_years', emp_years_experience: 0.5, hs_situation: 'temporary', hs_eviction_risk: true, lg_other: ['russian'] });
    expect(scores.employment_history).toEqual({ score: 5, max: 5 });
    expect(scores.housing).toEqual({ score: 5, max: 6 });
    expect(scores.language).toEqual({ score: 0, max: 6 });
    expect(scores.debt).toEqual({ score: 0, max: 6 });
  });

  it('raises each barrier once, at the highest severity any answer gives it, naming every source question', () => {
    const barriers = barriersFrom(instrument, {
      hs_situation: 'temporary', hs_eviction_risk: true, db_arrears: true, db_repayment_share: 'over_half', sk_qualification: false,
      lg_official: 'basic', lg_literacy: true, hl_limits_work: 'prefer_not_to_say', mb_transport: false, emp_years_experience: 0,
    });
    expect(barriers.map((b) => [b.code, b.severity, b.category, b.questionIds.join('+')])).toEqual([
      ['debt_problems', 'high', 'financial', 'db_arrears+db_repayment_share'],
      ['housing_insecurity', 'high', 'financial', 'hs_situation+hs_eviction_risk'],
      ['language_barrier', 'medium', 'education', 'lg_official'],
      ['no_transport', 'medium', 'employment', 'mb_transport'],
      ['no_qualification', 'low', 'education', 'sk_qualification'],
    ]);
    expect(barriersFrom(instrument, { hl_limits_work: 'severely', ps_wellbeing: 'moderate', lgl_record: true }).map((b) => `${b.code}:${b.category}`)).toEqual([
      'health_limitation:health', 'criminal_record:criminal_record', 'psychological_difficulties:health',
    ]);
  });
});

describe('the shipped segmentation rules', () => {
  const facts = (over: Partial<ProfilingFacts> = {}): ProfilingFacts => ({ age: 40, unemploymentMonths: 8, receivesBenefit: false, barriers: [], ...over });
  const barrier = (code: string, severity: 'low' | 'medium' | 'high', category: 'health' | 'financial' = 'financial') => ({ code, severity, category, sectionId: 'x', questionIds: [] });

  it.each([
    ['two serious barriers', facts({ barriers: [barrier('homelessness', 'high'), barrier('health_limitation', 'high', 'health')] }), 'specialist', 'multiple_serious_barriers'],
    ['homelessness alone', facts({ barriers: [barrier('homelessness', 'high')] }), 'specialist', 'homelessness'],
    ['long-term unemployed with a barrier', facts({ unemploymentMonths: 12, barriers: [barrier('debt_problems', 'medium')] }), 'intensive', 'long_term_unemployed_with_barrier'],
    ['one serious barrier', facts({ unemploymentMonths: 2, barriers: [barrier('debt_enforcement', 'high')] }), 'intensive', 'serious_barrier'],
    ['young, four months', facts({ age: 24, unemploymentMonths: 4 }), 'intensive', 'young_unemployed'],
    ['long-term unemployed on benefit', facts({ unemploymentMonths: 30, receivesBenefit: true }), 'intensive', 'long_term_unemployed_on_benefit'],
    ['recently unemployed, minor barrier only', facts({ unemploymentMonths: 5, barriers: [barrier('no_qualification', 'low')] }), 'self_service', 'job_ready'],
    ['long-term unemployed, no barrier, no benefit', facts({ unemploymentMonths: 13 }), 'standard', null],
  ])('%s → %s', (_name, input, segment, ruleId) => {
    const outcome = evaluateRules(rules, input);
    expect(outcome.segment).toBe(segment);
    expect(outcome.reason.ruleId).toBe(ruleId);
  });

  it('keeps the categories behind every condition, so reasons can be hidden from viewers who may not see them', () => {
    const outcome = evaluateRules(rules, facts({ barriers: [barrier('homelessness', 'high'), barrier('health_limitation', 'high', 'health')] }));
    expect(outcome.reason.conditions).toEqual([{ fact: 'barrier_count', minSeverity: 'high', op: 'gte', value: 2, actual: 2, categories: ['financial', 'health'] }]);
    expect(evaluateRules(rules, facts({ age: 19, unemploymentMonths: 6 })).reason.conditions.map((c) => c.categories)).toEqual([['identity'], ['employment']]);
  });

  it('re-assesses intensive clients every six months and the others every twelve', () => {
    expect(rules.reassessmentMonths).toEqual({ self_service: 12, standard: 12, intensive: 6, specialist: 12 });
  });
});

describe('calendar arithmetic', () => {
  it('adds months keeping the day where it exists, and counts whole months and years', () => {
    expect(addMonths('2026-03-02', 6)).toBe('2026-09-02');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-11-15', 12)).toBe('2028-11-15');
    expect(wholeMonthsBetween('2024-12-01', '2026-03-02')).toBe(15);
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(ageOn('2003-05-01', '2026-03-02')).toBe(22);
    expect(ageOn('2003-03-02', '2026-03-02')).toBe(23);
  });
});
