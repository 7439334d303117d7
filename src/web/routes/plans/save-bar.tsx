/**
 * The draft's save bar, kept in view while the person scrolls: whether there are unsaved
 * changes (a status region, so screen readers hear it) and the button that saves the
 * whole draft. Leaving the tab with unsaved changes asks first.
 */
import { useEffect } from 'react';
import { Button, Group, Loader, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanDraft } from './use-plan-draft';
import { useNotify } from './use-notify';

export function SaveBar({ draft }: { draft: PlanDraft }) {
  const { t } = useTranslation('planweb');
  const { dirty, saving } = draft;
  const notify = useNotify();

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  async function save() {
    if (await draft.save()) notify(t('save.done'));
  }

  return (
    <Paper withBorder p="sm" style={{ position: 'sticky', top: 60, zIndex: 5 }} component="section" aria-label={t('save.label')}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap={6} wrap="nowrap" role="status" aria-live="polite">
          {saving && <Loader size={14} aria-hidden />}
          <Text size="sm" fw={dirty ? 700 : 500} c={dirty ? 'dark.7' : 'gray.7'}>
            {saving ? t('save.saving') : dirty ? t('save.unsaved') : t('save.clean')}
          </Text>
        </Group>
        <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
          {t('save.action')}
        </Button>
      </Group>
    </Paper>
  );
}
