/**
 * The partner network of the demo: the Unified Social Service's employment offices and
 * social welfare centres, a municipality, NGOs, a training provider and employers, spread
 * over Yerevan, Gyumri and Vanadzor. Names are realistic but invented.
 */
import type { Insertable } from 'kysely';
import type { AgencyTable, OfficeTable } from '../types';
import { AREA_CODE, GYUMRI, TOWN, VANADZOR, YEREVAN, type ServedMunicipality } from './municipalities';
import type { Rng } from './random';

export type AgencyType = 'employment_service' | 'social_welfare_centre' | 'municipality' | 'ngo' | 'training_provider' | 'employer';

interface OrganisationSpec {
  key: string;
  name: string;
  type: AgencyType;
  office: { name: string; municipality: ServedMunicipality; street: string };
}

const SPECS: readonly OrganisationSpec[] = [
  { key: 'pes-yerevan', name: 'Unified Social Service — Employment, Yerevan', type: 'employment_service',
    office: { name: 'Kentron Employment Office', municipality: YEREVAN, street: 'Tigran Mets Ave 23' } },
  { key: 'pes-gyumri', name: 'Unified Social Service — Employment, Gyumri', type: 'employment_service',
    office: { name: 'Gyumri Employment Office', municipality: GYUMRI, street: 'Vardanants Square 2' } },
  { key: 'csw-yerevan', name: 'Unified Social Service — Social Welfare Centre, Yerevan', type: 'social_welfare_centre',
    office: { name: 'Shengavit Territorial Centre', municipality: YEREVAN, street: 'Bagratunyats Ave 15' } },
  { key: 'csw-gyumri', name: 'Unified Social Service — Social Welfare Centre, Gyumri', type: 'social_welfare_centre',
    office: { name: 'Gyumri Territorial Centre', municipality: GYUMRI, street: 'Rustaveli St 40' } },
  { key: 'csw-vanadzor', name: 'Unified Social Service — Social Welfare Centre, Vanadzor', type: 'social_welfare_centre',
    office: { name: 'Vanadzor Territorial Centre', municipality: VANADZOR, street: 'Tigran Mets Ave 28' } },
  { key: 'municipality-vanadzor', name: 'Vanadzor Municipality — Department of Social Affairs', type: 'municipality',
    office: { name: 'City Hall, Social Affairs Department', municipality: VANADZOR, street: 'Tigran Mets Ave 1' } },
  { key: 'ngo-hope', name: 'Hope Family Support Centre NGO', type: 'ngo',
    office: { name: 'Family Support Centre', municipality: YEREVAN, street: 'Nar-Dos St 18' } },
  { key: 'ngo-shirak', name: "Shirak Women's Resource Centre NGO", type: 'ngo',
    office: { name: 'Resource Centre', municipality: GYUMRI, street: 'Shirakatsi St 7' } },
  { key: 'ngo-lori', name: 'Lori Disability Inclusion Network NGO', type: 'ngo',
    office: { name: 'Day Centre', municipality: VANADZOR, street: 'Myasnikyan St 12' } },
  { key: 'training-skills', name: 'Armenian Vocational Skills Centre Foundation', type: 'training_provider',
    office: { name: 'Training Campus', municipality: YEREVAN, street: 'Arshakunyats Ave 34' } },
  { key: 'employer-ararat', name: 'Ararat Food Processing CJSC', type: 'employer',
    office: { name: 'Head Office and Plant', municipality: YEREVAN, street: 'Artsakh Ave 60' } },
  { key: 'employer-shirak', name: 'Shirak Textile LLC', type: 'employer',
    office: { name: 'Sewing Factory', municipality: GYUMRI, street: 'Gayi St 5' } },
];

export interface Organisation {
  key: string;
  agencyId: string;
  officeId: string;
  name: string;
  type: AgencyType;
  municipality: ServedMunicipality;
}

export interface OrganisationRows {
  agencies: Insertable<AgencyTable>[];
  offices: Insertable<OfficeTable>[];
  byKey: Map<string, Organisation>;
  /** The employment office where a resident of each municipality registers as unemployed. */
  employmentOfficeFor: Record<ServedMunicipality, string>;
}

export function buildOrganisations(rng: Rng): OrganisationRows {
  const agencies: Insertable<AgencyTable>[] = [];
  const offices: Insertable<OfficeTable>[] = [];
  const byKey = new Map<string, Organisation>();
  for (const spec of SPECS) {
    const agencyId = rng.uuid();
    const officeId = rng.uuid();
    const { municipality } = spec.office;
    agencies.push({ id: agencyId, name: spec.name, type: spec.type });
    offices.push({
      id: officeId,
      agency_id: agencyId,
      name: spec.office.name,
      municipality_code: municipality,
      address: `${spec.office.street}, ${TOWN[municipality]}`,
      phone: `+374${AREA_CODE[municipality]}${rng.digits(8 - AREA_CODE[municipality].length)}`,
    });
    byKey.set(spec.key, { key: spec.key, agencyId, officeId, name: spec.name, type: spec.type, municipality });
  }
  const officeOf = (key: string) => byKey.get(key)!.officeId;
  return {
    agencies,
    offices,
    byKey,
    // Lori has no employment office in the demo network, so Gyumri serves the north.
    employmentOfficeFor: { [YEREVAN]: officeOf('pes-yerevan'), [GYUMRI]: officeOf('pes-gyumri'), [VANADZOR]: officeOf('pes-gyumri') },
  };
}
