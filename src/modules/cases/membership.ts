/**
 * Partner agencies joining and leaving a case. Membership alone shows a partner nothing:
 * what its staff see still depends on the client's consent (access policy).
 */
import { AppError, fieldError } from '../../server/errors';
import { assertLead, assertNotClosed, identityShown, visibleCase, type CaseDeps, type Caller } from './context';
import { loadView } from './reads';
import * as repo from './repo';
import type { CaseView, PartnerAdd } from './schema';

export function addPartner(deps: CaseDeps, { viewer, actor }: Caller, caseId: string, input: PartnerAdd): Promise<CaseView> {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleCase(deps, trx, viewer, caseId);
    assertLead(viewer, row);
    assertNotClosed(row);
    if (!(await repo.findActiveAgency(trx, input.agencyId))) throw fieldError('agencyId', 'unknown_agency');
    if (input.agencyId === row.lead_agency_id) throw fieldError('agencyId', 'partner_is_lead');
    const partners = await repo.listPartners(trx, caseId);
    if (partners.some((p) => p.agency_id === input.agencyId)) throw new AppError('already_exists', { extra: { reason: 'already_partner' } });
    const now = deps.clock.now();
    await repo.insertPartner(trx, { case_id: caseId, agency_id: input.agencyId, role: input.role, added_by: viewer.userId, joined_at: now });
    await repo.insertEvent(trx, {
      case_id: caseId, at: now, agency_id: viewer.agencyId, actor_user_id: viewer.userId,
      event_type: 'partner.joined', data_category: null, details: { agencyId: input.agencyId, role: input.role },
    });
    await deps.audit.record(trx, actor, {
      action: 'case.partner.add', personId: row.person_id, purpose: 'case_work', subjectType: 'client_case', subjectId: caseId,
      details: { agencyId: input.agencyId },
    });
    return loadView(trx, caseId, identityShown(decision));
  });
}

/** The lead agency ends a partnership, or the partner agency leaves on its own. */
export function removePartner(deps: CaseDeps, { viewer, actor }: Caller, caseId: string, agencyId: string): Promise<void> {
  return deps.db.transaction().execute(async (trx) => {
    const { row } = await visibleCase(deps, trx, viewer, caseId);
    if (viewer.agencyId !== row.lead_agency_id && viewer.agencyId !== agencyId) throw new AppError('forbidden');
    const now = deps.clock.now();
    if (!(await repo.endPartnership(trx, caseId, agencyId, now))) throw new AppError('not_found');
    await repo.insertEvent(trx, {
      case_id: caseId, at: now, agency_id: viewer.agencyId, actor_user_id: viewer.userId,
      event_type: 'partner.left', data_category: null, details: { agencyId },
    });
    await deps.audit.record(trx, actor, {
      action: 'case.partner.remove', personId: row.person_id, purpose: 'case_work', subjectType: 'client_case', subjectId: caseId,
      details: { agencyId },
    });
  });
}
