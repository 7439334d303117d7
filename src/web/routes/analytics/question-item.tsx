/** One question of an instrument: text, answer type, what is required of it, choices or number scoring, barriers. */
import { Badge, Group, List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wholeBadge } from '../cases/badge-styles';
import type { Question } from './definitions-api';
import { useLocalText } from './local-text';
import { useNumbers } from './numbers';

type Trigger = Question['barriers'][number]['when'];

function useTriggerText(question: Question) {
  const { t } = useTranslation('analytics');
  const local = useLocalText();
  const n = useNumbers();
  const option = (value: string) => local(question.options?.find((o) => o.value === value)?.label) || value;
  return (when: Trigger): string => {
    if ('anyOf' in when) return t('instrument.whenAnyOf', { options: when.anyOf.map((v) => `“${option(v)}”`).join(t('instrument.or')) });
    if ('equals' in when) return t(when.equals ? 'instrument.whenYes' : 'instrument.whenNo');
    return rangeText(t, n.number, when.min, when.max);
  };
}

type T = (key: string, options?: Record<string, unknown>) => string;

function rangeText(t: T, num: (v: number) => string, min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return t('instrument.range', { min: num(min), max: num(max) });
  if (min !== undefined) return t('instrument.rangeFrom', { min: num(min) });
  return t('instrument.rangeBelow', { max: num(max ?? 0) });
}

export function QuestionItem({ question: q, index, barrierName }: { question: Question; index: number; barrierName: (code: string) => string }) {
  const { t } = useTranslation('analytics');
  const local = useLocalText();
  const n = useNumbers();
  const trigger = useTriggerText(q);
  const badge = (label: string, color = 'gray') => (
    <Badge variant="light" color={color} radius="sm" tt="none" styles={wholeBadge}>
      {label}
    </Badge>
  );

  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Text fw={500}>
        {index}. {local(q.text)}
      </Text>
      {q.help && (
        <Text size="sm" c="gray.7">
          {local(q.help)}
        </Text>
      )}
      <Group gap={6} mt={6}>
        {badge(t(`answerType.${q.type}`), 'indigo')}
        {q.required && badge(t('instrument.required'), 'red')}
        {q.selfAssessment && badge(t('instrument.selfAssessment'), 'teal')}
        <Text size="xs" c="gray.7">
          {t('instrument.questionCode', { code: q.id })}
        </Text>
      </Group>
      {q.options && (
        <>
          <Text size="sm" fw={500} mt="xs">
            {t('instrument.options')}
          </Text>
          <List size="sm" spacing={2}>
            {q.options.map((o) => (
              <List.Item key={o.value}>{t('instrument.optionScore', { label: local(o.label), score: o.score })}</List.Item>
            ))}
          </List>
        </>
      )}
      {q.type === 'number' && (q.min !== undefined || q.max !== undefined) && (
        <Text size="sm" mt="xs">
          {t('instrument.accepted', { range: rangeText(t, n.number, q.min, q.max === undefined ? undefined : q.max) })}
        </Text>
      )}
      {q.bands && q.bands.length > 0 && (
        <>
          <Text size="sm" fw={500} mt="xs">
            {t('instrument.bands')}
          </Text>
          <List size="sm" spacing={2}>
            {q.bands.map((b, i) => (
              <List.Item key={i}>{t('instrument.bandScore', { range: rangeText(t, n.number, b.min, b.max), score: b.score })}</List.Item>
            ))}
          </List>
        </>
      )}
      {q.type === 'yes_no' && (q.scoreYes !== undefined || q.scoreNo !== undefined) && (
        <Text size="sm" mt="xs">
          {t('instrument.yesNoScores', { yes: q.scoreYes ?? 0, no: q.scoreNo ?? 0 })}
        </Text>
      )}
      {q.barriers.length > 0 && (
        <>
          <Text size="sm" fw={500} mt="xs">
            {t('instrument.raises')}
          </Text>
          <List size="sm" spacing={2}>
            {q.barriers.map((b, i) => (
              <List.Item key={i}>
                {t('instrument.barrierRule', { barrier: barrierName(b.barrier), severity: t(`severity.${b.severity}`), when: trigger(b.when) })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
