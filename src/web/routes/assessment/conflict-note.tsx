/**
 * Under a question that a colleague answered too while this person was typing: what the
 * colleague saved, and a choice. The person's own answer stays in the field, unsaved, until then.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Question } from './api';
import { useAnswerText } from './answers';
import type { Conflict } from './use-autosave';

/** Orange-9 on orange-0 is 4:1: the title is dark, the tint stays. */
export const darkTitle = { title: { color: 'var(--mantine-color-dark-7)' } };

interface Props {
  question: Question;
  conflict: Conflict;
  onResolve: (keep: 'mine' | 'theirs') => void;
}

export function ConflictNote({ question, conflict, onResolve }: Props) {
  const { t } = useTranslation('assessment');
  const answerText = useAnswerText();
  const theirs = answerText(question, conflict.theirs) ?? t('answer.none');
  return (
    <Alert color="orange" variant="light" mt="xs" p="sm" title={t('conflict.questionTitle')} styles={darkTitle}>
      <Text size="sm">
        {conflict.by ? t('conflict.theirAnswerBy', { name: conflict.by, answer: theirs }) : t('conflict.theirAnswer', { answer: theirs })}
      </Text>
      <Text size="sm">{t('conflict.yoursUnsaved')}</Text>
      <Group gap="xs" mt="xs">
        <Button size="xs" onClick={() => onResolve('mine')}>
          {t('conflict.keepMine')}
        </Button>
        <Button size="xs" variant="default" onClick={() => onResolve('theirs')}>
          {t('conflict.useTheirs')}
        </Button>
      </Group>
    </Alert>
  );
}
