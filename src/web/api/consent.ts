/** A person's consent register and legal bases: list, record, withdraw or revoke, and downloads. */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DataCategory, ProcessingPurpose } from '../../modules/access/data-categories';
import type { LegalBasis, LegalBasisKind as LegalBasisKindSchema } from '../../modules/consent/legal-basis-schema';
import type { Consent, ConsentStatus, EvidenceContentType, EvidenceType as EvidenceTypeSchema } from '../../modules/consent/schema';
import { api } from './client';

export type { Consent, ConsentStatus, DataCategory, EvidenceContentType, LegalBasis, ProcessingPurpose };
export type EvidenceType = z.infer<typeof EvidenceTypeSchema>;
export type LegalBasisKind = z.infer<typeof LegalBasisKindSchema>;

// The vocabularies, spelled out here so the web bundle carries no server code; `satisfies`
// makes the compiler flag a value the server does not know.
export const dataCategories = [
  'identity', 'contact', 'employment', 'education', 'benefits', 'financial', 'health', 'addiction', 'domestic_violence', 'criminal_record',
] as const satisfies readonly DataCategory[];
/** Special categories: shown to partners only with explicit consent or a legal basis. */
export const sensitiveCategories: readonly DataCategory[] = ['health', 'addiction', 'domestic_violence', 'criminal_record'];
export const purposes = ['case_work', 'referral', 'evaluation'] as const satisfies readonly ProcessingPurpose[];
export const evidenceTypes = ['signed_form', 'portal_acceptance', 'verbal_witnessed'] as const satisfies readonly EvidenceType[];
export const legalBasisKinds = ['legal_obligation', 'public_task', 'vital_interest', 'court_order'] as const satisfies readonly LegalBasisKind[];
export const evidenceContentTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const satisfies readonly EvidenceContentType[];
/** The server's limit for the signed form, decoded. */
export const MAX_EVIDENCE_MB = 5;

export const consentKeys = {
  consents: (personId: string) => ['consent', 'list', personId] as const,
  legalBases: (personId: string) => ['consent', 'legal-bases', personId] as const,
};

export function useConsents(personId: string) {
  return useQuery({
    queryKey: consentKeys.consents(personId),
    queryFn: () => api<Consent[]>({ operation: 'consent.list', path: `/api/people/${personId}/consents` }),
  });
}

export interface ConsentInput {
  recipientAgencyId: string;
  dataCategories: DataCategory[];
  purposes: ProcessingPurpose[];
  decision: 'given' | 'refused';
  validUntil?: string;
  evidenceType: EvidenceType;
  evidence?: { fileName: string; contentType: EvidenceContentType; contentBase64: string };
  noticeLanguage: string;
}

export function recordConsent(personId: string, body: ConsentInput) {
  return api<Consent>({ operation: 'consent.record', method: 'POST', path: `/api/people/${personId}/consents`, body });
}

export function withdrawConsent(id: string, body: { reason: string | null; version: number }) {
  return api<Consent>({ operation: 'consent.withdraw', method: 'POST', path: `/api/consents/${id}/withdraw`, body });
}

/** Same-origin GETs carry the session cookie, so a plain link downloads these. */
export const consentReceiptUrl = (id: string) => `/api/consents/${id}/receipt`;
export const consentEvidenceUrl = (id: string) => `/api/consents/${id}/evidence`;

export function useLegalBases(personId: string, enabled = true) {
  return useQuery({
    queryKey: consentKeys.legalBases(personId),
    queryFn: () => api<LegalBasis[]>({ operation: 'legalBasis.list', path: `/api/people/${personId}/legal-bases` }),
    enabled,
  });
}

export interface LegalBasisInput {
  agencyId: string;
  dataCategories: DataCategory[];
  basis: LegalBasisKind;
  reference: string;
  validUntil?: string;
}

export function recordLegalBasis(personId: string, body: LegalBasisInput) {
  return api<LegalBasis>({ operation: 'legalBasis.record', method: 'POST', path: `/api/people/${personId}/legal-bases`, body });
}

export function revokeLegalBasis(id: string, version: number) {
  return api<LegalBasis>({ operation: 'legalBasis.revoke', method: 'POST', path: `/api/legal-bases/${id}/revoke`, body: { version } });
}
