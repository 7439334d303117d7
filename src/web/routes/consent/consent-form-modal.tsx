/**
 * Record the client's consent (or refusal) for one partner agency: which data categories,
 * for which purposes, how it was collected (a signed form is uploaded) and until when.
 */
import { useMemo } from 'react';
import { Button, Checkbox, FileInput, Group, Radio, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/admin';
import { evidenceTypes, MAX_EVIDENCE_MB, purposes, recordConsent, type DataCategory, type EvidenceType, type ProcessingPurpose } from '../../api/consent';
import { languageNames } from '../../app/language-switcher';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { currentLanguage } from '../../i18n/setup';
import { CategoryCheckboxes } from './category-checkboxes';
import { endOfDay, today } from './dates';
import { isEvidenceType, readEvidence, tooLarge } from './evidence-file';
import { useConsentCache } from './use-consent-cache';

interface Values {
  recipientAgencyId: string | null;
  decision: 'given' | 'refused';
  dataCategories: DataCategory[];
  purposes: ProcessingPurpose[];
  evidenceType: EvidenceType;
  evidence: File | null;
  validUntil: string;
  noticeLanguage: string;
}

export function ConsentFormModal({ personId, onClose }: { personId: string; onClose: () => void }) {
  const { t } = useTranslation('casework');
  const agencies = useAgencies();
  const cache = useConsentCache(personId);
  const agencyOptions = useMemo(
    () => (agencies.data ?? []).filter((a) => a.active).map((a) => ({ value: a.id, label: a.name })).sort((a, b) => a.label.localeCompare(b.label)),
    [agencies.data],
  );
  const required = t('errors:field.required');
  const form = useForm<Values>({
    initialValues: {
      recipientAgencyId: null, decision: 'given', dataCategories: [], purposes: ['case_work'], evidenceType: 'signed_form',
      evidence: null, validUntil: '', noticeLanguage: currentLanguage(),
    },
    validate: {
      recipientAgencyId: (v) => (v ? null : required),
      dataCategories: (v) => (v.length ? null : t('errors:field.too_small_array', { minimum: 1 })),
      purposes: (v) => (v.length ? null : t('errors:field.too_small_array', { minimum: 1 })),
      evidence: (file, values) => {
        if (values.evidenceType !== 'signed_form') return null;
        if (!file) return t('errors:field.evidence_required');
        if (tooLarge(file)) return t('errors:field.file_too_large', { maximum: MAX_EVIDENCE_MB });
        return isEvidenceType(file.type) ? null : t('errors:field.file_type_mismatch');
      },
    },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: async (v) =>
      recordConsent(personId, {
        recipientAgencyId: v.recipientAgencyId ?? '',
        decision: v.decision,
        dataCategories: v.dataCategories,
        purposes: v.purposes,
        evidenceType: v.evidenceType,
        evidence: v.evidenceType === 'signed_form' && v.evidence ? await readEvidence(v.evidence) : undefined,
        validUntil: endOfDay(v.validUntil),
        noticeLanguage: v.noticeLanguage,
      }),
    onSaved: (consent) => {
      cache.changed();
      const key = consent.decision === 'refused' ? 'consent.refusalSaved' : 'consent.saved';
      notifications.show({ color: 'teal', message: t(key, { agency: consent.recipientAgency.name }) });
      onClose();
    },
  });
  const v = form.getValues();

  return (
    <AppModal title={t('consent.record')} onClose={onClose} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          {agencies.error !== null && <ProblemAlert error={agencies.error} />}
          <Select
            label={t('consent.recipient')}
            description={t('consent.recipientHint')}
            data={agencyOptions}
            searchable
            required
            disabled={agencies.isPending}
            data-autofocus
            {...form.getInputProps('recipientAgencyId')}
          />
          <div>
            <Text component="span" size="sm" fw={500} id="consent-decision" display="block" mb={4}>
              {t('consent.decision')}
            </Text>
            <SegmentedControl
              aria-labelledby="consent-decision"
              data={[
                { value: 'given', label: t('consent.decisionGiven') },
                { value: 'refused', label: t('consent.decisionRefused') },
              ]}
              {...form.getInputProps('decision')}
            />
          </div>
          <CategoryCheckboxes label={t('consent.categories')} {...form.getInputProps('dataCategories')} />
          <Checkbox.Group label={t('consent.purposes')} required {...form.getInputProps('purposes')}>
            <Group gap="lg" mt="xs">
              {purposes.map((p) => (
                <Checkbox key={p} value={p} label={t(`purpose.${p}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Radio.Group label={t('consent.evidenceType')} required {...form.getInputProps('evidenceType')}>
            <Stack gap="xs" mt="xs">
              {evidenceTypes.map((e) => (
                <Radio key={e} value={e} label={t(`evidenceType.${e}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {v.evidenceType === 'signed_form' && (
            <FileInput
              label={t('consent.evidenceFile')}
              description={t('consent.evidenceFileHint', { maximum: MAX_EVIDENCE_MB })}
              accept="application/pdf,image/png,image/jpeg"
              required
              clearable
              {...form.getInputProps('evidence')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('consent.validUntil')}
              description={t('consent.validUntilHint')}
              min={today()}
              {...form.getInputProps('validUntil')}
            />
            <Select
              label={t('consent.noticeLanguage')}
              description={t('consent.noticeLanguageHint')}
              data={Object.entries(languageNames).map(([value, label]) => ({ value, label }))}
              allowDeselect={false}
              renderOption={({ option }) => <span lang={option.value}>{option.label}</span>}
              {...form.getInputProps('noticeLanguage')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {v.decision === 'refused' ? t('consent.saveRefusal') : t('consent.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
