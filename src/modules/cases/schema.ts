/** Request and response shapes of integrated cases (one zod schema per contract → validation, types, OpenAPI). */
import { z } from 'zod';

export const CaseStatus = z.enum(['open', 'suspended', 'closed']).describe('open, suspended (e.g. client abroad) or closed');
export type CaseStatus = z.infer<typeof CaseStatus>;

const Id = z.uuid();
const Version = z.number().int().min(1).describe('The version you read; a stale one gets 409');

export const CaseIdParams = z.object({ id: Id });
export const PersonIdParams = z.object({ personId: Id });
export const PartnerParams = z.object({ id: Id, agencyId: Id });

export const CaseOpen = z.object({
  personId: Id,
  caseManagerId: Id.optional().describe('Active case manager or supervisor of your agency; you when absent'),
});
export type CaseOpen = z.infer<typeof CaseOpen>;

/** The person as a case shows them: names only when the viewer may see identity data. */
export const CasePerson = z.object({
  id: Id,
  onedoorId: z.string(),
  name: z
    .object({ given: z.string(), family: z.string(), givenLatin: z.string(), familyLatin: z.string() })
    .nullable()
    .describe('null when identity data are not visible to you'),
});
export type CasePerson = z.infer<typeof CasePerson>;

const AgencyRef = z.object({ id: Id, name: z.string() });
const StaffRef = z.object({ id: Id, displayName: z.string() });

export const CasePartner = z.object({
  agencyId: Id,
  agencyName: z.string(),
  role: z.string().nullable(),
  joinedAt: z.iso.datetime(),
});

export const CaseView = z.object({
  id: Id,
  status: CaseStatus,
  statusReason: z.string().nullable(),
  leadAgency: AgencyRef,
  caseManager: StaffRef,
  partners: z.array(CasePartner),
  openedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  version: z.number().int(),
  person: CasePerson,
});
export type CaseView = z.infer<typeof CaseView>;

export const CaseSummary = CaseView.omit({ partners: true, statusReason: true });
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseloadQuery = z.object({
  assignedTo: z.enum(['me', 'agency']).default('me').describe("'me': your caseload; 'agency': your agency's (supervisors)"),
  status: z.enum(['active', 'open', 'suspended', 'closed']).default('active').describe("'active' = open or suspended"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CaseloadQuery = z.infer<typeof CaseloadQuery>;

export const Caseload = z.object({
  items: z.array(CaseSummary),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const PartnerAdd = z.object({
  agencyId: Id,
  role: z.string().trim().max(200).nullish().transform((v) => v || null).describe('What the partner does in the case'),
});
export type PartnerAdd = z.infer<typeof PartnerAdd>;

export const StatusChange = z.object({
  status: CaseStatus,
  reason: z.string().trim().min(1).max(1000).describe('Why; kept on the case, not copied into the audit trail'),
  version: Version,
});
export type StatusChange = z.infer<typeof StatusChange>;

export const ManagerChange = z.object({ caseManagerId: Id, version: Version });
export type ManagerChange = z.infer<typeof ManagerChange>;

export const TimelineQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const TimelineEvent = z.object({
  id: Id,
  at: z.iso.datetime(),
  type: z.string().describe('case.opened, partner.joined, partner.left, case.status_changed, case.manager_changed, consent.recorded, ...'),
  agency: AgencyRef.nullable(),
  actor: StaffRef.nullable(),
  dataCategory: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const Timeline = z.object({ items: z.array(TimelineEvent) });
