/**
 * Calls of the service catalogue screens: search, one service, locations, and the changes
 * coordinators make. Shapes come from the server's zod schemas (type-only imports).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { InstrumentVersion } from '../../../modules/assessment/definition-schema';
import type {
  Location, ScheduleEntry, SearchPage, Service, ServiceType,
} from '../../../modules/catalogue/schema';
import { api } from '../../api/client';

export type { Location, ScheduleEntry, SearchPage, Service, ServiceType };
export type SearchHit = SearchPage['items'][number];
type Instrument = z.infer<typeof InstrumentVersion>;

// Spelled out so the bundle carries no server code; `satisfies` flags a value the server does not know.
export const serviceTypes = [
  'counselling', 'training', 'almp', 'benefit_advice', 'debt_counselling', 'health', 'addiction', 'housing', 'childcare', 'mentoring', 'job_placement', 'subsidy',
] as const satisfies readonly ServiceType[];

/** Languages offered in the pickers (ISO 639-1); the server accepts any code. */
export const serviceLanguages = ['hy', 'ru', 'en', 'fa', 'ar', 'fr', 'de', 'ka', 'az', 'ku', 'uk'] as const;
export const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export const catalogueKeys = {
  all: ['catalogue'] as const,
  search: (filter: SearchFilter, language: string) => ['catalogue', 'search', filter, language] as const,
  one: (id: string) => ['catalogue', 'service', id] as const,
  locations: ['catalogue', 'locations'] as const,
};

export interface SearchFilter {
  barriers: string[];
  type: string | null;
  municipality: string | null;
  language: string | null;
  freeOnly: boolean;
  q: string;
  limit: number;
  offset: number;
}

export function useCatalogueSearch(filter: SearchFilter, language: string) {
  return useQuery({
    queryKey: catalogueKeys.search(filter, language),
    queryFn: () =>
      api<SearchPage>({
        operation: 'catalogue.search',
        path: '/api/catalogue/services',
        query: {
          barriers: filter.barriers.join(',') || undefined,
          type: filter.type,
          municipality: filter.municipality,
          language: filter.language,
          freeOnly: filter.freeOnly ? 'true' : undefined,
          q: filter.q || undefined,
          limit: filter.limit,
          offset: filter.offset,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

export function fetchService(id: string) {
  return api<Service>({ operation: 'catalogue.service', path: `/api/catalogue/services/${id}` });
}

export function useLocations() {
  return useQuery({
    queryKey: catalogueKeys.locations,
    queryFn: () => api<Location[]>({ operation: 'catalogue.locations', path: '/api/catalogue/locations' }),
  });
}

/** Barrier codes and names of the instrument new assessments use. */
export function useBarriers() {
  return useQuery({
    queryKey: ['catalogue', 'barriers'],
    queryFn: () => api<Instrument>({ operation: 'catalogue.barriers', path: '/api/assessment-instruments/current' }),
    select: (v) => v.definition.barriers,
    staleTime: 5 * 60_000,
  });
}

type Texts = { en?: string; ru?: string; hy?: string };

export interface ServiceBody {
  name: Texts;
  description: Texts;
  type: ServiceType;
  status: 'active' | 'inactive';
  capacity: number;
  reservedPlaces: number;
  languages: string[];
  barriers: string[];
  costPerParticipant: number | null;
  costCurrency: string;
  schedule: ScheduleEntry[];
  locationIds: string[];
}

export function saveService(body: ServiceBody, existing?: { id: string; version: number }) {
  return existing
    ? api<Service>({ operation: 'catalogue.updateService', method: 'PUT', path: `/api/catalogue/services/${existing.id}`, body: { ...body, version: existing.version } })
    : api<Service>({ operation: 'catalogue.createService', method: 'POST', path: '/api/catalogue/services', body });
}

export interface LocationBody {
  name: string;
  address: string;
  municipalityCode: string;
  postalCode: string;
  accessibility: string;
}

export function createLocation(body: LocationBody) {
  return api<Location>({ operation: 'catalogue.createLocation', method: 'POST', path: '/api/catalogue/locations', body });
}

/** A text in the UI language, else in any language it has. */
export function localText(text: Texts, language: string): string {
  return text[language as keyof Texts] || text.en || text.ru || text.hy || '';
}
