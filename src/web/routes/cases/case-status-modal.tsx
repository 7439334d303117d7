/**
 * Suspend, close or reopen a case, with a reason. The change carries the version the
 * person started from: if someone else changed the case meanwhile, the server refuses
 * (409) and the dialog shows the case as it is now.
 */
import { useState } from 'react';
import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { changeCaseStatus, type CaseStatus, type CaseView } from '../../api/cases';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { CaseStatusBadge } from './case-status-badge';
import { useCaseCache } from './use-case-saved';

const next: Record<CaseStatus, CaseStatus[]> = { open: ['suspended', 'closed'], suspended: ['open', 'closed'], closed: ['open'] };

export function CaseStatusModal({ caseView, onClose }: { caseView: CaseView; onClose: () => void }) {
  const { t } = useTranslation('casework');
  const cache = useCaseCache(caseView.id);
  const [current, setCurrent] = useState(caseView);
  const form = useForm<{ status: CaseStatus | null; reason: string }>({
    initialValues: { status: next[caseView.status][0] ?? null, reason: '' },
    validate: {
      status: (v) => (v ? null : t('errors:field.required')),
      reason: (v) => (v.trim() ? null : t('errors:field.required')),
    },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => changeCaseStatus(current.id, { status: v.status as CaseStatus, reason: v.reason.trim(), version: current.version }),
    onSaved: (view) => {
      cache.saved(view);
      notifications.show({ color: 'teal', message: t('case.statusChanged', { status: t(`caseStatus.${view.status}`) }) });
      onClose();
    },
    reload: async () => {
      const fresh = await cache.reload();
      setCurrent(fresh);
      cache.saved(fresh);
      if (!next[fresh.status].includes(form.getValues().status as CaseStatus)) form.setFieldValue('status', next[fresh.status][0] ?? null);
    },
  });
  const options = next[current.status].map((s) => ({ value: s, label: t(`statusAction.${s}`) }));

  return (
    <AppModal title={t('case.changeStatus')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Group gap="xs">
            <Text size="sm">{t('case.currentStatus')}</Text>
            <CaseStatusBadge status={current.status} />
          </Group>
          <Select label={t('case.newStatus')} data={options} required allowDeselect={false} {...form.getInputProps('status')} />
          <Textarea
            label={t('case.statusReason')}
            description={t('case.statusReasonHint')}
            required
            autosize
            minRows={3}
            maxLength={1000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('case.saveStatus')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
