/** SQL for case conferences, their participants, agenda, minutes and decisions, and committees. Nothing else touches these tables. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';

export const findConference = (db: Kysely<DB>, id: string) =>
  db.selectFrom('conference as c')
    .innerJoin('staff_user as o', 'o.id', 'c.organiser_id')
    .innerJoin('agency as oa', 'oa.id', 'c.organiser_agency_id')
    .leftJoin('office as f', 'f.id', 'c.office_id')
    .selectAll('c')
    .select(['o.display_name as organiser_name', 'oa.name as organiser_agency_name', 'f.name as office_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
export type ConferenceRow = NonNullable<Awaited<ReturnType<typeof findConference>>>;

export async function lockConference(db: Kysely<DB>, id: string) {
  await sql`SELECT 1 FROM conference WHERE id = ${id} FOR UPDATE`.execute(db);
}

export const insertConference = (
  db: Kysely<DB>,
  v: {
    committee_id: string | null; title: string; starts_at: Date; duration_minutes: number; mode: 'in_person' | 'online'; office_id: string | null; room: string | null;
    address: string | null; online_url: string | null; reminder_days: number; organiser_id: string; organiser_agency_id: string; now: Date;
  },
) => {
  const { now, ...values } = v;
  return db.insertInto('conference').values({ ...values, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
};

export const insertParticipants = (db: Kysely<DB>, conferenceId: string, people: { user_id: string; agency_id: string }[], now: Date) =>
  people.length ? db.insertInto('conference_participant').values(people.map((p) => ({ ...p, conference_id: conferenceId, created_at: now, updated_at: now }))).execute() : undefined;

export const listParticipants = (db: Kysely<DB>, conferenceId: string) =>
  db.selectFrom('conference_participant as p')
    .innerJoin('staff_user as s', 's.id', 'p.user_id')
    .innerJoin('agency as a', 'a.id', 'p.agency_id')
    .select(['p.user_id', 'p.agency_id', 'p.attendance', 'p.version', 's.display_name', 'a.name as agency_name'])
    .where('p.conference_id', '=', conferenceId)
    .orderBy('a.name').orderBy('s.display_name')
    .execute();

export async function setAttendance(db: Kysely<DB>, conferenceId: string, userId: string, expected: number, attendance: 'invited' | 'attended' | 'excused' | 'absent', now: Date) {
  const r = await db.updateTable('conference_participant').set({ attendance, version: sql`version + 1`, updated_at: now })
    .where('conference_id', '=', conferenceId).where('user_id', '=', userId).where('version', '=', expected).executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

export const listAgenda = (db: Kysely<DB>, conferenceId: string) =>
  db.selectFrom('conference_agenda_item').selectAll().where('conference_id', '=', conferenceId).orderBy('position').execute();
export type AgendaRow = Awaited<ReturnType<typeof listAgenda>>[number];

export const insertAgenda = (db: Kysely<DB>, conferenceId: string, items: { case_id: string; position: number; added_by: string }[], now: Date) =>
  items.length ? db.insertInto('conference_agenda_item').values(items.map((i) => ({ ...i, conference_id: conferenceId, created_at: now, updated_at: now }))).execute() : undefined;

export const findMinutes = (db: Kysely<DB>, conferenceId: string) =>
  db.selectFrom('conference_minutes as m').innerJoin('staff_user as s', 's.id', 'm.updated_by')
    .selectAll('m').select('s.display_name as updated_by_name').where('m.conference_id', '=', conferenceId).executeTakeFirst();

export const insertMinutes = (db: Kysely<DB>, v: { conference_id: string; text: string; updated_by: string; now: Date }) =>
  db.insertInto('conference_minutes').values({ conference_id: v.conference_id, text: v.text, updated_by: v.updated_by, created_at: v.now, updated_at: v.now }).execute();

export async function updateMinutes(db: Kysely<DB>, conferenceId: string, expected: number, v: { text: string; updated_by: string; now: Date }) {
  const r = await db.updateTable('conference_minutes').set({ text: v.text, updated_by: v.updated_by, updated_at: v.now, version: sql`version + 1` })
    .where('conference_id', '=', conferenceId).where('version', '=', expected).executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

export const listDecisions = (db: Kysely<DB>, conferenceId: string) =>
  db.selectFrom('conference_decision as d')
    .innerJoin('agency as a', 'a.id', 'd.owner_agency_id')
    .leftJoin('staff_user as u', 'u.id', 'd.owner_user_id')
    .innerJoin('staff_user as r', 'r.id', 'd.recorded_by')
    .selectAll('d')
    .select(['a.name as owner_agency_name', 'u.display_name as owner_user_name', 'r.display_name as recorded_by_name'])
    .where('d.conference_id', '=', conferenceId)
    .orderBy('d.created_at')
    .execute();

export const insertDecision = (
  db: Kysely<DB>,
  v: { conference_id: string; agenda_item_id: string; case_id: string; kind: 'plan_action' | 'referral'; text: string; owner_agency_id: string; owner_user_id: string | null; due_on: string; recorded_by: string; now: Date },
) => {
  const { now, ...values } = v;
  return db.insertInto('conference_decision').values({ ...values, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
};

export const linkDecision = (db: Kysely<DB>, id: string, v: { plan_id?: string | null; action_id?: string | null; referral_id?: string | null; now: Date }) =>
  db.updateTable('conference_decision')
    .set({ plan_id: v.plan_id ?? null, action_id: v.action_id ?? null, referral_id: v.referral_id ?? null, updated_at: v.now, version: sql`version + 1` })
    .where('id', '=', id).execute();

/** Conferences the user organises or is invited to, upcoming (not yet ended) or past. */
export function listFor(db: Kysely<DB>, userId: string, when: 'upcoming' | 'past', now: Date) {
  const ends = sql<Date>`c.starts_at + make_interval(mins => c.duration_minutes)`;
  let q = db.selectFrom('conference as c')
    .innerJoin('staff_user as o', 'o.id', 'c.organiser_id')
    .innerJoin('agency as oa', 'oa.id', 'c.organiser_agency_id')
    .selectAll('c')
    .select(['o.display_name as organiser_name', 'oa.name as organiser_agency_name'])
    .select((eb) => [
      eb.selectFrom('conference_agenda_item as i').select(eb.fn.countAll<number>().as('n')).whereRef('i.conference_id', '=', 'c.id').as('agenda_items'),
      eb.selectFrom('conference_participant as p').select(eb.fn.countAll<number>().as('n')).whereRef('p.conference_id', '=', 'c.id').as('participants'),
    ])
    .where((eb) => eb.or([
      eb('c.organiser_id', '=', userId),
      eb.exists(eb.selectFrom('conference_participant as p').select('p.user_id').whereRef('p.conference_id', '=', 'c.id').where('p.user_id', '=', userId)),
    ]));
  q = when === 'upcoming' ? q.where(ends, '>=', now).orderBy('c.starts_at', 'asc') : q.where(ends, '<', now).orderBy('c.starts_at', 'desc');
  return q.limit(200).execute();
}

export const isParticipant = async (db: Kysely<DB>, conferenceId: string, userId: string) =>
  !!(await db.selectFrom('conference_participant').select('user_id').where('conference_id', '=', conferenceId).where('user_id', '=', userId).executeTakeFirst());

/** Active staff by id, with their agency (for invitations and the briefing pack's viewer). */
export const staffByIds = (db: Kysely<DB>, ids: string[]) =>
  ids.length
    ? db.selectFrom('staff_user as s').innerJoin('agency as a', 'a.id', 's.agency_id')
      .select(['s.id', 's.display_name', 's.agency_id', 's.roles', 's.active', 'a.name as agency_name'])
      .where('s.id', 'in', ids).execute()
    : Promise.resolve([]);

/** The staff directory: active staff, optionally of one agency or matching a name. */
export function directory(db: Kysely<DB>, q: { agencyId?: string; q?: string }) {
  let query = db.selectFrom('staff_user as s').innerJoin('agency as a', 'a.id', 's.agency_id')
    .select(['s.id', 's.display_name', 's.agency_id', 'a.name as agency_name'])
    .where('s.active', '=', true).where('a.active', '=', true);
  if (q.agencyId) query = query.where('s.agency_id', '=', q.agencyId);
  if (q.q) query = query.where('s.display_name', 'ilike', `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`);
  return query.orderBy('a.name').orderBy('s.display_name').limit(500).execute();
}

export const insertCommittee = (
  db: Kysely<DB>,
  v: {
    name: string; agency_ids: string[]; member_ids: string[]; every_months: number; reminder_days: number; duration_minutes: number; mode: 'in_person' | 'online';
    office_id: string | null; room: string | null; address: string | null; online_url: string | null; next_meeting_at: Date; organiser_id: string; now: Date;
  },
) => {
  const { now, ...values } = v;
  return db.insertInto('conference_committee').values({ ...values, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
};

export const findCommittee = (db: Kysely<DB>, id: string) => db.selectFrom('conference_committee').selectAll().where('id', '=', id).executeTakeFirst();
export type CommitteeRow = NonNullable<Awaited<ReturnType<typeof findCommittee>>>;

export const moveCommittee = (db: Kysely<DB>, id: string, next: Date, now: Date) =>
  db.updateTable('conference_committee').set({ next_meeting_at: next, updated_at: now, version: sql`version + 1` }).where('id', '=', id).execute();

export const committeesFor = (db: Kysely<DB>, userId: string) =>
  db.selectFrom('conference_committee as k')
    .selectAll('k')
    .select((eb) => eb.selectFrom('conference as c').select('c.id').whereRef('c.committee_id', '=', 'k.id').whereRef('c.starts_at', '=', 'k.next_meeting_at').limit(1).as('next_conference_id'))
    .where((eb) => eb.or([eb('k.organiser_id', '=', userId), eb(sql.val(userId), '=', eb.fn.any('k.member_ids'))]))
    .orderBy('k.next_meeting_at')
    .execute();
