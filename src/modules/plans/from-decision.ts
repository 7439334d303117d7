/**
 * For other modules (case conferences): a formal decision of a multidisciplinary meeting
 * becomes actions of the case's plan. They are appended to the draft when there is one;
 * when the version in force is signed, a review version is started that contains them, so
 * the client acknowledges them with a new signature. The plan's rules apply as to any save
 * (owners in the case, due dates not in the past, bookings), under the plan's lock, with a
 * timeline entry and an audit event. No access check here: the calling module decides
 * who may record a decision (and must have checked the case through the access policy).
 *
 * Also a summary of the plan for a briefing pack, which the caller filters by category.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError, fieldError } from '../../server/errors';
import type { Caller } from './context';
import { assertCaseOpen, PLAN_CATEGORY, type PlanDeps } from './context';
import { syncBookings } from './bookings';
import { buildContent } from './content';
import * as repo from './repo';
import type { ActionKind, PlanContent, PlanContentInput, StoredAction } from './schema-content';
import { servicesOf } from './view';
import { dayOf } from '../../server/days';

export interface DecisionAction {
  kind?: ActionKind;
  title: string;
  /** The agency that carries it out: the lead agency (the case manager) or a partner in the case. */
  ownerAgencyId: string;
  dueOn: string;
}

export async function addActionsFromDecision(
  deps: PlanDeps,
  trx: Kysely<DB>,
  input: { caseId: string; actions: DecisionAction[]; by: Caller; note: string; source: { type: string; id: string } },
) {
  const { viewer, actor } = input.by;
  const c = await deps.cases.caseFacts(trx, input.caseId);
  if (!c) throw new AppError('not_found');
  assertCaseOpen(c);
  const found = await repo.findPlanOfCase(trx, input.caseId);
  if (!found) throw fieldError('caseId', 'plan_missing');
  await repo.lockPlan(trx, found.id);
  const plan = (await repo.findPlan(trx, found.id))!;
  const versions = await repo.listVersions(trx, plan.id);
  const draft = versions.find((v) => v.status === 'draft');
  const base = draft ?? versions[0]!;
  const now = deps.clock.now();

  let assessment = base.content.assessment;
  if (!draft) {
    // As a review does: the new version is built on the latest assessment.
    const latest = await deps.assessment.latestResult(trx, c.id);
    if (latest) assessment = { id: latest.assessmentId, segment: latest.segment, barriers: latest.barriers };
  }
  const added = input.actions.map((a) => ({
    kind: a.kind ?? 'meeting', title: a.title, serviceId: null, dueOn: a.dueOn, target: null, addressesBarriers: [], category: PLAN_CATEGORY, suggestionId: null,
    owner: a.ownerAgencyId === c.leadAgencyId ? { party: 'case_manager' as const, agencyId: null } : { party: 'partner_agency' as const, agencyId: a.ownerAgencyId },
  }));
  const contentInput: PlanContentInput = { ...base.content, actions: [...base.content.actions, ...added] };
  const services = await servicesOf(deps, trx, base.content.actions, 'en');
  let content: PlanContent;
  try {
    content = buildContent(contentInput, {
      today: dayOf(now), c, goalTypes: await repo.listGoalTypes(trx), services, previous: base.content, visible: () => true, assessment,
    });
  } catch (error) {
    // Only the new actions' problems are the decision's; name them by the decision's fields.
    if (!(error instanceof AppError) || !error.details.fields) throw error;
    const first = base.content.actions.length;
    const fields = error.details.fields.flatMap((f) => {
      const m = /^actions\.(\d+)\.(.+)$/.exec(f.field);
      if (!m || Number(m[1]) < first) return [];
      const field = m[2] === 'dueOn' ? 'dueOn' : m[2]!.startsWith('owner') ? 'ownerAgencyId' : m[2] === 'title' ? 'text' : m[2]!;
      return [{ ...f, field: input.actions.length > 1 ? `actions.${Number(m[1]) - first}.${field}` : field }];
    });
    throw new AppError('validation_failed', { fields: fields.length ? fields : error.details.fields });
  }
  const actionIds = content.actions.slice(base.content.actions.length).map((a: StoredAction) => a.id);

  if (!(await repo.bumpPlan(trx, plan.id, plan.version, now))) throw new AppError('version_conflict');
  let number = base.number;
  if (draft) {
    const closed = new Set((await repo.latestProgress(trx, plan.id)).filter((p) => p.status === 'done' || p.status === 'cancelled').map((p) => p.action_id));
    await syncBookings(deps, trx, { before: draft.content, after: content, personId: c.personId, caseId: c.id, by: viewer.userId, at: now, closed });
    await repo.updateDraft(trx, draft.id, content, viewer.userId, now);
  } else {
    number = base.number + 1;
    await repo.insertVersion(trx, { plan_id: plan.id, number, content, review_note: input.note, created_by: viewer.userId, created_at: now });
  }
  const details = { planId: plan.id, number, newVersion: !draft, actions: actionIds.length, source: input.source.type, sourceId: input.source.id };
  await deps.cases.appendCaseEvent(trx, { caseId: c.id, type: 'plan.decision_added', agencyId: viewer.agencyId, actorUserId: viewer.userId, dataCategory: PLAN_CATEGORY, details });
  await deps.audit.record(trx, actor, {
    action: 'plan.decision.add', personId: c.personId, purpose: 'case_work', subjectType: 'action_plan', subjectId: plan.id, details: { ...details, categories: [PLAN_CATEGORY] },
  });
  return { planId: plan.id, number, newVersion: !draft, actionIds };
}

/** The plan of a case for a briefing: which version is current, the goal, the open actions with their categories. No access check. */
export async function planSummary(trx: Kysely<DB>, caseId: string) {
  const plan = await repo.findPlanOfCase(trx, caseId);
  if (!plan) return null;
  const versions = await repo.listVersions(trx, plan.id);
  const current = (versions.find((v) => v.status === 'draft') ?? versions.find((v) => v.status === 'signed') ?? versions[0])!;
  const inForce = versions.find((v) => v.status === 'signed')?.number ?? null;
  const closed = new Set((await repo.latestProgress(trx, plan.id)).filter((p) => p.status === 'done' || p.status === 'cancelled').map((p) => p.action_id));
  return {
    planId: plan.id, number: current.number, status: current.status, inForce,
    goal: current.content.goal ? { type: current.content.goal.type, description: current.content.goal.description } : null,
    nextReviewOn: current.content.nextReviewOn,
    openActions: current.content.actions.filter((a) => !closed.has(a.id)).map((a) => ({
      id: a.id, title: a.title, kind: a.kind, dueOn: a.dueOn, category: a.category, owner: a.owner,
    })),
  };
}
