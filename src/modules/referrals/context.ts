/**
 * What the referral use cases share: their dependencies (other modules only through their
 * services), the two sides a viewer may stand on, and the guards that decide them.
 *
 * - The sending side sees a referral through the access policy on its case: the person
 *   visible to them and the case one the policy counted (else 404).
 * - The receiving side is the staff of the receiving agency with referral.receive: they see
 *   the referral and the snapshot it carries, nothing else of the person (unless the policy
 *   gives them their own access, e.g. as a partner of the case).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { AppError } from '../../server/errors';
import type { AccessDecision, Viewer } from '../access/policy';
import { can } from '../access/roles';
import type { AccessService } from '../access/service';
import type { AuditService } from '../audit/service';
import type { CaseService } from '../cases/service';
import type { CatalogueService } from '../catalogue/service';
import type { JobService } from '../jobs/service';
import type { NotificationService } from '../notifications/service';
import type { PeopleService } from '../people/service';
import * as repo from './repo';

export type { Caller } from '../cases/context';

export interface ReferralDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  access: Pick<AccessService, 'requireRecord' | 'consentedTo' | 'decideMany'>;
  cases: Pick<CaseService, 'caseFacts' | 'appendCaseEvent'>;
  catalogue: Pick<CatalogueService, 'servicesByIds' | 'book' | 'releaseBySource' | 'heldBy'>;
  people: Pick<PeopleService, 'personSnapshot' | 'documentFacts'>;
  notifications: Pick<NotificationService, 'notify'>;
  jobs: Pick<JobService, 'schedule' | 'register' | 'cancel'>;
  /** Days a referral may stay in one status before its current owner is nudged (REFERRAL_STALE_DAYS). */
  staleDays: number;
}

export type CaseFacts = NonNullable<Awaited<ReturnType<CaseService['caseFacts']>>>;
export type Side = 'sender' | 'receiver' | 'both';

/** The receiving side: staff of the receiving agency who work its referral inbox. */
export const isReceiver = (viewer: Viewer, row: { receiving_agency_id: string }) =>
  viewer.agencyId === row.receiving_agency_id && can(viewer.roles, 'referral.receive');

/** The case behind a referral, when the viewer may see it through the access policy (else null). */
export async function caseSide(deps: ReferralDeps, trx: Kysely<DB>, viewer: Viewer, caseId: string): Promise<{ c: CaseFacts; decision: AccessDecision } | null> {
  const c = await deps.cases.caseFacts(trx, caseId);
  if (!c) return null;
  try {
    const decision = await deps.access.requireRecord(viewer, c.personId, 'case_work', trx);
    return decision.caseIds.includes(c.id) ? { c, decision } : null;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

/** A case the viewer may see, else 404. */
export async function visibleCase(deps: ReferralDeps, trx: Kysely<DB>, viewer: Viewer, caseId: string) {
  const found = await caseSide(deps, trx, viewer, caseId);
  if (!found) throw new AppError('not_found');
  return found;
}

/** Referring is the work of the agencies in the case: the lead and the partners now in it. */
export function assertInCase(viewer: Viewer, c: CaseFacts) {
  if (c.leadAgencyId !== viewer.agencyId && !c.partners.some((p) => p.agencyId === viewer.agencyId)) throw new AppError('forbidden');
}

export interface Seen {
  row: repo.ReferralRow;
  side: Side;
  /** The viewer's own decision on the person, when they see the case (sending side). */
  sender: { c: CaseFacts; decision: AccessDecision } | null;
}

/**
 * A referral and the side the viewer sees it from; 404 when neither. The sending side is the
 * sending agency (or anyone of the case, for reading) seeing the case through the policy.
 */
export async function visibleReferral(deps: ReferralDeps, trx: Kysely<DB>, viewer: Viewer, id: string, lock = false): Promise<Seen> {
  const row = lock ? await repo.lockReferral(trx, id) : await repo.findReferral(trx, id);
  if (!row) throw new AppError('not_found');
  const receiver = isReceiver(viewer, row) && row.status !== 'draft';
  const sender = await caseSide(deps, trx, viewer, row.case_id);
  if (!receiver && !sender) throw new AppError('not_found');
  return { row, side: receiver && sender ? 'both' : receiver ? 'receiver' : 'sender', sender };
}

/** Steps of the sending side are taken by the sending agency's staff. */
export function assertSendingAgency(viewer: Viewer, seen: Seen) {
  if (!seen.sender || viewer.agencyId !== seen.row.sending_agency_id || !can(viewer.roles, 'referral.send')) throw new AppError('forbidden');
}

/** Steps of the receiving side are taken by the receiving agency's staff with referral.receive. */
export function assertReceivingAgency(viewer: Viewer, seen: Seen) {
  if (seen.side === 'sender') throw new AppError('forbidden');
}
