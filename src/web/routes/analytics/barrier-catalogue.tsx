/** The barriers an instrument can raise: their names, and which questions raise them at which severity. */
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import type { InstrumentDefinition } from './definitions-api';
import { useLocalText } from './local-text';
import { ReportSection } from './report-section';

export function BarrierCatalogue({ definition }: { definition: InstrumentDefinition }) {
  const { t } = useTranslation('analytics');
  const local = useLocalText();
  const raisedBy = new Map<string, { section: string; question: string; severity: string }[]>();
  for (const s of definition.sections) {
    for (const q of s.questions) {
      for (const b of q.barriers) raisedBy.set(b.barrier, [...(raisedBy.get(b.barrier) ?? []), { section: local(s.title), question: q.id, severity: b.severity }]);
    }
  }
  const headers = [t('instrument.barrier'), t('instrument.section'), t('instrument.raisedBy')];

  return (
    <ReportSection id="instrument-barriers" title={t('instrument.barriers')} hint={t('instrument.barriersHint')} level={3}>
      <DataTable caption={t('instrument.barriers')} headers={headers} pending={false} error={null} rowCount={definition.barriers.length} minWidth={720}>
        {definition.barriers.map((b) => {
          const uses = raisedBy.get(b.code) ?? [];
          return (
            <Table.Tr key={b.code}>
              <Table.Td>
                <Text size="sm">{local(b.label)}</Text>
                <Text size="xs" c="gray.7">
                  {b.code}
                </Text>
              </Table.Td>
              <Table.Td>{uses[0]?.section ?? '—'}</Table.Td>
              <Table.Td>
                {uses.length === 0
                  ? t('instrument.notRaised')
                  : uses.map((u) => t('instrument.raisedByItem', { question: u.question, severity: t(`severity.${u.severity}`) })).join('; ')}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
    </ReportSection>
  );
}
