/** Shared set-up for the people tests: registrations, colleagues, cases and consents. */
import type { DataCategory, ProcessingPurpose } from '../access/data-categories';
import type { Role } from '../access/roles';
import { TEST_PASSWORD, TestClient, type TestContext } from '../../test/test-app';

export type Staff = TestClient & { userId: string; agencyId: string };

let counter = 0;

/** A signed-in staff member in a new agency of their own. */
export async function staffMember(ctx: TestContext, roles: Role[] = ['case_manager']): Promise<Staff> {
  const client = await ctx.signedIn(roles);
  const user = await ctx.db.selectFrom('staff_user').select('agency_id').where('id', '=', client.userId).executeTakeFirstOrThrow();
  return Object.assign(client, { agencyId: user.agency_id });
}

/** Another signed-in staff member of the same agency. */
export async function colleagueOf(ctx: TestContext, of: Staff, roles: Role[] = ['case_manager']): Promise<Staff> {
  counter += 1;
  const email = `colleague${counter}.${of.userId.slice(0, 8)}@test.onedoor`;
  const user = await ctx.services.admin.createUser({ label: 'test-fixture' }, {
    email, password: TEST_PASSWORD, displayName: `Colleague ${counter}`, agencyId: of.agencyId, officeId: null, roles, preferredLanguage: 'en',
  });
  const client = ctx.client();
  const res = await client.post('/api/auth/sign-in', { email, password: TEST_PASSWORD });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  return Object.assign(client, { userId: user.id, agencyId: of.agencyId });
}

export const aram = {
  givenName: 'Արամ',
  familyName: 'Պետրոսյան',
  sex: 'male',
  birthDate: '1985-03-14',
};

/** Registers a person through the API and returns the created view. */
export async function register(staff: Staff, body: Record<string, unknown>) {
  const res = await staff.post('/api/people', body);
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.body}`);
  return res.json<{ id: string; onedoorId: string; version: number }>();
}

/** An open case led by `lead`'s agency, with partner agencies (inserted directly). */
export async function openCase(ctx: TestContext, personId: string, lead: Staff, partnerAgencyIds: string[] = []) {
  const now = ctx.clock.now();
  const c = await ctx.db
    .insertInto('client_case')
    .values({ person_id: personId, lead_agency_id: lead.agencyId, case_manager_id: lead.userId, opened_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const agencyId of partnerAgencyIds) {
    await ctx.db.insertInto('case_partner').values({ case_id: c.id, agency_id: agencyId, joined_at: now }).execute();
  }
  return c.id;
}

/** A consent given by the person to an agency (inserted directly). */
export async function giveConsent(
  ctx: TestContext,
  personId: string,
  agencyId: string,
  categories: DataCategory[],
  purposes: ProcessingPurpose[] = ['case_work'],
) {
  const now = ctx.clock.now();
  await ctx.db
    .insertInto('consent_record')
    .values({
      person_id: personId, recipient_agency_id: agencyId, data_categories: categories, purposes, decision: 'given',
      valid_from: new Date(now.getTime() - 1000), recorded_at: now, evidence_type: 'verbal_witnessed',
    })
    .execute();
}

/** Audit events about a person, oldest first. */
export const auditOf = (ctx: TestContext, personId: string) =>
  ctx.db.selectFrom('audit_event').select(['action', 'actor_user_id', 'details', 'purpose']).where('person_id', '=', personId).orderBy('seq').execute();
