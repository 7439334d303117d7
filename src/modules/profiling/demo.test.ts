/** The synthetic demo has outcome history a model can learn from, and the start-up trains one. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_NOW, seedDemo } from '../../db/seed';
import { ManualClock } from '../../server/clock';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { createAuditService } from '../audit/service';
import { trainDemoModelIfNone } from './startup';

let testDb: TestDatabase;
const logged: string[] = [];
const log = { info: (_: unknown, message: string) => void logged.push(message) } as never;
// A real clock weeks after the demo was generated: outcomes must still be read on the demo's day.
const clock = new ManualClock('2027-01-15T10:00:00Z');

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

it('does not train on an empty register, and says why', async () => {
  const deps = { db: testDb.database.db, clock, audit: createAuditService({ db: testDb.database.db, clock }) };
  expect(await trainDemoModelIfNone(deps, log)).toBeNull();
  expect(logged).toEqual(['not enough outcome history to train a profiling model yet']);
});

it('trains and activates a model with a meaningful held-out AUC on the demo, quickly, once', async () => {
  const { db } = testDb.database;
  await seedDemo(db, { clients: 1000 });
  const deps = { db, clock, audit: createAuditService({ db, clock }) };
  const started = Date.now();
  const model = await trainDemoModelIfNone(deps, log);
  const elapsed = Date.now() - started;
  expect(model).toMatchObject({ number: 1, active: true, created_by_label: 'startup', protected_included: [] });
  expect(model!.as_of <= DEFAULT_NOW.toISOString().slice(0, 10)).toBe(true);
  expect(model!.held_out_size).toBeGreaterThan(150);
  expect(model!.auc_held_out).toBeGreaterThan(0.65);
  expect(model!.auc_held_out).toBeLessThan(0.85);
  const coefficient = (name: string) => model!.coefficients[model!.features.indexOf(name)]!;
  // The relationships the demo history was generated with (seed/spells.ts).
  expect(coefficient('age_50_plus')).toBeGreaterThan(0.5);
  expect(coefficient('education_low')).toBeGreaterThan(0.5);
  expect(coefficient('education_tertiary')).toBeLessThan(-0.5);
  expect(coefficient('earlier_long_term')).toBeGreaterThan(0.4);
  expect(elapsed).toBeLessThan(5_000);
  // A second start keeps the active model.
  expect(await trainDemoModelIfNone(deps, log)).toBeNull();
}, 120_000);
