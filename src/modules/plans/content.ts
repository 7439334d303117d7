/**
 * Turning what a counsellor sent into the stored plan document: ids kept or given, the
 * items they may not see carried over untouched, and every rule a plan must follow checked
 * with a translated error at the field (due dates not in the past, owners that exist in
 * the case, measurable obligations, known goal types and services).
 */
import { randomUUID } from 'node:crypto';
import { AppError, type FieldError } from '../../server/errors';
import type { DataCategory } from '../access/data-categories';
import type { CaseFacts, ServiceFacts } from './context';
import type { GoalTypeRow } from './repo';
import type { PlanContent, PlanContentInput, StoredAction, StoredObligation } from './schema-content';

/** Service types whose use reveals a special category: an action using one carries it. */
const SERVICE_CATEGORY: Partial<Record<string, DataCategory>> = { health: 'health', addiction: 'addiction' };

export interface ContentContext {
  today: string;
  c: CaseFacts;
  goalTypes: GoalTypeRow[];
  services: Map<string, ServiceFacts>;
  /** The content this draft replaces (the draft itself, or the version a review starts from). */
  previous: PlanContent | null;
  /** Categories the saver may see: items of other categories are theirs to keep, not to change. */
  visible: (category: DataCategory) => boolean;
  assessment: PlanContent['assessment'];
}

export function buildContent(input: PlanContentInput, ctx: ContentContext): PlanContent {
  const errors: FieldError[] = [];
  const err = (field: string, code: string, params?: Record<string, unknown>) => errors.push({ field, code, ...(params ? { params } : {}) });
  const previousActions = new Map((ctx.previous?.actions ?? []).map((a) => [a.id, a]));
  const previousObligations = new Map((ctx.previous?.obligations ?? []).map((o) => [o.id, o]));
  const inCase = (agencyId: string | null) => agencyId !== null && (agencyId === ctx.c.leadAgencyId || ctx.c.partners.some((p) => p.agencyId === agencyId));
  const activeGoal = (code: string, kind: string) => ctx.goalTypes.some((g) => g.code === code && g.kind === kind && g.active);

  if (input.goal && !activeGoal(input.goal.type, 'labour_market')) err('goal.type', 'plan_goal_type_unknown');
  input.socialGoals.forEach((g, i) => { if (!activeGoal(g.type, 'social_inclusion')) err(`socialGoals.${i}.type`, 'plan_goal_type_unknown'); });
  if (input.nextReviewOn < ctx.today && input.nextReviewOn !== ctx.previous?.nextReviewOn) err('nextReviewOn', 'date_in_past');

  // A barrier of a category the saver may not see is as unknown to them as one that does not
  // exist (the answer must not tell them apart), and stays on the actions that work on it.
  const barrierCategory = new Map((ctx.assessment?.barriers ?? []).map((b) => [b.code, b.category]));
  const hiddenBarrier = (code: string) => barrierCategory.has(code) && !ctx.visible(barrierCategory.get(code)!);
  const seen = new Set<string>();
  const actions: StoredAction[] = input.actions.map((a, i) => {
    const at = (f: string) => `actions.${i}.${f}`;
    const before = a.id ? previousActions.get(a.id) : undefined;
    if (a.id && (!before || !ctx.visible(before.category) || seen.has(a.id))) err(at('id'), 'plan_action_unknown');
    if (a.id) seen.add(a.id);
    if (a.dueOn < ctx.today && a.dueOn !== before?.dueOn) err(at('dueOn'), 'date_in_past');
    // A partner owns an action when it is in the case, or provides the service the action uses.
    const provider = a.serviceId ? ctx.services.get(a.serviceId)?.agencyId : undefined;
    if (a.owner.party === 'partner_agency' && !inCase(a.owner.agencyId) && a.owner.agencyId !== provider) {
      err(at('owner.agencyId'), a.owner.agencyId ? 'plan_owner_not_in_case' : 'plan_owner_agency_required');
    }
    if (a.kind === 'job_search_agreement' && !a.target) err(at('target'), 'plan_target_required');
    a.addressesBarriers.forEach((code, j) => { if (!barrierCategory.has(code) || hiddenBarrier(code)) err(`${at('addressesBarriers')}.${j}`, 'plan_barrier_unknown'); });
    const addressesBarriers = [...new Set([...a.addressesBarriers, ...(before?.addressesBarriers ?? []).filter(hiddenBarrier)])];
    let category = a.category;
    if (a.serviceId) {
      const service = ctx.services.get(a.serviceId);
      if (!service || (!service.active && a.serviceId !== before?.serviceId)) err(at('serviceId'), 'plan_service_unknown');
      else category = SERVICE_CATEGORY[service.type] ?? category;
    }
    if (!ctx.visible(category)) err(at('category'), 'plan_category_hidden');
    return {
      ...a, id: a.id ?? randomUUID(), owner: { party: a.owner.party, agencyId: a.owner.party === 'partner_agency' ? a.owner.agencyId : null }, addressesBarriers, category,
    };
  });

  const obligations: StoredObligation[] = input.obligations.map((o, i) => {
    const at = (f: string) => `obligations.${i}.${f}`;
    const before = o.id ? previousObligations.get(o.id) : undefined;
    if (o.id && !before) err(at('id'), 'plan_obligation_unknown');
    if (!o.target && !o.dueOn) err(at('target'), 'plan_obligation_not_measurable');
    if (o.dueOn && o.dueOn < ctx.today && o.dueOn !== before?.dueOn) err(at('dueOn'), 'date_in_past');
    if (o.party === 'agency' && o.agencyId && !inCase(o.agencyId)) err(at('agencyId'), 'plan_owner_not_in_case');
    return { ...o, id: o.id ?? randomUUID(), agencyId: o.party === 'agency' ? (o.agencyId ?? ctx.c.leadAgencyId) : null };
  });
  if (errors.length) throw new AppError('validation_failed', { fields: errors });

  // Items of categories the saver may not see stay as they were: a save never deletes what it could not show.
  const hidden = (ctx.previous?.actions ?? []).filter((a) => !ctx.visible(a.category));
  return {
    assessmentSummary: input.assessmentSummary,
    goal: input.goal,
    socialGoals: input.socialGoals,
    minimumOffer: input.minimumOffer,
    actions: [...actions, ...hidden],
    obligations,
    reviewEveryWeeks: input.reviewEveryWeeks,
    nextReviewOn: input.nextReviewOn,
    caseManager: ctx.c.caseManager,
    assessment: ctx.assessment,
  };
}

/** What a version must hold before the client can sign it. */
export function missingForSignature(content: PlanContent): FieldError[] {
  const missing: FieldError[] = [];
  if (!content.goal) missing.push({ field: 'goal', code: 'plan_required_to_sign' });
  if (!content.minimumOffer) missing.push({ field: 'minimumOffer', code: 'plan_required_to_sign' });
  if (content.actions.length === 0) missing.push({ field: 'actions', code: 'plan_required_to_sign' });
  if (!content.obligations.some((o) => o.party === 'client')) missing.push({ field: 'obligations', code: 'plan_client_obligation_required' });
  return missing;
}
