/** Consent records (ISO/IEC TS 27560 shaped, DPV purposes) and legal bases: request and response shapes. */
import { z } from 'zod';
import { DataCategory, ProcessingPurpose } from '../access/data-categories';

const Id = z.uuid();
const Version = z.number().int().min(1).describe('The version you read; a stale one gets 409');

export const ConsentIdParams = z.object({ id: Id });
export const PersonIdParams = z.object({ personId: Id });

/** Largest evidence file accepted, decoded. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export const EvidenceContentType = z.enum(['application/pdf', 'image/png', 'image/jpeg']);
export type EvidenceContentType = z.infer<typeof EvidenceContentType>;

export const Evidence = z.object({
  fileName: z.string().trim().min(1).max(200).regex(/^[^/\\\0]+$/).describe('File name of the scan, without a path'),
  contentType: EvidenceContentType,
  contentBase64: z.base64().describe('The file, base64-encoded; at most 5 MB decoded'),
});

export const EvidenceType = z.enum(['signed_form', 'portal_acceptance', 'verbal_witnessed']).describe('How consent was collected');
export const ConsentDecision = z.enum(['given', 'refused']);

const categories = z.array(DataCategory).min(1).max(DataCategory.options.length).transform((v) => [...new Set(v)]);
const purposes = z.array(ProcessingPurpose).min(1).max(ProcessingPurpose.options.length).transform((v) => [...new Set(v)]);

export const ConsentCreate = z.object({
  recipientAgencyId: Id.describe('Agency the client consents (or refuses) to share with'),
  dataCategories: categories,
  purposes,
  decision: ConsentDecision,
  validFrom: z.iso.datetime({ offset: true }).optional().describe('Default: now'),
  validUntil: z.iso.datetime({ offset: true }).optional().describe('Expiry; absent = until withdrawn'),
  evidenceType: EvidenceType,
  evidence: Evidence.optional().describe('Required for signed_form'),
  noticeLanguage: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).describe('BCP 47 language of the notice the client was given'),
});
export type ConsentCreate = z.infer<typeof ConsentCreate>;

export const ConsentWithdraw = z.object({
  reason: z.string().trim().max(1000).nullish().transform((v) => v || null),
  version: Version,
});
export type ConsentWithdraw = z.infer<typeof ConsentWithdraw>;

export const ConsentStatus = z.enum(['given', 'refused', 'withdrawn', 'expired', 'not_yet_valid']);
export type ConsentStatus = z.infer<typeof ConsentStatus>;

const AgencyRef = z.object({ id: Id, name: z.string() });

export const Consent = z.object({
  id: Id,
  personId: Id,
  recipientAgency: AgencyRef,
  dataCategories: z.array(DataCategory),
  purposes: z.array(ProcessingPurpose),
  decision: ConsentDecision,
  status: ConsentStatus.describe('Derived now: withdrawn, refused, expired, not_yet_valid or given'),
  validFrom: z.iso.datetime(),
  validUntil: z.iso.datetime().nullable(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.object({ id: Id, displayName: z.string() }).nullable(),
  recordedByAgency: AgencyRef.nullable(),
  evidenceType: EvidenceType,
  evidence: z.object({ fileName: z.string(), contentType: z.string(), sha256: z.string(), size: z.number().int() }).nullable(),
  noticeLanguage: z.string().nullable(),
  withdrawnAt: z.iso.datetime().nullable(),
  withdrawalReason: z.string().nullable(),
  version: z.number().int(),
});
export type Consent = z.infer<typeof Consent>;
