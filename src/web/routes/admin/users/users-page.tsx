/** Administration: staff accounts, searchable, with create, edit, unlock and new password. */
import { useState } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../../../api/admin';
import type { StaffUser } from '../../../api/types';
import { PageHeader } from '../../../components/page-header';
import { useAgencyOptions } from '../../../components/use-options';
import { SetPasswordModal } from './set-password-modal';
import { UserFormModal } from './user-form-modal';
import { UsersTable } from './users-table';

export function UsersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const users = useUsers({ q, agencyId });
  const agencyOptions = useAgencyOptions();
  // undefined: closed; null: creating; a user: editing them.
  const [editing, setEditing] = useState<StaffUser | null | undefined>(undefined);
  const [passwordFor, setPasswordFor] = useState<StaffUser | null>(null);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.subtitle')}
        actions={<Button onClick={() => setEditing(null)}>{t('users.create')}</Button>}
      />
      <Group mb="md" align="flex-end" role="search" aria-label={t('users.searchLabel')}>
        <TextInput
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        <Select
          label={t('users.filterAgency')}
          placeholder={t('offices.allAgencies')}
          data={agencyOptions}
          value={agencyId}
          onChange={setAgencyId}
          clearable
          searchable
          w={320}
        />
      </Group>
      <UsersTable query={users} onEdit={setEditing} onSetPassword={setPasswordFor} />
      {editing !== undefined && <UserFormModal user={editing} onClose={() => setEditing(undefined)} />}
      {passwordFor && <SetPasswordModal user={passwordFor} onClose={() => setPasswordFor(null)} />}
    </>
  );
}
