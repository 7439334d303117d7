/** SQL for cases, partners and the case timeline. Nothing else touches these tables except the access module's reads. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';

/** A case row with the names the API shows next to the ids. */
const caseColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('client_case as c')
    .innerJoin('agency as a', 'a.id', 'c.lead_agency_id')
    .innerJoin('staff_user as m', 'm.id', 'c.case_manager_id')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .selectAll('c')
    .select([
      'a.name as lead_agency_name', 'm.display_name as case_manager_name',
      // Names are read here only to be shown when the access decision allows identity data.
      'p.onedoor_id', 'p.given_name', 'p.family_name', 'p.given_name_latin', 'p.family_name_latin',
    ]);
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export const findCase = (db: Kysely<DB>, id: string) => caseColumns(db).where('c.id', '=', id).executeTakeFirst();

export const listCasesOfPerson = (db: Kysely<DB>, personId: string, caseIds: string[]) =>
  caseIds.length === 0
    ? Promise.resolve([])
    : caseColumns(db).where('c.person_id', '=', personId).where('c.id', 'in', caseIds).orderBy('c.opened_at', 'desc').execute();

export const findActiveCase = (db: Kysely<DB>, personId: string) =>
  db.selectFrom('client_case').selectAll().where('person_id', '=', personId).where('status', '<>', 'closed').executeTakeFirst();

export interface CaseloadFilter {
  caseManagerId?: string;
  leadAgencyId?: string;
  statuses: string[];
  limit: number;
  offset: number;
}
export async function listCaseload(db: Kysely<DB>, f: CaseloadFilter) {
  let q = caseColumns(db).where('c.status', 'in', f.statuses);
  let count = db.selectFrom('client_case as c').select((eb) => eb.fn.countAll<number>().as('n')).where('c.status', 'in', f.statuses);
  if (f.caseManagerId) {
    q = q.where('c.case_manager_id', '=', f.caseManagerId);
    count = count.where('c.case_manager_id', '=', f.caseManagerId);
  }
  if (f.leadAgencyId) {
    q = q.where('c.lead_agency_id', '=', f.leadAgencyId);
    count = count.where('c.lead_agency_id', '=', f.leadAgencyId);
  }
  const [rows, total] = await Promise.all([
    q.orderBy('c.opened_at', 'desc').orderBy('c.id').limit(f.limit).offset(f.offset).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export const insertCase = (db: Kysely<DB>, values: { person_id: string; lead_agency_id: string; case_manager_id: string; opened_at: Date }) =>
  db.insertInto('client_case').values(values).returning('id').executeTakeFirstOrThrow();

/** Optimistic update: touches the row only if it still has the version the user read. */
export async function updateCase(
  db: Kysely<DB>,
  id: string,
  version: number,
  values: { status?: string; status_reason?: string | null; closed_at?: Date | null; case_manager_id?: string },
  now: Date,
) {
  const result = await db
    .updateTable('client_case')
    .set({ ...values, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export const listPartners = (db: Kysely<DB>, caseId: string) =>
  db
    .selectFrom('case_partner as cp')
    .innerJoin('agency as a', 'a.id', 'cp.agency_id')
    .select(['cp.agency_id', 'a.name as agency_name', 'cp.role', 'cp.joined_at'])
    .where('cp.case_id', '=', caseId)
    .where('cp.left_at', 'is', null)
    .orderBy('cp.joined_at')
    .execute();

export const insertPartner = (db: Kysely<DB>, values: { case_id: string; agency_id: string; role: string | null; added_by: string; joined_at: Date }) =>
  db.insertInto('case_partner').values(values).returning('id').executeTakeFirstOrThrow();

export async function endPartnership(db: Kysely<DB>, caseId: string, agencyId: string, now: Date) {
  const result = await db
    .updateTable('case_partner')
    .set((eb) => ({ left_at: now, updated_at: now, version: eb('version', '+', 1) }))
    .where('case_id', '=', caseId)
    .where('agency_id', '=', agencyId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export const findActiveAgency = (db: Kysely<DB>, id: string) =>
  db.selectFrom('agency').select(['id', 'name']).where('id', '=', id).where('active', '=', true).executeTakeFirst();

export const findStaff = (db: Kysely<DB>, id: string) =>
  db.selectFrom('staff_user').select(['id', 'agency_id', 'roles', 'active']).where('id', '=', id).executeTakeFirst();

export interface NewCaseEvent {
  case_id: string;
  at: Date;
  agency_id: string | null;
  actor_user_id: string | null;
  event_type: string;
  data_category: string | null;
  details: Record<string, unknown>;
}
export const insertEvent = (db: Kysely<DB>, e: NewCaseEvent) =>
  db
    .insertInto('case_event')
    .values({ ...e, details: JSON.stringify(e.details) })
    .returning('id')
    .executeTakeFirstOrThrow();

/**
 * Consent and legal-basis events concern one agency (details.recipientAgencyId or agencyId).
 * Like the consent register, a partner sees only those addressed to its own agency: what the
 * client allowed or refused other agencies is not theirs to know.
 */
const addressedToOneAgency = sql<boolean>`(e.event_type LIKE 'consent.%' OR e.event_type LIKE 'legal_basis.%')`;
const addressedTo = (agencyId: string) =>
  sql<boolean>`(e.details->>'recipientAgencyId' = ${agencyId} OR e.details->>'agencyId' = ${agencyId})`;

/**
 * Timeline rows the viewer may see: no category, or one of theirs; with `onlyAddressedTo`, no
 * consent or legal-basis event of another agency. Hidden rows are filtered in SQL so they are
 * not counted either.
 */
export function listEvents(db: Kysely<DB>, caseId: string, categories: string[], limit: number, offset: number, onlyAddressedTo?: string) {
  let q = db
    .selectFrom('case_event as e')
    .leftJoin('agency as a', 'a.id', 'e.agency_id')
    .leftJoin('staff_user as u', 'u.id', 'e.actor_user_id')
    .select([
      'e.id', 'e.at', 'e.event_type', 'e.data_category', 'e.details', 'e.agency_id', 'e.actor_user_id',
      'a.name as agency_name', 'u.display_name as actor_name',
    ])
    .where('e.case_id', '=', caseId)
    .where((eb) => (categories.length ? eb.or([eb('e.data_category', 'is', null), eb('e.data_category', 'in', categories)]) : eb('e.data_category', 'is', null)));
  if (onlyAddressedTo) q = q.where(sql<boolean>`(NOT ${addressedToOneAgency} OR ${addressedTo(onlyAddressedTo)})`);
  return q.orderBy('e.at', 'desc').orderBy('e.seq', 'desc').limit(limit).offset(offset).execute();
}
