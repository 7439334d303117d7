/**
 * An instrument version, readable: its sections (domains) with their data category, and
 * in each the questions with their answer type, choices and scores, and the answers that
 * raise barriers; then the barriers it can raise. In the administrator's language.
 */
import { Accordion, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wholeBadge } from '../cases/badge-styles';
import { BarrierCatalogue } from './barrier-catalogue';
import type { InstrumentDefinition } from './definitions-api';
import { QuestionItem } from './question-item';
import { useLocalText } from './local-text';

export function InstrumentView({ definition }: { definition: InstrumentDefinition }) {
  const { t } = useTranslation('analytics');
  const local = useLocalText();
  const questions = definition.sections.reduce((sum, s) => sum + s.questions.length, 0);
  const barrierName = new Map(definition.barriers.map((b) => [b.code, local(b.label)]));

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Title order={3} size="h4">
          {local(definition.title)}
        </Title>
        <Text size="sm" c="gray.7" mt={4}>
          {t('instrument.counts', { sections: definition.sections.length, questions, barriers: definition.barriers.length })}
        </Text>
      </Paper>
      <section aria-labelledby="instrument-sections">
        <Title order={3} size="h4" id="instrument-sections" mb="sm">
          {t('instrument.sections')}
        </Title>
        <Accordion multiple variant="separated" chevronPosition="left">
          {definition.sections.map((s) => (
            <Accordion.Item key={s.id} value={s.id}>
              <Accordion.Control>
                <Group gap="sm" wrap="wrap">
                  <Text fw={600}>{local(s.title)}</Text>
                  <Badge variant="light" color="indigo" radius="sm" tt="none" styles={wholeBadge}>
                    {t(`casework:category.${s.category}`)}
                  </Badge>
                  {s.specialist && (
                    <Badge variant="light" color="grape" radius="sm" tt="none" styles={wholeBadge}>
                      {t('instrument.specialist')}
                    </Badge>
                  )}
                  <Text size="sm" c="gray.7">
                    {t('instrument.questionCount', { n: s.questions.length })}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Text size="xs" c="gray.7" mb="sm">
                  {t('instrument.sectionCode', { code: s.id })}
                </Text>
                <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
                  {s.questions.map((q, i) => (
                    <QuestionItem key={q.id} question={q} index={i + 1} barrierName={(code) => barrierName.get(code) ?? code} />
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </section>
      <BarrierCatalogue definition={definition} />
    </Stack>
  );
}
