/** A part's answers to read, once the assessment is finalised or when the viewer may not change them. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Answers, Part } from './api';
import { useAnswerText, useLocalText } from './answers';
import type { PartSection } from './part-sections';

export function AnswerList({ part, sections, answers }: { part: Part; sections: PartSection[]; answers: Answers }) {
  const { t } = useTranslation('assessment');
  const local = useLocalText();
  const answerText = useAnswerText();
  return (
    <Stack gap="lg">
      {sections.map(({ section, questions }) => (
        <Paper key={section.id} component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby={`${part}-${section.id}`}>
          <Title order={3} size="h4" mb="md" id={`${part}-${section.id}`} style={{ overflowWrap: 'anywhere' }}>
            {local(section.title)}
          </Title>
          <Stack component="dl" gap="sm" m={0}>
            {questions.map((q) => {
              const text = answerText(q, answers[q.id]);
              return (
                <div key={q.id}>
                  <Text component="dt" size="sm" c="gray.7">
                    {local(q.text)}
                  </Text>
                  <Text component="dd" size="sm" m={0} fw={text ? 500 : undefined} fs={text ? undefined : 'italic'} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                    {text ?? t('answer.none')}
                  </Text>
                </div>
              );
            })}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
