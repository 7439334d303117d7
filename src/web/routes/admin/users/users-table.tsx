/** The staff table with per-row actions. */
import { Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminKeys, unlockUser } from '../../../api/admin';
import type { StaffUser } from '../../../api/types';
import { DataTable } from '../../../components/data-table';
import { EmailAddress } from '../../../components/email-address';
import { useProblemText } from '../../../components/problem-alert';
import { StatusBadge } from '../../../components/status-badge';
import { useFormat } from '../../../i18n/format';
import { UserRowActions } from './user-row-actions';

interface Props {
  query: UseQueryResult<StaffUser[]>;
  onEdit: (user: StaffUser) => void;
  onSetPassword: (user: StaffUser) => void;
}

export function UsersTable({ query, onEdit, onSetPassword }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useProblemText();
  const queryClient = useQueryClient();
  const unlock = useMutation({
    mutationFn: (user: StaffUser) => unlockUser(user.id),
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.all });
      notifications.show({ color: 'teal', message: t('users.unlocked', { name: user.displayName }) });
    },
    onError: (error) => notifications.show({ color: 'red', message: describe(error).title }),
  });

  const headers = [
    t('users.nameEmail'),
    t('users.agencyOffice'),
    t('users.roles'),
    t('common.status'),
    t('users.lastSignIn'),
    t('common.actions'),
  ];
  return (
    <DataTable
      caption={t('users.title')}
      headers={headers}
      pending={query.isPending}
      error={query.error}
      rowCount={query.data?.length ?? 0}
      minWidth={900}
    >
      {query.data?.map((user) => (
        <Table.Tr key={user.id}>
          <Table.Td>
            <Text size="sm" fw={500}>
              {user.displayName}
            </Text>
            <Text size="xs" c="gray.7">
              <EmailAddress email={user.email} />
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{user.agencyName}</Text>
            <Text size="xs" c="gray.7">
              {user.officeName ?? t('users.noOffice')}
            </Text>
          </Table.Td>
          <Table.Td>{user.roles.map((role) => t(`role.${role}`)).join(', ')}</Table.Td>
          <Table.Td>
            <Stack gap={4} align="flex-start">
              <StatusBadge on={user.active} onLabel={t('common.active')} offLabel={t('common.inactive')} />
              {user.locked && <StatusBadge on color="red" onLabel={t('users.locked')} offLabel="" />}
              <StatusBadge on={user.totpEnabled} onLabel={t('users.twoFactorOn')} offLabel={t('users.twoFactorOff')} />
            </Stack>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('users.never')}</Table.Td>
          <Table.Td>
            <UserRowActions
              user={user}
              unlocking={unlock.isPending && unlock.variables?.id === user.id}
              onEdit={() => onEdit(user)}
              onSetPassword={() => onSetPassword(user)}
              onUnlock={() => unlock.mutate(user)}
            />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
