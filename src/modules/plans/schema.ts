/** Request and response shapes of the action plan API (one zod schema per contract; OpenAPI is generated from them). */
import { z } from 'zod';
import { DataCategory } from '../access/data-categories';
import { ActionKind, ActionStatus, Party, PlanContentInput, Target } from './schema-content';

const Id = z.uuid();
const Day = z.iso.date();
const Version = z.number().int().min(1).describe('The plan version you read; a stale one gets 409');
const StaffRef = z.object({ id: Id, displayName: z.string() });

export const CaseIdParams = z.object({ caseId: Id });
export const PlanIdParams = z.object({ id: Id });
export const VersionParams = z.object({ id: Id, number: z.coerce.number().int().min(1) });
export const ActionParams = z.object({ id: Id, actionId: Id });
export const SuggestionParams = z.object({ id: Id, suggestionId: Id });

export const DraftSave = z.object({ content: PlanContentInput, version: Version });
export type DraftSave = z.infer<typeof DraftSave>;

export const ReviewStart = z.object({
  note: z.string().trim().min(1).max(2000).describe('What the review is about: kept with the new version'),
  version: Version,
});
export type ReviewStart = z.infer<typeof ReviewStart>;

export const Signature = z.object({
  method: z.enum(['on_screen', 'paper']).describe('on_screen: the client signs with the counsellor; paper: a signed printout (portal signatures come from the client portal)'),
  signedName: z.string().trim().min(2).max(200).describe('The name the client signs with'),
  version: Version,
});
export type Signature = z.infer<typeof Signature>;

export const ProgressChange = z.object({
  status: ActionStatus,
  result: z.string().trim().max(2000).nullish().transform((v) => v || null).describe('What came of it; required when done or cancelled'),
  version: Version,
});
export type ProgressChange = z.infer<typeof ProgressChange>;

export const SuggestionAccept = z.object({
  version: Version,
  title: z.string().trim().min(1).max(300).optional().describe('Edit the action title (default: the service name)'),
  dueOn: Day.optional().describe('Default: four weeks from today'),
});
export type SuggestionAccept = z.infer<typeof SuggestionAccept>;
export const SuggestionIgnore = z.object({ version: Version });

const Localised = z.string().describe('In the language of the request');

export const ActionView = z.object({
  id: Id,
  kind: ActionKind,
  title: z.string(),
  owner: z.object({ party: Party, agencyId: Id.nullable(), agencyName: z.string().nullable() }),
  service: z.object({ id: Id, name: Localised, agencyName: z.string() }).nullable(),
  dueOn: Day,
  target: Target.nullable(),
  addressesBarriers: z.array(z.string()),
  category: DataCategory,
  suggestionId: Id.nullable(),
  status: ActionStatus,
  result: z.string().nullable(),
  statusChangedAt: z.iso.datetime().nullable(),
  statusChangedBy: StaffRef.nullable(),
  overdue: z.boolean().describe('Due date passed and not done or cancelled'),
});

export const ObligationView = z.object({
  id: Id,
  party: z.enum(['client', 'agency']),
  agencyId: Id.nullable(),
  agencyName: z.string().nullable(),
  text: z.string(),
  target: Target.nullable(),
  dueOn: Day.nullable(),
});

const GoalView = z.object({ type: z.string(), label: Localised, description: z.string(), targetDate: Day.nullable() });

export const VersionView = z.object({
  number: z.number().int(),
  status: z.enum(['draft', 'signed', 'superseded']),
  editable: z.boolean().describe('Whether you may change this version now (a draft, your agency leads, the case is open)'),
  reviewNote: z.string().nullable(),
  createdAt: z.iso.datetime(),
  createdBy: StaffRef,
  updatedAt: z.iso.datetime(),
  updatedBy: StaffRef,
  signature: z.object({
    signedAt: z.iso.datetime(), method: z.enum(['on_screen', 'portal', 'paper']),
    signedName: z.string().describe("The client's name as signed; empty when you may not see the client's identity"), witnessedBy: StaffRef.nullable(),
  }).nullable(),
  content: z.object({
    assessmentSummary: z.string(),
    assessment: z.object({
      id: Id,
      segment: z.string(),
      barriers: z.array(z.object({ code: z.string(), label: Localised, severity: z.string(), category: DataCategory })).describe('Only those whose category you may see'),
    }).nullable(),
    goal: GoalView.nullable(),
    socialGoals: z.array(GoalView),
    minimumOffer: z.string(),
    actions: z.array(ActionView).describe('Only actions whose category you may see'),
    obligations: z.array(ObligationView),
    caseManager: StaffRef,
    reviewEveryWeeks: z.number().int(),
    nextReviewOn: Day,
  }),
});
export type VersionView = z.infer<typeof VersionView>;

export const QualityView = z.object({
  barriers: z.array(z.object({ code: z.string(), label: Localised, severity: z.string(), addressedBy: z.array(Id).describe('Actions working on it') })),
  barriersAddressed: z.number().int(),
  barriersTotal: z.number().int(),
  reviewOverdue: z.boolean().describe('The next review date has passed'),
  lastChangeAt: z.iso.datetime(),
  signedVersions: z.number().int(),
}).describe('Fit between assessment and plan, and how regularly it is updated (for monitoring)');

export const PlanView = z.object({
  id: Id,
  caseId: Id,
  personId: Id,
  version: z.number().int().describe('Send it back with any change'),
  versions: z.array(z.object({
    number: z.number().int(), status: z.enum(['draft', 'signed', 'superseded']), createdAt: z.iso.datetime(), createdBy: StaffRef,
    signedAt: z.iso.datetime().nullable(), reviewNote: z.string().nullable(),
  })).describe('Newest first'),
  current: VersionView.describe('The draft when there is one, else the version in force'),
  inForce: z.number().int().nullable().describe('Number of the signed version in force'),
  quality: QualityView,
});
export type PlanView = z.infer<typeof PlanView>;

export const DiffQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });
export const Change = z.object({
  path: z.string().describe('What changed, e.g. actions.<id>.dueOn, goal.type, minimumOffer'),
  item: z.string().nullable().describe('The action or obligation title the change is about'),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export const DiffView = z.object({ from: z.number().int(), to: z.number().int(), changes: z.array(Change) });
export type DiffView = z.infer<typeof DiffView>;

export const ProgressHistory = z.array(z.object({ status: ActionStatus, result: z.string().nullable(), changedAt: z.iso.datetime(), changedBy: StaffRef }));

export const SuggestionView = z.object({
  id: Id,
  rank: z.number().int(),
  service: z.object({ id: Id, name: Localised, type: z.string(), agencyName: z.string(), freePlaces: z.number().int(), freeReservedPlaces: z.number().int() }),
  reasons: z.array(z.object({ code: z.string(), text: Localised })),
  decision: z.enum(['pending', 'accepted', 'ignored']),
  actionId: Id.nullable(),
  version: z.number().int(),
});

export const GoalTypeView = z.object({ code: z.string(), kind: z.enum(['labour_market', 'social_inclusion']), label: Localised, active: z.boolean() });
