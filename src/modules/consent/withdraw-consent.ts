/**
 * Withdrawing consent. It takes effect at once: the access policy only counts consents
 * with no withdrawal, so the very next request of the recipient no longer sees the data.
 */
import { AppError, versionConflict } from '../../server/errors';
import type { Caller } from '../cases/context';
import { visibleConsent, worksWithClient, type ConsentDeps } from './context';
import { toConsent } from './mappers';
import * as repo from './repo';
import type { Consent, ConsentWithdraw } from './schema';

export function withdrawConsent(deps: ConsentDeps, { viewer, actor }: Caller, consentId: string, input: ConsentWithdraw): Promise<Consent> {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleConsent(deps, trx, viewer, consentId);
    // The client may tell the agency working with them, or the recipient itself.
    const mayRecord = worksWithClient(decision) || (decision.relation === 'partner' && row.recipient_agency_id === viewer.agencyId);
    if (!mayRecord) throw new AppError('forbidden');
    if (row.version !== input.version) throw versionConflict(row.version);
    if (row.withdrawn_at) throw new AppError('validation_failed', { fields: [{ field: 'id', code: 'already_withdrawn' }] });
    if (row.decision === 'refused') throw new AppError('validation_failed', { fields: [{ field: 'id', code: 'refusal_not_withdrawable' }] });
    const now = deps.clock.now();
    if (!(await repo.withdrawConsent(trx, consentId, input.version, viewer.userId, input.reason, now))) throw versionConflict(row.version);
    const active = await deps.cases.activeCaseOf(row.person_id, trx);
    if (active) {
      await deps.cases.appendCaseEvent(trx, {
        caseId: active.id, type: 'consent.withdrawn', agencyId: viewer.agencyId, actorUserId: viewer.userId,
        details: { consentId, recipientAgencyId: row.recipient_agency_id },
      });
    }
    await deps.audit.record(trx, actor, {
      action: 'consent.withdraw', personId: row.person_id, purpose: 'case_work', subjectType: 'consent_record', subjectId: consentId,
      details: { recipientAgencyId: row.recipient_agency_id, dataCategories: row.data_categories },
    });
    const updated = await repo.findConsent(trx, consentId);
    if (!updated) throw new AppError('not_found');
    return toConsent(updated, now);
  });
}
