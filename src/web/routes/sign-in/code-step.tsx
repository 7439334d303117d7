/** Second sign-in step: the 6-digit code from the authenticator app. */
import { useState } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { signOut, submitSecondFactor } from '../../api/auth';
import type { Me } from '../../api/types';
import { ProblemAlert } from '../../components/problem-alert';

interface Props {
  onSignedIn: (me: Me) => void;
  onCancel: () => void;
}

export function CodeStep({ onSignedIn, onCancel }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (v) => (/^\d{6}$/.test(v.trim()) ? null : t('signIn.codeInvalid')) },
  });

  const submit = form.onSubmit(async ({ code }) => {
    setBusy(true);
    setError(null);
    try {
      const result = await submitSecondFactor(code.trim());
      if (result.status === 'signed_in') onSignedIn(result.me);
    } catch (e) {
      setError(e);
      form.setFieldValue('code', '');
    } finally {
      setBusy(false);
    }
  });

  const cancel = async () => {
    // Drop the half-finished session so the next person starts clean.
    await signOut().catch(() => undefined);
    onCancel();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error !== null && <ProblemAlert error={error} />}
        <TextInput
          label={t('signIn.code')}
          description={t('signIn.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          data-autofocus
          {...form.getInputProps('code')}
        />
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => void cancel()}>
            {t('signIn.back')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('signIn.verify')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
