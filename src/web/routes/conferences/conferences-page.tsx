/** My case conferences, upcoming (soonest first) or past (latest first), and the way to schedule one. */
import { useState } from 'react';
import { Anchor, Button, SegmentedControl, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { useConferences } from './api';

export function ConferencesPage() {
  const { t } = useTranslation('conferences');
  const format = useFormat();
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const list = useConferences(when);
  const items = list.data ?? [];
  const headers = [t('list.title'), t('list.startsAt'), t('list.mode'), t('list.agenda'), t('list.participants'), t('list.organiser')];
  return (
    <>
      <PageHeader
        title={t('list.heading')}
        description={t('list.description')}
        actions={<Button component={Link} to="/conferences/new">{t('list.schedule')}</Button>}
      />
      <SegmentedControl
        mb="md"
        aria-label={t('list.show')}
        value={when}
        onChange={(v) => setWhen(v as 'upcoming' | 'past')}
        data={[{ value: 'upcoming', label: t('list.upcoming') }, { value: 'past', label: t('list.past') }]}
      />
      <DataTable caption={when === 'upcoming' ? t('list.upcoming') : t('list.past')} headers={headers} pending={list.isPending} error={list.error} rowCount={items.length}>
        {items.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Anchor component={Link} to={`/conferences/${c.id}`}>{c.title}</Anchor>
            </Table.Td>
            <Table.Td>{format.dateTime(c.startsAt)}</Table.Td>
            <Table.Td>{t(`mode.${c.mode}`)}</Table.Td>
            <Table.Td>{format.number(c.agendaItems)}</Table.Td>
            <Table.Td>{format.number(c.participants)}</Table.Td>
            <Table.Td>{t('list.organiserName', { name: c.organiser.name, agency: c.organiser.agencyName })}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </>
  );
}
