/** The three parts of the unusual-access report, each a table under its own heading. */
import type { ReactNode } from 'react';
import { Table, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UnusualAccess } from '../../api/oversight';
import { DataTable } from '../../components/data-table';
import { useFormat } from '../../i18n/format';

function Section({ id, title, hint, children }: { id: string; title: string; hint: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {hint}
      </Text>
      {children}
    </section>
  );
}

function Staff({ name, agency }: { name: string; agency: string }) {
  return (
    <>
      <Text size="sm" fw={500}>
        {name}
      </Text>
      <Text size="xs" c="gray.7">
        {agency}
      </Text>
    </>
  );
}

export function UnusualAccessTables({ report }: { report: UseQueryResult<UnusualAccess> }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const data = report.data;
  const common = { pending: report.isPending, error: report.error, minWidth: 640 };
  const persons = t('unusual.persons');
  const events = t('unusual.events');

  return (
    <>
      <Section id="unusual-heavy" title={t('unusual.heavyTitle')} hint={t('unusual.heavyHint')}>
        <DataTable caption={t('unusual.heavyTitle')} headers={[t('oversight.staff'), persons, events]} numeric={[persons, events]} rowCount={data?.heavyReaders.length ?? 0} {...common}>
          {data?.heavyReaders.map((r) => (
            <Table.Tr key={r.userId}>
              <Table.Td>
                <Staff name={r.staffName} agency={r.agencyName} />
              </Table.Td>
              <Table.Td ta="right">{format.number(r.persons)}</Table.Td>
              <Table.Td ta="right">{format.number(r.events)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Section>
      <Section id="unusual-outside" title={t('unusual.outsideTitle')} hint={t('unusual.outsideHint')}>
        <DataTable
          caption={t('unusual.outsideTitle')}
          headers={[t('oversight.staff'), t('unusual.relation'), persons, events]}
          numeric={[persons, events]}
          rowCount={data?.readsWithoutMembership.length ?? 0}
          {...common}
        >
          {data?.readsWithoutMembership.map((r) => (
            <Table.Tr key={`${r.userId}-${r.relation}`}>
              <Table.Td>
                <Staff name={r.staffName} agency={r.agencyName} />
              </Table.Td>
              <Table.Td>{t(`relation.${r.relation}`, { defaultValue: r.relation })}</Table.Td>
              <Table.Td ta="right">{format.number(r.persons)}</Table.Td>
              <Table.Td ta="right">{format.number(r.events)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Section>
      <Section id="unusual-glass" title={t('unusual.glassTitle')} hint={t('unusual.glassHint')}>
        <DataTable caption={t('unusual.glassTitle')} headers={[t('oversight.granted'), t('oversight.staff'), t('oversight.client')]} rowCount={data?.breakGlass.length ?? 0} {...common}>
          {data?.breakGlass.map((g) => (
            <Table.Tr key={g.seq}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(g.at)}</Table.Td>
              <Table.Td>
                <Staff name={g.staffName} agency={g.agencyName} />
              </Table.Td>
              <Table.Td>{g.onedoorId ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}
