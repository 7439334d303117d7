/** My case conferences, upcoming (soonest first) or past (latest first), and the way to schedule one. */
import { useState } from 'react';
import { Anchor, Button, Group, SegmentedControl, Table, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { useCommittees, useConferences } from './api';

export function ConferencesPage() {
  const { t } = useTranslation('conferences');
  const format = useFormat();
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const list = useConferences(when);
  const committees = useCommittees();
  const items = list.data ?? [];
  const headers = [t('list.title'), t('list.startsAt'), t('list.mode'), t('list.agenda'), t('list.participants'), t('list.organiser')];
  return (
    <>
      <PageHeader
        title={t('list.heading')}
        description={t('list.description')}
        actions={
          <Group>
            <Button component={Link} to="/conferences/committees/new" variant="default">{t('committee.setUp')}</Button>
            <Button component={Link} to="/conferences/new">{t('list.schedule')}</Button>
          </Group>
        }
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
      <Title order={2} size="h3" mt="xl" mb="sm">{t('committee.listHeading')}</Title>
      <DataTable
        caption={t('committee.listHeading')}
        headers={[t('committee.name'), t('committee.everyMonths'), t('committee.nextMeeting')]}
        pending={committees.isPending}
        error={committees.error}
        rowCount={committees.data?.length ?? 0}
        minWidth={560}
      >
        {(committees.data ?? []).map((k) => (
          <Table.Tr key={k.id}>
            <Table.Td>{k.name}</Table.Td>
            <Table.Td>{t('committee.every', { count: k.everyMonths })}</Table.Td>
            <Table.Td>
              {k.nextConferenceId ? (
                <Anchor component={Link} to={`/conferences/${k.nextConferenceId}`}>{format.dateTime(k.nextMeetingAt)}</Anchor>
              ) : (
                format.dateTime(k.nextMeetingAt)
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </>
  );
}
