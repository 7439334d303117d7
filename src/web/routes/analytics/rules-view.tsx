/**
 * A version of the segmentation rules, readable: the rules in the order they are tried,
 * each as "if all of these hold → this segment, because …", what happens when none
 * matches, and how many months pass before each segment is re-assessed.
 */
import { Box, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { useConditionText } from './condition-text';
import type { RuleSetDefinition, Segment } from './definitions-api';
import { useLocalText } from './local-text';
import { ReportSection } from './report-section';
import { SegmentBadge } from '../assessment/segment-badge';

const SEGMENTS: readonly Segment[] = ['self_service', 'standard', 'intensive', 'specialist'];

export function RulesView({ definition }: { definition: RuleSetDefinition }) {
  const { t } = useTranslation('analytics');
  const local = useLocalText();
  const condition = useConditionText();
  const months = t('rules.months');

  return (
    <Stack gap="xl">
      <ReportSection id="rules-list" title={t('rules.title')} hint={t('rules.hint')} level={3}>
        <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {definition.rules.map((r, i) => (
            <Paper component="li" key={r.id} withBorder p="sm" radius="sm">
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Title order={4} size="h5">
                  {t('rules.ruleN', { n: i + 1, label: local(r.label) })}
                </Title>
                <Group gap={6}>
                  <Text size="sm" c="gray.7">
                    {t('rules.then')}
                  </Text>
                  <SegmentBadge segment={r.segment} />
                </Group>
              </Group>
              <Text size="sm" mt={6}>
                {t('rules.ifAll')}
              </Text>
              <List size="sm" spacing={2} mt={2}>
                {r.all.map((c, ci) => (
                  <List.Item key={ci}>{condition(c)}</List.Item>
                ))}
              </List>
              <Text size="xs" c="gray.7" mt={6}>
                {t('rules.ruleCode', { code: r.id })}
              </Text>
            </Paper>
          ))}
          <Paper component="li" withBorder p="sm" radius="sm" bg="gray.1">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Title order={4} size="h5">
                {t('rules.otherwise', { label: local(definition.defaultLabel) })}
              </Title>
              <Group gap={6}>
                <Text size="sm" c="gray.7">
                  {t('rules.then')}
                </Text>
                <SegmentBadge segment={definition.defaultSegment} />
              </Group>
            </Group>
          </Paper>
        </Stack>
      </ReportSection>
      <ReportSection id="rules-reassessment" title={t('rules.reassessment')} hint={t('rules.reassessmentHint')} level={3}>
        <Box maw={520}>
          <DataTable caption={t('rules.reassessment')} headers={[t('rules.segment'), months]} numeric={[months]} pending={false} error={null} rowCount={SEGMENTS.length} minWidth={360}>
          {SEGMENTS.map((s) => (
            <Table.Tr key={s}>
              <Table.Td>
                <SegmentBadge segment={s} />
              </Table.Td>
              <Table.Td ta="right">{definition.reassessmentMonths[s]}</Table.Td>
            </Table.Tr>
          ))}
          </DataTable>
        </Box>
      </ReportSection>
    </Stack>
  );
}
