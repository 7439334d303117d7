/**
 * Open an integrated case for a person (reached from the person record). The signed-in
 * person's agency leads it; supervisors may name another case manager. A person has at
 * most one active case, so an existing one is shown instead of a second.
 */
import { Alert, Anchor, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { caseKeys, openCase, usePersonCases, usePersonHeading } from '../../api/cases';
import { isApiError, type Problem } from '../../api/problem';
import { useSession } from '../../app/session';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { CaseStatusBadge } from './case-status-badge';
import { useCaseManagerOptions } from './use-case-manager-options';

export function OpenCasePage() {
  const { t } = useTranslation('casework');
  const { personId = '' } = useParams();
  const me = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const person = usePersonHeading(personId);
  const cases = usePersonCases(personId);
  const staff = useCaseManagerOptions(me.agency.id);
  const active = cases.data?.find((c) => c.status !== 'closed');
  const form = useForm<{ caseManagerId: string | null }>({ initialValues: { caseManagerId: me.id } });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => openCase({ personId, caseManagerId: v.caseManagerId ?? undefined }),
    onSaved: (view) => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      notifications.show({ color: 'teal', message: t('open.opened') });
      void navigate(`/cases/${view.id}`);
    },
  });
  // Another office may have opened one a moment ago: the 409 names it.
  const raced = isApiError(error, 'already_exists') ? (error.problem as Problem & { activeCaseId?: string }).activeCaseId : undefined;
  const name = person.data ? [person.data.givenName, person.data.familyName].filter(Boolean).join(' ') || person.data.onedoorId : '';

  return (
    <>
      <PageHeader title={t('open.title')} description={name ? t('open.subtitle', { name, onedoorId: person.data?.onedoorId }) : undefined} />
      {person.error !== null && <ProblemAlert error={person.error} mb="md" />}
      {active ? (
        <Alert color="blue" variant="light" title={t('open.hasActive')}>
          <Group gap="sm">
            <CaseStatusBadge status={active.status} />
            <Text size="sm">{t('open.activeLead', { agency: active.leadAgency.name, manager: active.caseManager.displayName })}</Text>
            <Anchor component={Link} to={`/cases/${active.id}`}>
              {t('open.goToCase')}
            </Anchor>
          </Group>
        </Alert>
      ) : (
        <Paper withBorder p="lg" maw={640}>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {error !== null && !raced && <ProblemAlert error={error} placedFields={staff.canList ? placed : []} />}
              {raced && (
                <Alert color="orange" variant="light" title={t('open.hasActive')} role="alert">
                  <Anchor component={Link} to={`/cases/${raced}`}>
                    {t('open.goToCase')}
                  </Anchor>
                </Alert>
              )}
              <Text size="sm">{t('open.explain', { agency: me.agency.name })}</Text>
              {staff.canList ? (
                <Select
                  label={t('cases.caseManager')}
                  data={staff.options}
                  searchable
                  allowDeselect={false}
                  disabled={staff.pending}
                  {...form.getInputProps('caseManagerId')}
                />
              ) : (
                <Text size="sm">{t('open.youManage')}</Text>
              )}
              <Group justify="flex-end">
                <Button variant="default" component={Link} to={`/people/${personId}`}>
                  {t('web:common.cancel')}
                </Button>
                <Button type="submit" loading={pending} disabled={cases.isPending}>
                  {t('open.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </>
  );
}
