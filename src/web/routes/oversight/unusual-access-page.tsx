/**
 * Unusual access for the data protection officer, over a period (default: the last 30
 * days): staff who read many different people, reads not backed by a case, and
 * break-glass uses.
 */
import { useState } from 'react';
import { Anchor, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnusualAccess } from '../../api/oversight';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { UnusualAccessTables } from './unusual-access-tables';

/** The API's `to` is exclusive (the start of that day); people think of "until" inclusively. */
function dayAfter(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function UnusualAccessPage() {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [threshold, setThreshold] = useState<number>(50);
  // Typing "120" should not ask for 1, 12 and 120 in turn.
  const [debouncedThreshold] = useDebouncedValue(threshold, 400);
  const report = useUnusualAccess({ from: /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : undefined, to: dayAfter(until), threshold: debouncedThreshold });

  return (
    <>
      <PageHeader title={t('unusual.title')} description={t('unusual.subtitle')} />
      <Group mb="xs" align="flex-start" role="search" aria-label={t('unusual.period')}>
        <TextInput type="date" label={t('unusual.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={200} />
        <TextInput type="date" label={t('unusual.until')} value={until} onChange={(e) => setUntil(e.currentTarget.value)} w={200} />
        <NumberInput
          label={t('unusual.threshold')}
          description={t('unusual.thresholdHint')}
          // The hint under the box, so the three boxes line up however long it is in a language.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={threshold}
          onChange={(v) => setThreshold(typeof v === 'number' && v >= 1 ? Math.floor(v) : 1)}
          min={1}
          max={100000}
          w={300}
        />
      </Group>
      {report.data && (
        <Text size="sm" c="gray.7" mb="lg">
          {t('unusual.showing', { from: format.dateTime(report.data.from), to: format.dateTime(report.data.to) })}
        </Text>
      )}
      <Stack gap="xl">
        <UnusualAccessTables report={report} />
        <Anchor component={Link} to="/oversight/break-glass">
          {t('unusual.toReview')}
        </Anchor>
      </Stack>
    </>
  );
}
