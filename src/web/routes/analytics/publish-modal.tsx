/**
 * Publishing a draft: it becomes the version new assessments use and the current one is
 * retired. Sent with the draft's version; if it changed meanwhile (409) the lists reload
 * and the administrator looks again before publishing.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { definitionKeys, publishDraft, type DefinitionKind, type DefinitionSummary } from './definitions-api';
import { useNotify } from './use-notify';

export function PublishModal({ kind, summary, onClose }: { kind: DefinitionKind; summary: DefinitionSummary; onClose: () => void }) {
  const { t } = useTranslation('analytics');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const what = t(kind === 'instrument' ? 'definitions.instrumentN' : 'definitions.rulesN', { n: summary.number });
  const publish = useMutation({
    mutationFn: () => publishDraft(kind, summary.id, summary.version),
    onSuccess: () => {
      notify(t('definitions.publishedNow', { what }));
      onClose();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: definitionKeys.all(kind) }),
  });
  const conflict = isApiError(publish.error, 'version_conflict');

  return (
    <AppModal title={t('definitions.publishTitle', { what })} onClose={onClose}>
      <Stack gap="md">
        {conflict && (
          <Alert color="red" variant="light" role="alert" title={t('definitions.conflictTitle')}>
            {t('definitions.publishConflict')}
          </Alert>
        )}
        {publish.error !== null && !conflict && <ProblemAlert error={publish.error} />}
        <Text size="sm">{t(kind === 'instrument' ? 'definitions.publishInstrumentExplain' : 'definitions.publishRulesExplain')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {conflict ? t('web:common.close') : t('web:common.cancel')}
          </Button>
          {!conflict && (
            <Button onClick={() => publish.mutate()} loading={publish.isPending} data-autofocus>
              {t('definitions.publish')}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
