/**
 * Sending a notification through OneDoor: what the receiving agency will get (the event, its
 * day, the client's OneDoor id; the name only where the policy lets its staff see it), and
 * the receiving agency to choose when the duty has none yet.
 */
import { useState } from 'react';
import { Alert, Button, Group, List, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/admin';
import { isApiError } from '../../api/problem';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useAssessmentFormats } from '../assessment/formats';
import { useSendDuty, type DutyView } from './api';
import { useEventName } from './duty-parts';

export function SendDutyModal({ duty, onClose }: { duty: DutyView; onClose: () => void }) {
  const { t } = useTranslation('duties');
  const { day } = useAssessmentFormats();
  const eventName = useEventName();
  const send = useSendDuty();
  const agencies = useAgencies();
  const [receiver, setReceiver] = useState<string | null>(null);
  const needsReceiver = duty.receivingAgency === null;
  const options = (agencies.data ?? [])
    .filter((a) => a.active && a.type === duty.receivingAgencyType)
    .map((a) => ({ value: a.id, label: a.name }));
  const fieldMessage = isApiError(send.error) ? send.error.problem.fields?.find((f) => f.field === 'receivingAgencyId')?.message : undefined;

  return (
    <AppModal title={t('send.title')} onClose={onClose}>
      <Stack gap="md">
        <Text>{t('send.intro')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('send.carriesEvent', { event: eventName(duty.eventType), day: day(duty.eventOn) })}</List.Item>
          <List.Item>{t('send.carriesId', { id: duty.person.onedoorId })}</List.Item>
          <List.Item>{t('send.carriesNameRule')}</List.Item>
        </List>
        {needsReceiver ? (
          <Select
            label={t('send.receiver')}
            description={t('send.receiverHelp', { type: t(`web:agencyType.${duty.receivingAgencyType}`) })}
            data={options}
            value={receiver}
            onChange={setReceiver}
            searchable
            required
            error={fieldMessage}
          />
        ) : (
          <Text>{t('send.to', { agency: duty.receivingAgency!.name })}</Text>
        )}
        {duty.overdue && (
          <Alert color="red" variant="light">
            {t('send.late', { due: day(duty.dueOn) })}
          </Alert>
        )}
        {send.error && !fieldMessage && <ProblemAlert error={send.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('web:common.cancel')}
          </Button>
          <Button
            loading={send.isPending}
            disabled={needsReceiver && !receiver}
            onClick={() => send.mutate({ duty, receivingAgencyId: receiver ?? undefined }, { onSuccess: onClose })}
          >
            {t('send.confirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
