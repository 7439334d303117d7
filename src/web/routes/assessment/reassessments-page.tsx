/**
 * The re-assessment worklist: clients whose next assessment is due soon or overdue, on the
 * signed-in case manager's cases (or their agency's, for supervisors). Overdue is said in
 * words, not by colour alone.
 */
import { useState } from 'react';
import { Anchor, Badge, Group, Pagination, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { wholeBadge } from '../cases/badge-styles';
import { fullName, latinName } from '../cases/person-name';
import { useReassessmentsDue, type DueItem } from './api';
import { useAssessmentFormats } from './formats';
import { SegmentBadge } from './segment-badge';

const PAGE = 25;
const horizons = [30, 90, 180, 366] as const;

export function ReassessmentsPage() {
  const { t } = useTranslation('assessment');
  const { day } = useAssessmentFormats();
  const me = useSession();
  const supervisor = me.roles.includes('supervisor');
  const [assignedTo, setAssignedTo] = useState<'me' | 'agency'>('me');
  const [withinDays, setWithinDays] = useState<number>(30);
  const [page, setPage] = useState(1);
  const due = useReassessmentsDue({ assignedTo, withinDays, limit: PAGE, offset: (page - 1) * PAGE });
  const items = due.data?.items ?? [];
  const pages = Math.ceil((due.data?.total ?? 0) / PAGE);
  const headers = [t('due.client'), t('due.segment'), t('due.lastAssessed'), t('due.dueOn'), t('due.status'), t('web:common.actions')];

  return (
    <>
      <PageHeader title={t('due.title')} description={t('due.subtitle')} />
      <Group mb="md" align="flex-end" gap="lg" wrap="wrap">
        <Select
          label={t('due.horizon')}
          description={t('due.horizonHint')}
          data={horizons.map((d) => ({ value: String(d), label: t('due.within', { count: d }) }))}
          value={String(withinDays)}
          onChange={(v) => {
            setWithinDays(Number(v ?? 30));
            setPage(1);
          }}
          allowDeselect={false}
          w={{ base: '100%', xs: 320 }}
        />
        {supervisor && (
          <div>
            <Text component="span" size="sm" fw={500} id="due-scope" display="block" mb={4}>
              {t('due.scope')}
            </Text>
            <SegmentedControl
              aria-labelledby="due-scope"
              value={assignedTo}
              onChange={(v) => {
                setAssignedTo(v as 'me' | 'agency');
                setPage(1);
              }}
              data={[
                { value: 'me', label: t('due.scopeMine') },
                { value: 'agency', label: t('due.scopeAgency') },
              ]}
            />
          </div>
        )}
      </Group>
      <DataTable caption={t('due.title')} headers={headers} pending={due.isPending} error={due.error} rowCount={items.length} minWidth={860}>
        {items.map((item) => (
          <DueRow key={item.assessmentId} item={item} day={day} />
        ))}
      </DataTable>
      {pages > 1 && (
        <Group justify="center" mt="md">
          <Pagination total={pages} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': t(`casework:pagination.${control}`) })} />
        </Group>
      )}
    </>
  );
}

function DueRow({ item, day }: { item: DueItem; day: (d: string) => string }) {
  const { t } = useTranslation('assessment');
  const name = fullName(item.person.name);
  const latin = latinName(item.person.name);
  const overdue = item.status === 'overdue';
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {name ?? t('due.nameHidden')}
        </Text>
        <Text size="xs" c="gray.7">
          {latin ? `${latin} · ` : ''}
          {item.person.onedoorId}
        </Text>
      </Table.Td>
      <Table.Td>{item.segment ? <SegmentBadge segment={item.segment} size="sm" /> : '—'}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(item.finalisedAt.slice(0, 10))}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(item.dueOn)}</Table.Td>
      <Table.Td>
        <Badge color={overdue ? 'red' : 'blue'} variant="light" radius="sm" tt="none" styles={wholeBadge} leftSection={<span aria-hidden>{overdue ? '!' : '○'}</span>}>
          {overdue ? t('due.overdue') : t('due.due')}
        </Badge>
        <Text size="xs" c="gray.7" mt={2}>
          {overdue ? t('due.daysOverdue', { count: -item.daysUntilDue }) : t('due.daysLeft', { count: item.daysUntilDue })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="sm" wrap="wrap">
          <Anchor component={Link} to={`/cases/${item.caseId}`} size="sm" aria-label={t('due.openCaseOf', { name: name ?? item.person.onedoorId })}>
            {t('due.openCase')}
          </Anchor>
          {item.inProgressAssessmentId && (
            <Anchor component={Link} to={`/assessments/${item.inProgressAssessmentId}`} size="sm">
              {t('due.continue')}
            </Anchor>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
