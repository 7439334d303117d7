/**
 * Calls of the action-plan screens: the plan of a case, one version, what changed between
 * two, saving the draft, signatures, reviews, progress on actions, suggested services and
 * the catalogue search used to pick a service. Shapes come from the server's zod schemas
 * (type-only imports: nothing of the server is bundled).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SearchPage } from '../../../modules/catalogue/schema';
import type {
  DiffView, GoalTypeView as GoalTypeSchema, PlanView, ProgressHistory as ProgressHistorySchema, SuggestionView as SuggestionSchema, VersionView,
} from '../../../modules/plans/schema';
import type { ActionKind, ActionStatus, Party, PlanContentInput } from '../../../modules/plans/schema-content';
import { api } from '../../api/client';

export type { ActionKind, ActionStatus, DiffView, Party, PlanContentInput, PlanView, SearchPage, VersionView };
export type GoalType = z.infer<typeof GoalTypeSchema>;
export type Suggestion = z.infer<typeof SuggestionSchema>;
export type ProgressHistory = z.infer<typeof ProgressHistorySchema>;
export type ActionView = VersionView['content']['actions'][number];
export type ObligationView = VersionView['content']['obligations'][number];
export type Change = DiffView['changes'][number];
export type Period = 'week' | 'month';
export type Target = { count: number; per: Period };

// Spelled out so the bundle carries no server code; `satisfies` flags a value the server does not know.
export const actionKinds = ['own_activity', 'job_application', 'job_search_agreement', 'training', 'treatment_or_social_service', 'meeting', 'job'] as const satisfies readonly ActionKind[];
export const actionStatuses = ['planned', 'in_progress', 'done', 'cancelled'] as const satisfies readonly ActionStatus[];
export const parties = ['client', 'case_manager', 'partner_agency'] as const satisfies readonly Party[];
export const periods = ['week', 'month'] as const;

/** The UI language, which the server answers in (the client sends it as Accept-Language). */
export function useLanguage(): string {
  return useTranslation().i18n.resolvedLanguage ?? 'en';
}

export const planKeys = {
  all: ['plans'] as const,
  // Views carry server texts (barriers, goal labels, service names) in the UI language: a switch fetches them anew.
  ofCase: (caseId: string, language: string) => ['plans', 'case', caseId, language] as const,
  version: (planId: string, number: number, planVersion: number, language: string) => ['plans', 'version', planId, number, planVersion, language] as const,
  diff: (planId: string, from: number, to: number, planVersion: number) => ['plans', 'diff', planId, from, to, planVersion] as const,
  suggestions: (planId: string, language: string) => ['plans', 'suggestions', planId, language] as const,
  progress: (planId: string, actionId: string, planVersion: number) => ['plans', 'progress', planId, actionId, planVersion] as const,
};

export const planQuery = (caseId: string, language: string) =>
  queryOptions({
    queryKey: planKeys.ofCase(caseId, language),
    queryFn: () => api<PlanView>({ operation: 'plans.ofCase', path: `/api/cases/${caseId}/plan` }),
    // No plan yet (404) or not allowed (403) is an answer, not a hiccup to retry.
    retry: false,
    // The draft being edited keeps its own copy; a refetch on focus would only audit another read.
    refetchOnWindowFocus: false,
    // After a language switch the same plan stays on screen (and the draft form mounted) until it arrives in the new language.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === caseId ? previous : undefined),
  });

export function usePlan(caseId: string) {
  return useQuery(planQuery(caseId, useLanguage()));
}

export function useGoalTypes() {
  const language = useLanguage();
  return useQuery({
    queryKey: ['plans', 'goal-types', language],
    queryFn: () => api<GoalType[]>({ operation: 'plans.goalTypes', path: '/api/plan-goal-types' }),
    staleTime: 10 * 60_000,
  });
}

export function usePlanVersion(plan: PlanView, number: number | null) {
  const language = useLanguage();
  return useQuery({
    queryKey: planKeys.version(plan.id, number ?? 0, plan.version, language),
    queryFn: () => api<VersionView>({ operation: 'plans.version', path: `/api/plans/${plan.id}/versions/${number}` }),
    enabled: number !== null,
    refetchOnWindowFocus: false,
  });
}

export function usePlanDiff(plan: PlanView, from: number | null, to: number | null) {
  return useQuery({
    queryKey: planKeys.diff(plan.id, from ?? 0, to ?? 0, plan.version),
    queryFn: () => api<DiffView>({ operation: 'plans.diff', path: `/api/plans/${plan.id}/diff`, query: { from, to } }),
    enabled: from !== null && to !== null && from !== to,
    refetchOnWindowFocus: false,
  });
}

/** Reading suggestions records them (for evaluation): read once, again only after a decision, not on every focus or save. */
export function useSuggestions(plan: PlanView, enabled: boolean) {
  const language = useLanguage();
  return useQuery({
    queryKey: planKeys.suggestions(plan.id, language),
    queryFn: () => api<Suggestion[]>({ operation: 'plans.suggestions', path: `/api/plans/${plan.id}/suggestions` }),
    enabled,
    refetchOnWindowFocus: false,
    staleTime: Infinity,
    placeholderData: (previous) => previous,
  });
}

export function useProgressHistory(plan: PlanView, actionId: string) {
  return useQuery({
    queryKey: planKeys.progress(plan.id, actionId, plan.version),
    queryFn: () => api<ProgressHistory>({ operation: 'plans.actionHistory', path: `/api/plans/${plan.id}/actions/${actionId}/progress` }),
    refetchOnWindowFocus: false,
  });
}

/** Active services with a free place whose name matches, those addressing the client's barriers first. */
export function useServiceSearch(text: string, barriers: string[]) {
  const language = useLanguage();
  const q = text.trim();
  const barrierList = barriers.join(',');
  return useQuery({
    queryKey: ['catalogue', 'search', q, barrierList, language],
    queryFn: () =>
      api<SearchPage>({
        operation: 'plans.searchServices',
        path: '/api/catalogue/services',
        query: { q: q || undefined, barriers: q ? undefined : barrierList || undefined, freeOnly: 'true', limit: 20 },
      }),
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
}

export function startPlan(caseId: string) {
  return api<PlanView>({ operation: 'plans.start', method: 'POST', path: `/api/cases/${caseId}/plan` });
}

export function saveDraft(planId: string, body: { content: PlanContentInput; version: number }) {
  return api<PlanView>({ operation: 'plans.saveDraft', method: 'PUT', path: `/api/plans/${planId}/draft`, body });
}

export function signPlan(planId: string, body: { method: 'on_screen' | 'paper'; signedName: string; version: number }) {
  return api<PlanView>({ operation: 'plans.sign', method: 'POST', path: `/api/plans/${planId}/sign`, body });
}

export function startReview(planId: string, body: { note: string; version: number }) {
  return api<PlanView>({ operation: 'plans.startReview', method: 'POST', path: `/api/plans/${planId}/reviews`, body });
}

export function recordProgress(planId: string, actionId: string, body: { status: ActionStatus; result: string | null; version: number }) {
  return api<PlanView>({ operation: 'plans.recordProgress', method: 'PUT', path: `/api/plans/${planId}/actions/${actionId}/progress`, body });
}

export function acceptSuggestion(planId: string, suggestionId: string, body: { version: number; title?: string; dueOn?: string }) {
  return api<PlanView>({ operation: 'plans.acceptSuggestion', method: 'POST', path: `/api/plans/${planId}/suggestions/${suggestionId}/accept`, body });
}

export function ignoreSuggestion(planId: string, suggestionId: string, version: number) {
  return api<void>({ operation: 'plans.ignoreSuggestion', method: 'POST', path: `/api/plans/${planId}/suggestions/${suggestionId}/ignore`, body: { version } });
}

/** The printable plan; the server names the file and sends it as a download. */
export const pdfUrl = (planId: string, number: number, lang?: string) => `/api/plans/${planId}/versions/${number}/pdf${lang ? `?lang=${lang}` : ''}`;
