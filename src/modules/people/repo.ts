/** Person rows and their revisions. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { toColumns, type PersonValues } from './person-values';

export const findPerson = (db: Kysely<DB>, id: string) =>
  db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();

export async function onedoorIdTaken(db: Kysely<DB>, onedoorId: string) {
  return (await db.selectFrom('person').select('id').where('onedoor_id', '=', onedoorId).executeTakeFirst()) !== undefined;
}

export async function nationalIdOwner(db: Kysely<DB>, nationalId: string) {
  return (await db.selectFrom('person').select('id').where('national_id', '=', nationalId).executeTakeFirst())?.id;
}

export async function insertPerson(db: Kysely<DB>, values: PersonValues, extra: { onedoorId: string; agencyId: string; now: Date }) {
  const row = await db
    .insertInto('person')
    .values({
      ...toColumns(values),
      onedoor_id: extra.onedoorId,
      registered_by_agency_id: extra.agencyId,
      created_at: extra.now,
      updated_at: extra.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Optimistic update: only if the row still has the version the user read. */
export async function updatePerson(db: Kysely<DB>, id: string, version: number, values: PersonValues, now: Date) {
  const result = await db
    .updateTable('person')
    .set({ ...toColumns(values), version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertRevision(
  db: Kysely<DB>,
  r: { personId: string; version: number; changedBy: string | null; changedAt: Date; changes: Record<string, { from: unknown; to: unknown }> },
) {
  await db
    .insertInto('person_revision')
    .values({ person_id: r.personId, version: r.version, changed_by: r.changedBy, changed_at: r.changedAt, changes: JSON.stringify(r.changes) })
    .execute();
}

export const listRevisions = (db: Kysely<DB>, personId: string) =>
  db
    .selectFrom('person_revision as r')
    .leftJoin('staff_user as u', 'u.id', 'r.changed_by')
    .leftJoin('agency as a', 'a.id', 'u.agency_id')
    .select(['r.version', 'r.changed_at', 'r.changes', 'u.id as user_id', 'u.display_name', 'a.name as agency_name'])
    .where('r.person_id', '=', personId)
    .orderBy('r.version', 'desc')
    .execute();
