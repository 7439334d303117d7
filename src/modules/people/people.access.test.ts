/** Who may call each people route at all: a table of role → refused (403) or not. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../access/roles';
import { createTestApp, type TestContext } from '../../test/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const ALL: Role[] = ['case_manager', 'specialist', 'supervisor', 'partnership_coordinator', 'analyst', 'administrator', 'data_protection_officer'];
const CLIENT_WORK: Role[] = ['case_manager', 'specialist', 'supervisor'];
const READERS: Role[] = [...CLIENT_WORK, 'partnership_coordinator'];
const id = '00000000-0000-4000-8000-000000000001';

const routes: { method: 'GET' | 'POST' | 'PUT'; url: string; allowed: Role[] }[] = [
  { method: 'GET', url: '/api/people/search?familyName=Petrosyan', allowed: CLIENT_WORK },
  { method: 'POST', url: '/api/people', allowed: CLIENT_WORK },
  { method: 'GET', url: `/api/people/${id}`, allowed: READERS },
  { method: 'PUT', url: `/api/people/${id}`, allowed: CLIENT_WORK },
  { method: 'GET', url: `/api/people/${id}/history`, allowed: READERS },
  { method: 'GET', url: `/api/people/${id}/household-history`, allowed: READERS },
  { method: 'POST', url: `/api/people/${id}/documents`, allowed: CLIENT_WORK },
  { method: 'PUT', url: `/api/people/${id}/documents/${id}`, allowed: CLIENT_WORK },
  { method: 'POST', url: '/api/households', allowed: CLIENT_WORK },
  { method: 'POST', url: `/api/households/${id}/members`, allowed: CLIENT_WORK },
  { method: 'POST', url: `/api/people/${id}/links`, allowed: CLIENT_WORK },
  { method: 'POST', url: `/api/person-links/${id}/decide`, allowed: CLIENT_WORK },
];

describe.each(routes)('$method $url', ({ method, url, allowed }) => {
  const call = async (client: ReturnType<TestContext['client']>) =>
    method === 'GET' ? client.get(url) : method === 'POST' ? client.post(url, {}) : client.put(url, {});
  it('refuses anonymous callers with 401', async () => {
    expect((await call(ctx.client())).statusCode).toBe(401);
  });
  it.each(ALL)('role %s', async (role) => {
    const res = await call(await ctx.signedIn([role]));
    if (allowed.includes(role)) expect(res.statusCode).not.toBe(403);
    else expect(res.statusCode).toBe(403);
  });
});
