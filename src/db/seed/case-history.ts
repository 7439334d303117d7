/**
 * A seeded case as it stood at any moment of its story: whether it was still being worked
 * on, who managed it, which partners were in it, and so what each agency could see of the
 * client then. The facts are those modules/access/repo.ts (loadFacts) reads from the
 * database, taken from the casework rows before they are inserted and as of the moment
 * asked about, so the seed asks the real access policy (decideAccess) who could see or
 * write which assessment section when, exactly as the services would have.
 */
import type { DataCategory, ProcessingPurpose } from '../../modules/access/data-categories';
import { decideAccess, type AccessDecision, type AccessFacts, type Viewer } from '../../modules/access/policy';
import type { Role } from '../../modules/access/roles';
import type { Casework } from './cases';
import type { buildStaff } from './staff';

type CaseRow = Casework['rows']['cases'][number];
type ConsentRow = Casework['rows']['consents'][number];
type LegalBasisRow = Casework['rows']['legalBases'][number];
type PartnerRow = Casework['rows']['partners'][number];

export interface CaseHistory {
  caseId: string;
  personId: string;
  leadAgencyId: string;
  openedAt: Date;
  /** When work on the case stopped (its first suspension or closure), or null while it is open. */
  stoppedAt: Date | null;
  /** The case manager at that moment (hand-overs included). */
  managerAt(at: Date): string;
  /** What a member of staff could see of the client at that moment, by the access policy. */
  decision(viewer: Viewer, at: Date): AccessDecision;
}

export type StaffRow = ReturnType<typeof buildStaff>['rows'][number];

export const viewerOf = (s: StaffRow): Viewer => ({ userId: s.id!, agencyId: s.agency_id!, roles: s.roles as Role[] });

const isBefore = (a: Date | string | null | undefined, at: Date) => a != null && new Date(a).getTime() <= at.getTime();
const stillValid = (until: Date | string | null | undefined, at: Date) => until == null || new Date(until).getTime() > at.getTime();

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

interface Change {
  at: Date;
  from: string;
  to: string;
}

/** The case's history from its rows and timeline events (status and manager changes). */
export function caseHistories(casework: Casework): CaseHistory[] {
  const { cases, consents, legalBases, partners, events } = casework.rows;
  const consentsOf = groupBy(consents, (c) => c.person_id);
  const basesOf = groupBy(legalBases, (b) => b.person_id);
  const partnersOf = groupBy(partners, (p) => p.case_id);
  const statusChanges = new Map<string, Change[]>();
  const managerChanges = new Map<string, Change[]>();
  for (const e of events) {
    if (e.event_type !== 'case.status_changed' && e.event_type !== 'case.manager_changed') continue;
    const details = JSON.parse(e.details as string) as { from: string; to: string };
    const list = e.event_type === 'case.status_changed' ? statusChanges : managerChanges;
    const changes = list.get(e.case_id) ?? [];
    changes.push({ at: e.at, to: details.to, from: details.from });
    list.set(e.case_id, changes);
  }
  return cases.map((c) => history(c, {
    consents: consentsOf.get(c.person_id) ?? [],
    bases: basesOf.get(c.person_id) ?? [],
    partners: partnersOf.get(c.id!) ?? [],
    statuses: (statusChanges.get(c.id!) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime()),
    managers: (managerChanges.get(c.id!) ?? []).sort((a, b) => a.at.getTime() - b.at.getTime()),
    registeredBy: casework.registeredBy.get(c.person_id) ?? null,
  }));
}

interface Related {
  consents: ConsentRow[];
  bases: LegalBasisRow[];
  partners: PartnerRow[];
  statuses: Change[];
  managers: Change[];
  registeredBy: string | null;
}

function history(c: CaseRow, r: Related): CaseHistory {
  const openedAt = c.opened_at as Date;
  const firstManager = r.managers[0]?.from ?? c.case_manager_id;
  const managerAt = (at: Date) => r.managers.filter((m) => isBefore(m.at, at)).at(-1)?.to ?? firstManager;
  const statusAt = (at: Date) => r.statuses.filter((s) => isBefore(s.at, at)).at(-1)?.to ?? 'open';

  function facts(agencyId: string, at: Date): AccessFacts {
    const status = statusAt(at);
    return {
      registeredByAgencyId: r.registeredBy,
      // loadFacts: cases not closed, and closed ones led by the viewer's agency.
      cases: status !== 'closed' || c.lead_agency_id === agencyId
        ? [{
            id: c.id!, leadAgencyId: c.lead_agency_id, caseManagerId: managerAt(at), status,
            partnerAgencyIds: r.partners.filter((p) => isBefore(p.joined_at, at) && stillValid(p.left_at, at)).map((p) => p.agency_id),
          }]
        : [],
      consents: r.consents
        .filter((g) => g.recipient_agency_id === agencyId && g.decision === 'given' && isBefore(g.valid_from, at)
          && stillValid(g.valid_until, at) && stillValid(g.withdrawn_at, at))
        .map((g) => ({ categories: g.data_categories as DataCategory[], purposes: g.purposes as ProcessingPurpose[] })),
      legalBases: r.bases
        .filter((b) => b.agency_id === agencyId && isBefore(b.valid_from, at) && stillValid(b.valid_until, at) && stillValid(b.revoked_at, at))
        .map((b) => ({ categories: b.data_categories as DataCategory[] })),
      breakGlassUntil: null,
    };
  }

  // The facts change only at these moments, so one decision per viewer holds until the next.
  const changes = [
    ...r.consents.flatMap((g) => [g.valid_from, g.valid_until, g.withdrawn_at]),
    ...r.bases.flatMap((b) => [b.valid_from, b.valid_until, b.revoked_at]),
    ...r.partners.flatMap((p) => [p.joined_at, p.left_at]),
    ...r.statuses.map((x) => x.at),
    ...r.managers.map((x) => x.at),
  ].filter((d): d is Date => d instanceof Date).map((d) => d.getTime()).sort((a, b) => a - b);
  const decisions = new Map<string, AccessDecision>();

  return {
    caseId: c.id!,
    personId: c.person_id,
    leadAgencyId: c.lead_agency_id,
    openedAt,
    stoppedAt: r.statuses[0]?.at ?? null,
    managerAt,
    decision(viewer, at) {
      let period = 0;
      while (period < changes.length && changes[period]! <= at.getTime()) period++;
      const key = `${viewer.userId}:${period}`;
      let decision = decisions.get(key);
      if (!decision) decisions.set(key, (decision = decideAccess(viewer, facts(viewer.agencyId, at), 'case_work', at)));
      return decision;
    },
  };
}
