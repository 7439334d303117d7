/** The booking API other modules call inside their transactions: places, reserved places, releases, and the facts for suggestions. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors';
import { createTestApp, type TestContext } from '../../test/test-app';
import type { BookingRequest } from './service';
import { addGyumri, createLocation, createService, GYUMRI, insertPerson, staffOfNewAgency, type Staff } from './test-fixtures';

let ctx: TestContext;
let coordinator: Staff;
let yerevan: string;
let gyumri: string;

beforeAll(async () => {
  ctx = await createTestApp();
  await addGyumri(ctx);
  coordinator = await staffOfNewAgency(ctx, ['partnership_coordinator']);
  yerevan = await createLocation(coordinator);
  gyumri = await createLocation(coordinator, { name: 'Gyumri office', municipalityCode: GYUMRI });
});
afterAll(() => ctx.close());

const catalogue = () => ctx.services.catalogue;

async function book(serviceId: string, over: Partial<BookingRequest> = {}) {
  const person = over.personId ? { id: over.personId } : await insertPerson(ctx, coordinator.agencyId);
  return ctx.db.transaction().execute((trx) =>
    catalogue().book(trx, {
      serviceId, personId: person.id, caseId: null, source: 'direct', sourceId: null, viaSinglePoint: false, bookedBy: coordinator.userId, at: ctx.clock.now(), ...over,
    }),
  );
}

/** The field error a refused booking throws. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).details.fields;
}

const places = async (id: string) => (await catalogue().freePlaces(ctx.db, [id])).get(id);

describe('booking places', () => {
  it('others take only the places not reserved; the single point of contact takes the reserved ones first', async () => {
    const { id } = await createService(coordinator, [], { capacity: 4, reservedPlaces: 2 });
    expect((await book(id)).usesReserved).toBe(false);
    expect((await book(id)).usesReserved).toBe(false);
    expect(await refusal(book(id))).toEqual([{ field: 'serviceId', code: 'service_full' }]);
    expect(await places(id)).toEqual({ capacity: 4, reservedPlaces: 2, freePlaces: 2, freeReservedPlaces: 2, freeGeneralPlaces: 0 });
    expect((await book(id, { viaSinglePoint: true })).usesReserved).toBe(true);
    expect((await book(id, { viaSinglePoint: true })).usesReserved).toBe(true);
    expect(await refusal(book(id, { viaSinglePoint: true }))).toEqual([{ field: 'serviceId', code: 'service_full' }]);
  });

  it('a single point of contact falls back to ordinary places once the reserved ones are taken', async () => {
    const { id } = await createService(coordinator, [], { capacity: 3, reservedPlaces: 1 });
    expect((await book(id, { viaSinglePoint: true })).usesReserved).toBe(true);
    expect((await book(id, { viaSinglePoint: true })).usesReserved).toBe(false);
    expect(await places(id)).toMatchObject({ freePlaces: 1, freeReservedPlaces: 0, freeGeneralPlaces: 1 });
    await book(id);
    expect(await refusal(book(id, { viaSinglePoint: true }))).toEqual([{ field: 'serviceId', code: 'service_full' }]);
  });

  it('a release frees the place; releasing again changes nothing', async () => {
    const { id } = await createService(coordinator, [], { capacity: 1, reservedPlaces: 0 });
    const held = await book(id);
    const by = { by: coordinator.userId, at: ctx.clock.now(), reason: 'completed' };
    const released = await ctx.db.transaction().execute((trx) => catalogue().release(trx, held.id, by));
    expect(released).toMatchObject({ status: 'released', releasedBy: coordinator.userId, releaseReason: 'completed' });
    const again = await ctx.db.transaction().execute((trx) => catalogue().release(trx, held.id, { ...by, reason: 'twice' }));
    expect(again.releaseReason).toBe('completed');
    expect((await places(id))?.freePlaces).toBe(1);
    expect((await book(id)).status).toBe('active');
  });

  it('holds one place per plan action: booking it again returns the same booking; releasing by source frees it', async () => {
    const { id } = await createService(coordinator, [], { capacity: 5, reservedPlaces: 0 });
    const other = await createService(coordinator, [], { capacity: 5, reservedPlaces: 0 });
    const person = await insertPerson(ctx, coordinator.agencyId);
    const source = { source: 'plan_action' as const, sourceId: randomUUID() };
    const first = await book(id, { ...source, personId: person.id, viaSinglePoint: true });
    expect((await book(id, { ...source, personId: person.id, viaSinglePoint: true })).id).toBe(first.id);
    expect(await refusal(book(other.id, { ...source, personId: person.id }))).toEqual([{ field: 'sourceId', code: 'source_already_booked' }]);
    expect(await ctx.db.transaction().execute((trx) => catalogue().heldBy(trx, source))).toMatchObject({ id: first.id, serviceId: id });
    const how = { by: coordinator.userId, at: ctx.clock.now(), reason: 'action cancelled' };
    expect((await ctx.db.transaction().execute((trx) => catalogue().releaseBySource(trx, source, how)))?.status).toBe('released');
    expect(await ctx.db.transaction().execute((trx) => catalogue().releaseBySource(trx, source, how))).toBeNull();
    expect((await book(other.id, { ...source, personId: person.id })).serviceId).toBe(other.id);
  });

  it('refuses unknown and inactive services', async () => {
    expect(await refusal(book(randomUUID()))).toEqual([{ field: 'serviceId', code: 'unknown_service' }]);
    const { id } = await createService(coordinator, [], { status: 'inactive' });
    expect(await refusal(book(id))).toEqual([{ field: 'serviceId', code: 'service_inactive' }]);
  });

  it('rolls the booking back with the caller\'s transaction', async () => {
    const { id } = await createService(coordinator, [], { capacity: 1, reservedPlaces: 0 });
    const person = await insertPerson(ctx, coordinator.agencyId);
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await catalogue().book(trx, { serviceId: id, personId: person.id, caseId: null, source: 'direct', sourceId: null, viaSinglePoint: false, bookedBy: coordinator.userId, at: ctx.clock.now() });
        throw new Error('the plan could not be saved');
      }),
    ).rejects.toThrow('could not be saved');
    expect((await places(id))?.freePlaces).toBe(1);
  });
});

describe('facts for the plan', () => {
  it('gives services by id in the order asked, named in the language asked, with places and municipalities', async () => {
    const a = await createService(coordinator, [yerevan, gyumri], { name: { en: 'Job club', ru: 'Клуб ищущих работу' } });
    const b = await createService(coordinator, [], { name: { hy: 'Մենթորություն' }, type: 'mentoring' });
    const facts = await catalogue().servicesByIds(ctx.db, [b.id, randomUUID(), a.id], 'ru');
    expect(facts.map((f) => [f.name, f.type, f.municipalities.sort(), f.freePlaces])).toEqual([
      ['Մենթորություն', 'mentoring', [], 10],
      ['Клуб ищущих работу', 'training', ['AM-ER-YEREVAN', GYUMRI].sort(), 10],
    ]);
  });

  it('suggests active services addressing the barriers or delivered in the municipality, with what each matched', async () => {
    const tag = randomUUID().slice(0, 6);
    const debt = await createService(coordinator, [yerevan], { name: { en: `Debt ${tag}` }, barriers: ['debt_problems'], languages: ['hy'] });
    const local = await createService(coordinator, [gyumri], { name: { en: `Local ${tag}` }, barriers: ['low_confidence'], languages: ['ru'] });
    const full = await createService(coordinator, [gyumri], { name: { en: `Full ${tag}` }, barriers: ['debt_problems'], capacity: 1, reservedPlaces: 1 });
    await createService(coordinator, [yerevan], { name: { en: `Elsewhere ${tag}` }, barriers: ['low_confidence'] });
    await book(full.id, { viaSinglePoint: true });
    const mine = <T extends { name: string }>(list: T[]) => list.filter((c) => c.name.endsWith(tag));
    const all = mine(await catalogue().candidates(ctx.db, { barriers: ['debt_problems', 'no_childcare'], municipalityCode: GYUMRI }, 'en'));
    expect(all.map((c) => [c.id, c.matchedBarriers, c.inMunicipality])).toEqual([
      [debt.id, ['debt_problems'], false],
      [full.id, ['debt_problems'], true],
      [local.id, [], true],
    ]);
    const free = mine(await catalogue().candidates(ctx.db, { barriers: ['debt_problems'], municipalityCode: GYUMRI, withFreePlaceFor: { viaSinglePoint: true } }, 'en'));
    expect(free.map((c) => c.id)).toEqual([debt.id, local.id]);
    const inRussian = mine(await catalogue().candidates(ctx.db, { barriers: ['debt_problems'], municipalityCode: GYUMRI, language: 'ru' }, 'en'));
    expect(inRussian.map((c) => c.id)).toEqual([full.id, local.id]);
  });
});
