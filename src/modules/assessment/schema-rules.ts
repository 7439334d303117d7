/**
 * Rules-based segmentation as data: an ordered list of rules over age, duration of
 * unemployment, benefit receipt and barriers; the first rule whose conditions all hold
 * gives the segment, and its conditions (with the client's actual values) are the
 * reasons shown. Also the re-assessment interval per segment. Versioned like instruments.
 */
import { z } from 'zod';
import { LocalText, Severity } from './schema-instrument';

export const Segment = z
  .enum(['self_service', 'standard', 'intensive', 'specialist'])
  .describe('How intensive the support is: self-service, standard, intensive, or specialist (partners with specialist services)');
export type Segment = z.infer<typeof Segment>;

export const Comparison = z.enum(['lt', 'lte', 'eq', 'gte', 'gt']);
export type Comparison = z.infer<typeof Comparison>;

const Code = z.string().regex(/^[a-z][a-z0-9_]{1,62}$/);

export const Condition = z.discriminatedUnion('fact', [
  z.object({ fact: z.literal('age'), op: Comparison, value: z.number().int().min(0).max(120) }).strict()
    .describe('Age in whole years on the day of finalising'),
  z.object({ fact: z.literal('unemployment_months'), op: Comparison, value: z.number().int().min(0).max(600) }).strict()
    .describe('Whole months of the current registered unemployment spell (0 when none)'),
  z.object({ fact: z.literal('receives_benefit'), value: z.boolean() }).strict()
    .describe('Whether any benefit is being received on the day of finalising'),
  z.object({ fact: z.literal('barrier_count'), minSeverity: Severity, op: Comparison, value: z.number().int().min(0).max(100) }).strict()
    .describe('Number of barriers of at least this severity'),
  z.object({ fact: z.literal('has_barrier'), barrier: Code }).strict()
    .describe('The assessment raised this barrier (any severity)'),
]);
export type Condition = z.infer<typeof Condition>;

export const SegmentRule = z
  .object({
    id: Code,
    segment: Segment,
    label: LocalText.describe('Why, in words the counsellor and client understand'),
    all: z.array(Condition).min(1).max(10).describe('Every condition must hold'),
  })
  .strict();
export type SegmentRule = z.infer<typeof SegmentRule>;

export const RuleSetDefinition = z
  .object({
    rules: z.array(SegmentRule).max(50).describe('Tried in order; the first that matches gives the segment'),
    defaultSegment: Segment,
    defaultLabel: LocalText.describe('Reason shown when no rule matches'),
    reassessmentMonths: z
      .object({ self_service: z.number().int().min(1).max(36), standard: z.number().int().min(1).max(36), intensive: z.number().int().min(1).max(36), specialist: z.number().int().min(1).max(36) })
      .strict()
      .describe('Months from finalising to the next re-assessment, by final segment'),
  })
  .strict()
  .superRefine((def, ctx) => {
    const seen = new Set<string>();
    def.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: 'duplicate rule id' });
      seen.add(r.id);
    });
  })
  .describe('Segmentation rules and re-assessment intervals');
export type RuleSetDefinition = z.infer<typeof RuleSetDefinition>;
