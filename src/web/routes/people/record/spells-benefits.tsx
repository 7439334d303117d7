/**
 * Registered unemployment and benefits received: each shown only when the server sent it
 * (employment and benefits are their own data categories).
 */
import { SimpleGrid, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../api/people';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';
import { useDay } from '../shared/use-day';

export function SpellsAndBenefits({ person }: { person: PersonView }) {
  const { t } = useTranslation('intake');
  const day = useDay();
  const format = useFormat();
  const { unemploymentSpells: spells, benefits } = person;
  if (!spells && !benefits) return null;
  const period = (from: string, to: string | null) => `${day(from)} – ${to ? day(to) : t('value.ongoing')}`;

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      {spells && (
        <section aria-labelledby="person-spells">
          <Title order={2} size="h4" mb="sm" id="person-spells">
            {t('spells.title')}
          </Title>
          <DataTable caption={t('spells.title')} headers={[t('spells.period'), t('spells.endReason')]} pending={false} error={null} rowCount={spells.length} minWidth={360}>
            {spells.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{period(s.startedOn, s.endedOn)}</Table.Td>
                <Table.Td>{s.endReason ? t(`spells.reason.${s.endReason}`, { defaultValue: s.endReason }) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </section>
      )}
      {benefits && (
        <section aria-labelledby="person-benefits">
          <Title order={2} size="h4" mb="sm" id="person-benefits">
            {t('benefits.title')}
          </Title>
          <DataTable
            caption={t('benefits.title')}
            headers={[t('benefits.type'), t('spells.period'), t('benefits.amount')]}
            numeric={[t('benefits.amount')]}
            pending={false}
            error={null}
            rowCount={benefits.length}
            minWidth={420}
          >
            {benefits.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{t(`benefits.kind.${b.benefitType}`, { defaultValue: b.benefitType })}</Table.Td>
                <Table.Td>{period(b.startedOn, b.endedOn)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {format.number(Number(b.monthlyAmount))} {b.currency}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </section>
      )}
    </SimpleGrid>
  );
}
