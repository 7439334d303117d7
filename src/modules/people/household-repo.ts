/** Households and memberships over time (moving keeps the old row with left_on set). */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';

export const currentMembership = (db: Kysely<DB>, personId: string) =>
  db.selectFrom('household_member').selectAll().where('person_id', '=', personId).where('left_on', 'is', null).executeTakeFirst();

export const currentMembers = (db: Kysely<DB>, householdId: string) =>
  db
    .selectFrom('household_member as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .select(['m.person_id', 'm.relationship', 'm.joined_on', 'p.onedoor_id', 'p.given_name', 'p.family_name'])
    .where('m.household_id', '=', householdId)
    .where('m.left_on', 'is', null)
    .orderBy('m.joined_on')
    .orderBy('p.birth_date')
    .execute();

export async function insertHousehold(db: Kysely<DB>, now: Date) {
  return (await db.insertInto('household').values({ created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function endMembership(db: Kysely<DB>, id: string, version: number, leftOn: string, now: Date) {
  const result = await db
    .updateTable('household_member')
    .set({ left_on: leftOn, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertMembership(
  db: Kysely<DB>,
  m: { householdId: string; personId: string; relationship: string; joinedOn: string; now: Date },
) {
  await db
    .insertInto('household_member')
    .values({ household_id: m.householdId, person_id: m.personId, relationship: m.relationship, joined_on: m.joinedOn, created_at: m.now, updated_at: m.now })
    .execute();
}

export const membershipHistory = (db: Kysely<DB>, personId: string) =>
  db
    .selectFrom('household_member')
    .select(['household_id', 'relationship', 'joined_on', 'left_on'])
    .where('person_id', '=', personId)
    .orderBy('joined_on', 'desc')
    .execute();
