/**
 * Finding another person inside a dialog (a household member, a duplicate record): the
 * same search as intake, and a "Choose" action on records the viewer may open, because
 * the server accepts only people whose identity the viewer may see.
 */
import { useState, type KeyboardEvent } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSearchable, usePeopleSearch, type SearchCandidate, type SearchQuery } from '../../../api/people';
import { CandidatesTable } from './candidates-table';
import { fullName, PersonName } from './person-name';

interface Props {
  initial: SearchQuery;
  /** Records that cannot be chosen (the record being worked on). */
  excludeIds: readonly string[];
  chosen: SearchCandidate | null;
  onChoose: (candidate: SearchCandidate | null) => void;
}

export function PersonPicker({ initial, excludeIds, chosen, onChoose }: Props) {
  const { t } = useTranslation('intake');
  const [terms, setTerms] = useState({ familyName: initial.familyName ?? '', givenName: initial.givenName ?? '', birthDate: initial.birthDate ?? '' });
  const [query, setQuery] = useState<SearchQuery | null>(isSearchable(initial) ? initial : null);
  const search = usePeopleSearch(query);
  const candidates = (search.data?.candidates ?? []).filter((c) => !excludeIds.includes(c.id));

  if (chosen) {
    return (
      <Paper withBorder p="sm">
        <Group justify="space-between">
          <Text size="sm">
            {t('picker.chosen')}: <PersonName person={chosen} /> · {chosen.onedoorId}
          </Text>
          <Button size="xs" variant="default" onClick={() => onChoose(null)}>
            {t('picker.change')}
          </Button>
        </Group>
      </Paper>
    );
  }

  const run = () => {
    if (!terms.familyName.trim()) return;
    const q = Object.fromEntries(Object.entries(terms).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()])) as SearchQuery;
    setQuery(q);
  };
  // Enter searches here instead of submitting the dialog's form around the picker.
  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    run();
  };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('field.familyName')} value={terms.familyName} onChange={(e) => setTerms({ ...terms, familyName: e.currentTarget.value })} spellCheck={false} autoComplete="off" onKeyDown={onEnter} />
        <TextInput label={t('field.givenName')} value={terms.givenName} onChange={(e) => setTerms({ ...terms, givenName: e.currentTarget.value })} spellCheck={false} autoComplete="off" onKeyDown={onEnter} />
        <TextInput label={t('field.birthDate')} type="date" value={terms.birthDate} onChange={(e) => setTerms({ ...terms, birthDate: e.currentTarget.value })} onKeyDown={onEnter} />
      </SimpleGrid>
      <Group justify="flex-end">
        {/* Not a submit button: the picker sits inside another form. */}
        <Button variant="light" onClick={run} disabled={!terms.familyName.trim()} loading={search.isFetching}>
          {t('search.submit')}
        </Button>
      </Group>
      {query && (
        <CandidatesTable
          compact
          caption={t('picker.results')}
          candidates={candidates}
          pending={search.isPending}
          error={search.error}
          action={(c) =>
            c.canOpen ? (
              <Button size="xs" variant="light" onClick={() => onChoose(c)} aria-label={t('picker.chooseNamed', { name: fullName(c) })}>
                {t('picker.choose')}
              </Button>
            ) : (
              <Text size="xs">{t('find.notYours')}</Text>
            )
          }
        />
      )}
    </Stack>
  );
}
