/**
 * No overbooking under concurrent bookings: 50 book() calls at once, each in its own
 * transaction on its own connection, for the last place(s). Needs a PostgreSQL server
 * (PGlite has one connection, so nothing would run concurrently): runs when the test
 * database is on a server — TEST_DATABASE_URL, as `npm test` sets it, or DATABASE_URL when
 * this file is run directly (`DATABASE_URL=postgres://… npx vitest run src/modules/catalogue`).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { AppError } from '../../server/errors';
import { createTestApp, type TestContext } from '../../test/test-app';
import { createService, insertPerson, staffOfNewAgency, type Staff } from './test-fixtures';

if (process.env.TEST_DATABASE_URL === undefined && process.env.DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
const server = process.env.TEST_DATABASE_URL;
const PARALLEL = 50;

describe.skipIf(!server)('concurrent bookings on PostgreSQL', () => {
  let ctx: TestContext;
  let pool: Database; // one connection per concurrent booking
  let coordinator: Staff;
  let people: string[];

  beforeAll(async () => {
    ctx = await createTestApp();
    const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(ctx.db);
    const url = new URL(server!);
    url.pathname = `/${rows[0]!.name}`;
    pool = await openDatabase({ url: url.toString(), poolSize: PARALLEL });
    coordinator = await staffOfNewAgency(ctx, ['partnership_coordinator']);
    people = [];
    for (let i = 0; i < PARALLEL; i++) people.push((await insertPerson(ctx, coordinator.agencyId)).id);
  });
  afterAll(async () => {
    await pool?.close();
    await ctx?.close();
  });

  /** PARALLEL bookings released at the same moment, each in its own transaction; the outcome of each. */
  async function race(serviceId: string, viaSinglePoint: boolean) {
    // Every transaction opens first, then all book together: they really meet on the service row.
    let open = 0;
    let go!: () => void;
    const start = new Promise<void>((resolve) => (go = resolve));
    const outcomes = await Promise.all(
      people.map((personId) =>
        pool.db
          .transaction()
          .execute(async (trx) => {
            await sql`SELECT 1`.execute(trx);
            if (++open === PARALLEL) go();
            await start;
            return ctx.services.catalogue.book(trx, {
              serviceId, personId, caseId: null, source: 'direct', sourceId: null, viaSinglePoint, bookedBy: coordinator.userId, at: ctx.clock.now(),
            });
          })
          .then(
            (b) => (b.usesReserved ? 'reserved' : 'general'),
            (e: unknown) => (e instanceof AppError ? e.details.fields?.[0]?.code : String(e)),
          ),
      ),
    );
    const count = (what: string) => outcomes.filter((o) => o === what).length;
    return { general: count('general'), reserved: count('reserved'), full: count('service_full'), other: outcomes.filter((o) => !['general', 'reserved', 'service_full'].includes(o!)) };
  }

  const activeBookings = async (serviceId: string) =>
    Number((await sql<{ n: number }>`SELECT count(*) AS n FROM service_booking WHERE service_id = ${serviceId} AND status = 'active'`.execute(ctx.db)).rows[0]!.n);

  it(`gives the last place to exactly one of ${PARALLEL} simultaneous bookings`, async () => {
    const { id } = await createService(coordinator, [], { capacity: 1, reservedPlaces: 0 });
    expect(await race(id, false)).toEqual({ general: 1, reserved: 0, full: PARALLEL - 1, other: [] });
    expect(await activeBookings(id)).toBe(1);
  });

  it('keeps reserved places for the single point of contact under the same race', async () => {
    const { id } = await createService(coordinator, [], { capacity: 3, reservedPlaces: 2 });
    expect(await race(id, false)).toEqual({ general: 1, reserved: 0, full: PARALLEL - 1, other: [] });
    expect(await race(id, true)).toEqual({ general: 0, reserved: 2, full: PARALLEL - 2, other: [] });
    expect(await activeBookings(id)).toBe(3);
  });
});
