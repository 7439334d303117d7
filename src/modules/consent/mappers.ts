/** Consent rows → API shapes; the status is derived from the row and the clock, never stored. */
import type { DataCategory, ProcessingPurpose } from '../access/data-categories';
import type { ConsentRow } from './repo';
import type { Consent, ConsentStatus } from './schema';

export function consentStatus(row: Pick<ConsentRow, 'decision' | 'withdrawn_at' | 'valid_from' | 'valid_until'>, now: Date): ConsentStatus {
  if (row.withdrawn_at) return 'withdrawn';
  if (row.decision === 'refused') return 'refused';
  if (row.valid_until && row.valid_until <= now) return 'expired';
  if (row.valid_from > now) return 'not_yet_valid';
  return 'given';
}

export const toConsent = (row: ConsentRow, now: Date): Consent => ({
  id: row.id,
  personId: row.person_id,
  recipientAgency: { id: row.recipient_agency_id, name: row.recipient_agency_name },
  dataCategories: row.data_categories as DataCategory[],
  purposes: row.purposes as ProcessingPurpose[],
  decision: row.decision as Consent['decision'],
  status: consentStatus(row, now),
  validFrom: row.valid_from.toISOString(),
  validUntil: row.valid_until?.toISOString() ?? null,
  recordedAt: row.recorded_at.toISOString(),
  recordedBy: row.recorded_by ? { id: row.recorded_by, displayName: row.recorded_by_name ?? '' } : null,
  recordedByAgency: row.recorded_by_agency_id ? { id: row.recorded_by_agency_id, name: row.recorded_by_agency_name ?? '' } : null,
  evidenceType: row.evidence_type as Consent['evidenceType'],
  evidence:
    row.evidence_sha256 && row.evidence_file_name
      ? { fileName: row.evidence_file_name, contentType: row.evidence_content_type ?? '', sha256: row.evidence_sha256, size: Number(row.evidence_size ?? 0) }
      : null,
  noticeLanguage: row.notice_language,
  withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
  withdrawalReason: row.withdrawal_reason,
  version: row.version,
});
