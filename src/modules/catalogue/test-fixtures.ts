/** Test fixtures of the catalogue tests: request bodies, a second municipality, and staff placed in agencies. */
import type { TestClient, TestContext } from '../../test/test-app';
import type { Staff } from '../cases/test-fixtures';

export { insertPerson, staffAt, staffOfNewAgency, type Staff } from '../cases/test-fixtures';

export const YEREVAN = 'AM-ER-YEREVAN';
export const GYUMRI = 'AM-SH-GYUMRI';

export async function addGyumri(ctx: TestContext) {
  await ctx.db
    .insertInto('municipality')
    .values({ code: GYUMRI, name_en: 'Gyumri', name_ru: 'Гюмри', name_hy: 'Գյումրի', region: 'Shirak' })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export const locationBody = (over: Record<string, unknown> = {}) => ({
  name: 'Kentron Training Centre',
  address: 'Tigran Mets Ave 23, Yerevan',
  municipalityCode: YEREVAN,
  postalCode: '0010',
  latitude: 40.1772,
  longitude: 44.5126,
  accessibility: 'Step-free entrance, lift to every floor',
  ...over,
});

export const serviceBody = (locationIds: string[], over: Record<string, unknown> = {}) => ({
  name: { en: 'Welding course', ru: 'Курс сварщика', hy: 'Եռակցողի դասընթաց' },
  description: { en: 'Three-month course with a certificate' },
  type: 'training',
  capacity: 10,
  reservedPlaces: 2,
  languages: ['hy', 'ru'],
  barriers: ['no_qualification'],
  schedule: [{ byday: 'MO,WE,FR', opensAt: '09:00', closesAt: '13:00' }],
  costPerParticipant: 150000,
  locationIds,
  ...over,
});

const csrfDelete = async (client: TestClient, url: string) => client.request('DELETE', url, undefined, await client.csrf());
export const del = csrfDelete;

/** Creates a location and returns its id (fails the test when refused). */
export async function createLocation(by: Staff | TestClient, over: Record<string, unknown> = {}): Promise<string> {
  const res = await by.post('/api/catalogue/locations', locationBody(over));
  if (res.statusCode !== 201) throw new Error(`location: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** Creates a service and returns its view (fails the test when refused). */
export async function createService(by: Staff | TestClient, locationIds: string[], over: Record<string, unknown> = {}) {
  const res = await by.post('/api/catalogue/services', serviceBody(locationIds, over));
  if (res.statusCode !== 201) throw new Error(`service: ${res.statusCode} ${res.body}`);
  return res.json();
}
