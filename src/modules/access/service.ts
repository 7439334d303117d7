/**
 * Decides what a staff member may see of people's data and records that they saw it.
 * Every module that reads or changes a person's data calls this service first.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { AppError } from '../../server/errors';
import type { AuditService } from '../audit/service';
import type { AuditActor } from '../audit/schema';
import type { DataCategory, ProcessingPurpose } from './data-categories';
import { canSee, decideAccess, visibleCategories, type AccessDecision, type Viewer } from './policy';
import { consentedCategories, loadFacts } from './repo';

export type AccessService = ReturnType<typeof createAccessService>;

export function createAccessService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  async function decideMany(viewer: Viewer, personIds: string[], purpose: ProcessingPurpose, trx: Kysely<DB> = db) {
    const now = clock.now();
    const facts = await loadFacts(trx, [...new Set(personIds)], viewer.agencyId, viewer.userId, now);
    const decisions = new Map<string, AccessDecision>();
    for (const [personId, f] of facts) decisions.set(personId, decideAccess(viewer, f, purpose, now));
    return decisions;
  }

  /**
   * The viewer's decision for one person. A record the viewer may not see at all answers
   * 404, exactly like one that does not exist: its existence is not revealed.
   */
  async function requireRecord(viewer: Viewer, personId: string, purpose: ProcessingPurpose, trx: Kysely<DB> = db) {
    const decision = (await decideMany(viewer, [personId], purpose, trx)).get(personId);
    if (!decision || visibleCategories(decision).length === 0) throw new AppError('not_found');
    return decision;
  }

  /** As requireRecord, and the category must be visible too (403: the record is known to the viewer). */
  async function requireCategory(viewer: Viewer, personId: string, category: DataCategory, purpose: ProcessingPurpose, trx: Kysely<DB> = db) {
    const decision = await requireRecord(viewer, personId, purpose, trx);
    if (!canSee(decision, category)) throw new AppError('forbidden');
    return decision;
  }

  /** Audits that a viewer was shown these categories of a person (reads are audited too). */
  async function recordRead(
    trx: Kysely<DB>,
    actor: AuditActor,
    read: { personId: string; action: string; purpose: ProcessingPurpose; decision: AccessDecision; subjectType?: string; subjectId?: string; extra?: Record<string, unknown> },
  ) {
    await audit.record(trx, actor, {
      action: read.action,
      personId: read.personId,
      purpose: read.purpose,
      subjectType: read.subjectType ?? 'person',
      subjectId: read.subjectId ?? read.personId,
      details: {
        categories: visibleCategories(read.decision).sort(),
        relation: read.decision.relation,
        ...(read.decision.relation === 'break_glass' ? { breakGlass: true } : {}),
        ...read.extra,
      },
    });
  }

  /** For referrals: the categories the person's consents to another agency cover for a purpose, now. */
  const consentedTo = (personId: string, agencyId: string, purpose: ProcessingPurpose, trx: Kysely<DB> = db) =>
    consentedCategories(trx, personId, agencyId, purpose, clock.now());

  return { decideMany, requireRecord, requireCategory, recordRead, consentedTo };
}
