/**
 * Registering a new person, reachable only from a search (so nobody skips the duplicate
 * check): the search terms fill the form, the server's field errors appear on their
 * fields in the UI language, and the new record opens with a second duplicate check.
 */
import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { peopleKeys, personQuery, registerPerson, type SearchQuery } from '../../../api/people';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveForm } from '../../../components/use-save-form';
import { PersonFormFields } from '../shared/person-form-fields';
import { emptyPerson, registrationBody, registrationFields, requiredFields, type PersonFormValues } from '../shared/person-form';

/** What the record page gets after a registration: the terms to check for duplicates again. */
export interface RegisteredState {
  registered: true;
}

function prefilled(search: SearchQuery): PersonFormValues {
  return {
    ...emptyPerson,
    familyName: search.familyName ?? '',
    givenName: search.givenName ?? '',
    birthDate: search.birthDate ?? '',
    nationalId: search.nationalId ?? '',
  };
}

export function RegisterPersonPage() {
  const location = useLocation();
  const search = (location.state as { search?: SearchQuery } | null)?.search;
  if (!search) return <Navigate to="/people" replace />;
  return <RegisterForm search={search} />;
}

function RegisterForm({ search }: { search: SearchQuery }) {
  const { t } = useTranslation('intake');
  const backTo = `/people?${new URLSearchParams(search as Record<string, string>).toString()}`;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const required = (v: unknown) => (typeof v === 'string' ? v.trim() : v) ? null : t('errors:field.required');
  const form = useForm<PersonFormValues>({
    initialValues: prefilled(search),
    validate: Object.fromEntries(requiredFields.map((f) => [f, required])),
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (values) => registerPerson(registrationBody(values)),
    onSaved: (person) => {
      // Searches run before now did not know this person.
      queryClient.removeQueries({ queryKey: [...peopleKeys.all, 'search'] });
      queryClient.setQueryData(personQuery(person.id).queryKey, person);
      const state: RegisteredState = { registered: true };
      void navigate(`/people/${person.id}`, { state });
    },
  });

  return (
    <>
      <PageHeader title={t('register.title')} description={t('register.subtitle')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={960}>
          <Alert color="blue" variant="light" title={t('register.fromSearchTitle')}>
            {t('register.fromSearch')}{' '}
            <Anchor component={Link} to={backTo} size="sm">
              {t('register.backToSearch')}
            </Anchor>
          </Alert>
          <PersonFormFields form={form} fields={registrationFields} guided />
          {/* Next to the button just pressed: the top of a long form is out of sight. */}
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={backTo}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
