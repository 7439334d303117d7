/** Small pieces the duty screens share: the status badge, the client cell, the event name. */
import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAssessmentFormats } from '../assessment/formats';
import { wholeBadge } from '../cases/badge-styles';
import type { DutyView } from './api';

type Shown = 'overdue' | 'open' | 'sent' | 'acknowledged';
// Shade 9 text: Mantine's default light-badge text falls below 4.5:1 contrast for some colours.
const colour: Record<Shown, string> = { overdue: 'red', open: 'blue', sent: 'indigo', acknowledged: 'teal' };

export function DutyStatusBadge({ duty }: { duty: Pick<DutyView, 'status' | 'overdue'> }) {
  const { t } = useTranslation('duties');
  const shown: Shown = duty.overdue ? 'overdue' : duty.status;
  return (
    <Badge variant="light" color={colour[shown]} c={`${colour[shown]}.9`} radius="sm" tt="none" styles={wholeBadge} data-status={shown}>
      {t(`status.${shown}`)}
    </Badge>
  );
}

/** The event a duty is about, linked to the duty, with the day it happened. */
export function DutyEvent({ duty }: { duty: DutyView }) {
  const { t } = useTranslation('duties');
  const { day } = useAssessmentFormats();
  const eventName = useEventName();
  return (
    <>
      <Anchor component={Link} to={`/duties/${duty.id}`}>
        {eventName(duty.eventType)}
      </Anchor>
      <Text size="xs" c="gray.7">
        {t('column.happened', { day: day(duty.eventOn) })}
      </Text>
    </>
  );
}

/** The client: the name where the policy shows it, else the OneDoor id; a link to the case where the viewer may open it. */
export function DutyClient({ duty }: { duty: DutyView }) {
  const { t } = useTranslation('duties');
  const label = duty.person.name ? `${duty.person.name.given} ${duty.person.name.family}` : duty.person.onedoorId;
  return (
    <div>
      {duty.caseId ? (
        <Anchor component={Link} to={`/cases/${duty.caseId}`}>
          {label}
        </Anchor>
      ) : (
        <Text span>{label}</Text>
      )}
      {duty.person.name ? (
        <Text size="xs" c="gray.7">
          {duty.person.onedoorId}
        </Text>
      ) : (
        <Text size="xs" c="gray.7">
          {t('client.idOnly')}
        </Text>
      )}
    </div>
  );
}

export function useEventName() {
  const { t } = useTranslation('duties');
  return (type: string) => t(`eventType.${type}`, { defaultValue: type });
}
