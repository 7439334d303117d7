/** Shapes of the lists built across assessments: the re-assessment worklist and override counts. */
import { z } from 'zod';
import { Segment } from './schema-rules';

const Id = z.uuid();

export const DueQuery = z.object({
  assignedTo: z.enum(['me', 'agency']).default('me').describe("'me': your cases; 'agency': your agency's (supervisors)"),
  withinDays: z.coerce.number().int().min(0).max(366).default(30).describe('Include re-assessments due within this many days (overdue ones always)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type DueQuery = z.infer<typeof DueQuery>;

export const DueItem = z.object({
  caseId: Id,
  assessmentId: Id.describe('The latest finalised assessment'),
  caseManagerId: Id,
  person: z.object({
    id: Id,
    onedoorId: z.string(),
    name: z.object({ given: z.string(), family: z.string(), givenLatin: z.string(), familyLatin: z.string() }).nullable().describe('null when identity data are not visible to you'),
  }),
  segment: Segment.nullable(),
  finalisedAt: z.iso.datetime(),
  dueOn: z.iso.date(),
  status: z.enum(['due', 'overdue']),
  daysUntilDue: z.number().int().describe('Negative when overdue'),
  inProgressAssessmentId: Id.nullable().describe('A re-assessment already started'),
});
export const DueList = z.object({ items: z.array(DueItem), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

export const OverrideStatsQuery = z.object({
  from: z.iso.date().optional().describe('Decisions on or after this day'),
  to: z.iso.date().optional().describe('Decisions before this day'),
  agencyId: Id.optional().describe('Lead agency of the cases; supervisors see only their own (the default)'),
  minCellSize: z.coerce.number().int().min(5).max(1000).default(10).describe('Subgroups with fewer decisions than this are suppressed'),
});
export type OverrideStatsQuery = z.infer<typeof OverrideStatsQuery>;

const Counts = z.object({ decisions: z.number().int(), overrides: z.number().int(), overrideRate: z.number().nullable().describe('overrides / decisions') });

export const Subgroup = z.enum(['sex', 'age_band', 'disability', 'rules_segment']);

export const OverrideStats = Counts.extend({
  byCounsellor: z.array(Counts.extend({ counsellor: z.object({ id: Id, displayName: z.string() }) })),
  minCellSize: z.number().int(),
  bySubgroup: z.array(z.object({
    dimension: Subgroup,
    group: z.string(),
    suppressed: z.boolean().describe('Too few decisions to show any figure (or hidden so a small group cannot be worked out from the others)'),
    decisions: z.number().int().nullable(),
    overrides: z.number().int().nullable(),
    overrideRate: z.number().nullable(),
  })).describe('Counts by the client\'s subgroup; no counsellor\'s clients are broken down further'),
});
export type OverrideStats = z.infer<typeof OverrideStats>;
