/** Training, versions, protected attributes, scores with reasons and the fairness report, through the real API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient, type TestContext } from '../../test/test-app';
import { insertHistory } from './test-fixtures';

type Client = TestClient & { userId: string };
let ctx: TestContext;
let admin: Client;
let lead: Client;
let stranger: Client;
let analyst: Client;
let personIds: string[];
const ASOF = '2026-03-02';

const agencyOf = async (c: Client) => (await ctx.db.selectFrom('staff_user').select('agency_id').where('id', '=', c.userId).executeTakeFirstOrThrow()).agency_id;
const events = (action: string) => ctx.db.selectFrom('audit_event').selectAll().where('action', '=', action).execute();
const train = (body: Record<string, unknown> = {}) => admin.post('/api/profiling/models', body);
const risk = (c: Client, personId = personIds[0]!) => c.get(`/api/people/${personId}/profiling/risk`);

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set(`${ASOF}T09:00:00Z`);
  admin = await ctx.signedIn(['administrator']);
  lead = await ctx.signedIn(['case_manager']);
  stranger = await ctx.signedIn(['case_manager']);
  analyst = await ctx.signedIn(['analyst']);
});
afterAll(() => ctx.close());

describe('training', () => {
  it('refuses with too little data, with a translated message, and creates no model', async () => {
    await insertHistory(ctx.db, { count: 80, seed: 1, asOf: ASOF, agencyId: await agencyOf(lead), prefix: 'S' });
    admin.language = 'ru';
    const res = await train();
    admin.language = 'en';
    expect(res.statusCode, res.body).toBe(400);
    const field = res.json().fields[0];
    expect(field).toMatchObject({ field: 'window', code: 'profiling_too_little_data' });
    expect(field.message).toMatch(/^Слишком мало данных об исходах/);
    expect(field.message).toContain('Модель не создана');
    expect(await ctx.db.selectFrom('profiling_model').select('id').execute()).toEqual([]);
  });

  it('trains a versioned model reporting held-out AUC, calibration and coefficients; it scores nobody until activated', async () => {
    personIds = await insertHistory(ctx.db, { count: 900, seed: 2, asOf: ASOF, agencyId: await agencyOf(lead), prefix: 'H' });
    const res = await train();
    expect(res.statusCode, res.body).toBe(201);
    const model = res.json();
    expect(model).toMatchObject({ modelVersion: 1, active: false, asOf: ASOF, protectedIncluded: [], split: { method: 'chronological', heldOutShare: 0.25 } });
    expect(model.createdBy).toEqual({ userId: admin.userId, label: null });
    expect(model.training.size + model.heldOut.size).toBe(980);
    expect(model.heldOut.size).toBeGreaterThanOrEqual(245);
    expect(model.heldOut.auc).toBeGreaterThan(0.65);
    expect(model.calibration.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(model.heldOut.size);
    expect(model.calibration).toHaveLength(10);
    const coefficient = (f: string) => model.coefficients.find((c: { factor: string }) => c.factor === f);
    expect(coefficient('age_50_plus').coefficient).toBeGreaterThan(0.8);
    expect(coefficient('education_low').coefficient).toBeGreaterThan(0.6);
    expect(coefficient('education_tertiary')).toMatchObject({ label: 'Higher education', category: 'education', protected: false });
    expect(coefficient('education_tertiary').coefficient).toBeLessThan(-0.4);
    expect(coefficient('female')).toBeUndefined();
    expect(coefficient('disability')).toBeUndefined();
    expect(await events('profiling.model.trained')).toHaveLength(1);

    const none = await risk(lead);
    expect(none.statusCode).toBe(404);
    expect(none.json().fields[0].code).toBe('profiling_no_active_model');
  });

  it('is deterministic for a seed', async () => {
    const a = (await train({ split: 'hashed', seed: 5 })).json();
    const b = (await train({ split: 'hashed', seed: 5 })).json();
    const c = (await train({ split: 'hashed', seed: 6 })).json();
    expect([a.modelVersion, b.modelVersion]).toEqual([2, 3]);
    expect(b.coefficients).toEqual(a.coefficients);
    expect(b.intercept).toBe(a.intercept);
    expect(b.heldOut).toEqual(a.heldOut);
    expect(c.heldOut.size === a.heldOut.size && c.intercept === a.intercept).toBe(false);
  });

  it('is for administrators only', async () => {
    expect((await analyst.post('/api/profiling/models', {})).statusCode).toBe(403);
    expect((await lead.post('/api/profiling/models', {})).statusCode).toBe(403);
  });
});

describe('protected attributes', () => {
  it('can be turned on only with a reason, only if held, and the change is audited', async () => {
    const list = (await admin.get('/api/profiling/protected-attributes')).json();
    expect(list.map((a: { attribute: string; included: boolean; held: boolean }) => [a.attribute, a.included, a.held])).toEqual([
      ['disability', false, true], ['ethnicity', false, false], ['sex', false, true],
    ]);
    const noReason = await admin.put('/api/profiling/protected-attributes/disability', { included: true, version: 1 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields[0].code).toBe('profiling_reason_required');
    const notHeld = await admin.put('/api/profiling/protected-attributes/ethnicity', { included: true, reason: 'test', version: 1 });
    expect(notHeld.json().fields[0].code).toBe('profiling_attribute_not_held');
    expect((await analyst.put('/api/profiling/protected-attributes/disability', { included: true, reason: 'x', version: 1 })).statusCode).toBe(403);
    const on = await admin.put('/api/profiling/protected-attributes/disability', { included: true, reason: 'Evaluate the effect of disability on risk', version: 1 });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json()).toMatchObject({ attribute: 'disability', included: true, changedBy: admin.userId, version: 2 });
    expect((await admin.put('/api/profiling/protected-attributes/disability', { included: false, version: 1 })).statusCode).toBe(409);
    const [event] = await events('profiling.protected_attribute.changed');
    expect(event).toMatchObject({ actor_user_id: admin.userId, subject_id: 'disability', details: { attribute: 'disability', from: false, to: true } });
  });

  it('are inputs of models trained while turned on, and only those', async () => {
    const model = (await train()).json();
    expect(model.protectedIncluded).toEqual(['disability']);
    const disability = model.coefficients.find((c: { factor: string }) => c.factor === 'disability');
    expect(disability).toMatchObject({ category: 'health', protected: true });
    expect(disability.coefficient).toBeGreaterThan(0.5); // the fixture's true effect is 1.2
    expect(model.coefficients.some((c: { factor: string }) => c.factor === 'female')).toBe(false);
    const off = await admin.put('/api/profiling/protected-attributes/disability', { included: false, reason: 'Evaluation done', version: 2 });
    expect(off.statusCode).toBe(200);
    expect((await train()).json().protectedIncluded).toEqual([]);
  });
});

describe('scores', () => {
  it('are given by the active version only, chosen explicitly', async () => {
    const stale = await admin.post('/api/profiling/models/1/activate', { version: 99 });
    expect(stale.statusCode).toBe(409);
    const res = await admin.post('/api/profiling/models/1/activate', { version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ modelVersion: 1, active: true });
    const models = (await analyst.get('/api/profiling/models')).json();
    expect(models.filter((m: { active: boolean }) => m.active).map((m: { modelVersion: number }) => m.modelVersion)).toEqual([1]);
  });

  it('show every factor\'s contribution, adding up to the logit, in the viewer\'s language; the read is audited', async () => {
    const res = await risk(lead);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ personId: personIds[0], modelVersion: 1, at: ASOF });
    expect(s.probability).toBeCloseTo(1 / (1 + Math.exp(-s.logit)), 12);
    const sum = s.baseline.logit + s.factors.reduce((a: number, f: { contribution: number }) => a + f.contribution, 0);
    expect(sum).toBeCloseTo(s.logit, 10);
    expect(s.factors.find((f: { factor: string }) => f.factor === 'outside_capital').label).toBe('Lives outside the capital');
    expect(['low', 'medium', 'high']).toContain(s.band);
    const reads = await events('profiling.risk.read');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actor_user_id: lead.userId, person_id: personIds[0], purpose: 'case_work', details: expect.objectContaining({ modelVersion: 1 }) });

    lead.language = 'hy';
    const hy = (await risk(lead)).json();
    lead.language = 'en';
    expect(hy.factors.find((f: { factor: string }) => f.factor === 'outside_capital').label).toBe('Ապրում է մայրաքաղաքից դուրս');
  });

  it('are denied to a viewer without access, and the denial reads nothing', async () => {
    const before = (await events('profiling.risk.read')).length;
    expect((await risk(stranger)).statusCode).toBe(404); // no relation to the client: not even its existence
    expect((await risk(analyst)).statusCode).toBe(403); // no client work at all
    expect((await risk(admin)).statusCode).toBe(403);
    expect(await events('profiling.risk.read')).toHaveLength(before);
  });

  it('need every data category the model reads: a model using disability needs health access', async () => {
    const withDisability = (await admin.get('/api/profiling/models')).json().find((m: { protectedIncluded: string[] }) => m.protectedIncluded.includes('disability'));
    const current = (await admin.get(`/api/profiling/models/${withDisability.modelVersion}`)).json();
    expect((await admin.post(`/api/profiling/models/${current.modelVersion}/activate`, { version: current.version })).statusCode).toBe(200);
    // The registering agency processes ordinary data for its public task; health needs consent.
    expect((await risk(lead)).statusCode).toBe(403);
    const first = (await admin.get('/api/profiling/models/1')).json();
    expect((await admin.post('/api/profiling/models/1/activate', { version: first.version })).statusCode).toBe(200);
  });
});

describe('reports', () => {
  it('report a model to analysts (audited) but not to case managers', async () => {
    const res = await analyst.get('/api/profiling/models/1');
    expect(res.statusCode).toBe(200);
    expect(res.json().heldOut.auc).toBeGreaterThan(0.65);
    expect((await lead.get('/api/profiling/models/1')).statusCode).toBe(403);
    expect((await analyst.get('/api/profiling/models/99')).json().fields[0].code).toBe('profiling_unknown_model');
    expect((await events('profiling.model.read')).length).toBeGreaterThan(0);
  });

  it('show fairness per subgroup with selection and error rates, suppressing small groups', async () => {
    const res = await analyst.get('/api/profiling/fairness');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ modelVersion: 1, intensiveThreshold: 0.5, minCellSize: 10, notHeld: ['ethnicity'] });
    expect(report.dimensions.map((d: { dimension: string }) => d.dimension)).toEqual(['sex', 'age_band', 'disability', 'municipality', 'region']);
    const sex = report.dimensions[0].groups;
    expect(sex.map((g: { group: string; label: string }) => [g.group, g.label])).toEqual([['female', 'Women'], ['male', 'Men']]);
    expect(sex[0].count + sex[1].count).toBe(report.heldOutSize);
    for (const g of sex) {
      expect(g.selectionRate).toBeGreaterThanOrEqual(0);
      expect(g.selectionRate).toBeLessThanOrEqual(1);
      expect(g.falsePositiveRate).not.toBeNull();
      expect(g.quartiles.q1).toBeLessThanOrEqual(g.quartiles.q3);
    }
    expect(Math.max(...sex.map((g: { selectionRateRatio: number }) => g.selectionRateRatio))).toBe(1);
    const municipality = report.dimensions.find((d: { dimension: string }) => d.dimension === 'municipality').groups;
    expect(municipality.map((g: { label: string }) => g.label)).toEqual(['Yerevan', 'Gyumri']);
    // Older people: the fixture makes them far more often long-term, so they are selected far more often.
    const age = report.dimensions.find((d: { dimension: string }) => d.dimension === 'age_band').groups;
    const older = age.find((g: { group: string }) => g.group === '50_plus');
    const younger = age.find((g: { group: string }) => g.group === 'under_25');
    expect(older.selectionRate).toBeGreaterThan(younger.selectionRate);

    const strict = (await analyst.get('/api/profiling/fairness?minCellSize=1000')).json();
    expect(strict.overall.suppressed).toBe(true);
    expect(strict.dimensions.every((d: { groups: { suppressed: boolean; count: number | null }[] }) => d.groups.every((g) => g.suppressed && g.count === null))).toBe(true);
    expect((await events('profiling.fairness.read')).length).toBe(2);
    // The generated API document describes the new routes.
    const paths = Object.keys((await ctx.app.inject('/api/docs/json')).json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/profiling/fairness', '/api/people/{personId}/profiling/risk', '/api/profiling/models/{modelVersion}/activate']));
    expect((await lead.get('/api/profiling/fairness')).statusCode).toBe(403);
  });
});

describe('as-of day', () => {
  it('is the last day the register has news from when that is before today (stale import, frozen demo)', async () => {
    // Today's registration is the only news from today; without it the last news is older.
    await ctx.db.deleteFrom('unemployment_spell').where('started_on', '=', ASOF).execute();
    const latest = await ctx.db.selectFrom('unemployment_spell').select((eb) => eb.fn.max('ended_on').as('day')).executeTakeFirstOrThrow();
    const model = (await train()).json();
    expect(model.asOf < ASOF).toBe(true);
    expect(model.asOf).toBe(latest.day);
    expect((await train({ asOf: ASOF })).json().asOf).toBe(ASOF);
  });
});
