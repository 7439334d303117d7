/**
 * The person registry: intake search, registration, the record, its changes and documents.
 * Every call that returns someone's data is audited by the server, so the caches below are
 * kept a little longer than usual: going back to a page should not log another read.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DocumentInput, PersonCreate, PersonDocument, PersonUpdate, PersonView } from '../../modules/people/schema';
import type { Revision as RevisionSchema, SearchCandidate, SearchQuery, SearchReason } from '../../modules/people/schema-records';
import { api } from './client';

export type { DocumentInput, PersonCreate, PersonDocument, PersonUpdate, PersonView, SearchCandidate, SearchQuery, SearchReason };
export type Revision = z.infer<typeof RevisionSchema>;

export const peopleKeys = {
  all: ['people'] as const,
  search: (query: SearchQuery) => ['people', 'search', query] as const,
  one: (id: string) => ['people', 'one', id] as const,
  history: (id: string) => ['people', 'history', id] as const,
  households: (id: string) => ['people', 'household-history', id] as const,
  accessLog: (id: string) => ['people', 'access-log', id] as const,
};

/** True when the query has what the server needs to search: a family name or a national id. */
export const isSearchable = (q: SearchQuery) => Boolean(q.familyName?.trim() || q.nationalId?.trim());

export function searchPeople(query: SearchQuery) {
  return api<{ candidates: SearchCandidate[] }>({ operation: 'people.search', path: '/api/people/search', query: { ...query } });
}

/** Ranked candidates for the terms; runs only for a searchable query (each result is audited). */
export function usePeopleSearch(query: SearchQuery | null) {
  return useQuery({
    queryKey: peopleKeys.search(query ?? {}),
    queryFn: () => searchPeople(query ?? {}),
    enabled: query !== null && isSearchable(query),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function registerPerson(body: PersonCreate) {
  return api<PersonView>({ operation: 'people.register', method: 'POST', path: '/api/people', body });
}

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: peopleKeys.one(id),
    queryFn: () => api<PersonView>({ operation: 'people.read', path: `/api/people/${id}` }),
    staleTime: 60_000,
  });

export function usePerson(id: string) {
  return useQuery(personQuery(id));
}

export function updatePerson(id: string, body: PersonUpdate) {
  return api<PersonView>({ operation: 'people.update', method: 'PUT', path: `/api/people/${id}`, body });
}

export function usePersonHistory(id: string) {
  return useQuery({
    queryKey: peopleKeys.history(id),
    queryFn: () => api<Revision[]>({ operation: 'people.history', path: `/api/people/${id}/history` }),
    staleTime: 60_000,
  });
}

export function addDocument(personId: string, body: DocumentInput) {
  return api<PersonDocument>({ operation: 'people.addDocument', method: 'POST', path: `/api/people/${personId}/documents`, body });
}

export function updateDocument(personId: string, documentId: string, body: DocumentInput & { version: number }) {
  return api<PersonDocument>({
    operation: 'people.updateDocument',
    method: 'PUT',
    path: `/api/people/${personId}/documents/${documentId}`,
    body,
  });
}

