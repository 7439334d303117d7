/**
 * What the viewer may do with the referral now (the server's list of allowed steps), plus
 * changing a draft and re-referring after a decline or an unmet need. A step taken on a
 * referral that changed meanwhile is refused (409): the message is shown and the page
 * reloads the referral, so the buttons match its current state.
 */
import { useState } from 'react';
import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseQuery } from '../../api/cases';
import { isApiError } from '../../api/problem';
import { useSession } from '../../app/session';
import { ProblemAlert, useProblemText } from '../../components/problem-alert';
import { useNotify } from '../plans/use-notify';
import { referralKeys, takeStep, type ReferralView, type Step } from './api';
import { ReferralFormModal } from './referral-form-modal';
import { AppointmentModal, CompleteModal, ReasonModal } from './step-modals';

/** Steps that take one click, in the order the buttons appear. */
const simpleSteps = ['send', 'receive', 'accept', 'waitlist', 'attend', 'no_show', 'start_service', 'acknowledge_feedback'] as const;
const dialogSteps = ['book_appointment', 'complete', 'decline', 'withdraw', 'reopen'] as const;
type DialogStep = (typeof dialogSteps)[number];

export function mayReRefer(r: ReferralView): boolean {
  const failed = r.status === 'declined' || (r.outcome !== null && r.outcome !== 'need_met' && (r.status === 'completed' || r.status === 'feedback_delivered'));
  return failed && r.side !== 'receiver' && r.caseId !== null && r.nextReferralIds.length === 0;
}

export function ReferralActions({ referral }: { referral: ReferralView }) {
  const { t } = useTranslation('referrals');
  const me = useSession();
  const notify = useNotify();
  const describe = useProblemText();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<DialogStep | 'edit' | 'rerefer' | null>(null);
  const [pending, setPending] = useState<Step | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const allowed = new Set(referral.allowedActions);
  const sender = referral.side !== 'receiver' && me.permissions.includes('referral.send');
  const mayEdit = sender && referral.status === 'draft' && allowed.has('send');
  const reRefer = sender && mayReRefer(referral);
  // The case gives the client (for the consent hints of a new or changed referral).
  const caseView = useQuery({ ...caseQuery(referral.caseId ?? ''), enabled: (mayEdit || reRefer) && referral.caseId !== null });
  const caseReady = Boolean(referral.caseId) && caseView.isSuccess;

  async function run(step: Step, body: Record<string, unknown> = {}) {
    setPending(step);
    setError(null);
    setReloaded(false);
    try {
      const next = await takeStep(referral.id, step, { version: referral.version, ...body });
      queryClient.setQueryData(referralKeys.one(referral.id), next);
      void queryClient.invalidateQueries({ queryKey: referralKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      notify(t('web.steps.done', { status: t(`web.status.${next.status}`) }));
      setDialog(null);
    } catch (e) {
      setError(e);
      if (isApiError(e) && e.status === 409) {
        setDialog(null);
        await queryClient.invalidateQueries({ queryKey: referralKeys.one(referral.id) });
        setReloaded(true);
      }
    } finally {
      setPending(null);
    }
  }

  const buttons = [
    ...simpleSteps.filter((s) => allowed.has(s)).map((s) => (
      <Button
        key={s}
        variant={s === 'no_show' ? 'default' : 'filled'}
        loading={pending === s}
        disabled={pending !== null && pending !== s}
        onClick={() => void run(s, s === 'attend' ? { attended: true } : s === 'no_show' ? { attended: false } : {})}
      >
        {t(`web.steps.${s}.button`)}
      </Button>
    )),
    ...dialogSteps.filter((s) => allowed.has(s)).map((s) => (
      <Button key={s} variant={s === 'decline' || s === 'withdraw' ? 'outline' : s === 'reopen' ? 'default' : 'filled'} color={s === 'decline' || s === 'withdraw' ? 'red.8' : undefined} disabled={pending !== null} onClick={() => setDialog(s)}>
        {t(`web.steps.${s}.button`)}
      </Button>
    )),
  ];
  if (mayEdit) {
    buttons.unshift(
      <Button key="edit" variant="default" onClick={() => setDialog('edit')} disabled={!caseReady}>
        {t('web.steps.edit')}
      </Button>,
    );
  }
  if (reRefer) {
    buttons.push(
      <Button key="rerefer" onClick={() => setDialog('rerefer')} disabled={!caseReady}>
        {t('web.steps.reRefer')}
      </Button>,
    );
  }

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="referral-actions">
      <Title order={2} size="h4" id="referral-actions" mb="sm">
        {t('web.actionsTitle')}
      </Title>
      {reRefer && (
        <Alert color="orange" c="dark.7" variant="light" mb="sm" title={t('web.reReferPrompt.title')}>
          {t(referral.status === 'declined' ? 'web.reReferPrompt.declined' : 'web.reReferPrompt.notMet')}
        </Alert>
      )}
      {error !== null && reloaded && (
        <Alert color="red" variant="light" role="alert" mb="sm" title={describe(error).title}>
          {t('web.conflictReloaded')}
        </Alert>
      )}
      {error !== null && !reloaded && <ProblemAlert error={error} mb="sm" />}
      {buttons.length > 0 ? (
        <Group gap="sm">{buttons}</Group>
      ) : (
        <Text size="sm" c="gray.7">
          {t('web.noActions')}
        </Text>
      )}
      {(dialog === 'decline' || dialog === 'withdraw' || dialog === 'reopen') && (
        <ReasonModal
          step={dialog}
          pending={pending === dialog}
          onClose={() => setDialog(null)}
          onSubmit={(text) => void run(dialog, dialog === 'reopen' ? { comment: text } : { reason: text })}
        />
      )}
      {dialog === 'book_appointment' && (
        <AppointmentModal current={referral.appointment} pending={pending === 'book_appointment'} onClose={() => setDialog(null)} onSubmit={(v) => void run('book_appointment', v)} />
      )}
      {dialog === 'complete' && <CompleteModal pending={pending === 'complete'} onClose={() => setDialog(null)} onSubmit={(v) => void run('complete', v)} />}
      {(dialog === 'edit' || dialog === 'rerefer') && caseReady && (
        <ReferralFormModal
          caseId={referral.caseId!}
          personId={caseView.data!.person.id}
          draft={dialog === 'edit' ? referral : undefined}
          previous={dialog === 'rerefer' ? referral : null}
          onClose={() => setDialog(null)}
        />
      )}
    </Paper>
  );
}
