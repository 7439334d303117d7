/** SQL for bookings: places held on a service for a client. */
import type { Insertable, Kysely } from 'kysely';
import type { DB, ServiceBookingTable } from '../../db/types';

/** Active bookings of a service, by kind of place. Call with the service row locked. */
export async function activeCounts(db: Kysely<DB>, serviceId: string) {
  const rows = await db
    .selectFrom('service_booking')
    .select(['uses_reserved', (eb) => eb.fn.countAll<number>().as('n')])
    .where('service_id', '=', serviceId)
    .where('status', '=', 'active')
    .groupBy('uses_reserved')
    .execute();
  const of = (reserved: boolean) => Number(rows.find((r) => r.uses_reserved === reserved)?.n ?? 0);
  return { reserved: of(true), general: of(false) };
}

export const anyBooking = (db: Kysely<DB>, serviceId: string) =>
  db.selectFrom('service_booking').select('id').where('service_id', '=', serviceId).limit(1).executeTakeFirst();

export const findBooking = (db: Kysely<DB>, id: string) => db.selectFrom('service_booking').selectAll().where('id', '=', id).executeTakeFirst();
export type BookingRow = NonNullable<Awaited<ReturnType<typeof findBooking>>>;

export const lockBooking = (db: Kysely<DB>, id: string) => db.selectFrom('service_booking').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const activeBySource = (db: Kysely<DB>, source: string, sourceId: string) =>
  db.selectFrom('service_booking').selectAll().where('source', '=', source).where('source_id', '=', sourceId).where('status', '=', 'active').executeTakeFirst();

export const insertBooking = (db: Kysely<DB>, values: Insertable<ServiceBookingTable>) =>
  db.insertInto('service_booking').values(values).returningAll().executeTakeFirstOrThrow();

export const releaseBooking = (db: Kysely<DB>, id: string, v: { by: string; at: Date; reason: string }) =>
  db
    .updateTable('service_booking')
    .set((eb) => ({ status: 'released', released_by: v.by, released_at: v.at, release_reason: v.reason, version: eb('version', '+', 1), updated_at: v.at }))
    .where('id', '=', id)
    .where('status', '=', 'active')
    .returningAll()
    .executeTakeFirst();

/** Active bookings of each of these services. */
export async function activeTotals(db: Kysely<DB>, serviceIds: string[]): Promise<Map<string, number>> {
  if (!serviceIds.length) return new Map();
  const rows = await db
    .selectFrom('service_booking')
    .select(['service_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('service_id', 'in', serviceIds)
    .where('status', '=', 'active')
    .groupBy('service_id')
    .execute();
  return new Map(rows.map((r) => [r.service_id, Number(r.n)]));
}
