/**
 * Adding or changing one obligation: who commits (the client, or an agency — the lead
 * unless a partner is named), what, and how it is measured: a number per week or month,
 * a due date, or both. An obligation without either is refused with that message.
 */
import { Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { periods, type Period } from './api';
import { newKey, type ObligationDraft } from './draft';
import { errorAt, type FieldErrors } from './field-errors';
import type { PlanNames } from './names';

interface Values {
  text: string;
  agencyId: string | null;
  count: number | string;
  per: Period;
  dueOn: string;
}

interface Props {
  obligation: ObligationDraft | null;
  party: 'client' | 'agency';
  names: PlanNames;
  errors: FieldErrors;
  onApply: (o: ObligationDraft) => void;
  onClose: () => void;
}

export function ObligationModal({ obligation, party, names, errors, onApply, onClose }: Props) {
  const { t } = useTranslation('planweb');
  const measurable = t('errors:field.plan_obligation_not_measurable');
  const form = useForm<Values>({
    initialValues: {
      text: obligation?.text ?? '',
      agencyId: obligation?.agencyId ?? (party === 'agency' ? names.leadAgencyId : null),
      count: obligation?.target?.count ?? '',
      per: obligation?.target?.per ?? 'month',
      dueOn: obligation?.dueOn ?? '',
    },
    validate: {
      text: (v) => (v.trim() ? null : t('errors:field.required')),
      count: (v, all) => (typeof v !== 'number' && !all.dueOn ? measurable : typeof v === 'number' && (v < 1 || v > 100) ? t('obligationForm.countRange') : null),
    },
  });

  const submit = form.onSubmit((x) => {
    onApply({
      key: obligation?.key ?? newKey(),
      id: obligation?.id,
      party,
      agencyId: party === 'agency' ? x.agencyId : null,
      text: x.text.trim(),
      target: typeof x.count === 'number' ? { count: x.count, per: x.per } : null,
      dueOn: x.dueOn || null,
    });
  });
  const title = obligation ? t(`obligationForm.editTitle.${party}`) : t(`obligationForm.addTitle.${party}`);

  return (
    <AppModal title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('field.text')}
            description={party === 'client' ? t('obligationForm.clientHint') : t('obligationForm.agencyHint')}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            {...form.getInputProps('text')}
            error={form.errors.text ?? errorAt(errors, 'text')}
          />
          {party === 'agency' && (
            <Select
              label={t('field.agencyId')}
              data={names.caseAgencies}
              allowDeselect={false}
              {...form.getInputProps('agencyId')}
              error={errorAt(errors, 'agencyId')}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
            <Text component="legend" size="sm" fw={500}>
              {t('obligationForm.measure')}
            </Text>
            <Text size="xs" c="gray.7" mb={4}>
              {t('obligationForm.measureHint')}
            </Text>
            <Group gap="sm" align="flex-start" wrap="wrap">
              <NumberInput
                label={t('obligationForm.count')}
                min={1}
                max={100}
                allowDecimal={false}
                clampBehavior="none"
                w={120}
                {...form.getInputProps('count')}
                error={form.errors.count ?? errorAt(errors, 'target')}
              />
              <Select
                label={t('obligationForm.per')}
                data={periods.map((p) => ({ value: p, label: t(`period.${p}`) }))}
                allowDeselect={false}
                w={150}
                {...form.getInputProps('per')}
              />
              <TextInput type="date" label={t('obligationForm.dueOn')} w={180} {...form.getInputProps('dueOn')} error={errorAt(errors, 'dueOn')} />
            </Group>
          </fieldset>
          <Text size="xs" c="gray.7">
            {t('actionForm.note')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit">{t('actionForm.apply')}</Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
