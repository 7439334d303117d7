/** After a change to a plan: put the answer in the cache and refresh what depends on it (other languages' copies, versions, the case timeline). */
import { useQueryClient } from '@tanstack/react-query';
import { caseKeys } from '../../api/cases';
import { planKeys, planQuery, useLanguage, type PlanView } from './api';

export function usePlanCache(caseId: string) {
  const queryClient = useQueryClient();
  const language = useLanguage();
  return {
    saved: (view: PlanView) => {
      queryClient.setQueryData(planKeys.ofCase(caseId, language), view);
      // Copies in other languages are stale now; versions, diffs and progress are keyed by the plan version and fetch anew.
      void queryClient.invalidateQueries({ queryKey: ['plans', 'case', caseId], predicate: (q) => q.queryKey[3] !== language });
      void queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) });
    },
    /** The plan as the server has it now, after a version conflict. */
    reload: () => queryClient.fetchQuery({ ...planQuery(caseId, language), staleTime: 0 }),
    /** Suggestions change when one is accepted or ignored. */
    suggestionsChanged: (planId: string) => queryClient.invalidateQueries({ queryKey: ['plans', 'suggestions', planId] }),
  };
}
