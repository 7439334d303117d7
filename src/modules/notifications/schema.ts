/** Request and response shapes of the notifications API. */
import { z } from 'zod';

export const NotificationQuery = z.object({
  unreadOnly: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').describe('Only those not read yet'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

export const Notification = z.object({
  id: z.uuid(),
  kind: z.string().describe('What happened: a code the web app translates (notifications:kind.<kind>)'),
  subjectType: z.string(),
  subjectId: z.uuid(),
  caseId: z.uuid().nullable(),
  details: z.record(z.string(), z.unknown()).describe('Codes, numbers and dates for the text'),
  link: z.string().describe('Where in OneDoor the evidence is'),
  readAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  forAgency: z.boolean().describe('Addressed to the whole agency rather than to me'),
});

export const NotificationList = z.object({ items: z.array(Notification), unread: z.number().int() });
export const Unread = z.object({ unread: z.number().int() });
export const MarkRead = z.union([z.object({ ids: z.array(z.uuid()).min(1).max(200) }), z.object({ all: z.literal(true) })]);
export const Updated = z.object({ updated: z.number().int() });
