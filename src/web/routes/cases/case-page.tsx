/**
 * One integrated case: who leads it and manages it, its status, the partner agencies, and
 * the timeline of everything that happened across agencies.
 */
import { Alert, Anchor, Center, Group, Loader, SimpleGrid, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCase } from '../../api/cases';
import { useSession } from '../../app/session';
import { isApiError } from '../../api/problem';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { CaseAssessments } from '../assessment/case-assessments';
import { CasePlanSection } from '../plans/case-plan-section';
import { CaseDutySection } from '../duties/case-duty-section';
import { CaseReferrals } from '../referrals/case-referrals';
import { CaseDetails } from './case-details';
import { CasePartners } from './case-partners';
import { CaseTimeline } from './case-timeline';
import { fullName } from './person-name';

export function CasePage() {
  const { t } = useTranslation('casework');
  const me = useSession();
  const format = useFormat();
  const { id = '' } = useParams();
  const caseView = useCase(id);

  if (caseView.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('web:common.loading')} />
      </Center>
    );
  }
  if (caseView.isError) {
    return (
      <>
        <PageHeader title={t('case.notFoundTitle')} />
        {isApiError(caseView.error, 'not_found') ? (
          <Alert color="orange" variant="light">
            {t('case.notFound')}
          </Alert>
        ) : (
          <ProblemAlert error={caseView.error} />
        )}
      </>
    );
  }

  const c = caseView.data;
  const name = fullName(c.person.name) ?? c.person.onedoorId;
  return (
    <>
      <PageHeader
        title={t('case.title', { name })}
        description={t('case.subtitle', { onedoorId: c.person.onedoorId, opened: format.dateTime(c.openedAt) })}
        actions={
          <Group gap="md">
            <Anchor component={Link} to={`/people/${c.person.id}`}>
              {t('case.personRecord')}
            </Anchor>
            <Anchor component={Link} to={`/people/${c.person.id}/consent`}>
              {t('case.consents')}
            </Anchor>
            {me.permissions.includes('conference.manage') && c.status !== 'closed' && (
              <Anchor component={Link} to={`/conferences/new?caseId=${c.id}`}>
                {t('case.scheduleConference')}
              </Anchor>
            )}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="lg">
          <CaseDetails caseView={c} />
          <CasePartners caseView={c} />
          <CaseAssessments caseView={c} />
          <CasePlanSection caseId={c.id} />
          <CaseDutySection caseView={c} />
          <CaseReferrals caseView={c} />
        </Stack>
        <CaseTimeline caseView={c} />
      </SimpleGrid>
    </>
  );
}
