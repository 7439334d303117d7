import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestContext } from '../../test/test-app';
import { totpCodeAt } from './totp';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

it('enrols an authenticator, then requires its code at sign-in', async () => {
  const client = await ctx.signedIn(['supervisor']);
  const me = (await client.get('/api/auth/me')).json();
  const setup = await client.post('/api/auth/totp/setup');
  expect(setup.statusCode).toBe(200);
  const { secret, otpauthUrl, qrDataUrl } = setup.json();
  expect(otpauthUrl).toContain('otpauth://totp/');
  expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);

  expect((await client.post('/api/auth/totp/enable', { code: '000000' })).statusCode).toBe(401);
  const enabled = await client.post('/api/auth/totp/enable', { code: await totpCodeAt(secret, ctx.clock.now()) });
  expect(enabled.json()).toMatchObject({ totpEnabled: true });

  // The secret is stored encrypted, never in the clear.
  const row = await ctx.db.selectFrom('staff_user').select('totp_secret').where('id', '=', me.id).executeTakeFirstOrThrow();
  expect(row.totp_secret).not.toContain(secret);

  const fresh = ctx.client();
  const first = await fresh.post('/api/auth/sign-in', { email: me.email, password: TEST_PASSWORD });
  expect(first.json()).toEqual({ status: 'second_factor_required' });
  // A half-signed-in session grants nothing.
  expect((await fresh.get('/api/auth/me')).statusCode).toBe(401);
  const pendingCookie = fresh.cookies.get('onedoor_session');

  expect((await fresh.post('/api/auth/second-factor', { code: '123456' })).statusCode).toBe(401);
  // The enrolment code is spent; the authenticator shows a new one 30 seconds later.
  ctx.clock.advance(30_000);
  const done = await fresh.post('/api/auth/second-factor', { code: await totpCodeAt(secret, ctx.clock.now()) });
  expect(done.statusCode).toBe(200);
  expect(done.json()).toMatchObject({ status: 'signed_in', me: { id: me.id } });
  // The session token is replaced after the second factor (no fixation).
  expect(fresh.cookies.get('onedoor_session')).not.toBe(pendingCookie);
  expect((await fresh.get('/api/auth/me')).statusCode).toBe(200);
});

it('rejects a malformed code with the field named', async () => {
  const client = await ctx.signedIn(['supervisor']);
  const res = await client.post('/api/auth/totp/enable', { code: 'abc' });
  expect(res.statusCode).toBe(400);
  expect(res.json().fields).toEqual([expect.objectContaining({ field: 'code' })]);
});

it('accepts each code only once, even within its 30 seconds', async () => {
  const client = await ctx.signedIn(['supervisor']);
  const me = (await client.get('/api/auth/me')).json();
  const { secret } = (await client.post('/api/auth/totp/setup')).json();
  // Start one second into a 30-second step, so "5 seconds later" is still the same step.
  ctx.clock.set(new Date(Math.ceil(ctx.clock.now().getTime() / 30_000) * 30_000 + 1_000));
  await client.post('/api/auth/totp/enable', { code: await totpCodeAt(secret, ctx.clock.now()) });
  // The enrolment code was spent: a sign-in a few seconds later needs the next one.
  ctx.clock.advance(5_000);
  const attacker = ctx.client();
  await attacker.post('/api/auth/sign-in', { email: me.email, password: TEST_PASSWORD });
  expect((await attacker.post('/api/auth/second-factor', { code: await totpCodeAt(secret, ctx.clock.now()) })).statusCode).toBe(401);

  ctx.clock.advance(30_000);
  const code = await totpCodeAt(secret, ctx.clock.now());
  const owner = ctx.client();
  await owner.post('/api/auth/sign-in', { email: me.email, password: TEST_PASSWORD });
  expect((await owner.post('/api/auth/second-factor', { code })).statusCode).toBe(200);
  const replay = ctx.client();
  await replay.post('/api/auth/sign-in', { email: me.email, password: TEST_PASSWORD });
  expect((await replay.post('/api/auth/second-factor', { code })).statusCode).toBe(401);
});
