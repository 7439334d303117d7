/**
 * Which protected attributes new models may use as inputs: none by default. Turning one
 * on needs a reason (audited); turning it off needs none. Models already trained keep the
 * inputs they were trained with. Each change carries the row's version (409 when stale).
 */
import { useState } from 'react';
import { Alert, Paper, Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { ProblemAlert } from '../../components/problem-alert';
import { AttributeReasonModal } from './attribute-reason-modal';
import { useNumbers } from './numbers';
import { profilingKeys, setProtectedAttribute, useProtectedAttributes, type AttributeView } from './profiling-api';
import { useNotify } from './use-notify';

export function ProtectedAttributesTab() {
  const { t } = useTranslation('analytics');
  const notify = useNotify();
  const n = useNumbers();
  const queryClient = useQueryClient();
  const attributes = useProtectedAttributes();
  const [enabling, setEnabling] = useState<AttributeView | null>(null);
  const turnOff = useMutation({
    mutationFn: (a: AttributeView) => setProtectedAttribute(a.attribute, { included: false, reason: '', version: a.version }),
    onSuccess: (a) => notify(t('attributes.turnedOff', { attribute: a.label })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: profilingKeys.attributes }),
  });

  return (
    <Stack gap="md" maw={900}>
      <Text size="sm">{t('attributes.explain')}</Text>
      {isApiError(turnOff.error, 'version_conflict') ? (
        <Alert color="red" variant="light" role="alert" title={t('attributes.conflictTitle')}>
          {t('attributes.conflict')}
        </Alert>
      ) : (
        turnOff.error && <ProblemAlert error={turnOff.error} />
      )}
      {attributes.error && <ProblemAlert error={attributes.error} />}
      {attributes.data?.map((a) => (
        <Paper key={a.attribute} withBorder p="md">
          <Switch
            size="md"
            label={<Text fw={600}>{a.label}</Text>}
            checked={a.included}
            disabled={!a.held || (turnOff.isPending && turnOff.variables?.attribute === a.attribute)}
            onChange={(e) => {
              turnOff.reset();
              if (e.currentTarget.checked) setEnabling(a);
              else turnOff.mutate(a);
            }}
            description={
              !a.held
                ? t('attributes.notHeld')
                : a.included
                  ? t('attributes.included')
                  : t('attributes.excluded')
            }
          />
          {a.held && a.changedAt && (
            <Text size="sm" c="gray.7" mt="sm" ml={58}>
              {a.included && a.reason ? t('attributes.reasonShown', { reason: a.reason, at: n.dateTime(a.changedAt) }) : t('attributes.changedAt', { at: n.dateTime(a.changedAt) })}
            </Text>
          )}
        </Paper>
      ))}
      {enabling && <AttributeReasonModal attribute={enabling} onClose={() => setEnabling(null)} />}
    </Stack>
  );
}
