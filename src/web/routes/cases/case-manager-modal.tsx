/** Hand the case to another case manager of the lead agency (a supervisor's decision). */
import { useState } from 'react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { changeCaseManager, type CaseView } from '../../api/cases';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { useCaseManagerOptions } from './use-case-manager-options';
import { useCaseCache } from './use-case-saved';

export function CaseManagerModal({ caseView, onClose }: { caseView: CaseView; onClose: () => void }) {
  const { t } = useTranslation('casework');
  const cache = useCaseCache(caseView.id);
  const [current, setCurrent] = useState(caseView);
  const staff = useCaseManagerOptions(caseView.leadAgency.id);
  const form = useForm<{ caseManagerId: string | null }>({
    initialValues: { caseManagerId: null },
    validate: { caseManagerId: (v) => (v ? null : t('errors:field.required')) },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => changeCaseManager(current.id, { caseManagerId: v.caseManagerId ?? '', version: current.version }),
    onSaved: (view) => {
      cache.saved(view);
      notifications.show({ color: 'teal', message: t('case.reassigned', { name: view.caseManager.displayName }) });
      onClose();
    },
    reload: async () => {
      const fresh = await cache.reload();
      setCurrent(fresh);
      cache.saved(fresh);
    },
  });
  const options = staff.options.filter((o) => o.value !== current.caseManager.id);

  return (
    <AppModal title={t('case.reassign')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          {staff.error !== null && <ProblemAlert error={staff.error} />}
          <Text size="sm">{t('case.currentManager', { name: current.caseManager.displayName })}</Text>
          <Select
            label={t('case.newManager')}
            description={t('case.newManagerHint')}
            data={options}
            searchable
            required
            disabled={staff.pending}
            nothingFoundMessage={t('case.noColleagues')}
            data-autofocus
            {...form.getInputProps('caseManagerId')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('case.saveManager')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
