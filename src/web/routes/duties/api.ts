/**
 * Calls of the notification duty screens: my agency's duties (to send, received), one duty,
 * sending and acknowledging, recording an event on a case, the rules and the supervisor
 * dashboard. Shapes come from the server's zod schemas (type-only imports).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DashboardView, DutyView, EventResult, EventType, RuleView } from '../../../modules/duties/schema';
import { api } from '../../api/client';

export type { DashboardView, DutyView, EventType, RuleView };
export type EventResultView = z.infer<typeof EventResult>;

// Spelled out so the bundle carries no server code; `satisfies` flags a value the server does not know.
export const eventTypes = ['social_assistance_granted_to_work_able', 'job_taken_up', 'offer_refused', 'programme_left'] as const satisfies readonly EventType[];

export const dutyKeys = {
  all: ['duties'] as const,
  list: (box: 'outgoing' | 'incoming') => ['duties', 'list', box] as const,
  one: (id: string) => ['duties', 'one', id] as const,
  rules: ['duties', 'rules'] as const,
  dashboard: ['duties', 'dashboard'] as const,
};

export function useDuties(box: 'outgoing' | 'incoming') {
  return useQuery({
    queryKey: dutyKeys.list(box),
    queryFn: () => api<DutyView[]>({ operation: 'duties.list', path: '/api/duties', query: { box } }),
  });
}

export function useDuty(id: string) {
  return useQuery({ queryKey: dutyKeys.one(id), queryFn: () => api<DutyView>({ operation: 'duties.get', path: `/api/duties/${id}` }), retry: false });
}

export function useDutyRules() {
  return useQuery({ queryKey: dutyKeys.rules, queryFn: () => api<RuleView[]>({ operation: 'duties.rules', path: '/api/duty-rules' }) });
}

export function useDutyDashboard() {
  return useQuery({ queryKey: dutyKeys.dashboard, queryFn: () => api<DashboardView>({ operation: 'duties.dashboard', path: '/api/duties/dashboard' }) });
}

/** After any change every duty list, the dashboard and the bell may differ. */
function useInvalidate() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: dutyKeys.all }), client.invalidateQueries({ queryKey: ['notifications'] })]);
}

export function useSendDuty() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { duty: DutyView; receivingAgencyId?: string }) =>
      api<DutyView>({
        operation: 'duties.send', method: 'POST', path: `/api/duties/${v.duty.id}/send`,
        body: { version: v.duty.version, ...(v.receivingAgencyId ? { receivingAgencyId: v.receivingAgencyId } : {}) },
      }),
    onSettled: invalidate,
  });
}

export function useAcknowledgeDuty() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (duty: DutyView) => api<DutyView>({ operation: 'duties.acknowledge', method: 'POST', path: `/api/duties/${duty.id}/acknowledge`, body: { version: duty.version } }),
    onSettled: invalidate,
  });
}

export function useRecordEvent(caseId: string) {
  const invalidate = useInvalidate();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { eventType: EventType; occurredOn: string }) =>
      api<EventResultView>({ operation: 'duties.recordEvent', method: 'POST', path: `/api/cases/${caseId}/duty-events`, body }),
    onSettled: () => Promise.all([invalidate(), client.invalidateQueries({ queryKey: ['cases'] })]),
  });
}

export function useUpdateRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { rule: RuleView; days: number; active: boolean }) =>
      api<RuleView>({ operation: 'duties.updateRule', method: 'PUT', path: `/api/duty-rules/${v.rule.id}`, body: { days: v.days, active: v.active, version: v.rule.version } }),
    onSettled: () => client.invalidateQueries({ queryKey: dutyKeys.rules }),
  });
}
