/**
 * Accepting a suggested service: the action it becomes may get its own title and due date
 * (by default the service's name, four weeks from today). A place is booked as it is
 * added. Refusals (no place left, a date in the past) are shown on the fields.
 */
import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { acceptSuggestion, type PlanView, type Suggestion } from './api';
import { today } from './plan-text';
import { usePlanCache } from './use-plan-cache';

interface Props {
  plan: PlanView;
  version: number;
  suggestion: Suggestion;
  onAccepted: (view: PlanView) => void;
  onConflict: (error: unknown) => void;
  onClose: () => void;
}

export function AcceptModal({ plan, version, suggestion: s, onAccepted, onConflict, onClose }: Props) {
  const { t } = useTranslation('planweb');
  const cache = usePlanCache(plan.caseId);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const form = useForm({
    initialValues: { title: s.service.name, dueOn: today(28) },
    validate: { title: (v) => (v.trim() ? null : t('errors:field.required')), dueOn: (v) => (v ? null : t('errors:field.required')) },
  });

  const submit = form.onSubmit(async (v) => {
    setPending(true);
    setError(null);
    try {
      const title = v.title.trim();
      onAccepted(await acceptSuggestion(plan.id, s.id, { version, title: title === s.service.name ? undefined : title, dueOn: v.dueOn }));
    } catch (e) {
      setError(e);
      // The draft's rules name the new action's fields (actions.<n>.dueOn): shown on this form's.
      const fields = isApiError(e, 'validation_failed') ? (e.problem.fields ?? []) : [];
      for (const f of fields) {
        const field = f.field.split('.').pop();
        if (field === 'dueOn' || field === 'title') form.setFieldError(field, f.message);
      }
      if (isApiError(e, 'version_conflict')) await cache.reload().catch(() => undefined);
      onConflict(e);
    } finally {
      setPending(false);
    }
  });
  const placed = Object.keys(form.errors).length > 0;

  return (
    <AppModal title={t('accept.title', { name: s.service.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && !placed && <ProblemAlert error={error} />}
          <Text size="sm">{t('accept.intro', { agency: s.service.agencyName })}</Text>
          <TextInput label={t('accept.titleLabel')} required maxLength={300} data-autofocus {...form.getInputProps('title')} />
          <TextInput type="date" label={t('field.dueOn')} description={t('accept.dueHint')} required {...form.getInputProps('dueOn')} w={220} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('accept.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
