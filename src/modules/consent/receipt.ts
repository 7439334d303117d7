/**
 * A consent record exported in the shape of ISO/IEC TS 27560:2023 (consent record
 * information structure), with W3C DPV IRIs for purposes, data categories and states,
 * following the JSON layout of the DPV implementation guide for 27560.
 *
 * Mapping from OneDoor (consent_record) to 27560 fields:
 * - schema_version            constant naming the standard and this profile
 * - record_id                 consent_record.id
 * - receipt_id                record id + version: a new receipt after each change (withdrawal)
 * - pii_principal_id          person.onedoor_id (the client's OneDoor id, never the internal uuid)
 * - consent_status            derived status (given/refused/withdrawn/expired/not_yet_valid) + DPV state IRI
 * - pii_processing.language   consent_record.notice_language (language of the notice given)
 * - pii_processing.purposes[] one per purpose: purpose, purpose_type (DPV purpose IRI), lawful_basis
 *                             (dpv:Consent), pii_information[] (one per data category with its DPV
 *                             pd: IRI and whether it is a special category), pii_controllers and
 *                             recipient_third_parties (party ids below)
 * - party_identification[]    the recording agency (PII controller) and the recipient agency
 * - collection_method         evidence type, DPV consent type (explicitly expressed), SHA-256 of the form
 * - validity                  valid_from / valid_until
 * - event[]                   the state history: given or refused at recorded_at, withdrawn at withdrawn_at
 * Free text (the withdrawal reason) is left out so receipts can be exchanged between systems.
 */
import { z } from 'zod';
import { dpvCategory, dpvPurpose, isSensitive, type DataCategory, type ProcessingPurpose } from '../access/data-categories';
import { consentStatus } from './mappers';
import type { ConsentRow } from './repo';
import type { ConsentStatus } from './schema';

export const RECEIPT_SCHEMA_VERSION = 'ISO/IEC TS 27560:2023; OneDoor profile 1';
const DPV = 'https://w3id.org/dpv#';
const DPV_STATE: Record<ConsentStatus, string> = {
  given: `${DPV}ConsentGiven`,
  refused: `${DPV}ConsentRefused`,
  withdrawn: `${DPV}ConsentWithdrawn`,
  expired: `${DPV}ConsentExpired`,
  // Given, but its validity has not started yet.
  not_yet_valid: `${DPV}ConsentGiven`,
};

const Party = z.object({ party_id: z.string(), party_name: z.string(), party_role: z.enum(['PII Controller', 'Recipient']) });
const Event = z.object({ event_time: z.string(), entity_id: z.string().nullable(), type: z.literal('explicit'), state: z.enum(['given', 'refused', 'withdrawn']) });
export const ConsentReceipt = z.object({
  schema_version: z.string(),
  record_id: z.string(),
  receipt_id: z.string(),
  pii_principal_id: z.string().describe('The OneDoor id of the client'),
  consent_status: z.object({ status: z.string(), dpv: z.string() }),
  pii_processing: z.object({
    language: z.string().nullable(),
    purposes: z.array(
      z.object({
        purpose: z.string(),
        purpose_type: z.string(),
        lawful_basis: z.string(),
        pii_information: z.array(z.object({ pii_type: z.string(), pii_category: z.string(), special_pii_category: z.boolean() })),
        pii_controllers: z.array(z.string()),
        recipient_third_parties: z.array(z.string()),
      }),
    ),
  }),
  party_identification: z.array(Party),
  collection_method: z.object({ method: z.string(), consent_type: z.string(), evidence_sha256: z.string().nullable() }),
  validity: z.object({ valid_from: z.string(), valid_until: z.string().nullable() }),
  event: z.array(Event),
});
export type ConsentReceipt = z.infer<typeof ConsentReceipt>;

export function toReceipt(row: ConsentRow, now: Date): ConsentReceipt {
  const status = consentStatus(row, now);
  const controllers = row.recorded_by_agency_id ? [row.recorded_by_agency_id] : [];
  const parties: z.infer<typeof Party>[] = [];
  if (row.recorded_by_agency_id) {
    parties.push({ party_id: row.recorded_by_agency_id, party_name: row.recorded_by_agency_name ?? '', party_role: 'PII Controller' });
  }
  parties.push({ party_id: row.recipient_agency_id, party_name: row.recipient_agency_name, party_role: 'Recipient' });
  const event: z.infer<typeof Event>[] = [
    { event_time: row.recorded_at.toISOString(), entity_id: row.onedoor_id, type: 'explicit', state: row.decision === 'refused' ? 'refused' : 'given' },
  ];
  if (row.withdrawn_at) event.push({ event_time: row.withdrawn_at.toISOString(), entity_id: row.onedoor_id, type: 'explicit', state: 'withdrawn' });
  return {
    schema_version: RECEIPT_SCHEMA_VERSION,
    record_id: row.id,
    receipt_id: `${row.id}/v${row.version}`,
    pii_principal_id: row.onedoor_id,
    consent_status: { status, dpv: DPV_STATE[status] },
    pii_processing: {
      language: row.notice_language,
      purposes: (row.purposes as ProcessingPurpose[]).map((purpose) => ({
        purpose,
        purpose_type: dpvPurpose[purpose],
        lawful_basis: `${DPV}Consent`,
        pii_information: (row.data_categories as DataCategory[]).map((c) => ({ pii_type: c, pii_category: dpvCategory[c], special_pii_category: isSensitive(c) })),
        pii_controllers: controllers,
        recipient_third_parties: [row.recipient_agency_id],
      })),
    },
    party_identification: parties,
    collection_method: { method: row.evidence_type, consent_type: `${DPV}ExplicitlyExpressedConsent`, evidence_sha256: row.evidence_sha256 },
    validity: { valid_from: row.valid_from.toISOString(), valid_until: row.valid_until?.toISOString() ?? null },
    event,
  };
}
