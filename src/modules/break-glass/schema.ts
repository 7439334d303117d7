/** Break-glass (emergency) access: request and response shapes. */
import { z } from 'zod';

const Id = z.uuid();

export const BREAK_GLASS_MIN_REASON = 20;

export const BreakGlassOpen = z.object({
  reason: z.string().trim().min(BREAK_GLASS_MIN_REASON).max(2000).describe(`Why you need the record now; at least ${BREAK_GLASS_MIN_REASON} characters`),
});
export const PersonIdParams = z.object({ personId: Id });
export const GrantIdParams = z.object({ id: Id });

export const BreakGlassGrant = z.object({
  id: Id,
  personId: Id,
  grantedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});

export const BreakGlassQuery = z.object({
  status: z.enum(['unreviewed', 'all']).default('unreviewed'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type BreakGlassQuery = z.infer<typeof BreakGlassQuery>;

export const ReviewOutcome = z.enum(['justified', 'not_justified']);
export const BreakGlassReview = z.object({
  outcome: ReviewOutcome,
  note: z.string().trim().min(1).max(2000),
  version: z.number().int().min(1).describe('The version you read; a stale one gets 409'),
});
export type BreakGlassReview = z.infer<typeof BreakGlassReview>;

/** One use of break-glass as the data protection officer reviews it: the person by OneDoor id only. */
export const BreakGlassUse = z.object({
  id: Id,
  user: z.object({ id: Id, displayName: z.string(), agency: z.object({ id: Id, name: z.string() }) }),
  person: z.object({ id: Id, onedoorId: z.string() }),
  reason: z.string(),
  grantedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  active: z.boolean().describe('Access has not expired yet'),
  review: z
    .object({ outcome: ReviewOutcome, note: z.string().nullable(), reviewedBy: z.object({ id: Id, displayName: z.string() }).nullable(), reviewedAt: z.iso.datetime() })
    .nullable(),
  version: z.number().int(),
});
export type BreakGlassUse = z.infer<typeof BreakGlassUse>;
export const BreakGlassList = z.object({ items: z.array(BreakGlassUse), total: z.number().int() });
