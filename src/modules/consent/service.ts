/**
 * Consent (ISO/IEC TS 27560 shaped, with W3C DPV purposes) and legal bases: the two ways,
 * besides the lead agency's public task, that an agency may see a person's data.
 */
import type { Caller } from '../cases/context';
import { consentEvidence, consentReceipt, listConsents } from './consent-reads';
import type { ConsentDeps } from './context';
import { createLegalBasisService } from './legal-basis-service';
import { recordConsent } from './record-consent';
import type { ConsentCreate, ConsentWithdraw } from './schema';
import { withdrawConsent } from './withdraw-consent';

export type ConsentService = ReturnType<typeof createConsentService>;

export function createConsentService(deps: ConsentDeps) {
  return {
    record: (caller: Caller, personId: string, input: ConsentCreate) => recordConsent(deps, caller, personId, input),
    list: (caller: Caller, personId: string) => listConsents(deps, caller, personId),
    withdraw: (caller: Caller, consentId: string, input: ConsentWithdraw) => withdrawConsent(deps, caller, consentId, input),
    evidence: (caller: Caller, consentId: string) => consentEvidence(deps, caller, consentId),
    receipt: (caller: Caller, consentId: string) => consentReceipt(deps, caller, consentId),
    legalBases: createLegalBasisService(deps),
  };
}
