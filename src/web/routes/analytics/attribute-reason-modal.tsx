/** Turning a protected attribute on as a model input: the administrator says why (kept and audited). */
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { profilingKeys, setProtectedAttribute, useProtectedAttributes, type AttributeView } from './profiling-api';
import { useNotify } from './use-notify';

export function AttributeReasonModal({ attribute, onClose }: { attribute: AttributeView; onClose: () => void }) {
  const { t } = useTranslation('analytics');
  const notify = useNotify();
  const queryClient = useQueryClient();
  // After a conflict the list reloads: a second try sends the version now stored.
  const current = useProtectedAttributes().data?.find((a) => a.attribute === attribute.attribute) ?? attribute;
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('errors:field.required')) },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: ({ reason }) => setProtectedAttribute(attribute.attribute, { included: true, reason: reason.trim(), version: current.version }),
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: profilingKeys.attributes });
      notify(t('attributes.turnedOn', { attribute: saved.label }));
      onClose();
    },
    // Someone else changed the switch: show it as it is now; the reason typed stays in the form.
    reload: () => queryClient.invalidateQueries({ queryKey: profilingKeys.attributes }),
  });

  return (
    <AppModal title={t('attributes.turnOnTitle', { attribute: attribute.label })} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Text size="sm">{t('attributes.turnOnExplain')}</Text>
          <Textarea label={t('attributes.reason')} description={t('attributes.reasonHint')} required autosize minRows={3} maxLength={500} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('attributes.turnOn')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
