/** SQL for the profiling module's own tables: models, their held-out scores, protected-attribute settings. */
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { DB, ProfilingHeldOutScoreTable, ProfilingModelTable } from '../../db/types';

export type ModelRow = Selectable<ProfilingModelTable>;
export type HeldOutRow = Selectable<ProfilingHeldOutScoreTable>;

const BATCH_ROWS = 500;

export const listAttributes = (db: Kysely<DB>) => db.selectFrom('profiling_protected_attribute').selectAll().orderBy('attribute').execute();

export const findAttribute = (db: Kysely<DB>, attribute: string) =>
  db.selectFrom('profiling_protected_attribute').selectAll().where('attribute', '=', attribute).forUpdate().executeTakeFirst();

export const updateAttribute = (
  db: Kysely<DB>,
  attribute: string,
  v: { included: boolean; reason: string; changed_by: string | null; changed_at: Date; expectedVersion: number },
) =>
  db
    .updateTable('profiling_protected_attribute')
    .set({ included: v.included, reason: v.reason, changed_by: v.changed_by, changed_at: v.changed_at, updated_at: v.changed_at, version: sql`version + 1` })
    .where('attribute', '=', attribute)
    .where('version', '=', v.expectedVersion)
    .returningAll()
    .executeTakeFirst();

/** The next model number; the lock makes two trainings at once number their models one after the other. */
export async function nextModelNumber(db: Kysely<DB>): Promise<number> {
  await sql`LOCK TABLE profiling_model IN SHARE ROW EXCLUSIVE MODE`.execute(db);
  const row = await db.selectFrom('profiling_model').select((eb) => eb.fn.max('number').as('n')).executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export const insertModel = (db: Kysely<DB>, row: Insertable<ProfilingModelTable>) => db.insertInto('profiling_model').values(row).returningAll().executeTakeFirstOrThrow();

export async function insertHeldOut(db: Kysely<DB>, rows: readonly Insertable<ProfilingHeldOutScoreTable>[]) {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) await db.insertInto('profiling_held_out_score').values(rows.slice(i, i + BATCH_ROWS)).execute();
}

export const listModels = (db: Kysely<DB>) => db.selectFrom('profiling_model').selectAll().orderBy('number', 'desc').execute();
export const findModel = (db: Kysely<DB>, number: number) => db.selectFrom('profiling_model').selectAll().where('number', '=', number).executeTakeFirst();
export const activeModel = (db: Kysely<DB>) => db.selectFrom('profiling_model').selectAll().where('active', '=', true).executeTakeFirst();

/** Makes one version the active one; the previous active version is switched off in the same transaction. */
export async function activate(db: Kysely<DB>, id: string, expectedVersion: number, by: string | null, at: Date) {
  await db.updateTable('profiling_model').set({ active: false, updated_at: at, version: sql`version + 1` }).where('active', '=', true).where('id', '<>', id).execute();
  return db
    .updateTable('profiling_model')
    .set({ active: true, activated_at: at, activated_by: by, updated_at: at, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export const heldOutScores = (db: Kysely<DB>, modelId: string) =>
  db.selectFrom('profiling_held_out_score').select(['score', 'long_term', 'sex', 'age_band', 'disability', 'municipality_code', 'region']).where('model_id', '=', modelId).execute();

export const municipalityNames = (db: Kysely<DB>) => db.selectFrom('municipality').select(['code', 'name_en', 'name_ru', 'name_hy']).execute();
