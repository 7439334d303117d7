/** SQL of the notifications module; nothing else touches the notification table. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';

export interface Recipient {
  userId: string;
  agencyId: string;
}

export async function insert(
  trx: Kysely<DB>,
  n: {
    recipient_user_id: string | null; recipient_agency_id: string | null; kind: string; subject_type: string; subject_id: string;
    case_id: string | null; details: Record<string, unknown>; link: string; email: boolean; now: Date;
  },
) {
  const { now, details, ...rest } = n;
  return trx
    .insertInto('notification')
    .values({ ...rest, details: JSON.stringify(details), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Notifications addressed to the person, or to their agency as a whole. */
const forRecipient = (db: Kysely<DB>, r: Recipient) =>
  db.selectFrom('notification').where((eb) => eb.or([eb('recipient_user_id', '=', r.userId), eb.and([eb('recipient_user_id', 'is', null), eb('recipient_agency_id', '=', r.agencyId)])]));

export async function list(db: Kysely<DB>, r: Recipient, q: { unreadOnly: boolean; limit: number; offset: number }) {
  let query = forRecipient(db, r);
  if (q.unreadOnly) query = query.where('read_at', 'is', null);
  return query
    .select(['id', 'kind', 'subject_type', 'subject_id', 'case_id', 'details', 'link', 'read_at', 'created_at', 'recipient_user_id', 'version'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}

export async function countUnread(db: Kysely<DB>, r: Recipient) {
  const row = await forRecipient(db, r).where('read_at', 'is', null).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRead(db: Kysely<DB>, r: Recipient, ids: string[] | 'all', now: Date) {
  let query = db
    .updateTable('notification')
    .set({ read_at: now, read_by: r.userId, updated_at: now, version: sql`version + 1` })
    .where('read_at', 'is', null)
    .where((eb) => eb.or([eb('recipient_user_id', '=', r.userId), eb.and([eb('recipient_user_id', 'is', null), eb('recipient_agency_id', '=', r.agencyId)])]));
  if (ids !== 'all') query = query.where('id', 'in', ids);
  const res = await query.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** What the e-mail job needs: the notification and where (and in which language) to send it. */
export async function forEmail(trx: Kysely<DB>, id: string) {
  const n = await trx.selectFrom('notification').select(['id', 'kind', 'details', 'link', 'email_sent_at', 'recipient_user_id', 'recipient_agency_id']).where('id', '=', id).executeTakeFirst();
  if (!n) return undefined;
  let to = trx.selectFrom('staff_user').select(['email', 'preferred_language']).where('active', '=', true);
  to = n.recipient_user_id ? to.where('id', '=', n.recipient_user_id) : to.where('agency_id', '=', n.recipient_agency_id!);
  return { n, recipients: await to.orderBy('email').execute() };
}

export async function markEmailed(trx: Kysely<DB>, id: string, now: Date) {
  await trx.updateTable('notification').set({ email_sent_at: now, updated_at: now, version: sql`version + 1` }).where('id', '=', id).execute();
}
