/**
 * Adding or changing one action of the draft: its kind, what is to be done, who does it
 * (the client, the case manager, or a partner agency), the catalogue service it uses, the
 * due date, the number of applications for a job-search agreement, and the barriers it
 * works on. The change goes into the draft on the page; saving the draft sends it. The
 * server's messages for this action are shown on its fields.
 */
import { Alert, Button, Group, MultiSelect, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { actionKinds, parties, periods, type ActionKind, type Party, type Period } from './api';
import { newKey, type ActionDraft } from './draft';
import { errorAt, type FieldErrors } from './field-errors';
import type { PlanNames } from './names';
import { today } from './plan-text';
import { ServicePicker, type PickedService } from './service-picker';

interface Values {
  kind: ActionKind;
  title: string;
  party: Party;
  agencyId: string | null;
  service: { id: string; name: string; agencyId: string | null; agencyName: string } | null;
  dueOn: string;
  targetCount: number | string;
  targetPer: Period;
  addressesBarriers: string[];
}

interface Props {
  action: ActionDraft | null;
  names: PlanNames;
  errors: FieldErrors;
  onApply: (action: ActionDraft) => void;
  onClose: () => void;
}

export function ActionModal({ action, names, errors, onApply, onClose }: Props) {
  const { t } = useTranslation('planweb');
  const required = t('errors:field.required');
  const form = useForm<Values>({
    initialValues: {
      kind: action?.kind ?? 'own_activity',
      title: action?.title ?? '',
      party: action?.owner.party ?? 'client',
      agencyId: action?.owner.agencyId ?? null,
      service: action?.serviceId ? { id: action.serviceId, name: action.service?.name ?? '', agencyId: null, agencyName: action.service?.agencyName ?? '' } : null,
      dueOn: action?.dueOn ?? today(28),
      targetCount: action?.target?.count ?? '',
      targetPer: action?.target?.per ?? 'month',
      addressesBarriers: action?.addressesBarriers ?? [],
    },
    validate: {
      title: (v) => (v.trim() ? null : required),
      dueOn: (v) => (v ? null : required),
      agencyId: (v, all) => (all.party === 'partner_agency' && !v ? t('errors:field.plan_owner_agency_required') : null),
      targetCount: (v, all) => (all.kind === 'job_search_agreement' && !(typeof v === 'number' && v >= 1) ? t('errors:field.plan_target_required') : null),
    },
  });
  const v = form.getValues();
  const agencies = [...names.caseAgencies];
  if (v.service?.agencyId && !agencies.some((a) => a.value === v.service!.agencyId)) agencies.push({ value: v.service.agencyId, label: v.service.agencyName });
  if (v.agencyId && !agencies.some((a) => a.value === v.agencyId)) agencies.push({ value: v.agencyId, label: names.agency(v.agencyId) ?? v.agencyId });

  function pickService(s: PickedService | null) {
    form.setFieldValue('service', s && { id: s.id, name: s.name, agencyId: s.agencyId, agencyName: s.agencyName });
    if (!s) return;
    // The provider does it, unless the counsellor said otherwise; the barriers it works on are ticked.
    if (form.getValues().party !== 'client' && form.getValues().party !== 'case_manager') form.setFieldValue('agencyId', s.agencyId);
    if (!form.getValues().title.trim()) form.setFieldValue('title', s.name);
    const known = new Set(names.barriers.map((b) => b.code));
    form.setFieldValue('addressesBarriers', [...new Set([...form.getValues().addressesBarriers, ...s.barriers.filter((b) => known.has(b))])]);
  }

  const submit = form.onSubmit((x) => {
    onApply({
      key: action?.key ?? newKey(),
      id: action?.id,
      kind: x.kind,
      title: x.title.trim(),
      owner: { party: x.party, agencyId: x.party === 'partner_agency' ? x.agencyId : null },
      serviceId: x.service?.id ?? null,
      service: x.service && { name: x.service.name, agencyName: x.service.agencyName },
      dueOn: x.dueOn,
      target: x.kind === 'job_search_agreement' && typeof x.targetCount === 'number' ? { count: x.targetCount, per: x.targetPer } : null,
      addressesBarriers: x.addressesBarriers,
      category: action?.category ?? 'employment',
      suggestionId: action?.suggestionId ?? null,
    });
  });
  const other = errorAt(errors, 'category') ?? errorAt(errors, 'id');

  return (
    <AppModal title={action ? t('actionForm.editTitle') : t('actionForm.addTitle')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {other && (
            <Alert color="red" variant="light" role="alert">
              {other}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('field.kind')}
              data={actionKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              allowDeselect={false}
              required
              {...form.getInputProps('kind')}
              error={form.errors.kind ?? errorAt(errors, 'kind')}
            />
            <TextInput
              type="date"
              label={t('field.dueOn')}
              required
              {...form.getInputProps('dueOn')}
              error={form.errors.dueOn ?? errorAt(errors, 'dueOn')}
            />
          </SimpleGrid>
          <TextInput label={t('field.title')} required maxLength={300} data-autofocus {...form.getInputProps('title')} error={form.errors.title ?? errorAt(errors, 'title')} />
          <ServicePicker
            id="plan-action-service"
            value={v.service}
            barriers={names.barriers.map((b) => b.code)}
            error={errorAt(errors, 'serviceId')}
            onChange={pickService}
          />
          <Radio.Group label={t('field.owner')} required {...form.getInputProps('party')} error={errorAt(errors, 'owner.party')}>
            <Group gap="lg" mt={6}>
              {parties.map((p) => (
                <Radio key={p} value={p} label={t(`party.${p}`)} />
              ))}
            </Group>
          </Radio.Group>
          {v.party === 'partner_agency' && (
            <Select
              label={t('actionForm.agency')}
              description={t('actionForm.agencyHint')}
              data={agencies}
              required
              {...form.getInputProps('agencyId')}
              error={form.errors.agencyId ?? errorAt(errors, 'owner')}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {v.kind === 'job_search_agreement' && (
            <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
              <Text component="legend" size="sm" fw={500}>
                {t('field.target')}
              </Text>
              <Text size="xs" c="gray.7" mb={4}>
                {t('actionForm.targetHint')}
              </Text>
              <Group gap="sm" align="flex-start">
                <NumberInput
                  label={t('actionForm.targetCount')}
                  min={1}
                  max={100}
                  allowDecimal={false}
                  clampBehavior="none"
                  w={140}
                  {...form.getInputProps('targetCount')}
                  error={form.errors.targetCount ?? errorAt(errors, 'target')}
                />
                <Select
                  label={t('actionForm.targetPer')}
                  data={periods.map((p) => ({ value: p, label: t(`period.${p}`) }))}
                  allowDeselect={false}
                  w={160}
                  {...form.getInputProps('targetPer')}
                />
              </Group>
            </fieldset>
          )}
          {names.barriers.length > 0 && (
            <MultiSelect
              label={t('field.addressesBarriers')}
              description={t('actionForm.barriersHint')}
              data={names.barriers.map((b) => ({ value: b.code, label: b.label }))}
              {...form.getInputProps('addressesBarriers')}
              error={errorAt(errors, 'addressesBarriers')}
              comboboxProps={{ withinPortal: true }}
            />
          )}
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
