/**
 * "Who does what by when": the actions of the plan. On an editable draft they are added,
 * changed and removed here (in a dialog; saved with the draft); on the version in force
 * the lead agency, or the partner that owns an action, records its progress.
 */
import { useState } from 'react';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import type { ActionView, PlanView } from './api';
import { ActionModal } from './action-modal';
import { ActionsTable } from './actions-table';
import type { ActionDraft } from './draft';
import { errorsOf } from './field-errors';
import type { PlanNames } from './names';
import { ProgressModal } from './progress-modal';
import { PlanActionRefer } from '../referrals/plan-action-refer';
import { useMayRecordProgress } from './rights';
import type { PlanDraft } from './use-plan-draft';

interface Props {
  plan: PlanView;
  caseView: CaseView;
  draft: PlanDraft;
  names: PlanNames;
  mode: 'edit' | 'progress' | 'read';
}

export function ActionsPanel({ plan, caseView, draft, names, mode }: Props) {
  const { t } = useTranslation('planweb');
  const [editing, setEditing] = useState<ActionDraft | 'new' | null>(null);
  const [progress, setProgress] = useState<ActionView | null>(null);
  const mayRecord = useMayRecordProgress(caseView);
  const rows = draft.values.actions;
  const views = new Map(plan.current.content.actions.map((a) => [a.id, a]));

  function apply(action: ActionDraft) {
    const exists = rows.some((a) => a.key === action.key);
    draft.change((v) => ({ ...v, actions: exists ? v.actions.map((a) => (a.key === action.key ? action : a)) : [...v.actions, action] }), exists ? `actions.${action.key}` : 'actions');
    setEditing(null);
  }

  const remove = (action: ActionDraft) => draft.change((v) => ({ ...v, actions: v.actions.filter((a) => a.key !== action.key) }), `actions.${action.key}`);

  const controls =
    mode === 'edit'
      ? (a: ActionDraft) => (
          <>
            <Button id={`plan-action-${a.key}-edit`} size="compact-sm" variant="subtle" onClick={() => setEditing(a)} aria-label={t('table.editNamed', { title: a.title })}>
              {t('web:common.edit')}
            </Button>
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => remove(a)} aria-label={t('table.removeNamed', { title: a.title })}>
              {t('table.remove')}
            </Button>
          </>
        )
      : mode === 'progress'
        ? (a: ActionDraft) => {
            const view = views.get(a.key);
            return (
              <>
                {view && mayRecord(view) && (
                  <Button size="compact-sm" variant="default" onClick={() => setProgress(view)} aria-label={t('table.progressNamed', { title: a.title })}>
                    {t('table.progress')}
                  </Button>
                )}
                {view && <PlanActionRefer caseView={caseView} action={{ id: view.id, title: a.title, serviceId: a.serviceId }} />}
              </>
            );
          }
        : undefined;
  // "Needed before the client can sign": said on the list itself.
  const missing = draft.errors.actions;

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="plan-actions">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="plan-actions">
          {t('actions.title')}
        </Title>
        {mode === 'edit' && (
          <Button id="plan-add-action" size="xs" onClick={() => setEditing('new')} disabled={rows.length >= 100}>
            {t('actions.add')}
          </Button>
        )}
      </Group>
      {missing && (
        <Text size="sm" c="red.9" fw={500} mb="sm">
          {missing}
        </Text>
      )}
      {rows.length === 0 ? (
        <Text size="sm">{t('actions.none')}</Text>
      ) : (
        <ActionsTable caption={t('actions.title')} rows={rows} status={names.status} names={names} errors={draft.errors} controls={controls} />
      )}
      {editing !== null && (
        <ActionModal
          action={editing === 'new' ? null : editing}
          names={names}
          errors={editing === 'new' ? {} : errorsOf(draft.errors, `actions.${editing.key}`)}
          onApply={apply}
          onClose={() => setEditing(null)}
        />
      )}
      {progress && <ProgressModal plan={plan} action={progress} onClose={() => setProgress(null)} />}
    </Paper>
  );
}
