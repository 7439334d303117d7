/** The referral's steps, oldest first: what happened, when, who did it and for which agency, with the reason or comment of the step. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { ReferralView } from './api';
import { ReferralStatusBadge } from './badges';

export function ReferralTimeline({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="referral-timeline">
      <Title order={2} size="h4" id="referral-timeline" mb="sm">
        {t('web.timeline.title')}
      </Title>
      <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {referral.events.map((e, i) => (
          <li key={`${e.at}-${i}`} data-referral-event={e.action} style={{ borderInlineStart: '3px solid var(--mantine-color-indigo-3)', paddingInlineStart: 12 }}>
            <Text size="sm" fw={600}>
              {t(`web.action.${e.action}`)}{' '}
              <ReferralStatusBadge status={e.toStatus} />
            </Text>
            <Text size="xs" c="gray.7">
              <time dateTime={e.at}>{format.dateTime(e.at)}</time>
              {' · '}
              {e.actor
                ? e.agency
                  ? t('web.timeline.byAt', { name: e.actor.displayName, agency: e.agency.name })
                  : e.actor.displayName
                : t('web.timeline.system')}
            </Text>
            {e.note && (
              <Text size="sm" mt={2} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {e.note}
              </Text>
            )}
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
