/**
 * The access policy for a person's data, as a pure function: role × agency × case
 * membership × consent × data category × purpose → the categories a viewer may see, each
 * with the basis that allows it. Deny by default: a category not returned is not shown,
 * not counted and not hinted at.
 */
import { ALL_CATEGORIES, isSensitive, type DataCategory, type ProcessingPurpose } from './data-categories';
import type { Role } from './roles';

export interface Viewer {
  userId: string;
  agencyId: string;
  roles: readonly Role[];
}

export interface AccessFacts {
  /** Agency whose office registered the person. */
  registeredByAgencyId: string | null;
  /** Cases of the person that are not closed, and closed ones led by the viewer's agency. */
  cases: { id: string; leadAgencyId: string; caseManagerId: string; status: string; partnerAgencyIds: string[] }[];
  /** Consents currently given (not refused, withdrawn or expired) to the viewer's agency. */
  consents: { categories: DataCategory[]; purposes: ProcessingPurpose[] }[];
  /** Legal bases currently valid for the viewer's agency. */
  legalBases: { categories: DataCategory[] }[];
  /** An active break-glass grant of the viewer on this person. */
  breakGlassUntil: Date | null;
}

export type Relation = 'lead' | 'partner' | 'registrar' | 'break_glass' | 'none';
export type Basis = 'public_task' | 'consent' | 'legal_basis' | 'break_glass';

export interface AccessDecision {
  relation: Relation;
  /** Categories the viewer may see, with the basis for each. Empty = the record is invisible. */
  categories: Partial<Record<DataCategory, Basis>>;
  caseIds: string[];
}

/** Roles that work with individual clients; analysts, administrators and DPOs see no case content. */
const CLIENT_WORK_ROLES: readonly Role[] = ['case_manager', 'supervisor', 'specialist'];
/** Partnership coordinators arrange referrals and need to know who, not more. */
const COORDINATOR_SCOPE: readonly DataCategory[] = ['identity', 'contact'];

/** Whether these roles work with individual clients (and so may take one on at intake). */
export const worksWithClients = (roles: readonly Role[]) => roles.some((r) => CLIENT_WORK_ROLES.includes(r));

function roleScope(roles: readonly Role[]): DataCategory[] {
  if (worksWithClients(roles)) return [...ALL_CATEGORIES];
  if (roles.includes('partnership_coordinator')) return [...COORDINATOR_SCOPE];
  return [];
}

function relationOf(viewer: Viewer, facts: AccessFacts, now: Date): Relation {
  if (facts.cases.some((c) => c.leadAgencyId === viewer.agencyId)) return 'lead';
  if (facts.cases.some((c) => c.status !== 'closed' && c.partnerAgencyIds.includes(viewer.agencyId))) return 'partner';
  // Between registration and the first case, the registering office works with the record.
  if (facts.cases.length === 0 && facts.registeredByAgencyId === viewer.agencyId) return 'registrar';
  if (facts.breakGlassUntil && facts.breakGlassUntil > now) return 'break_glass';
  return 'none';
}

export function decideAccess(viewer: Viewer, facts: AccessFacts, purpose: ProcessingPurpose, now: Date): AccessDecision {
  const scope = roleScope(viewer.roles);
  const relation = scope.length ? relationOf(viewer, facts, now) : 'none';
  const categories: AccessDecision['categories'] = {};
  const caseIds = facts.cases.map((c) => c.id);
  if (relation === 'none') return { relation, categories, caseIds: [] };

  const consented = (c: DataCategory) => facts.consents.some((g) => g.categories.includes(c) && g.purposes.includes(purpose));
  const lawful = (c: DataCategory) => facts.legalBases.some((b) => b.categories.includes(c));
  for (const category of scope) {
    if (relation === 'break_glass') categories[category] = 'break_glass';
    // The lead (or registering) agency processes ordinary data for its own public task;
    // special categories always need consent or a recorded legal basis.
    else if ((relation === 'lead' || relation === 'registrar') && !isSensitive(category)) categories[category] = 'public_task';
    else if (consented(category)) categories[category] = 'consent';
    else if (lawful(category)) categories[category] = 'legal_basis';
  }
  return { relation, categories, caseIds };
}

export const canSee = (decision: AccessDecision, category: DataCategory) => decision.categories[category] !== undefined;
export const visibleCategories = (decision: AccessDecision) => Object.keys(decision.categories) as DataCategory[];
