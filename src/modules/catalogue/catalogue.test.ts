import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { createLocation, createService, del, insertPerson, locationBody, serviceBody, staffAt, staffOfNewAgency, type Staff } from './test-fixtures';

let ctx: TestContext;
let coordinator: Staff;
let colleague: Staff; // another coordinator of the same agency
let otherCoordinator: Staff; // coordinator of another agency
let admin: Staff;
let caseManager: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  coordinator = await staffOfNewAgency(ctx, ['partnership_coordinator']);
  colleague = await staffAt(ctx, coordinator.agencyId, ['partnership_coordinator']);
  otherCoordinator = await staffOfNewAgency(ctx, ['partnership_coordinator']);
  admin = await staffOfNewAgency(ctx, ['administrator']);
  caseManager = await staffOfNewAgency(ctx, ['case_manager']);
});
afterAll(() => ctx.close());

const fieldsOf = (res: { json(): { fields?: { field: string; code: string; message: string }[] } }) => res.json().fields ?? [];

describe('locations', () => {
  it('a coordinator adds a place of their agency; it is audited; everyone signed in reads it', async () => {
    const res = await coordinator.post('/api/catalogue/locations', locationBody());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      agency: { id: coordinator.agencyId }, name: 'Kentron Training Centre', municipalityCode: 'AM-ER-YEREVAN', postalCode: '0010', latitude: 40.1772, version: 1,
    });
    const id = res.json().id;
    expect((await caseManager.get(`/api/catalogue/locations/${id}`)).json().name).toBe('Kentron Training Centre');
    expect((await caseManager.get(`/api/catalogue/locations?agencyId=${coordinator.agencyId}`)).json().map((l: { id: string }) => l.id)).toContain(id);
    const audit = await ctx.db.selectFrom('audit_event').select(['action', 'actor_user_id', 'person_id']).where('subject_id', '=', id).execute();
    expect(audit).toEqual([{ action: 'catalogue.location.create', actor_user_id: coordinator.userId, person_id: null }]);
  });

  it('refuses an unknown municipality, and a stale version with 409', async () => {
    const bad = await coordinator.post('/api/catalogue/locations', locationBody({ municipalityCode: 'AM-XX-NOWHERE' }));
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual([expect.objectContaining({ field: 'municipalityCode', code: 'unknown_municipality', message: 'No such municipality' })]);
    const id = await createLocation(coordinator);
    const first = await colleague.put(`/api/catalogue/locations/${id}`, { ...locationBody({ name: 'Renamed' }), version: 1 });
    expect(first.json()).toMatchObject({ name: 'Renamed', version: 2 });
    const stale = await coordinator.put(`/api/catalogue/locations/${id}`, { ...locationBody(), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
  });

  it("keeps another agency's places out of a coordinator's hands, not an administrator's", async () => {
    const id = await createLocation(coordinator);
    expect((await otherCoordinator.put(`/api/catalogue/locations/${id}`, { ...locationBody(), version: 1 })).statusCode).toBe(403);
    const foreign = await otherCoordinator.post('/api/catalogue/locations', locationBody({ agencyId: coordinator.agencyId }));
    expect(fieldsOf(foreign)).toEqual([expect.objectContaining({ field: 'agencyId', code: 'catalogue_own_agency_only' })]);
    const byAdmin = await admin.post('/api/catalogue/locations', locationBody({ agencyId: coordinator.agencyId }));
    expect(byAdmin.json().agency.id).toBe(coordinator.agencyId);
    expect((await admin.put(`/api/catalogue/locations/${id}`, { ...locationBody({ name: 'By admin' }), version: 1 })).statusCode).toBe(200);
  });

  it('deletes a place only while no service is delivered there', async () => {
    const id = await createLocation(coordinator);
    const service = await createService(coordinator, [id]);
    const inUse = await del(coordinator, `/api/catalogue/locations/${id}?version=1`);
    expect(fieldsOf(inUse)).toEqual([expect.objectContaining({ field: 'id', code: 'location_in_use' })]);
    expect((await del(coordinator, `/api/catalogue/services/${service.id}?version=1`)).statusCode).toBe(204);
    expect((await del(coordinator, `/api/catalogue/locations/${id}?version=7`)).statusCode).toBe(409);
    expect((await del(coordinator, `/api/catalogue/locations/${id}?version=1`)).statusCode).toBe(204);
    expect((await coordinator.get(`/api/catalogue/locations/${id}`)).statusCode).toBe(404);
  });
});

describe('services', () => {
  it('a coordinator adds a service; it shows its agency, places and locations, and is audited', async () => {
    const loc = await createLocation(coordinator);
    const res = await coordinator.post('/api/catalogue/services', serviceBody([loc]));
    expect(res.statusCode).toBe(201);
    const service = res.json();
    expect(service).toMatchObject({
      agency: { id: coordinator.agencyId, name: expect.any(String) },
      name: { en: 'Welding course', ru: 'Курс сварщика', hy: 'Եռակցողի դասընթաց' },
      type: 'training', status: 'active', languages: ['hy', 'ru'], barriers: ['no_qualification'], costPerParticipant: 150000, costCurrency: 'AMD',
      places: { capacity: 10, reservedPlaces: 2, freePlaces: 10, freeReservedPlaces: 2, freeGeneralPlaces: 8 },
      locations: [{ id: loc, municipalityCode: 'AM-ER-YEREVAN' }],
      eligibility: { minAge: null, maxAge: null, segments: [], requiresBenefit: null, description: {} },
      version: 1,
    });
    expect((await caseManager.get(`/api/catalogue/services/${service.id}`)).json()).toEqual(service);
    const audit = await ctx.db.selectFrom('audit_event').select(['action', 'details']).where('subject_id', '=', service.id).execute();
    expect(audit).toEqual([{ action: 'catalogue.service.create', details: { agencyId: coordinator.agencyId, type: 'training' } }]);
  });

  it('reports every bad field at once, with translated messages', async () => {
    const res = await coordinator.post('/api/catalogue/services', serviceBody(['00000000-0000-4000-8000-000000000000'], {
      name: { en: '  ' },
      languages: ['hy', 'xx'],
      barriers: ['no_qualification', 'flying_saucers'],
      capacity: 3,
      reservedPlaces: 4,
      schedule: [{ byday: 'MO', opensAt: '17:00', closesAt: '09:00' }],
      eligibility: { minAge: 30, maxAge: 18 },
    }));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res).map((f) => [f.field, f.code, f.message])).toEqual([
      ['name', 'text_language_required', 'Give it in at least one language: English, Russian or Armenian'],
      ['languages.1', 'invalid_language', expect.any(String)],
      ['barriers.1', 'unknown_barrier', '"flying_saucers" is not a barrier of the current assessment instrument'],
      ['reservedPlaces', 'reserved_exceeds_capacity', 'Reserved places cannot be more than the capacity (3)'],
      ['schedule.0.closesAt', 'closes_before_opens', expect.any(String)],
      ['eligibility.maxAge', 'min_age_above_max', expect.any(String)],
      ['locationIds.0', 'unknown_location', 'No such location'],
    ]);
  });

  it('checks shapes first: capacity ≥ 0, language keys of names, types', async () => {
    const res = await coordinator.post('/api/catalogue/services', serviceBody([], { capacity: -1, name: { de: 'Schweißkurs' }, type: 'magic' }));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res).map((f) => [f.field, f.code])).toEqual(expect.arrayContaining([['capacity', 'too_small_number'], ['name', 'unrecognized_keys'], ['type', 'invalid_value']]));
    expect(fieldsOf(res).find((f) => f.field === 'capacity')?.message).toBe('Must be at least 0');
  });

  it('answers in the language of the request', async () => {
    coordinator.language = 'ru';
    try {
      const res = await coordinator.post('/api/catalogue/services', serviceBody([], { capacity: 1, reservedPlaces: 2 }));
      expect(fieldsOf(res)).toEqual([expect.objectContaining({ field: 'reservedPlaces', message: 'Зарезервированных мест не может быть больше, чем всего мест (1)' })]);
    } finally {
      coordinator.language = 'en';
    }
  });

  it('updates with the version read; a stale one gets 409; the audit names the fields changed', async () => {
    const service = await createService(coordinator, []);
    const { id } = service;
    const body = { ...serviceBody([], { capacity: 12 }), version: 1 };
    const updated = await colleague.put(`/api/catalogue/services/${id}`, body);
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, places: { capacity: 12, freePlaces: 12 } });
    const stale = await coordinator.put(`/api/catalogue/services/${id}`, { ...body, capacity: 8 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const audit = await ctx.db.selectFrom('audit_event').select('details').where('subject_id', '=', id).where('action', '=', 'catalogue.service.update').executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ agencyId: coordinator.agencyId, changed: ['capacity'] });
  });

  it('lets only its own agency (or an administrator) change a service', async () => {
    const service = await createService(coordinator, []);
    const body = { ...serviceBody([]), version: 1 };
    expect((await otherCoordinator.put(`/api/catalogue/services/${service.id}`, body)).statusCode).toBe(403);
    expect((await del(otherCoordinator, `/api/catalogue/services/${service.id}?version=1`)).statusCode).toBe(403);
    expect((await caseManager.put(`/api/catalogue/services/${service.id}`, body)).statusCode).toBe(403);
    const moved = await coordinator.put(`/api/catalogue/services/${service.id}`, { ...body, agencyId: otherCoordinator.agencyId });
    expect(fieldsOf(moved)).toEqual([expect.objectContaining({ field: 'agencyId', code: 'catalogue_own_agency_only' })]);
    const byAdmin = await admin.put(`/api/catalogue/services/${service.id}`, { ...body, agencyId: otherCoordinator.agencyId });
    expect(byAdmin.json().agency.id).toBe(otherCoordinator.agencyId);
  });

  it('never lowers the capacity under the places booked; a booked service is set inactive, not deleted', async () => {
    const service = await createService(coordinator, [], { capacity: 3, reservedPlaces: 0 });
    for (let i = 0; i < 2; i++) {
      const person = await insertPerson(ctx, coordinator.agencyId);
      await ctx.db.transaction().execute((trx) =>
        ctx.services.catalogue.book(trx, {
          serviceId: service.id, personId: person.id, caseId: null, source: 'direct', sourceId: null, viaSinglePoint: false, bookedBy: coordinator.userId, at: ctx.clock.now(),
        }),
      );
    }
    const lower = await coordinator.put(`/api/catalogue/services/${service.id}`, { ...serviceBody([], { capacity: 1, reservedPlaces: 0 }), version: 1 });
    expect(fieldsOf(lower)).toEqual([expect.objectContaining({ field: 'capacity', code: 'capacity_below_bookings', message: '2 places are booked now; the capacity cannot be lower' })]);
    const gone = await del(coordinator, `/api/catalogue/services/${service.id}?version=1`);
    expect(fieldsOf(gone)).toEqual([expect.objectContaining({ code: 'service_has_bookings' })]);
    const inactive = await coordinator.put(`/api/catalogue/services/${service.id}`, { ...serviceBody([], { capacity: 2, reservedPlaces: 0, status: 'inactive' }), version: 1 });
    expect(inactive.json()).toMatchObject({ status: 'inactive', places: { capacity: 2, freePlaces: 0 } });
  });

  it('answers 404 for a service that does not exist', async () => {
    expect((await caseManager.get('/api/catalogue/services/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
