/** SQL for catalogue locations and services (their rows and links); nothing else touches these tables. */
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB, ServiceLocationTable, ServiceTable } from '../../db/types';

export type LocationValues = Omit<Insertable<ServiceLocationTable>, 'id' | 'version' | 'created_at' | 'updated_at'>;
export type ServiceValues = Omit<Insertable<ServiceTable>, 'id' | 'version' | 'created_at' | 'updated_at'>;

// Reference data of the organisation module, read only.
export const findAgency = (db: Kysely<DB>, id: string) => db.selectFrom('agency').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
export const findMunicipality = (db: Kysely<DB>, code: string) => db.selectFrom('municipality').selectAll().where('code', '=', code).executeTakeFirst();
export const agenciesByIds = (db: Kysely<DB>, ids: string[]) =>
  ids.length ? db.selectFrom('agency').select(['id', 'name']).where('id', 'in', ids).execute() : Promise.resolve([]);
export const municipalities = (db: Kysely<DB>) => db.selectFrom('municipality').selectAll().execute();

const locationColumns = [
  'l.id', 'l.agency_id', 'l.name', 'l.address', 'l.municipality_code', 'l.postal_code', 'l.latitude', 'l.longitude', 'l.accessibility', 'l.version',
] as const;

const locations = (db: Kysely<DB>) =>
  db.selectFrom('service_location as l').innerJoin('agency as a', 'a.id', 'l.agency_id').select(locationColumns).select('a.name as agency_name');

export const findLocation = (db: Kysely<DB>, id: string) => locations(db).where('l.id', '=', id).executeTakeFirst();
export type LocationRow = NonNullable<Awaited<ReturnType<typeof findLocation>>>;

export function listLocations(db: Kysely<DB>, filter: { agencyId?: string; municipality?: string; ids?: string[] }) {
  let q = locations(db);
  if (filter.agencyId) q = q.where('l.agency_id', '=', filter.agencyId);
  if (filter.municipality) q = q.where('l.municipality_code', '=', filter.municipality);
  if (filter.ids) q = q.where('l.id', 'in', filter.ids.length ? filter.ids : [null as unknown as string]);
  return q.orderBy('l.name').orderBy('l.id').execute();
}

/** Locations of each service, for a page of services. */
export async function locationsOfServices(db: Kysely<DB>, serviceIds: string[]) {
  if (!serviceIds.length) return [];
  return locations(db)
    .innerJoin('service_at_location as sal', 'sal.location_id', 'l.id')
    .select('sal.service_id')
    .where('sal.service_id', 'in', serviceIds)
    .orderBy('l.name')
    .orderBy('l.id')
    .execute();
}

export const insertLocation = (db: Kysely<DB>, values: Insertable<ServiceLocationTable>) =>
  db.insertInto('service_location').values(values).returning('id').executeTakeFirstOrThrow();

export async function updateLocation(db: Kysely<DB>, id: string, version: number | null, values: Updateable<ServiceLocationTable>, now: Date) {
  let q = db.updateTable('service_location').set({ ...values, version: sql`version + 1`, updated_at: now }).where('id', '=', id);
  if (version !== null) q = q.where('version', '=', version);
  return (await q.executeTakeFirst()).numUpdatedRows > 0n;
}

export async function deleteLocation(db: Kysely<DB>, id: string, version: number) {
  const result = await db.deleteFrom('service_location').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function servicesAtLocation(db: Kysely<DB>, locationId: string) {
  const row = await db.selectFrom('service_at_location').select((eb) => eb.fn.countAll<number>().as('n')).where('location_id', '=', locationId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export const findService = (db: Kysely<DB>, id: string) => db.selectFrom('service').selectAll().where('id', '=', id).executeTakeFirst();
export type ServiceRow = NonNullable<Awaited<ReturnType<typeof findService>>>;

/** Locks the service row until the transaction ends: bookings and capacity changes queue here. */
export const lockService = (db: Kysely<DB>, id: string) => db.selectFrom('service').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const servicesByIds = (db: Kysely<DB>, ids: string[]) =>
  ids.length ? db.selectFrom('service').selectAll().where('id', 'in', ids).execute() : Promise.resolve([]);

export const insertService = (db: Kysely<DB>, values: Insertable<ServiceTable>) =>
  db.insertInto('service').values(values).returning('id').executeTakeFirstOrThrow();

export async function updateService(db: Kysely<DB>, id: string, version: number | null, values: Updateable<ServiceTable>, now: Date) {
  let q = db.updateTable('service').set({ ...values, version: sql`version + 1`, updated_at: now }).where('id', '=', id);
  if (version !== null) q = q.where('version', '=', version);
  return (await q.executeTakeFirst()).numUpdatedRows > 0n;
}

export async function deleteService(db: Kysely<DB>, id: string, version: number) {
  await db.deleteFrom('service_at_location').where('service_id', '=', id).execute();
  const result = await db.deleteFrom('service').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Makes the service delivered at exactly these locations. */
export async function setServiceLocations(db: Kysely<DB>, serviceId: string, locationIds: string[]) {
  let del = db.deleteFrom('service_at_location').where('service_id', '=', serviceId);
  if (locationIds.length) del = del.where('location_id', 'not in', locationIds);
  await del.execute();
  if (!locationIds.length) return;
  await db
    .insertInto('service_at_location')
    .values(locationIds.map((location_id) => ({ service_id: serviceId, location_id })))
    .onConflict((oc) => oc.columns(['service_id', 'location_id']).doNothing())
    .execute();
}

export const locationIdsOfService = async (db: Kysely<DB>, serviceId: string) =>
  (await db.selectFrom('service_at_location').select('location_id').where('service_id', '=', serviceId).orderBy('location_id').execute()).map((r) => r.location_id);

export const existingIds = async (db: Kysely<DB>, table: 'service' | 'service_location', ids: string[]) =>
  ids.length ? (await db.selectFrom(table).select('id').where('id', 'in', ids).execute()).map((r) => r.id) : [];

/** Locks these services in id order (the order every multi-row lock here uses). */
export const lockServices = (db: Kysely<DB>, ids: string[]) =>
  ids.length ? db.selectFrom('service').selectAll().where('id', 'in', ids).orderBy('id').forUpdate().execute() : Promise.resolve([]);
