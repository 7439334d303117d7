/** Places where partners deliver services: read by everyone, kept by the agency's coordinators (or administrators). */
import { AppError, fieldError, versionConflict } from '../../server/errors';
import { agencyFor, assertManages, catalogueEvent, type CatalogueDeps, type Manager } from './context';
import { toLocation } from './mappers';
import * as repo from './repo';
import type { LocationInput, LocationUpdate } from './schema';
import { assertLocationValid } from './validate';

export const locationValues = (input: LocationInput, agencyId: string): repo.LocationValues => ({
  agency_id: agencyId,
  name: input.name,
  address: input.address,
  municipality_code: input.municipalityCode,
  postal_code: input.postalCode,
  latitude: input.latitude,
  longitude: input.longitude,
  accessibility: input.accessibility,
});

export function createLocationUseCases(deps: CatalogueDeps) {
  const { db, clock, audit } = deps;

  async function get(id: string, trx = db) {
    const row = await repo.findLocation(trx, id);
    if (!row) throw new AppError('not_found');
    return toLocation(row);
  }

  return {
    get: (id: string) => get(id),
    list: async (filter: { agencyId?: string; municipality?: string }) => (await repo.listLocations(db, filter)).map(toLocation),

    create: (m: Manager, input: LocationInput) =>
      db.transaction().execute(async (trx) => {
        const agencyId = agencyFor(m.viewer, input.agencyId);
        await assertLocationValid(trx, input, agencyId);
        const { id } = await repo.insertLocation(trx, locationValues(input, agencyId));
        await audit.record(trx, m.actor, catalogueEvent('catalogue.location.create', 'service_location', id, { agencyId }));
        return get(id, trx);
      }),

    update: (m: Manager, id: string, input: LocationUpdate) =>
      db.transaction().execute(async (trx) => {
        const before = await get(id, trx);
        assertManages(m.viewer, before.agency.id);
        const agencyId = agencyFor(m.viewer, input.agencyId ?? before.agency.id);
        await assertLocationValid(trx, input, agencyId);
        if (!(await repo.updateLocation(trx, id, input.version, locationValues(input, agencyId), clock.now()))) throw versionConflict(before.version);
        await audit.record(trx, m.actor, catalogueEvent('catalogue.location.update', 'service_location', id, { agencyId }));
        return get(id, trx);
      }),

    /** Only a place no service is delivered at: the links are the history plans point to. */
    remove: (m: Manager, id: string, version: number) =>
      db.transaction().execute(async (trx) => {
        const before = await get(id, trx);
        assertManages(m.viewer, before.agency.id);
        if ((await repo.servicesAtLocation(trx, id)) > 0) throw fieldError('id', 'location_in_use');
        if (!(await repo.deleteLocation(trx, id, version))) throw versionConflict(before.version);
        await audit.record(trx, m.actor, catalogueEvent('catalogue.location.delete', 'service_location', id, { agencyId: before.agency.id }));
      }),
  };
}
