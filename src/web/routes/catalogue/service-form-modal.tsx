/** Create or edit a catalogue service. Edits carry the version they started from; a stale one reloads the service. */
import { useMemo, useState } from 'react';
import {
  ActionIcon, Button, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Tabs, Text, TextInput, Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import {
  catalogueKeys, days, fetchService, localText, saveService, serviceLanguages, serviceTypes, useBarriers, useLocations, type Service, type ServiceType,
} from './api';
import { placeFieldErrors } from './field-errors';

const textLanguages = ['en', 'ru', 'hy'] as const;
type Texts = Record<(typeof textLanguages)[number], string>;

interface Values {
  name: Texts;
  description: Texts;
  type: string | null;
  status: 'active' | 'inactive';
  capacity: number | string;
  reservedPlaces: number | string;
  languages: string[];
  barriers: string[];
  costPerParticipant: number | string;
  costCurrency: string;
  schedule: { byday: string[]; opensAt: string; closesAt: string }[];
  locationIds: string[];
}

const texts = (t?: Partial<Texts>): Texts => ({ en: t?.en ?? '', ru: t?.ru ?? '', hy: t?.hy ?? '' });

const valuesOf = (s: Service | null): Values => ({
  name: texts(s?.name),
  description: texts(s?.description),
  type: s?.type ?? null,
  status: s?.status ?? 'active',
  capacity: s?.places.capacity ?? 0,
  reservedPlaces: s?.places.reservedPlaces ?? 0,
  languages: s?.languages ?? [],
  barriers: s?.barriers ?? [],
  costPerParticipant: s?.costPerParticipant ?? '',
  costCurrency: s?.costCurrency ?? 'AMD',
  schedule: (s?.schedule ?? []).map((e) => ({ byday: e.byday.split(','), opensAt: e.opensAt, closesAt: e.closesAt })),
  locationIds: s?.locations.map((l) => l.id) ?? [],
});

const num = (v: number | string) => (typeof v === 'number' ? v : Number(v) || 0);

interface Props {
  /** null creates a new service. */
  service: Service | null;
  onClose: () => void;
}

export function ServiceFormModal({ service, onClose }: Props) {
  const { t, i18n } = useTranslation('catalogue');
  const language = i18n.resolvedLanguage ?? 'en';
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState(service);
  const [error, setError] = useState<unknown>(null);
  const [placed, setPlaced] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const barriers = useBarriers();
  const locations = useLocations();
  const form = useForm<Values>({
    initialValues: valuesOf(service),
    validate: {
      name: (v) => (textLanguages.some((l) => v[l].trim()) ? null : t('form.nameRequired')),
      type: (v) => (v ? null : t('errors:field.required')),
    },
  });

  const barrierOptions = useMemo(
    () => (barriers.data ?? []).map((b) => ({ value: b.code, label: localText(b.label, language) })),
    [barriers.data, language],
  );
  const locationOptions = useMemo(
    () => (locations.data ?? []).map((l) => ({ value: l.id, label: `${l.name} — ${l.address}` })),
    [locations.data],
  );
  const typeOptions = serviceTypes.map((v) => ({ value: v, label: t(`type.${v}`) }));
  const languageOptions = serviceLanguages.map((v) => ({ value: v, label: t(`language.${v}`) }));
  const dayOptions = days.map((v) => ({ value: v, label: t(`day.${v}`) }));

  const shown = (path: string) => {
    const values = form.getValues();
    const [head, index, leaf] = path.split('.');
    if (head === 'name' || head === 'description') return index !== undefined && leaf === undefined && (textLanguages as readonly string[]).includes(index);
    if (head === 'schedule') return index !== undefined && Number(index) < values.schedule.length && ['byday', 'opensAt', 'closesAt'].includes(leaf ?? '');
    return index === undefined && head !== undefined && head in values;
  };

  const submit = form.onSubmit(async (v) => {
    setPending(true);
    setError(null);
    setPlaced([]);
    try {
      const saved = await saveService(
        {
          name: v.name,
          description: v.description,
          type: v.type as ServiceType,
          status: v.status,
          capacity: num(v.capacity),
          reservedPlaces: num(v.reservedPlaces),
          languages: v.languages,
          barriers: v.barriers,
          costPerParticipant: v.costPerParticipant === '' ? null : num(v.costPerParticipant),
          costCurrency: v.costCurrency.trim().toUpperCase(),
          schedule: v.schedule.map((e) => ({ byday: days.filter((d) => e.byday.includes(d)).join(','), opensAt: e.opensAt, closesAt: e.closesAt })),
          locationIds: v.locationIds,
        },
        current ?? undefined,
      );
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
      notifications.show({ color: 'teal', message: t('form.saved', { name: localText(saved.name, language) }) });
      onClose();
    } catch (e) {
      setError(e);
      setPlaced(placeFieldErrors(form, e, shown));
      if (isApiError(e, 'version_conflict') && current) {
        try {
          const fresh = await fetchService(current.id);
          setCurrent(fresh);
          form.setValues(valuesOf(fresh));
        } catch (reloadError) {
          setError(reloadError);
        }
      }
    } finally {
      setPending(false);
    }
  });

  const schedule = form.getValues().schedule;

  return (
    <AppModal title={service ? t('form.editTitle') : t('form.createTitle')} onClose={onClose} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Fieldset legend={t('form.texts')}>
            <Tabs defaultValue={textLanguages.includes(language as 'en') ? language : 'en'} keepMounted>
              <Tabs.List>
                {textLanguages.map((l) => (
                  <Tabs.Tab key={l} value={l} c={form.errors[`name.${l}`] || form.errors[`description.${l}`] ? 'red.8' : undefined}>
                    {t(`language.${l}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {textLanguages.map((l) => (
                <Tabs.Panel key={l} value={l} pt="sm">
                  <Stack gap="sm">
                    <TextInput label={t('form.nameIn', { language: t(`language.${l}`) })} {...form.getInputProps(`name.${l}`)} />
                    <Textarea label={t('form.descriptionIn', { language: t(`language.${l}`) })} autosize minRows={2} maxRows={6} {...form.getInputProps(`description.${l}`)} />
                  </Stack>
                </Tabs.Panel>
              ))}
            </Tabs>
            {form.errors.name && (
              <Text c="red.8" size="sm" mt="xs" role="alert">
                {form.errors.name}
              </Text>
            )}
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('form.type')} data={typeOptions} withAsterisk {...form.getInputProps('type')} />
            <Select
              label={t('form.status')}
              data={[
                { value: 'active', label: t('status.active') },
                { value: 'inactive', label: t('status.inactive') },
              ]}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
            <NumberInput label={t('form.capacity')} min={0} allowDecimal={false} {...form.getInputProps('capacity')} />
            <NumberInput label={t('form.reservedPlaces')} description={t('form.reservedHint')} min={0} allowDecimal={false} {...form.getInputProps('reservedPlaces')} />
            <NumberInput label={t('form.cost')} description={t('form.costHint')} min={0} {...form.getInputProps('costPerParticipant')} />
            <TextInput label={t('form.currency')} maxLength={3} {...form.getInputProps('costCurrency')} />
          </SimpleGrid>
          <MultiSelect label={t('form.languages')} data={languageOptions} searchable {...form.getInputProps('languages')} />
          <MultiSelect label={t('form.barriers')} data={barrierOptions} searchable {...form.getInputProps('barriers')} />
          <MultiSelect label={t('form.locations')} description={t('form.locationsHint')} data={locationOptions} searchable {...form.getInputProps('locationIds')} />
          <Fieldset legend={t('form.schedule')}>
            <Stack gap="sm">
              {schedule.length === 0 && <Text c="gray.7" size="sm">{t('form.noSchedule')}</Text>}
              {schedule.map((_, i) => (
                <Group key={i} align="flex-start" gap="sm" wrap="wrap">
                  <MultiSelect
                    label={t('form.days', { n: i + 1 })}
                    data={dayOptions}
                    style={{ flex: '1 1 220px' }}
                    {...form.getInputProps(`schedule.${i}.byday`)}
                  />
                  <TextInput type="time" label={t('form.opensAt')} w={120} {...form.getInputProps(`schedule.${i}.opensAt`)} />
                  <TextInput type="time" label={t('form.closesAt')} w={120} {...form.getInputProps(`schedule.${i}.closesAt`)} />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    size="lg"
                    aria-label={t('form.removeRow', { n: i + 1 })}
                    onClick={() => form.removeListItem('schedule', i)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button variant="light" size="xs" onClick={() => form.insertListItem('schedule', { byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '18:00' })}>
                  {t('form.addRow')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
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
