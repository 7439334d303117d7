/**
 * Who works with whom in the demo's integrated cases: which Unified Social Service office
 * leads a client's case, which partners join it, for what, and which data categories the
 * client is asked to share with each. The categories follow what the partner does, so
 * consent is never broader than the work (an employer gets employment data, not health).
 */
import type { Insertable } from 'kysely';
import type { DataCategory, ProcessingPurpose } from '../../modules/access/data-categories';
import type { StaffUserTable } from '../types';
import { GYUMRI, VANADZOR, YEREVAN, type ServedMunicipality } from './municipalities';

/** What the case story needs to know about a client to pick plausible partners. */
export interface ClientFacts {
  municipality: ServedMunicipality;
  sex: 'male' | 'female';
  age: number;
  disability: boolean;
  hasSpell: boolean;
  openSpell: boolean;
  longTerm: boolean;
  /** The household receives the family benefit or social assistance. */
  assisted: boolean;
}

// Vanadzor has no employment office in the demo network: Gyumri serves it (organisations.ts).
export const EMPLOYMENT_AGENCY: Record<ServedMunicipality, string> = { [YEREVAN]: 'pes-yerevan', [GYUMRI]: 'pes-gyumri', [VANADZOR]: 'pes-gyumri' };
export const WELFARE_CENTRE: Record<ServedMunicipality, string> = { [YEREVAN]: 'csw-yerevan', [GYUMRI]: 'csw-gyumri', [VANADZOR]: 'csw-vanadzor' };

export interface PartnerKind {
  key: string;
  role: string;
  categories: DataCategory[];
  purposes: ProcessingPurpose[];
  /** Chance that this partner joins the case of this client (0 = never). */
  chance(c: ClientFacts, leadIsEmployment: boolean): number;
}

const BASIC: DataCategory[] = ['identity', 'contact'];
const where = (c: ClientFacts, ...places: ServedMunicipality[]) => places.includes(c.municipality);

/** Partners other than the two Unified Social Service offices, by what they do. */
const PARTNERS: readonly PartnerKind[] = [
  { key: 'ngo-hope', role: 'Psychological support', categories: [...BASIC, 'health', 'domestic_violence'], purposes: ['case_work'],
    chance: (c) => (where(c, YEREVAN) ? (c.sex === 'female' ? 0.12 : 0.04) : 0) },
  { key: 'ngo-shirak', role: 'Job mentoring for women', categories: [...BASIC, 'employment'], purposes: ['case_work'],
    chance: (c) => (where(c, GYUMRI) && c.sex === 'female' ? 0.3 : 0) },
  { key: 'ngo-lori', role: 'Disability inclusion and rehabilitation', categories: [...BASIC, 'health', 'education', 'employment'],
    purposes: ['case_work', 'referral'], chance: (c) => (where(c, VANADZOR) && c.disability ? 0.7 : 0) },
  { key: 'training-skills', role: 'Vocational training', categories: [...BASIC, 'education', 'employment'], purposes: ['case_work', 'referral'],
    chance: (c) => (c.hasSpell ? 0.2 : 0.04) * (where(c, YEREVAN) ? 1 : 0.3) },
  { key: 'employer-ararat', role: 'Subsidised employment', categories: [...BASIC, 'employment'], purposes: ['case_work'],
    chance: (c) => (where(c, YEREVAN) && c.openSpell ? (c.longTerm ? 0.15 : 0.04) : 0) },
  { key: 'employer-shirak', role: 'Subsidised employment', categories: [...BASIC, 'employment'], purposes: ['case_work'],
    chance: (c) => (where(c, GYUMRI) && c.openSpell ? (c.longTerm ? 0.15 : 0.04) : 0) },
  { key: 'municipality-vanadzor', role: 'Municipal social support', categories: [...BASIC, 'benefits'], purposes: ['case_work'],
    chance: (c) => (where(c, VANADZOR) ? (c.assisted ? 0.4 : 0.1) : 0) },
];

/** The other Unified Social Service office: welfare for an employment-led case and the reverse. */
function counterpart(c: ClientFacts, leadIsEmployment: boolean): PartnerKind {
  return leadIsEmployment
    ? { key: WELFARE_CENTRE[c.municipality], role: 'Social assistance and family support', categories: [...BASIC, 'benefits', 'financial'],
        purposes: ['case_work', 'referral'], chance: () => (c.assisted ? 0.8 : 0.35) }
    : { key: EMPLOYMENT_AGENCY[c.municipality], role: 'Job search and employment programmes', categories: [...BASIC, 'employment', 'education'],
        purposes: ['case_work', 'referral'], chance: () => (c.hasSpell ? 0.85 : 0.3) };
}

export const partnerKindsFor = (c: ClientFacts, leadIsEmployment: boolean): PartnerKind[] => [counterpart(c, leadIsEmployment), ...PARTNERS];

/** Staff of each agency who can lead cases or decide legal bases (case rules in modules/cases). */
export interface StaffIndex {
  caseManagers(agencyId: string): string[];
  supervisors(agencyId: string): string[];
  byEmail(email: string): Insertable<StaffUserTable>;
}

export function indexStaff(rows: readonly Insertable<StaffUserTable>[]): StaffIndex {
  const withRole = (agencyId: string, role: string) =>
    rows.filter((s) => s.agency_id === agencyId && (s.roles as string[]).includes(role)).map((s) => s.id!);
  return {
    caseManagers: (agencyId) => withRole(agencyId, 'case_manager'),
    supervisors: (agencyId) => withRole(agencyId, 'supervisor'),
    byEmail: (email) => {
      const row = rows.find((s) => s.email === email);
      if (!row) throw new Error(`No demo staff ${email}`);
      return row;
    },
  };
}
