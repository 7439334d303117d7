/**
 * The audit trail for the data protection officer: who did what, to which record, from
 * where; newest first, with a check that no event was altered or removed.
 */
import { useState } from 'react';
import { Button, Center, Code, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useAuditEvents } from '../../api/audit';
import { useSession } from '../../app/session';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { VerifyChain } from './verify-chain';

export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const [action, setAction] = useState('');
  const [prefix] = useDebouncedValue(action.trim(), 300);
  const events = useAuditEvents(prefix);
  const rows = events.data?.pages.flat() ?? [];
  const headers = [t('audit.time'), t('audit.actor'), t('audit.action'), t('audit.subject'), t('audit.purpose'), t('audit.ip')];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.subtitle')} />
      {me.permissions.includes('audit.verify') && <VerifyChain />}
      <TextInput
        label={t('audit.filter')}
        description={t('audit.filterHint')}
        value={action}
        onChange={(e) => setAction(e.currentTarget.value)}
        maw={360}
        mb="md"
        spellCheck={false}
      />
      <DataTable
        caption={t('audit.title')}
        headers={headers}
        pending={events.isPending}
        error={events.error}
        rowCount={rows.length}
        minWidth={980}
      >
        {rows.map((event) => (
          <Table.Tr key={event.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTimeSeconds(event.at)}</Table.Td>
            <Table.Td>{event.actorName ?? event.actorLabel ?? t('audit.system')}</Table.Td>
            <Table.Td>
              <Code>{event.action}</Code>
            </Table.Td>
            <Table.Td>
              {event.subjectType ? (
                <Text size="sm">
                  {event.subjectType}
                  {event.subjectId && (
                    <Text span size="xs" c="gray.7" title={event.subjectId}>
                      {' '}
                      {event.subjectId.slice(0, 8)}
                    </Text>
                  )}
                </Text>
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td>{event.purpose ? t(`audit.purposes.${event.purpose}`, { defaultValue: event.purpose }) : '—'}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{event.ip ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {events.hasNextPage && (
        <Center mt="md">
          <Button variant="default" onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
            {t('audit.loadOlder')}
          </Button>
        </Center>
      )}
    </>
  );
}
