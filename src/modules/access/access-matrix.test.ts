/**
 * The access matrix: every API route that returns or changes a person's data, called by
 * every kind of viewer (role × agency relation × consent situation), must answer the
 * expected status and never show a planted value of a category or record the viewer may
 * not see — not in a field, a list, a count or an error. A new API route fails the first
 * test until it is given a matrix entry or listed as free of person data.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text';
import { createTestApp, type TestClient, type TestContext } from '../../test/test-app';
import { MATRIX, NO_PERSON_DATA, type MatrixEntry, type Probe } from './access-matrix.routes';
import { seedScenario, sees, seesRecord, SENTINELS, VIEWERS, type Scenario, type ViewerSpec } from './access-matrix.scenario';
import { ALL_CATEGORIES } from './data-categories';
import type { ApiRoute } from './route-guard';

let ctx: TestContext;
let s: Scenario;
beforeAll(async () => {
  ctx = await createTestApp();
  s = await seedScenario(ctx);
});
afterAll(() => ctx.close());

/** Routes neither in the matrix nor listed as free of person data, and contradictions. */
function unclassified(routes: readonly ApiRoute[]): string[] {
  const covered = new Set(MATRIX.map((e) => e.route));
  const problems: string[] = [];
  for (const r of routes) {
    const key = `${r.method} ${r.url}`;
    if (!covered.has(key) && !(key in NO_PERSON_DATA)) problems.push(`${key}: no access matrix entry`);
    if (r.personData && key in NO_PERSON_DATA) problems.push(`${key}: declares person data but is listed as free of it`);
  }
  return problems;
}

/** Fails with every problem spelled out (vitest truncates long values in its own message). */
function none(problems: string[], what: string) {
  if (problems.length) throw new Error(`${what}:\n  ${problems.join('\n  ')}`);
}

describe('every API route is classified', () => {
  it('has a matrix entry or is listed as free of person data', () => {
    none(unclassified(ctx.app.apiRoutes), 'Add an entry to MATRIX (access-matrix.routes.ts), or list the route in NO_PERSON_DATA');
    const registered = new Set(ctx.app.apiRoutes.map((r) => `${r.method} ${r.url}`));
    none([...MATRIX.map((e) => e.route), ...Object.keys(NO_PERSON_DATA)].filter((k) => !registered.has(k)), 'Entries for routes that no longer exist');
  });

  it('fails for a new person-data route nobody classified', () => {
    const added: ApiRoute = { method: 'GET', url: '/api/people/:id/secrets', access: { permission: 'person.read' }, personData: true };
    expect(unclassified([...ctx.app.apiRoutes, added])).toEqual([...unclassified(ctx.app.apiRoutes), 'GET /api/people/:id/secrets: no access matrix entry']);
  });
});

const call = async (client: TestClient, probe: Probe) =>
  client.request(probe.method, probe.url(s), probe.body?.(s), probe.method === 'GET' ? undefined : await client.csrf());

/**
 * The response as text: a PDF also as the text a reader gets out of it (its streams are
 * compressed; an uploaded file that is not a whole PDF is matched as it is), a problem
 * document without its `instance` (it echoes the request path).
 */
async function text(res: LightMyRequestResponse): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('application/pdf')) return res.body.trimEnd().endsWith('%%EOF') ? `${res.body}\n${await pdfText(res.rawPayload)}` : res.body;
  if (!type.includes('problem+json')) return res.body;
  const { instance: _instance, ...problem } = res.json<Record<string, unknown>>();
  return JSON.stringify(problem);
}

/** Planted values in the response (as text) that this viewer may not see, and expected ones missing. */
function findings(res: LightMyRequestResponse, body: string, v: ViewerSpec, probe: Probe): string[] {
  const visible = probe.visible ? probe.visible(v) : sees(v, probe.purpose);
  const out: string[] = [];
  for (const c of ALL_CATEGORIES) {
    const present = SENTINELS[c].filter((x) => body.includes(x));
    if (!visible.has(c) && present.length) out.push(`LEAK ${c}: ${present.join(', ')}`);
    else if (res.statusCode < 300 && visible.has(c) && probe.shows?.includes(c) && !present.length) out.push(`missing ${c}`);
  }
  for (const [key, marks] of s.records) {
    const whole = seesRecord(v, key, probe.purpose) || (res.statusCode < 300 && !!probe.publicRecords?.includes(key));
    const content = marks.content.filter((x) => body.includes(x));
    const refs = marks.refs.filter((x) => body.includes(x));
    if (!whole && content.length) out.push(`LEAK record ${key}: ${content.join(', ')}`);
    if (!whole && !probe.refsVisible && refs.length) out.push(`LEAK reference to record ${key}: ${refs.join(', ')}`);
    if (res.statusCode < 300 && whole && probe.showsRecords?.includes(key) && !content.length && !refs.length) out.push(`missing record ${key}`);
  }
  return out;
}

const ordered: MatrixEntry[] = [...MATRIX.filter((e) => !e.mutates), ...MATRIX.filter((e) => e.mutates)];

describe.each(ordered.map((e) => [e.route, e] as const))('%s', (_route, entry) => {
  describe.each(entry.probes.map((p) => [p.name, p] as const))('%s', (_name, probe) => {
    it('refuses a signed-out caller (401) and shows nothing', async () => {
      const res = await call(ctx.client(), probe);
      expect(res.statusCode).toBe(401);
      none(findings(res, await text(res), { key: 'anonymous', agency: 'other', roles: [] }, probe), 'signed out');
    });
    it.each(VIEWERS.map((v) => [v.key, v] as const))('%s', async (_key, v) => {
      const res = await call(s.clients.get(v.key)!, probe);
      const expected = v.roles.some((r) => entry.allowed.includes(r)) ? probe.status(v) : 403;
      expect(res.statusCode, res.body.slice(0, 500)).toBe(expected);
      const body = await text(res);
      none(findings(res, body, v, probe), `${probe.method} ${probe.url(s)} as ${v.key}`);
      if (res.statusCode < 300) probe.check?.(res.headers['content-type']?.toString().includes('json') ? res.json() : body, v, s);
    });
  });
});

describe('audit trail', () => {
  it('never stores a planted value: events name categories and ids, not content', async () => {
    const rows = await ctx.db.selectFrom('audit_event').select(['action', 'details', 'actor_label']).execute();
    const all = JSON.stringify(rows);
    const planted = [...Object.values(SENTINELS).flat(), ...[...s.records.values()].flatMap((m) => m.content)];
    expect(planted.filter((x) => all.includes(x))).toEqual([]);
  });
});
