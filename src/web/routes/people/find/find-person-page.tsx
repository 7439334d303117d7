/**
 * Intake, search first: before anyone is registered, staff look them up (in any script),
 * see ranked candidates with the reasons for each match, and open the record. Only after
 * a search can they register someone new, with the search terms carried over. The terms
 * live in the address, so Back returns to the same results.
 */
import { useState } from 'react';
import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isSearchable, usePeopleSearch, type SearchCandidate } from '../../../api/people';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { CandidatesTable } from '../shared/candidates-table';
import { fullName } from '../shared/person-name';
import { BreakGlassModal } from './break-glass-modal';
import { TakeOnModal } from './take-on-modal';
import { emptySearch, SearchForm, toQuery, type SearchValues } from './search-form';

const valuesFrom = (params: URLSearchParams): SearchValues => ({
  familyName: params.get('familyName') ?? '',
  givenName: params.get('givenName') ?? '',
  birthDate: params.get('birthDate') ?? '',
  nationalId: params.get('nationalId') ?? '',
});

export function FindPersonPage() {
  const { t } = useTranslation('intake');
  const me = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const values = params.size > 0 ? valuesFrom(params) : emptySearch;
  const query = toQuery(values);
  const searched = isSearchable(query);
  const search = usePeopleSearch(searched ? query : null);
  const candidates = search.data?.candidates ?? [];
  const current = search.isSuccess && !search.isPlaceholderData;
  const [emergencyFor, setEmergencyFor] = useState<SearchCandidate | null>(null);
  const [takeOnFor, setTakeOnFor] = useState<SearchCandidate | null>(null);
  const mayBreakGlass = me.permissions.includes('break_glass.use');
  const mayTakeOn = me.permissions.includes('case.open');

  const action = (c: SearchCandidate) => {
    const name = fullName(c);
    if (c.canOpen) {
      return (
        <Button component={Link} to={`/people/${c.id}`} size="xs" variant="light" aria-label={t('find.openNamed', { name })}>
          {t('find.open')}
        </Button>
      );
    }
    if (!mayBreakGlass && !mayTakeOn) return <Text size="xs">{t('find.notYours')}</Text>;
    // The client is here: the office takes them on (opens the case). Emergency access is for when they are not.
    return (
      <Group gap="xs" wrap="nowrap">
        {mayTakeOn && (
          <Button size="xs" variant="light" onClick={() => setTakeOnFor(c)} aria-label={t('find.takeOnNamed', { name })}>
            {t('find.takeOn')}
          </Button>
        )}
        {mayBreakGlass && (
          <Button size="xs" variant="default" onClick={() => setEmergencyFor(c)} aria-label={t('find.emergencyNamed', { name })}>
            {t('find.emergency')}
          </Button>
        )}
      </Group>
    );
  };

  return (
    <>
      <PageHeader title={t('find.title')} description={t('find.subtitle')} />
      <SearchForm initial={values} pending={search.isFetching} onSearch={(v) => setParams(toQuery(v))} />
      {searched && (
        <section aria-labelledby="find-results">
          <Group justify="space-between" align="baseline" mb="sm">
            <Title order={2} size="h4" id="find-results">
              {t('find.results')}
            </Title>
            <Text size="sm" c="gray.7" role="status">
              {current ? t('find.count', { count: candidates.length }) : ''}
            </Text>
          </Group>
          {current && candidates.length === 0 ? (
            <Alert color="gray" variant="light" mb="md">
              {t('find.none')}
            </Alert>
          ) : (
            <CandidatesTable caption={t('find.results')} candidates={candidates} pending={search.isPending} error={search.error} action={action} />
          )}
          {current && (
            <Paper withBorder p="md" mt="md">
              <Group justify="space-between" wrap="wrap">
                <Text size="sm" maw="44rem">
                  {candidates.length ? t('find.registerHint') : t('find.registerHintNone')}
                </Text>
                <Button onClick={() => void navigate('/people/new', { state: { search: query } })}>{t('find.register')}</Button>
              </Group>
            </Paper>
          )}
        </section>
      )}
      {takeOnFor && <TakeOnModal candidate={takeOnFor} onClose={() => setTakeOnFor(null)} onOpened={(id) => void navigate(`/cases/${id}`)} />}
      {emergencyFor && (
        <BreakGlassModal
          candidate={emergencyFor}
          onClose={() => setEmergencyFor(null)}
          onOpened={(id) => void navigate(`/people/${id}`)}
        />
      )}
    </>
  );
}
