/** A 6-digit authenticator code and one button, used to turn the second factor on or off. */
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';

interface Props {
  submitLabel: string;
  color?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (code: string) => void;
}

export function TotpCodeForm({ submitLabel, color, pending, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { code: '' },
    validate: { code: (v) => (/^\d{6}$/.test(v.trim()) ? null : t('signIn.codeInvalid')) },
  });
  return (
    <form onSubmit={form.onSubmit(({ code }) => onSubmit(code.trim()))} noValidate>
      <Stack gap="sm" maw={360}>
        {error !== null && error !== undefined && <ProblemAlert error={error} />}
        <TextInput
          label={t('signIn.code')}
          description={t('signIn.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          {...form.getInputProps('code')}
        />
        <Group>
          <Button type="submit" color={color} loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
