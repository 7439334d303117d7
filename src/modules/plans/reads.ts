/** Reading plans: the plan of a case, one version, what changed between two, an action's progress history, goal types. Every read of a plan is audited. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import { AppError } from '../../server/errors';
import { canSee, type AccessDecision } from '../access/policy';
import type { AuditActor } from '../audit/schema';
import { shownDecision, visibleCase, visiblePlan, type Caller, type PlanDeps } from './context';
import { diffContent } from './diff';
import * as repo from './repo';
import type { PlanContent } from './schema-content';
import { showPlan } from './write';
import { versionView, viewContext } from './view';

const auditRead = (deps: PlanDeps, trx: Kysely<DB>, actor: AuditActor, personId: string, planId: string, decision: AccessDecision, extra: Record<string, unknown>) =>
  deps.access.recordRead(trx, actor, { personId, action: 'plan.read', purpose: 'case_work', decision, subjectType: 'action_plan', subjectId: planId, extra });

export function planOfCase(deps: PlanDeps, { viewer, actor }: Caller, caseId: string, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { c, decision } = await visibleCase(deps, trx, viewer, caseId);
    const plan = await repo.findPlanOfCase(trx, caseId);
    if (!plan) throw new AppError('not_found');
    // The view shows one version in full: the draft, else the one in force (see planView).
    const versions = await repo.listVersions(trx, plan.id);
    const current = (versions.find((v) => v.status === 'draft') ?? versions.find((v) => v.status === 'signed') ?? versions[0])!;
    await auditRead(deps, trx, actor, c.personId, plan.id, shownDecision(decision, [current.content], !!current.signed_name), {});
    return showPlan(deps, trx, plan.id, { c, decision, viewer, lang });
  });
}

async function versionOf(trx: Kysely<DB>, planId: string, number: number) {
  const row = await repo.findVersion(trx, planId, number);
  if (!row) throw new AppError('not_found');
  return row;
}

export function planVersion(deps: PlanDeps, { viewer, actor }: Caller, planId: string, number: number, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { c, decision } = await visiblePlan(deps, trx, viewer, planId);
    const row = await versionOf(trx, planId, number);
    await auditRead(deps, trx, actor, c.personId, planId, shownDecision(decision, [row.content], !!row.signed_name), { number });
    return versionView(row, await viewContext(deps, trx, { c, decision, viewer, lang }, planId, [row.content]));
  });
}

/**
 * Only what the viewer may see is compared: an action of a hidden category neither appears
 * nor disappears, and a barrier of a hidden category is not named by the actions working on it.
 */
const visibleContent = (content: PlanContent, decision: AccessDecision): PlanContent => {
  const barriers = (content.assessment?.barriers ?? []).filter((b) => canSee(decision, b.category));
  const shown = new Set(barriers.map((b) => b.code));
  return {
    ...content,
    actions: content.actions.filter((a) => canSee(decision, a.category)).map((a) => ({ ...a, addressesBarriers: a.addressesBarriers.filter((code) => shown.has(code)) })),
    assessment: content.assessment && { ...content.assessment, barriers },
  };
};

export function planDiff(deps: PlanDeps, { viewer, actor }: Caller, planId: string, from: number, to: number) {
  return deps.db.transaction().execute(async (trx) => {
    const { c, decision } = await visiblePlan(deps, trx, viewer, planId);
    const [a, b] = [await versionOf(trx, planId, from), await versionOf(trx, planId, to)].map((v) => visibleContent(v.content, decision)) as [PlanContent, PlanContent];
    const changes = diffContent(a, b);
    // The diff shows the actions it names, and the barriers they work on (not the assessment itself).
    const named = [...a.actions, ...b.actions].filter((x) => changes.some((ch) => ch.path === `actions.${x.id}` || ch.path.startsWith(`actions.${x.id}.`)));
    const barriers = [a, b].flatMap((x) => x.assessment?.barriers ?? []).filter((r) => named.some((x) => x.addressesBarriers.includes(r.code)));
    await auditRead(deps, trx, actor, c.personId, planId, shownDecision(decision, [{ actions: named, assessment: { barriers } }]), { from, to });
    return { from, to, changes };
  });
}

export function actionHistory(deps: PlanDeps, { viewer, actor }: Caller, planId: string, actionId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const { c, decision } = await visiblePlan(deps, trx, viewer, planId);
    const known = (await repo.listVersions(trx, planId)).flatMap((v) => v.content.actions).find((a) => a.id === actionId);
    if (!known || !canSee(decision, known.category)) throw new AppError('not_found');
    await auditRead(deps, trx, actor, c.personId, planId, shownDecision(decision, [{ actions: [known] }]), { actionId });
    return (await repo.progressHistory(trx, planId, actionId)).map((p) => ({
      status: p.status as 'planned', result: p.result, changedAt: p.changed_at.toISOString(), changedBy: { id: p.changed_by, displayName: p.changed_by_name },
    }));
  });
}

export async function goalTypes(deps: PlanDeps, lang: Language) {
  return (await repo.listGoalTypes(deps.db)).map((g) => ({ code: g.code, kind: g.kind as 'labour_market', label: g.label[lang] ?? g.code, active: g.active }));
}

