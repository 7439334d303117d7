/**
 * Single sign-on against a real OpenID provider (oidc-provider) on a local port: the
 * browser is played by fetch with a cookie jar on the provider side and by the test
 * client (app.inject) on the OneDoor side.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient, type TestContext } from '../../test/test-app';

// oidc-provider ships no type declarations; only its constructor and callback are used.
interface OidcProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
}
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;

const PUBLIC_URL = 'http://localhost:3999';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;
const CLIENT = { client_id: 'onedoor', client_secret: 'a-client-secret-for-tests-only-0123456789' };

/** Claims the provider reports per account id; anything missing gets a verified default address. */
const accounts = new Map<string, { email?: string; email_verified?: boolean }>();

let idp: Server;
let issuer: string;
let ctx: TestContext;

beforeAll(async () => {
  idp = createServer();
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  // A non-literal specifier keeps tsc from looking for the missing declarations.
  const { default: Provider } = (await import('oidc-provider' as string)) as { default: ProviderClass };
  const provider = new Provider(issuer, {
    clients: [{ ...CLIENT, redirect_uris: [CALLBACK], grant_types: ['authorization_code'], response_types: ['code'] }],
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: () => ({ sub: id, email: `${id}@elsewhere.test`, email_verified: true, ...accounts.get(id) }),
    }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['provider-cookie-key-for-tests'] },
    // Explicit lifetimes (seconds) keep the provider from printing a notice for each default.
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });
  idp.on('request', provider.callback());
  ctx = await createTestApp({
    ONEDOOR_PUBLIC_URL: PUBLIC_URL,
    ONEDOOR_SECURE_COOKIES: 'false',
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT.client_id,
    OIDC_CLIENT_SECRET: CLIENT.client_secret,
    OIDC_ALLOW_INSECURE: 'true',
  });
});

afterAll(async () => {
  await ctx?.close();
  idp?.closeAllConnections();
  await new Promise((resolve) => idp?.close(resolve));
});

/** The user's browser at the provider: follows redirects by hand and keeps cookies. */
async function throughProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      body,
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, value] = pair!.split('=') as [string, string];
      if (value === '' || /max-age=0|expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name);
      else jar.set(name, value);
    }
    const location = res.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(CALLBACK)) return next;
      url = next.href;
      body = undefined;
      continue;
    }
    // devInteractions: a login form, then a consent form; both carry a hidden `prompt`.
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action) throw new Error(`unexpected provider page ${res.status}: ${html.slice(0, 300)}`);
    const hidden = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]);
    body = new URLSearchParams(hidden);
    if (body.get('prompt') === 'login') {
      body.set('login', login);
      body.set('password', 'any password: devInteractions accept everything');
    }
    url = new URL(action.replaceAll('&amp;', '&'), url).href;
  }
  throw new Error('too many steps at the provider');
}

/** Start at OneDoor, sign in at the provider, come back to the callback. */
async function ssoSignIn(client: TestClient, login: string, tamper?: (callback: URL) => void) {
  const start = await client.get('/api/auth/oidc/start');
  expect(start.statusCode).toBe(302);
  const callback = await throughProvider(start.headers.location as string, login);
  tamper?.(callback);
  return client.get(callback.pathname + callback.search);
}

const failuresFor = (label: string) =>
  ctx.db
    .selectFrom('audit_event')
    .select(['action', 'details'])
    .where('action', '=', 'auth.sign_in_failed')
    .where('actor_label', '=', label)
    .execute();

/** The reason audited for a refused callback, found by the response's request id. */
async function refusalReason(res: { headers: Record<string, unknown> }) {
  const event = await ctx.db
    .selectFrom('audit_event')
    .select(['action', 'details'])
    .where('request_id', '=', res.headers['x-request-id'] as string)
    .executeTakeFirstOrThrow();
  expect(event.action).toBe('auth.sign_in_failed');
  return event.details.reason;
}

const linkOf = (userId: string) =>
  ctx.db.selectFrom('staff_user').select(['oidc_issuer', 'oidc_subject']).where('id', '=', userId).executeTakeFirstOrThrow();

describe('OIDC single sign-on', () => {
  it('redirects to the provider with PKCE, state and nonce kept in a short-lived signed cookie', async () => {
    const res = await ctx.client().get('/api/auth/oidc/start');
    expect(res.statusCode).toBe(302);
    const to = new URL(res.headers.location as string);
    expect(to.origin).toBe(issuer);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      client_id: CLIENT.client_id,
      redirect_uri: CALLBACK,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    for (const p of ['state', 'nonce', 'code_challenge']) expect(to.searchParams.get(p)).toBeTruthy();
    const flow = res.cookies.find((c) => c.name === 'onedoor_oidc');
    expect(flow).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc', maxAge: 600 });
    expect(flow!.value).not.toContain(to.searchParams.get('code_challenge'));
  });

  it('links the staff member by verified e-mail on first sign-in and starts an oidc session', async () => {
    const user = await ctx.createStaff(['case_manager'], 'alice@agency.test');
    accounts.set('alice-at-idp', { email: 'Alice@Agency.test' });
    const client = ctx.client();
    const res = await ssoSignIn(client, 'alice-at-idp');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/');
    expect(res.cookies.find((c) => c.name === 'onedoor_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(client.cookies.has('onedoor_oidc')).toBe(false);
    const me = await client.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: user.id, email: 'alice@agency.test', authMethod: 'oidc' });
    expect(await linkOf(user.id)).toEqual({ oidc_issuer: issuer, oidc_subject: 'alice-at-idp' });
    const actions = await ctx.db.selectFrom('audit_event').select('action').where('subject_id', '=', user.id).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.oidc_linked', 'auth.sign_in']));
  });

  it('finds a linked staff member by subject even after the e-mail changes at the provider', async () => {
    const user = await ctx.createStaff(['analyst'], 'bob@agency.test');
    accounts.set('bob-at-idp', { email: 'bob@agency.test' });
    expect((await ssoSignIn(ctx.client(), 'bob-at-idp')).headers.location).toBe('/');
    accounts.set('bob-at-idp', { email: 'robert@elsewhere.test' });
    const client = ctx.client();
    expect((await ssoSignIn(client, 'bob-at-idp')).headers.location).toBe('/');
    expect((await client.get('/api/auth/me')).json()).toMatchObject({ id: user.id, authMethod: 'oidc' });
  });

  it('refuses an account with no staff member, audits it and starts no session', async () => {
    const client = ctx.client();
    const res = await ssoSignIn(client, 'stranger');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/sign-in?error=sso_failed');
    expect(client.cookies.has('onedoor_session')).toBe(false);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    expect(await failuresFor('stranger@elsewhere.test')).toEqual([
      { action: 'auth.sign_in_failed', details: { reason: 'unknown_user', method: 'oidc' } },
    ]);
  });

  it('does not link by an e-mail address the provider has not verified', async () => {
    const user = await ctx.createStaff(['case_manager'], 'carol@agency.test');
    accounts.set('carol-at-idp', { email: 'carol@agency.test', email_verified: false });
    const client = ctx.client();
    expect((await ssoSignIn(client, 'carol-at-idp')).headers.location).toBe('/sign-in?error=sso_failed');
    expect(client.cookies.has('onedoor_session')).toBe(false);
    expect(await linkOf(user.id)).toEqual({ oidc_issuer: null, oidc_subject: null });
    expect((await failuresFor('carol@agency.test'))[0]?.details).toMatchObject({ reason: 'email_not_verified' });
  });

  it('refuses a deactivated staff member', async () => {
    const user = await ctx.createStaff(['case_manager'], 'dave@agency.test');
    await ctx.db.updateTable('staff_user').set({ active: false }).where('id', '=', user.id).execute();
    accounts.set('dave-at-idp', { email: 'dave@agency.test' });
    const client = ctx.client();
    expect((await ssoSignIn(client, 'dave-at-idp')).headers.location).toBe('/sign-in?error=sso_failed');
    expect(client.cookies.has('onedoor_session')).toBe(false);
    const failed = await ctx.db.selectFrom('audit_event').select('details').where('subject_id', '=', user.id).where('action', '=', 'auth.sign_in_failed').execute();
    expect(failed.map((e) => e.details)).toEqual([{ reason: 'inactive', method: 'oidc' }]);
  });

  it('refuses a callback whose state was tampered with', async () => {
    await ctx.createStaff(['case_manager'], 'erin@agency.test');
    accounts.set('erin-at-idp', { email: 'erin@agency.test' });
    const client = ctx.client();
    const res = await ssoSignIn(client, 'erin-at-idp', (callback) => callback.searchParams.set('state', 'forged-state'));
    expect(res.headers.location).toBe('/sign-in?error=sso_failed');
    expect(await refusalReason(res)).toBe('invalid_response');
    expect(client.cookies.has('onedoor_session')).toBe(false);
  });

  it('refuses a callback from a browser that did not start the sign-in', async () => {
    await ctx.createStaff(['case_manager'], 'frank@agency.test');
    accounts.set('frank-at-idp', { email: 'frank@agency.test' });
    const start = await ctx.client().get('/api/auth/oidc/start');
    const callback = await throughProvider(start.headers.location as string, 'frank-at-idp');
    const other = ctx.client();
    const res = await other.get(callback.pathname + callback.search);
    expect(res.headers.location).toBe('/sign-in?error=sso_failed');
    expect(await refusalReason(res)).toBe('missing_flow_cookie');
    expect(other.cookies.has('onedoor_session')).toBe(false);
  });

  it('refuses a flow cookie whose signature does not match', async () => {
    const client = ctx.client();
    await client.get('/api/auth/oidc/start');
    // Swap the state for one an attacker chose, keeping nonce, verifier and the old signature.
    const parts = client.cookies.get('onedoor_oidc')!.split('.');
    expect(parts).toHaveLength(4);
    const [, nonce, verifier, signature] = parts;
    client.cookies.set('onedoor_oidc', `y.${nonce}.${verifier}.${signature}`);
    const res = await client.get('/api/auth/oidc/callback?code=x&state=y');
    expect(res.headers.location).toBe('/sign-in?error=sso_failed');
    expect(await refusalReason(res)).toBe('missing_flow_cookie');
  });
});

describe('OIDC not configured', () => {
  it('answers 404 sso_not_configured on both routes', async () => {
    const plain = await createTestApp();
    try {
      for (const path of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=x&state=y']) {
        const res = await plain.client().get(path);
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('sso_not_configured');
      }
    } finally {
      await plain.close();
    }
  });
});
