/**
 * The steps that need more than a click: a reason (decline, withdraw) or comment (reopen),
 * the appointment (when and where), and the outcome with feedback for the referring case
 * manager. Each submits the version the page shows; the page handles a conflict.
 */
import { Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { outcomes, type Outcome } from './api';

interface Common {
  pending: boolean;
  onClose: () => void;
}

export function ReasonModal({ step, pending, onClose, onSubmit }: Common & { step: 'decline' | 'withdraw' | 'reopen'; onSubmit: (text: string) => void }) {
  const { t } = useTranslation('referrals');
  const required = t('errors:field.required');
  const form = useForm({ initialValues: { text: '' }, validate: { text: (v) => (v.trim() ? null : required) } });
  return (
    <AppModal title={t(`web.steps.${step}.title`)} onClose={onClose}>
      <form onSubmit={form.onSubmit((v) => onSubmit(v.text.trim()))} noValidate>
        <Stack gap="md">
          <Textarea label={t(`web.steps.${step}.label`)} description={t(`web.steps.${step}.hint`)} required autosize minRows={3} maxLength={2000} data-autofocus {...form.getInputProps('text')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" color={step === 'reopen' ? undefined : 'red.8'} loading={pending}>
              {t(`web.steps.${step}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

/** `datetime-local` gives local wall time; the server takes an instant. */
function localToIso(value: string): string {
  return new Date(value).toISOString();
}

function isoToLocal(value: string | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function AppointmentModal({ current, pending, onClose, onSubmit }: Common & { current: { at: string; place: string } | null; onSubmit: (v: { at: string; place: string }) => void }) {
  const { t } = useTranslation('referrals');
  const required = t('errors:field.required');
  const form = useForm({
    initialValues: { at: isoToLocal(current?.at), place: current?.place ?? '' },
    validate: { at: (v) => (v ? null : required), place: (v) => (v.trim() ? null : required) },
  });
  return (
    <AppModal title={t('web.steps.book_appointment.title')} onClose={onClose}>
      <form onSubmit={form.onSubmit((v) => onSubmit({ at: localToIso(v.at), place: v.place.trim() }))} noValidate>
        <Stack gap="md">
          <TextInput type="datetime-local" label={t('web.steps.book_appointment.at')} required data-autofocus {...form.getInputProps('at')} />
          <TextInput label={t('web.steps.book_appointment.place')} description={t('web.steps.book_appointment.placeHint')} required maxLength={300} {...form.getInputProps('place')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('web.steps.book_appointment.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

export function CompleteModal({ pending, onClose, onSubmit }: Common & { onSubmit: (v: { outcome: Outcome; feedback: string }) => void }) {
  const { t } = useTranslation('referrals');
  const required = t('errors:field.required');
  const form = useForm<{ outcome: Outcome | ''; feedback: string }>({
    initialValues: { outcome: '', feedback: '' },
    validate: { outcome: (v) => (v ? null : required), feedback: (v) => (v.trim() ? null : required) },
  });
  return (
    <AppModal title={t('web.steps.complete.title')} onClose={onClose}>
      <form onSubmit={form.onSubmit((v) => onSubmit({ outcome: v.outcome as Outcome, feedback: v.feedback.trim() }))} noValidate>
        <Stack gap="md">
          <Radio.Group label={t('web.steps.complete.outcome')} required {...form.getInputProps('outcome')}>
            <Stack gap="xs" mt="xs">
              {outcomes.map((o) => (
                <Radio key={o} value={o} label={t(`web.outcome.${o}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea label={t('web.steps.complete.feedback')} description={t('web.steps.complete.feedbackHint')} required autosize minRows={4} maxLength={4000} {...form.getInputProps('feedback')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('web.steps.complete.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
