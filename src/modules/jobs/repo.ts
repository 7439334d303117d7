/** SQL of the jobs module; nothing else touches the job table. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';

export type JobRow = Awaited<ReturnType<typeof claimDue>>;

export async function upsert(
  trx: Kysely<DB>,
  j: { kind: string; key: string; runAt: Date; payload: Record<string, unknown>; now: Date },
  onExisting: 'move' | 'keep',
) {
  const insert = trx.insertInto('job').values({
    kind: j.kind, key: j.key, run_at: j.runAt, payload: JSON.stringify(j.payload), created_at: j.now, updated_at: j.now,
  });
  if (onExisting === 'keep') return insert.onConflict((oc) => oc.column('key').doNothing()).execute();
  return insert
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        kind: j.kind, run_at: j.runAt, payload: JSON.stringify(j.payload), status: 'pending', attempts: 0, last_error: null, finished_at: null,
        updated_at: j.now, version: sql`job.version + 1`,
      }),
    )
    .execute();
}

export async function cancel(trx: Kysely<DB>, key: string, now: Date) {
  await trx
    .updateTable('job')
    .set({ status: 'cancelled', finished_at: now, updated_at: now, version: sql`version + 1` })
    .where('key', '=', key)
    .where('status', '=', 'pending')
    .execute();
}

/** The next due job, locked for this transaction; jobs other processes hold are skipped. */
export async function claimDue(trx: Kysely<DB>, now: Date, kinds: string[]) {
  return trx
    .selectFrom('job')
    .select(['id', 'kind', 'key', 'run_at', 'payload', 'attempts'])
    .where('status', '=', 'pending')
    .where('run_at', '<=', now)
    .where('kind', 'in', kinds)
    .orderBy('run_at')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export async function finish(trx: Kysely<DB>, id: string, now: Date, next: Date | null) {
  await trx
    .updateTable('job')
    .set(next ? { run_at: next, attempts: 0, last_error: null, updated_at: now, version: sql`version + 1` } : { status: 'done', finished_at: now, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function recordFailure(db: Kysely<DB>, id: string, now: Date, error: string, retryAt: Date | null) {
  await db
    .updateTable('job')
    .set({
      attempts: sql`attempts + 1`, last_error: error, updated_at: now, version: sql`version + 1`,
      ...(retryAt ? { run_at: retryAt } : { status: 'failed', finished_at: now }),
    })
    .where('id', '=', id)
    .execute();
}

export async function find(db: Kysely<DB>, key: string) {
  return db.selectFrom('job').select(['id', 'kind', 'key', 'run_at', 'status', 'attempts', 'last_error', 'payload']).where('key', '=', key).executeTakeFirst();
}

/** Jobs by kind and status, with the next due time: what an operator checks. */
export async function summary(db: Kysely<DB>) {
  return db
    .selectFrom('job')
    .select((eb) => ['kind', 'status', eb.fn.countAll<number>().as('count'), eb.fn.min('run_at').as('next_run_at')])
    .groupBy(['kind', 'status'])
    .orderBy('kind')
    .orderBy('status')
    .execute();
}
