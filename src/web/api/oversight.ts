/** Break-glass (emergency access) and the data protection officer's oversight reports. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { BreakGlassGrant as GrantSchema, BreakGlassList as ListSchema, BreakGlassUse } from '../../modules/break-glass/schema';
import { api } from './client';

export type BreakGlassGrant = z.infer<typeof GrantSchema>;
export type BreakGlassList = z.infer<typeof ListSchema>;
export type { BreakGlassUse };
export type ReviewOutcome = NonNullable<BreakGlassUse['review']>['outcome'];

/** The server's minimum reason length (break-glass/schema.ts), checked here too for an early message. */
export const BREAK_GLASS_MIN_REASON = 20;

export const oversightKeys = {
  breakGlass: (filter: { status: 'unreviewed' | 'all'; offset: number }) => ['oversight', 'break-glass', filter] as const,
  unusual: (period: UnusualAccessPeriod) => ['oversight', 'unusual', period] as const,
};

export function openBreakGlass(personId: string, reason: string) {
  return api<BreakGlassGrant>({ operation: 'breakGlass.open', method: 'POST', path: `/api/people/${personId}/break-glass`, body: { reason } });
}

export const BREAK_GLASS_PAGE = 50;

export function useBreakGlassUses(filter: { status: 'unreviewed' | 'all'; offset: number }) {
  return useQuery({
    queryKey: oversightKeys.breakGlass(filter),
    queryFn: () => api<BreakGlassList>({ operation: 'breakGlass.list', path: '/api/break-glass', query: { ...filter, limit: BREAK_GLASS_PAGE } }),
    placeholderData: keepPreviousData,
  });
}

export function reviewBreakGlass(id: string, body: { outcome: ReviewOutcome; note: string; version: number }) {
  return api<BreakGlassUse>({ operation: 'breakGlass.review', method: 'POST', path: `/api/break-glass/${id}/review`, body });
}

export interface UnusualAccessPeriod {
  from?: string;
  to?: string;
  threshold: number;
}

/** GET /api/access-reports/unusual declares no response schema, so its shape is written out here. */
export interface UnusualAccess {
  from: string;
  to: string;
  heavyReaders: { userId: string; staffName: string; agencyName: string; persons: number; events: number }[];
  readsWithoutMembership: { userId: string; staffName: string; agencyName: string; relation: string; persons: number; events: number }[];
  breakGlass: { seq: number; at: string; userId: string; staffName: string; agencyName: string; onedoorId: string | null; details: Record<string, unknown> }[];
}

export function useUnusualAccess(period: UnusualAccessPeriod) {
  return useQuery({
    queryKey: oversightKeys.unusual(period),
    queryFn: () => api<UnusualAccess>({ operation: 'accessReport.unusual', path: '/api/access-reports/unusual', query: { ...period } }),
    placeholderData: keepPreviousData,
  });
}
