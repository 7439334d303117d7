/**
 * The individual action plan (Job Integration Agreement). The use cases live in their own
 * files; this factory binds them to their dependencies.
 */
import type { Language } from '../../i18n';
import type { Caller } from './context';
import { actionHistory, goalTypes, planDiff, planOfCase, planVersion } from './reads';
import type { DraftSave, ProgressChange, ReviewStart, Signature, SuggestionAccept } from './schema';
import { acceptSuggestion, ignoreSuggestion, suggestions, type SuggestionDeps } from './suggestions';
import { planPdf } from './pdf';
import { addActionsFromDecision, planSummary, type DecisionAction } from './from-decision';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { recordProgress, saveDraft, signPlan, startPlan, startReview } from './write';

export type PlanService = ReturnType<typeof createPlanService>;

export function createPlanService(deps: SuggestionDeps) {
  return {
    start: (caller: Caller, caseId: string, lang: Language) => startPlan(deps, caller, caseId, lang),
    ofCase: (caller: Caller, caseId: string, lang: Language) => planOfCase(deps, caller, caseId, lang),
    version: (caller: Caller, planId: string, number: number, lang: Language) => planVersion(deps, caller, planId, number, lang),
    diff: (caller: Caller, planId: string, from: number, to: number) => planDiff(deps, caller, planId, from, to),
    saveDraft: (caller: Caller, planId: string, input: DraftSave, lang: Language) => saveDraft(deps, caller, planId, input, lang),
    startReview: (caller: Caller, planId: string, input: ReviewStart, lang: Language) => startReview(deps, caller, planId, input, lang),
    sign: (caller: Caller, planId: string, input: Signature, lang: Language) => signPlan(deps, caller, planId, input, lang),
    recordProgress: (caller: Caller, planId: string, actionId: string, input: ProgressChange, lang: Language) => recordProgress(deps, caller, planId, actionId, input, lang),
    actionHistory: (caller: Caller, planId: string, actionId: string) => actionHistory(deps, caller, planId, actionId),
    suggestions: (caller: Caller, planId: string, lang: Language) => suggestions(deps, caller, planId, lang),
    acceptSuggestion: (caller: Caller, planId: string, suggestionId: string, input: SuggestionAccept, lang: Language) =>
      acceptSuggestion(deps, caller, planId, suggestionId, input, lang),
    ignoreSuggestion: (caller: Caller, planId: string, suggestionId: string, version: number) => ignoreSuggestion(deps, caller, planId, suggestionId, version),
    pdf: (caller: Caller, planId: string, number: number, lang: Language | undefined) => planPdf(deps, caller, planId, number, lang),
    goalTypes: (lang: Language) => goalTypes(deps, lang),
    /** For other modules (case conferences): a decision's actions appended to the draft, or a new review version when the plan is signed. */
    addActionsFromDecision: (trx: Kysely<DB>, input: { caseId: string; actions: DecisionAction[]; by: Caller; note: string; source: { type: string; id: string } }) =>
      addActionsFromDecision(deps, trx, input),
    /** For other modules (briefing packs): the current plan's goal and open actions with their categories; no access check. */
    planSummary: (trx: Kysely<DB>, caseId: string) => planSummary(trx, caseId),
  };
}
