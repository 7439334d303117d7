/** A supervisor records the law, article or decision that lets an agency process categories without consent. */
import { useMemo } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/admin';
import { legalBasisKinds, recordLegalBasis, type DataCategory, type LegalBasisKind } from '../../api/consent';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { CategoryCheckboxes } from './category-checkboxes';
import { endOfDay, today } from './dates';
import { useConsentCache } from './use-consent-cache';

interface Values {
  agencyId: string | null;
  dataCategories: DataCategory[];
  basis: LegalBasisKind;
  reference: string;
  validUntil: string;
}

export function LegalBasisFormModal({ personId, onClose }: { personId: string; onClose: () => void }) {
  const { t } = useTranslation('casework');
  const agencies = useAgencies();
  const cache = useConsentCache(personId);
  const agencyOptions = useMemo(
    () => (agencies.data ?? []).filter((a) => a.active).map((a) => ({ value: a.id, label: a.name })).sort((a, b) => a.label.localeCompare(b.label)),
    [agencies.data],
  );
  const required = t('errors:field.required');
  const form = useForm<Values>({
    initialValues: { agencyId: null, dataCategories: [], basis: 'legal_obligation', reference: '', validUntil: '' },
    validate: {
      agencyId: (v) => (v ? null : required),
      dataCategories: (v) => (v.length ? null : t('errors:field.too_small_array', { minimum: 1 })),
      reference: (v) => (v.trim() ? null : required),
    },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) =>
      recordLegalBasis(personId, {
        agencyId: v.agencyId ?? '', dataCategories: v.dataCategories, basis: v.basis, reference: v.reference.trim(), validUntil: endOfDay(v.validUntil),
      }),
    onSaved: (b) => {
      cache.changed();
      notifications.show({ color: 'teal', message: t('legalBasis.saved', { agency: b.agency.name }) });
      onClose();
    },
  });

  return (
    <AppModal title={t('legalBasis.record')} onClose={onClose} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('legalBasis.agency')} data={agencyOptions} searchable required data-autofocus {...form.getInputProps('agencyId')} />
            <Select
              label={t('legalBasis.basis')}
              data={legalBasisKinds.map((k) => ({ value: k, label: t(`legalBasisKind.${k}`) }))}
              allowDeselect={false}
              required
              {...form.getInputProps('basis')}
            />
          </SimpleGrid>
          <CategoryCheckboxes label={t('consent.categories')} {...form.getInputProps('dataCategories')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('legalBasis.reference')} description={t('legalBasis.referenceHint')} required maxLength={300} {...form.getInputProps('reference')} />
            <TextInput type="date" label={t('consent.validUntil')} description={t('consent.validUntilHint')} min={today()} {...form.getInputProps('validUntil')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('legalBasis.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
