/**
 * Changing the interface language. Signed in, the choice is saved on the user's account
 * (it follows them to other devices); it is also remembered in this browser so the
 * sign-in page opens in it. A choice made on the sign-in page is carried into the
 * account when the person signs in, rather than being overridden by the old preference.
 */
import { useQueryClient } from '@tanstack/react-query';
import { meKey, saveLanguage } from '../api/auth';
import type { Language, Me } from '../api/types';
import { currentLanguage, i18n, rememberLanguage } from '../i18n/setup';

let chosenWhileSignedOut = false;

export function useChangeLanguage() {
  const queryClient = useQueryClient();
  return async (language: Language) => {
    rememberLanguage(language);
    await i18n.changeLanguage(language);
    const me = queryClient.getQueryData<Me | null>(meKey);
    if (!me) {
      chosenWhileSignedOut = true;
      return;
    }
    await saveLanguage(language);
    queryClient.setQueryData<Me | null>(meKey, (old) => old && { ...old, preferredLanguage: language });
  };
}

export function useApplySessionLanguage() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    const chosen = currentLanguage();
    if (chosenWhileSignedOut && chosen !== me.preferredLanguage) {
      chosenWhileSignedOut = false;
      queryClient.setQueryData<Me | null>(meKey, (old) => old && { ...old, preferredLanguage: chosen });
      // Best effort: if saving fails, the choice still holds in this browser.
      void saveLanguage(chosen).catch(() => undefined);
      return;
    }
    chosenWhileSignedOut = false;
    rememberLanguage(me.preferredLanguage);
    void i18n.changeLanguage(me.preferredLanguage);
  };
}
