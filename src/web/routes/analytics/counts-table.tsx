/**
 * Decisions, overrides and the override rate per row (a counsellor or a group of clients),
 * with the same column widths in every table so the tables compare at a glance. A
 * suppressed group shows no figure, only why.
 */
import type { ReactNode } from 'react';
import { Badge, Center, Loader, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { wholeBadge } from '../cases/badge-styles';
import { useNumbers } from './numbers';

export interface CountsRow {
  key: string;
  label: ReactNode;
  decisions: number | null;
  overrides: number | null;
  overrideRate: number | null;
  suppressed?: boolean;
}

interface Props {
  caption: string;
  firstHeader: string;
  rows: readonly CountsRow[];
  minCellSize: number;
  pending: boolean;
  error: unknown;
}

export function CountsTable({ caption, firstHeader, rows, minCellSize, pending, error }: Props) {
  const { t } = useTranslation('analytics');
  const n = useNumbers();
  const numeric = [t('overrides.decisions'), t('overrides.overrides'), t('overrides.rate')];
  const note = (content: ReactNode) => (
    <Table.Tr>
      <Table.Td colSpan={4}>
        <Center py="md">{content}</Center>
      </Table.Td>
    </Table.Tr>
  );
  return (
    <>
      {error !== null && error !== undefined && <ProblemAlert error={error} mb="md" />}
      <Paper withBorder>
        <Table striped verticalSpacing="sm" horizontalSpacing="sm" layout="fixed" aria-busy={pending}>
          <Table.Caption className="visually-hidden">{caption}</Table.Caption>
          <colgroup>
            <col style={{ width: '46%' }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: '18%' }} />
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{firstHeader}</Table.Th>
              {numeric.map((h) => (
                <Table.Th key={h} scope="col" ta="right">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pending && note(<Loader size="sm" aria-label={t('web:common.loading')} />)}
            {!pending && rows.length === 0 && !error && note(<Text c="gray.7">{t('web:common.noRows')}</Text>)}
            {!pending &&
              rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Th scope="row" fw={400}>
                    {r.label}
                  </Table.Th>
                  {r.suppressed ? (
                    <Table.Td colSpan={3}>
                      <Badge variant="outline" color="gray.7" radius="sm" tt="none" mr="sm" styles={wholeBadge}>
                        {t('fairness.suppressed')}
                      </Badge>
                      <Text span size="sm" c="gray.7">
                        {t('overrides.suppressedWhy', { min: minCellSize })}
                      </Text>
                    </Table.Td>
                  ) : (
                    <>
                      <Table.Td ta="right">{r.decisions === null ? '—' : n.number(r.decisions)}</Table.Td>
                      <Table.Td ta="right">{r.overrides === null ? '—' : n.number(r.overrides)}</Table.Td>
                      <Table.Td ta="right">{n.percent(r.overrideRate)}</Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}
