import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { HsdsServicePage, type HsdsService } from './hsds-schema';
import { addGyumri, createLocation, createService, GYUMRI, staffOfNewAgency, type Staff } from './test-fixtures';

let ctx: TestContext;
let coordinator: Staff;
let otherCoordinator: Staff;
let admin: Staff;
let reader: Staff;

/** A catalogue of three services at two places, one place shared; one more service inactive. */
async function fillCatalogue() {
  const yerevan = await createLocation(coordinator);
  const gyumri = await createLocation(coordinator, { name: 'Gyumri Resource Centre', address: 'Shirakatsi St 7, Gyumri', municipalityCode: GYUMRI, postalCode: null, latitude: null, longitude: null, accessibility: null });
  await createService(coordinator, [yerevan, gyumri], {
    eligibility: { minAge: 18, maxAge: 35, segments: ['standard', 'intensive'], requiresBenefit: true, description: { en: 'Young jobseekers', ru: 'Молодые соискатели' } },
    applicationProcess: { hy: 'Դիմեք ձեր գործի վարողին' },
    email: 'training@example.am', phone: '+37410123456', url: 'https://example.am/welding',
  });
  await createService(coordinator, [gyumri], {
    name: { ru: 'Консультации по долгам' }, type: 'debt_counselling', barriers: ['debt_problems', 'debt_enforcement'], languages: ['ru'],
    capacity: 6, reservedPlaces: 6, costPerParticipant: null, schedule: [],
  });
  await createService(otherCoordinator, [], { name: { en: 'Job club' }, type: 'almp', barriers: [], languages: [], capacity: 0, reservedPlaces: 0 });
  await createService(coordinator, [], { name: { en: 'Closed programme' }, status: 'inactive' });
}

async function emptyCatalogue() {
  await ctx.db.deleteFrom('service_booking').execute();
  await ctx.db.deleteFrom('service_at_location').execute();
  await ctx.db.deleteFrom('service').execute();
  await ctx.db.deleteFrom('service_location').execute();
}

const exported = async (lang = 'en') => {
  const res = await reader.get(`/api/catalogue/hsds?lang=${lang}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<HsdsServicePage>();
};
const importing = (by: Staff, doc: unknown, lang = 'en') => by.post(`/api/catalogue/hsds?lang=${lang}`, doc);
const fields = (res: { json(): { fields?: { field: string; code: string }[] } }) => (res.json().fields ?? []).map((f) => [f.field, f.code]);

beforeAll(async () => {
  ctx = await createTestApp();
  await addGyumri(ctx);
  coordinator = await staffOfNewAgency(ctx, ['partnership_coordinator']);
  otherCoordinator = await staffOfNewAgency(ctx, ['partnership_coordinator']);
  admin = await staffOfNewAgency(ctx, ['administrator']);
  reader = await staffOfNewAgency(ctx, ['case_manager']);
});
beforeEach(async () => {
  await emptyCatalogue();
  await fillCatalogue();
});
afterAll(() => ctx.close());

describe('HSDS export', () => {
  it('exports every active service as an HSDS 3.0 page that validates against the schema', async () => {
    const doc = await exported();
    expect(HsdsServicePage.safeParse(doc).error).toBeUndefined();
    expect(doc).toMatchObject({ total_items: 3, total_pages: 1, page_number: 1, size: 3, first_page: true, last_page: true, empty: false });
    expect(doc.contents.map((s) => s.name).sort()).toEqual(['Job club', 'Welding course', 'Консультации по долгам']);
    const welding = doc.contents.find((s) => s.name === 'Welding course')!;
    expect(welding).toMatchObject({
      organization_id: coordinator.agencyId, status: 'active', email: 'training@example.am', url: 'https://example.am/welding',
      eligibility_description: 'Young jobseekers', minimum_age: 18, maximum_age: 35, application_process: 'Դիմեք ձեր գործի վարողին',
      organization: { id: coordinator.agencyId, name: expect.any(String), description: '' },
      phones: [{ number: '+37410123456' }],
      schedules: [{ service_id: welding.id, freq: 'WEEKLY', byday: 'MO,WE,FR', opens_at: '09:00', closes_at: '13:00', timezone: 4 }],
      languages: [{ code: 'hy', name: 'Armenian' }, { code: 'ru', name: 'Russian' }],
      cost_options: [{ currency: 'AMD', amount: 150000, amount_description: 'per participant' }],
      onedoor: { capacity: 10, reserved_places: 2, segments: ['standard', 'intensive'], requires_benefit: true, name: { en: 'Welding course', ru: 'Курс сварщика', hy: 'Եռակցողի դասընթաց' } },
    });
    expect(welding.attributes!.map((a) => [a.taxonomy_term?.taxonomy, a.taxonomy_term?.code, a.link_type])).toEqual([
      ['urn:onedoor:service-type', 'training', 'service_type'],
      ['urn:onedoor:barrier', 'no_qualification', 'barrier_addressed'],
    ]);
    const places = welding.service_at_locations!.map((sal) => sal.location);
    expect(places).toHaveLength(2);
    const yerevan = places.find((l) => l.name === 'Kentron Training Centre')!;
    expect(yerevan).toMatchObject({
      location_type: 'physical', latitude: 40.1772, longitude: 44.5126,
      addresses: [{ address_1: 'Tigran Mets Ave 23, Yerevan', city: 'Yerevan', state_province: 'Yerevan', postal_code: '0010', country: 'AM', address_type: 'physical' }],
      accessibility: [{ description: 'Step-free entrance, lift to every floor' }],
    });
    expect(yerevan.attributes![0]!.taxonomy_term).toMatchObject({ taxonomy: 'urn:onedoor:municipality', code: 'AM-ER-YEREVAN', name: 'Yerevan' });
  });

  it('writes the text fields in the language asked for, falling back when a text lacks it', async () => {
    const doc = await exported('ru');
    expect(HsdsServicePage.safeParse(doc).success).toBe(true);
    const welding = doc.contents.find((s) => s.onedoor?.name?.en === 'Welding course')!;
    expect(welding).toMatchObject({ name: 'Курс сварщика', description: 'Three-month course with a certificate', eligibility_description: 'Молодые соискатели' });
    expect(welding.languages!.map((l) => l.name)).toEqual(['армянский', 'русский']);
    expect(welding.attributes![0]!.taxonomy_term!.name).toBe('Обучение');
    expect(welding.service_at_locations!.map((s) => s.location.addresses![0]!.city).sort()).toEqual(['Гюмри', 'Ереван']);
    expect((await exported('hy')).contents.find((s) => s.id === welding.id)!.name).toBe('Եռակցողի դասընթաց');
  });

  it('names every derived object the same way in every export', async () => {
    expect(await exported()).toEqual(await exported());
  });
});

describe('HSDS import', () => {
  it('round-trips: an export imported into an empty catalogue exports the same again', async () => {
    const before = await exported();
    await emptyCatalogue();
    expect((await exported()).contents).toEqual([]);
    const res = await importing(admin, before);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ services: { created: 3, updated: 0 }, locations: { created: 2, updated: 0 } });
    expect(await exported()).toEqual(before);
  });

  it('round-trips through another language too: every text travels in the onedoor member', async () => {
    const before = await exported('en');
    const russian = await exported('ru');
    await emptyCatalogue();
    expect((await importing(admin, russian, 'ru')).statusCode).toBe(200);
    expect(await exported('en')).toEqual(before);
  });

  it('upserts by id: a changed service is updated, its version moves on, and the import is audited', async () => {
    const doc = await exported();
    const job = doc.contents.find((s) => s.name === 'Job club')!;
    job.onedoor!.name = { en: 'Job club', hy: 'Աշխատանք փնտրողների ակումբ' };
    job.onedoor!.capacity = 12;
    const res = await importing(admin, doc);
    expect(res.json()).toEqual({ services: { created: 0, updated: 3 }, locations: { created: 0, updated: 2 } });
    const view = (await reader.get(`/api/catalogue/services/${job.id}`)).json();
    expect(view).toMatchObject({ name: { en: 'Job club', hy: 'Աշխատանք փնտրողների ակումբ' }, places: { capacity: 12 }, version: 2 });
    const audit = await ctx.db.selectFrom('audit_event').select(['details', 'actor_user_id']).where('action', '=', 'catalogue.hsds.import').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_user_id: admin.userId, details: { services: { created: 0, updated: 3 } } });
  });

  it('reads a plain HSDS service without the OneDoor member: texts in the language given, no places yet', async () => {
    const doc = await exported();
    const plain: HsdsService = { ...doc.contents.find((s) => s.name === 'Welding course')!, id: '5b0a3c1e-8f2d-4c6b-9a7e-1d2c3b4a5f60', onedoor: undefined };
    const res = await importing(coordinator, { contents: [plain] }, 'hy');
    expect(res.statusCode, res.body).toBe(200);
    const view = (await reader.get(`/api/catalogue/services/${plain.id}`)).json();
    expect(view).toMatchObject({ name: { hy: 'Welding course' }, type: 'training', barriers: ['no_qualification'], places: { capacity: 0, reservedPlaces: 0 }, eligibility: { segments: [] } });
  });

  it('refuses a malformed document with the JSON path of each problem', async () => {
    const doc = await exported();
    const bad = structuredClone(doc) as unknown as { contents: Record<string, unknown>[] };
    bad.contents[1]!.status = 'open';
    delete bad.contents[2]!.name;
    const res = await importing(admin, bad);
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(expect.arrayContaining([['contents.1.status', 'invalid_value'], ['contents.2.name', 'required']]));
  });

  it('refuses domain problems all at once, with their paths, and writes nothing', async () => {
    const doc = await exported();
    await emptyCatalogue();
    const [first, second, third] = doc.contents.map((s) => structuredClone(s)) as [HsdsService, HsdsService, HsdsService];
    const i = doc.contents.findIndex((s) => s.name === 'Welding course');
    const welding = [first, second, third][i]!;
    welding.attributes![1]!.taxonomy_term!.code = 'flying_saucers';
    welding.onedoor!.reserved_places = 99;
    welding.languages![0]!.code = 'xx';
    welding.organization_id = '00000000-0000-4000-8000-000000000000';
    // The location may be shared with a service listed before it (the export's order follows
    // the database's collation): change it everywhere, and expect it where it first appears.
    const nowhere = welding.service_at_locations![0]!.location.id;
    const contents = [first, second, third];
    for (const s of contents) for (const sal of s.service_at_locations ?? []) if (sal.location.id === nowhere) sal.location.attributes![0]!.taxonomy_term!.code = 'AM-XX-NOWHERE';
    const at = contents.findIndex((s) => s.service_at_locations?.some((sal) => sal.location.id === nowhere));
    const k = contents[at]!.service_at_locations!.findIndex((sal) => sal.location.id === nowhere);
    const res = await importing(admin, { contents });
    expect(res.statusCode).toBe(400);
    const p = `contents.${i}`;
    expect(fields(res)).toEqual(expect.arrayContaining([
      [`${p}.attributes.1.taxonomy_term.code`, 'unknown_barrier'],
      [`${p}.onedoor.reserved_places`, 'reserved_exceeds_capacity'],
      [`${p}.languages.0.code`, 'invalid_language'],
      [`${p}.organization_id`, 'unknown_agency'],
      [`contents.${at}.service_at_locations.${k}.location.attributes.0.taxonomy_term.code`, 'unknown_municipality'],
    ]));
    expect((await exported()).contents).toEqual([]);
    expect(await ctx.db.selectFrom('service_location').select('id').execute()).toEqual([]);
  });

  it('lets a coordinator import only their own agency\'s entries', async () => {
    const doc = await exported();
    const res = await importing(otherCoordinator, doc);
    expect(res.statusCode).toBe(400);
    const theirs = doc.contents.map((s, i) => [s, i] as const).filter(([s]) => s.organization_id !== otherCoordinator.agencyId);
    expect(fields(res)).toEqual(expect.arrayContaining(theirs.map(([, i]) => [`contents.${i}.organization_id`, 'catalogue_own_agency_only'])));
    const own = doc.contents.filter((s) => s.organization_id === otherCoordinator.agencyId);
    expect((await importing(otherCoordinator, { contents: own })).json()).toEqual({ services: { created: 0, updated: 1 }, locations: { created: 0, updated: 0 } });
    expect((await importing(reader, { contents: own })).statusCode).toBe(403);
  });

  it('reports a service id given twice, and a shared location given twice with different details', async () => {
    const doc = await exported();
    const welding = doc.contents.find((s) => s.name === 'Welding course')!;
    const debt = structuredClone(doc.contents.find((s) => s.name === 'Консультации по долгам')!);
    debt.service_at_locations![0]!.location.name = 'Another name';
    const res = await importing(admin, { contents: [welding, welding, debt] });
    expect(fields(res)).toEqual(expect.arrayContaining([['contents.1.id', 'duplicate_id'], ['contents.2.service_at_locations.0.location', 'location_conflict']]));
  });
});
