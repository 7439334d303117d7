/** Case rows → API shapes. */
import type { AccessDecision } from '../access/policy';
import { personOf } from './context';
import type * as repo from './repo';
import type { CaseStatus, CaseSummary, CaseView } from './schema';

type PartnerRow = Awaited<ReturnType<typeof repo.listPartners>>[number];
type EventRow = Awaited<ReturnType<typeof repo.listEvents>>[number];

export const toCaseSummary = (row: repo.CaseRow, decision: AccessDecision): CaseSummary => ({
  id: row.id,
  status: row.status as CaseStatus,
  leadAgency: { id: row.lead_agency_id, name: row.lead_agency_name },
  caseManager: { id: row.case_manager_id, displayName: row.case_manager_name },
  openedAt: row.opened_at.toISOString(),
  closedAt: row.closed_at?.toISOString() ?? null,
  version: row.version,
  person: personOf(row, decision),
});

export const toCaseView = (row: repo.CaseRow, partners: PartnerRow[], decision: AccessDecision): CaseView => ({
  ...toCaseSummary(row, decision),
  statusReason: row.status_reason,
  partners: partners.map((p) => ({ agencyId: p.agency_id, agencyName: p.agency_name, role: p.role, joinedAt: p.joined_at.toISOString() })),
});

export const toTimelineEvent = (e: EventRow) => ({
  id: e.id,
  at: e.at.toISOString(),
  type: e.event_type,
  agency: e.agency_id ? { id: e.agency_id, name: e.agency_name ?? '' } : null,
  actor: e.actor_user_id ? { id: e.actor_user_id, displayName: e.actor_name ?? '' } : null,
  dataCategory: e.data_category,
  details: e.details,
});
