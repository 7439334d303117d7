/**
 * Gate for the signed-in part of the app: waits for /api/auth/me, sends people without
 * a session to the sign-in page (remembering where they were going) and provides the
 * signed-in user to the pages below.
 */
import { createContext, useContext, useEffect } from 'react';
import { Center, Loader } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth';
import type { Me } from '../api/types';
import { ProblemAlert } from '../components/problem-alert';
import { useApplySessionLanguage } from './language';

const SessionContext = createContext<Me | null>(null);

export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() used outside <RequireSession>');
  return me;
}

export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const applyLanguage = useApplySessionLanguage();
  const userId = me.data?.id;

  useEffect(() => {
    if (me.data) applyLanguage(me.data);
    // Only when a session starts: later language changes come from the switcher itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId]);

  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (me.isError) return <ProblemAlert error={me.error} m="xl" />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  return (
    <SessionContext.Provider value={me.data}>
      <Outlet />
    </SessionContext.Provider>
  );
}
