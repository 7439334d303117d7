/**
 * Changing a plan: starting it, saving the draft, starting a review (a new version from
 * the latest), the client's signature (which freezes the version) and recording progress
 * on actions. Each change takes the plan's lock, checks the version the caller read (409
 * when stale), writes the case timeline and the audit trail, all in one transaction.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import { addDays, dayOf } from '../../server/days';
import { AppError, fieldError, versionConflict } from '../../server/errors';
import { canSee, type AccessDecision, type Viewer } from '../access/policy';
import type { AuditActor } from '../audit/schema';
import { syncBookings } from './bookings';
import { buildContent, missingForSignature } from './content';
import { assertCaseOpen, assertLead, PLAN_CATEGORY, visibleCase, visiblePlan, type CaseFacts, type Caller, type PlanDeps } from './context';
import * as repo from './repo';
import type { DraftSave, ProgressChange, ReviewStart, Signature } from './schema';
import type { PlanContent, PlanContentInput } from './schema-content';
import { servicesOf, planView, viewContext } from './view';


/** Re-reads the plan and shows it as the caller may see it. */
export async function showPlan(deps: PlanDeps, trx: Kysely<DB>, planId: string, base: { c: CaseFacts; decision: AccessDecision; viewer: Viewer; lang: Language }) {
  const plan = (await repo.findPlan(trx, planId))!;
  const versions = await repo.listVersions(trx, planId);
  const ctx = await viewContext(deps, trx, base, planId, versions.map((v) => v.content));
  return planView(plan, versions, ctx);
}

async function record(deps: PlanDeps, trx: Kysely<DB>, actor: AuditActor, viewer: Viewer, e: { c: CaseFacts; planId: string; action: string; type: string; details: Record<string, unknown> }) {
  await deps.cases.appendCaseEvent(trx, { caseId: e.c.id, type: e.type, agencyId: viewer.agencyId, actorUserId: viewer.userId, dataCategory: PLAN_CATEGORY, details: { planId: e.planId, ...e.details } });
  await deps.audit.record(trx, actor, {
    action: e.action, personId: e.c.personId, purpose: 'case_work', subjectType: 'action_plan', subjectId: e.planId, details: { ...e.details, categories: [PLAN_CATEGORY] },
  });
}

async function bump(trx: Kysely<DB>, plan: repo.PlanRow, expected: number, now: Date) {
  if (plan.version !== expected || !(await repo.bumpPlan(trx, plan.id, expected, now))) throw versionConflict(plan.version);
}

/** The first version: the latest assessment's segment and barriers, the case manager, a review in the segment's rhythm. */
export function startPlan(deps: PlanDeps, { viewer, actor }: Caller, caseId: string, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { c, decision } = await visibleCase(deps, trx, viewer, caseId);
    assertLead(viewer, c);
    assertCaseOpen(c);
    if (await repo.findPlanOfCase(trx, caseId)) throw new AppError('already_exists');
    const now = deps.clock.now();
    const latest = await deps.assessment.latestResult(trx, caseId);
    const weeks = latest?.segment === 'intensive' || latest?.segment === 'specialist' ? 4 : 12;
    const content: PlanContent = {
      assessmentSummary: '', goal: null, socialGoals: [], minimumOffer: '', actions: [], obligations: [],
      reviewEveryWeeks: weeks, nextReviewOn: addDays(dayOf(now), weeks * 7), caseManager: c.caseManager,
      assessment: latest && { id: latest.assessmentId, segment: latest.segment, barriers: latest.barriers },
    };
    const { id } = await repo.insertPlan(trx, { case_id: caseId, person_id: c.personId, created_by: viewer.userId, created_at: now });
    await repo.insertVersion(trx, { plan_id: id, number: 1, content, review_note: null, created_by: viewer.userId, created_at: now });
    await record(deps, trx, actor, viewer, { c, planId: id, action: 'plan.create', type: 'plan.created', details: { number: 1, assessmentId: latest?.assessmentId ?? null } });
    return showPlan(deps, trx, id, { c, decision, viewer, lang });
  }).catch((error: unknown) => {
    // Two people started one at the same moment: the unique case_id decides.
    if ((error as { code?: string })?.code === '23505') throw new AppError('already_exists');
    throw error;
  });
}

/** Actions whose progress says the place is no longer needed (done or cancelled). */
const closedActions = async (trx: Kysely<DB>, planId: string) =>
  new Set((await repo.latestProgress(trx, planId)).filter((p) => p.status === 'done' || p.status === 'cancelled').map((p) => p.action_id));

/** Runs in the caller's transaction when given one (accepting a suggestion saves the draft as part of its own), else in a new one. */
const within = <T>(deps: PlanDeps, outer: Kysely<DB> | undefined, work: (trx: Kysely<DB>) => Promise<T>) =>
  outer ? work(outer) : deps.db.transaction().execute(work);

export function saveDraft(deps: PlanDeps, { viewer, actor }: Caller, planId: string, input: DraftSave, lang: Language, outer?: Kysely<DB>) {
  return within(deps, outer, async (trx) => {
    const { plan, c, decision } = await visiblePlan(deps, trx, viewer, planId, true);
    assertLead(viewer, c);
    assertCaseOpen(c);
    const draft = (await repo.listVersions(trx, planId)).find((v) => v.status === 'draft');
    if (!draft) throw fieldError('status', 'plan_signed_start_review');
    const now = deps.clock.now();
    await bump(trx, plan, input.version, now);
    const content = await contentFor(deps, trx, input.content, { c, decision, previous: draft.content, now, lang });
    await syncBookings(deps, trx, { before: draft.content, after: content, personId: c.personId, caseId: c.id, by: viewer.userId, at: now, closed: await closedActions(trx, planId) });
    await repo.updateDraft(trx, draft.id, content, viewer.userId, now);
    await deps.audit.record(trx, actor, {
      action: 'plan.draft.update', personId: c.personId, purpose: 'case_work', subjectType: 'action_plan', subjectId: planId,
      details: { number: draft.number, actions: content.actions.length, obligations: content.obligations.length, categories: [...new Set([PLAN_CATEGORY, ...content.actions.map((a) => a.category)])].filter((x) => canSee(decision, x)) },
    });
    return showPlan(deps, trx, planId, { c, decision, viewer, lang });
  });
}

async function contentFor(deps: PlanDeps, trx: Kysely<DB>, input: PlanContentInput, o: { c: CaseFacts; decision: AccessDecision; previous: PlanContent; now: Date; lang: Language }) {
  const services = await servicesOf(deps, trx, [...o.previous.actions, ...input.actions], o.lang);
  return buildContent(input, {
    today: dayOf(o.now), c: o.c, goalTypes: await repo.listGoalTypes(trx), services, previous: o.previous,
    visible: (category) => canSee(o.decision, category), assessment: o.previous.assessment,
  });
}

/** A review: a new draft from the latest version, with what the review is about. The signed version stays in force until the new one is signed. */
export function startReview(deps: PlanDeps, { viewer, actor }: Caller, planId: string, input: ReviewStart, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { plan, c, decision } = await visiblePlan(deps, trx, viewer, planId, true);
    assertLead(viewer, c);
    assertCaseOpen(c);
    const versions = await repo.listVersions(trx, planId);
    if (versions.some((v) => v.status === 'draft')) throw fieldError('status', 'plan_draft_exists');
    const now = deps.clock.now();
    await bump(trx, plan, input.version, now);
    const latest = versions[0]!;
    // The review brings the latest assessment and case manager into the plan.
    const result = await deps.assessment.latestResult(trx, c.id);
    const content: PlanContent = {
      ...latest.content, caseManager: c.caseManager,
      assessment: result ? { id: result.assessmentId, segment: result.segment, barriers: result.barriers } : latest.content.assessment,
    };
    const number = latest.number + 1;
    await repo.insertVersion(trx, { plan_id: planId, number, content, review_note: input.note, created_by: viewer.userId, created_at: now });
    await record(deps, trx, actor, viewer, { c, planId, action: 'plan.review.start', type: 'plan.review_started', details: { number } });
    return showPlan(deps, trx, planId, { c, decision, viewer, lang });
  });
}

/** The client acknowledges the draft: it is frozen and in force; the version before is superseded. */
export function signPlan(deps: PlanDeps, { viewer, actor }: Caller, planId: string, input: Signature, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { plan, c, decision } = await visiblePlan(deps, trx, viewer, planId, true);
    assertLead(viewer, c);
    assertCaseOpen(c);
    const draft = (await repo.listVersions(trx, planId)).find((v) => v.status === 'draft');
    if (!draft) throw fieldError('status', 'plan_signed_start_review');
    const missing = missingForSignature(draft.content);
    if (missing.length) throw new AppError('validation_failed', { fields: missing });
    const now = deps.clock.now();
    await bump(trx, plan, input.version, now);
    await repo.signVersion(trx, planId, draft.id, { signed_at: now, signature_method: input.method, signed_name: input.signedName, witnessed_by: viewer.userId });
    await record(deps, trx, actor, viewer, { c, planId, action: 'plan.sign', type: 'plan.signed', details: { number: draft.number, method: input.method } });
    return showPlan(deps, trx, planId, { c, decision, viewer, lang });
  });
}

/** Progress on an action: the lead agency, or the partner agency that owns the action. Done or cancelled frees its place. */
export function recordProgress(deps: PlanDeps, { viewer, actor }: Caller, planId: string, actionId: string, input: ProgressChange, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { plan, c, decision } = await visiblePlan(deps, trx, viewer, planId, true);
    assertCaseOpen(c);
    const versions = await repo.listVersions(trx, planId);
    // Progress is recorded on what was agreed: the version in force, else the first draft.
    const agreed = (versions.find((v) => v.status === 'signed') ?? versions.find((v) => v.status === 'draft'))!;
    const action = agreed.content.actions.find((a) => a.id === actionId);
    if (!action || !canSee(decision, action.category)) throw new AppError('not_found');
    if (viewer.agencyId !== c.leadAgencyId && !(action.owner.party === 'partner_agency' && action.owner.agencyId === viewer.agencyId)) throw new AppError('forbidden');
    if ((input.status === 'done' || input.status === 'cancelled') && !input.result) throw fieldError('result', 'plan_result_required');
    const now = deps.clock.now();
    await bump(trx, plan, input.version, now);
    await repo.insertProgress(trx, { plan_id: planId, action_id: actionId, status: input.status, result: input.result, changed_by: viewer.userId, changed_at: now });
    if (action.serviceId && (input.status === 'done' || input.status === 'cancelled')) {
      await deps.catalogue.release(trx, { actionId, by: viewer.userId, at: now, reason: input.status === 'done' ? 'completed' : 'cancelled' });
    }
    await deps.cases.appendCaseEvent(trx, {
      caseId: c.id, type: 'plan.action_progress', agencyId: viewer.agencyId, actorUserId: viewer.userId, dataCategory: action.category,
      details: { planId, actionId, status: input.status },
    });
    await deps.audit.record(trx, actor, {
      action: 'plan.action.progress', personId: c.personId, purpose: 'case_work', subjectType: 'action_plan', subjectId: planId,
      details: { actionId, status: input.status, categories: [action.category] },
    });
    return showPlan(deps, trx, planId, { c, decision, viewer, lang });
  });
}
