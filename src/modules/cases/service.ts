/**
 * Integrated cases: one per person at a time, led by one agency with a named case manager,
 * joined by partner agencies, with one timeline across agencies. The use cases live in
 * their own files; this factory binds them to their dependencies.
 */
import type { Kysely } from 'kysely';
import type { DataCategory } from '../access/data-categories';
import type { DB } from '../../db/types';
import type { CaseDeps, Caller } from './context';
import { changeManager, changeStatus } from './lifecycle';
import { addPartner, removePartner } from './membership';
import { openCase } from './open-case';
import { caseload, casesOfPerson, getCase, timeline } from './reads';
import * as repo from './repo';
import type { CaseloadQuery, CaseOpen, ManagerChange, PartnerAdd, StatusChange } from './schema';

export type CaseService = ReturnType<typeof createCaseService>;

export interface CaseEventInput {
  caseId: string;
  type: string;
  agencyId: string | null;
  actorUserId: string | null;
  /** The data category the event reveals; viewers who may not see it never get the event. */
  dataCategory?: DataCategory | null;
  /** Codes and ids only, never free text about the person. */
  details: Record<string, unknown>;
}

export function createCaseService(deps: CaseDeps) {
  return {
    open: (caller: Caller, input: CaseOpen) => openCase(deps, caller, input),
    get: (caller: Caller, caseId: string) => getCase(deps, caller, caseId),
    ofPerson: (caller: Caller, personId: string) => casesOfPerson(deps, caller, personId),
    caseload: (caller: Caller, query: CaseloadQuery) => caseload(deps, caller, query),
    timeline: (caller: Caller, caseId: string, page: { limit: number; offset: number }) => timeline(deps, caller, caseId, page),
    addPartner: (caller: Caller, caseId: string, input: PartnerAdd) => addPartner(deps, caller, caseId, input),
    removePartner: (caller: Caller, caseId: string, agencyId: string) => removePartner(deps, caller, caseId, agencyId),
    changeStatus: (caller: Caller, caseId: string, input: StatusChange) => changeStatus(deps, caller, caseId, input),
    changeManager: (caller: Caller, caseId: string, input: ManagerChange) => changeManager(deps, caller, caseId, input),

    /** For other modules: adds an event to a case timeline inside their own transaction. */
    async appendCaseEvent(trx: Kysely<DB>, e: CaseEventInput): Promise<{ id: string }> {
      return repo.insertEvent(trx, {
        case_id: e.caseId, at: deps.clock.now(), agency_id: e.agencyId, actor_user_id: e.actorUserId,
        event_type: e.type, data_category: e.dataCategory ?? null, details: e.details,
      });
    },

    /**
     * For other modules: a case's people and agencies (the lead, its case manager, the partners
     * now in it), inside their transaction. No access check: callers decide what to show.
     */
    async caseFacts(trx: Kysely<DB>, caseId: string) {
      const row = await repo.findCase(trx, caseId);
      if (!row) return undefined;
      const partners = await repo.listPartners(trx, caseId);
      return {
        id: row.id, personId: row.person_id, status: row.status, leadAgencyId: row.lead_agency_id, leadAgencyName: row.lead_agency_name,
        caseManager: { id: row.case_manager_id, displayName: row.case_manager_name },
        partners: partners.map((p) => ({ agencyId: p.agency_id, agencyName: p.agency_name })),
      };
    },

    /** For other modules: the person's case that is not closed, if any. No access check: callers decide what to show. */
    async activeCaseOf(personId: string, trx: Kysely<DB> = deps.db) {
      const row = await repo.findActiveCase(trx, personId);
      return row && { id: row.id, leadAgencyId: row.lead_agency_id, caseManagerId: row.case_manager_id, status: row.status };
    },
  };
}
