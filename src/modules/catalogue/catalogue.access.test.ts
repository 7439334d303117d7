/** Who may call each catalogue route: everyone signed in reads, coordinators and administrators keep it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../access/roles';
import { createTestApp, type TestClient, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const ALL: Role[] = ['case_manager', 'specialist', 'supervisor', 'partnership_coordinator', 'analyst', 'administrator', 'data_protection_officer'];
const KEEPERS: Role[] = ['partnership_coordinator', 'administrator'];
const NONE = '00000000-0000-4000-8000-000000000000';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const routes: { method: Method; url: string; body?: unknown; allowed: Role[] }[] = [
  { method: 'GET', url: '/api/catalogue/services', allowed: ALL },
  { method: 'GET', url: `/api/catalogue/services/${NONE}`, allowed: ALL },
  { method: 'GET', url: '/api/catalogue/locations', allowed: ALL },
  { method: 'GET', url: `/api/catalogue/locations/${NONE}`, allowed: ALL },
  { method: 'GET', url: '/api/catalogue/hsds', allowed: ALL },
  { method: 'POST', url: '/api/catalogue/services', body: {}, allowed: KEEPERS },
  { method: 'PUT', url: `/api/catalogue/services/${NONE}`, body: {}, allowed: KEEPERS },
  { method: 'DELETE', url: `/api/catalogue/services/${NONE}?version=1`, allowed: KEEPERS },
  { method: 'POST', url: '/api/catalogue/locations', body: {}, allowed: KEEPERS },
  { method: 'PUT', url: `/api/catalogue/locations/${NONE}`, body: {}, allowed: KEEPERS },
  { method: 'DELETE', url: `/api/catalogue/locations/${NONE}?version=1`, allowed: KEEPERS },
  { method: 'POST', url: '/api/catalogue/hsds', body: { contents: [] }, allowed: KEEPERS },
];

const call = async (client: TestClient, method: Method, url: string, body?: unknown) =>
  client.request(method, url, body, method === 'GET' ? undefined : await client.csrf());

describe.each(routes)('$method $url', ({ method, url, body, allowed }) => {
  it('refuses anonymous callers with 401', async () => {
    expect((await call(ctx.client(), method, url, body)).statusCode).toBe(401);
  });

  it.each(ALL)('role %s', async (role) => {
    const res = await call(await ctx.signedIn([role]), method, url, body);
    if (allowed.includes(role)) expect(res.statusCode).not.toBe(403);
    else expect(res.statusCode).toBe(403);
  });
});
