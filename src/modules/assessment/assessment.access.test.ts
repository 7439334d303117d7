/** Who may call each assessment, profiling and definition route: a table of role → expected status. */
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
const ADMIN: Role[] = ['administrator'];
const ID = '00000000-0000-4000-8000-000000000001';

const routes: { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown; allowed: Role[] }[] = [
  { method: 'POST', url: `/api/cases/${ID}/assessments`, allowed: CLIENT_WORK },
  { method: 'GET', url: `/api/cases/${ID}/assessments`, allowed: READERS },
  { method: 'GET', url: '/api/assessments/reassessments-due', allowed: CLIENT_WORK },
  { method: 'GET', url: `/api/assessments/${ID}`, allowed: READERS },
  { method: 'PUT', url: `/api/assessments/${ID}/answers/interview`, body: { answers: {}, version: 1 }, allowed: CLIENT_WORK },
  { method: 'GET', url: `/api/assessments/${ID}/comparison`, allowed: READERS },
  { method: 'POST', url: `/api/assessments/${ID}/finalise`, body: { version: 1 }, allowed: CLIENT_WORK },
  { method: 'PUT', url: `/api/assessments/${ID}/segment`, body: { segment: 'standard', version: 1 }, allowed: CLIENT_WORK },
  { method: 'GET', url: '/api/profiling/override-stats', allowed: ['supervisor', 'analyst', 'administrator'] },
  ...['/api/assessment-instruments', '/api/segment-rules'].flatMap((base) => [
    { method: 'GET' as const, url: base, allowed: ALL },
    { method: 'GET' as const, url: `${base}/current`, allowed: ALL },
    { method: 'GET' as const, url: `${base}/${ID}`, allowed: ALL },
    { method: 'POST' as const, url: base, body: { definition: {} }, allowed: ADMIN },
    { method: 'PUT' as const, url: `${base}/${ID}`, body: { definition: {}, version: 1 }, allowed: ADMIN },
    { method: 'POST' as const, url: `${base}/${ID}/publish`, body: { version: 1 }, allowed: ADMIN },
  ]),
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
