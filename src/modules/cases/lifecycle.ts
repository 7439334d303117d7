/** Status changes (open, suspended, closed, reopened) and handing the case to another case manager. */
import { AppError, fieldError, versionConflict } from '../../server/errors';
import {
  activeCaseExists, assertCaseManager, assertLead, assertNotClosed, identityShown, isUniqueViolation, visibleCase,
  type CaseDeps, type Caller,
} from './context';
import { loadView } from './reads';
import * as repo from './repo';
import type { CaseView, ManagerChange, StatusChange } from './schema';

export async function changeStatus(deps: CaseDeps, { viewer, actor }: Caller, caseId: string, input: StatusChange): Promise<CaseView> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const { row, decision } = await visibleCase(deps, trx, viewer, caseId);
      assertLead(viewer, row);
      if (row.version !== input.version) throw versionConflict(row.version);
      if (row.status === input.status) throw fieldError('status', 'status_unchanged');
      if (row.status === 'closed') {
        // Reopening is fine unless the person has meanwhile got another active case.
        const active = await repo.findActiveCase(trx, row.person_id);
        if (active) throw activeCaseExists(active.id);
      }
      const now = deps.clock.now();
      const closedAt = input.status === 'closed' ? now : null;
      const values = { status: input.status, status_reason: input.reason, closed_at: closedAt };
      if (!(await repo.updateCase(trx, caseId, input.version, values, now))) throw versionConflict(row.version);
      const details = { from: row.status, to: input.status };
      await repo.insertEvent(trx, {
        case_id: caseId, at: now, agency_id: viewer.agencyId, actor_user_id: viewer.userId, event_type: 'case.status_changed', data_category: null, details,
      });
      // The reason is free text about the person: it stays on the case, never in the audit trail.
      await deps.audit.record(trx, actor, {
        action: 'case.status_change', personId: row.person_id, purpose: 'case_work', subjectType: 'client_case', subjectId: caseId, details,
      });
      return loadView(trx, caseId, identityShown(decision));
    });
  } catch (error) {
    // Another case of the person became active between our check and the update.
    if (isUniqueViolation(error, 'client_case_one_active')) {
      const row = await repo.findCase(deps.db, caseId);
      const active = row && (await repo.findActiveCase(deps.db, row.person_id));
      throw activeCaseExists(active ? active.id : '');
    }
    throw error;
  }
}

export function changeManager(deps: CaseDeps, { viewer, actor }: Caller, caseId: string, input: ManagerChange): Promise<CaseView> {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleCase(deps, trx, viewer, caseId);
    assertLead(viewer, row);
    // A supervisor assigns caseloads; a case manager may hand over their own case.
    if (!viewer.roles.includes('supervisor') && viewer.userId !== row.case_manager_id) throw new AppError('forbidden');
    assertNotClosed(row);
    if (row.version !== input.version) throw versionConflict(row.version);
    if (row.case_manager_id === input.caseManagerId) throw fieldError('caseManagerId', 'unchanged');
    await assertCaseManager(trx, input.caseManagerId, row.lead_agency_id, 'caseManagerId');
    const now = deps.clock.now();
    if (!(await repo.updateCase(trx, caseId, input.version, { case_manager_id: input.caseManagerId }, now))) throw versionConflict(row.version);
    const details = { from: row.case_manager_id, to: input.caseManagerId };
    await repo.insertEvent(trx, {
      case_id: caseId, at: now, agency_id: viewer.agencyId, actor_user_id: viewer.userId, event_type: 'case.manager_changed', data_category: null, details,
    });
    await deps.audit.record(trx, actor, {
      action: 'case.manager_change', personId: row.person_id, purpose: 'case_work', subjectType: 'client_case', subjectId: caseId, details,
    });
    return loadView(trx, caseId, identityShown(decision));
  });
}
