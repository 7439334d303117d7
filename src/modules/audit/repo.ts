import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { ChainedContent } from './chain';

// Any constant works; it only has to be the same for every writer of the chain.
const AUDIT_CHAIN_LOCK = 4_242_001;

/** Serialises writers of the chain until the surrounding transaction ends. */
export async function lockChain(db: Kysely<DB>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(db);
}

export async function findLastHash(db: Kysely<DB>): Promise<string | undefined> {
  const row = await db.selectFrom('audit_event').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row?.hash;
}

export async function insertEvent(db: Kysely<DB>, event: ChainedContent, prevHash: string, hash: string) {
  await db
    .insertInto('audit_event')
    .values({ ...event, details: JSON.stringify(event.details), prev_hash: prevHash, hash })
    .execute();
}

/** Reads the chain in pages, in order, so verification runs in constant memory. */
export async function* streamChain(db: Kysely<DB>, pageSize = 5000) {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    yield* rows;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

export interface AuditQuery {
  action?: string;
  actorUserId?: string;
  limit: number;
  beforeSeq?: number;
}

export async function listEvents(db: Kysely<DB>, q: AuditQuery) {
  let query = db
    .selectFrom('audit_event')
    .leftJoin('staff_user', 'staff_user.id', 'audit_event.actor_user_id')
    .select([
      'audit_event.seq',
      'audit_event.id',
      'audit_event.at',
      'audit_event.action',
      'audit_event.actor_user_id',
      'audit_event.actor_label',
      'staff_user.display_name as actor_name',
      'audit_event.subject_type',
      'audit_event.subject_id',
      'audit_event.purpose',
      'audit_event.ip',
      'audit_event.details',
    ])
    .orderBy('audit_event.seq', 'desc')
    .limit(q.limit);
  if (q.action) query = query.where('audit_event.action', 'like', `${q.action}%`);
  if (q.actorUserId) query = query.where('audit_event.actor_user_id', '=', q.actorUserId);
  if (q.beforeSeq) query = query.where('audit_event.seq', '<', q.beforeSeq);
  return query.execute();
}
