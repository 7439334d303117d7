/** Duplicate links between person records. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';

export const findLink = (db: Kysely<DB>, id: string) =>
  db.selectFrom('person_link').selectAll().where('id', '=', id).executeTakeFirst();

/** An open (suspected or linked) link between the two records, in either direction. */
export const openLinkBetween = (db: Kysely<DB>, a: string, b: string) =>
  db
    .selectFrom('person_link')
    .select('id')
    .where('status', 'in', ['suspected', 'linked'])
    .where((eb) =>
      eb.or([
        eb.and([eb('person_id', '=', a), eb('duplicate_person_id', '=', b)]),
        eb.and([eb('person_id', '=', b), eb('duplicate_person_id', '=', a)]),
      ]),
    )
    .executeTakeFirst();

/** A linked record that points elsewhere: linking to it or from it would make a chain. */
export const linkedAsDuplicate = (db: Kysely<DB>, personId: string) =>
  db.selectFrom('person_link').select('id').where('duplicate_person_id', '=', personId).where('status', '=', 'linked').executeTakeFirst();

/** A record other records are linked to as their primary. */
export const linkedAsPrimary = (db: Kysely<DB>, personId: string) =>
  db.selectFrom('person_link').select('id').where('person_id', '=', personId).where('status', '=', 'linked').executeTakeFirst();

export async function insertLink(
  db: Kysely<DB>,
  l: { personId: string; duplicatePersonId: string; status: string; reason: string; userId: string; now: Date },
) {
  const decided = l.status === 'linked';
  const row = await db
    .insertInto('person_link')
    .values({
      person_id: l.personId,
      duplicate_person_id: l.duplicatePersonId,
      status: l.status,
      reason: l.reason,
      flagged_by: l.userId,
      flagged_at: l.now,
      decided_by: decided ? l.userId : null,
      decided_at: decided ? l.now : null,
      created_at: l.now,
      updated_at: l.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function decideLink(db: Kysely<DB>, id: string, version: number, d: { status: string; reason: string; userId: string; now: Date }) {
  const result = await db
    .updateTable('person_link')
    .set({ status: d.status, reason: d.reason, decided_by: d.userId, decided_at: d.now, version: version + 1, updated_at: d.now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
