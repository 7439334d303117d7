/**
 * The plan document (Job Integration Agreement) as stored in each version and as a draft is
 * saved: goals, the minimum service offer, actions (who does what by when) and mutual
 * obligations with measurable targets, the review frequency. Actions and obligations keep
 * their ids across versions, so versions can be compared item by item.
 */
import { z } from 'zod';
import { DataCategory } from '../access/data-categories';

const Id = z.uuid();
const Day = z.iso.date();
const Text = (max: number) => z.string().trim().min(1).max(max);

export const ActionKind = z
  .enum(['own_activity', 'job_application', 'job_search_agreement', 'training', 'treatment_or_social_service', 'meeting', 'job'])
  .describe('own activity, job application, job-search agreement (N applications per period), training or programme, treatment or social service, meeting, job');
export type ActionKind = z.infer<typeof ActionKind>;

export const ActionStatus = z.enum(['planned', 'in_progress', 'done', 'cancelled']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const Party = z.enum(['client', 'case_manager', 'partner_agency']).describe('Who does it: the client, the case manager, or a partner agency');
export type Party = z.infer<typeof Party>;

export const Period = z.enum(['week', 'month']);

/** A measurable target: how many per period (e.g. 4 job applications a month). */
export const Target = z.object({
  count: z.number().int().min(1).max(100),
  per: Period,
});

export const Owner = z.object({
  party: Party,
  agencyId: Id.nullish().transform((v) => v ?? null).describe('The partner agency, when party is partner_agency'),
});

export const PlanAction = z.object({
  id: Id.optional().describe('Keep the id of an existing action; leave out for a new one'),
  kind: ActionKind,
  title: Text(300),
  owner: Owner,
  serviceId: Id.nullish().transform((v) => v ?? null).describe('A catalogue service this action uses (a place is booked while the action is planned)'),
  dueOn: Day.describe('Due date; not in the past when the action is added or its date changes'),
  target: Target.nullish().transform((v) => v ?? null).describe('For a job-search agreement: applications per period'),
  addressesBarriers: z.array(z.string().max(63)).max(20).default([]).describe('Barrier codes from the assessment this action works on'),
  category: DataCategory.default('employment').describe('Data category of the action: treatment for addiction is addiction data, seen only where consent allows'),
  suggestionId: Id.nullish().transform((v) => v ?? null).describe('The system suggestion this action came from'),
});
export type PlanActionInput = z.input<typeof PlanAction>;

export const Obligation = z.object({
  id: Id.optional(),
  party: z.enum(['client', 'agency']).describe('Who commits: the client, or the agencies (the lead or a partner)'),
  agencyId: Id.nullish().transform((v) => v ?? null),
  text: Text(500),
  target: Target.nullish().transform((v) => v ?? null),
  dueOn: Day.nullish().transform((v) => v ?? null),
});

export const Goal = z.object({
  type: z.string().min(1).max(63).describe('A goal type code (GET /api/plan-goal-types)'),
  description: z.string().trim().max(1000).default(''),
  targetDate: Day.nullish().transform((v) => v ?? null),
});

/** What a draft save sends. */
export const PlanContentInput = z.object({
  assessmentSummary: z.string().trim().max(4000).default('').describe("The counsellor's summary of the assessment, in words the client understands"),
  goal: Goal.nullable().describe('The labour-market goal (required to sign)'),
  socialGoals: z.array(Goal).max(10).default([]),
  minimumOffer: z.string().trim().max(2000).default('').describe('The minimum service offer the agencies guarantee (required to sign)'),
  actions: z.array(PlanAction).max(100),
  obligations: z.array(Obligation).max(50).default([]),
  reviewEveryWeeks: z.number().int().min(1).max(52).describe('How often the plan is reviewed'),
  nextReviewOn: Day,
});
export type PlanContentInput = z.infer<typeof PlanContentInput>;

/** What a version stores: the input with ids given, the case manager and the assessment it was built on. */
export interface StoredAction extends Omit<z.infer<typeof PlanAction>, 'id'> {
  id: string;
}
export interface StoredObligation extends Omit<z.infer<typeof Obligation>, 'id'> {
  id: string;
}
export interface PlanContent extends Omit<PlanContentInput, 'actions' | 'obligations'> {
  actions: StoredAction[];
  obligations: StoredObligation[];
  caseManager: { id: string; displayName: string };
  /** The assessment the plan was built on, as it was then (labels in every language, for the PDF in the client's). */
  assessment: { id: string; segment: string; barriers: { code: string; severity: string; category: DataCategory; label: Record<'en' | 'ru' | 'hy', string> }[] } | null;
}
