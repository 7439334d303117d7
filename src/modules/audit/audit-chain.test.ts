import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

it('verifies an intact chain and finds the first tampered event', async () => {
  const dpo = await ctx.signedIn(['data_protection_officer']);
  await ctx.createStaff(['case_manager']);
  const ok = await dpo.post('/api/audit/verify');
  expect(ok.json()).toMatchObject({ ok: true });
  expect(ok.json().checked).toBeGreaterThan(3);

  const events = await ctx.db.selectFrom('audit_event').select(['seq', 'id']).orderBy('seq').execute();
  const victim = events[2]!;
  // Someone with database access edits history: the trigger must be bypassed to do so.
  await ctx.db.transaction().execute(async (trx) => {
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`.execute(trx);
    await sql`UPDATE audit_event SET action = 'auth.sign_out' WHERE seq = ${victim.seq}`.execute(trx);
    await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`.execute(trx);
  });
  const broken = await ctx.services.audit.verifyChain();
  expect(broken).toMatchObject({ ok: false, brokenAtSeq: victim.seq, brokenEventId: victim.id, checked: 2 });
});

it('refuses to update or delete audit events', async () => {
  await expect(sql`UPDATE audit_event SET action = 'x'`.execute(ctx.db)).rejects.toThrow(/append-only/);
  await expect(sql`DELETE FROM audit_event`.execute(ctx.db)).rejects.toThrow(/append-only/);
});

it('lets the data protection officer browse events, newest first, filtered by action', async () => {
  const dpo = await ctx.signedIn(['data_protection_officer']);
  const res = await dpo.get('/api/audit/events?action=auth.sign_in&limit=5');
  expect(res.statusCode).toBe(200);
  const events = res.json();
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((e: { action: string }) => e.action.startsWith('auth.sign_in'))).toBe(true);
  expect(events[0].seq).toBeGreaterThan(events[events.length - 1].seq);
});
