/**
 * Calls of the notifications screens: the bell's unread count (polled), the list, and
 * marking read. Shapes come from the server's zod schemas (type-only imports).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Notification as NotificationSchema, NotificationList as ListSchema } from '../../../modules/notifications/schema';
import { api } from '../../api/client';

export type NotificationView = z.infer<typeof NotificationSchema>;
export type NotificationList = z.infer<typeof ListSchema>;

/** How often the bell asks for the unread count. */
export const POLL_MS = 45_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: (q: { unreadOnly: boolean; limit: number; offset: number }) => ['notifications', 'list', q] as const,
};

export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => api<{ unread: number }>({ operation: 'notifications.unreadCount', path: '/api/notifications/unread-count' }),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    select: (d) => d.unread,
  });
}

export function useNotifications(q: { unreadOnly: boolean; limit: number; offset: number }) {
  return useQuery({
    queryKey: notificationKeys.list(q),
    queryFn: () =>
      api<NotificationList>({
        operation: 'notifications.list',
        path: '/api/notifications',
        query: { unreadOnly: q.unreadOnly ? 'true' : 'false', limit: q.limit, offset: q.offset },
      }),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (which: string[] | 'all') =>
      api<{ updated: number }>({
        operation: 'notifications.markRead',
        method: 'POST',
        path: '/api/notifications/read',
        body: which === 'all' ? { all: true } : { ids: which },
      }),
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
