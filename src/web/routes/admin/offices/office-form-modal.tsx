/** Create or edit an office. Edits carry the version they started from. */
import { useState } from 'react';
import { Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminKeys, officesQuery, saveOffice, type OfficeInput } from '../../../api/admin';
import type { Office } from '../../../api/types';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { useAgencyOptions, useMunicipalityNames } from '../../../components/use-options';
import { useSaveForm } from '../../../components/use-save-form';

interface Props {
  /** null creates a new office. */
  office: Office | null;
  defaultAgencyId: string | null;
  onClose: () => void;
}

const valuesOf = (o: Office | null, agencyId: string | null): OfficeInput => ({
  agencyId: o?.agencyId ?? agencyId ?? '',
  name: o?.name ?? '',
  municipalityCode: o?.municipalityCode ?? '',
  address: o?.address ?? '',
  phone: o?.phone ?? '',
  active: o?.active ?? true,
});

export function OfficeFormModal({ office, defaultAgencyId, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const agencyOptions = useAgencyOptions();
  const municipalities = useMunicipalityNames();
  const [current, setCurrent] = useState(office);
  const required = (v: string) => (v.trim() ? null : t('errors:field.required'));
  const form = useForm<OfficeInput>({
    initialValues: valuesOf(office, defaultAgencyId),
    validate: { agencyId: required, name: required, municipalityCode: required },
  });

  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => saveOffice({ ...v, name: v.name.trim(), address: v.address.trim(), phone: v.phone.trim() }, current ?? undefined),
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.all });
      notifications.show({ color: 'teal', message: t('common.savedNamed', { name: saved.name }) });
      onClose();
    },
    reload: async () => {
      const list = await queryClient.fetchQuery({ ...officesQuery(current?.agencyId), staleTime: 0 });
      const fresh = list.find((o) => o.id === current?.id) ?? null;
      setCurrent(fresh);
      form.setValues(valuesOf(fresh, defaultAgencyId));
    },
  });

  return (
    <AppModal title={office ? t('offices.edit') : t('offices.create')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Select label={t('offices.agency')} data={agencyOptions} searchable required allowDeselect={false} {...form.getInputProps('agencyId')} />
          <TextInput label={t('offices.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('offices.municipality')}
            data={municipalities.options}
            searchable
            required
            allowDeselect={false}
            {...form.getInputProps('municipalityCode')}
          />
          <TextInput label={t('offices.address')} {...form.getInputProps('address')} />
          <TextInput label={t('offices.phone')} type="tel" autoComplete="off" {...form.getInputProps('phone')} />
          {office && <Switch label={t('common.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
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
