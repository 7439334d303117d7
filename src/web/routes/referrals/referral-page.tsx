/**
 * One referral: where it goes and why, its state with the proof of receipt, the
 * appointment and the outcome, the steps the viewer may take now, exactly what it carries
 * of the client, its timeline, and the chain it belongs to (re-referrals for one need).
 * It refetches every 30 seconds and on focus, so both sides see the other's steps.
 */
import { Alert, Anchor, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { useAssessmentFormats } from '../assessment/formats';
import { PlanFact, PlanFacts } from '../plans/plan-facts';
import { useReferral, type ReferralView } from './api';
import { ReferralOverdue, ReferralStatusBadge, UrgencyBadge } from './badges';
import { CarriedData } from './carried-data';
import { ReferralActions } from './referral-actions';
import { ReferralTimeline } from './referral-timeline';
import { clientLabel } from './client-label';

export function ReferralPage() {
  const { t } = useTranslation('referrals');
  const { id = '' } = useParams();
  const referral = useReferral(id);

  if (referral.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('web:common.loading')} />
      </Center>
    );
  }
  if (referral.isError) {
    return (
      <>
        <PageHeader title={t('web.page.notFoundTitle')} />
        {isApiError(referral.error, 'not_found') ? (
          <Alert color="orange" variant="light">
            {t('web.page.notFound')}
          </Alert>
        ) : (
          <ProblemAlert error={referral.error} />
        )}
      </>
    );
  }
  const r = referral.data;
  return (
    <>
      <PageHeader
        title={t('web.page.title', { service: r.service.name })}
        description={t('web.page.subtitle', { client: clientLabel(r.client), from: r.sendingAgency.name, to: r.receivingAgency.name })}
        actions={
          r.caseId ? (
            <Anchor component={Link} to={`/cases/${r.caseId}`}>
              {t('web.page.case')}
            </Anchor>
          ) : undefined
        }
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="lg">
          <Details referral={r} />
          <ReferralActions referral={r} />
          <CarriedData referral={r} />
        </Stack>
        <Stack gap="lg">
          <ReferralTimeline referral={r} />
          <Chain referral={r} />
        </Stack>
      </SimpleGrid>
    </>
  );
}

function Details({ referral: r }: { referral: ReferralView }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const { day } = useAssessmentFormats();
  const none = t('web.page.none');
  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="referral-status">
      <Title order={2} size="h4" id="referral-status" mb="sm">
        {t('web.page.status')}
      </Title>
      <Group gap="xs" mb="md" id="referral-state">
        <ReferralStatusBadge status={r.status} />
        <UrgencyBadge urgency={r.urgency} />
        <ReferralOverdue referral={r} />
      </Group>
      <Paper bg={r.receipt ? 'teal.0' : 'gray.0'} p="sm" mb="md" id="referral-receipt">
        <Text size="sm" fw={600}>
          {t('web.page.receipt')}
        </Text>
        <Text size="sm">
          {r.receipt
            ? t('web.page.receivedBy', { name: r.receipt.receivedBy.displayName, at: format.dateTime(r.receipt.receivedAt) })
            : r.sentAt
              ? t('web.page.notReceived', { at: format.dateTime(r.sentAt) })
              : t('web.page.notSent')}
        </Text>
      </Paper>
      <PlanFacts>
        <PlanFact label={t('web.page.service')}>
          {r.service.name} · {r.service.agencyName}
        </PlanFact>
        <PlanFact label={t('web.page.caseManager')}>
          {r.caseManager.displayName} · {r.sendingAgency.name}
        </PlanFact>
        <PlanFact label={t('web.page.appearBy')}>{day(r.appearBy)}</PlanFact>
        <PlanFact label={t('web.page.language')}>{t(`catalogue:language.${r.preferredLanguage}`, { defaultValue: r.preferredLanguage })}</PlanFact>
        <PlanFact label={t('web.page.created')}>{t('web.page.createdBy', { name: r.createdBy.displayName, at: format.dateTime(r.createdAt) })}</PlanFact>
        <PlanFact label={t('web.page.sent')}>{r.sentAt ? format.dateTime(r.sentAt) : none}</PlanFact>
        <PlanFact label={t('web.page.reason')} wide>
          <span style={{ whiteSpace: 'pre-wrap' }}>{r.reason}</span>
        </PlanFact>
        {r.declineReason && (
          <PlanFact label={t('web.page.declineReason')} wide>
            <span style={{ whiteSpace: 'pre-wrap' }}>{r.declineReason}</span>
          </PlanFact>
        )}
        {r.appointment && (
          <PlanFact label={t('web.page.appointment')}>
            <span id="referral-appointment">{t('web.page.appointmentAt', { at: format.dateTime(r.appointment.at), place: r.appointment.place })}</span>
          </PlanFact>
        )}
        {r.placeHeld && (
          <PlanFact label={t('web.page.place')}>
            {r.placeHeld.usesReserved ? t('web.page.placeReserved', { at: format.dateTime(r.placeHeld.since) }) : t('web.page.placeGeneral', { at: format.dateTime(r.placeHeld.since) })}
          </PlanFact>
        )}
        {r.outcome && (
          <PlanFact label={t('web.page.outcome')}>
            <span id="referral-outcome">{t(`web.outcome.${r.outcome}`)}</span>
          </PlanFact>
        )}
        {r.feedback && (
          <PlanFact label={t('web.page.feedback')} wide>
            <span id="referral-feedback" style={{ whiteSpace: 'pre-wrap' }}>
              {r.feedback}
            </span>
          </PlanFact>
        )}
        {r.feedbackDelivered && (
          <PlanFact label={t('web.page.feedbackDelivered')}>
            {t('web.page.createdBy', { name: r.feedbackDelivered.by.displayName, at: format.dateTime(r.feedbackDelivered.at) })}
          </PlanFact>
        )}
      </PlanFacts>
    </Paper>
  );
}

function Chain({ referral: r }: { referral: ReferralView }) {
  const { t } = useTranslation('referrals');
  if (!r.previousReferralId && r.nextReferralIds.length === 0) return null;
  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="referral-chain">
      <Title order={2} size="h4" id="referral-chain" mb="xs">
        {t('web.chain.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="xs">
        {t('web.chain.hint')}
      </Text>
      <Stack gap={4}>
        {r.previousReferralId && (
          <Anchor component={Link} to={`/referrals/${r.previousReferralId}`} size="sm">
            {t('web.chain.previous')}
          </Anchor>
        )}
        {r.nextReferralIds.map((n, i) => (
          <Anchor key={n} component={Link} to={`/referrals/${n}`} size="sm">
            {t('web.chain.next', { number: i + 1 })}
          </Anchor>
        ))}
      </Stack>
    </Paper>
  );
}
