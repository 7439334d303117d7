/**
 * Right after a registration: the registry is searched again with everything now
 * recorded (the form may hold more than the first search did), and likely duplicates
 * are shown with a way to flag them. The server's registration answer does not list
 * duplicates itself, so this uses the same intake search.
 */
import { useState } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePeopleSearch, type PersonView, type SearchCandidate, type SearchQuery } from '../../../api/people';
import { CandidatesTable } from '../shared/candidates-table';
import { fullName } from '../shared/person-name';
import { LinkModal } from './link-modal';

/** Below this score a candidate is noise for a record that was just checked at search time. */
const LIKELY = 0.5;

export function RegisteredCheck({ person }: { person: PersonView }) {
  const { t } = useTranslation('intake');
  const query: SearchQuery = {
    familyName: person.familyName,
    givenName: person.givenName,
    birthDate: person.birthDate,
    ...(person.nationalId ? { nationalId: person.nationalId } : {}),
  };
  const search = usePeopleSearch(person.familyName ? query : null);
  const likely = (search.data?.candidates ?? []).filter((c) => c.id !== person.id && c.score >= LIKELY);
  const [flagging, setFlagging] = useState<SearchCandidate | null>(null);

  if (search.isPending || search.isError) return null;
  if (likely.length === 0) {
    return (
      <Alert color="teal" variant="light" title={t('registered.title', { onedoorId: person.onedoorId })} mb="lg">
        {t('registered.noDuplicates')}
      </Alert>
    );
  }
  return (
    <Stack gap="sm" mb="lg">
      <Alert color="red" variant="light" title={t('registered.duplicatesTitle', { count: likely.length })}>
        <Text size="sm">{t('registered.duplicates', { onedoorId: person.onedoorId })}</Text>
      </Alert>
      <CandidatesTable
        caption={t('registered.duplicatesCaption')}
        candidates={likely}
        pending={false}
        error={null}
        action={(c) =>
          c.canOpen ? (
            <Button size="xs" variant="light" onClick={() => setFlagging(c)} aria-label={t('registered.flagNamed', { name: fullName(c) })}>
              {t('registered.flag')}
            </Button>
          ) : (
            <Text size="xs">{t('find.notYours')}</Text>
          )
        }
      />
      {flagging && <LinkModal person={person} candidate={flagging} onClose={() => setFlagging(null)} />}
    </Stack>
  );
}
