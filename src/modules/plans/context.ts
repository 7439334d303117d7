/**
 * What the action-plan use cases share: their dependencies (other modules only through
 * their services) and the guard that makes a plan visible only through the access policy
 * on its person and case.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import type { Clock } from '../../server/clock';
import { AppError } from '../../server/errors';
import type { DataCategory } from '../access/data-categories';
import { canSee, type AccessDecision, type Viewer } from '../access/policy';
import type { AccessService } from '../access/service';
import type { AssessmentService } from '../assessment/service';
import type { AuditService } from '../audit/service';
import type { CaseService } from '../cases/service';
import type { ServiceFacts } from '../catalogue/service';
import * as repo from './repo';
import type { PlanContent } from './schema-content';

export type { Caller } from '../cases/context';

export interface PlanDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  access: AccessService;
  cases: Pick<CaseService, 'caseFacts' | 'appendCaseEvent'>;
  assessment: Pick<AssessmentService, 'latestResult'>;
  catalogue: CatalogueForPlans;
}

export type { ServiceFacts } from '../catalogue/service';

/** What the plan uses of the service catalogue (its service, inside the plan's transaction). */
export interface CatalogueForPlans {
  servicesByIds(trx: Kysely<DB>, ids: string[], lang: Language): Promise<ServiceFacts[]>;
  /** Active services addressing any of the barriers, or available in the municipality; with free places. */
  candidates(trx: Kysely<DB>, query: { barriers: string[]; municipalityCode: string | null }, lang: Language): Promise<ServiceFacts[]>;
  /** Holds a place (refused with a field error when full); one active booking per plan action. */
  book(trx: Kysely<DB>, b: { serviceId: string; personId: string; caseId: string; actionId: string; bookedBy: string; at: Date }): Promise<void>;
  /** Frees the place a plan action held, if any. */
  release(trx: Kysely<DB>, b: { actionId: string; by: string; at: Date; reason: string }): Promise<void>;
}

/**
 * A plan is about the client's way into work: its header, goals, obligations and ordinary
 * actions are employment data. An action for treatment carries its own category (health,
 * addiction...) and is shown only where that category is allowed.
 */
export const PLAN_CATEGORY: DataCategory = 'employment';

export type CaseFacts = NonNullable<Awaited<ReturnType<CaseService['caseFacts']>>>;

/** The case of a plan the viewer may see: its person visible, the case one the policy counted (else 404), employment data allowed (403). */
export async function visibleCase(deps: PlanDeps, trx: Kysely<DB>, viewer: Viewer, caseId: string) {
  const c = await deps.cases.caseFacts(trx, caseId);
  if (!c) throw new AppError('not_found');
  const decision = await deps.access.requireRecord(viewer, c.personId, 'case_work', trx);
  if (!decision.caseIds.includes(c.id)) throw new AppError('not_found');
  if (!canSee(decision, PLAN_CATEGORY)) throw new AppError('forbidden');
  return { c, decision };
}

export async function visiblePlan(deps: PlanDeps, trx: Kysely<DB>, viewer: Viewer, planId: string, lock = false) {
  if (lock) await repo.lockPlan(trx, planId);
  const plan = await repo.findPlan(trx, planId);
  if (!plan) throw new AppError('not_found');
  return { plan, ...(await visibleCase(deps, trx, viewer, plan.case_id)) };
}

/** Agreeing the plan (drafts, reviews, signatures, suggestions) is the lead agency's work. */
export function assertLead(viewer: Viewer, c: CaseFacts) {
  if (c.leadAgencyId !== viewer.agencyId) throw new AppError('forbidden');
}

/** A closed case is a record of the past: its plan is read, not changed. */
export function assertCaseOpen(c: CaseFacts) {
  if (c.status === 'closed') throw new AppError('validation_failed', { fields: [{ field: 'status', code: 'case_closed' }] });
}

type ShownContent = { actions: Pick<PlanContent['actions'][number], 'category'>[]; assessment?: { barriers: { category: DataCategory }[] } | null };

/**
 * What a response showed of a plan, for the audit trail: the plan itself (employment), the
 * categories of the actions and barriers in it the viewer may see, and identity when it
 * showed the client's name (a signature, the PDF's header).
 */
export function shownDecision(decision: AccessDecision, contents: ShownContent[], name = false): AccessDecision {
  const shown = new Set<DataCategory>([PLAN_CATEGORY, ...(name ? (['identity'] as const) : [])]);
  for (const c of contents) {
    for (const a of c.actions) shown.add(a.category);
    for (const b of c.assessment?.barriers ?? []) shown.add(b.category);
  }
  const categories: AccessDecision['categories'] = {};
  for (const [category, basis] of Object.entries(decision.categories)) if (shown.has(category as DataCategory)) categories[category as DataCategory] = basis;
  return { ...decision, categories };
}
