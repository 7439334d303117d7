/** An administrator sets a new password, e.g. for someone who forgot theirs. */
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { setUserPassword } from '../../../api/admin';
import type { StaffUser } from '../../../api/types';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveForm } from '../../../components/use-save-form';
import { usePasswordRule } from './password-rule';

export function SetPasswordModal({ user, onClose }: { user: StaffUser; onClose: () => void }) {
  const { t } = useTranslation();
  const passwordRule = usePasswordRule();
  const form = useForm({ initialValues: { password: '' }, validate: { password: passwordRule } });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: ({ password }) => setUserPassword(user.id, password),
    onSaved: () => {
      notifications.show({ color: 'teal', message: t('users.passwordSet', { name: user.displayName }) });
      onClose();
    },
  });
  return (
    <AppModal title={t('users.setPasswordFor', { name: user.displayName })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Text size="sm">{t('users.setPasswordExplain')}</Text>
          <PasswordInput
            label={t('users.newPassword')}
            description={t('users.passwordHint')}
            autoComplete="new-password"
            required
            data-autofocus
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('users.setPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
