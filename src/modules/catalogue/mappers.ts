/** Database rows → the catalogue's API shapes. */
import type { LocationRow } from './repo';
import type { Eligibility, LocalText, Location, ScheduleEntry, Service, ServiceType } from './schema';
import type { PlacedServiceRow } from './search-repo';

const num = (v: string | null) => (v === null ? null : Number(v));

export const toLocation = (r: LocationRow): Location => ({
  id: r.id,
  agency: { id: r.agency_id, name: r.agency_name },
  name: r.name,
  address: r.address,
  municipalityCode: r.municipality_code,
  postalCode: r.postal_code,
  latitude: num(r.latitude),
  longitude: num(r.longitude),
  accessibility: r.accessibility,
  version: r.version,
});

/** Eligibility as stored (jsonb), with every member present. */
export function toEligibility(stored: Record<string, unknown>): Eligibility {
  const e = stored as Partial<Eligibility>;
  return {
    minAge: e.minAge ?? null,
    maxAge: e.maxAge ?? null,
    segments: e.segments ?? [],
    requiresBenefit: e.requiresBenefit ?? null,
    description: e.description ?? {},
  };
}

export const toService = (r: PlacedServiceRow, locations: Location[]): Service => ({
  id: r.id,
  agency: { id: r.agency_id, name: r.agency_name },
  name: r.name,
  description: r.description,
  type: r.type as ServiceType,
  status: r.status as Service['status'],
  email: r.email,
  phone: r.phone,
  url: r.url,
  applicationProcess: r.application_process,
  eligibility: toEligibility(r.eligibility),
  languages: r.languages,
  barriers: r.barriers,
  schedule: r.schedule as ScheduleEntry[],
  costPerParticipant: num(r.cost_per_participant),
  costCurrency: r.cost_currency,
  locations,
  places: {
    capacity: r.capacity,
    reservedPlaces: r.reserved_places,
    freePlaces: r.free_places,
    freeReservedPlaces: r.free_reserved_places,
    freeGeneralPlaces: r.free_general_places,
  },
  version: r.version,
  updatedAt: r.updated_at.toISOString(),
});

/** The text in the wanted language, else in the first language it has. */
export function textIn(text: LocalText, lang: string): string {
  return text[lang as keyof LocalText] ?? text.en ?? text.ru ?? text.hy ?? '';
}
