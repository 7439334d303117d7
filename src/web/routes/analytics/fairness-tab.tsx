/**
 * The fairness report of a model on its held-out spells: per dimension (sex, age band,
 * disability, municipality, region) the score distribution, the share selected for
 * intensive support and the error rates of each subgroup, set against the best-off group.
 * Groups below the minimum cell size are suppressed by the server and say so here.
 */
import { useState } from 'react';
import { Alert, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { Fact, Facts } from '../cases/facts';
import { FairnessTable } from './fairness-table';
import { defaultModel } from './models-tab';
import { useNumbers } from './numbers';
import { useFairness, useModels } from './profiling-api';
import { ReportSection } from './report-section';

interface Props {
  selected: number | undefined;
  onSelect: (modelVersion: number) => void;
}

export function FairnessTab({ selected, onSelect }: Props) {
  const { t } = useTranslation('analytics');
  const n = useNumbers();
  const models = useModels();
  const [minCell, setMinCell] = useState<number>(10);
  const [debouncedMinCell] = useDebouncedValue(minCell, 400);
  const known = models.data?.some((m) => m.modelVersion === selected);
  const modelVersion = known ? selected : defaultModel(models.data);
  const report = useFairness(modelVersion, debouncedMinCell);
  const options = (models.data ?? []).map((m) => ({
    value: String(m.modelVersion),
    label: m.active ? t('fairness.modelActive', { n: m.modelVersion }) : t('models.versionN', { n: m.modelVersion }),
  }));
  const data = report.data;

  return (
    <Stack gap="xl">
      <Group align="flex-start" role="search" aria-label={t('fairness.settings')}>
        <Select
          label={t('fairness.model')}
          data={options}
          value={modelVersion ? String(modelVersion) : null}
          onChange={(v) => v && onSelect(Number(v))}
          allowDeselect={false}
          w={260}
        />
        <NumberInput
          label={t('fairness.minCell')}
          description={t('fairness.minCellHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={minCell}
          onChange={(v) => setMinCell(typeof v === 'number' ? Math.min(1000, Math.max(5, Math.floor(v))) : 10)}
          min={5}
          max={1000}
          allowDecimal={false}
          w={320}
        />
      </Group>
      {report.error && <ProblemAlert error={report.error} />}
      {data && (
        <>
          <Paper withBorder p="md">
            <Facts>
              <Fact label={t('fairness.modelVersion')}>{t('models.versionN', { n: data.modelVersion })}</Fact>
              <Fact label={t('fairness.heldOut')}>{n.number(data.heldOutSize)}</Fact>
              <Fact label={t('fairness.threshold')}>{t('fairness.thresholdValue', { threshold: n.share(data.intensiveThreshold) })}</Fact>
              <Fact label={t('fairness.minCellShown')}>{t('fairness.minCellValue', { min: data.minCellSize })}</Fact>
              <Fact label={t('models.protected')}>
                {data.protectedIncluded.length ? data.protectedIncluded.map((a) => t(`profiling:attribute.${a}`)).join(', ') : t('models.protectedNone')}
              </Fact>
            </Facts>
            {data.notHeld.length > 0 && (
              <Alert color="gray" variant="light" mt="md">
                {t('fairness.notHeld', { attributes: data.notHeld.map((a) => t(`profiling:attribute.${a}`)).join(', ') })}
              </Alert>
            )}
          </Paper>
          <Text size="sm" c="gray.7" maw={900}>
            {t('fairness.howToRead')}
          </Text>
          <ReportSection id="fairness-overall" title={t('fairness.overall')}>
            <FairnessTable caption={t('fairness.overall')} groups={[data.overall]} minCellSize={data.minCellSize} overall />
          </ReportSection>
          {data.dimensions.map((d) => (
            <ReportSection key={d.dimension} id={`fairness-${d.dimension}`} title={d.label}>
              <FairnessTable caption={t('fairness.byDimension', { dimension: d.label })} groups={d.groups} minCellSize={data.minCellSize} />
            </ReportSection>
          ))}
        </>
      )}
      {!data && !report.error && models.data?.length === 0 && <Text c="gray.7">{t('models.none')}</Text>}
    </Stack>
  );
}
