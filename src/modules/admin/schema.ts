import { z } from 'zod';
import { Role } from '../access/roles';
import { LanguageCode } from '../auth/schema';
import { MIN_PASSWORD_LENGTH } from '../auth/password';

export const AgencyType = z
  .enum(['employment_service', 'social_welfare_centre', 'municipality', 'ngo', 'health', 'training_provider', 'employer'])
  .describe('Kind of partner agency');

const Version = z.number().int().min(1).describe('The version you read; a stale one gets 409');
const Id = z.uuid();
const name = z.string().trim().min(1).max(200);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

export const Municipality = z.object({
  code: z.string(),
  names: z.object({ en: z.string(), ru: z.string(), hy: z.string() }),
  region: z.string(),
});

export const Agency = z.object({
  id: Id,
  name: z.string(),
  type: AgencyType,
  active: z.boolean(),
  version: z.number().int(),
  officeCount: z.number().int(),
  userCount: z.number().int(),
});
export type Agency = z.infer<typeof Agency>;

export const AgencyCreate = z.object({ name, type: AgencyType });
export const AgencyUpdate = AgencyCreate.extend({ active: z.boolean(), version: Version });
export type AgencyCreate = z.infer<typeof AgencyCreate>;
export type AgencyUpdate = z.infer<typeof AgencyUpdate>;

export const Office = z.object({
  id: Id,
  agencyId: Id,
  agencyName: z.string(),
  name: z.string(),
  municipalityCode: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Office = z.infer<typeof Office>;

export const OfficeCreate = z.object({
  agencyId: Id,
  name,
  municipalityCode: z.string().trim().min(1).max(40),
  address: optionalText(300),
  phone: optionalText(40),
});
export const OfficeUpdate = OfficeCreate.extend({ active: z.boolean(), version: Version });
export type OfficeCreate = z.infer<typeof OfficeCreate>;
export type OfficeUpdate = z.infer<typeof OfficeUpdate>;
export const OfficeQuery = z.object({ agencyId: Id.optional() });

export const StaffUser = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  agencyId: Id,
  agencyName: z.string(),
  officeId: Id.nullable(),
  officeName: z.string().nullable(),
  roles: z.array(Role),
  preferredLanguage: LanguageCode,
  active: z.boolean(),
  totpEnabled: z.boolean(),
  locked: z.boolean(),
  lastSignInAt: z.iso.datetime().nullable(),
  version: z.number().int(),
});
export type StaffUser = z.infer<typeof StaffUser>;

const userFields = {
  displayName: name,
  agencyId: Id,
  officeId: Id.nullish().transform((v) => v ?? null),
  roles: z.array(Role).min(1).max(7),
  preferredLanguage: LanguageCode.default('en'),
};
export const Password = z.string().min(MIN_PASSWORD_LENGTH).max(1024).describe(`At least ${MIN_PASSWORD_LENGTH} characters`);
export const UserCreate = z.object({ email: z.email().max(254), password: Password, ...userFields });
export const UserUpdate = z.object({ ...userFields, active: z.boolean(), version: Version });
export type UserCreate = z.infer<typeof UserCreate>;
export type UserUpdate = z.infer<typeof UserUpdate>;
export const UserQuery = z.object({ agencyId: Id.optional(), q: z.string().trim().max(100).optional() });
export const PasswordReset = z.object({ password: Password });
export const IdParams = z.object({ id: Id });
