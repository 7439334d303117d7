/**
 * Calls of the case conference screens: my conferences, one conference with its agenda,
 * attendance, minutes and decisions, my briefing pack, and the staff directory used to
 * invite participants. Shapes come from the server's zod schemas (type-only imports).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Briefing, CommitteeCreate, CommitteeView, ConferenceCreate, ConferenceSummary, ConferenceView, DecisionCreate, DirectoryEntry } from '../../../modules/conferences/schema';
import { api } from '../../api/client';

export type { Briefing, ConferenceView };
export type ConferenceItem = z.infer<typeof ConferenceSummary>;
export type StaffEntry = z.infer<typeof DirectoryEntry>;
export type ScheduleBody = z.input<typeof ConferenceCreate>;
export type DecisionBody = z.input<typeof DecisionCreate>;
export type Attendance = ConferenceView['participantList'][number]['attendance'];
export type BriefingItem = Briefing['items'][number];

export const attendances = ['invited', 'attended', 'excused', 'absent'] as const satisfies readonly Attendance[];

export const conferenceKeys = {
  all: ['conferences'] as const,
  list: (when: 'upcoming' | 'past') => ['conferences', 'list', when] as const,
  one: (id: string) => ['conferences', 'one', id] as const,
  briefing: (id: string, language: string) => ['conferences', 'briefing', id, language] as const,
  directory: ['conferences', 'directory'] as const,
};

export function useConferences(when: 'upcoming' | 'past') {
  return useQuery({
    queryKey: conferenceKeys.list(when),
    queryFn: () => api<ConferenceItem[]>({ operation: 'conferences.list', path: '/api/conferences', query: { when } }),
  });
}

export function useConference(id: string) {
  return useQuery({
    queryKey: conferenceKeys.one(id),
    queryFn: () => api<ConferenceView>({ operation: 'conferences.get', path: `/api/conferences/${id}` }),
  });
}

export function useBriefing(id: string, language: string) {
  return useQuery({
    queryKey: conferenceKeys.briefing(id, language),
    queryFn: () => api<Briefing>({ operation: 'conferences.briefing', path: `/api/conferences/${id}/briefing` }),
    // A language switch asks again (barrier labels are in the UI language): keep the pack shown meanwhile.
    placeholderData: keepPreviousData,
  });
}

export function useStaffDirectory() {
  return useQuery({
    queryKey: conferenceKeys.directory,
    queryFn: () => api<StaffEntry[]>({ operation: 'conferences.directory', path: '/api/staff-directory' }),
    staleTime: 60_000,
  });
}

export const scheduleConference = (body: ScheduleBody) =>
  api<ConferenceView>({ operation: 'conferences.schedule', method: 'POST', path: '/api/conferences', body });
export const saveMinutes = (id: string, body: { text: string; version: number }) =>
  api<ConferenceView>({ operation: 'conferences.minutes', method: 'PUT', path: `/api/conferences/${id}/minutes`, body });
export const setAttendance = (id: string, userId: string, body: { attendance: Attendance; version: number }) =>
  api<ConferenceView>({ operation: 'conferences.attendance', method: 'PUT', path: `/api/conferences/${id}/participants/${userId}/attendance`, body });
export const recordDecision = (id: string, body: DecisionBody) =>
  api<ConferenceView>({ operation: 'conferences.decide', method: 'POST', path: `/api/conferences/${id}/decisions`, body });

export type Committee = z.infer<typeof CommitteeView>;
export type CommitteeBody = z.input<typeof CommitteeCreate>;

export function useCommittees() {
  return useQuery({
    queryKey: ['conferences', 'committees'] as const,
    queryFn: () => api<Committee[]>({ operation: 'conferences.committees', path: '/api/conference-committees' }),
  });
}

export const createCommittee = (body: CommitteeBody) =>
  api<Committee>({ operation: 'conferences.createCommittee', method: 'POST', path: '/api/conference-committees', body });

export const addAgendaCase = (id: string, caseId: string) =>
  api<ConferenceView>({ operation: 'conferences.addAgenda', method: 'POST', path: `/api/conferences/${id}/agenda`, body: { caseId } });
