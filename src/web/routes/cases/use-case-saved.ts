/** After a change to a case: put the answer in the cache and refresh what depends on it (timeline, caseloads). */
import { useQueryClient } from '@tanstack/react-query';
import { caseKeys, caseQuery, type CaseView } from '../../api/cases';

export function useCaseCache(caseId: string) {
  const queryClient = useQueryClient();
  return {
    saved: (view?: CaseView) => {
      if (view) queryClient.setQueryData(caseKeys.one(caseId), view);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all, predicate: (q) => !(view && q.queryKey[1] === 'one') });
    },
    /** The case as the server has it now, after a version conflict. */
    reload: () => queryClient.fetchQuery({ ...caseQuery(caseId), staleTime: 0 }),
  };
}
