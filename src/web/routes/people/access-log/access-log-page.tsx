/**
 * The client's access log: who (agency, role, and the staff member's name where the law
 * allows) looked at or changed their data, when, which kinds of data, and why. Written
 * for the client, so it can be shown on screen or printed and handed over.
 */
import { Badge, Button, Center, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePerson } from '../../../api/people';
import { useAccessLog, type AccessLogEntry } from '../../../api/people-related';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { useFormat } from '../../../i18n/format';
import { fullName } from '../shared/person-name';
import { dataCategories } from '../shared/vocabulary';
import './print.css';

/** i18next reads dots as nesting, so "person.read" is looked up as "person_read". */
const actionKey = (action: string) => action.replace(/\./g, '_');

const order = (c: string) => {
  const i = (dataCategories as readonly string[]).indexOf(c);
  return i < 0 ? dataCategories.length : i;
};
const inOrder = (categories: string[]) => [...categories].sort((a, b) => order(a) - order(b));

export function AccessLogPage() {
  const { t } = useTranslation('intake');
  const format = useFormat();
  const { id = '' } = useParams();
  const person = usePerson(id);
  const log = useAccessLog(id);
  const rows = log.data?.pages.flat() ?? [];
  const name = person.data ? fullName(person.data) || person.data.onedoorId : '';
  const headers = [t('accessLog.when'), t('accessLog.who'), t('accessLog.what'), t('accessLog.data'), t('accessLog.why')];

  const who = (e: AccessLogEntry) => (
    <>
      <Text size="sm">{e.agencyName ?? t('accessLog.system')}</Text>
      <Text size="xs" c="gray.7">
        {[e.staffName, ...e.roles.map((r) => t(`web:role.${r}`, { defaultValue: r }))].filter(Boolean).join(' · ')}
      </Text>
    </>
  );

  return (
    <>
      <PageHeader
        title={t('accessLog.title')}
        description={person.data ? t('accessLog.subtitle', { name, onedoorId: person.data.onedoorId }) : undefined}
        actions={
          <Group gap="sm" data-print="hide">
            <Button component={Link} to={`/people/${id}`} variant="default">
              {t('accessLog.backToRecord')}
            </Button>
            <Button onClick={() => window.print()}>{t('accessLog.print')}</Button>
          </Group>
        }
      />
      <Paper withBorder p="md" mb="lg">
        <Stack gap={4}>
          <Text size="sm">{t('accessLog.intro')}</Text>
          <Text size="sm" c="gray.7">
            {t('accessLog.printedOn', { date: format.dateTime(new Date().toISOString()) })}
          </Text>
        </Stack>
      </Paper>
      <div data-print="log">
        <DataTable caption={t('accessLog.title')} headers={headers} pending={log.isPending} error={log.error} rowCount={rows.length} minWidth={900}>
          {rows.map((e) => (
            <Table.Tr key={e.seq} style={{ verticalAlign: 'top' }}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.at)}</Table.Td>
              <Table.Td>{who(e)}</Table.Td>
              <Table.Td>
                <Text size="sm">{t(`accessLog.action.${actionKey(e.action)}`, { defaultValue: t('accessLog.action.other') })}</Text>
                {e.breakGlass && (
                  <Badge color="red" variant="light" radius="sm" tt="none" mt={4}>
                    {t('accessLog.breakGlass')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{e.categories.length ? inOrder(e.categories).map((c) => t(`category.${c}`, { defaultValue: c })).join(', ') : '—'}</Table.Td>
              <Table.Td>{e.purpose ? t(`web:audit.purposes.${e.purpose}`, { defaultValue: e.purpose }) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </div>
      {log.hasNextPage && (
        <Center mt="md" data-print="hide">
          <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
            {t('accessLog.loadOlder')}
          </Button>
        </Center>
      )}
      <Text size="sm" c="gray.7" mt="md">
        {t('accessLog.questions')}
      </Text>
    </>
  );
}
