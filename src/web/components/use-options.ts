/** Select options built from the admin lists, labelled in the current UI language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencies, useMunicipalities, useOffices } from '../api/admin';
import type { Language } from '../api/types';

export function useAgencyOptions() {
  const agencies = useAgencies();
  return useMemo(
    () => (agencies.data ?? []).map((a) => ({ value: a.id, label: a.name })).sort((a, b) => a.label.localeCompare(b.label)),
    [agencies.data],
  );
}

/** Offices of one agency only: staff may only be placed in their own agency's offices. */
export function useOfficeOptions(agencyId: string | null | undefined) {
  const offices = useOffices(agencyId || undefined);
  return useMemo(
    () => (agencyId ? (offices.data ?? []).filter((o) => o.agencyId === agencyId) : []).map((o) => ({ value: o.id, label: o.name })),
    [offices.data, agencyId],
  );
}

export function useMunicipalityNames() {
  const { i18n } = useTranslation();
  const municipalities = useMunicipalities();
  const language = (i18n.resolvedLanguage ?? 'en') as Language;
  return useMemo(() => {
    const names = new Map((municipalities.data ?? []).map((m) => [m.code, m.names[language] ?? m.names.en]));
    const options = [...names].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, language));
    return { nameOf: (code: string) => names.get(code) ?? code, options };
  }, [municipalities.data, language]);
}
