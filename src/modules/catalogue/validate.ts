/**
 * Domain rules of a catalogue entry that need a specific translated message or facts from
 * the database. All problems are returned at once, each with its field path; `at` maps a
 * field of the API shape to the path the caller knows (the HSDS import has its own).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError, type FieldError } from '../../server/errors';
import type { CatalogueDeps } from './context';
import { isLanguageCode } from './languages';
import * as repo from './repo';
import type { LocationInput, ServiceInput } from './schema';

export type PathOf = (field: string) => string;
const same: PathOf = (f) => f;

export interface ServiceFacts {
  barrierCodes: ReadonlySet<string>;
  knownLocations: ReadonlySet<string>;
}

export function serviceProblems(input: ServiceInput, facts: ServiceFacts, at: PathOf = same): FieldError[] {
  const out: FieldError[] = [];
  const bad = (field: string, code: string, params?: Record<string, unknown>) => out.push({ field: at(field), code, params });
  if (!Object.keys(input.name).length) bad('name', 'text_language_required');
  input.languages.forEach((code, i) => {
    if (!isLanguageCode(code)) bad(`languages.${i}`, 'invalid_language');
  });
  input.barriers.forEach((code, i) => {
    if (!facts.barrierCodes.has(code)) bad(`barriers.${i}`, 'unknown_barrier', { code });
  });
  if (input.reservedPlaces > input.capacity) bad('reservedPlaces', 'reserved_exceeds_capacity', { capacity: input.capacity });
  input.schedule.forEach((s, i) => {
    if (s.closesAt <= s.opensAt) bad(`schedule.${i}.closesAt`, 'closes_before_opens');
  });
  const { minAge, maxAge } = input.eligibility;
  if (minAge !== null && maxAge !== null && minAge > maxAge) bad('eligibility.maxAge', 'min_age_above_max');
  input.locationIds.forEach((id, i) => {
    if (!facts.knownLocations.has(id)) bad(`locationIds.${i}`, 'unknown_location');
  });
  return out;
}

/** Barrier codes of the current published assessment instrument (through the assessment module's service). */
export async function barrierCodes(deps: CatalogueDeps, trx: Kysely<DB>): Promise<Set<string>> {
  const instrument = await deps.definitions.current('instrument', trx);
  return new Set(instrument.definition.barriers.map((b) => b.code));
}

/** Checks a service against the database; throws every problem at once. */
export async function assertServiceValid(deps: CatalogueDeps, trx: Kysely<DB>, input: ServiceInput, agencyId: string) {
  const [codes, locations, agency] = [await barrierCodes(deps, trx), await repo.existingIds(trx, 'service_location', input.locationIds), await repo.findAgency(trx, agencyId)];
  const problems = serviceProblems(input, { barrierCodes: codes, knownLocations: new Set(locations) });
  if (!agency) problems.unshift({ field: 'agencyId', code: 'unknown_agency' });
  if (problems.length) throw new AppError('validation_failed', { fields: problems });
}

export async function assertLocationValid(trx: Kysely<DB>, input: LocationInput, agencyId: string) {
  const problems: FieldError[] = [];
  if (!(await repo.findAgency(trx, agencyId))) problems.push({ field: 'agencyId', code: 'unknown_agency' });
  if (!(await repo.findMunicipality(trx, input.municipalityCode))) problems.push({ field: 'municipalityCode', code: 'unknown_municipality' });
  if (problems.length) throw new AppError('validation_failed', { fields: problems });
}

/** Languages as given, lower-cased, each once. */
export const normaliseCodes = (codes: string[]) => [...new Set(codes.map((c) => c.toLowerCase()))];
