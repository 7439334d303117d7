/** Database rows → API shapes (camelCase, derived flags). */
import type { Agency, Office, StaffUser } from './schema';
import type * as repo from './repo';

type Row<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>> extends (infer R)[] ? R : never;

export const toMunicipality = (m: Row<typeof repo.listMunicipalities>) => ({
  code: m.code,
  names: { en: m.name_en, ru: m.name_ru, hy: m.name_hy },
  region: m.region,
});

export const toAgency = (a: Row<typeof repo.listAgencies>): Agency => ({
  id: a.id,
  name: a.name,
  type: a.type as Agency['type'],
  active: a.active,
  version: a.version,
  officeCount: Number(a.office_count ?? 0),
  userCount: Number(a.user_count ?? 0),
});

export const toOffice = (o: Row<typeof repo.listOffices>): Office => ({
  id: o.id,
  agencyId: o.agency_id,
  agencyName: o.agency_name,
  name: o.name,
  municipalityCode: o.municipality_code,
  address: o.address,
  phone: o.phone,
  active: o.active,
  version: o.version,
});

export const toStaffUser = (u: Row<typeof repo.listUsers>, now: Date): StaffUser => ({
  id: u.id,
  email: u.email,
  displayName: u.display_name,
  agencyId: u.agency_id,
  agencyName: u.agency_name,
  officeId: u.office_id,
  officeName: u.office_name,
  roles: u.roles as StaffUser['roles'],
  preferredLanguage: u.preferred_language as StaffUser['preferredLanguage'],
  active: u.active,
  totpEnabled: u.totp_enabled_at !== null,
  locked: u.locked_until !== null && u.locked_until > now,
  lastSignInAt: u.last_sign_in_at?.toISOString() ?? null,
  version: u.version,
});
