/** SQL for break-glass grants. The access module reads active grants to decide; the DPO reviews them here. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';

export const insertGrant = (db: Kysely<DB>, values: { user_id: string; person_id: string; reason: string; granted_at: Date; expires_at: Date }) =>
  db.insertInto('break_glass_grant').values(values).returning('id').executeTakeFirstOrThrow();

const useColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('break_glass_grant as g')
    .innerJoin('staff_user as u', 'u.id', 'g.user_id')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .innerJoin('person as p', 'p.id', 'g.person_id')
    .leftJoin('staff_user as r', 'r.id', 'g.reviewed_by')
    .selectAll('g')
    .select(['u.display_name as user_name', 'u.agency_id', 'a.name as agency_name', 'p.onedoor_id', 'r.display_name as reviewer_name']);
export type GrantRow = NonNullable<Awaited<ReturnType<typeof findGrant>>>;

export const findGrant = (db: Kysely<DB>, id: string) => useColumns(db).where('g.id', '=', id).executeTakeFirst();

export async function listGrants(db: Kysely<DB>, unreviewedOnly: boolean, limit: number, offset: number) {
  let q = useColumns(db);
  let count = db.selectFrom('break_glass_grant').select((eb) => eb.fn.countAll<number>().as('n'));
  if (unreviewedOnly) {
    q = q.where('g.reviewed_at', 'is', null);
    count = count.where('reviewed_at', 'is', null);
  }
  const [rows, total] = await Promise.all([
    q.orderBy('g.granted_at', 'desc').orderBy('g.id').limit(limit).offset(offset).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function reviewGrant(db: Kysely<DB>, id: string, version: number, values: { reviewed_by: string; outcome: string; note: string }, now: Date) {
  const result = await db
    .updateTable('break_glass_grant')
    .set({ reviewed_by: values.reviewed_by, reviewed_at: now, review_outcome: values.outcome, review_note: values.note, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
