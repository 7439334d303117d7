/** The trained model versions: which one scores clients, how well each separates outcomes, on how much data. */
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import { useSession } from '../../app/session';
import { useNumbers } from './numbers';
import type { ModelSummary } from './profiling-api';

interface Props {
  query: UseQueryResult<ModelSummary[]>;
  selected: number | undefined;
  onSelect: (modelVersion: number) => void;
  /** Given to administrators (profiling.manage). */
  onActivate?: (model: ModelSummary) => void;
}

export function useCreatedBy() {
  const { t } = useTranslation('analytics');
  const me = useSession();
  return (m: ModelSummary) =>
    m.createdBy.label === 'startup'
      ? t('models.byStartup')
      : m.createdBy.userId === me.id
        ? t('models.byYou')
        : m.createdBy.label ?? t('models.byStaff');
}

export function ModelsTable({ query, selected, onSelect, onActivate }: Props) {
  const { t } = useTranslation('analytics');
  const n = useNumbers();
  const createdBy = useCreatedBy();
  const auc = t('models.auc');
  const sizes = t('models.sizes');
  const headers = [t('models.version'), auc, sizes, t('models.protected'), t('models.trained'), t('models.activated'), t('web:common.actions')];

  return (
    <DataTable caption={t('models.caption')} headers={headers} numeric={[auc, sizes]} pending={query.isPending} error={query.error} rowCount={query.data?.length ?? 0} minWidth={960}>
      {query.data?.map((m) => (
        <Table.Tr key={m.id} aria-current={m.modelVersion === selected ? 'true' : undefined} bg={m.modelVersion === selected ? 'indigo.0' : undefined}>
          <Table.Td>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {t('models.versionN', { n: m.modelVersion })}
              </Text>
              {m.active && <StatusBadge on onLabel={t('models.active')} offLabel="" />}
            </Group>
          </Table.Td>
          <Table.Td ta="right">{n.decimal(m.aucHeldOut, 3)}</Table.Td>
          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('models.sizesValue', { training: n.number(m.trainingSize), heldOut: n.number(m.heldOutSize) })}
          </Table.Td>
          <Table.Td>
            {m.protectedIncluded.length === 0 ? (
              <Text size="sm">{t('models.protectedNone')}</Text>
            ) : (
              <Group gap={4}>
                {m.protectedIncluded.map((a) => (
                  <Badge key={a} variant="light" color="grape" radius="sm" tt="none">
                    {t(`profiling:attribute.${a}`)}
                  </Badge>
                ))}
              </Group>
            )}
          </Table.Td>
          <Table.Td>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {n.dateTime(m.createdAt)}
            </Text>
            <Text size="xs" c="gray.7">
              {createdBy(m)}
            </Text>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.activatedAt ? n.dateTime(m.activatedAt) : t('models.neverActive')}</Table.Td>
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              <Button
                size="xs"
                variant={m.modelVersion === selected ? 'light' : 'default'}
                onClick={() => onSelect(m.modelVersion)}
                aria-label={t('models.showReportN', { n: m.modelVersion })}
              >
                {t('models.showReport')}
              </Button>
              {onActivate && !m.active && (
                <Button size="xs" onClick={() => onActivate(m)} aria-label={t('activate.openN', { n: m.modelVersion })}>
                  {t('activate.open')}
                </Button>
              )}
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
