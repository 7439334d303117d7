/**
 * Sign-in: e-mail and password, then (if the account has one) the authenticator code.
 * Single sign-on is offered when the server has it configured.
 */
import { useState } from 'react';
import { Button, Divider, Paper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { meKey, useMe, useProviders } from '../../api/auth';
import type { Me } from '../../api/types';
import { usePageTitle } from '../../components/page-header';
import { CodeStep } from './code-step';
import { PasswordStep } from './password-step';
import { PublicFrame } from './public-frame';
import { SsoError } from './sso-error';

/** Only paths inside this app are followed after sign-in, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const providers = useProviders();
  const [step, setStep] = useState<'password' | 'code'>('password');
  usePageTitle(t('signIn.pageTitle'));

  const next = safeNext(params.get('next'));
  if (me.data) return <Navigate to={next} replace />;

  const signedIn = (user: Me) => {
    queryClient.setQueryData(meKey, user);
    void navigate(next, { replace: true });
  };

  return (
    <PublicFrame>
      <Paper withBorder shadow="sm" p="xl" radius="md" bg="white">
        <Title order={1} size="h2" mb={4}>
          {t('signIn.title')}
        </Title>
        <Text c="gray.7" mb="lg">
          {step === 'password' ? t('signIn.intro') : t('signIn.codeIntro')}
        </Text>
        <SsoError code={params.get('error')} />
        {step === 'password' ? (
          <PasswordStep onSignedIn={signedIn} onSecondFactor={() => setStep('code')} />
        ) : (
          <CodeStep onSignedIn={signedIn} onCancel={() => setStep('password')} />
        )}
        {step === 'password' && providers.data?.oidc && (
          <>
            <Divider my="lg" label={t('signIn.or')} labelPosition="center" />
            <Button variant="default" fullWidth onClick={() => window.location.assign('/api/auth/oidc/start')}>
              {t('signIn.sso')}
            </Button>
          </>
        )}
      </Paper>
    </PublicFrame>
  );
}
