/**
 * The data protection officer's list of break-glass uses: who opened whose record (by
 * OneDoor id only), why, until when, and the review of each. Unreviewed ones first.
 */
import { useState } from 'react';
import { Badge, Button, Group, Pagination, SegmentedControl, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BREAK_GLASS_PAGE, useBreakGlassUses, type BreakGlassUse } from '../../api/oversight';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { BreakGlassReviewModal } from './break-glass-review-modal';
import { wholeBadge } from '../cases/badge-styles';

export function BreakGlassPage() {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const [status, setStatus] = useState<'unreviewed' | 'all'>('unreviewed');
  const [page, setPage] = useState(1);
  const uses = useBreakGlassUses({ status, offset: (page - 1) * BREAK_GLASS_PAGE });
  const [reviewing, setReviewing] = useState<BreakGlassUse | null>(null);
  const items = uses.data?.items ?? [];
  const pages = Math.ceil((uses.data?.total ?? 0) / BREAK_GLASS_PAGE);
  const headers = [t('oversight.granted'), t('oversight.staff'), t('oversight.client'), t('breakGlass.reason'), t('oversight.access'), t('oversight.review'), t('web:common.actions')];

  return (
    <>
      <PageHeader title={t('oversight.breakGlassTitle')} description={t('oversight.breakGlassSubtitle')} />
      <Group mb="md">
        <SegmentedControl
          aria-label={t('oversight.show')}
          value={status}
          onChange={(v) => {
            setStatus(v as 'unreviewed' | 'all');
            setPage(1);
          }}
          data={[
            { value: 'unreviewed', label: t('oversight.unreviewed') },
            { value: 'all', label: t('oversight.all') },
          ]}
        />
      </Group>
      <DataTable caption={t('oversight.breakGlassTitle')} headers={headers} pending={uses.isPending} error={uses.error} rowCount={items.length} minWidth={1000}>
        {items.map((u) => (
          <Table.Tr key={u.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(u.grantedAt)}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={500}>
                {u.user.displayName}
              </Text>
              <Text size="xs" c="gray.7">
                {u.user.agency.name}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{u.person.onedoorId}</Table.Td>
            <Table.Td maw={320}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {u.reason}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={u.active ? 'red' : 'gray'} radius="sm" tt="none" styles={wholeBadge}>
                {u.active ? t('oversight.active') : t('oversight.expired')}
              </Badge>
              <Text size="xs" c="gray.7" mt={4}>
                {u.active ? t('oversight.activeUntil', { time: format.dateTime(u.expiresAt) }) : t('oversight.ended', { time: format.dateTime(u.expiresAt) })}
              </Text>
            </Table.Td>
            <Table.Td>
              {u.review ? (
                <>
                  <Badge variant="light" color={u.review.outcome === 'justified' ? 'teal' : 'red'} radius="sm" tt="none" styles={wholeBadge}>
                    {t(`reviewOutcome.${u.review.outcome}`)}
                  </Badge>
                  {u.review.note && <Text size="xs">{u.review.note}</Text>}
                  <Text size="xs" c="gray.7">
                    {[u.review.reviewedBy?.displayName, format.dateTime(u.review.reviewedAt)].filter(Boolean).join(' · ')}
                  </Text>
                </>
              ) : (
                <Text size="sm">{t('oversight.notReviewed')}</Text>
              )}
            </Table.Td>
            <Table.Td>
              {!u.review && (
                <Button size="xs" onClick={() => setReviewing(u)} aria-label={t('oversight.reviewNamed', { name: u.user.displayName, client: u.person.onedoorId })}>
                  {t('oversight.reviewAction')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {pages > 1 && (
        <Group justify="center" mt="md">
          <Pagination total={pages} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })} />
        </Group>
      )}
      {reviewing && <BreakGlassReviewModal use={reviewing} onClose={() => setReviewing(null)} />}
    </>
  );
}
