/** A referral's status and urgency in words (never colour alone), and the overdue marker with its reasons. */
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wholeBadge } from '../cases/badge-styles';
import { OverdueMarker } from '../plans/badges';
import type { ReferralStatus, ReferralSummary, Urgency } from './api';

// Shade 9 text on the light background keeps 4.5:1 contrast, except orange: its text is near-black.
const textOf = (c: string) => (c === 'orange' ? 'dark.7' : `${c}.9`);
const statusColour: Record<ReferralStatus, string> = {
  draft: 'gray', sent: 'blue', received: 'blue', accepted: 'teal', declined: 'red', waitlisted: 'orange', appointment_booked: 'indigo',
  attended: 'teal', no_show: 'red', in_service: 'indigo', completed: 'teal', feedback_delivered: 'teal', withdrawn: 'gray',
};
const urgencyColour: Record<Urgency, string> = { routine: 'gray', priority: 'orange', urgent: 'red' };

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation('referrals');
  const c = statusColour[status];
  return (
    <Badge variant="light" color={c} c={textOf(c)} radius="sm" tt="none" styles={wholeBadge} data-referral-status={status}>
      {t(`web.status.${status}`)}
    </Badge>
  );
}

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation('referrals');
  const c = urgencyColour[urgency];
  return (
    <Badge variant={urgency === 'routine' ? 'outline' : 'light'} color={c} c={textOf(c)} radius="sm" tt="none" styles={wholeBadge}>
      {t(`web.urgency.${urgency}`)}
    </Badge>
  );
}

/** "Overdue" with why (the appear-by date passed, receipt not confirmed). */
export function ReferralOverdue({ referral }: { referral: Pick<ReferralSummary, 'overdue' | 'overdueReasons'> }) {
  const { t } = useTranslation('referrals');
  if (!referral.overdue) return null;
  return (
    <Stack gap={0} align="flex-start" component="span" data-overdue="">
      <OverdueMarker label={t('web.overdue')} />
      {referral.overdueReasons.map((r) => (
        <Text key={r} size="xs" c="red.9" span display="block">
          {t(`web.overdueReason.${r}`)}
        </Text>
      ))}
    </Stack>
  );
}
