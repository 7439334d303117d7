/**
 * Recording the client's consent (or refusal) for one partner agency, data categories and
 * purposes, with its evidence. The record, the case timeline entry and the audit event
 * commit together.
 */
import { AppError, fieldError } from '../../server/errors';
import type { Caller } from '../cases/context';
import { worksWithClient, type ConsentDeps } from './context';
import { decodeEvidence, type DecodedEvidence } from './evidence';
import { toConsent } from './mappers';
import * as repo from './repo';
import type { Consent, ConsentCreate } from './schema';

/** Checks that need no database, done before the transaction opens. */
function checkInput(input: ConsentCreate, now: Date) {
  const validFrom = input.validFrom ? new Date(input.validFrom) : now;
  const validUntil = input.validUntil ? new Date(input.validUntil) : null;
  if (validUntil && validUntil <= validFrom) throw fieldError('validUntil', 'must_be_after_valid_from');
  if (input.evidenceType === 'signed_form' && !input.evidence) throw fieldError('evidence', 'evidence_required');
  const evidence: DecodedEvidence | null = input.evidence ? decodeEvidence(input.evidence) : null;
  return { validFrom, validUntil, evidence };
}

export async function recordConsent(deps: ConsentDeps, { viewer, actor }: Caller, personId: string, input: ConsentCreate): Promise<Consent> {
  const now = deps.clock.now();
  const { validFrom, validUntil, evidence } = checkInput(input, now);
  return deps.db.transaction().execute(async (trx) => {
    const decision = await deps.access.requireRecord(viewer, personId, 'case_work', trx);
    if (!worksWithClient(decision)) throw new AppError('forbidden');
    if (!(await repo.findActiveAgency(trx, input.recipientAgencyId))) throw fieldError('recipientAgencyId', 'unknown_agency');
    const { id } = await repo.insertConsent(trx, {
      person_id: personId,
      recipient_agency_id: input.recipientAgencyId,
      data_categories: input.dataCategories,
      purposes: input.purposes,
      decision: input.decision,
      valid_from: validFrom,
      valid_until: validUntil,
      recorded_by: viewer.userId,
      recorded_by_agency_id: viewer.agencyId,
      recorded_at: now,
      evidence_type: input.evidenceType,
      evidence_file_name: evidence?.fileName ?? null,
      evidence_content_type: evidence?.contentType ?? null,
      evidence_content: evidence?.content ?? null,
      evidence_sha256: evidence?.sha256 ?? null,
      notice_language: input.noticeLanguage,
    });
    const active = await deps.cases.activeCaseOf(personId, trx);
    if (active) {
      // Categories stay out of the timeline: partners read it, and what the client allowed
      // other agencies is visible only in the consent register (to whom it concerns).
      await deps.cases.appendCaseEvent(trx, {
        caseId: active.id, type: 'consent.recorded', agencyId: viewer.agencyId, actorUserId: viewer.userId,
        details: { consentId: id, recipientAgencyId: input.recipientAgencyId, decision: input.decision },
      });
    }
    await deps.audit.record(trx, actor, {
      action: 'consent.record', personId, purpose: 'case_work', subjectType: 'consent_record', subjectId: id,
      details: {
        recipientAgencyId: input.recipientAgencyId, decision: input.decision, dataCategories: input.dataCategories,
        purposes: input.purposes, evidenceType: input.evidenceType, evidenceSha256: evidence?.sha256 ?? null,
      },
    });
    const row = await repo.findConsent(trx, id);
    if (!row) throw new AppError('not_found');
    return toConsent(row, now);
  });
}
