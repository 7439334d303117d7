/** After a change to an assessment: put the answer in the cache and refresh what depends on it (comparison, the case's list, the worklist, the timeline). */
import { useQueryClient } from '@tanstack/react-query';
import { caseKeys } from '../../api/cases';
import { assessmentKeys, assessmentQuery, useLanguage, type AssessmentView } from './api';

export function useAssessmentCache(id: string, caseId: string) {
  const queryClient = useQueryClient();
  const language = useLanguage();
  return {
    saved: (view: AssessmentView) => {
      queryClient.setQueryData(assessmentKeys.one(id, language), view);
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.all, predicate: (q) => q.queryKey[1] !== 'one' && q.queryKey[1] !== 'instrument' });
      void queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) });
    },
    /** The assessment as the server has it now, after a version conflict. */
    reload: () => queryClient.fetchQuery({ ...assessmentQuery(id, language), staleTime: 0 }),
    /** The latest version known here (autosave keeps the cache current). */
    current: (): AssessmentView | undefined => queryClient.getQueryData(assessmentKeys.one(id, language)),
  };
}
