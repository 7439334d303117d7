/**
 * One assessment: loads it, its instrument version (old assessments render on the version
 * they were answered on) and its case (the client's name, who leads), then hands over to
 * the workspace. Sections the viewer may not see never reach the page.
 */
import { Alert, Center, Loader } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { caseQuery } from '../../api/cases';
import { isApiError } from '../../api/problem';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { useAssessment, useInstrument } from './api';
import { AssessmentWorkspace } from './assessment-workspace';

export function AssessmentPage() {
  const { t } = useTranslation('assessment');
  const { id = '' } = useParams();
  const assessment = useAssessment(id);
  const instrument = useInstrument(assessment.data?.instrument.id);
  const caseId = assessment.data?.caseId ?? '';
  const caseView = useQuery({ ...caseQuery(caseId), enabled: Boolean(caseId) });

  const failed = assessment.error ?? instrument.error;
  if (failed) {
    return (
      <>
        <PageHeader title={t('page.notFoundTitle')} />
        {isApiError(failed, 'not_found') ? (
          <Alert color="orange" variant="light">
            {t('page.notFound')}
          </Alert>
        ) : (
          <ProblemAlert error={failed} />
        )}
      </>
    );
  }
  // The case only names the client and says who leads: the page works without it.
  if (!assessment.data || !instrument.data || caseView.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('web:common.loading')} />
      </Center>
    );
  }
  return <AssessmentWorkspace key={id} view={assessment.data} instrument={instrument.data} caseView={caseView.data ?? null} />;
}
