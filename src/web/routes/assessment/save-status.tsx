/**
 * Where autosave stands, in words: saving, saved (and when), waiting, or not saved. A
 * status region, so screen readers hear it without losing their place.
 */
import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { Autosave } from './use-autosave';

export function SaveStatus({ autosave }: { autosave: Autosave }) {
  const { t } = useTranslation('assessment');
  const format = useFormat();
  const { state, savedAt, attention } = autosave;
  let text: string;
  let colour = 'gray.7';
  if (state === 'saving') text = t('save.saving');
  else if (state === 'failed') {
    text = t('save.failed');
    colour = 'red.9';
  } else if (state === 'attention') {
    text = t('save.attention', { count: attention });
    colour = 'red.9';
  } else if (state === 'waiting') text = t('save.unsaved');
  else if (savedAt) text = t('save.savedAt', { time: format.dateTime(savedAt.toISOString()) });
  else text = t('save.idle');
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite">
      {state === 'saving' && <Loader size={14} aria-hidden />}
      <Text size="sm" c={colour} fw={500}>
        {text}
      </Text>
    </Group>
  );
}
