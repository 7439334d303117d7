/**
 * The rules-based segment and why: the rule that matched, in words, and each of its
 * conditions with the client's value next to the rule's threshold.
 */
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentView, InstrumentVersion } from './api';
import { useLocalText } from './answers';
import { useAssessmentFormats } from './formats';
import { SegmentBadge } from './segment-badge';

type Rules = NonNullable<AssessmentView['profiling']['rules']>;
type Condition = Rules['conditions'][number];

export function RulesResult({ rules, instrument }: { rules: Rules | null; instrument: InstrumentVersion }) {
  const { t } = useTranslation('assessment');
  const local = useLocalText();
  const f = useAssessmentFormats();
  const barrierLabel = (code: string | null) => local(instrument.definition.barriers.find((b) => b.code === code)?.label) || (code ?? '');
  const value = (v: number | boolean | null) => (v === null ? '' : typeof v === 'boolean' ? t(v ? 'answer.yes' : 'answer.no') : f.number(v));

  const factLabel = (c: Condition) => {
    if (c.fact === 'barrier_count') return t('fact.barrier_count', { severity: t(`severity.${c.minSeverity ?? 'low'}`) });
    if (c.fact === 'has_barrier') return t('fact.has_barrier', { barrier: barrierLabel(c.barrier) });
    return t(`fact.${c.fact}`);
  };
  const threshold = (c: Condition) => {
    if (c.fact === 'has_barrier') return t('rule.barrierRaised');
    if (c.op) return t(`op.${c.op}`, { value: value(c.value) });
    return value(c.value);
  };

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="rules-title">
      <Title order={3} size="h4" mb="sm" id="rules-title">
        {t('rules.title')}
      </Title>
      {!rules ? (
        <Text size="sm">{t('rules.none')}</Text>
      ) : (
        <Stack gap="sm">
          <div>
            <SegmentBadge segment={rules.segment} size="lg" />
          </div>
          <Text size="sm">{rules.reason ? t('rules.because', { reason: rules.reason }) : t('rules.reasonHidden')}</Text>
          {rules.reason && rules.ruleId === null && <Text size="sm" c="gray.7">{t('rules.defaultApplied')}</Text>}
          {rules.conditions.length > 0 && (
            <Table.ScrollContainer minWidth={260}>
              <Table verticalSpacing={6} horizontalSpacing="sm">
                <Table.Caption ta="start" mb={4} fz="sm" c="gray.7" style={{ captionSide: 'top' }}>
                  {t('rules.conditionsCaption')}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('rules.condition')}</Table.Th>
                    <Table.Th scope="col">{t('rules.client')}</Table.Th>
                    <Table.Th scope="col">{t('rules.rule')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rules.conditions.map((c, i) => (
                    <Table.Tr key={`${c.fact}-${i}`}>
                      <Table.Th scope="row" fw={400}>
                        {factLabel(c)}
                      </Table.Th>
                      <Table.Td fw={600}>{value(c.actual)}</Table.Td>
                      <Table.Td>{threshold(c)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Text size="xs" c="gray.7">
            {t('rules.ruleSet', { number: rules.ruleSet.number })}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
