/**
 * The supervisor's view of notification duties: overdue ones (no client named; the duty
 * page shows what the reader may see), and timing indicators per rule and per office —
 * days from the event to sending, from sending to acknowledgement, share sent in time.
 * Supervisors see their agency's duties to send; partnership coordinators both directions.
 */
import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { useAssessmentFormats } from '../assessment/formats';
import { useDutyDashboard, type DashboardView } from './api';
import { useEventName } from './duty-parts';

type Indicators = DashboardView['totals'];

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

export function DutyDashboardPage() {
  const { t } = useTranslation('duties');
  const { day, percent, number } = useAssessmentFormats();
  const eventName = useEventName();
  const me = useSession();
  const board = useDutyDashboard();
  const data = board.data;
  const dash = (v: number | null, f: (n: number) => string) => (v === null ? '—' : f(v));
  const mayOpen = me.permissions.includes('duty.record');
  const indicatorHeaders = [t('dashboard.total'), t('dashboard.overdue'), t('dashboard.sent'), t('dashboard.share'), t('dashboard.avgSend'), t('dashboard.avgAck')];
  const indicatorCells = (i: Indicators) => (
    <>
      <Table.Td ta="right">{number(i.total)}</Table.Td>
      <Table.Td ta="right">{number(i.overdue)}</Table.Td>
      <Table.Td ta="right">{number(i.sent)}</Table.Td>
      <Table.Td ta="right">{dash(i.shareWithinDeadline, percent)}</Table.Td>
      <Table.Td ta="right">{dash(i.avgDaysToSend, number)}</Table.Td>
      <Table.Td ta="right">{dash(i.avgDaysToAcknowledge, number)}</Table.Td>
    </>
  );
  const directionLabel = (d: 'outgoing' | 'incoming') => t(`dashboard.direction.${d}`);

  return (
    <>
      <PageHeader title={t('dashboard.title')} description={data?.directions.length === 2 ? t('dashboard.descriptionBoth') : t('dashboard.description')} />
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <Stat label={t('dashboard.overdue')} value={data ? number(data.totals.overdue) : '…'} />
          <Stat label={t('dashboard.open')} value={data ? number(data.totals.open) : '…'} />
          <Stat label={t('dashboard.share')} value={data ? dash(data.totals.shareWithinDeadline, percent) : '…'} />
          <Stat label={t('dashboard.avgSend')} value={data ? dash(data.totals.avgDaysToSend, number) : '…'} />
        </SimpleGrid>

        <section aria-labelledby="dashboard-overdue">
          <Title order={2} size="h3" id="dashboard-overdue" mb="sm">
            {t('dashboard.overdueTitle')}
          </Title>
          <DataTable
            caption={t('dashboard.overdueTitle')}
            headers={[t('column.event'), t('dashboard.directionLabel'), t('column.due'), t('dashboard.daysOverdue'), t('column.from'), t('column.to'), t('dashboard.office')]}
            numeric={[t('dashboard.daysOverdue')]}
            pending={board.isPending}
            error={board.error}
            rowCount={data?.overdue.length ?? 0}
          >
            {(data?.overdue ?? []).map((d) => (
              <Table.Tr key={d.id} data-duty={d.id}>
                <Table.Td>
                  {mayOpen ? (
                    <Anchor component={Link} to={`/duties/${d.id}`}>
                      {eventName(d.eventType)}
                    </Anchor>
                  ) : (
                    eventName(d.eventType)
                  )}
                </Table.Td>
                <Table.Td>{directionLabel(d.direction)}</Table.Td>
                <Table.Td>{day(d.dueOn)}</Table.Td>
                <Table.Td ta="right">{number(d.daysOverdue)}</Table.Td>
                <Table.Td>{d.notifyingAgency.name}</Table.Td>
                <Table.Td>{d.receivingAgency?.name ?? t('toBeAssigned')}</Table.Td>
                <Table.Td>{d.office?.name ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </section>

        <section aria-labelledby="dashboard-rules">
          <Title order={2} size="h3" id="dashboard-rules" mb="sm">
            {t('dashboard.byRule')}
          </Title>
          <DataTable
            caption={t('dashboard.byRule')}
            headers={[t('column.event'), t('dashboard.directionLabel'), t('dashboard.deadline'), ...indicatorHeaders]}
            numeric={indicatorHeaders}
            pending={board.isPending}
            error={null}
            rowCount={data?.byRule.length ?? 0}
          >
            {(data?.byRule ?? []).map((r) => (
              <Table.Tr key={`${r.ruleId}-${r.direction}`}>
                <Table.Td>{eventName(r.eventType)}</Table.Td>
                <Table.Td>{directionLabel(r.direction)}</Table.Td>
                <Table.Td>{t('detail.days', { count: r.days })}</Table.Td>
                {indicatorCells(r)}
              </Table.Tr>
            ))}
          </DataTable>
        </section>

        <section aria-labelledby="dashboard-offices">
          <Title order={2} size="h3" id="dashboard-offices" mb="sm">
            {t('dashboard.byOffice')}
          </Title>
          <DataTable
            caption={t('dashboard.byOffice')}
            headers={[t('dashboard.office'), t('dashboard.directionLabel'), ...indicatorHeaders]}
            numeric={indicatorHeaders}
            pending={board.isPending}
            error={null}
            rowCount={data?.byOffice.length ?? 0}
          >
            {(data?.byOffice ?? []).map((o) => (
              <Table.Tr key={`${o.office?.id ?? 'none'}-${o.direction}`}>
                <Table.Td>{o.office?.name ?? t('dashboard.noOffice')}</Table.Td>
                <Table.Td>{directionLabel(o.direction)}</Table.Td>
                {indicatorCells(o)}
              </Table.Tr>
            ))}
          </DataTable>
        </section>
      </Stack>
    </>
  );
}
