/**
 * Suggested services for a plan: ranked from the client's barriers (those the counsellor
 * may see), municipality and language, among catalogue services with free places. What
 * was suggested and what the counsellor did with it (accepted into the plan, possibly
 * edited, or ignored) is kept, so it can be evaluated later whether suggestions help.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import { translatorFor } from '../../i18n/translate';
import { addDays, dayOf } from '../../server/days';
import { AppError, fieldError, versionConflict } from '../../server/errors';
import { canSee } from '../access/policy';
import type { PeopleService } from '../people/service';
import { assertCaseOpen, assertLead, PLAN_CATEGORY, shownDecision, visiblePlan, type Caller, type PlanDeps, type ServiceFacts } from './context';
import { rankServices, type Reason } from './ranking';
import * as repo from './repo';
import type { SuggestionAccept } from './schema';
import type { ActionKind, PlanContentInput } from './schema-content';
import { saveDraft } from './write';

export type SuggestionDeps = PlanDeps & { people: Pick<PeopleService, 'documentFacts'> };


/** The kind of plan action a service becomes when accepted. */
const KIND_OF_SERVICE: Record<string, ActionKind> = {
  training: 'training', almp: 'training', job_placement: 'job', subsidy: 'job', mentoring: 'meeting',
};

function reasonText(r: Reason, lang: Language, barrierLabels: Map<string, string>) {
  const t = translatorFor(lang, 'plans');
  const params: Record<string, string | number> = r.code === 'addresses_barrier' ? { barrier: barrierLabels.get(String(r.params.barrier)) ?? String(r.params.barrier) } : r.params;
  return { code: r.code, text: String(t(`reason.${r.code}`, params)) };
}

export function suggestions(deps: SuggestionDeps, { viewer, actor }: Caller, planId: string, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { plan, c, decision } = await visiblePlan(deps, trx, viewer, planId, true);
    // Choosing services for the plan is the lead agency's work.
    assertLead(viewer, c);
    const versions = await repo.listVersions(trx, planId);
    const content = versions[0]!.content;
    const barriers = (content.assessment?.barriers ?? []).filter((b) => canSee(decision, b.category));
    const person = await deps.people.documentFacts(trx, c.personId);
    const needs = { barriers, municipalityCode: person?.municipalityCode ?? null, language: person?.preferredLanguage ?? 'hy' };
    const inPlan = new Set(content.actions.map((a) => a.serviceId).filter((id): id is string => id !== null));
    const candidates = await deps.catalogue.candidates(trx, { barriers: barriers.map((b) => b.code), municipalityCode: needs.municipalityCode }, lang);
    const ranked = rankServices(candidates, needs, inPlan);
    const now = deps.clock.now();
    await repo.upsertSuggestions(trx, planId, ranked.map((r, i) => ({ service_id: r.service.id, rank: i + 1, score: r.score, reasons: r.reasons })), now);
    await deps.access.recordRead(trx, actor, {
      personId: c.personId, action: 'plan.suggestions.read', purpose: 'case_work', decision: shownDecision(decision, [{ actions: [], assessment: { barriers } }]),
      subjectType: 'action_plan', subjectId: plan.id,
      extra: { suggested: ranked.length },
    });
    const stored = new Map((await repo.listSuggestions(trx, planId)).map((s) => [s.service_id, s]));
    const labels = new Map(barriers.map((b) => [b.code, b.label[lang]]));
    return ranked.map((r, i) => {
      const row = stored.get(r.service.id)!;
      return {
        id: row.id, rank: i + 1, service: serviceSummary(r.service), reasons: r.reasons.map((x) => reasonText(x, lang, labels)),
        decision: row.decision as 'pending' | 'accepted' | 'ignored', actionId: row.action_id, version: row.version,
      };
    });
  });
}

const serviceSummary = (s: ServiceFacts) => ({ id: s.id, name: s.name, type: s.type, agencyName: s.agencyName, freePlaces: s.freePlaces, freeReservedPlaces: s.freeReservedPlaces });

async function suggestionOf(trx: Kysely<DB>, planId: string, suggestionId: string) {
  const row = (await repo.listSuggestions(trx, planId)).find((s) => s.id === suggestionId);
  if (!row) throw new AppError('not_found');
  if (row.decision !== 'pending') throw fieldError('decision', 'plan_suggestion_decided');
  return row;
}

/** Accepting adds an action using the service to the draft (owned by the provider, due in four weeks unless edited). */
export async function acceptSuggestion(deps: SuggestionDeps, caller: Caller, planId: string, suggestionId: string, input: SuggestionAccept, lang: Language) {
  const { viewer } = caller;
  // The draft save checks, books the place and audits; the decision is recorded in the same transaction.
  return deps.db.transaction().execute(async (trx) => {
    const { c, decision } = await visiblePlan(deps, trx, viewer, planId, true);
    assertLead(viewer, c);
    assertCaseOpen(c);
    const row = await suggestionOf(trx, planId, suggestionId);
    const draft = (await repo.listVersions(trx, planId)).find((v) => v.status === 'draft');
    if (!draft) throw fieldError('status', 'plan_signed_start_review');
    const [service] = await deps.catalogue.servicesByIds(trx, [row.service_id], lang);
    if (!service) throw new AppError('not_found');
    const now = deps.clock.now();
    // The draft as the counsellor may see it: the save keeps actions and barriers of hidden categories untouched.
    const shown = new Set((draft.content.assessment?.barriers ?? []).filter((b) => canSee(decision, b.category)).map((b) => b.code));
    const content: PlanContentInput = {
      ...draft.content,
      actions: [
        ...draft.content.actions.filter((a) => canSee(decision, a.category)).map((a) => ({ ...a, addressesBarriers: a.addressesBarriers.filter((code) => shown.has(code)) })),
        {
          kind: KIND_OF_SERVICE[service.type] ?? 'treatment_or_social_service', title: input.title ?? service.name,
          owner: { party: 'partner_agency', agencyId: service.agencyId }, serviceId: service.id,
          dueOn: input.dueOn ?? addDays(dayOf(now), 28), target: null,
          addressesBarriers: [...shown].filter((code) => service.barriers.includes(code)),
          category: 'employment', suggestionId: row.id,
        },
      ],
    };
    const view = await saveDraft(deps, caller, planId, { content, version: input.version }, lang, trx);
    const added = view.current.content.actions.find((a) => a.suggestionId === row.id)!;
    if (!(await repo.decideSuggestion(trx, row.id, row.version, { decision: 'accepted', action_id: added.id, decided_by: viewer.userId, decided_at: now }))) throw versionConflict(row.version);
    return view;
  });
}

export function ignoreSuggestion(deps: SuggestionDeps, { viewer, actor }: Caller, planId: string, suggestionId: string, version: number) {
  return deps.db.transaction().execute(async (trx) => {
    const { c } = await visiblePlan(deps, trx, viewer, planId, true);
    assertLead(viewer, c);
    const row = await suggestionOf(trx, planId, suggestionId);
    if (row.version !== version) throw versionConflict(row.version);
    const now = deps.clock.now();
    if (!(await repo.decideSuggestion(trx, row.id, version, { decision: 'ignored', action_id: null, decided_by: viewer.userId, decided_at: now }))) throw versionConflict(row.version);
    await deps.audit.record(trx, actor, {
      action: 'plan.suggestion.ignore', personId: c.personId, purpose: 'case_work', subjectType: 'action_plan', subjectId: planId,
      details: { serviceId: row.service_id, categories: [PLAN_CATEGORY] },
    });
  });
}
