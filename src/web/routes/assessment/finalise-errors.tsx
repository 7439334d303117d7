/**
 * Why finalising failed, at the top of the page: for missing answers, one line per
 * question linking to it (each is also shown on its question); otherwise the server's message.
 */
import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { ProblemAlert } from '../../components/problem-alert';
import { fieldId } from './question-field';

interface Props {
  /** An API error, or 'unsaved' when answers could not be saved first. */
  error: unknown;
  onJump: (questionId: string) => void;
}

export function FinaliseErrors({ error, onJump }: Props) {
  const { t } = useTranslation('assessment');
  if (error === 'unsaved') {
    return (
      <Alert color="red" variant="light" role="alert" title={t('finalise.failedTitle')}>
        {t('finalise.unsaved')}
      </Alert>
    );
  }
  const fields = isApiError(error, 'validation_failed') ? (error.problem.fields ?? []).filter((f) => f.field.startsWith('answers.')) : [];
  if (fields.length === 0) return <ProblemAlert error={error} />;
  return (
    <Alert color="red" variant="light" role="alert" title={t('finalise.missingTitle', { count: fields.length })}>
      <Text size="sm" mb="xs">
        {t('finalise.missingIntro')}
      </Text>
      <List size="sm" spacing={4}>
        {fields.map((f) => {
          const id = f.field.slice('answers.'.length);
          return (
            <List.Item key={f.field}>
              <Anchor
                href={`#${fieldId('interview', id)}`}
                size="sm"
                onClick={(e) => {
                  e.preventDefault();
                  onJump(id);
                }}
              >
                {f.message}
              </Anchor>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}
