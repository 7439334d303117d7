/**
 * Writes one integrated case the way the services do (modules/cases, modules/consent):
 * each method produces the same rows, versions and timeline event (type, agency, actor,
 * details) as the use case it is named after, but into arrays for bulk insertion rather
 * than through the access policy and audit trail, which a synthetic demo has no use for.
 * Times only move forward, so the timeline reads in the order the story was told.
 */
import type { Insertable } from 'kysely';
import type { DataCategory, ProcessingPurpose } from '../../modules/access/data-categories';
import type { CaseEventTable, CasePartnerTable, ClientCaseTable, ConsentRecordTable, LegalBasisTable } from '../types';
import { consentForm } from './consent-form';
import type { Rng } from './random';

export interface CaseworkRows {
  cases: Insertable<ClientCaseTable>[];
  partners: Insertable<CasePartnerTable>[];
  events: Insertable<CaseEventTable>[];
  consents: Insertable<ConsentRecordTable>[];
  legalBases: Insertable<LegalBasisTable>[];
}

export const emptyCasework = (): CaseworkRows => ({ cases: [], partners: [], events: [], consents: [], legalBases: [] });

export interface CaseStart {
  personId: string;
  onedoorId: string;
  /** Language of the consent notice: the client's own. */
  language: string;
  leadAgencyId: string;
  caseManagerId: string;
}

export interface ConsentInput {
  recipientAgencyId: string;
  categories: DataCategory[];
  purposes: ProcessingPurpose[];
  decision: 'given' | 'refused';
  evidence: 'signed_form' | 'verbal_witnessed';
  validUntil?: Date;
}

const MINUTE = 60_000;
// Office hours in Yerevan (UTC+4) are 09:00–17:00, i.e. 05:00–13:00 UTC.
const OPENS_UTC = 5 * 60;

export class CaseWriter {
  readonly row: Insertable<ClientCaseTable> & { id: string; version: number; status: string };
  private last = new Date(0);

  constructor(private readonly out: CaseworkRows, private readonly ids: Rng, private readonly rng: Rng,
    private readonly start: CaseStart, private readonly agencyName: (id: string) => string) {
    this.row = {
      id: ids.uuid(), person_id: start.personId, lead_agency_id: start.leadAgencyId, case_manager_id: start.caseManagerId,
      status: 'open', status_reason: null, opened_at: new Date(0), closed_at: null, version: 1,
    };
  }

  /** A moment during office hours of `day`, after every event so far. */
  time(day: string): Date {
    const candidate = new Date(Date.parse(`${day}T00:00:00Z`) + (OPENS_UTC + this.rng.int(0, 450)) * MINUTE);
    const at = candidate > this.last ? candidate : new Date(this.last.getTime() + this.rng.int(2, 25) * MINUTE);
    this.last = at;
    return at;
  }

  private event(at: Date, type: string, details: Record<string, unknown>, actor = this.row.case_manager_id) {
    this.out.events.push({
      id: this.ids.uuid(), case_id: this.row.id, at, agency_id: this.start.leadAgencyId, actor_user_id: actor,
      event_type: type, data_category: null, details: JSON.stringify(details),
    });
  }

  open(at: Date) {
    Object.assign(this.row, { opened_at: at, created_at: at, updated_at: at });
    this.out.cases.push(this.row);
    this.event(at, 'case.opened', { caseManagerId: this.row.case_manager_id });
  }

  recordConsent(at: Date, c: ConsentInput): Insertable<ConsentRecordTable> & { id: string } {
    const form = c.evidence === 'signed_form'
      ? consentForm({ onedoorId: this.start.onedoorId, recipient: this.agencyName(c.recipientAgencyId), categories: c.categories,
          decision: c.decision, day: at.toISOString().slice(0, 10) })
      : null;
    const row = {
      id: this.ids.uuid(), person_id: this.start.personId, recipient_agency_id: c.recipientAgencyId, data_categories: c.categories,
      purposes: c.purposes, decision: c.decision, valid_from: at, valid_until: c.validUntil ?? null,
      recorded_by: this.row.case_manager_id, recorded_by_agency_id: this.start.leadAgencyId, recorded_at: at, evidence_type: c.evidence,
      evidence_file_name: form?.fileName ?? null, evidence_content_type: form?.contentType ?? null, evidence_content: form?.content ?? null,
      evidence_sha256: form?.sha256 ?? null, notice_language: this.start.language, version: 1, created_at: at, updated_at: at,
    };
    this.out.consents.push(row);
    this.event(at, 'consent.recorded', { consentId: row.id, recipientAgencyId: c.recipientAgencyId, decision: c.decision });
    return row;
  }

  withdrawConsent(at: Date, consent: Insertable<ConsentRecordTable> & { id: string }, reason: string | null) {
    Object.assign(consent, { withdrawn_at: at, withdrawn_by: this.row.case_manager_id, withdrawal_reason: reason, version: 2, updated_at: at });
    this.event(at, 'consent.withdrawn', { consentId: consent.id, recipientAgencyId: consent.recipient_agency_id });
  }

  addPartner(at: Date, agencyId: string, role: string) {
    this.out.partners.push({
      id: this.ids.uuid(), case_id: this.row.id, agency_id: agencyId, role, added_by: this.row.case_manager_id, joined_at: at,
      version: 1, created_at: at, updated_at: at,
    });
    this.event(at, 'partner.joined', { agencyId, role });
  }

  removePartner(at: Date, agencyId: string) {
    const partner = this.out.partners.find((p) => p.case_id === this.row.id && p.agency_id === agencyId && !p.left_at);
    if (!partner) return;
    Object.assign(partner, { left_at: at, updated_at: at, version: 2 });
    this.event(at, 'partner.left', { agencyId });
  }

  changeStatus(at: Date, to: 'open' | 'suspended' | 'closed', reason: string) {
    const from = this.row.status;
    Object.assign(this.row, { status: to, status_reason: reason, closed_at: to === 'closed' ? at : null, version: this.row.version + 1, updated_at: at });
    this.event(at, 'case.status_changed', { from, to });
  }

  /** A supervisor (or the case manager handing over) gives the case to a colleague. */
  changeManager(at: Date, to: string, actor: string) {
    const from = this.row.case_manager_id;
    Object.assign(this.row, { case_manager_id: to, version: this.row.version + 1, updated_at: at });
    this.event(at, 'case.manager_changed', { from, to }, actor);
  }

  recordLegalBasis(at: Date, b: { agencyId: string; categories: DataCategory[]; basis: string; reference: string; validUntil?: Date }, supervisor: string) {
    const row = {
      id: this.ids.uuid(), person_id: this.start.personId, agency_id: b.agencyId, data_categories: b.categories, basis: b.basis,
      reference: b.reference, recorded_by: supervisor, valid_from: at, valid_until: b.validUntil ?? null, version: 1, created_at: at, updated_at: at,
    };
    this.out.legalBases.push(row);
    this.event(at, 'legal_basis.recorded', { legalBasisId: row.id, agencyId: b.agencyId, basis: b.basis }, supervisor);
    return row;
  }

  revokeLegalBasis(at: Date, basis: Insertable<LegalBasisTable> & { id: string }, supervisor: string) {
    Object.assign(basis, { revoked_at: at, revoked_by: supervisor, version: 2, updated_at: at });
    this.event(at, 'legal_basis.revoked', { legalBasisId: basis.id, agencyId: basis.agency_id, basis: basis.basis }, supervisor);
  }
}
