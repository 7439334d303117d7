/** SQL for action plans, their versions, action progress and suggestions. Nothing else touches these tables. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { PlanContent } from './schema-content';

export const findPlan = (db: Kysely<DB>, id: string) => db.selectFrom('action_plan').selectAll().where('id', '=', id).executeTakeFirst();
export const findPlanOfCase = (db: Kysely<DB>, caseId: string) => db.selectFrom('action_plan').selectAll().where('case_id', '=', caseId).executeTakeFirst();
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

/** Serialises changes to one plan: every write takes this lock first, so checks and writes see one state. */
export async function lockPlan(db: Kysely<DB>, id: string) {
  await sql`SELECT 1 FROM action_plan WHERE id = ${id} FOR UPDATE`.execute(db);
}

export const insertPlan = (db: Kysely<DB>, v: { case_id: string; person_id: string; created_by: string; created_at: Date }) =>
  db.insertInto('action_plan').values({ ...v, updated_at: v.created_at }).returning('id').executeTakeFirstOrThrow();

/** Bumps the plan's version when its expected version matches; false when someone else changed it first. */
export async function bumpPlan(db: Kysely<DB>, id: string, expected: number, now: Date) {
  const r = await db.updateTable('action_plan').set({ version: sql`version + 1`, updated_at: now }).where('id', '=', id).where('version', '=', expected).executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

const versionColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('action_plan_version as v')
    .innerJoin('staff_user as c', 'c.id', 'v.created_by')
    .innerJoin('staff_user as u', 'u.id', 'v.updated_by')
    .leftJoin('staff_user as w', 'w.id', 'v.witnessed_by')
    .selectAll('v')
    .select(['c.display_name as created_by_name', 'u.display_name as updated_by_name', 'w.display_name as witnessed_by_name']);

export const listVersions = (db: Kysely<DB>, planId: string) => versionColumns(db).where('v.plan_id', '=', planId).orderBy('v.number', 'desc').execute();
export const findVersion = (db: Kysely<DB>, planId: string, number: number) =>
  versionColumns(db).where('v.plan_id', '=', planId).where('v.number', '=', number).executeTakeFirst();
export type VersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

export const insertVersion = (
  db: Kysely<DB>,
  v: { plan_id: string; number: number; content: PlanContent; review_note: string | null; created_by: string; created_at: Date },
) =>
  db.insertInto('action_plan_version')
    .values({ ...v, content: JSON.stringify(v.content), updated_by: v.created_by, updated_at: v.created_at })
    .returning('id')
    .executeTakeFirstOrThrow();

export const updateDraft = (db: Kysely<DB>, id: string, content: PlanContent, by: string, now: Date) =>
  db.updateTable('action_plan_version')
    .set({ content: JSON.stringify(content), updated_by: by, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute();

export async function signVersion(
  db: Kysely<DB>,
  planId: string,
  id: string,
  s: { signed_at: Date; signature_method: string; signed_name: string; witnessed_by: string | null },
) {
  await db.updateTable('action_plan_version').set({ status: 'superseded', updated_at: s.signed_at, version: sql`version + 1` })
    .where('plan_id', '=', planId).where('status', '=', 'signed').execute();
  await db.updateTable('action_plan_version').set({ ...s, status: 'signed', updated_at: s.signed_at, version: sql`version + 1` })
    .where('id', '=', id).execute();
}

/** The latest progress row of every action of a plan. */
export const latestProgress = (db: Kysely<DB>, planId: string) =>
  db
    .selectFrom('plan_action_progress as p')
    .innerJoin('staff_user as s', 's.id', 'p.changed_by')
    .select(['p.action_id', 'p.status', 'p.result', 'p.changed_at', 'p.changed_by', 's.display_name as changed_by_name'])
    .distinctOn('p.action_id')
    .where('p.plan_id', '=', planId)
    .orderBy('p.action_id')
    .orderBy('p.changed_at', 'desc')
    .orderBy('p.created_at', 'desc')
    .execute();
export type ProgressRow = Awaited<ReturnType<typeof latestProgress>>[number];

export const progressHistory = (db: Kysely<DB>, planId: string, actionId: string) =>
  db
    .selectFrom('plan_action_progress as p')
    .innerJoin('staff_user as s', 's.id', 'p.changed_by')
    .select(['p.status', 'p.result', 'p.changed_at', 'p.changed_by', 's.display_name as changed_by_name'])
    .where('p.plan_id', '=', planId)
    .where('p.action_id', '=', actionId)
    .orderBy('p.changed_at')
    .orderBy('p.created_at')
    .execute();

export const insertProgress = (db: Kysely<DB>, v: { plan_id: string; action_id: string; status: string; result: string | null; changed_by: string; changed_at: Date }) =>
  db.insertInto('plan_action_progress').values(v).execute();

export const listGoalTypes = (db: Kysely<DB>) => db.selectFrom('plan_goal_type').selectAll().orderBy('sort_order').execute();
export type GoalTypeRow = Awaited<ReturnType<typeof listGoalTypes>>[number];

export const listSuggestions = (db: Kysely<DB>, planId: string) =>
  db.selectFrom('plan_suggestion').selectAll().where('plan_id', '=', planId).orderBy('rank').execute();
export type SuggestionRow = Awaited<ReturnType<typeof listSuggestions>>[number];

/** Records what was suggested now; a suggestion already decided keeps its decision. */
export async function upsertSuggestions(
  db: Kysely<DB>,
  planId: string,
  rows: { service_id: string; rank: number; score: number; reasons: unknown }[],
  now: Date,
) {
  if (rows.length === 0) return;
  await db.insertInto('plan_suggestion')
    .values(rows.map((r) => ({ plan_id: planId, service_id: r.service_id, rank: r.rank, score: r.score, reasons: JSON.stringify(r.reasons), suggested_at: now, updated_at: now })))
    .onConflict((oc) => oc.columns(['plan_id', 'service_id']).doUpdateSet((eb) => ({
      rank: eb.ref('excluded.rank'), score: eb.ref('excluded.score'), reasons: eb.ref('excluded.reasons'), suggested_at: eb.ref('excluded.suggested_at'),
      updated_at: eb.ref('excluded.updated_at'),
    })))
    .execute();
}

export async function decideSuggestion(
  db: Kysely<DB>,
  id: string,
  expected: number,
  v: { decision: 'accepted' | 'ignored'; action_id: string | null; decided_by: string; decided_at: Date },
) {
  const r = await db.updateTable('plan_suggestion').set({ ...v, updated_at: v.decided_at, version: sql`version + 1` })
    .where('id', '=', id).where('version', '=', expected).executeTakeFirst();
  return r.numUpdatedRows === 1n;
}
