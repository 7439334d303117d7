/**
 * The catalogue as other modules need it (the plan's suggestions and actions): a flat view
 * of each service, named in one language, with its free places computed in SQL. No access
 * check (a catalogue holds no person data); callers pass their own transaction.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { textIn, toEligibility } from './mappers';
import { locationsOfServices } from './repo';
import type { Eligibility, Places, ServiceType } from './schema';
import { placedServices, searchServices, type PlacedServiceRow } from './search-repo';

export interface ServiceFacts extends Places {
  id: string;
  agencyId: string;
  agencyName: string;
  type: ServiceType;
  active: boolean;
  /** In the language asked for, else the first language the name has. */
  name: string;
  barriers: string[];
  languages: string[];
  /** Municipality codes of the places it is delivered at. */
  municipalities: string[];
  eligibility: Eligibility;
  costPerParticipant: number | null;
}

export interface Candidate extends ServiceFacts {
  /** Of the barriers asked about, those this service addresses. */
  matchedBarriers: string[];
  /** Delivered in the municipality asked about. */
  inMunicipality: boolean;
}

export interface CandidateQuery {
  barriers: string[];
  municipalityCode: string | null;
  /** Only services delivered in this language (ISO 639-1). */
  language?: string | null;
  /** Only services with a place this booking could take (viaSinglePoint: reserved or general; else general). */
  withFreePlaceFor?: { viaSinglePoint: boolean };
  limit?: number;
}

async function toFacts(trx: Kysely<DB>, rows: PlacedServiceRow[], lang: string): Promise<ServiceFacts[]> {
  const locations = await locationsOfServices(trx, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    type: r.type as ServiceType,
    active: r.status === 'active',
    name: textIn(r.name, lang),
    barriers: r.barriers,
    languages: r.languages,
    municipalities: [...new Set(locations.filter((l) => l.service_id === r.id).map((l) => l.municipality_code))],
    eligibility: toEligibility(r.eligibility),
    costPerParticipant: r.cost_per_participant === null ? null : Number(r.cost_per_participant),
    capacity: r.capacity,
    reservedPlaces: r.reserved_places,
    freePlaces: r.free_places,
    freeReservedPlaces: r.free_reserved_places,
    freeGeneralPlaces: r.free_general_places,
  }));
}

/** These services (active or not), in the order asked; unknown ids are left out. */
export async function servicesByIds(trx: Kysely<DB>, ids: string[], lang: string): Promise<ServiceFacts[]> {
  const facts = await toFacts(trx, await placedServices(trx, [...new Set(ids)]), lang);
  const byId = new Map(facts.map((f) => [f.id, f]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Free places of each of these services (services not found are absent). */
export async function freePlaces(trx: Kysely<DB>, ids: string[]): Promise<Map<string, Places>> {
  const rows = await placedServices(trx, [...new Set(ids)]);
  return new Map(
    rows.map((r) => [
      r.id,
      { capacity: r.capacity, reservedPlaces: r.reserved_places, freePlaces: r.free_places, freeReservedPlaces: r.free_reserved_places, freeGeneralPlaces: r.free_general_places },
    ]),
  );
}

/**
 * Active services that address any of the barriers OR are delivered in the municipality
 * (either alone when only one is given; every active service when neither is), most
 * barriers matched first. The caller ranks; each candidate says what it matched.
 */
export async function candidates(trx: Kysely<DB>, q: CandidateQuery, lang: string): Promise<Candidate[]> {
  const rows = await searchServices(
    trx,
    {
      status: 'active',
      barriers: q.barriers,
      municipality: q.municipalityCode ?? undefined,
      language: q.language ?? undefined,
      eitherBarrierOrMunicipality: true,
      freeOnly: q.withFreePlaceFor !== undefined,
    },
    lang,
    { limit: q.limit ?? 100, offset: 0 },
  );
  const asked = new Set(q.barriers);
  return (await toFacts(trx, rows, lang))
    .filter((f) => !q.withFreePlaceFor || f.freeGeneralPlaces > 0 || (q.withFreePlaceFor.viaSinglePoint && f.freeReservedPlaces > 0))
    .map((f) => ({
      ...f,
      matchedBarriers: f.barriers.filter((b) => asked.has(b)),
      inMunicipality: q.municipalityCode !== null && f.municipalities.includes(q.municipalityCode),
    }));
}
