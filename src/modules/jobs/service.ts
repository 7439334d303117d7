/**
 * Durable background jobs: timers for deadlines, reminders and overdue flags, and work done
 * after a request (e-mail). A module schedules a job inside its own transaction, so the timer
 * exists exactly when the change that needs it was committed, and registers a handler for its
 * kind. The runner takes due jobs one at a time (FOR UPDATE SKIP LOCKED, so several processes
 * can share the table), runs the handler in the same transaction that marks the job done: a
 * crash before the commit leaves the job pending, so nothing is lost and nothing runs twice.
 *
 * "Due" is decided by the application clock (server/clock.ts), so tests move time and call
 * runDue(); in production main.ts polls every few seconds.
 *
 *   schedule(trx, { kind, key, runAt, payload }, { ifExists: 'move' | 'keep' })
 *   cancel(trx, key)
 *   register(kind, handler)        handler(trx, job, now) → void | { next: Date } (recurring)
 *   runDue({ limit })              → how many jobs ran
 *   start(pollMs) → stop()
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { AppError } from '../../server/errors';
import * as repo from './repo';

export interface JobInput {
  kind: string;
  /** The timer's identity: scheduling the same key again moves it instead of adding one. */
  key: string;
  runAt: Date;
  /** Ids and codes only, never personal data. */
  payload?: Record<string, unknown>;
}

export interface DueJob {
  id: string;
  kind: string;
  key: string;
  runAt: Date;
  payload: Record<string, unknown>;
  attempts: number;
}

/** What a handler may answer: nothing (done) or when to run again (a recurring job). */
export type JobHandler = (trx: Kysely<DB>, job: DueJob, now: Date) => Promise<void | { next: Date }>;

export interface JobLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
}

const MAX_ATTEMPTS = 6;
const backoff = (attempts: number) => 60_000 * 2 ** attempts;

export type JobService = ReturnType<typeof createJobService>;

export function createJobService(deps: { db: Kysely<DB>; clock: Clock; log?: JobLogger }) {
  const { db, clock } = deps;
  const handlers = new Map<string, JobHandler>();

  async function schedule(trx: Kysely<DB>, job: JobInput, opts: { ifExists?: 'move' | 'keep' } = {}) {
    await repo.upsert(trx, { ...job, payload: job.payload ?? {}, now: clock.now() }, opts.ifExists ?? 'move');
  }

  async function runOne(kinds: string[]): Promise<boolean> {
    const now = clock.now();
    let claimed: DueJob | undefined;
    try {
      return await db.transaction().execute(async (trx) => {
        const row = await repo.claimDue(trx, now, kinds);
        if (!row) return false;
        claimed = { id: row.id, kind: row.kind, key: row.key, runAt: row.run_at, payload: row.payload, attempts: row.attempts };
        const result = await handlers.get(row.kind)!(trx, claimed, now);
        await repo.finish(trx, row.id, now, result ? result.next : null);
        return true;
      });
    } catch (err) {
      if (!claimed) throw err;
      // The handler's changes rolled back with the job; record the failure and retry later.
      const code = err instanceof AppError ? err.code : err instanceof Error ? err.name : 'unknown';
      const retryAt = claimed.attempts + 1 < MAX_ATTEMPTS ? new Date(now.getTime() + backoff(claimed.attempts)) : null;
      await repo.recordFailure(db, claimed.id, now, code, retryAt);
      deps.log?.warn({ jobId: claimed.id, kind: claimed.kind, error: code, willRetry: retryAt !== null }, 'background job failed');
      return true;
    }
  }

  /** Runs every job due now (by the clock), oldest first; returns how many ran. */
  async function runDue(opts: { limit?: number } = {}) {
    const kinds = [...handlers.keys()];
    if (kinds.length === 0) return 0;
    let ran = 0;
    while (ran < (opts.limit ?? 1000) && (await runOne(kinds))) ran++;
    return ran;
  }

  /** Polls for due jobs until stopped (main.ts); overlapping polls are skipped. */
  function start(pollMs = 5000) {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      runDue()
        .catch((err: unknown) => deps.log?.warn({ error: err instanceof Error ? err.name : 'unknown' }, 'job runner poll failed'))
        .finally(() => (running = false));
    }, pollMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  return {
    schedule,
    cancel: (trx: Kysely<DB>, key: string) => repo.cancel(trx, key, clock.now()),
    register(kind: string, handler: JobHandler) {
      if (handlers.has(kind)) throw new Error(`a handler for job kind ${kind} is already registered`);
      handlers.set(kind, handler);
    },
    runDue,
    start,
    /** For tests and the CLI: the state of one timer. */
    find: (key: string) => repo.find(db, key),
    /** For the CLI: how many jobs of each kind wait, ran or failed, and when the next is due. */
    summary: () => repo.summary(db),
  };
}
