/** Adds a place where services are delivered (the coordinator's own agency). */
import { useState } from 'react';
import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useMunicipalityNames } from '../../components/use-options';
import { catalogueKeys, createLocation, type LocationBody } from './api';
import { placeFieldErrors } from './field-errors';

export function LocationFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('catalogue');
  const queryClient = useQueryClient();
  const municipalities = useMunicipalityNames();
  const [error, setError] = useState<unknown>(null);
  const [placed, setPlaced] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const required = (v: string) => (v.trim() ? null : t('errors:field.required'));
  const form = useForm<LocationBody>({
    initialValues: { name: '', address: '', municipalityCode: '', postalCode: '', accessibility: '' },
    validate: { name: required, address: required, municipalityCode: (v) => required(v ?? '') },
  });

  const submit = form.onSubmit(async (values) => {
    setPending(true);
    setError(null);
    try {
      const saved = await createLocation(values);
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      notifications.show({ color: 'teal', message: t('form.saved', { name: saved.name }) });
      onClose();
    } catch (e) {
      setError(e);
      setPlaced(placeFieldErrors(form, e, (path) => path in values));
    } finally {
      setPending(false);
    }
  });

  return (
    <AppModal title={t('location.createTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <TextInput label={t('location.name')} withAsterisk {...form.getInputProps('name')} />
          <TextInput label={t('location.address')} withAsterisk {...form.getInputProps('address')} />
          <Select label={t('location.municipality')} data={municipalities.options} searchable withAsterisk {...form.getInputProps('municipalityCode')} />
          <TextInput label={t('location.postalCode')} {...form.getInputProps('postalCode')} />
          <Textarea label={t('location.accessibility')} description={t('location.accessibilityHint')} autosize minRows={2} {...form.getInputProps('accessibility')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('web:common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
