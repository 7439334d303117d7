/**
 * Train a new model version on the outcome history. The defaults are the ones the demo
 * and the command line use; shares and thresholds are entered as percentages, which is
 * how people think of them, and sent as fractions. Too little history is refused by the
 * server with the counts, shown as its translated message.
 */
import { Button, Checkbox, Group, NumberInput, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { useNumbers } from './numbers';
import { profilingKeys, trainModel, type TrainRequest } from './profiling-api';
import { useNotify } from './use-notify';

interface Values {
  asOf: string;
  from: string;
  to: string;
  split: 'chronological' | 'hashed';
  heldOutShare: number | string;
  seed: number | string;
  l2: number | string;
  mediumThreshold: number | string;
  intensiveThreshold: number | string;
  activate: boolean;
}

const initialValues: Values = {
  asOf: '', from: '', to: '', split: 'chronological', heldOutShare: 25, seed: 1, l2: 1, mediumThreshold: 30, intensiveThreshold: 50, activate: false,
};

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const num = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);

function requestOf(v: Values): Partial<TrainRequest> {
  return {
    ...(isDay(v.asOf) ? { asOf: v.asOf } : {}),
    ...(isDay(v.from) ? { from: v.from } : {}),
    ...(isDay(v.to) ? { to: v.to } : {}),
    split: v.split,
    heldOutShare: num(v.heldOutShare) / 100,
    seed: num(v.seed),
    l2: num(v.l2),
    mediumThreshold: num(v.mediumThreshold) / 100,
    intensiveThreshold: num(v.intensiveThreshold) / 100,
    activate: v.activate,
  };
}

export function TrainModelModal({ onClose, onTrained }: { onClose: () => void; onTrained: (modelVersion: number) => void }) {
  const { t } = useTranslation('analytics');
  const notify = useNotify();
  const n = useNumbers();
  const queryClient = useQueryClient();
  const between = (min: number, max: number) => (v: number | string) =>
    num(v) >= min && num(v) <= max ? null : t('train.between', { min: n.number(min), max: n.number(max) });
  const form = useForm<Values>({
    initialValues,
    validate: {
      asOf: (v) => (v === '' || isDay(v) ? null : t('errors:field.invalid_date')),
      from: (v) => (v === '' || isDay(v) ? null : t('errors:field.invalid_date')),
      to: (v, all) => (v !== '' && !isDay(v) ? t('errors:field.invalid_date') : isDay(v) && isDay(all.from) && v < all.from ? t('train.toBeforeFrom') : null),
      heldOutShare: between(10, 50),
      seed: (v) => (Number.isInteger(num(v)) && num(v) >= 0 ? null : t('train.between', { min: 0, max: n.number(2_147_483_647) })),
      l2: between(0, 1000),
      mediumThreshold: between(1, 99),
      intensiveThreshold: (v, all) => between(1, 99)(v) ?? (num(v) < num(all.mediumThreshold) ? t('train.intensiveBelowMedium') : null),
    },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => trainModel(requestOf(v)),
    onSaved: (report) => {
      void queryClient.invalidateQueries({ queryKey: profilingKeys.all });
      const message = report.active ? 'train.doneActive' : 'train.done';
      notify(t(message, { n: report.modelVersion, auc: n.decimal(report.aucHeldOut, 3) }));
      onTrained(report.modelVersion);
    },
  });
  const percent = { suffix: ' %', decimalScale: 1, allowNegative: false } as const;
  // Hints under the boxes, so boxes side by side line up however long a hint is in a language.
  const below: { inputWrapperOrder: ('label' | 'input' | 'description' | 'error')[] } = { inputWrapperOrder: ['label', 'input', 'description', 'error'] };

  return (
    <AppModal title={t('train.title')} onClose={onClose} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Text size="sm">{t('train.explain')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput {...below} type="date" label={t('train.asOf')} description={t('train.asOfHint')} {...form.getInputProps('asOf')} data-autofocus />
            <TextInput {...below} type="date" label={t('train.from')} description={t('train.fromHint')} {...form.getInputProps('from')} />
            <TextInput {...below} type="date" label={t('train.to')} description={t('train.toHint')} {...form.getInputProps('to')} />
          </SimpleGrid>
          <Radio.Group label={t('train.split')} {...form.getInputProps('split')}>
            <Stack gap={6} mt="xs">
              <Radio value="chronological" label={t('train.splitChronological')} />
              <Radio value="hashed" label={t('train.splitHashed')} />
            </Stack>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput {...below} label={t('train.heldOutShare')} description={t('train.heldOutShareHint')} min={10} max={50} step={5} {...percent} {...form.getInputProps('heldOutShare')} />
            <NumberInput {...below} label={t('train.seed')} description={t('train.seedHint')} min={0} allowDecimal={false} allowNegative={false} {...form.getInputProps('seed')} />
            <NumberInput {...below} label={t('train.l2')} description={t('train.l2Hint')} min={0} max={1000} step={0.5} allowNegative={false} {...form.getInputProps('l2')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput {...below} label={t('train.medium')} description={t('train.mediumHint')} min={1} max={99} step={5} {...percent} {...form.getInputProps('mediumThreshold')} />
            <NumberInput {...below} label={t('train.intensive')} description={t('train.intensiveHint')} min={1} max={99} step={5} {...percent} {...form.getInputProps('intensiveThreshold')} />
          </SimpleGrid>
          <Checkbox label={t('train.activate')} description={t('train.activateHint')} {...form.getInputProps('activate', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('train.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
