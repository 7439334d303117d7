/**
 * The audit trail. `record` must be called with the transaction that makes the change,
 * so the change and its audit event commit or roll back together.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { eventHash, GENESIS_HASH } from './chain';
import * as repo from './repo';
import * as accessLog from './access-log-repo';
import type { AuditActor, AuditEntry, ChainVerification } from './schema';

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService(deps: { db: Kysely<DB>; clock: Clock }) {
  async function record(trx: Kysely<DB>, actor: AuditActor, entry: AuditEntry): Promise<void> {
    await repo.lockChain(trx);
    const prevHash = (await repo.findLastHash(trx)) ?? GENESIS_HASH;
    const event = {
      id: randomUUID(),
      at: deps.clock.now(),
      actor_user_id: actor.userId ?? null,
      actor_label: actor.label ?? null,
      action: entry.action,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId ?? null,
      person_id: entry.personId ?? null,
      purpose: entry.purpose ?? null,
      ip: actor.ip ?? null,
      request_id: actor.requestId ?? null,
      details: entry.details ?? {},
    };
    await repo.insertEvent(trx, event, prevHash, eventHash(prevHash, event));
  }

  /** Records an event in its own transaction (for events with no accompanying change). */
  async function recordAlone(actor: AuditActor, entry: AuditEntry): Promise<void> {
    await deps.db.transaction().execute((trx) => record(trx, actor, entry));
  }

  /** Recomputes every hash in order and reports the first event that does not match. */
  async function verifyChain(): Promise<ChainVerification> {
    let prevHash = GENESIS_HASH;
    let checked = 0;
    for await (const row of repo.streamChain(deps.db)) {
      const { seq, prev_hash, hash, ...content } = row;
      if (prev_hash !== prevHash || eventHash(prevHash, content) !== hash) {
        return { ok: false, checked, brokenAtSeq: Number(seq), brokenEventId: row.id };
      }
      prevHash = hash;
      checked += 1;
    }
    return { ok: true, checked };
  }

  /** Unusual access in a period, for the data protection officer. */
  async function unusualAccess(from: Date, to: Date, threshold: number) {
    const [heavyReaders, readsWithoutMembership, breakGlass] = await Promise.all([
      accessLog.heavyReaders(deps.db, from, to, threshold),
      accessLog.readsWithoutMembership(deps.db, from, to),
      accessLog.breakGlassEvents(deps.db, from, to),
    ]);
    return { heavyReaders, readsWithoutMembership, breakGlass };
  }

  return {
    record,
    recordAlone,
    verifyChain,
    list: (q: repo.AuditQuery) => repo.listEvents(deps.db, q),
    personAccessLog: (trx: Kysely<DB>, personId: string, limit: number, beforeSeq?: number) =>
      accessLog.personAccessLog(trx, personId, limit, beforeSeq),
    unusualAccess,
    /** Runs work in one transaction: a read and its audit event commit together. */
    transaction: <T>(work: (trx: Kysely<DB>) => Promise<T>) => deps.db.transaction().execute(work),
  };
}
