/**
 * Request and response shapes of the referrals API (one zod schema per contract; OpenAPI is
 * generated from them, so every field says what it means).
 */
import { z } from 'zod';
import { DataCategory } from '../access/data-categories';

const Id = z.uuid();
const Day = z.iso.date();
const Instant = z.iso.datetime();
const Version = z.number().int().min(1).describe('The referral version you read; a stale one gets 409 version_conflict');
const StaffRef = z.object({ id: Id, displayName: z.string() });
const AgencyRef = z.object({ id: Id, name: z.string() });

export const ReferralStatus = z
  .enum([
    'draft', 'sent', 'received', 'accepted', 'declined', 'waitlisted', 'appointment_booked',
    'attended', 'no_show', 'in_service', 'completed', 'feedback_delivered', 'withdrawn',
  ])
  .describe(
    'draft → sent → received → accepted / declined / waitlisted → appointment_booked → attended / no_show → in_service → completed → feedback_delivered; ' +
      'withdrawn by the sender (from sent, received, waitlisted, accepted); declined, completed, feedback_delivered and withdrawn can be reopened',
  );
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const ReferralAction = z
  .enum([
    'create', 'send', 'receive', 'accept', 'waitlist', 'decline', 'book_appointment', 'attend', 'no_show', 'start_service',
    'complete', 'acknowledge_feedback', 'withdraw', 'reopen', 'overdue',
  ])
  .describe('A step of the lifecycle (overdue: the appear-by deadline passed without attendance, set by the timer)');
export type ReferralAction = z.infer<typeof ReferralAction>;

export const Urgency = z.enum(['routine', 'priority', 'urgent']).describe('How soon the client needs the service');
export type Urgency = z.infer<typeof Urgency>;

export const Outcome = z.enum(['need_met', 'partly_met', 'not_met']).describe('Whether the need the referral was for is met');
export type Outcome = z.infer<typeof Outcome>;

export const OverdueReason = z
  .enum(['appear_by_passed', 'not_received'])
  .describe('appear_by_passed: the appear-by date passed and the client has not attended; not_received: sent and receipt not confirmed within 3 days');

export const CaseIdParams = z.object({ caseId: Id });
export const ReferralIdParams = z.object({ id: Id });

const Reason = z.string().trim().min(1).max(2000);

export const ReferralCreate = z.object({
  serviceId: Id.describe('The catalogue service the client is referred to; its agency receives the referral (any agency, your own included)'),
  planActionId: Id.nullish().transform((v) => v ?? null).describe("The action of the case's plan this referral carries out, if any. A place the action holds on the same service is handed over to the referral when it is accepted"),
  previousReferralId: Id.nullish().transform((v) => v ?? null).describe('A referral of the same case this one follows (after a decline or an unmet need): the new referral joins its chain'),
  reason: Reason.describe('Why the client is referred, for the receiving agency'),
  categories: z
    .array(DataCategory)
    .min(1)
    .max(DataCategory.options.length)
    .describe(
      "Data categories shared with the receiving agency. Each must be covered by the client's consent to that agency for the purpose 'referral' (else 400 at categories.N), " +
        "and must include 'identity': the receiver has to know who will come",
    ),
  urgency: Urgency,
  appearBy: Day.describe('Date by which the client should appear at the service (today or later)'),
  preferredLanguage: z.string().regex(/^[a-z]{2}$/).optional().describe("Language the client prefers to be served in (ISO 639-1); default: the client's preferred language"),
  send: z.boolean().default(false).describe('Send at once (default: keep as a draft)'),
});
export type ReferralCreate = z.infer<typeof ReferralCreate>;

export const DraftUpdate = ReferralCreate.omit({ send: true, previousReferralId: true, planActionId: true }).extend({ version: Version });
export type DraftUpdate = z.infer<typeof DraftUpdate>;

export const VersionOnly = z.object({ version: Version });
export type VersionOnly = z.infer<typeof VersionOnly>;

export const WithReason = z.object({ version: Version, reason: Reason.describe('Why (kept with the step; required)') });
export type WithReason = z.infer<typeof WithReason>;

export const ReopenInput = z.object({ version: Version, comment: Reason.describe('Why the referral is reopened (kept with the step and audited)') });
export type ReopenInput = z.infer<typeof ReopenInput>;

export const AppointmentInput = z.object({
  version: Version,
  at: Instant.describe('Date and time of the appointment'),
  place: z.string().trim().min(1).max(300).describe('Where: room, address'),
});
export type AppointmentInput = z.infer<typeof AppointmentInput>;

export const AttendanceInput = z.object({ version: Version, attended: z.boolean().describe('true: the client came (attended); false: no_show') });
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const CompleteInput = z.object({
  version: Version,
  outcome: Outcome,
  feedback: z.string().trim().min(1).max(4000).describe('Feedback for the referring case manager'),
});
export type CompleteInput = z.infer<typeof CompleteInput>;

export const BulkAccept = z.object({
  items: z.array(z.object({ id: Id, version: Version })).min(1).max(100).describe('Each referral with the version you read; each is accepted (or waitlisted when full) on its own'),
});
export type BulkAccept = z.infer<typeof BulkAccept>;

export const BulkResult = z.object({
  results: z.array(
    z.object({
      id: Id,
      ok: z.boolean(),
      status: ReferralStatus.nullable().describe('The status after the step (accepted, or waitlisted when no place was free)'),
      version: z.number().int().nullable(),
      error: z.object({ code: z.string(), message: z.string() }).nullable().describe('Why this one failed (version_conflict, invalid_transition, not_found...)'),
    }),
  ),
});
export type BulkResult = z.infer<typeof BulkResult>;

export const InboxQuery = z.object({
  status: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []))
    .pipe(z.array(ReferralStatus))
    .describe('Comma-separated statuses (default: every status but draft)'),
  urgency: Urgency.optional(),
  overdue: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')).describe('Only overdue (true) or not overdue (false)'),
  serviceId: Id.optional(),
  locationId: Id.optional().describe('Only referrals to services delivered at this location of your agency'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

const Localised = z.string().describe('In the language of the request');

export const ServiceRef = z.object({ id: Id, name: Localised, type: z.string(), agencyId: Id, agencyName: z.string() });

export const ClientLabel = z
  .object({ onedoorId: z.string(), givenName: z.string().optional(), familyName: z.string().optional() })
  .describe('Who the referral is for, from what it shares (names only when identity is shared and, for the sender, visible to you)');

export const ReferralSummary = z.object({
  id: Id,
  version: z.number().int(),
  chainId: Id,
  caseId: Id.nullable().describe('The case it was made from; null for the receiving side, which does not see the case'),
  status: ReferralStatus,
  urgency: Urgency,
  appearBy: Day,
  service: ServiceRef,
  sendingAgency: AgencyRef,
  receivingAgency: AgencyRef,
  client: ClientLabel,
  sentAt: Instant.nullable(),
  receivedAt: Instant.nullable(),
  statusChangedAt: Instant,
  overdue: z.boolean(),
  overdueReasons: z.array(OverdueReason),
  outcome: Outcome.nullable(),
});
export type ReferralSummary = z.infer<typeof ReferralSummary>;

export const InboxView = z.object({ items: z.array(ReferralSummary), total: z.number().int() });
export type InboxView = z.infer<typeof InboxView>;

const Document = z.object({
  documentType: z.string(), category: DataCategory, number: z.string(), issuedBy: z.string().nullable(), issuedOn: Day.nullable(), validUntil: Day.nullable(),
});

export const SharedSnapshot = z
  .object({
    takenAt: Instant,
    categories: z.array(DataCategory),
    person: z
      .object({
        onedoorId: z.string(),
        nationalId: z.string().nullable().optional(),
        givenName: z.string().optional(),
        familyName: z.string().optional(),
        patronymic: z.string().nullable().optional(),
        givenNameLatin: z.string().optional(),
        familyNameLatin: z.string().optional(),
        sex: z.string().optional(),
        birthDate: Day.optional(),
        phone: z.string().nullable().optional(),
        email: z.string().nullable().optional(),
        address: z.string().nullable().optional(),
        municipalityCode: z.string().nullable().optional(),
        preferredLanguage: z.string().optional(),
        interpreterNeeded: z.boolean().optional(),
        educationLevel: z.string().nullable().optional(),
        disability: z.boolean().optional(),
      })
      .describe('Fields of the shared categories only; a field of another category is absent'),
    documents: z.array(Document).optional().describe('Documents of the shared categories (absent when none is shared)'),
    unemploymentSpells: z.array(z.object({ startedOn: Day, endedOn: Day.nullable(), endReason: z.string().nullable() })).optional().describe('With employment'),
    benefits: z.array(z.object({ benefitType: z.string(), startedOn: Day, endedOn: Day.nullable(), monthlyAmount: z.string().nullable(), currency: z.string() })).optional().describe('With benefits'),
  })
  .describe('What the referral shares of the client, as it was when sent; the receiving agency sees exactly this');
export type SharedSnapshot = z.infer<typeof SharedSnapshot>;

export const ReferralEventView = z.object({
  action: ReferralAction,
  fromStatus: ReferralStatus.nullable(),
  toStatus: ReferralStatus,
  at: Instant,
  actor: StaffRef.nullable().describe('null for the timer'),
  agency: AgencyRef.nullable(),
  note: z.string().nullable().describe('Reason or comment of the step (decline, withdrawal, reopening)'),
});

export const ReferralView = ReferralSummary.extend({
  side: z.enum(['sender', 'receiver', 'both']).describe('How you see it: through the case (sender), as the receiving agency, or both'),
  previousReferralId: Id.nullable(),
  nextReferralIds: z.array(Id).describe('Re-referrals that follow this one'),
  planActionId: Id.nullable(),
  caseManager: StaffRef.describe('The referring case manager: gets status changes, the outcome and the feedback'),
  createdBy: StaffRef,
  createdAt: Instant,
  reason: z.string(),
  categories: z.array(DataCategory),
  preferredLanguage: z.string(),
  receipt: z.object({ receivedAt: Instant, receivedBy: StaffRef }).nullable().describe('Proof of receipt: who at the receiving agency confirmed it, and when'),
  declineReason: z.string().nullable(),
  appointment: z.object({ at: Instant, place: z.string() }).nullable(),
  feedback: z.string().nullable().describe('The receiving agency’s feedback with the outcome'),
  feedbackDelivered: z.object({ at: Instant, by: StaffRef }).nullable().describe('When the referring side acknowledged the outcome'),
  placeHeld: z.object({ usesReserved: z.boolean(), since: Instant }).nullable().describe('The place the referral holds on the service (from acceptance until it closes)'),
  shared: SharedSnapshot.nullable().describe('null while a draft (taken when sent); for the sender, limited to what you may see yourself'),
  events: z.array(ReferralEventView).describe('Oldest first'),
  allowedActions: z.array(ReferralAction).describe('Steps you may take now'),
});
export type ReferralView = z.infer<typeof ReferralView>;

export const JourneyQuery = z.object({
  from: Day.optional().describe('Chains whose first referral was sent on or after this day'),
  to: Day.optional().describe('… and on or before this day'),
});
export type JourneyQuery = z.infer<typeof JourneyQuery>;

export const JourneySmoothness = z.object({
  chains: z.array(
    z.object({
      chainId: Id,
      caseId: Id,
      referrals: z.number().int().describe('Referrals sent in the chain (drafts and withdrawn ones not counted)'),
      met: z.boolean().describe('A referral of the chain completed with need_met'),
      referralsUntilMet: z.number().int().nullable().describe('How many referrals it took until the need was met (null while not met)'),
      firstSentAt: Instant,
      lastStatus: ReferralStatus,
    }),
  ),
  totalChains: z.number().int(),
  metChains: z.number().int(),
  averageReferralsUntilMet: z.number().nullable().describe('Average over chains whose need was met; null when none'),
}).describe("Journey smoothness for the cases of your agency's referrals: how many referrals until the need was met, per chain");
export type JourneySmoothness = z.infer<typeof JourneySmoothness>;
