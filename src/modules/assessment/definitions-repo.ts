/** SQL for instrument and segmentation-rule versions (assessment_definition). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';

export type DefinitionKind = 'instrument' | 'segment_rules';

const summaryColumns = ['id', 'kind', 'number', 'status', 'created_by', 'created_at', 'published_at', 'published_by', 'version'] as const;

export const findDefinition = (db: Kysely<DB>, kind: DefinitionKind, id: string) =>
  db.selectFrom('assessment_definition').selectAll().where('id', '=', id).where('kind', '=', kind).executeTakeFirst();

export const findCurrent = (db: Kysely<DB>, kind: DefinitionKind) =>
  db.selectFrom('assessment_definition').selectAll().where('kind', '=', kind).where('status', '=', 'published').executeTakeFirst();

export type DefinitionRow = NonNullable<Awaited<ReturnType<typeof findCurrent>>>;
export type DefinitionSummaryRow = Pick<DefinitionRow, (typeof summaryColumns)[number]>;

export const listDefinitions = (db: Kysely<DB>, kind: DefinitionKind) =>
  db.selectFrom('assessment_definition').select(summaryColumns).where('kind', '=', kind).orderBy('number', 'desc').execute();

export async function nextNumber(db: Kysely<DB>, kind: DefinitionKind) {
  const row = await db
    .selectFrom('assessment_definition')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export const insertDefinition = (db: Kysely<DB>, v: { kind: DefinitionKind; number: number; definition: unknown; created_by: string | null }) =>
  db
    .insertInto('assessment_definition')
    .values({ ...v, definition: JSON.stringify(v.definition) })
    .returningAll()
    .executeTakeFirstOrThrow();

/** Only drafts change, and only from the version the administrator read. */
export async function updateDraft(db: Kysely<DB>, id: string, version: number, definition: unknown, now: Date) {
  const result = await db
    .updateTable('assessment_definition')
    .set({ definition: JSON.stringify(definition), version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export const retireCurrent = (db: Kysely<DB>, kind: DefinitionKind, now: Date) =>
  db
    .updateTable('assessment_definition')
    .set((eb) => ({ status: 'retired', version: eb('version', '+', 1), updated_at: now }))
    .where('kind', '=', kind)
    .where('status', '=', 'published')
    .execute();

export async function publishDraft(db: Kysely<DB>, id: string, version: number, by: string | null, now: Date) {
  const result = await db
    .updateTable('assessment_definition')
    .set({ status: 'published', published_at: now, published_by: by, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
