/** Create or edit an agency. Edits carry the version they started from. */
import { useState } from 'react';
import { Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminKeys, agenciesQuery, saveAgency, type AgencyInput } from '../../../api/admin';
import { agencyTypes, type Agency } from '../../../api/types';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveForm } from '../../../components/use-save-form';

interface Props {
  /** null creates a new agency. */
  agency: Agency | null;
  onClose: () => void;
}

const valuesOf = (a: Agency | null): AgencyInput => ({
  name: a?.name ?? '',
  type: a?.type ?? 'employment_service',
  active: a?.active ?? true,
});

export function AgencyFormModal({ agency, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState(agency);
  const form = useForm<AgencyInput>({
    initialValues: valuesOf(agency),
    validate: { name: (v) => (v.trim() ? null : t('errors:field.required')) },
  });

  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (values) => saveAgency({ ...values, name: values.name.trim() }, current ?? undefined),
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.all });
      notifications.show({ color: 'teal', message: t('common.savedNamed', { name: saved.name }) });
      onClose();
    },
    reload: async () => {
      const list = await queryClient.fetchQuery({ ...agenciesQuery, staleTime: 0 });
      const fresh = list.find((a) => a.id === current?.id) ?? null;
      setCurrent(fresh);
      form.setValues(valuesOf(fresh));
    },
  });

  const typeOptions = agencyTypes.map((type) => ({ value: type, label: t(`agencyType.${type}`) }));
  return (
    <AppModal title={agency ? t('agencies.edit') : t('agencies.create')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <TextInput label={t('agencies.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('agencies.type')}
            data={typeOptions}
            required
            allowDeselect={false}
            {...form.getInputProps('type')}
          />
          {agency && <Switch label={t('common.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
