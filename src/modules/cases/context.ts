/**
 * What every case use case shares: its dependencies, who is calling, and the guards that
 * make a case visible only through the access policy on its person.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { AppError } from '../../server/errors';
import type { ProcessingPurpose } from '../access/data-categories';
import { canSee, type AccessDecision, type Viewer } from '../access/policy';
import type { AccessService } from '../access/service';
import type { AuditActor } from '../audit/schema';
import type { AuditService } from '../audit/service';
import * as repo from './repo';
import type { CasePerson } from './schema';

export interface CaseDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  access: AccessService;
}

/** The signed-in staff member twice: as the policy sees them and as the audit trail records them. */
export interface Caller {
  viewer: Viewer;
  actor: AuditActor;
}

/**
 * A case the viewer may see: its person must be visible to them and the case must be one the
 * policy counted for them. Anything else is 404, like a case that does not exist.
 */
export async function visibleCase(deps: CaseDeps, trx: Kysely<DB>, viewer: Viewer, caseId: string, purpose: ProcessingPurpose = 'case_work') {
  const row = await repo.findCase(trx, caseId);
  if (!row) throw new AppError('not_found');
  const decision = await deps.access.requireRecord(viewer, row.person_id, purpose, trx);
  if (!decision.caseIds.includes(row.id)) throw new AppError('not_found');
  return { row, decision };
}

/** Changes to a case are the lead agency's to make. */
export function assertLead(viewer: Viewer, row: { lead_agency_id: string }) {
  if (row.lead_agency_id !== viewer.agencyId) throw new AppError('forbidden');
}

export function assertNotClosed(row: { status: string }) {
  if (row.status === 'closed') throw new AppError('validation_failed', { fields: [{ field: 'status', code: 'case_closed' }] });
}

/** The named case manager must be an active case manager or supervisor of the lead agency. */
export async function assertCaseManager(trx: Kysely<DB>, staffId: string, leadAgencyId: string, field: string) {
  const staff = await repo.findStaff(trx, staffId);
  const eligible = staff?.active && staff.agency_id === leadAgencyId && staff.roles.some((r) => r === 'case_manager' || r === 'supervisor');
  if (!eligible) throw new AppError('validation_failed', { fields: [{ field, code: 'not_case_manager_of_agency' }] });
}

/** The person on a case: the OneDoor id always (the case is visible), names only with identity access. */
export function personOf(row: repo.CaseRow, decision: AccessDecision): CasePerson {
  return {
    id: row.person_id,
    onedoorId: row.onedoor_id,
    name: canSee(decision, 'identity')
      ? { given: row.given_name, family: row.family_name, givenLatin: row.given_name_latin, familyLatin: row.family_name_latin }
      : null,
  };
}

/** The decision narrowed to what a response actually showed, so the audit trail records exactly that. */
export function shown(decision: AccessDecision, categories: readonly string[]): AccessDecision {
  const narrowed: AccessDecision['categories'] = {};
  for (const [category, basis] of Object.entries(decision.categories)) {
    if (categories.includes(category)) narrowed[category as keyof typeof narrowed] = basis;
  }
  return { ...decision, categories: narrowed };
}

/** Identity is the one category a case view shows (the names). */
export const identityShown = (decision: AccessDecision) => shown(decision, ['identity']);

/** A unique-index violation: a concurrent writer got there first. */
export function isUniqueViolation(error: unknown, constraint: string) {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e?.code === '23505' && (e.constraint === constraint || (e.message ?? '').includes(constraint));
}

export function activeCaseExists(activeCaseId: string) {
  return new AppError('already_exists', { extra: { reason: 'active_case_exists', activeCaseId } });
}
