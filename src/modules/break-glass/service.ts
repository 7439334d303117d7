/**
 * Break-glass: emergency access to a person's full record outside the normal rules. The
 * staff member types a reason, access ends by itself after BREAK_GLASS_MINUTES, every
 * use is flagged in the audit trail and waits for the data protection officer's review.
 */
import { minutes } from '../../server/clock';
import { AppError, fieldError, versionConflict } from '../../server/errors';
import type { CaseDeps, Caller } from '../cases/context';
import type { CaseService } from '../cases/service';
import * as repo from './repo';
import type { BreakGlassQuery, BreakGlassReview, BreakGlassUse } from './schema';

/** How long one break-glass grant lasts. Long enough for an emergency, short enough to need a new reason tomorrow. */
export const BREAK_GLASS_MINUTES = 60;

export type BreakGlassService = ReturnType<typeof createBreakGlassService>;
type Deps = CaseDeps & { cases: CaseService };

const toUse = (g: repo.GrantRow, now: Date): BreakGlassUse => ({
  id: g.id,
  user: { id: g.user_id, displayName: g.user_name, agency: { id: g.agency_id, name: g.agency_name } },
  person: { id: g.person_id, onedoorId: g.onedoor_id },
  reason: g.reason,
  grantedAt: g.granted_at.toISOString(),
  expiresAt: g.expires_at.toISOString(),
  active: g.expires_at > now,
  review:
    g.reviewed_at && g.review_outcome
      ? {
          outcome: g.review_outcome as 'justified' | 'not_justified',
          note: g.review_note,
          reviewedBy: g.reviewed_by ? { id: g.reviewed_by, displayName: g.reviewer_name ?? '' } : null,
          reviewedAt: g.reviewed_at.toISOString(),
        }
      : null,
  version: g.version,
});

export function createBreakGlassService(deps: Deps) {
  const { db, clock, audit, access, cases } = deps;
  return {
    open: ({ viewer, actor }: Caller, personId: string, reason: string) =>
      db.transaction().execute(async (trx) => {
        const decision = (await access.decideMany(viewer, [personId], 'case_work', trx)).get(personId);
        if (!decision) throw new AppError('not_found');
        // The policy lets a case relation win over a grant, so a grant would change nothing
        // for a viewer who already works with the client, and would only mislead the review.
        if (decision.relation !== 'none' && decision.relation !== 'break_glass') throw fieldError('reason', 'break_glass_not_needed');
        const now = clock.now();
        const expiresAt = new Date(now.getTime() + minutes(BREAK_GLASS_MINUTES));
        const { id } = await repo.insertGrant(trx, { user_id: viewer.userId, person_id: personId, reason, granted_at: now, expires_at: expiresAt });
        const active = await cases.activeCaseOf(personId, trx);
        if (active) {
          await cases.appendCaseEvent(trx, { caseId: active.id, type: 'break_glass.opened', agencyId: viewer.agencyId, actorUserId: viewer.userId, details: { grantId: id } });
        }
        // The reason is free text: it stays on the grant for the officer, not in the audit trail.
        await audit.record(trx, actor, {
          action: 'break_glass.open', personId, purpose: 'case_work', subjectType: 'break_glass_grant', subjectId: id,
          details: { flagged: true, expiresAt: expiresAt.toISOString() },
        });
        return { id, personId, grantedAt: now.toISOString(), expiresAt: expiresAt.toISOString() };
      }),

    /** The officer's list. Each person shown (by OneDoor id) is audited as a read, for security purposes. */
    list: ({ actor }: Caller, query: BreakGlassQuery) =>
      db.transaction().execute(async (trx) => {
        const { rows, total } = await repo.listGrants(trx, query.status === 'unreviewed', query.limit, query.offset);
        for (const g of rows) {
          await audit.record(trx, actor, {
            action: 'break_glass.list', personId: g.person_id, purpose: 'security', subjectType: 'break_glass_grant', subjectId: g.id,
            details: { shown: ['onedoor_id', 'break_glass_reason'] },
          });
        }
        const now = clock.now();
        return { items: rows.map((g) => toUse(g, now)), total };
      }),

    review: ({ viewer, actor }: Caller, id: string, input: BreakGlassReview) =>
      db.transaction().execute(async (trx) => {
        const grant = await repo.findGrant(trx, id);
        if (!grant) throw new AppError('not_found');
        if (grant.version !== input.version) throw versionConflict(grant.version);
        const now = clock.now();
        const values = { reviewed_by: viewer.userId, outcome: input.outcome, note: input.note };
        if (!(await repo.reviewGrant(trx, id, input.version, values, now))) throw versionConflict(grant.version);
        await audit.record(trx, actor, {
          action: 'break_glass.review', personId: grant.person_id, purpose: 'security', subjectType: 'break_glass_grant', subjectId: id,
          details: { outcome: input.outcome, userId: grant.user_id },
        });
        const updated = await repo.findGrant(trx, id);
        if (!updated) throw new AppError('not_found');
        return toUse(updated, now);
      }),
  };
}
