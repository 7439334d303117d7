/** Fixtures of the notification duty tests: a welfare centre and an employment office sharing a case. */
import { expect } from 'vitest';
import type { TestContext } from '../../test/test-app';
import type { Role } from '../access/roles';
import { consentBody, insertPerson, staffAt, staffOfNewAgency, type Staff } from '../cases/test-fixtures';

/** A new agency of this type (the test app makes employment services) with one staff member. */
export async function staffOfNewAgencyOfType(ctx: TestContext, type: 'social_welfare_centre' | 'employment_service', roles: Role[]) {
  const staff = await staffOfNewAgency(ctx, roles);
  await ctx.db.updateTable('agency').set({ type }).where('id', '=', staff.agencyId).execute();
  return staff;
}

/** A client whose case the welfare centre leads, the employment office a partner (with identity consent unless told otherwise). */
export async function sharedCase(ctx: TestContext, welfare: Staff, employment: Staff | null, opts: { identityConsent?: boolean } = {}) {
  const person = await insertPerson(ctx, welfare.agencyId, { given: 'Narek', family: 'Hovhannisyan' });
  const opened = await welfare.post('/api/cases', { personId: person.id });
  expect(opened.statusCode, opened.body).toBe(201);
  const caseId = opened.json().id as string;
  if (employment) {
    if (opts.identityConsent !== false) {
      const consent = await welfare.post(`/api/people/${person.id}/consents`, consentBody(employment.agencyId));
      expect(consent.statusCode, consent.body).toBe(201);
    }
    const partner = await welfare.post(`/api/cases/${caseId}/partners`, { agencyId: employment.agencyId, role: 'Job search' });
    expect(partner.statusCode, partner.body).toBe(201);
  }
  return { person, caseId };
}

export const today = (ctx: TestContext) => ctx.clock.now().toISOString().slice(0, 10);
export const moveDays = (ctx: TestContext, days: number) => ctx.clock.set(new Date(ctx.clock.now().getTime() + days * 86_400_000));

export async function recordEvent(by: Staff, caseId: string, eventType: string, occurredOn: string) {
  const res = await by.post(`/api/cases/${caseId}/duty-events`, { eventType, occurredOn });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { eventId: string; duties: { id: string; version: number; [k: string]: unknown }[]; skippedRules: unknown[] };
}

export { staffAt, type Staff };
