/** Integrated cases: caseload, one case, its timeline, and the changes the lead agency makes. */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Caseload as CaseloadSchema, CaseloadQuery, CaseStatus, CaseSummary, CaseView, TimelineEvent as TimelineEventSchema,
} from '../../modules/cases/schema';
import { api } from './client';
import { personQuery, type PersonView } from './people';

export type { CaseStatus, CaseSummary, CaseView };
export type Caseload = z.infer<typeof CaseloadSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type CaseloadFilter = Pick<z.infer<typeof CaseloadQuery>, 'assignedTo' | 'status' | 'limit' | 'offset'>;

export const caseKeys = {
  all: ['cases'] as const,
  caseload: (filter: CaseloadFilter) => ['cases', 'caseload', filter] as const,
  one: (id: string) => ['cases', 'one', id] as const,
  timeline: (id: string) => ['cases', 'timeline', id] as const,
  ofPerson: (personId: string) => ['cases', 'person', personId] as const,
};

export function useCaseload(filter: CaseloadFilter) {
  return useQuery({
    queryKey: caseKeys.caseload(filter),
    queryFn: () => api<Caseload>({ operation: 'cases.caseload', path: '/api/cases', query: filter }),
    // Keep the rows while another filter or page loads, so the table does not flash.
    placeholderData: keepPreviousData,
  });
}

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: caseKeys.one(id),
    queryFn: () => api<CaseView>({ operation: 'cases.get', path: `/api/cases/${id}` }),
  });

export function useCase(id: string) {
  return useQuery(caseQuery(id));
}

export function useCaseTimeline(id: string, enabled = true) {
  return useQuery({
    queryKey: caseKeys.timeline(id),
    queryFn: () => api<{ items: TimelineEvent[] }>({ operation: 'cases.timeline', path: `/api/cases/${id}/timeline`, query: { limit: 200 } }),
    enabled,
  });
}

export function usePersonCases(personId: string) {
  return useQuery({
    queryKey: caseKeys.ofPerson(personId),
    queryFn: () => api<CaseSummary[]>({ operation: 'cases.ofPerson', path: `/api/people/${personId}/cases` }),
  });
}

export function openCase(body: { personId: string; caseManagerId?: string }) {
  return api<CaseView>({ operation: 'cases.open', method: 'POST', path: '/api/cases', body });
}

export function changeCaseStatus(id: string, body: { status: CaseStatus; reason: string; version: number }) {
  return api<CaseView>({ operation: 'cases.changeStatus', method: 'PUT', path: `/api/cases/${id}/status`, body });
}

export function changeCaseManager(id: string, body: { caseManagerId: string; version: number }) {
  return api<CaseView>({ operation: 'cases.changeManager', method: 'PUT', path: `/api/cases/${id}/case-manager`, body });
}

export function addCasePartner(id: string, body: { agencyId: string; role: string | null }) {
  return api<CaseView>({ operation: 'cases.addPartner', method: 'POST', path: `/api/cases/${id}/partners`, body });
}

export function endCasePartnership(id: string, agencyId: string) {
  return api<void>({ operation: 'cases.removePartner', method: 'POST', path: `/api/cases/${id}/partners/${agencyId}/leave` });
}

/** Who a casework page is about: names (when visible) and the OneDoor id, from the person record. */
export interface PersonHeading {
  id: string;
  onedoorId: string;
  givenName?: string;
  familyName?: string;
  relation: PersonView['relation'];
}

export function usePersonHeading(personId: string) {
  // The person page's own query and cache: going between the record and its consent page reads (and audits) it once.
  return useQuery({
    ...personQuery(personId),
    select: (p): PersonHeading => ({ id: p.id, onedoorId: p.onedoorId, givenName: p.givenName, familyName: p.familyName, relation: p.relation }),
  });
}
