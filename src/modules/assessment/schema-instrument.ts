/**
 * The structure of an assessment instrument: questions grouped by domain (section), each
 * section mapped to a data category of the access policy, answer types, scoring and the
 * answers that raise barriers. Instruments are data (jsonb, versioned); this schema is
 * what an administrator's new version must satisfy before it is stored.
 */
import { z } from 'zod';
import { DataCategory } from '../access/data-categories';

/** Every user-facing text of an instrument in each language OneDoor speaks. */
export const LocalText = z
  .object({ en: z.string().trim().min(1).max(500), ru: z.string().trim().min(1).max(500), hy: z.string().trim().min(1).max(500) })
  .strict()
  .describe('The same text in English, Russian and Armenian');
export type LocalText = z.infer<typeof LocalText>;

const Code = z.string().regex(/^[a-z][a-z0-9_]{1,62}$/).describe('Stable identifier: lower-case letters, digits, underscores');

export const AnswerType = z.enum(['single_choice', 'multiple_choice', 'number', 'yes_no', 'text', 'date']);
export type AnswerType = z.infer<typeof AnswerType>;

export const Severity = z.enum(['low', 'medium', 'high']).describe('How much the barrier stands between the client and work');
export type Severity = z.infer<typeof Severity>;
export const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

const Option = z.object({ value: Code, label: LocalText, score: z.number().int().min(0).max(10).default(0) }).strict();

/** A number range, min inclusive, max exclusive; both optional but not both absent. */
const Range = z
  .object({ min: z.number().optional(), max: z.number().optional() })
  .strict()
  .refine((r) => r.min !== undefined || r.max !== undefined, 'min or max');
const Band = z.object({ min: z.number().optional(), max: z.number().optional(), score: z.number().int().min(0).max(10) }).strict();

/** When an answer raises a barrier: chosen options, a yes/no value, or a number range. */
export const Trigger = z.union([
  z.object({ anyOf: z.array(Code).min(1) }).strict(),
  z.object({ equals: z.boolean() }).strict(),
  Range,
]);
export type Trigger = z.infer<typeof Trigger>;

const BarrierRule = z.object({ barrier: Code, severity: Severity, when: Trigger }).strict();

export const Question = z
  .object({
    id: Code,
    type: AnswerType,
    text: LocalText,
    help: LocalText.optional(),
    required: z.boolean().default(false).describe('Must be answered before the assessment is finalised'),
    selfAssessment: z.boolean().default(false).describe('Also asked in the client\'s own self-assessment'),
    options: z.array(Option).min(2).max(30).optional().describe('Choices (single_choice, multiple_choice)'),
    min: z.number().optional().describe('Smallest number accepted'),
    max: z.number().optional().describe('Largest number accepted'),
    scoreYes: z.number().int().min(0).max(10).optional(),
    scoreNo: z.number().int().min(0).max(10).optional(),
    bands: z.array(Band).max(10).optional().describe('Number scoring: the first band containing the answer gives its score'),
    barriers: z.array(BarrierRule).max(10).default([]),
  })
  .strict();
export type Question = z.infer<typeof Question>;

export const Section = z
  .object({
    id: Code.describe('Domain, e.g. employment_history, health_disability'),
    category: DataCategory.describe('Data category of every answer in this section; the access policy decides who sees it'),
    specialist: z.boolean().default(false).describe('Filled in by a specialist (e.g. a psychologist), not in the interview'),
    title: LocalText,
    questions: z.array(Question).min(1).max(60),
  })
  .strict();
export type Section = z.infer<typeof Section>;

const BarrierLabel = z.object({ code: Code, label: LocalText }).strict();

const InstrumentShape = z
  .object({
    title: LocalText,
    sections: z.array(Section).min(1).max(40),
    barriers: z.array(BarrierLabel).max(200).describe('Names of the barriers the answers can raise'),
  })
  .strict();

/** Cross-field rules a per-field schema cannot express; each issue names the offending path. */
function checkInstrument(def: z.infer<typeof InstrumentShape>, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const sectionIds = new Set<string>();
  const questionIds = new Set<string>();
  const barrierSection = new Map<string, string>();
  const labelled = new Set(def.barriers.map((b) => b.code));
  def.sections.forEach((s, si) => {
    if (sectionIds.has(s.id)) issue(['sections', si, 'id'], 'duplicate section id');
    sectionIds.add(s.id);
    s.questions.forEach((q, qi) => {
      const at = ['sections', si, 'questions', qi];
      if (questionIds.has(q.id)) issue([...at, 'id'], 'duplicate question id');
      questionIds.add(q.id);
      const choice = q.type === 'single_choice' || q.type === 'multiple_choice';
      if (choice !== (q.options !== undefined)) issue([...at, 'options'], 'options are for choice questions only, and required there');
      const values = new Set(q.options?.map((o) => o.value));
      if (q.options && values.size !== q.options.length) issue([...at, 'options'], 'duplicate option value');
      if (s.specialist && q.selfAssessment) issue([...at, 'selfAssessment'], 'specialist sections are not part of the self-assessment');
      q.barriers.forEach((b, bi) => {
        const where = [...at, 'barriers', bi];
        if (!labelled.has(b.barrier)) issue([...where, 'barrier'], 'barrier has no label in barriers[]');
        // One section per barrier: its data category is then unambiguous.
        const other = barrierSection.get(b.barrier);
        if (other && other !== s.id) issue([...where, 'barrier'], 'barrier raised from two sections');
        barrierSection.set(b.barrier, s.id);
        if (!triggerFits(b.when, q.type, values)) issue([...where, 'when'], 'trigger does not fit the answer type');
      });
    });
  });
}

function triggerFits(when: Trigger, type: AnswerType, values: Set<string>) {
  if ('anyOf' in when) return (type === 'single_choice' || type === 'multiple_choice') && when.anyOf.every((v) => values.has(v));
  if ('equals' in when) return type === 'yes_no';
  return type === 'number';
}

export const InstrumentDefinition = InstrumentShape.superRefine(checkInstrument).describe('A complete assessment instrument');
export type InstrumentDefinition = z.infer<typeof InstrumentDefinition>;
