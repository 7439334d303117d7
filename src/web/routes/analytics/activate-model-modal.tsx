/**
 * Confirms making a model version the one that scores clients. It sends the version of
 * the row it was shown; if someone changed it meanwhile the server refuses (409) and the
 * list is reloaded, so the administrator decides again on what is there now.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useNumbers } from './numbers';
import { activateModel, profilingKeys, type ModelSummary } from './profiling-api';
import { useNotify } from './use-notify';

export function ActivateModelModal({ model, onClose }: { model: ModelSummary; onClose: () => void }) {
  const { t } = useTranslation('analytics');
  const notify = useNotify();
  const n = useNumbers();
  const queryClient = useQueryClient();
  const activate = useMutation({
    mutationFn: () => activateModel(model),
    onSuccess: (report) => {
      void queryClient.invalidateQueries({ queryKey: profilingKeys.all });
      notify(t('activate.done', { n: report.modelVersion }));
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'version_conflict')) void queryClient.invalidateQueries({ queryKey: profilingKeys.all });
    },
  });
  const conflict = isApiError(activate.error, 'version_conflict');

  return (
    <AppModal title={t('activate.title', { n: model.modelVersion })} onClose={onClose}>
      <Stack gap="md">
        {conflict && (
          <Alert color="red" variant="light" role="alert" title={t('activate.conflictTitle')}>
            {t('activate.conflict')}
          </Alert>
        )}
        {activate.error !== null && !conflict && <ProblemAlert error={activate.error} />}
        <Text size="sm">{t('activate.explain', { n: model.modelVersion, auc: n.decimal(model.aucHeldOut, 3) })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {conflict ? t('web:common.close') : t('web:common.cancel')}
          </Button>
          {!conflict && (
            <Button onClick={() => activate.mutate()} loading={activate.isPending} data-autofocus>
              {t('activate.confirm', { n: model.modelVersion })}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
