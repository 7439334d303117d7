/** Administration: offices, where staff work and clients are served; filterable by agency. */
import { useState } from 'react';
import { Button, Select, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOffices } from '../../../api/admin';
import type { Office } from '../../../api/types';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { StatusBadge } from '../../../components/status-badge';
import { useAgencyOptions, useMunicipalityNames } from '../../../components/use-options';
import { OfficeFormModal } from './office-form-modal';

export function OfficesPage() {
  const { t } = useTranslation();
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const offices = useOffices(agencyId);
  const agencyOptions = useAgencyOptions();
  const municipalities = useMunicipalityNames();
  // undefined: closed; null: creating; an office: editing it.
  const [editing, setEditing] = useState<Office | null | undefined>(undefined);
  const headers = [
    t('offices.agency'),
    t('offices.name'),
    t('offices.municipality'),
    t('offices.address'),
    t('offices.phone'),
    t('common.status'),
    t('common.actions'),
  ];

  return (
    <>
      <PageHeader
        title={t('offices.title')}
        description={t('offices.subtitle')}
        actions={<Button onClick={() => setEditing(null)}>{t('offices.create')}</Button>}
      />
      <Select
        label={t('offices.filterAgency')}
        placeholder={t('offices.allAgencies')}
        data={agencyOptions}
        value={agencyId}
        onChange={setAgencyId}
        clearable
        searchable
        maw={360}
        mb="md"
      />
      <DataTable
        caption={t('offices.title')}
        headers={headers}
        pending={offices.isPending}
        error={offices.error}
        rowCount={offices.data?.length ?? 0}
        minWidth={960}
      >
        {offices.data?.map((office) => (
          <Table.Tr key={office.id}>
            <Table.Td>{office.agencyName}</Table.Td>
            <Table.Td fw={500}>{office.name}</Table.Td>
            <Table.Td>{municipalities.nameOf(office.municipalityCode)}</Table.Td>
            <Table.Td>{office.address}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{office.phone}</Table.Td>
            <Table.Td>
              <StatusBadge on={office.active} onLabel={t('common.active')} offLabel={t('common.inactive')} />
            </Table.Td>
            <Table.Td>
              <Button size="xs" variant="default" onClick={() => setEditing(office)} aria-label={t('common.editNamed', { name: office.name })}>
                {t('common.edit')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {editing !== undefined && (
        <OfficeFormModal office={editing} defaultAgencyId={agencyId} onClose={() => setEditing(undefined)} />
      )}
    </>
  );
}
