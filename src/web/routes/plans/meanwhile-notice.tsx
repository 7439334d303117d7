/**
 * After someone else saved the plan while this person was editing: who and when, that
 * nothing they entered is lost (their edits sit on top of the newer draft, unsaved), and
 * where both changed the same thing.
 */
import { Alert, Button, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { Conflict } from './merge';
import type { ChangedMeanwhile } from './use-plan-draft';

/** Orange-9 on orange-0 is 4:1: the title is dark, the tint stays. */
const darkTitle = { title: { color: 'var(--mantine-color-dark-7)' } };

export function MeanwhileNotice({ meanwhile: m, onDismiss }: { meanwhile: ChangedMeanwhile; onDismiss: () => void }) {
  const { t } = useTranslation('planweb');
  const format = useFormat();
  const describe = (c: Conflict) =>
    c.kind === 'field' ? t(`field.${c.field}`) : t(`meanwhile.${c.kind}${c.removed ? 'Removed' : ''}`, { title: c.title });
  return (
    <Alert color="orange" variant="light" role="alert" title={m.refused ? t('meanwhile.refusedTitle') : t('meanwhile.changedTitle')} styles={darkTitle}>
      <Text size="sm">{t('meanwhile.body', { name: m.by, time: format.dateTime(m.at) })}</Text>
      {m.conflicts.length > 0 && (
        <>
          <Text size="sm" mt="xs" fw={500}>
            {t('meanwhile.both')}
          </Text>
          <List size="sm">
            {m.conflicts.map((c, i) => (
              <List.Item key={i}>{describe(c)}</List.Item>
            ))}
          </List>
        </>
      )}
      <Text size="sm" mt="xs">
        {t('meanwhile.saveAgain')}
      </Text>
      <Button size="xs" variant="default" mt="sm" onClick={onDismiss}>
        {t('meanwhile.dismiss')}
      </Button>
    </Alert>
  );
}
