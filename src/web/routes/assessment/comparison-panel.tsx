/**
 * The client's self-assessment side by side with the interview, question by question.
 * Where the two differ the row says so in words and with a marker, not by colour alone:
 * where the client sees their situation differently is worth talking about.
 */
import { useState } from 'react';
import { Badge, Box, Center, Group, Loader, Paper, Stack, Switch, Table, Text, Title, useMatches } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { wholeBadge } from '../cases/badge-styles';
import { useComparison, type ComparisonItem, type InstrumentVersion } from './api';
import { useLocalText } from './answers';

interface Props {
  assessmentId: string;
  instrument: InstrumentVersion;
  /** Fetched only when shown: every read of it is audited. */
  active: boolean;
}

export function ComparisonPanel({ assessmentId, instrument, active }: Props) {
  const { t } = useTranslation('assessment');
  const local = useLocalText();
  const comparison = useComparison(assessmentId, active);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  // On phones the four columns would scroll sideways: each question becomes a card instead.
  const narrow = useMatches({ base: true, sm: false });

  if (comparison.isPending) {
    return active ? (
      <Center py="lg">
        <Loader size="sm" aria-label={t('web:common.loading')} />
      </Center>
    ) : null;
  }
  if (comparison.isError) return <ProblemAlert error={comparison.error} />;

  const { items, differences } = comparison.data;
  const shown = onlyDifferences ? items.filter((i) => i.differs) : items;
  const bySection = instrument.definition.sections
    .map((s) => ({ section: s, items: shown.filter((i) => i.sectionId === s.id) }))
    .filter((s) => s.items.length > 0);

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="comparison-title">
      <Title order={3} size="h4" id="comparison-title">
        {t('comparison.title')}
      </Title>
      <Text size="sm" c="gray.7" mt={4}>
        {t('comparison.intro')}
      </Text>
      <Group justify="space-between" mt="md" mb="md" wrap="wrap">
        <Text size="sm" fw={600} role="status">
          {differences === 0 ? t('comparison.noDifferences') : t('comparison.differences', { count: differences })}
        </Text>
        <Switch label={t('comparison.onlyDifferences')} checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.currentTarget.checked)} />
      </Group>
      {narrow ? (
        bySection.map(({ section, items: rows }) => (
          <Box key={section.id} component="section" aria-labelledby={`compare-${section.id}`} mb="md">
            <Title order={4} fz="sm" bg="gray.1" px="xs" py={4} id={`compare-${section.id}`} style={{ overflowWrap: 'break-word' }}>
              {local(section.title)}
            </Title>
            <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
              {rows.map((item) => (
                <ComparisonCard key={item.questionId} item={item} />
              ))}
            </Stack>
          </Box>
        ))
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" horizontalSpacing="sm" layout="fixed">
            <Table.Caption className="visually-hidden">{t('comparison.title')}</Table.Caption>
            <colgroup>
              <col style={{ width: '38%' }} />
              <col style={{ width: '22%' }} />
              <col style={{ width: '22%' }} />
              <col style={{ width: '18%' }} />
            </colgroup>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('comparison.question')}</Table.Th>
                <Table.Th scope="col">{t('comparison.self')}</Table.Th>
                <Table.Th scope="col">{t('comparison.interview')}</Table.Th>
                <Table.Th scope="col">{t('comparison.difference')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            {bySection.map(({ section, items: rows }) => (
              <Table.Tbody key={section.id}>
                <Table.Tr>
                  <Table.Th scope="colgroup" colSpan={4} bg="gray.1" style={{ overflowWrap: 'anywhere' }}>
                    {local(section.title)}
                  </Table.Th>
                </Table.Tr>
                {rows.map((item) => (
                  <ComparisonRow key={item.questionId} item={item} />
                ))}
              </Table.Tbody>
            ))}
          </Table>
        </Table.ScrollContainer>
      )}
      {shown.length === 0 && (
        <Text size="sm" mt="md">
          {t('comparison.nothing')}
        </Text>
      )}
    </Paper>
  );
}

function useAnswerCell(item: ComparisonItem) {
  const { t } = useTranslation('assessment');
  return (text: string | null) =>
    text ? (
      <Text component="span" display="block" size="sm" fw={item.differs ? 600 : undefined} style={{ overflowWrap: 'break-word', whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    ) : (
      <Text component="span" display="block" size="sm" c="gray.7" fs="italic">
        {t('answer.none')}
      </Text>
    );
}

function DiffersBadge() {
  const { t } = useTranslation('assessment');
  return (
    <Badge color="grape" variant="light" radius="sm" tt="none" styles={wholeBadge} leftSection={<span aria-hidden>≠</span>}>
      {t('comparison.differs')}
    </Badge>
  );
}

const differsStyle = { boxShadow: 'inset 4px 0 0 var(--mantine-color-orange-7)' };

function ComparisonCard({ item }: { item: ComparisonItem }) {
  const { t } = useTranslation('assessment');
  const answer = useAnswerCell(item);
  return (
    <Box component="li" p="xs" pl="md" bg={item.differs ? 'yellow.0' : undefined} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', ...(item.differs ? differsStyle : {}) }}>
      <Text size="sm" style={{ overflowWrap: 'break-word' }}>
        {item.question}
      </Text>
      {item.differs && (
        <Box mt={4}>
          <DiffersBadge />
        </Box>
      )}
      <Box component="dl" m={0} mt={4}>
        <Text component="dt" size="xs" c="gray.7">
          {t('comparison.self')}
        </Text>
        <Box component="dd" m={0}>
          {answer(item.selfText)}
        </Box>
        <Text component="dt" size="xs" c="gray.7" mt={2}>
          {t('comparison.interview')}
        </Text>
        <Box component="dd" m={0}>
          {answer(item.interviewText)}
        </Box>
      </Box>
    </Box>
  );
}

function ComparisonRow({ item }: { item: ComparisonItem }) {
  const { t } = useTranslation('assessment');
  const answer = useAnswerCell(item);
  return (
    <Table.Tr
      bg={item.differs ? 'yellow.0' : undefined}
      style={item.differs ? differsStyle : undefined}
    >
      <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
        <Text size="sm">{item.question}</Text>
      </Table.Th>
      <Table.Td>{answer(item.selfText)}</Table.Td>
      <Table.Td>{answer(item.interviewText)}</Table.Td>
      <Table.Td>
        {item.differs ? (
          <DiffersBadge />
        ) : item.selfText && item.interviewText ? (
          <Text size="sm" c="gray.7">
            <span aria-hidden>= </span>
            {t('comparison.same')}
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
