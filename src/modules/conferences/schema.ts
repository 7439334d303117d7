/** Request and response shapes of the case conference API (OpenAPI is generated from them). */
import { z } from 'zod';
import { DataCategory } from '../access/data-categories';

const Id = z.uuid();
const Day = z.iso.date();
const Instant = z.iso.datetime({ offset: true }).describe('ISO 8601 date and time');
const OptionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => v || null);

export const ConferenceIdParams = z.object({ id: Id });
export const AttendanceParams = z.object({ id: Id, userId: Id });

export const Mode = z.enum(['in_person', 'online']).describe('in_person: an office (and room) or an address; online: a link');
export const Attendance = z.enum(['invited', 'attended', 'excused', 'absent']);
export const DecisionKind = z.enum(['plan_action', 'referral']).describe('plan_action: becomes an action of the case plan; referral: becomes a referral');

const Place = {
  mode: Mode,
  officeId: Id.nullish().transform((v) => v ?? null),
  room: OptionalText(100),
  address: OptionalText(300),
  onlineUrl: z.url({ protocol: /^https$/ }).max(500).nullish().transform((v) => v ?? null).describe('https link of an online meeting'),
  durationMinutes: z.number().int().min(15).max(480),
};

export const ConferenceCreate = z.object({
  title: z.string().trim().min(1).max(200).describe('No client names: everyone invited sees the title'),
  startsAt: Instant,
  ...Place,
  reminderDays: z.number().int().min(0).max(60).default(2),
  participantIds: z.array(Id).min(1).max(30).describe('Staff invited (the organiser takes part too); together from at least two agencies'),
  caseIds: z.array(Id).min(1).max(20).describe('Cases on the agenda; only cases the organiser may see'),
});
export type ConferenceCreate = z.infer<typeof ConferenceCreate>;

export const CommitteeCreate = z.object({
  name: z.string().trim().min(1).max(200),
  ...Place,
  memberIds: z.array(Id).min(1).max(30).describe('Staff invited to every meeting (the organiser too); from at least two agencies'),
  everyMonths: z.number().int().min(1).max(6).default(6).describe('How often it meets: at least twice a year (6 = every six months)'),
  reminderDays: z.number().int().min(0).max(60).default(7),
  firstMeetingAt: Instant,
});
export type CommitteeCreate = z.infer<typeof CommitteeCreate>;

export const AgendaAdd = z.object({ caseId: Id });
export const MinutesSave = z.object({
  text: z.string().trim().max(20_000),
  version: z.number().int().min(0).describe('The minutes version you read (0 when there were none yet); a stale one gets 409'),
});
export type MinutesSave = z.infer<typeof MinutesSave>;
export const AttendanceChange = z.object({ attendance: Attendance, version: z.number().int().min(1) });
export type AttendanceChange = z.infer<typeof AttendanceChange>;

export const DecisionCreate = z.object({
  agendaItemId: Id,
  kind: DecisionKind,
  text: z.string().trim().min(1).max(300).describe('What was decided; becomes the action title or the referral reason'),
  ownerAgencyId: Id.describe('The agency that carries it out (the lead agency or a partner in the case)'),
  ownerUserId: Id.nullish().transform((v) => v ?? null).describe('A named staff member of that agency'),
  dueOn: Day,
  serviceId: Id.nullish().transform((v) => v ?? null).describe('For a referral: the catalogue service referred to'),
});
export type DecisionCreate = z.infer<typeof DecisionCreate>;

export const ListQuery = z.object({ when: z.enum(['upcoming', 'past']).default('upcoming') });
export const DirectoryQuery = z.object({ agencyId: Id.optional(), q: z.string().trim().max(100).optional() });

const StaffRef = z.object({ id: Id, name: z.string(), agencyId: Id, agencyName: z.string() });
export const DirectoryEntry = StaffRef;

export const ConferenceSummary = z.object({
  id: Id,
  title: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number(),
  mode: Mode,
  status: z.enum(['scheduled', 'held', 'cancelled']),
  committeeId: Id.nullable(),
  agendaItems: z.number().int(),
  participants: z.number().int(),
  organiser: StaffRef,
});

export const AgendaItemView = z.object({
  id: Id,
  position: z.number().int(),
  /** False: on the agenda, but not a case the reader may see (nothing else about it is shown). */
  visible: z.boolean(),
  caseId: Id.optional(),
  onedoorId: z.string().optional(),
  personName: z.string().optional().describe('Only with identity access'),
});

export const DecisionView = z.object({
  id: Id,
  agendaItemId: Id,
  caseId: Id,
  kind: DecisionKind,
  text: z.string(),
  ownerAgency: z.object({ id: Id, name: z.string() }),
  ownerUser: z.object({ id: Id, name: z.string() }).nullable(),
  dueOn: Day,
  planId: Id.nullable(),
  actionId: Id.nullable(),
  referralId: Id.nullable(),
  recordedBy: z.object({ id: Id, name: z.string() }),
  createdAt: z.string(),
});

export const ConferenceView = ConferenceSummary.extend({
  officeId: Id.nullable(),
  officeName: z.string().nullable(),
  room: z.string().nullable(),
  address: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  reminderDays: z.number().int(),
  version: z.number().int(),
  participantList: z.array(StaffRef.extend({ attendance: Attendance, version: z.number().int() })),
  agenda: z.array(AgendaItemView),
  minutes: z.object({ text: z.string(), version: z.number().int(), updatedAt: z.string(), updatedBy: z.string() }).nullable(),
  decisions: z.array(DecisionView),
});
export type ConferenceView = z.infer<typeof ConferenceView>;

export const BriefingItem = z.object({
  agendaItemId: Id,
  position: z.number().int(),
  visible: z.boolean(),
  caseId: Id.optional(),
  onedoorId: z.string().optional(),
  personName: z.string().optional(),
  leadAgencyName: z.string().optional(),
  caseManagerName: z.string().optional(),
  agencies: z.array(z.object({ id: Id, name: z.string(), lead: z.boolean() })).optional().describe('The lead agency and partners in the case: who may own a decision'),
  categories: z.array(DataCategory).optional().describe('What this pack shows of the case, for you'),
  plan: z.object({
    planId: Id, number: z.number().int(), status: z.string(), inForce: z.number().int().nullable(),
    goalType: z.string().nullable(), goalDescription: z.string().nullable(), nextReviewOn: Day,
    openActions: z.array(z.object({ id: Id, title: z.string(), dueOn: Day, category: DataCategory, ownerAgencyId: Id.nullable(), ownerParty: z.string() })),
  }).nullable().optional(),
  assessment: z.object({
    segment: z.string().nullable(),
    barriers: z.array(z.object({ code: z.string(), label: z.string(), severity: z.string(), category: DataCategory })),
  }).nullable().optional(),
});
export const Briefing = z.object({ conferenceId: Id, items: z.array(BriefingItem) });
export type Briefing = z.infer<typeof Briefing>;

export const CommitteeView = z.object({
  id: Id,
  name: z.string(),
  agencyIds: z.array(Id),
  memberIds: z.array(Id),
  everyMonths: z.number().int(),
  reminderDays: z.number().int(),
  nextMeetingAt: z.string(),
  active: z.boolean(),
  nextConferenceId: Id.nullable(),
});
