import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { addGyumri, createLocation, createService, GYUMRI, insertPerson, staffOfNewAgency, type Staff } from './test-fixtures';

let ctx: TestContext;
let coordinator: Staff;
let reader: Staff;
const ids: Record<string, string> = {};

/** Holds `n` places on a service, as the plan module would. */
async function bookPlaces(serviceId: string, n: number, viaSinglePoint: boolean) {
  for (let i = 0; i < n; i++) {
    const person = await insertPerson(ctx, coordinator.agencyId);
    await ctx.db.transaction().execute((trx) =>
      ctx.services.catalogue.book(trx, {
        serviceId, personId: person.id, caseId: null, source: 'direct', sourceId: null, viaSinglePoint, bookedBy: coordinator.userId, at: ctx.clock.now(),
      }),
    );
  }
}

beforeAll(async () => {
  ctx = await createTestApp();
  await addGyumri(ctx);
  coordinator = await staffOfNewAgency(ctx, ['partnership_coordinator']);
  reader = await staffOfNewAgency(ctx, ['case_manager']);
  const yerevan = await createLocation(coordinator);
  const gyumri = await createLocation(coordinator, { name: 'Gyumri Resource Centre', address: 'Shirakatsi St 7, Gyumri', municipalityCode: GYUMRI });
  const make = async (key: string, locations: string[], over: Record<string, unknown>) => (ids[key] = (await createService(coordinator, locations, over)).id);
  await make('welding', [yerevan], { name: { en: 'Welding course', ru: 'Курс сварщика', hy: 'Եռակցողի դասընթաց' }, barriers: ['no_qualification', 'low_education'], languages: ['hy', 'ru'], capacity: 4, reservedPlaces: 1 });
  await make('debt', [yerevan, gyumri], { name: { en: 'Debt counselling', ru: 'Консультации по долгам' }, type: 'debt_counselling', barriers: ['debt_problems', 'debt_enforcement'], languages: ['hy'], capacity: 2, reservedPlaces: 0, costPerParticipant: null });
  await make('childcare', [gyumri], { name: { hy: 'Մանկապարտեզի տեղեր' }, type: 'childcare', barriers: ['no_childcare'], languages: ['hy'], capacity: 3, reservedPlaces: 2 });
  await make('club', [gyumri], { name: { en: 'Job club', ru: 'Клуб ищущих работу' }, type: 'almp', barriers: ['low_confidence', 'no_qualification'], languages: ['en', 'ru'], capacity: 5, reservedPlaces: 0 });
  await make('closed', [yerevan], { name: { en: 'Closed programme' }, type: 'almp', barriers: ['no_qualification'], status: 'inactive', capacity: 5, reservedPlaces: 0 });
  await bookPlaces(ids.debt!, 2, false); // full
  await bookPlaces(ids.childcare!, 1, true); // takes a reserved place
  await bookPlaces(ids.welding!, 3, false); // every ordinary place: only the reserved one is left
});
afterAll(() => ctx.close());

type Hit = { id: string; matchedBarriers: string[]; places: Record<string, number>; agency: { name: string }; locations: { id: string }[] };
const search = async (query: string) => {
  const res = await reader.get(`/api/catalogue/services?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Hit[]; total: number }>();
};
const names = (items: Hit[]) => items.map((i) => Object.keys(ids).find((k) => ids[k] === i.id));

describe('searching the catalogue', () => {
  it('lists active services by name, each with places, agency and locations', async () => {
    const page = await search('');
    expect(page.total).toBe(4);
    expect(names(page.items)).toEqual(['debt', 'club', 'welding', 'childcare']);
    const debt = page.items[0]!;
    expect(debt.agency.name).toEqual(expect.any(String));
    expect(debt.locations).toHaveLength(2);
    expect(names((await search('status=all')).items)).toContain('closed');
  });

  it('computes free places from the active bookings, reserved ones apart', async () => {
    const byKey = Object.fromEntries((await search('')).items.map((i) => [names([i])[0], i.places]));
    expect(byKey.debt).toEqual({ capacity: 2, reservedPlaces: 0, freePlaces: 0, freeReservedPlaces: 0, freeGeneralPlaces: 0 });
    expect(byKey.childcare).toEqual({ capacity: 3, reservedPlaces: 2, freePlaces: 2, freeReservedPlaces: 1, freeGeneralPlaces: 1 });
    expect(byKey.welding).toEqual({ capacity: 4, reservedPlaces: 1, freePlaces: 1, freeReservedPlaces: 1, freeGeneralPlaces: 0 });
  });

  it('finds services addressing any of the barriers, most matches first', async () => {
    const page = await search('barriers=no_qualification,low_education');
    expect(names(page.items)).toEqual(['welding', 'club']);
    expect(page.items.map((i) => i.matchedBarriers)).toEqual([['no_qualification', 'low_education'], ['no_qualification']]);
  });

  it('filters by type, municipality, language and free places', async () => {
    expect(names((await search('type=almp,childcare')).items)).toEqual(['club', 'childcare']);
    expect(names((await search(`municipality=${GYUMRI}`)).items)).toEqual(['debt', 'club', 'childcare']);
    expect(names((await search('language=ru')).items)).toEqual(['club', 'welding']);
    expect(names((await search('freeOnly=true')).items)).toEqual(['club', 'welding', 'childcare']);
    expect(names((await search(`freeOnly=true&municipality=${GYUMRI}&barriers=debt_problems`)).items)).toEqual([]);
  });

  it('finds a name in any language', async () => {
    expect(names((await search(`q=${encodeURIComponent('сварщ')}`)).items)).toEqual(['welding']);
    expect(names((await search(`q=${encodeURIComponent('Մանկապարտեզ')}`)).items)).toEqual(['childcare']);
    expect(names((await search('q=club')).items)).toEqual(['club']);
    expect(names((await search(`q=${encodeURIComponent('100%')}`)).items)).toEqual([]);
  });

  it('pages through the results with the total', async () => {
    const first = await search('limit=3');
    const second = await search('limit=3&offset=3');
    expect([first.total, second.total]).toEqual([4, 4]);
    expect([...names(first.items), ...names(second.items)]).toEqual(['debt', 'club', 'welding', 'childcare']);
    expect(await search('limit=3&offset=9')).toMatchObject({ items: [], total: 4 });
  });

  it('orders by the name in the language of the request', async () => {
    reader.language = 'hy';
    try {
      // Names missing in Armenian fall back to English (Debt…, Job…); then Եռակցողի…, Մանկապարտեզի…
      expect(names((await search('')).items)).toEqual(['debt', 'club', 'welding', 'childcare']);
    } finally {
      reader.language = 'en';
    }
  });

  it('refuses malformed filters with the field path', async () => {
    const res = await reader.get('/api/catalogue/services?type=magic&language=english');
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.map((f: { field: string }) => f.field).sort()).toEqual(['language', 'type.0']);
  });
});
