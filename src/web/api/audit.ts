/** The audit trail (read by the data protection officer) and its hash-chain check. */
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api } from './client';
import type { AuditEvent, ChainVerification } from './types';

const pageSize = 100;

/** Newest first; each further page asks for events before the oldest one shown. */
export function useAuditEvents(actionPrefix: string) {
  return useInfiniteQuery({
    queryKey: ['audit', 'events', actionPrefix],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api<AuditEvent[]>({
        operation: 'audit.listEvents',
        path: '/api/audit/events',
        query: { limit: pageSize, action: actionPrefix, beforeSeq: pageParam },
      }),
    getNextPageParam: (last) => (last.length < pageSize ? undefined : last[last.length - 1]?.seq),
  });
}

export function useVerifyChain() {
  return useMutation({
    mutationFn: () => api<ChainVerification>({ operation: 'audit.verify', method: 'POST', path: '/api/audit/verify' }),
  });
}
