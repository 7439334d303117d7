/** What the answers showed: the barriers to work with their severity, and the need score of each section. */
import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wholeBadge } from '../cases/badge-styles';
import type { AssessmentView, InstrumentVersion, Severity } from './api';
import { useLocalText } from './answers';

const rank: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const colour: Record<Severity, string> = { high: 'red', medium: 'pink', low: 'gray' };

export function NeedsSummary({ view, instrument }: { view: AssessmentView; instrument: InstrumentVersion }) {
  const { t } = useTranslation('assessment');
  const local = useLocalText();
  const sectionTitle = (id: string) => local(instrument.definition.sections.find((s) => s.id === id)?.title) || id;
  const barriers = [...view.barriers].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const scores = (view.scores ?? []).filter((s) => s.max > 0);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="barriers-title">
        <Title order={3} size="h4" mb="sm" id="barriers-title">
          {t('barriers.title')}
        </Title>
        {barriers.length === 0 ? (
          <Text size="sm">{t('barriers.none')}</Text>
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {barriers.map((b) => (
              <li key={b.code}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge color={colour[b.severity]} variant="light" radius="sm" tt="none" styles={wholeBadge}>
                    {t(`severity.${b.severity}`)}
                  </Badge>
                  <div>
                    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {b.label}
                    </Text>
                    <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                      {sectionTitle(b.sectionId)}
                    </Text>
                  </div>
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Paper>
      <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="scores-title">
        <Title order={3} size="h4" mb={4} id="scores-title">
          {t('scores.title')}
        </Title>
        <Text size="sm" c="gray.7" mb="sm">
          {t('scores.intro')}
        </Text>
        <Table verticalSpacing={6} horizontalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('scores.section')}</Table.Th>
              <Table.Th scope="col">{t('scores.score')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scores.map((s) => (
              <Table.Tr key={s.sectionId}>
                <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
                  {sectionTitle(s.sectionId)}
                </Table.Th>
                <Table.Td w="40%">
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t('scores.value', { score: s.score, max: s.max })}
                  </Text>
                  <Progress value={(100 * s.score) / s.max} size="sm" color={s.score / s.max >= 0.5 ? 'orange' : 'indigo'} aria-hidden mt={2} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </SimpleGrid>
  );
}
