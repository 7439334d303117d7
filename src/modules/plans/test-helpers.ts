/** Fixtures of the action-plan tests: a case with a finalised assessment that found barriers, catalogue services, a complete draft. */
import { expect } from 'vitest';
import type { TestContext } from '../../test/test-app';
import { caseWithFacts, complete, READY_ANSWERS, type Staff } from '../assessment/test-helpers';
import { createLocation, createService } from '../catalogue/test-fixtures';

/** Childcare not arranged (high) and basic digital skills (low), unemployed 15 months: intensive. */
export const BARRIER_ANSWERS = { ...READY_ANSWERS, cc_young_children: 2, cc_childcare: 'not_arranged', sk_digital: 'basic' };

export async function assessedCase(ctx: TestContext, lead: Staff) {
  const { person, caseId } = await caseWithFacts(ctx, lead, { unemployedSince: '2024-12-01' });
  const assessment = await complete(lead, caseId, BARRIER_ANSWERS);
  return { person, caseId, assessment };
}

/** Three services of the coordinator's agency: childcare (addresses no_childcare), digital skills, and debt advice (addresses neither). */
export async function catalogue(coordinator: Staff, capacity = 5) {
  const where = [await createLocation(coordinator)];
  const childcare = await createService(coordinator, where, {
    name: { en: 'Kindergarten places for working parents', ru: 'Места в детском саду', hy: 'Մանկապարտեզի տեղեր' }, type: 'childcare',
    barriers: ['no_childcare'], capacity, reservedPlaces: 1, languages: ['hy'],
  });
  const digital = await createService(coordinator, where, {
    name: { en: 'Digital skills course', ru: 'Курс цифровой грамотности', hy: 'Թվային հմտությունների դասընթաց' }, type: 'training',
    barriers: ['low_digital_skills'], capacity, reservedPlaces: 0, languages: ['hy', 'ru'],
  });
  const debt = await createService(coordinator, where, {
    name: { en: 'Debt counselling', ru: 'Консультации по долгам', hy: 'Պարտքերի խորհրդատվություն' }, type: 'debt_counselling',
    barriers: ['debt_problems'], capacity, reservedPlaces: 0,
  });
  return { childcare, digital, debt };
}

export const inDays = (ctx: TestContext, days: number) => new Date(ctx.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** A draft a client could sign: a goal, the minimum offer, one action, a measurable client obligation. */
export const signableContent = (ctx: TestContext, over: Record<string, unknown> = {}) => ({
  assessmentSummary: 'Wants work as a bookkeeper; needs childcare first.',
  goal: { type: 'job_same_occupation', description: 'Bookkeeper in Yerevan' },
  socialGoals: [{ type: 'childcare_arranged' }],
  minimumOffer: 'A meeting with the case manager every month; childcare arranged within six weeks.',
  actions: [{ kind: 'job_search_agreement', title: 'Apply for bookkeeping jobs', owner: { party: 'client' }, dueOn: inDays(ctx, 30), target: { count: 4, per: 'month' } }],
  obligations: [{ party: 'client', text: 'Send four job applications a month and log them', target: { count: 4, per: 'month' } }],
  reviewEveryWeeks: 4,
  nextReviewOn: inDays(ctx, 28),
  ...over,
});

export async function startPlan(lead: Staff, caseId: string) {
  const res = await lead.post(`/api/cases/${caseId}/plan`);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
