import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutes, hours } from '../../server/clock';
import { createTestApp, TEST_PASSWORD, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const auditActions = async (userId: string) =>
  (await ctx.db.selectFrom('audit_event').select('action').where('actor_user_id', '=', userId).orderBy('seq').execute()).map((e) => e.action);

describe('password sign-in', () => {
  it('signs in, sets an HttpOnly session cookie and audits the sign-in', async () => {
    const user = await ctx.createStaff(['case_manager']);
    const client = ctx.client();
    const res = await client.post('/api/auth/sign-in', { email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'signed_in', me: { id: user.id, roles: ['case_manager'] } });
    const cookie = res.cookies.find((c) => c.name === 'onedoor_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect((await client.get('/api/auth/me')).json()).toMatchObject({ id: user.id, totpEnabled: false });
    expect(await auditActions(user.id)).toContain('auth.sign_in');
  });

  it('refuses a wrong password with a translated message and audits the failure', async () => {
    const user = await ctx.createStaff(['case_manager']);
    const client = ctx.client();
    client.language = 'hy';
    const res = await client.post('/api/auth/sign-in', { email: user.email, password: 'not the password' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'invalid_credentials', title: 'Սխալ էլ. փոստ կամ գաղտնաբառ' });
    expect(client.cookies.has('onedoor_session')).toBe(false);
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(['auth.sign_in_failed']));
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const res = await ctx.client().post('/api/auth/sign-in', { email: 'nobody@test.onedoor', password: 'whatever it is' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
  });

  it('locks the account after repeated failures, even for the right password, until the lockout ends', async () => {
    const user = await ctx.createStaff(['case_manager']);
    const client = ctx.client();
    for (let i = 0; i < ctx.config.signIn.maxFailures; i++) {
      expect((await client.post('/api/auth/sign-in', { email: user.email, password: `wrong ${i}` })).statusCode).toBe(401);
    }
    const locked = await client.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('account_locked');
    ctx.clock.advance(minutes(ctx.config.signIn.lockoutMinutes) + 1000);
    expect((await client.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('rejects a change without the CSRF token', async () => {
    const user = await ctx.createStaff(['case_manager']);
    const client = ctx.client();
    await client.csrf();
    const res = await client.request('POST', '/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_invalid');
    const forged = await client.request('POST', '/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD }, 'forged-token');
    expect(forged.statusCode).toBe(403);
  });

  it('ends a session after the idle timeout', async () => {
    const client = await ctx.signedIn(['analyst']);
    ctx.clock.advance(minutes(ctx.config.session.idleMinutes - 1));
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    ctx.clock.advance(minutes(ctx.config.session.idleMinutes) + 1000);
    const res = await client.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it('ends a session at its absolute lifetime even when active', async () => {
    const client = await ctx.signedIn(['analyst']);
    for (let elapsed = 0; elapsed < ctx.config.session.maxHours * 60; elapsed += 20) {
      ctx.clock.advance(minutes(20));
      if ((await client.get('/api/auth/me')).statusCode !== 200) break;
    }
    ctx.clock.advance(hours(1));
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('signs out and the old cookie no longer works', async () => {
    const client = await ctx.signedIn(['analyst']);
    const cookie = client.cookies.get('onedoor_session')!;
    expect((await client.post('/api/auth/sign-out')).statusCode).toBe(204);
    client.cookies.set('onedoor_session', cookie);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 once a client exceeds the per-minute limit', async () => {
    const limited = await createTestApp({ SIGN_IN_RATE_LIMIT: '3' });
    try {
      const client = limited.client();
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await client.post('/api/auth/sign-in', { email: 'x@y.z', password: 'nope' })).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
