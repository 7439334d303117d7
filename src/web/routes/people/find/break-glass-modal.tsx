/**
 * Emergency access to a record the staff member's agency does not work with: it needs a
 * written reason, lasts a limited time, is flagged in the client's access log and is
 * reviewed by the data protection officer. The dialog says all of that before asking.
 */
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BREAK_GLASS_MIN_REASON as MIN_REASON, openBreakGlass } from '../../../api/oversight';
import { peopleKeys, type SearchCandidate } from '../../../api/people';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveForm } from '../../../components/use-save-form';
import { PersonName } from '../shared/person-name';

interface Props {
  candidate: SearchCandidate;
  onClose: () => void;
  onOpened: (personId: string) => void;
}

export function BreakGlassModal({ candidate, onClose, onOpened }: Props) {
  const { t } = useTranslation('intake');
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim().length >= MIN_REASON ? null : t('breakGlass.tooShort', { count: MIN_REASON })) },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => openBreakGlass(candidate.id, v.reason.trim()),
    onSaved: (grant) => {
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      onClose();
      onOpened(grant.personId);
    },
  });
  const length = form.getValues().reason.trim().length;

  return (
    <AppModal title={t('breakGlass.title')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>
            <PersonName person={candidate} /> · {candidate.onedoorId}
          </Text>
          <Alert color="red" variant="light" title={t('breakGlass.warningTitle')}>
            {t('breakGlass.warning')}
          </Alert>
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Textarea
            label={t('breakGlass.reason')}
            description={t('breakGlass.reasonHint', { count: MIN_REASON, typed: length })}
            required
            autosize
            minRows={3}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('breakGlass.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
