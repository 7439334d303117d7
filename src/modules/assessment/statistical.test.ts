/**
 * The statistical risk is kept with the assessment when it is finalised, with every
 * factor's contribution, and shown only to viewers who may see what the model read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { consentBody } from '../cases/test-fixtures';
import { insertHistory } from '../profiling/test-fixtures';
import { caseWithFacts, complete, staffOfNewAgency, type Staff } from './test-helpers';

let ctx: TestContext;
let lead: Staff;
let partner: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set('2026-03-02T09:00:00Z');
  lead = await staffOfNewAgency(ctx, ['case_manager']);
  partner = await staffOfNewAgency(ctx, ['case_manager']);
});
afterAll(() => ctx.close());

type Factor = { factor: string; category: string; contribution: number };

describe('statistical risk in an assessment', () => {
  it('is absent while no model is active', async () => {
    const { caseId } = await caseWithFacts(ctx, lead, { unemployedSince: '2025-10-01' });
    const done = await complete(lead, caseId);
    expect(done.profiling.statistical).toBeNull();
  });

  it('is stored at finalising with reasons that add up to its log-odds, and hidden from a partner without consent for what it read', async () => {
    await insertHistory(ctx.db, { count: 600, seed: 7, asOf: '2026-03-01', agencyId: lead.agencyId, prefix: 'ST' });
    const model = await ctx.services.profiling.train({ label: 'test' }, { asOf: '2026-03-01', activate: true }, 'en');
    const { person, caseId } = await caseWithFacts(ctx, lead, { unemployedSince: '2025-10-01', birthDate: '1968-05-04' });
    const done = await complete(lead, caseId);

    const risk = done.profiling.statistical;
    expect(risk).toMatchObject({ personId: person.id, modelVersion: model.modelVersion, referenceDay: '2025-10-01', basis: 'current_spell' });
    const sum = risk.baseline.logit + risk.factors.reduce((s: number, f: Factor) => s + f.contribution, 0);
    expect(sum).toBeCloseTo(risk.logit, 9);
    expect(risk.probability).toBeCloseTo(1 / (1 + Math.exp(-risk.logit)), 9);
    expect(risk.factors.find((f: Factor) => f.factor === 'age_50_plus')).toMatchObject({ value: 1 });
    const stored = await ctx.db.selectFrom('profiling_result').select(['score', 'model_version']).where('assessment_id', '=', done.id).where('kind', '=', 'statistical').executeTakeFirstOrThrow();
    expect(Number(stored.score)).toBeCloseTo(risk.probability, 4);
    expect(stored.model_version).toBe(String(model.modelVersion));

    // Reading it again in Russian gives the same numbers, labels in Russian.
    lead.language = 'ru';
    const again = (await lead.get(`/api/assessments/${done.id}`)).json();
    lead.language = 'en';
    expect(again.profiling.statistical.logit).toBe(risk.logit);
    expect(again.profiling.statistical.bandLabel).not.toBe(risk.bandLabel);

    // A partner consented for identity and employment only: the model also read education and benefits.
    expect((await lead.post(`/api/cases/${caseId}/partners`, { agencyId: partner.agencyId })).statusCode).toBe(201);
    expect((await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId, { dataCategories: ['identity', 'employment'] }))).statusCode).toBe(201);
    const seen = await partner.get(`/api/assessments/${done.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().profiling.statistical).toBeNull();
    expect(seen.json().profiling.rules).not.toBeNull();
  });
});
