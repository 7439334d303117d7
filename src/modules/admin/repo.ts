/** Agencies, offices, municipalities and staff profiles. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';

export const listMunicipalities = (db: Kysely<DB>) =>
  db.selectFrom('municipality').selectAll().orderBy('name_en').execute();

export const findMunicipality = (db: Kysely<DB>, code: string) =>
  db.selectFrom('municipality').select('code').where('code', '=', code).executeTakeFirst();

export function listAgencies(db: Kysely<DB>) {
  return db
    .selectFrom('agency as a')
    .selectAll('a')
    .select((eb) => [
      eb.selectFrom('office').select(eb.fn.countAll<number>().as('n')).whereRef('office.agency_id', '=', 'a.id').as('office_count'),
      eb.selectFrom('staff_user').select(eb.fn.countAll<number>().as('n')).whereRef('staff_user.agency_id', '=', 'a.id').as('user_count'),
    ])
    .orderBy('a.name')
    .execute();
}

export const findAgency = (db: Kysely<DB>, id: string) =>
  db.selectFrom('agency').selectAll().where('id', '=', id).executeTakeFirst();

export const findAgencyByName = (db: Kysely<DB>, name: string) =>
  db.selectFrom('agency').select(['id']).where(sql<string>`lower(name)`, '=', name.toLowerCase()).executeTakeFirst();

export async function insertAgency(db: Kysely<DB>, values: { name: string; type: string }) {
  return db.insertInto('agency').values(values).returning('id').executeTakeFirstOrThrow();
}

/** Optimistic update: touches the row only if it still has the version the user read. */
export async function updateAgency(db: Kysely<DB>, id: string, version: number, values: { name: string; type: string; active: boolean }, now: Date) {
  const result = await db
    .updateTable('agency')
    .set({ ...values, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

const officeColumns = (db: Kysely<DB>) =>
  db.selectFrom('office as o').innerJoin('agency as a', 'a.id', 'o.agency_id').selectAll('o').select('a.name as agency_name');

export function listOffices(db: Kysely<DB>, agencyId?: string) {
  let q = officeColumns(db).orderBy('a.name').orderBy('o.name');
  if (agencyId) q = q.where('o.agency_id', '=', agencyId);
  return q.execute();
}

export const findOffice = (db: Kysely<DB>, id: string) => officeColumns(db).where('o.id', '=', id).executeTakeFirst();

export const findOfficeByName = (db: Kysely<DB>, agencyId: string, name: string) =>
  db
    .selectFrom('office')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();

export interface OfficeValues {
  agency_id: string;
  name: string;
  municipality_code: string;
  address: string | null;
  phone: string | null;
}

export const insertOffice = (db: Kysely<DB>, values: OfficeValues) =>
  db.insertInto('office').values(values).returning('id').executeTakeFirstOrThrow();

export async function updateOffice(db: Kysely<DB>, id: string, version: number, values: OfficeValues & { active: boolean }, now: Date) {
  const result = await db
    .updateTable('office')
    .set({ ...values, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

const userColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('staff_user as u')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .leftJoin('office as o', 'o.id', 'u.office_id')
    .select([
      'u.id', 'u.email', 'u.display_name', 'u.agency_id', 'u.office_id', 'u.roles', 'u.preferred_language',
      'u.active', 'u.totp_enabled_at', 'u.locked_until', 'u.last_sign_in_at', 'u.version',
      'a.name as agency_name', 'o.name as office_name',
    ]);

export function listUsers(db: Kysely<DB>, filter: { agencyId?: string; q?: string }) {
  let q = userColumns(db).orderBy('u.display_name').limit(500);
  if (filter.agencyId) q = q.where('u.agency_id', '=', filter.agencyId);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('u.display_name', 'ilike', like), eb('u.email', 'ilike', like)]));
  }
  return q.execute();
}

export const findUser = (db: Kysely<DB>, id: string) => userColumns(db).where('u.id', '=', id).executeTakeFirst();

export const findUserIdByEmail = (db: Kysely<DB>, email: string) =>
  db.selectFrom('staff_user').select('id').where(sql<string>`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();

export interface UserValues {
  display_name: string;
  agency_id: string;
  office_id: string | null;
  roles: string[];
  preferred_language: string;
}

export const insertUser = (db: Kysely<DB>, values: UserValues & { email: string; password_hash: string }) =>
  db.insertInto('staff_user').values(values).returning('id').executeTakeFirstOrThrow();

export async function updateUser(db: Kysely<DB>, id: string, version: number, values: UserValues & { active: boolean }, now: Date) {
  const result = await db
    .updateTable('staff_user')
    .set({ ...values, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function unlockUser(db: Kysely<DB>, id: string, now: Date) {
  await db
    .updateTable('staff_user')
    .set((eb) => ({ failed_sign_ins: 0, locked_until: null, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .execute();
}

export async function setPasswordHash(db: Kysely<DB>, id: string, passwordHash: string, now: Date) {
  await db
    .updateTable('staff_user')
    .set((eb) => ({ password_hash: passwordHash, failed_sign_ins: 0, locked_until: null, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .execute();
}
