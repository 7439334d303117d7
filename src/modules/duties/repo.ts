/** SQL for notification duty rules, events and duties. Nothing else touches these tables. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';

export const listRules = (db: Kysely<DB>) =>
  db.selectFrom('duty_rule').selectAll().orderBy('event_type').orderBy('notifying_agency_type').execute();
export const findRule = (db: Kysely<DB>, id: string) => db.selectFrom('duty_rule').selectAll().where('id', '=', id).executeTakeFirst();
export type RuleRow = NonNullable<Awaited<ReturnType<typeof findRule>>>;

export async function updateRule(db: Kysely<DB>, id: string, expected: number, v: { days: number; active: boolean; updated_by: string; now: Date }) {
  const r = await db
    .updateTable('duty_rule')
    .set({ days: v.days, active: v.active, updated_by: v.updated_by, updated_at: v.now, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

export const activeRulesFor = (db: Kysely<DB>, eventType: string) =>
  db.selectFrom('duty_rule').selectAll().where('event_type', '=', eventType).where('active', '=', true).orderBy('notifying_agency_type').execute();

/** The case's person and agencies (lead first, then active partners), each with its type. */
export async function caseAgencies(db: Kysely<DB>, caseId: string) {
  const c = await db
    .selectFrom('client_case as c')
    .innerJoin('agency as a', 'a.id', 'c.lead_agency_id')
    .innerJoin('staff_user as m', 'm.id', 'c.case_manager_id')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .select(['c.id', 'c.person_id', 'c.status', 'c.lead_agency_id', 'a.type as lead_type', 'm.office_id as manager_office_id', 'p.municipality_code'])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  if (!c) return undefined;
  const partners = await db
    .selectFrom('case_partner as cp')
    .innerJoin('agency as a', 'a.id', 'cp.agency_id')
    .select(['a.id', 'a.type'])
    .where('cp.case_id', '=', caseId)
    .where('cp.left_at', 'is', null)
    .orderBy('cp.joined_at')
    .execute();
  return { ...c, agencies: [{ id: c.lead_agency_id, type: c.lead_type }, ...partners] };
}

/** Active agencies of a type with an active office in the municipality. */
export const agenciesOfTypeIn = (db: Kysely<DB>, type: string, municipalityCode: string) =>
  db
    .selectFrom('agency as a')
    .select('a.id')
    .distinct()
    .where('a.type', '=', type)
    .where('a.active', '=', true)
    .where((eb) => eb.exists(eb.selectFrom('office as o').select('o.id').whereRef('o.agency_id', '=', 'a.id').where('o.active', '=', true).where('o.municipality_code', '=', municipalityCode)))
    .execute();

export const findAgency = (db: Kysely<DB>, id: string) => db.selectFrom('agency').select(['id', 'type', 'active']).where('id', '=', id).executeTakeFirst();

export const officeOf = async (db: Kysely<DB>, userId: string) =>
  (await db.selectFrom('staff_user').select('office_id').where('id', '=', userId).executeTakeFirst())?.office_id ?? null;

export const insertEvent = (
  db: Kysely<DB>,
  v: { case_id: string; person_id: string; event_type: string; occurred_on: string; source: string; recorded_by: string | null; recorded_by_agency_id: string | null; now: Date },
) => {
  const { now, ...values } = v;
  return db.insertInto('duty_event').values({ ...values, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
};

export const insertDuty = (
  db: Kysely<DB>,
  v: {
    rule_id: string; event_id: string; case_id: string; person_id: string; event_type: string; event_on: string; days: number; due_on: string;
    notifying_agency_id: string; notifying_office_id: string | null; receiving_agency_id: string | null; now: Date;
  },
) => {
  const { now, ...values } = v;
  return db.insertInto('duty').values({ ...values, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
};

const dutyColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('duty as d')
    .innerJoin('agency as na', 'na.id', 'd.notifying_agency_id')
    .leftJoin('agency as ra', 'ra.id', 'd.receiving_agency_id')
    .innerJoin('person as p', 'p.id', 'd.person_id')
    .innerJoin('duty_rule as r', 'r.id', 'd.rule_id')
    .selectAll('d')
    .select(['r.receiving_agency_type', 'na.name as notifying_agency_name', 'ra.name as receiving_agency_name', 'p.onedoor_id', 'p.given_name', 'p.family_name']);

export const findDuty = (db: Kysely<DB>, id: string) => dutyColumns(db).where('d.id', '=', id).executeTakeFirst();
export type DutyRow = NonNullable<Awaited<ReturnType<typeof findDuty>>>;

export async function lockDuty(db: Kysely<DB>, id: string) {
  await sql`SELECT 1 FROM duty WHERE id = ${id} FOR UPDATE`.execute(db);
}

/** Outgoing: the agency's duties to send, open first by due day. Incoming: notifications sent to it, unacknowledged first. */
export function listDuties(db: Kysely<DB>, agencyId: string, box: 'outgoing' | 'incoming', limit = 200) {
  const q = dutyColumns(db);
  const ordered = sql`CASE d.status WHEN 'open' THEN 0 WHEN 'sent' THEN 1 ELSE 2 END`;
  if (box === 'outgoing') {
    return q.where('d.notifying_agency_id', '=', agencyId).orderBy(ordered).orderBy('d.due_on').orderBy('d.created_at').limit(limit).execute();
  }
  return q
    .where('d.receiving_agency_id', '=', agencyId)
    .where('d.status', '<>', 'open')
    .orderBy(ordered)
    .orderBy('d.sent_at', 'desc')
    .limit(limit)
    .execute();
}

export const dutiesOfEvent = (db: Kysely<DB>, eventId: string) => dutyColumns(db).where('d.event_id', '=', eventId).orderBy('d.created_at').execute();

export async function updateDuty(
  db: Kysely<DB>,
  id: string,
  expected: number,
  set: Partial<{
    status: 'sent' | 'acknowledged'; receiving_agency_id: string; receiving_office_id: string | null; sent_at: Date; sent_by: string;
    acknowledged_at: Date; acknowledged_by: string; days_to_send: number; sent_within_deadline: boolean; days_to_acknowledge: number;
  }>,
  now: Date,
) {
  const r = await db.updateTable('duty').set({ ...set, updated_at: now, version: sql`version + 1` }).where('id', '=', id).where('version', '=', expected).executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

export const flagOverdue = (db: Kysely<DB>, id: string, now: Date) =>
  db.updateTable('duty').set({ overdue_at: now, updated_at: now, version: sql`version + 1` }).where('id', '=', id).where('status', '=', 'open').where('overdue_at', 'is', null).executeTakeFirst();

/** Every duty touching the agencies in the directions asked, with rule and office names, for the dashboard. */
export function dashboardRows(db: Kysely<DB>, agencyId: string, directions: ('outgoing' | 'incoming')[]) {
  return db
    .selectFrom('duty as d')
    .innerJoin('agency as na', 'na.id', 'd.notifying_agency_id')
    .leftJoin('agency as ra', 'ra.id', 'd.receiving_agency_id')
    .leftJoin('office as no', 'no.id', 'd.notifying_office_id')
    .leftJoin('office as ro', 'ro.id', 'd.receiving_office_id')
    .select([
      'd.id', 'd.rule_id', 'd.event_type', 'd.days', 'd.due_on', 'd.status', 'd.days_to_send', 'd.sent_within_deadline', 'd.days_to_acknowledge',
      'd.notifying_agency_id', 'na.name as notifying_agency_name', 'd.receiving_agency_id', 'ra.name as receiving_agency_name',
      'd.notifying_office_id', 'no.name as notifying_office_name', 'd.receiving_office_id', 'ro.name as receiving_office_name',
    ])
    .where((eb) =>
      eb.or([
        ...(directions.includes('outgoing') ? [eb('d.notifying_agency_id', '=', agencyId)] : []),
        ...(directions.includes('incoming') ? [eb('d.receiving_agency_id', '=', agencyId)] : []),
      ]),
    )
    .orderBy('d.due_on')
    .execute();
}
export type DashboardRow = Awaited<ReturnType<typeof dashboardRows>>[number];
