/** Fixtures of the referral tests: a referring employment office, a welfare centre with debt counselling, a client who consented to some sharing. */
import { expect } from 'vitest';
import type { TestContext } from '../../test/test-app';
import { caseWithFacts, staffAt, staffOfNewAgency, type Staff } from '../assessment/test-helpers';
import { createLocation, createService } from '../catalogue/test-fixtures';
import { consentBody } from '../cases/test-fixtures';

export interface World {
  /** Case manager of the employment office that leads the case. */
  lead: Staff;
  /** Partnership coordinator of the welfare centre (keeps its catalogue, works its inbox). */
  coordinator: Staff;
  /** Social worker of the welfare centre (receives referrals). */
  worker: Staff;
  debt: { id: string };
}

export async function world(ctx: TestContext, capacity = 5): Promise<World> {
  const lead = await staffOfNewAgency(ctx, ['case_manager']);
  const coordinator = await staffOfNewAgency(ctx, ['partnership_coordinator']);
  const worker = await staffAt(ctx, coordinator.agencyId, ['case_manager']);
  const where = [await createLocation(coordinator)];
  const debt = await createService(coordinator, where, {
    name: { en: 'Debt counselling', ru: 'Консультации по долгам', hy: 'Պարտքերի խորհրդատվություն' }, type: 'debt_counselling',
    barriers: ['debt_problems'], capacity, reservedPlaces: 0,
  });
  return { lead, coordinator, worker, debt };
}

/**
 * A client of the lead's case with contact, education and health data (a disability and its
 * certificate) and an unemployment spell, who consented to share identity and contact with
 * the welfare centre for referrals (and nothing else).
 */
export async function consentedClient(ctx: TestContext, w: World, categories = ['identity', 'contact']) {
  const { person, caseId } = await caseWithFacts(ctx, w.lead, { unemployedSince: '2025-01-10' });
  await ctx.db.updateTable('person').set({ phone: '+37491000111', email: 'client@example.am', education_level: 'upper_secondary', disability: true }).where('id', '=', person.id).execute();
  await ctx.db.insertInto('person_document').values({ person_id: person.id, document_type: 'disability_certificate', number: 'DIS-4471' }).execute();
  await ctx.db.insertInto('person_document').values({ person_id: person.id, document_type: 'passport', number: 'AN0123456' }).execute();
  const consent = await w.lead.post(`/api/people/${person.id}/consents`, consentBody(w.coordinator.agencyId, { dataCategories: categories, purposes: ['referral'] }));
  expect(consent.statusCode, consent.body).toBe(201);
  return { person, caseId };
}

export const inDays = (ctx: TestContext, days: number) => new Date(ctx.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

export const referralBody = (ctx: TestContext, serviceId: string, over: Record<string, unknown> = {}) => ({
  serviceId, reason: 'Arrears on rent and two loans; needs a repayment plan before starting work.', categories: ['identity', 'contact'],
  urgency: 'priority', appearBy: inDays(ctx, 10), send: true, ...over,
});

export async function refer(ctx: TestContext, by: Staff, caseId: string, serviceId: string, over: Record<string, unknown> = {}) {
  const res = await by.post(`/api/cases/${caseId}/referrals`, referralBody(ctx, serviceId, over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Takes a lifecycle step and returns the new view (fails the test when refused). */
export async function step(by: Staff, id: string, path: string, body: Record<string, unknown>) {
  const res = await by.post(`/api/referrals/${id}/${path}`, body);
  expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
  return res.json();
}

export async function notificationsOf(ctx: TestContext, to: { userId?: string; agencyId?: string }, kind: string) {
  let q = ctx.db.selectFrom('notification').selectAll().where('kind', '=', kind);
  if (to.userId) q = q.where('recipient_user_id', '=', to.userId);
  if (to.agencyId) q = q.where('recipient_agency_id', '=', to.agencyId);
  return q.orderBy('created_at').orderBy('id').execute();
}
