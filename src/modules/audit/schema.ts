import { z } from 'zod';

/** Who did something, from where: taken from the request (or the CLI/system). */
export interface AuditActor {
  userId?: string | null;
  /** Label when there is no user: 'system', 'cli', or the e-mail typed at a failed sign-in. */
  label?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export const Purpose = z
  .enum(['administration', 'security', 'case_work', 'referral', 'evaluation', 'service_provision'])
  .describe('Purpose of processing, named after W3C DPV purposes');
export type Purpose = z.infer<typeof Purpose>;

export interface AuditEntry {
  action: string;
  subjectType?: string;
  subjectId?: string;
  personId?: string;
  purpose?: Purpose;
  /** Field names, categories, counts: never free-text personal data. */
  details?: Record<string, unknown>;
}

export const ChainVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int().describe('Number of events checked'),
  brokenAtSeq: z.number().int().optional().describe('First event whose hash does not match'),
  brokenEventId: z.string().optional(),
});
export type ChainVerification = z.infer<typeof ChainVerification>;
