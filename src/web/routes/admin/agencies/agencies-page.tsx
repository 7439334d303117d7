/** Administration: the agencies taking part, with their offices and staff counts. */
import { useState } from 'react';
import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../../api/admin';
import type { Agency } from '../../../api/types';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { StatusBadge } from '../../../components/status-badge';
import { useFormat } from '../../../i18n/format';
import { AgencyFormModal } from './agency-form-modal';

export function AgenciesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const agencies = useAgencies();
  // undefined: closed; null: creating; an agency: editing it.
  const [editing, setEditing] = useState<Agency | null | undefined>(undefined);
  const headers = [t('agencies.name'), t('agencies.type'), t('common.status'), t('agencies.offices'), t('agencies.users'), t('common.actions')];

  return (
    <>
      <PageHeader
        title={t('agencies.title')}
        description={t('agencies.subtitle')}
        actions={<Button onClick={() => setEditing(null)}>{t('agencies.create')}</Button>}
      />
      <DataTable
        caption={t('agencies.title')}
        headers={headers}
        numeric={[t('agencies.offices'), t('agencies.users')]}
        pending={agencies.isPending}
        error={agencies.error}
        rowCount={agencies.data?.length ?? 0}
      >
        {agencies.data?.map((agency) => (
          <Table.Tr key={agency.id}>
            <Table.Td fw={500}>{agency.name}</Table.Td>
            <Table.Td>{t(`agencyType.${agency.type}`)}</Table.Td>
            <Table.Td>
              <StatusBadge on={agency.active} onLabel={t('common.active')} offLabel={t('common.inactive')} />
            </Table.Td>
            <Table.Td ta="right">{format.number(agency.officeCount)}</Table.Td>
            <Table.Td ta="right">{format.number(agency.userCount)}</Table.Td>
            <Table.Td>
              <Button size="xs" variant="default" onClick={() => setEditing(agency)} aria-label={t('common.editNamed', { name: agency.name })}>
                {t('common.edit')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {editing !== undefined && <AgencyFormModal agency={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
