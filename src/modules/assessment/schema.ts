/** Request and response shapes of conducting assessments and of profiling (one zod schema per contract). */
import { z } from 'zod';
import { DataCategory } from '../access/data-categories';
import { AnswerType, Severity } from './schema-instrument';
import { RiskView } from '../profiling/schema';
import { Comparison, Segment } from './schema-rules';

const Id = z.uuid();
const Version = z.number().int().min(1).describe('The version you read; a stale one gets 409');
const StaffRef = z.object({ id: Id, displayName: z.string() });

export const AssessmentIdParams = z.object({ id: Id });
export const CaseIdParams = z.object({ caseId: Id });
export const Part = z.enum(['interview', 'self', 'specialist']).describe("interview (case manager with the client), self (the client's own view), specialist (e.g. a psychologist)");
export const PartParams = z.object({ id: Id, part: Part });

export const AnswerValue = z
  .union([z.string().max(4000), z.number(), z.boolean(), z.array(z.string().max(100)).max(50)])
  .describe('Option value (single choice), option values (multiple choice), number, true/false (yes/no), text, or YYYY-MM-DD (date)');

export const AnswersSave = z.object({
  answers: z
    .record(z.string().max(63), AnswerValue.nullable())
    .refine((a) => Object.keys(a).length <= 200, 'at most 200 answers at once')
    .describe('Only the answers that changed, by question id; null clears an answer'),
  version: Version.describe('Version of this part you read'),
});
export type AnswersSave = z.infer<typeof AnswersSave>;

export const AnswerSetView = z.object({
  answers: z.record(z.string(), AnswerValue).describe('Answers to the questions in sections you may see'),
  editable: z.boolean().describe('Whether you may save answers in this part now'),
  channel: z.enum(['staff_assisted', 'portal']),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
  updatedBy: StaffRef.nullable(),
});

export const BarrierView = z.object({
  code: z.string(),
  label: z.string().describe('In the language of the request'),
  severity: Severity,
  sectionId: z.string(),
  category: DataCategory,
  questionIds: z.array(z.string()),
});

export const ConditionView = z.object({
  fact: z.enum(['age', 'unemployment_months', 'receives_benefit', 'barrier_count', 'has_barrier']),
  op: Comparison.nullable(),
  value: z.union([z.number(), z.boolean()]).nullable().describe('Threshold in the rule'),
  minSeverity: Severity.nullable(),
  barrier: z.string().nullable(),
  actual: z.union([z.number(), z.boolean()]).describe("The client's value"),
});

export const RulesResultView = z.object({
  segment: Segment,
  ruleSet: z.object({ id: Id, number: z.number().int() }),
  ruleId: z.string().nullable().describe('The rule that matched; null when the default applied or the rule rests on data you may not see'),
  reason: z.string().nullable().describe('Why this segment, in the language of the request; null when the rule rests on data you may not see'),
  conditions: z.array(ConditionView).describe('The conditions that held, with the client\'s values (those built on data you may not see are left out)'),
  decidedAt: z.iso.datetime(),
});

export const CounsellorResultView = z.object({
  segment: Segment,
  overridesRules: z.boolean(),
  reason: z.string().nullable(),
  decidedBy: StaffRef,
  decidedAt: z.iso.datetime(),
});

export const AssessmentStatus = z.enum(['in_progress', 'finalised']);

export const AssessmentSummary = z.object({
  id: Id,
  caseId: Id,
  personId: Id,
  status: AssessmentStatus,
  instrument: z.object({ id: Id, number: z.number().int() }).describe('The instrument version it was answered on'),
  startedAt: z.iso.datetime(),
  finalisedAt: z.iso.datetime().nullable(),
  finalSegment: Segment.nullable(),
  reassessmentDueOn: z.iso.date().nullable(),
  version: z.number().int(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const AssessmentView = AssessmentSummary.extend({
  startedBy: StaffRef,
  finalisedBy: StaffRef.nullable(),
  sections: z.array(z.object({ id: z.string(), category: DataCategory, specialist: z.boolean() })).describe('Sections you may see, in instrument order'),
  parts: z.object({ interview: AnswerSetView, self: AnswerSetView, specialist: AnswerSetView.nullable().describe('null when you may see no specialist section') }),
  progress: z.object({ required: z.number().int(), answered: z.number().int() }).describe('Required interview questions you may see, and how many are answered'),
  scores: z.array(z.object({ sectionId: z.string(), score: z.number(), max: z.number() })).nullable().describe('Need score per section, once finalised'),
  barriers: z.array(BarrierView),
  profiling: z.object({
    rules: RulesResultView.nullable(),
    statistical: RiskView.nullable().describe('Risk of long-term unemployment as the active model scored it at finalising, with every factor\'s contribution; null when no model was active or it reads data you may not see'),
    counsellor: CounsellorResultView.nullable(),
  }),
});
export type AssessmentView = z.infer<typeof AssessmentView>;

export const ComparisonItem = z.object({
  questionId: z.string(),
  sectionId: z.string(),
  type: AnswerType,
  question: z.string().describe('In the language of the request'),
  self: AnswerValue.nullable(),
  interview: AnswerValue.nullable(),
  selfText: z.string().nullable().describe('The self-assessment answer as words'),
  interviewText: z.string().nullable(),
  differs: z.boolean().describe('Both answered and different'),
});
export const ComparisonView = z.object({ items: z.array(ComparisonItem), differences: z.number().int() });

export const Finalise = z.object({ version: Version.describe('Version of the assessment you read') });
export type Finalise = z.infer<typeof Finalise>;

export const SegmentDecision = z.object({
  segment: Segment,
  reason: z.string().trim().max(2000).nullish().transform((v) => v || null).describe('Required when the segment differs from the rules-based one'),
  version: Version.describe('Version of the assessment you read'),
});
export type SegmentDecision = z.infer<typeof SegmentDecision>;
