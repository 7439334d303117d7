/**
 * The case's referrals with their live status (refetched on focus and every 30 seconds):
 * where each went, how urgent, its state and whether it is overdue, and a button to make
 * a new one. Shown to staff who may refer.
 */
import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import { useSession } from '../../app/session';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { useAssessmentFormats } from '../assessment/formats';
import { useCaseReferrals } from './api';
import { ReferralOverdue, ReferralStatusBadge, UrgencyBadge } from './badges';
import { ReferralFormModal } from './referral-form-modal';

export function CaseReferrals({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const { day } = useAssessmentFormats();
  const me = useSession();
  const maySend = me.permissions.includes('referral.send');
  const list = useCaseReferrals(caseView.id);
  const [creating, setCreating] = useState(false);
  const items = list.data ?? [];

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="case-referrals">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="case-referrals">
          {t('web.case.title')}
        </Title>
        {maySend && caseView.status !== 'closed' && (
          <Button size="xs" onClick={() => setCreating(true)} id="case-refer">
            {t('web.case.refer')}
          </Button>
        )}
      </Group>
      {list.error && <ProblemAlert error={list.error} />}
      {!list.isPending && !list.error && items.length === 0 && <Text size="sm">{t('web.case.none')}</Text>}
      <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((r) => (
          <li key={r.id} data-referral={r.id}>
            <Paper withBorder p="sm" radius="sm">
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                <div style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/referrals/${r.id}`} size="sm" fw={600}>
                    {r.service.name}
                  </Anchor>
                  <Text size="xs" c="gray.7">
                    {t('web.case.line', { agency: r.receivingAgency.name, appearBy: day(r.appearBy), changed: format.dateTime(r.statusChangedAt) })}
                  </Text>
                </div>
                <Group gap={4} wrap="wrap">
                  <ReferralStatusBadge status={r.status} />
                  {r.urgency !== 'routine' && <UrgencyBadge urgency={r.urgency} />}
                  {r.outcome && (
                    <Text size="xs" fw={600} span>
                      {t(`web.outcome.${r.outcome}`)}
                    </Text>
                  )}
                  <ReferralOverdue referral={r} />
                </Group>
              </Group>
            </Paper>
          </li>
        ))}
      </Stack>
      {creating && <ReferralFormModal caseId={caseView.id} personId={caseView.person.id} onClose={() => setCreating(false)} />}
    </Paper>
  );
}
