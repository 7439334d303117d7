import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('health', () => {
  it('reports liveness and readiness (database reachable, migrations applied)', async () => {
    expect((await ctx.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready' });
  });
});

describe('HTTP conventions', () => {
  it('sends security headers and a request id', async () => {
    const res = await ctx.app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-12345678' } });
    expect(res.headers['x-request-id']).toBe('trace-12345678');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('answers unknown API paths with a translated problem document', async () => {
    const res = await ctx.app.inject({ url: '/api/nowhere', headers: { 'accept-language': 'ru-RU,ru;q=0.9' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'not_found', title: 'Не найдено', instance: '/api/nowhere' });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const client = ctx.client();
    const token = await client.csrf();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('bad_request');
  });
});

describe('OpenAPI', () => {
  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await ctx.app.inject('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/auth/sign-in'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('email');
    expect(doc.paths['/api/admin/offices/{id}'].put).toBeDefined();
    expect((await ctx.app.inject('/api/docs')).statusCode).toBeLessThan(400);
  });
});

describe('deny by default', () => {
  it('refuses to start when an API route declares no access rule', async () => {
    const { default: Fastify } = await import('fastify');
    const { routeGuard } = await import('../modules/access/route-guard');
    const app = Fastify();
    await app.register(routeGuard);
    await app.ready();
    expect(() => app.get('/api/forgotten', async () => 'oops')).toThrow(/declares no access rule/);
  });
});
