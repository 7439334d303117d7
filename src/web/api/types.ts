/**
 * Shapes of the API answers the web app reads, taken straight from the server's zod
 * schemas (type-only imports: nothing of the server is bundled).
 */
import type { z } from 'zod';
import type { Me, SignInResult, TotpSetup as TotpSetupSchema } from '../../modules/auth/schema';
import type { ChainVerification } from '../../modules/audit/schema';
import type { Role } from '../../modules/access/roles';
import type {
  Agency as AgencySchema,
  Municipality as MunicipalitySchema,
  Office as OfficeSchema,
  StaffUser as StaffUserSchema,
} from '../../modules/admin/schema';

export type { ChainVerification, Me, Role, SignInResult };
export type TotpSetup = z.infer<typeof TotpSetupSchema>;

export type Language = Me['preferredLanguage'];

export const agencyTypes = [
  'employment_service',
  'social_welfare_centre',
  'municipality',
  'ngo',
  'health',
  'training_provider',
  'employer',
] as const;
export type AgencyType = (typeof agencyTypes)[number];

export const roles: readonly Role[] = [
  'case_manager',
  'specialist',
  'supervisor',
  'partnership_coordinator',
  'analyst',
  'administrator',
  'data_protection_officer',
];

export type Municipality = z.infer<typeof MunicipalitySchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Office = z.infer<typeof OfficeSchema>;
export type StaffUser = z.infer<typeof StaffUserSchema>;

export interface AuditEvent {
  seq: number;
  id: string;
  at: string;
  action: string;
  actorUserId: string | null;
  actorLabel: string | null;
  actorName: string | null;
  subjectType: string | null;
  subjectId: string | null;
  purpose: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}
