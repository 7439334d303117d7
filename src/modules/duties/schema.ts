/** Request and response shapes of the notification duties API (one zod schema per contract; OpenAPI is generated from them). */
import { z } from 'zod';

const Id = z.uuid();
const Day = z.iso.date();
const Version = z.number().int().min(1).describe('The version you read; a stale one gets 409');

export const EventType = z
  .enum(['social_assistance_granted_to_work_able', 'job_taken_up', 'offer_refused', 'programme_left'])
  .describe('An event in a case that may trigger a notification duty');
export type EventType = z.infer<typeof EventType>;

export const AgencyType = z.enum(['employment_service', 'social_welfare_centre', 'municipality', 'ngo', 'health', 'training_provider', 'employer']);

export const DutyStatus = z.enum(['open', 'sent', 'acknowledged']);

export const IdParams = z.object({ id: Id });
export const CaseIdParams = z.object({ caseId: Id });

export const RuleView = z.object({
  id: Id,
  eventType: EventType,
  notifyingAgencyType: AgencyType,
  receivingAgencyType: AgencyType,
  days: z.number().int(),
  active: z.boolean(),
  legalReference: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type RuleView = z.infer<typeof RuleView>;

export const RuleUpdate = z.object({
  days: z.number().int().min(1).max(365).describe('Deadline in calendar days from the event'),
  active: z.boolean().describe('Switched-off rules create no new duties'),
  version: Version,
});
export type RuleUpdate = z.infer<typeof RuleUpdate>;

export const EventRecord = z.object({
  eventType: EventType,
  occurredOn: Day.describe('The day it happened (e.g. the day the decision was rendered); deadlines count from it'),
});
export type EventRecord = z.infer<typeof EventRecord>;

const AgencyRef = z.object({ id: Id, name: z.string() });

export const DutyView = z.object({
  id: Id,
  version: z.number().int(),
  direction: z.enum(['outgoing', 'incoming']).describe("outgoing: the viewer's agency must notify; incoming: it is notified"),
  eventType: EventType,
  eventOn: Day,
  days: z.number().int(),
  dueOn: Day,
  status: DutyStatus,
  overdue: z.boolean().describe('Not sent and the due day has passed'),
  notifyingAgency: AgencyRef,
  receivingAgency: AgencyRef.nullable().describe('NULL: to be assigned when sending'),
  receivingAgencyType: AgencyType.describe('The type of agency the rule notifies (to choose one when none is assigned)'),
  caseId: Id.nullable().describe("Only when the viewer may open the case"),
  person: z.object({
    onedoorId: z.string().describe('Always carried: the notice identifies the client by the OneDoor id'),
    name: z.object({ given: z.string(), family: z.string() }).nullable().describe('Only where the access policy lets the viewer see identity'),
  }),
  sentAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  timing: z.object({
    daysToSend: z.number().int().nullable(),
    sentWithinDeadline: z.boolean().nullable(),
    daysToAcknowledge: z.number().int().nullable(),
  }),
});
export type DutyView = z.infer<typeof DutyView>;

export const EventResult = z.object({
  eventId: Id,
  duties: z.array(DutyView).describe('The duties created that you may see (your agency notifies)'),
  otherAgencies: z.number().int().describe('Duties created for another agency of the case to send (you see them once sent to you)'),
  skippedRules: z.array(z.object({ ruleId: Id, reason: z.enum(['no_notifying_agency']) })),
});

export const DutyListQuery = z.object({ box: z.enum(['outgoing', 'incoming']).default('outgoing') });

export const SendBody = z.object({
  receivingAgencyId: Id.optional().describe('Required when the duty has no receiving agency yet'),
  version: Version,
});
export type SendBody = z.infer<typeof SendBody>;
export const AcknowledgeBody = z.object({ version: Version });

const Indicators = z.object({
  total: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  sent: z.number().int().describe('Sent or acknowledged'),
  sentWithinDeadline: z.number().int(),
  shareWithinDeadline: z.number().nullable().describe('Sent within the deadline / sent; NULL when none was sent'),
  avgDaysToSend: z.number().nullable(),
  acknowledged: z.number().int(),
  avgDaysToAcknowledge: z.number().nullable(),
});

export const DashboardView = z.object({
  directions: z.array(z.enum(['outgoing', 'incoming'])),
  overdue: z.array(z.object({
    id: Id,
    direction: z.enum(['outgoing', 'incoming']),
    eventType: EventType,
    dueOn: Day,
    daysOverdue: z.number().int(),
    notifyingAgency: AgencyRef,
    receivingAgency: AgencyRef.nullable(),
    office: AgencyRef.nullable(),
  })),
  byRule: z.array(Indicators.extend({ ruleId: Id, eventType: EventType, direction: z.enum(['outgoing', 'incoming']), days: z.number().int() })),
  byOffice: z.array(Indicators.extend({ office: AgencyRef.nullable(), direction: z.enum(['outgoing', 'incoming']) })),
  totals: Indicators,
});
export type DashboardView = z.infer<typeof DashboardView>;
