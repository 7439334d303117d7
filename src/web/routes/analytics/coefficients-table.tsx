/**
 * What each factor weighs: the coefficient in log-odds and the odds ratio against the
 * reference person (the baseline row). Protected attributes are marked in words.
 */
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { wholeBadge } from '../cases/badge-styles';
import { useNumbers } from './numbers';
import type { ModelReport } from './profiling-api';

export function CoefficientsTable({ report }: { report: ModelReport }) {
  const { t } = useTranslation('analytics');
  const n = useNumbers();
  const coefficient = t('coefficients.coefficient');
  const odds = t('coefficients.oddsRatio');
  const headers = [t('coefficients.factor'), t('coefficients.category'), coefficient, odds, t('coefficients.effect')];
  const rows = [...report.coefficients].sort((a, b) => Math.abs(b.coefficient) - Math.abs(a.coefficient));
  const effect = (c: number) => (Math.abs(c) < 0.05 ? t('coefficients.none') : c > 0 ? t('coefficients.raises') : t('coefficients.lowers'));

  return (
    <DataTable caption={t('coefficients.title')} headers={headers} numeric={[coefficient, odds]} pending={false} error={null} rowCount={rows.length + 1} minWidth={760}>
      <Table.Tr>
        <Table.Td>
          <Text size="sm" fw={500}>
            {t('coefficients.baseline')}
          </Text>
          <Text size="xs" c="gray.7">
            {t('profiling:factor.baseline')}
          </Text>
        </Table.Td>
        <Table.Td>—</Table.Td>
        <Table.Td ta="right">{n.decimal(report.intercept, 3)}</Table.Td>
        <Table.Td ta="right">—</Table.Td>
        <Table.Td>
          <Text size="sm">{t('coefficients.baselineRisk', { risk: n.percent(1 / (1 + Math.exp(-report.intercept))) })}</Text>
        </Table.Td>
      </Table.Tr>
      {rows.map((c) => (
        <Table.Tr key={c.factor}>
          <Table.Td>
            <Text size="sm">{c.label}</Text>
            {c.protected && (
              <Badge variant="light" color="grape" radius="sm" tt="none" mt={4} styles={wholeBadge}>
                {t('coefficients.protected')}
              </Badge>
            )}
          </Table.Td>
          <Table.Td>{t(`casework:category.${c.category}`)}</Table.Td>
          <Table.Td ta="right">{n.decimal(c.coefficient, 3)}</Table.Td>
          <Table.Td ta="right">{n.decimal(c.oddsRatio, 2)}</Table.Td>
          <Table.Td>{effect(c.coefficient)}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
