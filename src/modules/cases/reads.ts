/** Reading cases: one case, a person's cases, a caseload, a timeline. Every read is audited with what it showed. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError } from '../../server/errors';
import type { AccessDecision } from '../access/policy';
import { visibleCategories } from '../access/policy';
import { identityShown, shown, visibleCase, type CaseDeps, type Caller } from './context';
import { toCaseSummary, toCaseView, toTimelineEvent } from './mappers';
import * as repo from './repo';
import type { CaseloadQuery, CaseView } from './schema';

/** The case as it is now, with its active partners. */
export async function loadView(trx: Kysely<DB>, caseId: string, decision: AccessDecision): Promise<CaseView> {
  const row = await repo.findCase(trx, caseId);
  if (!row) throw new AppError('not_found');
  return toCaseView(row, await repo.listPartners(trx, caseId), decision);
}

export function getCase(deps: CaseDeps, { viewer, actor }: Caller, caseId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleCase(deps, trx, viewer, caseId);
    const narrowed = identityShown(decision);
    await deps.access.recordRead(trx, actor, {
      personId: row.person_id, action: 'case.read', purpose: 'case_work', decision: narrowed, subjectType: 'client_case', subjectId: caseId,
    });
    return loadView(trx, caseId, narrowed);
  });
}

export function casesOfPerson(deps: CaseDeps, { viewer, actor }: Caller, personId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const decision = await deps.access.requireRecord(viewer, personId, 'case_work', trx);
    const narrowed = identityShown(decision);
    const rows = await repo.listCasesOfPerson(trx, personId, decision.caseIds);
    await deps.access.recordRead(trx, actor, {
      personId, action: 'case.list', purpose: 'case_work', decision: narrowed, extra: { cases: rows.length },
    });
    return rows.map((r) => toCaseSummary(r, narrowed));
  });
}

/**
 * A caseload: the viewer's own cases, or (supervisors) their agency's. Always cases their
 * agency leads, so every person listed is one the agency works with; names still pass
 * the policy, and each person shown is audited as a list read.
 */
export function caseload(deps: CaseDeps, { viewer, actor }: Caller, query: CaseloadQuery) {
  if (query.assignedTo === 'agency' && !viewer.roles.includes('supervisor')) throw new AppError('forbidden');
  return deps.db.transaction().execute(async (trx) => {
    const statuses = query.status === 'active' ? ['open', 'suspended'] : [query.status];
    const { rows, total } = await repo.listCaseload(trx, {
      leadAgencyId: viewer.agencyId,
      caseManagerId: query.assignedTo === 'me' ? viewer.userId : undefined,
      statuses,
      limit: query.limit,
      offset: query.offset,
    });
    const decisions = await deps.access.decideMany(viewer, rows.map((r) => r.person_id), 'case_work', trx);
    const items = [];
    for (const row of rows) {
      const decision = decisions.get(row.person_id);
      if (!decision || visibleCategories(decision).length === 0) continue;
      const narrowed = identityShown(decision);
      await deps.access.recordRead(trx, actor, {
        personId: row.person_id, action: 'person.list', purpose: 'case_work', decision: narrowed, subjectType: 'client_case', subjectId: row.id,
      });
      items.push(toCaseSummary(row, narrowed));
    }
    return { items, total, limit: query.limit, offset: query.offset };
  });
}

/**
 * The case timeline across agencies. Events in a data category the viewer may not see
 * are left out in SQL: not shown, not counted, no gap in the paging.
 */
export function timeline(deps: CaseDeps, { viewer, actor }: Caller, caseId: string, page: { limit: number; offset: number }) {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleCase(deps, trx, viewer, caseId);
    // The agency working with the client (and an emergency viewer) sees every consent event; a partner only its own.
    const seesAllConsents = decision.relation === 'lead' || decision.relation === 'registrar' || decision.relation === 'break_glass';
    const events = await repo.listEvents(trx, caseId, visibleCategories(decision), page.limit, page.offset, seesAllConsents ? undefined : viewer.agencyId);
    const categories = [...new Set(events.map((e) => e.data_category).filter((c): c is string => c !== null))];
    await deps.access.recordRead(trx, actor, {
      personId: row.person_id, action: 'case.timeline.read', purpose: 'case_work', decision: shown(decision, categories),
      subjectType: 'client_case', subjectId: caseId, extra: { events: events.length },
    });
    return { items: events.map(toTimelineEvent) };
  });
}
