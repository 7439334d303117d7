/** One notification duty: the event, the deadline, who notifies whom, its timing, and the next step (send or acknowledge). */
import { useState, type ReactNode } from 'react';
import { Alert, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { useAssessmentFormats } from '../assessment/formats';
import { useAcknowledgeDuty, useDuty } from './api';
import { DutyClient, DutyStatusBadge, useEventName } from './duty-parts';
import { SendDutyModal } from './send-duty-modal';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

export function DutyPage() {
  const { t } = useTranslation('duties');
  const format = useFormat();
  const { day } = useAssessmentFormats();
  const eventName = useEventName();
  const { id = '' } = useParams();
  const duty = useDuty(id);
  const acknowledge = useAcknowledgeDuty();
  const [sending, setSending] = useState(false);

  if (duty.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('web:common.loading')} />
      </Center>
    );
  }
  if (duty.isError) {
    return (
      <>
        <PageHeader title={t('detail.notFoundTitle')} />
        {isApiError(duty.error, 'not_found') ? (
          <Alert color="orange" variant="light">
            {t('detail.notFound')}
          </Alert>
        ) : (
          <ProblemAlert error={duty.error} />
        )}
      </>
    );
  }
  const d = duty.data;
  const days = (n: number | null) => (n === null ? '—' : t('detail.days', { count: n }));
  return (
    <>
      <PageHeader
        title={eventName(d.eventType)}
        description={d.direction === 'outgoing' ? t('detail.outgoing', { agency: d.receivingAgency?.name ?? t('toBeAssigned') }) : t('detail.incoming', { agency: d.notifyingAgency.name })}
        actions={
          <Group>
            {d.direction === 'outgoing' && d.status === 'open' && <Button onClick={() => setSending(true)}>{t('outgoing.send')}</Button>}
            {d.direction === 'incoming' && d.status === 'sent' && (
              <Button loading={acknowledge.isPending} onClick={() => acknowledge.mutate(d)}>
                {t('incoming.acknowledge')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="lg">
        {acknowledge.error && <ProblemAlert error={acknowledge.error} />}
        <Paper withBorder p="lg">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            <Fact label={t('column.status')}>
              <DutyStatusBadge duty={d} />
            </Fact>
            <Fact label={t('column.client')}>
              <DutyClient duty={d} />
            </Fact>
            <Fact label={t('detail.happened')}>{day(d.eventOn)}</Fact>
            <Fact label={t('column.due')}>{t('detail.due', { day: day(d.dueOn), count: d.days })}</Fact>
            <Fact label={t('column.from')}>{d.notifyingAgency.name}</Fact>
            <Fact label={t('column.to')}>{d.receivingAgency?.name ?? t('toBeAssigned')}</Fact>
            <Fact label={t('column.sent')}>{d.sentAt ? format.dateTime(d.sentAt) : '—'}</Fact>
            <Fact label={t('detail.acknowledged')}>{d.acknowledgedAt ? format.dateTime(d.acknowledgedAt) : '—'}</Fact>
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="lg" component="section" aria-label={t('detail.timing')}>
          <Text fw={600} mb="sm">
            {t('detail.timing')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Fact label={t('detail.daysToSend')}>{days(d.timing.daysToSend)}</Fact>
            <Fact label={t('detail.withinDeadline')}>
              {d.timing.sentWithinDeadline === null ? '—' : d.timing.sentWithinDeadline ? t('detail.yes') : t('detail.no')}
            </Fact>
            <Fact label={t('detail.daysToAcknowledge')}>{days(d.timing.daysToAcknowledge)}</Fact>
          </SimpleGrid>
        </Paper>
      </Stack>
      {sending && <SendDutyModal duty={d} onClose={() => setSending(false)} />}
    </>
  );
}
