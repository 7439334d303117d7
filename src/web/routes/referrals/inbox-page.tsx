/**
 * The agency's incoming referrals, most urgent and oldest first: filters by status,
 * urgency and overdue, overdue markers with the reason, and accepting several at once
 * (each is accepted on its own, or waitlisted when the service is full; the result of
 * each is reported).
 */
import { useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, List, MultiSelect, Pagination, Select, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { useAssessmentFormats } from '../assessment/formats';
import {
  bulkAccept, referralKeys, referralStatuses, urgencies, useInbox, type BulkResult, type InboxFilter, type ReferralStatus, type ReferralSummary, type Urgency,
} from './api';
import { ReferralOverdue, ReferralStatusBadge, UrgencyBadge } from './badges';
import { clientLabel } from './client-label';

const PAGE = 25;
/** Those an agency can still accept. */
const acceptable: ReferralStatus[] = ['sent', 'received', 'waitlisted'];

export function InboxPage() {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const { day } = useAssessmentFormats();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<ReferralStatus[]>([]);
  const [urgency, setUrgency] = useState<Urgency | null>(null);
  const [overdue, setOverdue] = useState<'any' | 'yes' | 'no'>('any');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, number>>(new Map());
  const [result, setResult] = useState<BulkResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const filter: InboxFilter = { status, urgency, overdue: overdue === 'any' ? null : overdue === 'yes', limit: PAGE, offset: (page - 1) * PAGE };
  const inbox = useInbox(filter);
  const items = inbox.data?.items ?? [];
  const pages = Math.ceil((inbox.data?.total ?? 0) / PAGE);
  const selectable = items.filter((r) => acceptable.includes(r.status));
  const allSelected = selectable.length > 0 && selectable.every((r) => selected.has(r.id));

  const toggle = (r: ReferralSummary, on: boolean) =>
    setSelected((s) => {
      const next = new Map(s);
      if (on) next.set(r.id, r.version);
      else next.delete(r.id);
      return next;
    });
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
    setSelected(new Map());
  };

  async function acceptSelected() {
    setPending(true);
    setError(null);
    setResult(null);
    try {
      setResult(await bulkAccept([...selected].map(([id, version]) => ({ id, version }))));
      setSelected(new Map());
      await queryClient.invalidateQueries({ queryKey: referralKeys.all });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  const accepted = result?.results.filter((r) => r.ok && r.status === 'accepted').length ?? 0;
  const waitlisted = result?.results.filter((r) => r.ok && r.status === 'waitlisted').length ?? 0;
  const failed = result?.results.filter((r) => !r.ok) ?? [];
  const headers = [t('web.inbox.select'), t('web.inbox.client'), t('web.inbox.service'), t('web.inbox.from'), t('web.inbox.urgency'), t('web.inbox.status'), t('web.inbox.appearBy'), t('web.inbox.sent')];

  return (
    <>
      <PageHeader title={t('web.inbox.title')} description={t('web.inbox.subtitle')} />
      <Group mb="md" align="flex-end" gap="md" wrap="wrap">
        <MultiSelect
          label={t('web.inbox.filterStatus')}
          placeholder={status.length ? undefined : t('web.inbox.anyStatus')}
          data={referralStatuses.filter((s) => s !== 'draft').map((s) => ({ value: s, label: t(`web.status.${s}`) }))}
          value={status}
          onChange={refilter((v: string[]) => setStatus(v as ReferralStatus[]))}
          clearable
          clearButtonProps={{ 'aria-label': t('web.inbox.clearStatus') }}
          w={320}
        />
        <Select
          label={t('web.inbox.filterUrgency')}
          data={[{ value: 'any', label: t('web.inbox.anyUrgency') }, ...urgencies.map((u) => ({ value: u, label: t(`web.urgency.${u}`) }))]}
          value={urgency ?? 'any'}
          onChange={refilter((v: string | null) => setUrgency(v && v !== 'any' ? (v as Urgency) : null))}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={t('web.inbox.filterOverdue')}
          data={[
            { value: 'any', label: t('web.inbox.overdueAny') },
            { value: 'yes', label: t('web.inbox.overdueOnly') },
            { value: 'no', label: t('web.inbox.overdueNot') },
          ]}
          value={overdue}
          onChange={refilter((v: string | null) => setOverdue((v as 'any' | 'yes' | 'no' | null) ?? 'any'))}
          allowDeselect={false}
          w={220}
        />
      </Group>
      <Group mb="md" gap="sm">
        <Button onClick={() => void acceptSelected()} disabled={selected.size === 0} loading={pending} id="referral-bulk-accept">
          {t('web.inbox.acceptSelected', { count: selected.size })}
        </Button>
        <Checkbox
          label={t('web.inbox.selectAll')}
          checked={allSelected}
          indeterminate={!allSelected && selectable.some((r) => selected.has(r.id))}
          disabled={selectable.length === 0}
          onChange={(e) => selectable.forEach((r) => toggle(r, e.currentTarget.checked))}
        />
      </Group>
      {error !== null && <ProblemAlert error={error} mb="md" />}
      {result && (
        <Alert color={failed.length ? 'orange' : 'teal'} c={failed.length ? 'dark.7' : 'teal.9'} variant="light" mb="md" role="status" title={t('web.inbox.bulkResult', { accepted, waitlisted, failed: failed.length })}>
          {failed.length > 0 && (
            <List size="sm">
              {failed.map((f) => (
                <List.Item key={f.id}>
                  {t('web.inbox.bulkFailed', { client: clientLabel(items.find((i) => i.id === f.id)?.client ?? { onedoorId: f.id }), message: f.error?.message ?? '' })}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <DataTable caption={t('web.inbox.title')} headers={headers} pending={inbox.isPending} error={inbox.error} rowCount={items.length} minWidth={1000}>
        {items.map((r) => {
          const who = clientLabel(r.client);
          return (
            <Table.Tr key={r.id} data-referral={r.id}>
              <Table.Td>
                {acceptable.includes(r.status) && (
                  <Checkbox aria-label={t('web.inbox.selectNamed', { client: who })} checked={selected.has(r.id)} onChange={(e) => toggle(r, e.currentTarget.checked)} />
                )}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/referrals/${r.id}`} size="sm" fw={500}>
                  {who}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.service.name}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.sendingAgency.name}</Text>
              </Table.Td>
              <Table.Td>
                <UrgencyBadge urgency={r.urgency} />
              </Table.Td>
              <Table.Td>
                <Group gap={4} align="flex-start" wrap="wrap">
                  <ReferralStatusBadge status={r.status} />
                  <ReferralOverdue referral={r} />
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{day(r.appearBy)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.sentAt ? format.dateTime(r.sentAt) : ''}</Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
      {pages > 1 && (
        <Group justify="center" mt="lg">
          <Pagination total={pages} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': t(`casework:pagination.${control}`) })} />
        </Group>
      )}
    </>
  );
}
