/**
 * A plan as one viewer may see it: actions and barriers of categories they may not see are
 * left out (not counted, not hinted at), names and labels in the language of the request,
 * each action with its current progress, and the quality signals for monitoring.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import { dayOf } from '../../server/days';
import { canSee, type AccessDecision, type Viewer } from '../access/policy';
import { can } from '../access/roles';
import type { CaseFacts, PlanDeps, ServiceFacts } from './context';
import * as repo from './repo';
import type { PlanContent } from './schema-content';
import type { PlanView, VersionView } from './schema';

const staff = (id: string, displayName: string) => ({ id, displayName });
const iso = (d: Date) => d.toISOString();

export interface ViewContext {
  c: CaseFacts;
  decision: AccessDecision;
  viewer: Viewer;
  lang: Language;
  today: string;
  goalTypes: repo.GoalTypeRow[];
  services: Map<string, ServiceFacts>;
  progress: Map<string, repo.ProgressRow>;
}

/** The catalogue services some actions use, by id. */
export async function servicesOf(deps: PlanDeps, trx: Kysely<DB>, actions: { serviceId?: string | null }[], lang: Language) {
  const ids = [...new Set(actions.map((a) => a.serviceId).filter((id): id is string => !!id))];
  return new Map((ids.length ? await deps.catalogue.servicesByIds(trx, ids, lang) : []).map((s) => [s.id, s]));
}

export async function viewContext(deps: PlanDeps, trx: Kysely<DB>, base: Omit<ViewContext, 'goalTypes' | 'services' | 'progress' | 'today'>, planId: string, contents: PlanContent[]): Promise<ViewContext> {
  const [goalTypes, services, progress] = await Promise.all([
    repo.listGoalTypes(trx),
    servicesOf(deps, trx, contents.flatMap((c) => c.actions), base.lang),
    repo.latestProgress(trx, planId),
  ]);
  return { ...base, today: dayOf(deps.clock.now()), goalTypes, services, progress: new Map(progress.map((p) => [p.action_id, p])) };
}

export function versionView(row: repo.VersionRow, ctx: ViewContext): VersionView {
  const { c, decision, lang } = ctx;
  const content = row.content;
  const agencyName = (id: string | null) => (id === null ? null : id === c.leadAgencyId ? c.leadAgencyName : c.partners.find((p) => p.agencyId === id)?.agencyName ?? null);
  const goalLabel = (code: string) => ctx.goalTypes.find((g) => g.code === code)?.label[lang] ?? code;
  const goal = (g: NonNullable<PlanContent['goal']>) => ({ type: g.type, label: goalLabel(g.type), description: g.description, targetDate: g.targetDate });
  const barrierLabels = new Map((content.assessment?.barriers ?? []).map((b) => [b.code, b]));
  return {
    number: row.number,
    status: row.status as VersionView['status'],
    editable: row.status === 'draft' && c.status !== 'closed' && ctx.viewer.agencyId === c.leadAgencyId && can(ctx.viewer.roles, 'plan.edit'),
    reviewNote: row.review_note,
    createdAt: iso(row.created_at),
    createdBy: staff(row.created_by, row.created_by_name),
    updatedAt: iso(row.updated_at),
    updatedBy: staff(row.updated_by, row.updated_by_name),
    signature: row.signed_at
      ? {
          // The name the client signed with is identity data, like the client's name elsewhere.
          signedAt: iso(row.signed_at), method: row.signature_method as 'on_screen' | 'portal' | 'paper', signedName: canSee(decision, 'identity') ? row.signed_name! : '',
          witnessedBy: row.witnessed_by ? staff(row.witnessed_by, row.witnessed_by_name!) : null,
        }
      : null,
    content: {
      assessmentSummary: content.assessmentSummary,
      assessment: content.assessment && {
        id: content.assessment.id,
        segment: content.assessment.segment,
        barriers: content.assessment.barriers.filter((b) => canSee(decision, b.category)).map((b) => ({ ...b, label: b.label[lang] })),
      },
      goal: content.goal && goal(content.goal),
      socialGoals: content.socialGoals.map(goal),
      minimumOffer: content.minimumOffer,
      actions: content.actions.filter((a) => canSee(decision, a.category)).map((a) => {
        const p = ctx.progress.get(a.id);
        const service = a.serviceId ? ctx.services.get(a.serviceId) : undefined;
        const status = (p?.status ?? 'planned') as VersionView['content']['actions'][number]['status'];
        return {
          id: a.id, kind: a.kind, title: a.title,
          owner: { party: a.owner.party, agencyId: a.owner.agencyId, agencyName: agencyName(a.owner.agencyId) ?? service?.agencyName ?? null },
          service: service ? { id: service.id, name: service.name, agencyName: service.agencyName } : null,
          dueOn: a.dueOn, target: a.target,
          addressesBarriers: a.addressesBarriers.filter((code) => { const b = barrierLabels.get(code); return b && canSee(decision, b.category); }),
          category: a.category, suggestionId: a.suggestionId,
          status, result: p?.result ?? null,
          statusChangedAt: p ? iso(p.changed_at) : null,
          statusChangedBy: p ? staff(p.changed_by, p.changed_by_name) : null,
          overdue: a.dueOn < ctx.today && (status === 'planned' || status === 'in_progress'),
        };
      }),
      obligations: content.obligations.map((o) => ({ ...o, agencyName: agencyName(o.agencyId) })),
      caseManager: content.caseManager,
      reviewEveryWeeks: content.reviewEveryWeeks,
      nextReviewOn: content.nextReviewOn,
    },
  };
}


export function quality(current: VersionView, versions: repo.VersionRow[], ctx: ViewContext): PlanView['quality'] {
  const barriers = (current.content.assessment?.barriers ?? []).map((b) => ({
    code: b.code, label: b.label, severity: b.severity,
    addressedBy: current.content.actions.filter((a) => a.status !== 'cancelled' && (a.addressesBarriers.includes(b.code) || serviceAddresses(a.service?.id, b.code, ctx))).map((a) => a.id),
  }));
  return {
    barriers,
    barriersAddressed: barriers.filter((b) => b.addressedBy.length > 0).length,
    barriersTotal: barriers.length,
    reviewOverdue: current.content.nextReviewOn < ctx.today,
    lastChangeAt: iso(new Date(Math.max(...versions.map((v) => v.updated_at.getTime())))),
    signedVersions: versions.filter((v) => v.signed_at).length,
  };
}

const serviceAddresses = (serviceId: string | undefined, code: string, ctx: ViewContext) =>
  serviceId !== undefined && (ctx.services.get(serviceId)?.barriers.includes(code) ?? false);

export function planView(plan: repo.PlanRow, versions: repo.VersionRow[], ctx: ViewContext): PlanView {
  const draft = versions.find((v) => v.status === 'draft');
  const inForce = versions.find((v) => v.status === 'signed');
  const current = versionView((draft ?? inForce ?? versions[0])!, ctx);
  return {
    id: plan.id,
    caseId: plan.case_id,
    personId: plan.person_id,
    version: plan.version,
    versions: versions.map((v) => ({
      number: v.number, status: v.status as VersionView['status'], createdAt: iso(v.created_at), createdBy: staff(v.created_by, v.created_by_name),
      signedAt: v.signed_at ? iso(v.signed_at) : null, reviewNote: v.review_note,
    })),
    current,
    inForce: inForce?.number ?? null,
    quality: quality(current, versions, ctx),
  };
}
