/**
 * HTTP layer of notifications: each signed-in staff member reads the notifications addressed
 * to them or to their agency, and marks them read. The texts are rendered by the web app in
 * the reader's language from kind and details.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { viewerOf } from '../access/viewer';
import { MarkRead, NotificationList, NotificationQuery, Unread, Updated } from './schema';
import type { NotificationService, Recipient } from './service';

const tags = ['notifications'];
const config = { access: 'signed_in' } as const;

const recipientOf = (request: FastifyRequest): Recipient => {
  const viewer = viewerOf(request);
  return { userId: viewer.userId, agencyId: viewer.agencyId };
};

export async function notificationRoutes(app: FastifyInstance, opts: { notifications: NotificationService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { notifications } = opts;

  r.get('/api/notifications', {
    config,
    schema: { tags, summary: 'My notifications (and my agency’s), newest first, with the unread count', querystring: NotificationQuery, response: { 200: NotificationList } },
    handler: (request) => notifications.list(recipientOf(request), request.query),
  });
  r.get('/api/notifications/unread-count', {
    config,
    schema: { tags, summary: 'How many of my notifications are unread (for the bell)', response: { 200: Unread } },
    handler: async (request) => ({ unread: await notifications.unreadCount(recipientOf(request)) }),
  });
  r.post('/api/notifications/read', {
    config,
    schema: { tags, summary: 'Mark notifications read: the ones named, or all', body: MarkRead, response: { 200: Updated } },
    handler: async (request) => ({ updated: await notifications.markRead(recipientOf(request), 'all' in request.body ? 'all' : request.body.ids) }),
  });
}
