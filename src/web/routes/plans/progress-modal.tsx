/**
 * Recording progress on an action of the version in force: its status and what came of
 * it (required when done or cancelled), with who recorded what before. A stale plan
 * version (409) reloads the plan and asks to record again; nothing typed is lost.
 */
import { Button, Group, List, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { useFormat } from '../../i18n/format';
import { actionStatuses, recordProgress, useProgressHistory, type ActionStatus, type ActionView, type PlanView } from './api';
import { usePlanCache } from './use-plan-cache';
import { useNotify } from './use-notify';

interface Props {
  plan: PlanView;
  action: ActionView;
  onClose: () => void;
}

export function ProgressModal({ plan, action, onClose }: Props) {
  const { t } = useTranslation('planweb');
  const format = useFormat();
  const notify = useNotify();
  const cache = usePlanCache(plan.caseId);
  const history = useProgressHistory(plan, action.id);
  const form = useForm<{ status: ActionStatus; result: string }>({
    initialValues: { status: action.status, result: action.result ?? '' },
    validate: {
      result: (v, all) => ((all.status === 'done' || all.status === 'cancelled') && !v.trim() ? t('errors:field.plan_result_required') : null),
    },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => recordProgress(plan.id, action.id, { status: v.status, result: v.result.trim() || null, version: plan.version }),
    onSaved: (view) => {
      cache.saved(view);
      notify(t('progress.done', { title: action.title }));
      onClose();
    },
    // The plan as it is now: the next try sends its version.
    reload: async () => {
      await cache.reload();
    },
  });

  return (
    <AppModal title={t('progress.title', { title: action.title })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Select
            label={t('progress.status')}
            data={actionStatuses.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))}
            allowDeselect={false}
            required
            {...form.getInputProps('status')}
          />
          <Textarea
            label={t('progress.result')}
            description={t('progress.resultHint')}
            autosize
            minRows={2}
            maxLength={2000}
            required={form.getValues().status === 'done' || form.getValues().status === 'cancelled'}
            data-autofocus
            {...form.getInputProps('result')}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('progress.history')}
            </Text>
            {history.data && history.data.length > 0 ? (
              <List size="sm" spacing={2}>
                {history.data.map((h, i) => (
                  <List.Item key={i}>
                    {t('progress.historyItem', { status: t(`actionStatus.${h.status}`), name: h.changedBy.displayName, date: format.dateTime(h.changedAt) })}
                    {h.result && ` — ${h.result}`}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="gray.7">
                {history.isPending ? t('web:common.loading') : t('progress.none')}
              </Text>
            )}
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('progress.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
