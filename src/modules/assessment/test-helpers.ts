/** Fixtures shared by the assessment tests: staff who can sign in again, a case with labour-market facts, complete answers. */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../access/roles';
import { insertPerson } from '../cases/test-fixtures';
import { TEST_PASSWORD, type TestClient, type TestContext } from '../../test/test-app';

export type Staff = TestClient & { userId: string; agencyId: string; email: string };

export async function staffAt(ctx: TestContext, agencyId: string, roles: Role[]): Promise<Staff> {
  const email = `staff-${randomUUID()}@test.onedoor`;
  const user = await ctx.services.admin.createUser(
    { label: 'test-fixture' },
    { email, password: TEST_PASSWORD, displayName: `Staff ${email.slice(6, 12)}`, agencyId, officeId: null, roles, preferredLanguage: 'en' },
  );
  return signIn(ctx, { userId: user.id, agencyId, email });
}

export async function staffOfNewAgency(ctx: TestContext, roles: Role[]) {
  const { agencyId } = await ctx.createStaff(['analyst']);
  return staffAt(ctx, agencyId, roles);
}

/** A fresh session for the same account (sessions expire when a test moves the clock by months). */
export async function signIn(ctx: TestContext, who: { userId: string; agencyId: string; email: string }): Promise<Staff> {
  const client = ctx.client();
  const res = await client.post('/api/auth/sign-in', { email: who.email, password: TEST_PASSWORD });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  // Only the identity: copying a whole old client would bring its expired cookies along.
  return Object.assign(client, { userId: who.userId, agencyId: who.agencyId, email: who.email });
}

/** A person with an open case led by `by`'s agency, unemployed since `unemployedSince` and optionally on benefit. */
export async function caseWithFacts(ctx: TestContext, by: Staff, facts: { unemployedSince?: string; benefitSince?: string; birthDate?: string; sex?: string } = {}) {
  const person = await insertPerson(ctx, by.agencyId);
  const values: { birth_date?: string; sex?: string } = {};
  if (facts.birthDate) values.birth_date = facts.birthDate;
  if (facts.sex) values.sex = facts.sex;
  if (Object.keys(values).length) await ctx.db.updateTable('person').set(values).where('id', '=', person.id).execute();
  if (facts.unemployedSince) await ctx.db.insertInto('unemployment_spell').values({ person_id: person.id, started_on: facts.unemployedSince }).execute();
  if (facts.benefitSince) {
    await ctx.db.insertInto('benefit_receipt').values({ person_id: person.id, benefit_type: 'unemployment_benefit', started_on: facts.benefitSince, monthly_amount: 30000 }).execute();
  }
  const res = await by.post('/api/cases', { personId: person.id });
  expect(res.statusCode).toBe(201);
  return { person, caseId: res.json().id as string };
}

/** Starts an assessment and returns its view. */
export async function start(by: Staff, caseId: string) {
  const res = await by.post(`/api/cases/${caseId}/assessments`);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Every required interview answer outside sensitive sections, for a client with no barriers. */
export const READY_ANSWERS = {
  emp_last_worked: 'under_6_months', emp_years_experience: 8, sk_education: 'vocational', sk_qualification: true, sk_digital: 'good',
  mot_wants_work: 'very_much', mot_confidence: 'confident', mot_readiness: 'ready', hs_situation: 'renting', hs_eviction_risk: false,
  db_arrears: false, cc_young_children: 0, cc_childcare: 'not_needed', cc_care_duties: false, lg_official: 'native', lg_literacy: true,
  mb_travel: 'up_to_60_min', mb_transport: true, sn_support: 'many',
} as const;

export async function save(by: Staff, id: string, part: string, answers: Record<string, unknown>, version: number): Promise<LightMyRequestResponse> {
  return by.put(`/api/assessments/${id}/answers/${part}`, { answers, version });
}

/** Saves answers in the interview, finalises, and returns the finalised view. */
export async function complete(by: Staff, caseId: string, answers: Record<string, unknown> = READY_ANSWERS) {
  const view = await start(by, caseId);
  const saved = await save(by, view.id, 'interview', answers, view.parts.interview.version);
  expect(saved.statusCode, saved.body).toBe(200);
  const done = await by.post(`/api/assessments/${view.id}/finalise`, { version: view.version });
  expect(done.statusCode, done.body).toBe(200);
  return done.json();
}
