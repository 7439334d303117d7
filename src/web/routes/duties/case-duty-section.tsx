/**
 * The case page's "Notification duties": staff of the case's lead or partner agency record an
 * event that obliges one agency to notify another (social assistance granted to a work-able
 * client, a job taken up, an offer refused, a programme left); the duties it created are
 * listed with their deadline and a link to send them.
 */
import { useState } from 'react';
import { Anchor, Button, Group, List, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import { isApiError } from '../../api/problem';
import { useSession } from '../../app/session';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useAssessmentFormats } from '../assessment/formats';
import { today } from '../plans/plan-text';
import { eventTypes, useRecordEvent, type EventResultView, type EventType } from './api';
import { useEventName } from './duty-parts';

function RecordEventModal({ caseId, onClose, onDone }: { caseId: string; onClose: () => void; onDone: (r: EventResultView) => void }) {
  const { t } = useTranslation('duties');
  const eventName = useEventName();
  const record = useRecordEvent(caseId);
  const [eventType, setEventType] = useState<EventType | null>(null);
  const [occurredOn, setOccurredOn] = useState(today());
  const fields = isApiError(record.error) ? record.error.problem.fields ?? [] : [];
  const fieldError = (name: string) => fields.find((f) => f.field === name)?.message;

  return (
    <AppModal title={t('record.title')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (eventType) record.mutate({ eventType, occurredOn }, { onSuccess: onDone });
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('record.intro')}</Text>
          <Select
            label={t('record.eventType')}
            data={eventTypes.map((v) => ({ value: v, label: eventName(v) }))}
            value={eventType}
            onChange={(v) => setEventType(v as EventType | null)}
            required
            data-autofocus
            error={fieldError('eventType')}
          />
          <TextInput
            type="date"
            label={t('record.occurredOn')}
            description={t('record.occurredOnHint')}
            value={occurredOn}
            onChange={(e) => setOccurredOn(e.currentTarget.value)}
            required
            w={220}
            error={fieldError('occurredOn')}
          />
          {record.error && fields.length === 0 && <ProblemAlert error={record.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} disabled={!eventType || !occurredOn}>
              {t('record.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

export function CaseDutySection({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation('duties');
  const { day } = useAssessmentFormats();
  const eventName = useEventName();
  const me = useSession();
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<EventResultView | null>(null);
  const onCase = caseView.leadAgency.id === me.agency.id || caseView.partners.some((p) => p.agencyId === me.agency.id);
  if (!me.permissions.includes('duty.record') || !onCase) return null;

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="case-duties">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="case-duties">
          {t('caseSection.title')}
        </Title>
        {caseView.status !== 'closed' && (
          <Button size="xs" onClick={() => setOpen(true)}>
            {t('caseSection.record')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="gray.7">
        {t('caseSection.intro')}
      </Text>
      {result && (
        <div role="status">
          <Text size="sm" mt="sm" fw={500}>
            {result.duties.length > 0
              ? t('caseSection.created', { count: result.duties.length })
              : result.otherAgencies === 0 ? t('caseSection.none') : null}
          </Text>
          <List size="sm" mt={4}>
            {result.duties.map((d) => (
              <List.Item key={d.id}>
                <Anchor component={Link} to={`/duties/${d.id}`}>
                  {t('caseSection.duty', { event: eventName(d.eventType), agency: d.receivingAgency?.name ?? t('toBeAssigned'), due: day(d.dueOn) })}
                </Anchor>
              </List.Item>
            ))}
          </List>
          {result.otherAgencies > 0 && (
            <Text size="sm" mt={4}>
              {t('caseSection.otherAgencies', { count: result.otherAgencies })}
            </Text>
          )}
        </div>
      )}
      <Anchor component={Link} to="/duties" size="sm" mt="sm" display="inline-block">
        {t('caseSection.all')}
      </Anchor>
      {open && (
        <RecordEventModal
          caseId={caseView.id}
          onClose={() => setOpen(false)}
          onDone={(r) => {
            setResult(r);
            setOpen(false);
          }}
        />
      )}
    </Paper>
  );
}
