/** The calibration bins as figures: the accessible counterpart of the chart. */
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { useNumbers } from './numbers';
import type { ModelReport } from './profiling-api';

export function CalibrationTable({ bins }: { bins: ModelReport['calibration'] }) {
  const { t } = useTranslation('analytics');
  const n = useNumbers();
  const count = t('calibration.count');
  const predicted = t('calibration.meanPredicted');
  const observed = t('calibration.observedRate');
  const headers = [t('calibration.bin'), t('calibration.range'), count, predicted, observed];
  return (
    <DataTable caption={t('calibration.title')} headers={headers} numeric={[count, predicted, observed]} pending={false} error={null} rowCount={bins.length} minWidth={460}>
      {bins.map((b) => (
        <Table.Tr key={b.bin}>
          <Table.Td>{b.bin}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${n.percent(b.minScore)} – ${n.percent(b.maxScore)}`}</Table.Td>
          <Table.Td ta="right">{n.number(b.count)}</Table.Td>
          <Table.Td ta="right">{n.percent(b.meanPredicted)}</Table.Td>
          <Table.Td ta="right">{n.percent(b.observedRate)}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
