/**
 * Starting a review of the signed plan: a new draft from the latest version, with a note
 * on what the review is about. The signed version stays in force until the client signs
 * the new one.
 */
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { startReview, type PlanView } from './api';

interface Props {
  plan: PlanView;
  onStarted: (view: PlanView) => void;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}

export function ReviewModal({ plan, onStarted, onReload, onClose }: Props) {
  const { t } = useTranslation('planweb');
  const form = useForm({
    initialValues: { note: '' },
    validate: { note: (v) => (v.trim() ? null : t('errors:field.required')) },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => startReview(plan.id, { note: v.note.trim(), version: plan.version }),
    onSaved: (view) => {
      onStarted(view);
      onClose();
    },
    reload: async () => {
      await onReload();
    },
  });

  return (
    <AppModal title={t('review.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Text size="sm">{t('review.intro', { number: plan.current.number })}</Text>
          <Textarea label={t('review.note')} description={t('review.noteHint')} required autosize minRows={3} maxLength={2000} data-autofocus {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('review.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
