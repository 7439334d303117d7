/** Create or edit a staff account. Edits carry the version they started from. */
import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminKeys, saveUser, usersQuery, type UserInput } from '../../../api/admin';
import type { StaffUser } from '../../../api/types';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveForm } from '../../../components/use-save-form';
import { currentLanguage } from '../../../i18n/setup';
import { usePasswordRule } from './password-rule';
import { UserFormFields } from './user-form-fields';

interface Props {
  /** null creates a new account. */
  user: StaffUser | null;
  onClose: () => void;
}

const valuesOf = (u: StaffUser | null): UserInput => ({
  email: u?.email ?? '',
  displayName: u?.displayName ?? '',
  agencyId: u?.agencyId ?? '',
  officeId: u?.officeId ?? null,
  roles: u?.roles ?? [],
  preferredLanguage: u?.preferredLanguage ?? currentLanguage(),
  active: u?.active ?? true,
  password: '',
});

export function UserFormModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const passwordRule = usePasswordRule();
  const [current, setCurrent] = useState(user);
  const required = (v: string) => (v.trim() ? null : t('errors:field.required'));
  const form = useForm<UserInput>({
    initialValues: valuesOf(user),
    validate: {
      email: (v) => (user ? null : /^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('errors:field.invalid_email')),
      displayName: required,
      agencyId: required,
      roles: (v) => (v.length > 0 ? null : t('errors:field.too_small_array', { minimum: 1 })),
      password: (v) => (user ? null : passwordRule(v)),
    },
  });

  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => saveUser({ ...v, email: v.email.trim(), displayName: v.displayName.trim() }, current ?? undefined),
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.all });
      notifications.show({ color: 'teal', message: t('common.savedNamed', { name: saved.displayName }) });
      onClose();
    },
    reload: async () => {
      if (!current) return;
      const list = await queryClient.fetchQuery({ ...usersQuery({ q: current.email }), staleTime: 0 });
      const fresh = list.find((u) => u.id === current.id) ?? current;
      setCurrent(fresh);
      form.setValues(valuesOf(fresh));
    },
  });

  return (
    <AppModal title={user ? t('users.edit') : t('users.create')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <UserFormFields form={form} creating={!user} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
