/** Test fixtures shared by the case, consent and break-glass tests: people, and staff placed in a given agency. */
import { randomUUID } from 'node:crypto';
import type { Role } from '../access/roles';
import { TEST_PASSWORD, type TestClient, type TestContext } from '../../test/test-app';
import type { Viewer } from '../access/policy';

export type Staff = TestClient & { userId: string; agencyId: string; viewer: Viewer };

/** A person registered by an agency, inserted directly (the registration API belongs to the people module). */
export async function insertPerson(ctx: TestContext, registeredByAgencyId: string, names = { given: 'Aram', family: 'Petrosyan' }) {
  const onedoorId = `OD-${randomUUID().slice(0, 8).toUpperCase()}`;
  const { id } = await ctx.db
    .insertInto('person')
    .values({
      onedoor_id: onedoorId, given_name: names.given, family_name: names.family, name_script: 'Latn',
      given_name_latin: names.given, family_name_latin: names.family, sex: 'male', birth_date: '1985-04-12',
      registered_by_agency_id: registeredByAgencyId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, onedoorId };
}

/** A signed-in staff member of an existing agency (ctx.signedIn makes a new agency each time). */
export async function staffAt(ctx: TestContext, agencyId: string, roles: Role[]): Promise<Staff> {
  const email = `staff-${randomUUID()}@test.onedoor`;
  const user = await ctx.services.admin.createUser(
    { label: 'test-fixture' },
    { email, password: TEST_PASSWORD, displayName: `Staff ${email.slice(6, 12)}`, agencyId, officeId: null, roles, preferredLanguage: 'en' },
  );
  const client = ctx.client();
  const res = await client.post('/api/auth/sign-in', { email, password: TEST_PASSWORD });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  return Object.assign(client, { userId: user.id, agencyId, viewer: { userId: user.id, agencyId, roles } });
}

/** A signed-in staff member of a new agency of their own. */
export async function staffOfNewAgency(ctx: TestContext, roles: Role[]): Promise<Staff> {
  const { agencyId } = await ctx.createStaff(['analyst']);
  return staffAt(ctx, agencyId, roles);
}

/** A consent body with sensible defaults. */
export const consentBody = (recipientAgencyId: string, over: Record<string, unknown> = {}) => ({
  recipientAgencyId,
  dataCategories: ['identity', 'employment'],
  purposes: ['case_work'],
  decision: 'given',
  evidenceType: 'verbal_witnessed',
  noticeLanguage: 'hy',
  ...over,
});
