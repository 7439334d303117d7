/**
 * Writes one assessment the way modules/assessment does: each method produces the same
 * rows, versions and case timeline event as the use case it is named after (start,
 * autosave, finalise, the counsellor's segment decision), with the same pure functions
 * (answer checks and sealing, scoring, barriers, segmentation rules, re-assessment dates)
 * and the same guards (lead agency, visible sections, required answers), but into arrays
 * for bulk insertion and without the audit trail, like case-writer.ts. The statistical
 * risk is left out: the demo's model is trained after seeding (server/main.ts).
 */
import type { Insertable, Kysely } from 'kysely';
import { canSee, type AccessDecision, type Viewer } from '../../modules/access/policy';
import { inPart, normalise, answerProblem, questionIndex, sealAnswer, type Answers, type Part } from '../../modules/assessment/answers';
import { ASSESSMENT_CATEGORY } from '../../modules/assessment/context';
import { addMonths, dayOf } from '../../modules/assessment/dates';
import { findCurrent } from '../../modules/assessment/definitions-repo';
import { missingAnswers } from '../../modules/assessment/finalise';
import { PARTS } from '../../modules/assessment/repo';
import { InstrumentDefinition } from '../../modules/assessment/schema-instrument';
import { RuleSetDefinition, type Segment } from '../../modules/assessment/schema-rules';
import { barriersFrom, sectionScores, type FoundBarrier } from '../../modules/assessment/scoring';
import { evaluateRules, type ProfilingFacts, type RulesOutcome } from '../../modules/assessment/segment-rules';
import type { Encryptor } from '../../server/crypto';
import type {
  AssessmentAnswerSetTable, AssessmentBarrierTable, AssessmentTable, CaseEventTable, DB, ProfilingResultTable,
} from '../types';
import type { Rng } from './random';

export interface AssessmentRows {
  assessments: Insertable<AssessmentTable>[];
  answerSets: Insertable<AssessmentAnswerSetTable>[];
  barriers: Insertable<AssessmentBarrierTable>[];
  profiling: Insertable<ProfilingResultTable>[];
  events: Insertable<CaseEventTable>[];
}

export const emptyAssessments = (): AssessmentRows => ({ assessments: [], answerSets: [], barriers: [], profiling: [], events: [] });

export interface Definitions {
  instrument: { id: string; number: number; definition: InstrumentDefinition };
  rules: { id: string; number: number; definition: RuleSetDefinition };
}

/**
 * The published instrument and segmentation rules, read from the database (migration 0010
 * ships them), so the seed answers exactly the questions an assessment started today would.
 */
export async function currentDefinitions(db: Kysely<DB>): Promise<Definitions> {
  const [instrument, rules] = await Promise.all([findCurrent(db, 'instrument'), findCurrent(db, 'segment_rules')]);
  if (!instrument || !rules) throw new Error('No published assessment instrument or segmentation rules: run the migrations first');
  return {
    instrument: { id: instrument.id, number: instrument.number, definition: InstrumentDefinition.parse(instrument.definition) },
    rules: { id: rules.id, number: rules.number, definition: RuleSetDefinition.parse(rules.definition) },
  };
}

export interface AssessmentCase {
  caseId: string;
  personId: string;
  leadAgencyId: string;
}

/** The instrument's question ids as PostgreSQL's jsonb orders object keys: shortest first, then bytewise. */
const jsonbKeys = new WeakMap<InstrumentDefinition, string[]>();
function jsonbOrder(def: InstrumentDefinition, answers: Answers): Answers {
  let keys = jsonbKeys.get(def);
  if (!keys) {
    keys = [...questionIndex(def).keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    jsonbKeys.set(def, keys);
  }
  const ordered: Answers = {};
  for (const key of keys) if (answers[key] !== undefined) ordered[key] = answers[key]!;
  return ordered;
}

interface PartState {
  row: Insertable<AssessmentAnswerSetTable> & { version: number };
  sealed: Record<string, unknown>;
  plain: Answers;
}

export interface Finalised {
  outcome: RulesOutcome;
  barriers: FoundBarrier[];
  staffAnswers: Answers;
  dueOn: string;
}

export class AssessmentWriter {
  readonly row: Insertable<AssessmentTable> & { id: string; version: number; status: string };
  private readonly parts = new Map<Part, PartState>();
  private rules?: Insertable<ProfilingResultTable> & { segment: string };
  private counsellor?: Insertable<ProfilingResultTable> & { version: number };

  constructor(private readonly out: AssessmentRows, private readonly ids: Rng, private readonly defs: Definitions,
    private readonly encryptor: Encryptor, private readonly c: AssessmentCase) {
    this.row = {
      id: ids.uuid(), case_id: c.caseId, person_id: c.personId, instrument_id: defs.instrument.id, status: 'in_progress',
      started_by: '', started_at: new Date(0), version: 1,
    };
  }

  get def() {
    return this.defs.instrument.definition;
  }

  /** Answers of a part as saved so far (plain text). */
  answers(part: Part): Answers {
    return this.parts.get(part)?.plain ?? {};
  }

  /** As visibleAssessment: the viewer must see the client, count this case and see employment data. */
  private guard(viewer: Viewer, decision: AccessDecision, what: string) {
    if (!decision.caseIds.includes(this.c.caseId) || !canSee(decision, ASSESSMENT_CATEGORY)) {
      throw new Error(`Seeded ${what} of assessment ${this.row.id} by ${viewer.userId}, who may not see it`);
    }
  }

  private lead(viewer: Viewer, what: string) {
    if (viewer.agencyId !== this.c.leadAgencyId) throw new Error(`Seeded ${what} of assessment ${this.row.id} outside the lead agency`);
  }

  private event(at: Date, viewer: Viewer, type: string, details: Record<string, unknown>) {
    this.out.events.push({
      id: this.ids.uuid(), case_id: this.c.caseId, at, agency_id: viewer.agencyId, actor_user_id: viewer.userId,
      event_type: type, data_category: ASSESSMENT_CATEGORY, details: JSON.stringify(details),
    });
  }

  /** startAssessment: the assessment on the current instrument, its three empty parts, 'assessment.started'. */
  start(at: Date, viewer: Viewer, decision: AccessDecision) {
    this.guard(viewer, decision, 'start');
    this.lead(viewer, 'start');
    Object.assign(this.row, { started_by: viewer.userId, started_at: at, created_at: at, updated_at: at });
    this.out.assessments.push(this.row);
    for (const part of PARTS) {
      const row = { id: this.ids.uuid(), assessment_id: this.row.id, part, answers: '{}', version: 1, created_at: at, updated_at: at };
      this.out.answerSets.push(row);
      this.parts.set(part, { row, sealed: {}, plain: {} });
    }
    this.event(at, viewer, 'assessment.started', { assessmentId: this.row.id, instrument: this.defs.instrument.number });
  }

  /** The answers among these that this viewer could save in this part now: their sections visible, the questions in the part. */
  savable(part: Part, decision: AccessDecision, answers: Answers): Answers {
    const index = questionIndex(this.def);
    return Object.fromEntries(Object.entries(answers).filter(([id]) => {
      const ref = index.get(id);
      return ref !== undefined && inPart(ref, part) && canSee(decision, ref.section.category);
    }));
  }

  /** saveAnswers: one autosave of changed answers, checked and sealed; the part's version goes up by one. */
  save(at: Date, viewer: Viewer, decision: AccessDecision, part: Part, answers: Answers) {
    this.guard(viewer, decision, 'answers');
    if (this.row.status !== 'in_progress') throw new Error(`Seeded answers to finalised assessment ${this.row.id}`);
    const mayEdit = part === 'specialist' ? viewer.roles.includes('specialist') : viewer.agencyId === this.c.leadAgencyId;
    if (!mayEdit) throw new Error(`Seeded ${part} answers by someone who may not edit them`);
    const index = questionIndex(this.def);
    const state = this.parts.get(part)!;
    for (const [id, raw] of Object.entries(answers)) {
      const ref = index.get(id);
      if (!ref || !inPart(ref, part) || !canSee(decision, ref.section.category)) throw new Error(`Seeded answer ${id} cannot be saved in the ${part} part`);
      const value = normalise(ref.question, raw);
      if (value === null) {
        delete state.sealed[id];
        delete state.plain[id];
        continue;
      }
      const problem = answerProblem(ref.question, value);
      if (problem) throw new Error(`Seeded answer ${id} = ${JSON.stringify(value)} does not fit the instrument: ${problem.code}`);
      state.sealed[id] = sealAnswer(ref.question, value, this.encryptor);
      state.plain[id] = value;
    }
    // The stored answers are the merge of every save so far; written out once, by close().
    Object.assign(state.row, { updated_by: viewer.userId, version: state.row.version + 1, updated_at: at });
  }

  /** The answer sets' stored answers as they stand after the last save. */
  close() {
    for (const state of this.parts.values()) state.row.answers = JSON.stringify(state.sealed);
  }

  /** Required answers the finaliser would be asked for (empty when the assessment can be finalised). */
  missing(decision: AccessDecision) {
    return missingAnswers(this.def, decision, { ...this.answers('interview'), ...this.answers('specialist') }, 'en');
  }

  /** Interview and specialist answers, in the order finalising reads them back from the database (barriers list their questions so). */
  private staffAnswers(): Answers {
    return { ...jsonbOrder(this.def, this.answers('interview')), ...jsonbOrder(this.def, this.answers('specialist')) };
  }

  /**
   * finaliseAssessment: scores, barriers, the rules-based segment with its reason, the
   * re-assessment date, 'assessment.finalised'. Required answers still missing (a section
   * that became visible after the last autosave, say) are first saved from `answers`, as
   * the case manager would when finalising asks for them.
   */
  finalise(at: Date, viewer: Viewer, decision: AccessDecision, facts: Omit<ProfilingFacts, 'barriers'>, answers: Answers): Finalised {
    this.guard(viewer, decision, 'finalising');
    this.lead(viewer, 'finalising');
    if (this.row.status !== 'in_progress') throw new Error(`Seeded assessment ${this.row.id} finalised twice`);
    let missing = this.missing(decision);
    if (missing.length) {
      const asked = missing.map((f) => f.field.slice('answers.'.length));
      this.save(at, viewer, decision, 'interview', Object.fromEntries(asked.filter((id) => answers[id] !== undefined).map((id) => [id, answers[id]!])));
      missing = this.missing(decision);
    }
    if (missing.length) throw new Error(`Seeded assessment ${this.row.id} finalised without every required answer`);
    const staffAnswers = this.staffAnswers();
    const barriers = barriersFrom(this.def, staffAnswers);
    const ruleSet = this.defs.rules;
    const outcome = evaluateRules(ruleSet.definition, { ...facts, barriers });
    const dueOn = addMonths(dayOf(at), ruleSet.definition.reassessmentMonths[outcome.segment]);
    Object.assign(this.row, {
      status: 'finalised', finalised_by: viewer.userId, finalised_at: at, scores: JSON.stringify(sectionScores(this.def, staffAnswers)),
      final_segment: outcome.segment, reassessment_due_on: dueOn, version: this.row.version + 1, updated_at: at,
    });
    for (const b of barriers) {
      this.out.barriers.push({
        id: this.ids.uuid(), assessment_id: this.row.id, barrier: b.code, severity: b.severity, section_id: b.sectionId, data_category: b.category,
        question_ids: b.questionIds, created_at: at, updated_at: at,
      });
    }
    this.rules = {
      id: this.ids.uuid(), assessment_id: this.row.id, kind: 'rules', segment: outcome.segment, rule_set_id: ruleSet.id,
      reasons: JSON.stringify([outcome.reason]), decided_at: at, created_at: at, updated_at: at,
    };
    this.out.profiling.push(this.rules);
    this.event(at, viewer, 'assessment.finalised', { assessmentId: this.row.id, segment: outcome.segment, reassessmentDueOn: dueOn });
    return { outcome, barriers, staffAnswers, dueOn };
  }

  /** decideSegment: the counsellor's final segment (a reason when it overrides the rules), the date following it, 'assessment.segment_decided'. */
  decide(at: Date, viewer: Viewer, decision: AccessDecision, segment: Segment, reason: string | null) {
    this.guard(viewer, decision, 'segment decision');
    this.lead(viewer, 'segment decision');
    if (this.row.status !== 'finalised' || !this.rules) throw new Error(`Seeded segment decision on unfinalised assessment ${this.row.id}`);
    const text = reason?.trim() || null;
    const overrides = segment !== this.rules.segment;
    if (overrides && !text) throw new Error(`Seeded override of assessment ${this.row.id} without a reason`);
    const dueOn = addMonths(dayOf(this.row.finalised_at as Date), this.defs.rules.definition.reassessmentMonths[segment]);
    Object.assign(this.row, { final_segment: segment, reassessment_due_on: dueOn, version: this.row.version + 1, updated_at: at });
    const choice = {
      segment, overrides_rules: overrides, override_reason_encrypted: text ? this.encryptor.encrypt(text) : null, decided_by: viewer.userId, decided_at: at,
    };
    if (this.counsellor) Object.assign(this.counsellor, choice, { updated_at: at, version: this.counsellor.version + 1 });
    else {
      this.counsellor = { id: this.ids.uuid(), assessment_id: this.row.id, kind: 'counsellor', reasons: '[]', ...choice, version: 1, created_at: at, updated_at: at };
      this.out.profiling.push(this.counsellor);
    }
    this.event(at, viewer, 'assessment.segment_decided', { assessmentId: this.row.id, segment, rulesSegment: this.rules.segment, override: overrides });
    return dueOn;
  }
}
