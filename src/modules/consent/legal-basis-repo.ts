/** SQL for legal bases. The access module reads this table too, to decide. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';

const columns = (db: Kysely<DB>) =>
  db
    .selectFrom('legal_basis as b')
    .innerJoin('agency as a', 'a.id', 'b.agency_id')
    .leftJoin('staff_user as u', 'u.id', 'b.recorded_by')
    .selectAll('b')
    .select(['a.name as agency_name', 'u.display_name as recorded_by_name']);
export type LegalBasisRow = NonNullable<Awaited<ReturnType<typeof findLegalBasis>>>;

export const findLegalBasis = (db: Kysely<DB>, id: string) => columns(db).where('b.id', '=', id).executeTakeFirst();

export function listLegalBases(db: Kysely<DB>, personId: string, agencyId?: string) {
  let q = columns(db).where('b.person_id', '=', personId);
  if (agencyId) q = q.where('b.agency_id', '=', agencyId);
  return q.orderBy('b.created_at', 'desc').orderBy('b.id').execute();
}

export const insertLegalBasis = (
  db: Kysely<DB>,
  values: { person_id: string; agency_id: string; data_categories: string[]; basis: string; reference: string; recorded_by: string; valid_from: Date; valid_until: Date | null },
) => db.insertInto('legal_basis').values(values).returning('id').executeTakeFirstOrThrow();

export async function revokeLegalBasis(db: Kysely<DB>, id: string, version: number, by: string, now: Date) {
  const result = await db
    .updateTable('legal_basis')
    .set({ revoked_at: now, revoked_by: by, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
