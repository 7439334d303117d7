/**
 * Services in the catalogue: read by everyone, kept by the provider agency's coordinators
 * (administrators: any agency's). Changes lock the service row, like bookings do, so a
 * capacity is never lowered under places booked at the same moment.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError, fieldError, versionConflict } from '../../server/errors';
import * as bookings from './booking-repo';
import { agencyFor, assertManages, catalogueEvent, type CatalogueDeps, type Manager } from './context';
import { toLocation, toService } from './mappers';
import * as repo from './repo';
import type { ServiceInput, ServiceUpdate } from './schema';
import { placedServices } from './search-repo';
import { assertServiceValid, normaliseCodes } from './validate';

export const serviceValues = (input: ServiceInput, agencyId: string): repo.ServiceValues => ({
  agency_id: agencyId,
  name: JSON.stringify(input.name),
  description: JSON.stringify(input.description),
  type: input.type,
  status: input.status,
  email: input.email,
  phone: input.phone,
  url: input.url,
  application_process: JSON.stringify(input.applicationProcess),
  eligibility: JSON.stringify(input.eligibility),
  languages: normaliseCodes(input.languages),
  barriers: [...new Set(input.barriers)],
  schedule: JSON.stringify(input.schedule),
  capacity: input.capacity,
  reserved_places: input.reservedPlaces,
  cost_per_participant: input.costPerParticipant,
  cost_currency: input.costCurrency,
});

/** Full views of these services (places, locations), in the order of `ids`. */
export async function serviceViews(trx: Kysely<DB>, ids: string[]) {
  const [rows, locationRows] = await Promise.all([placedServices(trx, ids), repo.locationsOfServices(trx, ids)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toService(row, locationRows.filter((l) => l.service_id === id).map(toLocation))] : [];
  });
}

const JSON_COLUMNS = new Set(['name', 'description', 'application_process', 'eligibility', 'schedule']);

/** A value in one comparable form: JSON with sorted keys (jsonb reorders keys), numerics as numbers. */
function comparable(key: string, value: unknown): string {
  const parsed = JSON_COLUMNS.has(key) && typeof value === 'string' ? JSON.parse(value) : value;
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)])) : v;
  return JSON.stringify(key === 'cost_per_participant' && parsed !== null ? Number(parsed) : sortKeys(parsed));
}

/** Field names whose stored value changes (for the audit trail: names, never content). */
function changedFields(before: repo.ServiceRow, after: repo.ServiceValues, beforeLocations: string[], locationIds: string[]) {
  const changed = Object.entries(after)
    .filter(([k, v]) => comparable(k, before[k as keyof repo.ServiceRow]) !== comparable(k, v))
    .map(([k]) => k);
  if ([...beforeLocations].sort().join() !== [...new Set(locationIds)].sort().join()) changed.push('locations');
  return changed;
}

export function createEntryUseCases(deps: CatalogueDeps) {
  const { db, clock, audit } = deps;

  async function get(id: string, trx: Kysely<DB> = db) {
    const [view] = await serviceViews(trx, [id]);
    if (!view) throw new AppError('not_found');
    return view;
  }

  return {
    get: (id: string) => get(id),

    create: (m: Manager, input: ServiceInput) =>
      db.transaction().execute(async (trx) => {
        const agencyId = agencyFor(m.viewer, input.agencyId);
        await assertServiceValid(deps, trx, input, agencyId);
        const { id } = await repo.insertService(trx, serviceValues(input, agencyId));
        await repo.setServiceLocations(trx, id, [...new Set(input.locationIds)]);
        await audit.record(trx, m.actor, catalogueEvent('catalogue.service.create', 'service', id, { agencyId, type: input.type }));
        return get(id, trx);
      }),

    update: (m: Manager, id: string, input: ServiceUpdate) =>
      db.transaction().execute(async (trx) => {
        const before = await repo.lockService(trx, id);
        if (!before) throw new AppError('not_found');
        assertManages(m.viewer, before.agency_id);
        if (before.version !== input.version) throw versionConflict(before.version);
        const agencyId = agencyFor(m.viewer, input.agencyId ?? before.agency_id);
        await assertServiceValid(deps, trx, input, agencyId);
        const used = await bookings.activeCounts(trx, id);
        const booked = used.reserved + used.general;
        if (input.capacity < booked) throw fieldError('capacity', 'capacity_below_bookings', { booked });
        const values = serviceValues(input, agencyId);
        const beforeLocations = await repo.locationIdsOfService(trx, id);
        if (!(await repo.updateService(trx, id, input.version, values, clock.now()))) throw versionConflict(before.version);
        await repo.setServiceLocations(trx, id, [...new Set(input.locationIds)]);
        const changed = changedFields(before, values, beforeLocations, input.locationIds);
        await audit.record(trx, m.actor, catalogueEvent('catalogue.service.update', 'service', id, { agencyId, changed }));
        return get(id, trx);
      }),

    /** Only a service never booked (a mistake); one with history is set inactive instead. */
    remove: (m: Manager, id: string, version: number) =>
      db.transaction().execute(async (trx) => {
        const before = await repo.lockService(trx, id);
        if (!before) throw new AppError('not_found');
        assertManages(m.viewer, before.agency_id);
        if (before.version !== version) throw versionConflict(before.version);
        if (await bookings.anyBooking(trx, id)) throw fieldError('id', 'service_has_bookings');
        if (!(await repo.deleteService(trx, id, version))) throw versionConflict(before.version);
        await audit.record(trx, m.actor, catalogueEvent('catalogue.service.delete', 'service', id, { agencyId: before.agency_id }));
      }),
  };
}
