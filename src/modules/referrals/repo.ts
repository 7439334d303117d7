/** SQL for referrals and their lifecycle events. Nothing else touches these tables. */
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB } from '../../db/types';
import type { ReferralTable } from '../../db/types-referrals';

const withNames = (db: Kysely<DB>) =>
  db
    .selectFrom('referral as r')
    .innerJoin('agency as sa', 'sa.id', 'r.sending_agency_id')
    .innerJoin('agency as ra', 'ra.id', 'r.receiving_agency_id')
    .innerJoin('staff_user as cm', 'cm.id', 'r.case_manager_id')
    .innerJoin('staff_user as cb', 'cb.id', 'r.created_by')
    .leftJoin('staff_user as rb', 'rb.id', 'r.received_by')
    .leftJoin('staff_user as fb', 'fb.id', 'r.feedback_delivered_by')
    .selectAll('r')
    .select([
      'sa.name as sending_agency_name', 'ra.name as receiving_agency_name', 'cm.display_name as case_manager_name', 'cb.display_name as created_by_name',
      'rb.display_name as received_by_name', 'fb.display_name as feedback_delivered_by_name',
    ]);

export const findReferral = (db: Kysely<DB>, id: string) => withNames(db).where('r.id', '=', id).executeTakeFirst();
export type ReferralRow = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

/** Serialises changes to one referral: every step takes this lock first, so checks and writes see one state. */
export async function lockReferral(db: Kysely<DB>, id: string) {
  await sql`SELECT 1 FROM referral WHERE id = ${id} FOR UPDATE`.execute(db);
  return findReferral(db, id);
}

export const insertReferral = (db: Kysely<DB>, v: Insertable<ReferralTable>) => db.insertInto('referral').values(v).returning('id').executeTakeFirstOrThrow();

/** Applies a step when the expected version matches; false when someone else changed it first. */
export async function updateReferral(db: Kysely<DB>, id: string, expected: number, v: Updateable<ReferralTable>) {
  const r = await db.updateTable('referral').set({ ...v, version: sql`version + 1` }).where('id', '=', id).where('version', '=', expected).executeTakeFirst();
  return r.numUpdatedRows === 1n;
}

export const insertEvent = (
  db: Kysely<DB>,
  v: { referral_id: string; action: string; from_status: string | null; to_status: string; at: Date; actor_user_id: string | null; agency_id: string | null; note: string | null; details: Record<string, unknown> },
) => db.insertInto('referral_event').values({ ...v, details: JSON.stringify(v.details), created_at: v.at, updated_at: v.at }).execute();

export const listEvents = (db: Kysely<DB>, referralId: string) =>
  db
    .selectFrom('referral_event as e')
    .leftJoin('staff_user as s', 's.id', 'e.actor_user_id')
    .leftJoin('agency as a', 'a.id', 'e.agency_id')
    .select(['e.action', 'e.from_status', 'e.to_status', 'e.at', 'e.actor_user_id', 's.display_name as actor_name', 'e.agency_id', 'a.name as agency_name', 'e.note'])
    .where('e.referral_id', '=', referralId)
    .orderBy('e.seq')
    .execute();

export const nextReferrals = (db: Kysely<DB>, id: string) =>
  db.selectFrom('referral').select('id').where('previous_referral_id', '=', id).orderBy('created_at').execute();

export const referralsOfCase = (db: Kysely<DB>, caseId: string) => withNames(db).where('r.case_id', '=', caseId).orderBy('r.created_at', 'desc').orderBy('r.id').execute();

/** Statuses in which the client has not (yet) attended: the appear-by deadline still matters. */
export const BEFORE_ATTENDANCE = ['sent', 'received', 'accepted', 'waitlisted', 'appointment_booked', 'no_show'] as const;
/** A sent referral whose receipt is not confirmed after this many days is overdue. */
export const RECEIPT_DAYS = 3;

export interface InboxFilter {
  agencyId: string;
  statuses: string[];
  urgency?: string;
  overdue?: boolean;
  serviceId?: string;
  locationId?: string;
  today: string;
  receiptDeadline: Date;
  limit: number;
  offset: number;
}

export async function inbox(db: Kysely<DB>, f: InboxFilter) {
  let q = withNames(db).where('r.receiving_agency_id', '=', f.agencyId).where('r.status', '<>', 'draft');
  if (f.statuses.length) q = q.where('r.status', 'in', f.statuses);
  if (f.urgency) q = q.where('r.urgency', '=', f.urgency);
  if (f.serviceId) q = q.where('r.service_id', '=', f.serviceId);
  if (f.locationId) {
    const locationId = f.locationId;
    q = q.where((eb) => eb.exists(eb.selectFrom('service_at_location as sl').select('sl.service_id').whereRef('sl.service_id', '=', 'r.service_id').where('sl.location_id', '=', locationId)));
  }
  if (f.overdue !== undefined) {
    const overdue = sql<boolean>`(r.overdue_at IS NOT NULL AND r.status IN (${sql.join([...BEFORE_ATTENDANCE])}))
      OR (r.status IN (${sql.join([...BEFORE_ATTENDANCE])}) AND r.appear_by < ${f.today})
      OR (r.status = 'sent' AND r.sent_at < ${f.receiptDeadline})`;
    q = q.where(f.overdue ? overdue : sql<boolean>`NOT (${overdue})`);
  }
  const total = await q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await q
    .orderBy(sql`CASE r.urgency WHEN 'urgent' THEN 0 WHEN 'priority' THEN 1 ELSE 2 END`)
    .orderBy('r.sent_at')
    .orderBy('r.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { items, total: Number(total.n) };
}

/** Every referral of chains started by an agency (sent ones), for the journey-smoothness indicator. */
export const chainsOfAgency = (db: Kysely<DB>, agencyId: string) =>
  db
    .selectFrom('referral as r')
    .select(['r.id', 'r.chain_id', 'r.case_id', 'r.status', 'r.outcome', 'r.sent_at', 'r.created_at'])
    .where('r.chain_id', 'in', db.selectFrom('referral').select('chain_id').where('sending_agency_id', '=', agencyId))
    .orderBy('r.chain_id')
    .orderBy('r.sent_at')
    .orderBy('r.created_at')
    .execute();
