/** Who may call each administration route: a table of role → expected status. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../access/roles';
import { createTestApp, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const ALL: Role[] = ['case_manager', 'specialist', 'supervisor', 'partnership_coordinator', 'analyst', 'administrator', 'data_protection_officer'];

const routes: { method: 'GET' | 'POST'; url: string; body?: unknown; allowed: Role[] }[] = [
  { method: 'GET', url: '/api/admin/agencies', allowed: ALL },
  { method: 'GET', url: '/api/admin/offices', allowed: ALL },
  { method: 'GET', url: '/api/admin/municipalities', allowed: ALL },
  { method: 'POST', url: '/api/admin/agencies', body: { name: 'X', type: 'ngo' }, allowed: ['administrator'] },
  { method: 'GET', url: '/api/admin/users', allowed: ['supervisor', 'administrator', 'data_protection_officer'] },
  { method: 'POST', url: '/api/admin/users', body: {}, allowed: ['administrator'] },
  { method: 'GET', url: '/api/audit/events', allowed: ['data_protection_officer'] },
  { method: 'POST', url: '/api/audit/verify', allowed: ['administrator', 'data_protection_officer'] },
];

describe.each(routes)('$method $url', ({ method, url, body, allowed }) => {
  it('refuses anonymous callers with 401', async () => {
    const client = ctx.client();
    const res = method === 'GET' ? await client.get(url) : await client.post(url, body);
    expect(res.statusCode).toBe(401);
  });

  it.each(ALL)('role %s', async (role) => {
    const client = await ctx.signedIn([role]);
    const res = method === 'GET' ? await client.get(url) : await client.post(url, body);
    if (allowed.includes(role)) expect(res.statusCode).not.toBe(403);
    else expect(res.statusCode).toBe(403);
  });
});
