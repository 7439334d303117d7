/**
 * The intake search: names in any script, birth date, national id. It runs on submit,
 * not while typing, because every result shown is logged as a look at that person.
 */
import { useEffect } from 'react';
import { Button, Group, Paper, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SearchQuery } from '../../../api/people';

export interface SearchValues {
  familyName: string;
  givenName: string;
  birthDate: string;
  nationalId: string;
}

export const emptySearch: SearchValues = { familyName: '', givenName: '', birthDate: '', nationalId: '' };

/** Only the terms given, trimmed: the query the server gets and the cache key. */
export function toQuery(v: SearchValues): SearchQuery {
  const query: SearchQuery = {};
  for (const key of Object.keys(emptySearch) as (keyof SearchValues)[]) {
    const value = v[key].trim();
    if (value) query[key] = value;
  }
  return query;
}

interface Props {
  initial: SearchValues;
  pending: boolean;
  onSearch: (values: SearchValues) => void;
}

export function SearchForm({ initial, pending, onSearch }: Props) {
  const { t } = useTranslation('intake');
  const form = useForm<SearchValues>({
    initialValues: initial,
    validate: {
      // The server needs one of these to find anyone; say so on the first field.
      familyName: (value, values) => (value.trim() || values.nationalId.trim() ? null : t('search.needNameOrId')),
    },
  });
  // Back/forward changes the terms in the address: show them in the form too.
  const key = JSON.stringify(initial);
  useEffect(() => {
    form.setValues(JSON.parse(key) as SearchValues);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the address changes
  }, [key]);

  return (
    <Paper withBorder p="md" mb="lg" component="form" role="search" aria-label={t('search.label')} onSubmit={form.onSubmit(onSearch)} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput label={t('field.familyName')} spellCheck={false} autoComplete="off" {...form.getInputProps('familyName')} />
        <TextInput label={t('field.givenName')} spellCheck={false} autoComplete="off" {...form.getInputProps('givenName')} />
        <TextInput label={t('field.birthDate')} type="date" {...form.getInputProps('birthDate')} />
        <TextInput label={t('field.nationalId')} inputMode="numeric" spellCheck={false} autoComplete="off" {...form.getInputProps('nationalId')} />
      </SimpleGrid>
      <Group justify="space-between" mt="md" wrap="wrap">
        <Text size="sm" c="gray.7" maw="40rem">
          {t('search.hint')}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={() => onSearch(emptySearch)} type="button">
            {t('search.clear')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('search.submit')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

