/** After a consent or legal-basis change: reload the register and the case timeline (which records it). */
import { useQueryClient } from '@tanstack/react-query';
import { caseKeys } from '../../api/cases';
import { consentKeys } from '../../api/consent';

export function useConsentCache(personId: string) {
  const queryClient = useQueryClient();
  return {
    changed: () => {
      void queryClient.invalidateQueries({ queryKey: consentKeys.consents(personId) });
      void queryClient.invalidateQueries({ queryKey: consentKeys.legalBases(personId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  };
}
