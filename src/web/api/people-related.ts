/** Around a person record: households, duplicate links and the client-visible access log. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Relationship } from '../../modules/people/schema';
import type {
  HouseholdHistoryEntry as HouseholdHistoryEntrySchema,
  HouseholdResult as HouseholdResultSchema,
  PersonLink,
} from '../../modules/people/schema-records';
import { api } from './client';
import { peopleKeys } from './people';

export type { PersonLink, Relationship };
export type HouseholdHistoryEntry = z.infer<typeof HouseholdHistoryEntrySchema>;
export type HouseholdResult = z.infer<typeof HouseholdResultSchema>;

export function useHouseholdHistory(personId: string) {
  return useQuery({
    queryKey: peopleKeys.households(personId),
    queryFn: () =>
      api<HouseholdHistoryEntry[]>({ operation: 'people.householdHistory', path: `/api/people/${personId}/household-history` }),
    staleTime: 60_000,
  });
}

export function createHousehold(personId: string) {
  return api<HouseholdResult>({ operation: 'people.createHousehold', method: 'POST', path: '/api/households', body: { personId } });
}

export function addHouseholdMember(householdId: string, body: { personId: string; relationship: Relationship; joinedOn: string }) {
  return api<HouseholdResult>({
    operation: 'people.addHouseholdMember',
    method: 'POST',
    path: `/api/households/${householdId}/members`,
    body,
  });
}

export function createLink(personId: string, body: { duplicatePersonId: string; status: 'suspected' | 'linked'; reason: string }) {
  return api<PersonLink>({ operation: 'people.createLink', method: 'POST', path: `/api/people/${personId}/links`, body });
}

export type LinkDecision = 'linked' | 'rejected' | 'unlinked';

export function decideLink(linkId: string, body: { status: LinkDecision; reason: string; version: number }) {
  return api<PersonLink>({ operation: 'people.decideLink', method: 'POST', path: `/api/person-links/${linkId}/decide`, body });
}

/**
 * One line of the access log as the server sends it. Spelled out here because the
 * server keeps its schema private to the route (audit/access-log-routes.ts).
 */
export interface AccessLogEntry {
  seq: number;
  at: string;
  action: string;
  purpose: string | null;
  agencyName: string | null;
  agencyType: string | null;
  roles: string[];
  staffName: string | null;
  categories: string[];
  breakGlass: boolean;
}

const pageSize = 100;

/** Newest first; each further page asks for entries before the oldest one shown. */
export function useAccessLog(personId: string) {
  return useInfiniteQuery({
    queryKey: peopleKeys.accessLog(personId),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api<AccessLogEntry[]>({
        operation: 'people.accessLog',
        path: `/api/people/${personId}/access-log`,
        query: { limit: pageSize, beforeSeq: pageParam },
      }),
    getNextPageParam: (last) => (last.length < pageSize ? undefined : last[last.length - 1]?.seq),
  });
}
