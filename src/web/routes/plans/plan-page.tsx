/**
 * The action plan of a case: loads the case (the client's name, who leads) and the plan,
 * then hands over to the workspace. No plan yet: the lead agency may start one here.
 */
import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCase } from '../../api/cases';
import { isApiError } from '../../api/problem';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { usePlan } from './api';
import { CasePlanSection } from './case-plan-section';
import { PlanWorkspace } from './plan-workspace';

export function PlanPage() {
  const { t } = useTranslation('planweb');
  const { caseId = '' } = useParams();
  const caseView = useCase(caseId);
  const plan = usePlan(caseId);

  if (plan.isPending || caseView.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('web:common.loading')} />
      </Center>
    );
  }
  if (plan.isError || caseView.isError) {
    const error = plan.error ?? caseView.error;
    const back = (
      <Anchor component={Link} to={`/cases/${caseId}`}>
        {t('page.backToCase')}
      </Anchor>
    );
    return (
      <>
        <PageHeader title={t('page.notFoundTitle')} actions={caseView.isSuccess ? back : undefined} />
        {isApiError(error, 'not_found') && caseView.isSuccess ? (
          // The case is there, its plan is not: say so where it can be started.
          <Stack maw={640}>
            <CasePlanSection caseId={caseId} />
          </Stack>
        ) : isApiError(error, 'not_found') ? (
          <Alert color="orange" variant="light">
            {t('page.notFound')}
          </Alert>
        ) : isApiError(error, 'forbidden') ? (
          <Alert color="orange" variant="light">
            {t('section.forbidden')}
          </Alert>
        ) : (
          <ProblemAlert error={error} />
        )}
      </>
    );
  }
  // A new version (a review, a signature) starts its own draft on screen.
  return <PlanWorkspace key={`${plan.data.id}:${plan.data.current.number}`} plan={plan.data} caseView={caseView.data} />;
}
