/** First sign-in step: e-mail and password. */
import { useState } from 'react';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { signIn } from '../../api/auth';
import type { Me } from '../../api/types';
import { applyFieldErrors } from '../../components/form-errors';
import { ProblemAlert } from '../../components/problem-alert';

interface Props {
  onSignedIn: (me: Me) => void;
  onSecondFactor: () => void;
}

export function PasswordStep({ onSignedIn, onSecondFactor }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [placed, setPlaced] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (!v.trim() ? t('errors:field.required') : /^\S+@\S+$/.test(v.trim()) ? null : t('errors:field.invalid_email')),
      password: (v) => (v ? null : t('errors:field.required')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      const result = await signIn({ email: values.email.trim(), password: values.password });
      if (result.status === 'signed_in') onSignedIn(result.me);
      else onSecondFactor();
    } catch (e) {
      setPlaced(applyFieldErrors(form, e));
      setError(e);
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {error !== null && <ProblemAlert error={error} placedFields={placed} />}
        <TextInput
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={busy} fullWidth mt="xs">
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
