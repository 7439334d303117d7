/** SQL for what finalising an assessment produces: its barriers and its profiling results. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { FoundBarrier } from './scoring';

export async function insertBarriers(db: Kysely<DB>, assessmentId: string, barriers: FoundBarrier[], now: Date) {
  if (barriers.length === 0) return;
  await db
    .insertInto('assessment_barrier')
    .values(barriers.map((b) => ({
      assessment_id: assessmentId, barrier: b.code, severity: b.severity, section_id: b.sectionId, data_category: b.category,
      question_ids: b.questionIds, created_at: now, updated_at: now,
    })))
    .execute();
}

/** Barriers in the categories given (the ones the viewer may see): hidden ones are left out in SQL. */
export const listBarriers = (db: Kysely<DB>, assessmentId: string, categories: string[]) =>
  categories.length === 0
    ? Promise.resolve([])
    : db.selectFrom('assessment_barrier').selectAll().where('assessment_id', '=', assessmentId).where('data_category', 'in', categories).execute();

export const insertProfiling = (
  db: Kysely<DB>,
  v: { assessment_id: string; kind: 'rules' | 'statistical'; segment: string | null; score?: number | null; rule_set_id?: string | null; model_version?: string | null; reasons: unknown[]; decided_at: Date },
) => db.insertInto('profiling_result').values({ ...v, reasons: JSON.stringify(v.reasons) }).execute();

/** The counsellor's choice; choosing again replaces it (the assessment's own version guards against stale choices). */
export const upsertCounsellorChoice = (
  db: Kysely<DB>,
  v: { assessment_id: string; segment: string; overrides_rules: boolean; override_reason_encrypted: string | null; decided_by: string; decided_at: Date },
) =>
  db
    .insertInto('profiling_result')
    .values({ ...v, kind: 'counsellor', reasons: '[]' })
    .onConflict((oc) =>
      oc.columns(['assessment_id', 'kind']).doUpdateSet({
        segment: v.segment, overrides_rules: v.overrides_rules, override_reason_encrypted: v.override_reason_encrypted,
        decided_by: v.decided_by, decided_at: v.decided_at, updated_at: v.decided_at, version: sql`profiling_result.version + 1`,
      }),
    )
    .execute();

export const listProfiling = (db: Kysely<DB>, assessmentId: string) =>
  db.selectFrom('profiling_result').selectAll().where('assessment_id', '=', assessmentId).execute();
export type ProfilingRow = Awaited<ReturnType<typeof listProfiling>>[number];
