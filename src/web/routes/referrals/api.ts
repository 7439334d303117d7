/**
 * Calls of the referral screens: a case's referrals, the agency inbox, one referral, and
 * each step of the lifecycle. Shapes come from the server's zod schemas (type-only imports).
 * Lists and the referral page refetch on focus and every 30 seconds, so the referring case
 * manager sees the receiver's steps without reloading.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BulkResult, InboxView, Outcome, ReferralAction, ReferralCreate, ReferralStatus, ReferralSummary, ReferralView, SharedSnapshot, Urgency,
} from '../../../modules/referrals/schema';
import type { SearchPage } from '../../../modules/catalogue/schema';
import { api } from '../../api/client';

export type { BulkResult, InboxView, Outcome, ReferralAction, ReferralStatus, ReferralSummary, ReferralView, SharedSnapshot, Urgency };
export type ReferralEvent = ReferralView['events'][number];
export type CreateBody = z.input<typeof ReferralCreate>;

// Spelled out so the bundle carries no server code; `satisfies` flags a value the server does not know.
export const referralStatuses = [
  'draft', 'sent', 'received', 'accepted', 'declined', 'waitlisted', 'appointment_booked',
  'attended', 'no_show', 'in_service', 'completed', 'feedback_delivered', 'withdrawn',
] as const satisfies readonly ReferralStatus[];
export const urgencies = ['routine', 'priority', 'urgent'] as const satisfies readonly Urgency[];
export const outcomes = ['need_met', 'partly_met', 'not_met'] as const satisfies readonly Outcome[];
/** Languages a client may prefer to be served in (ISO 639-1). */
export const clientLanguages = ['hy', 'ru', 'en', 'fa', 'ar', 'ku', 'uk', 'ka', 'az', 'fr', 'de'] as const;

/** How often open referral screens ask again. */
export const LIVE_MS = 30_000;

export interface InboxFilter {
  status: ReferralStatus[];
  urgency: Urgency | null;
  overdue: boolean | null;
  limit: number;
  offset: number;
}

export const referralKeys = {
  all: ['referrals'] as const,
  ofCase: (caseId: string) => ['referrals', 'case', caseId] as const,
  inbox: (filter: InboxFilter) => ['referrals', 'inbox', filter] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
};

export function useCaseReferrals(caseId: string, enabled = true) {
  return useQuery({
    queryKey: referralKeys.ofCase(caseId),
    queryFn: () => api<ReferralSummary[]>({ operation: 'referrals.ofCase', path: `/api/cases/${caseId}/referrals` }),
    enabled,
    refetchInterval: LIVE_MS,
    refetchOnWindowFocus: true,
  });
}

export function useInbox(filter: InboxFilter) {
  return useQuery({
    queryKey: referralKeys.inbox(filter),
    queryFn: () =>
      api<InboxView>({
        operation: 'referrals.inbox',
        path: '/api/referrals/inbox',
        query: {
          status: filter.status.join(',') || undefined,
          urgency: filter.urgency,
          overdue: filter.overdue === null ? undefined : String(filter.overdue),
          limit: filter.limit,
          offset: filter.offset,
        },
      }),
    placeholderData: keepPreviousData,
    refetchInterval: LIVE_MS,
    refetchOnWindowFocus: true,
  });
}

export function useReferral(id: string) {
  return useQuery({
    queryKey: referralKeys.one(id),
    queryFn: () => api<ReferralView>({ operation: 'referrals.get', path: `/api/referrals/${id}` }),
    refetchInterval: LIVE_MS,
    refetchOnWindowFocus: true,
  });
}

export function createReferral(caseId: string, body: CreateBody) {
  return api<ReferralView>({ operation: 'referrals.create', method: 'POST', path: `/api/cases/${caseId}/referrals`, body });
}

export function updateDraft(id: string, body: Omit<CreateBody, 'send' | 'previousReferralId' | 'planActionId'> & { version: number }) {
  return api<ReferralView>({ operation: 'referrals.updateDraft', method: 'PUT', path: `/api/referrals/${id}`, body });
}

/** The lifecycle steps a person takes on the referral page, and the path of each. */
export const stepPaths = {
  send: 'send',
  receive: 'receive',
  accept: 'accept',
  waitlist: 'waitlist',
  decline: 'decline',
  book_appointment: 'appointment',
  attend: 'attendance',
  no_show: 'attendance',
  start_service: 'start-service',
  complete: 'complete',
  acknowledge_feedback: 'acknowledge-feedback',
  withdraw: 'withdraw',
  reopen: 'reopen',
} as const satisfies Partial<Record<ReferralAction, string>>;
export type Step = keyof typeof stepPaths;

export function takeStep(id: string, step: Step, body: Record<string, unknown>) {
  return api<ReferralView>({ operation: `referrals.${step}`, method: 'POST', path: `/api/referrals/${id}/${stepPaths[step]}`, body });
}

export function bulkAccept(items: { id: string; version: number }[]) {
  return api<BulkResult>({ operation: 'referrals.bulkAccept', method: 'POST', path: '/api/referrals/bulk-accept', body: { items } });
}

export type ServiceHit = SearchPage['items'][number];

/** Catalogue services by name (every service, full ones too: a referral to a full one is waitlisted). */
export function useServiceChoices(text: string, language: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['catalogue', 'search', 'referral', q, language],
    queryFn: () => api<SearchPage>({ operation: 'referrals.searchServices', path: '/api/catalogue/services', query: { q: q || undefined, limit: 20 } }),
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
}
