/** Who may call each case, consent and break-glass route: a table of role → expected status. */
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
const ID = '00000000-0000-4000-8000-000000000001';

const routes: { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown; allowed: Role[] }[] = [
  { method: 'POST', url: '/api/cases', body: { personId: ID }, allowed: CLIENT_WORK },
  { method: 'GET', url: '/api/cases', allowed: READERS },
  { method: 'GET', url: `/api/cases/${ID}`, allowed: READERS },
  { method: 'GET', url: `/api/people/${ID}/cases`, allowed: READERS },
  { method: 'GET', url: `/api/cases/${ID}/timeline`, allowed: READERS },
  { method: 'POST', url: `/api/cases/${ID}/partners`, body: { agencyId: ID }, allowed: CLIENT_WORK },
  { method: 'POST', url: `/api/cases/${ID}/partners/${ID}/leave`, allowed: CLIENT_WORK },
  { method: 'PUT', url: `/api/cases/${ID}/status`, body: { status: 'closed', reason: 'x', version: 1 }, allowed: CLIENT_WORK },
  { method: 'PUT', url: `/api/cases/${ID}/case-manager`, body: { caseManagerId: ID, version: 1 }, allowed: CLIENT_WORK },
  { method: 'POST', url: `/api/people/${ID}/consents`, body: {}, allowed: CLIENT_WORK },
  { method: 'GET', url: `/api/people/${ID}/consents`, allowed: READERS },
  { method: 'POST', url: `/api/consents/${ID}/withdraw`, body: { version: 1 }, allowed: CLIENT_WORK },
  { method: 'GET', url: `/api/consents/${ID}/evidence`, allowed: READERS },
  { method: 'GET', url: `/api/consents/${ID}/receipt`, allowed: READERS },
  { method: 'POST', url: `/api/people/${ID}/legal-bases`, body: {}, allowed: CLIENT_WORK },
  { method: 'GET', url: `/api/people/${ID}/legal-bases`, allowed: READERS },
  { method: 'POST', url: `/api/legal-bases/${ID}/revoke`, body: { version: 1 }, allowed: CLIENT_WORK },
  { method: 'POST', url: `/api/people/${ID}/break-glass`, body: { reason: 'x' }, allowed: CLIENT_WORK },
  { method: 'GET', url: '/api/break-glass', allowed: ['data_protection_officer'] },
  { method: 'POST', url: `/api/break-glass/${ID}/review`, body: {}, allowed: ['data_protection_officer'] },
];

describe.each(routes)('$method $url', ({ method, url, body, allowed }) => {
  it('refuses anonymous callers with 401', async () => {
    const client = ctx.client();
    const res = await client.request(method, url, body, method === 'GET' ? undefined : await client.csrf());
    expect(res.statusCode).toBe(401);
  });
  it.each(ALL)('role %s', async (role) => {
    const client = await ctx.signedIn([role]);
    const res = await client.request(method, url, body, method === 'GET' ? undefined : await client.csrf());
    if (allowed.includes(role)) expect(res.statusCode).not.toBe(403);
    else expect(res.statusCode).toBe(403);
  });
});
