/**
 * Opening an integrated case: the agency working with the client (lead or registering
 * office, or any office the client comes to while no case is open) takes the lead and
 * names a case manager. One non-closed case per person.
 */
import { AppError } from '../../server/errors';
import { visibleCategories, worksWithClients } from '../access/policy';
import { activeCaseExists, assertCaseManager, identityShown, isUniqueViolation, type CaseDeps, type Caller } from './context';
import { toCaseView } from './mappers';
import * as repo from './repo';
import type { CaseOpen, CaseView } from './schema';

export async function openCase(deps: CaseDeps, { viewer, actor }: Caller, input: CaseOpen): Promise<CaseView> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const before = (await deps.access.decideMany(viewer, [input.personId], 'case_work', trx)).get(input.personId);
      if (!before) throw new AppError('not_found');
      const active = await repo.findActiveCase(trx, input.personId);
      if (visibleCategories(before).length === 0) {
        // A client who walks into any partner's office with no case open anywhere is taken
        // on there: the office opens the case and leads it (one door). A case led elsewhere
        // is joined as a partner by the lead instead, and its existence is not revealed.
        if (active || !worksWithClients(viewer.roles)) throw new AppError('not_found');
      } else if (before.relation !== 'lead' && before.relation !== 'registrar') {
        // A partner or a break-glass viewer works on someone else's case; they cannot start one.
        throw new AppError('forbidden');
      }
      if (active) throw activeCaseExists(active.id);
      const caseManagerId = input.caseManagerId ?? viewer.userId;
      await assertCaseManager(trx, caseManagerId, viewer.agencyId, 'caseManagerId');
      const now = deps.clock.now();
      const { id } = await repo.insertCase(trx, {
        person_id: input.personId, lead_agency_id: viewer.agencyId, case_manager_id: caseManagerId, opened_at: now,
      });
      await repo.insertEvent(trx, {
        case_id: id, at: now, agency_id: viewer.agencyId, actor_user_id: viewer.userId,
        event_type: 'case.opened', data_category: null, details: { caseManagerId },
      });
      const decision = await deps.access.requireRecord(viewer, input.personId, 'case_work', trx);
      const shown = identityShown(decision);
      await deps.audit.record(trx, actor, {
        action: 'case.open', personId: input.personId, purpose: 'case_work', subjectType: 'client_case', subjectId: id,
        details: { caseManagerId, relation: visibleCategories(before).length === 0 ? 'taken_on' : before.relation, categories: Object.keys(shown.categories) },
      });
      const row = await repo.findCase(trx, id);
      if (!row) throw new AppError('not_found');
      return toCaseView(row, [], shown);
    });
  } catch (error) {
    // Two offices opening a case for the same person at the same moment: the index decides.
    if (isUniqueViolation(error, 'client_case_one_active')) {
      const active = await repo.findActiveCase(deps.db, input.personId);
      throw activeCaseExists(active?.id ?? '');
    }
    throw error;
  }
}
