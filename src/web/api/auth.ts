/** Session, sign-in and account calls, with the query hooks that cache them. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { isApiError } from './problem';
import type { Language, Me, SignInResult, TotpSetup } from './types';

export const meKey = ['auth', 'me'] as const;

/** The signed-in staff member, or null when there is no session (401 is not an error here). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>({ operation: 'auth.me', path: '/api/auth/me' });
  } catch (error) {
    if (isApiError(error, 'unauthenticated') || (isApiError(error) && error.status === 401)) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });
}

export function useProviders() {
  return useQuery({
    queryKey: ['auth', 'providers'],
    queryFn: () => api<{ password: boolean; oidc: boolean }>({ operation: 'auth.providers', path: '/api/auth/providers' }),
    staleTime: Infinity,
  });
}

export function signIn(body: { email: string; password: string }) {
  return api<SignInResult>({ operation: 'auth.signIn', method: 'POST', path: '/api/auth/sign-in', body });
}

export function submitSecondFactor(code: string) {
  return api<SignInResult>({ operation: 'auth.secondFactor', method: 'POST', path: '/api/auth/second-factor', body: { code } });
}

export function signOut() {
  return api<void>({ operation: 'auth.signOut', method: 'POST', path: '/api/auth/sign-out' });
}

export function saveLanguage(language: Language) {
  return api<void>({ operation: 'auth.setLanguage', method: 'PUT', path: '/api/auth/me/language', body: { language } });
}

export function useTotpSetup() {
  return useMutation({
    mutationFn: () => api<TotpSetup>({ operation: 'auth.totpSetup', method: 'POST', path: '/api/auth/totp/setup' }),
  });
}

/** Enabling or disabling the second factor answers with the updated Me. */
export function useTotpChange(action: 'enable' | 'disable') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      api<Me>({ operation: `auth.totp.${action}`, method: 'POST', path: `/api/auth/totp/${action}`, body: { code } }),
    onSuccess: (me) => queryClient.setQueryData(meKey, me),
  });
}
