/**
 * While a review is being drafted, the signed version stays in force: its actions and
 * their progress, where the lead agency (or the partner that owns an action) records
 * what happened.
 */
import { useState } from 'react';
import { Button, Center, Loader, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import { ProblemAlert } from '../../components/problem-alert';
import { usePlanVersion, type ActionView, type PlanView, type VersionView } from './api';
import { ActionsTable } from './actions-table';
import { fromVersion } from './draft';
import { usePlanNames } from './names';
import { ProgressModal } from './progress-modal';
import { useMayRecordProgress } from './rights';

export function InForceProgress({ plan, caseView }: { plan: PlanView; caseView: CaseView }) {
  const { t } = useTranslation('planweb');
  const version = usePlanVersion(plan, plan.inForce);
  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="plan-in-force">
      <Title order={2} size="h4" mb={4} id="plan-in-force">
        {t('inForce.title', { number: plan.inForce })}
      </Title>
      <Text size="sm" c="gray.7" mb="md">
        {t('inForce.intro')}
      </Text>
      {version.error ? (
        <ProblemAlert error={version.error} />
      ) : version.data ? (
        <InForceActions plan={plan} caseView={caseView} version={version.data} />
      ) : (
        <Center py="md">
          <Loader size="sm" aria-label={t('web:common.loading')} />
        </Center>
      )}
    </Paper>
  );
}

function InForceActions({ plan, caseView, version }: { plan: PlanView; caseView: CaseView; version: VersionView }) {
  const { t } = useTranslation('planweb');
  const names = usePlanNames(plan, caseView, version);
  const mayRecord = useMayRecordProgress(caseView);
  const [progress, setProgress] = useState<ActionView | null>(null);
  const views = new Map(version.content.actions.map((a) => [a.id, a]));
  if (version.content.actions.length === 0) return <Text size="sm">{t('actions.none')}</Text>;
  return (
    <>
      <ActionsTable
        caption={t('inForce.title', { number: version.number })}
        rows={fromVersion(version).actions}
        status={names.status}
        names={names}
        controls={(a) => {
          const view = views.get(a.key);
          return view && mayRecord(view) ? (
            <Button size="compact-sm" variant="default" onClick={() => setProgress(view)} aria-label={t('table.progressNamed', { title: a.title })}>
              {t('table.progress')}
            </Button>
          ) : null;
        }}
      />
      {progress && <ProgressModal plan={plan} action={progress} onClose={() => setProgress(null)} />}
    </>
  );
}
