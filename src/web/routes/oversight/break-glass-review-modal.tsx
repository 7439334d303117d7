/** The officer records whether an emergency access was justified, with a note. */
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reviewBreakGlass, type BreakGlassUse, type ReviewOutcome } from '../../api/oversight';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { useFormat } from '../../i18n/format';
import { Fact, Facts } from '../cases/facts';

export function BreakGlassReviewModal({ use, onClose }: { use: BreakGlassUse; onClose: () => void }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const queryClient = useQueryClient();
  const form = useForm<{ outcome: ReviewOutcome | null; note: string }>({
    initialValues: { outcome: null, note: '' },
    validate: {
      outcome: (v) => (v ? null : t('errors:field.required')),
      note: (v) => (v.trim() ? null : t('errors:field.required')),
    },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => reviewBreakGlass(use.id, { outcome: v.outcome as ReviewOutcome, note: v.note.trim(), version: use.version }),
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: ['oversight'] });
      notifications.show({ color: 'teal', message: t('oversight.reviewSaved') });
      onClose();
    },
    // Someone else reviewed it meanwhile: show the list as it is now.
    reload: async () => {
      await queryClient.invalidateQueries({ queryKey: ['oversight'] });
    },
  });

  return (
    <AppModal title={t('oversight.reviewTitle')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Facts>
            <Fact label={t('oversight.staff')}>{`${use.user.displayName}, ${use.user.agency.name}`}</Fact>
            <Fact label={t('oversight.client')}>{use.person.onedoorId}</Fact>
            <Fact label={t('oversight.granted')}>{`${format.dateTime(use.grantedAt)} – ${format.dateTime(use.expiresAt)}`}</Fact>
            <Fact label={t('breakGlass.reason')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {use.reason}
              </Text>
            </Fact>
          </Facts>
          <Radio.Group label={t('oversight.outcome')} required {...form.getInputProps('outcome')}>
            <Group gap="lg" mt="xs">
              <Radio value="justified" label={t('reviewOutcome.justified')} />
              <Radio value="not_justified" label={t('reviewOutcome.not_justified')} />
            </Group>
          </Radio.Group>
          <Textarea label={t('oversight.note')} description={t('oversight.noteHint')} required autosize minRows={3} maxLength={2000} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('oversight.saveReview')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
