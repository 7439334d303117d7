/** SQL for assessments and their answer sets. Nothing else touches these tables. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Part } from './answers';

// The case is joined (read only) for its lead agency and status: who may conduct the
// assessment follows from the case, and a case row never moves to another person.
const assessmentColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('assessment as a')
    .innerJoin('client_case as c', 'c.id', 'a.case_id')
    .innerJoin('assessment_definition as d', 'd.id', 'a.instrument_id')
    .selectAll('a')
    .select(['c.lead_agency_id', 'c.status as case_status', 'd.number as instrument_number']);

export const findAssessment = (db: Kysely<DB>, id: string) => assessmentColumns(db).where('a.id', '=', id).executeTakeFirst();
export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof findAssessment>>>;

export const listAssessmentsOfCase = (db: Kysely<DB>, caseId: string) =>
  assessmentColumns(db).where('a.case_id', '=', caseId).orderBy('a.started_at', 'desc').orderBy('a.id').execute();

/**
 * Serialises work on one assessment: autosaves share the lock, finalising and the segment
 * decision take it exclusively, so an answer can never land after the barriers were computed.
 */
export async function lockAssessment(db: Kysely<DB>, id: string, mode: 'share' | 'update') {
  const q = db.selectFrom('assessment').select('id').where('id', '=', id);
  await (mode === 'share' ? q.forShare() : q.forUpdate()).execute();
}

export const findInProgress = (db: Kysely<DB>, caseId: string) =>
  db.selectFrom('assessment').select('id').where('case_id', '=', caseId).where('status', '=', 'in_progress').executeTakeFirst();

export const insertAssessment = (db: Kysely<DB>, v: { case_id: string; person_id: string; instrument_id: string; started_by: string; started_at: Date }) =>
  db.insertInto('assessment').values(v).returning('id').executeTakeFirstOrThrow();

export const PARTS: readonly Part[] = ['interview', 'self', 'specialist'];

export const insertAnswerSets = (db: Kysely<DB>, assessmentId: string, now: Date) =>
  db.insertInto('assessment_answer_set').values(PARTS.map((part) => ({ assessment_id: assessmentId, part, created_at: now, updated_at: now }))).execute();

export const listAnswerSets = (db: Kysely<DB>, assessmentId: string) =>
  db.selectFrom('assessment_answer_set').selectAll().where('assessment_id', '=', assessmentId).execute();
export type AnswerSetRow = Awaited<ReturnType<typeof listAnswerSets>>[number];

export const findAnswerSet = (db: Kysely<DB>, assessmentId: string, part: Part) =>
  db.selectFrom('assessment_answer_set').selectAll().where('assessment_id', '=', assessmentId).where('part', '=', part).executeTakeFirstOrThrow();

/** Optimistic update: the autosave lands only on the version the user read. */
export async function updateAnswerSet(db: Kysely<DB>, id: string, version: number, answers: Record<string, unknown>, by: string, now: Date) {
  const result = await db
    .updateTable('assessment_answer_set')
    .set({ answers: JSON.stringify(answers), updated_by: by, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface AssessmentChange {
  status?: string;
  finalised_by?: string;
  finalised_at?: Date;
  scores?: string;
  final_segment?: string;
  reassessment_due_on?: string;
}

export async function updateAssessment(db: Kysely<DB>, id: string, version: number, values: AssessmentChange, now: Date) {
  const result = await db
    .updateTable('assessment')
    .set({ ...values, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Display names of the staff an assessment mentions. */
export async function staffNames(db: Kysely<DB>, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('staff_user').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
