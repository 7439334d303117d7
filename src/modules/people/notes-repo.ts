/**
 * SQL for case notes. Bodies arrive and leave sealed: this file never sees plain text.
 * Lists filter by category in SQL, so a hidden note is never even loaded.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';

const noteColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('person_note as n')
    .innerJoin('agency as a', 'a.id', 'n.agency_id')
    .innerJoin('staff_user as u', 'u.id', 'n.author_id')
    .selectAll('n')
    .select(['a.name as agency_name', 'u.display_name as author_name']);
export type NoteRow = NonNullable<Awaited<ReturnType<typeof findNote>>>;

export const findNote = (db: Kysely<DB>, personId: string, id: string) =>
  noteColumns(db).where('n.person_id', '=', personId).where('n.id', '=', id).executeTakeFirst();

/** Notes of the given categories only, newest first. */
export const listNotes = (db: Kysely<DB>, personId: string, categories: string[]) =>
  categories.length === 0
    ? Promise.resolve([])
    : noteColumns(db)
        .where('n.person_id', '=', personId)
        .where('n.data_category', 'in', categories)
        .orderBy('n.created_at', 'desc')
        .orderBy('n.id')
        .execute();

export async function insertNote(
  db: Kysely<DB>,
  n: { personId: string; agencyId: string; authorId: string; dataCategory: string; sealed: string; now: Date },
) {
  const row = await db
    .insertInto('person_note')
    .values({
      person_id: n.personId, agency_id: n.agencyId, author_id: n.authorId, data_category: n.dataCategory,
      body_encrypted: n.sealed, created_at: n.now, updated_at: n.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Optimistic update: only if the row still has the version the user read. */
export async function updateNote(db: Kysely<DB>, id: string, version: number, n: { dataCategory: string; sealed: string; now: Date }) {
  const result = await db
    .updateTable('person_note')
    .set({ data_category: n.dataCategory, body_encrypted: n.sealed, version: version + 1, updated_at: n.now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
