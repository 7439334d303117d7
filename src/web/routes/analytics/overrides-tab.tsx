/**
 * How often counsellors replace the segment the rules proposed, per counsellor and per
 * subgroup, so a pattern of overrides that disadvantages a group can be seen. Analysts
 * and administrators may compare agencies; a supervisor sees their own agency only.
 */
import { useState } from 'react';
import { Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { useAgencyOptions } from '../../components/use-options';
import { Fact, Facts } from '../cases/facts';
import { CountsTable } from './counts-table';
import { useNumbers } from './numbers';
import { useOverrideStats, type OverrideStats } from './profiling-api';
import { ReportSection } from './report-section';

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The API's `to` is exclusive (decisions before that day); people read "until" inclusively. */
function dayAfter(date: string): string | undefined {
  if (!isDay(date)) return undefined;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

type Dimension = OverrideStats['bySubgroup'][number]['dimension'];
const DIMENSIONS: readonly Dimension[] = ['sex', 'age_band', 'disability', 'rules_segment'];
/** Groups in their natural order (the server sorts them alphabetically by code). */
const ORDER: Record<Dimension, readonly string[]> = {
  sex: ['female', 'male', 'other', 'unknown'],
  age_band: ['under_25', '25_to_49', '50_plus'],
  disability: ['no', 'yes'],
  rules_segment: ['self_service', 'standard', 'intensive', 'specialist', 'none'],
};
const rank = (d: Dimension, g: string) => (ORDER[d].includes(g) ? ORDER[d].indexOf(g) : ORDER[d].length);

function useGroupLabel() {
  const { t } = useTranslation('analytics');
  return (d: Dimension, g: string) => {
    if (d === 'sex') return t(`profiling:group.sex.${g}`, { defaultValue: g });
    if (d === 'disability') return t(`profiling:group.disability.${g}`, { defaultValue: g });
    if (d === 'age_band') return t(`overrides.ageBand.${g}`, { defaultValue: g });
    return g === 'none' ? t('overrides.noRulesSegment') : t(`segment.${g}`, { defaultValue: g });
  };
}

export function OverridesTab() {
  const { t } = useTranslation('analytics');
  const n = useNumbers();
  const me = useSession();
  const crossAgency = me.roles.some((r) => r === 'analyst' || r === 'administrator');
  const agencyOptions = useAgencyOptions();
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [minCell, setMinCell] = useState<number>(10);
  const [minCellSize] = useDebouncedValue(minCell, 400);
  const stats = useOverrideStats({
    from: isDay(from) ? from : undefined,
    to: dayAfter(until),
    agencyId: crossAgency ? (agencyId ?? undefined) : undefined,
    minCellSize,
  });
  const groupLabel = useGroupLabel();
  const data = stats.data;
  const common = { pending: stats.isPending, error: stats.error, minCellSize: data?.minCellSize ?? minCellSize };

  return (
    <Stack gap="xl">
      <Group align="flex-start" role="search" aria-label={t('overrides.filters')}>
        <TextInput type="date" label={t('overrides.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={200} />
        <TextInput type="date" label={t('overrides.until')} value={until} onChange={(e) => setUntil(e.currentTarget.value)} w={200} />
        {crossAgency ? (
          <Select label={t('overrides.agency')} placeholder={t('overrides.allAgencies')} data={agencyOptions} value={agencyId} onChange={setAgencyId} clearable searchable w={360} />
        ) : (
          <Text size="sm" c="gray.7" mt={28}>
            {t('overrides.ownAgency')}
          </Text>
        )}
        <NumberInput
          label={t('fairness.minCell')}
          description={t('overrides.minCellHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={minCell}
          onChange={(v) => setMinCell(typeof v === 'number' ? Math.min(1000, Math.max(5, Math.floor(v))) : 10)}
          min={5}
          max={1000}
          allowDecimal={false}
          w={260}
        />
      </Group>
      <Paper withBorder p="md">
        <Text size="sm" c="gray.7" mb="sm">
          {t('overrides.hint')}
        </Text>
        <Facts>
          <Fact label={t('overrides.decisions')}>{data ? n.number(data.decisions) : '…'}</Fact>
          <Fact label={t('overrides.overrides')}>{data ? n.number(data.overrides) : '…'}</Fact>
          <Fact label={t('overrides.rate')}>{data ? n.percent(data.overrideRate) : '…'}</Fact>
        </Facts>
      </Paper>
      {data && data.decisions === 0 ? (
        <Text c="gray.7">{t('overrides.noDecisions')}</Text>
      ) : (
        <>
          <ReportSection id="overrides-counsellor" title={t('overrides.byCounsellor')} hint={t('overrides.byCounsellorHint')}>
            <CountsTable
              caption={t('overrides.byCounsellor')}
              firstHeader={t('overrides.counsellor')}
              rows={(data?.byCounsellor ?? []).map((c) => ({ ...c, key: c.counsellor.id, label: c.counsellor.displayName }))}
              {...common}
            />
          </ReportSection>
          <ReportSection id="overrides-subgroup" title={t('overrides.bySubgroup')} hint={t('overrides.bySubgroupHint')}>
            <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
              {DIMENSIONS.map((d) => (
                <ReportSection key={d} id={`overrides-${d}`} title={t(`overrides.dimension.${d}`)} level={3}>
                  <CountsTable
                    caption={t(`overrides.dimension.${d}`)}
                    firstHeader={t('overrides.group')}
                    rows={(data?.bySubgroup ?? [])
                      .filter((g) => g.dimension === d)
                      .sort((a, b) => rank(d, a.group) - rank(d, b.group))
                      .map((g) => ({ ...g, key: g.group, label: groupLabel(d, g.group) }))}
                    {...common}
                  />
                </ReportSection>
              ))}
            </SimpleGrid>
          </ReportSection>
        </>
      )}
    </Stack>
  );
}
