/**
 * Choosing the catalogue service a client is referred to: typing searches the whole
 * catalogue by name; each option says who provides it and how many places are free (a
 * full service still takes referrals: they go on its waiting list).
 */
import { useState } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localText } from '../catalogue/api';
import { useServiceChoices, type ServiceHit } from './api';

export interface ChosenService {
  id: string;
  name: string;
  agencyId: string;
  agencyName: string;
  freePlaces: number | null;
}

interface Props {
  value: ChosenService | null;
  error?: React.ReactNode;
  onChange: (service: ChosenService | null) => void;
}

export function ServiceChoice({ value, error, onChange }: Props) {
  const { t, i18n } = useTranslation('referrals');
  const language = i18n.resolvedLanguage ?? 'en';
  const [search, setSearch] = useState(value?.name ?? '');
  // Picking an option puts its label in the box: that is not a new search.
  const found = useServiceChoices(search === (value?.name ?? '') ? '' : search, language);
  const hits = found.data?.items ?? [];
  const nameOf = (hit: ServiceHit) => localText(hit.name, language);
  const data = hits.map((h) => ({ value: h.id, label: nameOf(h) }));
  if (value && !data.some((d) => d.value === value.id)) data.unshift({ value: value.id, label: value.name });

  return (
    <Select
      id="referral-service"
      label={t('web.form.service')}
      description={t('web.form.serviceHint')}
      placeholder={t('web.form.servicePlaceholder')}
      required
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? t('web:common.loading') : t('web.form.noServices')}
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
                {t('web.form.serviceOption', { agency: hit.agency.name, count: hit.places.freePlaces })}
              </div>
            )}
          </div>
        );
      }}
      onChange={(v) => {
        if (!v) return onChange(null);
        const hit = hits.find((h) => h.id === v);
        if (hit) onChange({ id: hit.id, name: nameOf(hit), agencyId: hit.agency.id, agencyName: hit.agency.name, freePlaces: hit.places.freePlaces });
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
