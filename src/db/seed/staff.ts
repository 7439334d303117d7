/**
 * Twenty demo staff accounts across the partner network, covering every role, all with
 * one shared, documented password so a demo audience can sign in as anyone.
 */
import type { Insertable } from 'kysely';
import type { StaffUserTable } from '../types';
import type { OrganisationRows } from './organisations';
import type { Rng } from './random';

/** The one password of every demo account; printed at start-up, never used in production. */
export const DEMO_PASSWORD = 'OneDoor-demo-2026';

export interface DemoLogin {
  email: string;
  password: string;
  roles: string[];
  agency: string;
  displayName: string;
}

interface StaffSpec {
  email: string;
  name: string;
  org: string;
  roles: string[];
  lang: 'en' | 'hy' | 'ru';
}

const STAFF: readonly StaffSpec[] = [
  // The system is run by the Unified Social Service, so its central roles sit with the
  // Yerevan employment agency.
  { email: 'admin@onedoor.test', name: 'Hayk Mirzoyan', org: 'pes-yerevan', roles: ['administrator'], lang: 'en' },
  { email: 'dpo@onedoor.test', name: 'Hasmik Avagyan', org: 'pes-yerevan', roles: ['data_protection_officer'], lang: 'hy' },
  { email: 'levon.nersisyan@employment.onedoor.test', name: 'Levon Nersisyan', org: 'pes-yerevan', roles: ['analyst'], lang: 'en' },
  { email: 'anna.sargsyan@employment.onedoor.test', name: 'Anna Sargsyan', org: 'pes-yerevan', roles: ['case_manager'], lang: 'hy' },
  { email: 'tigran.hakobyan@employment.onedoor.test', name: 'Tigran Hakobyan', org: 'pes-yerevan', roles: ['case_manager'], lang: 'hy' },
  { email: 'lilit.grigoryan@employment.onedoor.test', name: 'Lilit Grigoryan', org: 'pes-yerevan', roles: ['supervisor'], lang: 'en' },
  { email: 'armen.vardanyan@employment.onedoor.test', name: 'Armen Vardanyan', org: 'pes-gyumri', roles: ['case_manager'], lang: 'ru' },
  // Small offices: the manager also carries a caseload.
  { email: 'narine.avetisyan@employment.onedoor.test', name: 'Narine Avetisyan', org: 'pes-gyumri', roles: ['supervisor', 'case_manager'], lang: 'hy' },
  { email: 'gohar.harutyunyan@welfare.onedoor.test', name: 'Gohar Harutyunyan', org: 'csw-yerevan', roles: ['case_manager'], lang: 'hy' },
  { email: 'davit.mkrtchyan@welfare.onedoor.test', name: 'Davit Mkrtchyan', org: 'csw-yerevan', roles: ['case_manager'], lang: 'en' },
  { email: 'mariam.karapetyan@welfare.onedoor.test', name: 'Mariam Karapetyan', org: 'csw-yerevan', roles: ['supervisor'], lang: 'hy' },
  { email: 'hovhannes.petrosyan@welfare.onedoor.test', name: 'Hovhannes Petrosyan', org: 'csw-gyumri', roles: ['case_manager'], lang: 'ru' },
  { email: 'edgar.baghdasaryan@welfare.onedoor.test', name: 'Edgar Baghdasaryan', org: 'csw-gyumri', roles: ['supervisor'], lang: 'ru' },
  { email: 'siranush.ghazaryan@welfare.onedoor.test', name: 'Siranush Ghazaryan', org: 'csw-vanadzor', roles: ['case_manager'], lang: 'hy' },
  { email: 'arpine.manukyan@vanadzor.onedoor.test', name: 'Arpine Manukyan', org: 'municipality-vanadzor', roles: ['partnership_coordinator'], lang: 'hy' },
  // Psychologist working with survivors of domestic violence.
  { email: 'ruzanna.simonyan@hope-ngo.onedoor.test', name: 'Ruzanna Simonyan', org: 'ngo-hope', roles: ['specialist'], lang: 'hy' },
  // Social mentor who supports new workers to stay in their job.
  { email: 'karine.sahakyan@shirak-women.onedoor.test', name: 'Karine Sahakyan', org: 'ngo-shirak', roles: ['specialist'], lang: 'ru' },
  // Rehabilitation counsellor.
  { email: 'ani.martirosyan@lori-inclusion.onedoor.test', name: 'Ani Martirosyan', org: 'ngo-lori', roles: ['specialist'], lang: 'hy' },
  { email: 'vahe.khachatryan@skills.onedoor.test', name: 'Vahe Khachatryan', org: 'training-skills', roles: ['specialist'], lang: 'en' },
  // HR manager at an employer hiring long-term unemployed people with a subsidy.
  { email: 'sona.poghosyan@ararat-food.onedoor.test', name: 'Sona Poghosyan', org: 'employer-ararat', roles: ['specialist'], lang: 'hy' },
];

export function buildStaff(
  orgs: OrganisationRows,
  passwordHash: string,
  rng: Rng,
): { rows: Insertable<StaffUserTable>[]; logins: DemoLogin[] } {
  const rows: Insertable<StaffUserTable>[] = [];
  const logins: DemoLogin[] = [];
  for (const spec of STAFF) {
    const org = orgs.byKey.get(spec.org);
    if (!org) throw new Error(`Demo staff ${spec.email} names unknown organisation ${spec.org}`);
    rows.push({
      id: rng.uuid(),
      email: spec.email,
      display_name: spec.name,
      agency_id: org.agencyId,
      office_id: org.officeId,
      roles: spec.roles,
      preferred_language: spec.lang,
      password_hash: passwordHash,
    });
    logins.push({ email: spec.email, password: DEMO_PASSWORD, roles: [...spec.roles], agency: org.name, displayName: spec.name });
  }
  return { rows, logins };
}
