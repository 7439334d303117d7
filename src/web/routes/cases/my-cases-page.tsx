/**
 * My cases: the signed-in case manager's caseload (supervisors may switch to their
 * agency's), newest first, filtered by status. Names appear only where the policy shows them.
 */
import { useState } from 'react';
import { Anchor, Group, Pagination, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCaseload, type CaseloadFilter } from '../../api/cases';
import { useSession } from '../../app/session';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { CaseStatusBadge } from './case-status-badge';
import { fullName, latinName } from './person-name';

const PAGE = 25;
type StatusFilter = NonNullable<CaseloadFilter['status']>;
const statusFilters: StatusFilter[] = ['active', 'open', 'suspended', 'closed'];

export function MyCasesPage() {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const me = useSession();
  const supervisor = me.roles.includes('supervisor');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [assignedTo, setAssignedTo] = useState<'me' | 'agency'>('me');
  const [page, setPage] = useState(1);
  const caseload = useCaseload({ status, assignedTo, limit: PAGE, offset: (page - 1) * PAGE });
  const items = caseload.data?.items ?? [];
  const pages = Math.ceil((caseload.data?.total ?? 0) / PAGE);

  const headers = [t('cases.client'), t('cases.status'), t('cases.leadAgency'), t('cases.caseManager'), t('cases.opened'), t('web:common.actions')];
  return (
    <>
      <PageHeader title={t('cases.title')} description={t('cases.subtitle')} />
      <Group mb="md" align="flex-end" gap="lg">
        <Select
          label={t('cases.filterStatus')}
          data={statusFilters.map((s) => ({ value: s, label: t(`caseFilter.${s}`) }))}
          value={status}
          onChange={(v) => {
            setStatus((v as StatusFilter | null) ?? 'active');
            setPage(1);
          }}
          allowDeselect={false}
          w={240}
        />
        {supervisor && (
          <div>
            <Text component="span" size="sm" fw={500} id="caseload-scope" display="block" mb={4}>
              {t('cases.scope')}
            </Text>
            <SegmentedControl
              aria-labelledby="caseload-scope"
              value={assignedTo}
              onChange={(v) => {
                setAssignedTo(v as 'me' | 'agency');
                setPage(1);
              }}
              data={[
                { value: 'me', label: t('cases.scopeMine') },
                { value: 'agency', label: t('cases.scopeAgency') },
              ]}
            />
          </div>
        )}
      </Group>
      <DataTable caption={t('cases.title')} headers={headers} pending={caseload.isPending} error={caseload.error} rowCount={items.length} minWidth={900}>
        {items.map((c) => {
          const name = fullName(c.person.name);
          const latin = latinName(c.person.name);
          return (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {name ?? t('cases.nameHidden')}
                </Text>
                <Text size="xs" c="gray.7">
                  {latin ? `${latin} · ` : ''}
                  {c.person.onedoorId}
                </Text>
              </Table.Td>
              <Table.Td>
                <CaseStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>{c.leadAgency.name}</Table.Td>
              <Table.Td>{c.caseManager.displayName}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(c.openedAt)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/cases/${c.id}`} aria-label={t('cases.openCaseOf', { name: name ?? c.person.onedoorId })}>
                  {t('cases.openCase')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
      {pages > 1 && (
        <Group justify="center" mt="md">
          <Pagination total={pages} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })} />
        </Group>
      )}
    </>
  );
}
