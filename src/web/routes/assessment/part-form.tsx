/**
 * A part of the assessment being answered: its sections, each with its questions, saved as
 * the person goes (see use-autosave). A conflict with a colleague's save is explained at the top.
 */
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Part } from './api';
import { useLocalText } from './answers';
import { darkTitle } from './conflict-note';
import type { PartSection } from './part-sections';
import { QuestionField } from './question-field';
import type { Autosave } from './use-autosave';

interface Props {
  part: Part;
  sections: PartSection[];
  autosave: Autosave;
}

export function PartForm({ part, sections, autosave }: Props) {
  const { t } = useTranslation('assessment');
  const local = useLocalText();
  const notice = autosave.conflictNotice;
  return (
    <Stack gap="lg">
      {notice && (
        <Alert color="orange" variant="light" role="alert" title={t('conflict.title')} withCloseButton closeButtonLabel={t('web:common.close')} onClose={autosave.dismissConflict} styles={darkTitle}>
          <Text size="sm">{notice.by ? t('conflict.reloadedBy', { name: notice.by }) : t('conflict.reloaded')}</Text>
          <Text size="sm">{notice.held > 0 ? t('conflict.choose', { count: notice.held }) : t('conflict.reapplied')}</Text>
        </Alert>
      )}
      {part === 'interview' && (
        <Text size="sm" c="gray.7">
          {t('form.requiredNote')}
        </Text>
      )}
      {sections.map(({ section, questions }) => (
        <Paper key={section.id} component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby={`${part}-${section.id}`}>
          <Title order={3} size="h4" mb="md" id={`${part}-${section.id}`} style={{ overflowWrap: 'anywhere' }}>
            {local(section.title)}
          </Title>
          <Stack gap="lg">
            {questions.map((q) => (
              <QuestionField
                key={q.id}
                part={part}
                question={q}
                value={autosave.values[q.id]}
                onChange={(v) => autosave.setAnswer(q.id, v)}
                required={part === 'interview' && q.required}
                error={autosave.fieldErrors[q.id]}
                conflict={autosave.conflicts[q.id]}
                onResolve={(keep) => autosave.resolve(q.id, keep)}
              />
            ))}
          </Stack>
        </Paper>
      ))}
      {autosave.state === 'failed' && (
        <Button variant="default" onClick={() => void autosave.flush()} w="fit-content">
          {t('save.retry')}
        </Button>
      )}
    </Stack>
  );
}
