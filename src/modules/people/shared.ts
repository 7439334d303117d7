/** What every people operation needs: its dependencies, the caller, and read auditing. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { AppError } from '../../server/errors';
import type { ProcessingPurpose } from '../access/data-categories';
import type { AccessDecision, Viewer } from '../access/policy';
import type { AccessService } from '../access/service';
import type { AuditActor } from '../audit/schema';
import type { AuditService } from '../audit/service';
import type { RelatedShown } from './person-view';

export interface PeopleDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  access: AccessService;
}

/** Who asks: the policy's view of them, and the audit's. */
export interface Caller {
  viewer: Viewer;
  actor: AuditActor;
}

export const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

/** The decision narrowed to identity: what a household member or linked record shows. */
export const identityOnly = (d: AccessDecision): AccessDecision => ({ ...d, categories: { identity: d.categories.identity } });

/** Audits that other people's identity was shown (household members, linked records). */
export async function auditRelated(deps: PeopleDeps, trx: Kysely<DB>, caller: Caller, related: RelatedShown[], purpose: ProcessingPurpose) {
  for (const r of related) {
    await deps.access.recordRead(trx, caller.actor, {
      personId: r.personId,
      action: 'person.read_related',
      purpose,
      decision: identityOnly(r.decision),
      extra: { shownIn: r.shownIn },
    });
  }
}

/** Audits a read of the person and of every other person whose identity the response showed. */
export async function auditRead(
  deps: PeopleDeps,
  trx: Kysely<DB>,
  caller: Caller,
  read: { personId: string; action: string; purpose: ProcessingPurpose; decision: AccessDecision; related: RelatedShown[] },
) {
  const { related, ...own } = read;
  await deps.access.recordRead(trx, caller.actor, own);
  await auditRelated(deps, trx, caller, related, read.purpose);
}

/** Postgres unique violation on the national id index (a concurrent registration won). */
export function isNationalIdTaken(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e?.code === '23505' && `${e.constraint ?? ''} ${e.message ?? ''}`.includes('person_national_id_unique');
}

export const nationalIdTaken = () =>
  new AppError('already_exists', { fields: [{ field: 'nationalId', code: 'national_id_taken' }] });
