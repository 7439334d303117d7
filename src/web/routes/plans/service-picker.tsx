/**
 * Choosing a catalogue service for an action: without text, services with a free place
 * that work on the client's barriers (most matched first); typing searches the whole
 * catalogue by name. Each option says who provides it and how many places are free.
 */
import { useState } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage, useServiceSearch, type SearchPage } from './api';

export interface PickedService {
  id: string;
  name: string;
  agencyId: string;
  agencyName: string;
  barriers: string[];
}

type Hit = SearchPage['items'][number];

interface Props {
  id: string;
  value: { id: string; name: string } | null;
  barriers: string[];
  error?: string;
  onChange: (service: PickedService | null) => void;
}

export function ServicePicker({ id, value, barriers, error, onChange }: Props) {
  const { t } = useTranslation('planweb');
  const language = useLanguage() as 'en' | 'ru' | 'hy';
  const [search, setSearch] = useState('');
  const nameOf = (hit: Hit) => hit.name[language] ?? hit.name.en ?? hit.name.ru ?? hit.name.hy ?? '';
  // Picking an option puts its label in the box: that is not a new search.
  const chosenLabel = value?.name ?? '';
  const found = useServiceSearch(search === chosenLabel ? '' : search, barriers);
  const hits = found.data?.items ?? [];
  const data = hits.map((h) => ({ value: h.id, label: nameOf(h) }));
  // The service chosen before stays an option while other searches run.
  if (value && !data.some((d) => d.value === value.id)) data.unshift({ value: value.id, label: value.name });

  return (
    <Select
      id={id}
      label={t('actionForm.service')}
      description={t('actionForm.serviceHint')}
      placeholder={t('actionForm.servicePlaceholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('actionForm.clearService') }}
      searchValue={search}
      onSearchChange={setSearch}
      // The server searched already: show what it found.
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? t('web:common.loading') : t('actionForm.noServices')}
      data={data}
      value={value?.id ?? null}
      error={error}
      renderOption={({ option }) => {
        const hit = hits.find((h) => h.id === option.value);
        return (
          <div>
            <div>{option.label}</div>
            {hit && (
              <div style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-gray-7)' }}>
                {t('actionForm.serviceOption', { agency: hit.agency.name, count: hit.places.freePlaces })}
              </div>
            )}
          </div>
        );
      }}
      onChange={(v) => {
        if (!v) return onChange(null);
        const hit = hits.find((h) => h.id === v);
        if (hit) onChange({ id: hit.id, name: nameOf(hit), agencyId: hit.agency.id, agencyName: hit.agency.name, barriers: hit.barriers });
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
