/**
 * A person record: the fields the viewer may see, documents, case notes, household, cases, change
 * history and duplicate links, in tabs. A tab's data is fetched only when it is opened,
 * since each read of someone's data is logged in their access log.
 */
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Center, Group, Loader, Stack, Tabs } from '@mantine/core';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePerson, type PersonView } from '../../../api/people';
import { isApiError } from '../../../api/problem';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import type { RegisteredState } from '../register/register-person-page';
import { editableFieldsOf } from '../shared/person-form';
import { fullName } from '../shared/person-name';
import { useDay } from '../shared/use-day';
import { CasesTab } from './cases-tab';
import { DocumentsSection } from './documents-section';
import { DuplicatesTab } from './duplicates-tab';
import { HistoryTab } from './history-tab';
import { HouseholdTab } from './household-tab';
import { NotesTab } from './notes-tab';
import { PersonDetails } from './person-details';
import { PersonEditModal } from './person-edit-modal';
import { RegisteredCheck } from './registered-check';
import { SpellsAndBenefits } from './spells-benefits';

export function PersonPage() {
  const { t } = useTranslation('intake');
  const { id = '' } = useParams();
  const person = usePerson(id);

  if (person.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('web:common.loading')} />
      </Center>
    );
  }
  if (person.isError) {
    return (
      <>
        <PageHeader title={t('record.notFoundTitle')} />
        {isApiError(person.error, 'not_found') || isApiError(person.error, 'forbidden') ? (
          <Alert color="blue" variant="light">
            {t('record.notFound')}{' '}
            <Anchor component={Link} to="/people">
              {t('record.backToSearch')}
            </Anchor>
          </Alert>
        ) : (
          <ProblemAlert error={person.error} />
        )}
      </>
    );
  }
  return <PersonRecord person={person.data} />;
}

function PersonRecord({ person }: { person: PersonView }) {
  const { t } = useTranslation('intake');
  const day = useDay();
  const me = useSession();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const registered = (location.state as RegisteredState | null)?.registered === true;
  const canEdit = me.permissions.includes('person.update');
  const tabs = [
    'details',
    'notes',
    ...('household' in person ? ['household'] : []),
    'cases',
    'history',
    ...('linkedDuplicates' in person ? ['duplicates'] : []),
  ];
  const requested = params.get('tab') ?? 'details';
  const tab = tabs.includes(requested) ? requested : 'details';
  const name = fullName(person) || person.onedoorId;

  return (
    <>
      <PageHeader
        title={name}
        description={t('record.subtitle', { onedoorId: person.onedoorId, date: day(person.registeredAt) })}
        actions={
          <>
            {canEdit && editableFieldsOf(person).length > 0 && <Button onClick={() => setEditing(true)}>{t('record.edit')}</Button>}
            <Button component={Link} to={`/people/${person.id}/access-log`} variant="default">
              {t('record.accessLog')}
            </Button>
            <Button component={Link} to={`/people/${person.id}/consent`} variant="default">
              {t('record.consent')}
            </Button>
          </>
        }
      />
      <Stack gap="md" mb="lg">
        <Group gap="xs">
          <Badge variant="light" color={person.relation === 'break_glass' ? 'red' : 'indigo'} radius="sm" tt="none" size="lg">
            {t(`people:relation.${person.relation}`)}
          </Badge>
        </Group>
        {person.relation === 'break_glass' && (
          <Alert color="red" variant="light" title={t('record.breakGlassTitle')}>
            {t('record.breakGlass')}
          </Alert>
        )}
        {person.linkedTo && (
          <Alert color="blue" variant="light" title={t('record.linkedTitle')}>
            {t('record.linked', { onedoorId: person.linkedTo.onedoorId })}{' '}
            <Anchor component={Link} to={`/people/${person.linkedTo.id}`}>
              {t('record.openPrimary', { onedoorId: person.linkedTo.onedoorId })}
            </Anchor>
          </Alert>
        )}
      </Stack>
      {registered && <RegisteredCheck person={person} />}

      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'details' ? { tab: value } : {}, { replace: true, state: location.state })} keepMounted={false}>
        <Tabs.List aria-label={t('tabs.label')} mb="lg">
          {tabs.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="details">
          <Stack gap="xl">
            <PersonDetails person={person} />
            {person.documents && <DocumentsSection person={person} documents={person.documents} canEdit={canEdit} />}
            <SpellsAndBenefits person={person} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="notes">
          <NotesTab person={person} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="household">
          <HouseholdTab person={person} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="cases">
          <CasesTab person={person} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryTab personId={person.id} />
        </Tabs.Panel>
        <Tabs.Panel value="duplicates">
          <DuplicatesTab person={person} canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
      {editing && <PersonEditModal person={person} onClose={() => setEditing(false)} />}
    </>
  );
}
