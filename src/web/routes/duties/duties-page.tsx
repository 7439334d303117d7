/**
 * "Notification duties": what my agency must notify partner agencies of (due and overdue
 * first), with a Send button; and the notifications partner agencies sent us, to acknowledge.
 */
import { useState } from 'react';
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { useAssessmentFormats } from '../assessment/formats';
import { useAcknowledgeDuty, useDuties, type DutyView } from './api';
import { DutyClient, DutyEvent, DutyStatusBadge, useEventName } from './duty-parts';
import { SendDutyModal } from './send-duty-modal';

export function DutiesPage() {
  const { t } = useTranslation('duties');
  const { day } = useAssessmentFormats();
  const eventName = useEventName();
  const outgoing = useDuties('outgoing');
  const incoming = useDuties('incoming');
  const acknowledge = useAcknowledgeDuty();
  const [sending, setSending] = useState<DutyView | null>(null);
  const toSend = (outgoing.data ?? []).filter((d) => d.status === 'open').length;
  const toAcknowledge = (incoming.data ?? []).filter((d) => d.status === 'sent').length;

  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <Stack gap="xl">
        <section aria-labelledby="duties-outgoing">
          <Title order={2} size="h3" id="duties-outgoing" mb={4}>
            {t('outgoing.title')}
          </Title>
          <Text c="gray.7" mb="sm">
            {t('outgoing.summary', { count: toSend })}
          </Text>
          <DataTable
            caption={t('outgoing.title')}
            headers={[t('column.event'), t('column.client'), t('column.due'), t('column.status'), t('column.to'), t('column.action')]}
            pending={outgoing.isPending}
            error={outgoing.error}
            rowCount={outgoing.data?.length ?? 0}
          >
            {(outgoing.data ?? []).map((d) => (
              <Table.Tr key={d.id} data-duty={d.id}>
                <Table.Td>
                  <DutyEvent duty={d} />
                </Table.Td>
                <Table.Td>
                  <DutyClient duty={d} />
                </Table.Td>
                <Table.Td>{day(d.dueOn)}</Table.Td>
                <Table.Td>
                  <DutyStatusBadge duty={d} />
                </Table.Td>
                <Table.Td>{d.receivingAgency?.name ?? <Text span c="gray.7">{t('toBeAssigned')}</Text>}</Table.Td>
                <Table.Td>
                  {d.status === 'open' ? (
                    <Button size="compact-sm" onClick={() => setSending(d)} aria-label={t('outgoing.sendNamed', { event: eventName(d.eventType), id: d.person.onedoorId })}>
                      {t('outgoing.send')}
                    </Button>
                  ) : (
                    <Text size="sm" c="gray.7">
                      {d.status === 'sent' ? t('outgoing.awaiting') : t('outgoing.done')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </section>

        <section aria-labelledby="duties-incoming">
          <Title order={2} size="h3" id="duties-incoming" mb={4}>
            {t('incoming.title')}
          </Title>
          <Text c="gray.7" mb="sm">
            {t('incoming.summary', { count: toAcknowledge })}
          </Text>
          {acknowledge.error && <ProblemAlert error={acknowledge.error} mb="md" />}
          <DataTable
            caption={t('incoming.title')}
            headers={[t('column.event'), t('column.client'), t('column.from'), t('column.sent'), t('column.status'), t('column.action')]}
            pending={incoming.isPending}
            error={incoming.error}
            rowCount={incoming.data?.length ?? 0}
          >
            {(incoming.data ?? []).map((d) => (
              <Table.Tr key={d.id} data-duty={d.id}>
                <Table.Td>
                  <DutyEvent duty={d} />
                </Table.Td>
                <Table.Td>
                  <DutyClient duty={d} />
                </Table.Td>
                <Table.Td>{d.notifyingAgency.name}</Table.Td>
                <Table.Td>{d.sentAt ? day(d.sentAt.slice(0, 10)) : ''}</Table.Td>
                <Table.Td>
                  <DutyStatusBadge duty={d} />
                </Table.Td>
                <Table.Td>
                  {d.status === 'sent' ? (
                    <Button
                      size="compact-sm"
                      loading={acknowledge.isPending && acknowledge.variables?.id === d.id}
                      onClick={() => acknowledge.mutate(d)}
                      aria-label={t('incoming.acknowledgeNamed', { event: eventName(d.eventType), id: d.person.onedoorId })}
                    >
                      {t('incoming.acknowledge')}
                    </Button>
                  ) : (
                    <Text size="sm" c="gray.7">
                      {t('outgoing.done')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </section>
      </Stack>
      {sending && <SendDutyModal duty={sending} onClose={() => setSending(null)} />}
    </>
  );
}
