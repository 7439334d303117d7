/**
 * How fast the real server answers its readiness probe and signs staff in, on the local
 * PostgreSQL server, each compared with the least the work could cost:
 *  - GET /readyz runs SELECT 1 → baseline: raw `pg` Pool (20 clients) running SELECT 1;
 *  - POST /api/auth/sign-in is dominated by one argon2id verification → baseline: the
 *    same verification in a closed loop at the same concurrency (4).
 * The load generator shares the machine with the server: ratios are what to compare.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { DEMO_PASSWORD, seedDemo, type DemoLogin } from '../src/db/seed';
import { hashPassword, verifyPassword } from '../src/modules/auth/password';
import { createFreshDatabase } from './lib/postgres';
import { closedLoop, printComparisons, printLatencies, type Figures } from './lib/measure';
import { startServer, type RunningServer } from './lib/server';

const SECONDS = 5;
const CLIENTS = 50;

/** Successful requests per second and latency; failures are reported, not counted. */
function figuresOf(name: string, result: autocannon.Result): Figures {
  if (result.non2xx > 0 || result.errors > 0) {
    console.warn(`! ${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`, result.statusCodeStats ?? '');
  }
  return { perSecond: result['2xx'] / result.duration, p50Ms: result.latency.p50, p97_5Ms: result.latency.p97_5, count: result['2xx'] };
}

async function seedFresh(url: string): Promise<DemoLogin[]> {
  const database = await openDatabase({ url });
  try {
    await migrate(database);
    return await seedDemo(database.db, { clients: CLIENTS });
  } finally {
    await database.close();
  }
}

/** A CSRF token and its cookie, then the sign-in request autocannon repeats. */
async function signInRequest(baseUrl: string, login: DemoLogin) {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!response.ok) throw new Error(`GET /api/auth/csrf answered ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const headers = { 'content-type': 'application/json', 'x-csrf-token': token, cookie };
  const body = JSON.stringify({ email: login.email, password: login.password });
  // One sign-in by hand first: if it fails, the load figures would measure the failure.
  const probe = await fetch(`${baseUrl}/api/auth/sign-in`, { method: 'POST', headers, body });
  if (!probe.ok) throw new Error(`POST /api/auth/sign-in answered ${probe.status}: ${await probe.text()}`);
  return { headers, body };
}

const fresh = await createFreshDatabase();
const dataDir = await mkdtemp(join(tmpdir(), 'onedoor-bench-'));
let server: RunningServer | undefined;
try {
  console.log(`PostgreSQL ${fresh.serverVersion}, database ${fresh.name}, ${CLIENTS} demo clients, ${SECONDS} s per figure\n`);
  const logins = await seedFresh(fresh.url);
  server = await startServer({
    DATABASE_URL: fresh.url,
    ONEDOOR_DATA_DIR: dataDir,
    ONEDOOR_SEED_CLIENTS: String(CLIENTS),
    SIGN_IN_RATE_LIMIT: '100000',
    LOG_LEVEL: 'warn',
  });

  const pool = new pg.Pool({ connectionString: fresh.url, max: 20 });
  const select1 = await closedLoop(20, SECONDS, () => pool.query('SELECT 1'));
  await pool.end();
  const readyz = figuresOf('readyz', await autocannon({ url: `${server.baseUrl}/readyz`, connections: 20, duration: SECONDS }));

  const login = logins.find((l) => l.roles.includes('case_manager')) ?? logins[0]!;
  const { headers, body } = await signInRequest(server.baseUrl, login);
  const signIn = figuresOf(
    'sign-in',
    await autocannon({ url: `${server.baseUrl}/api/auth/sign-in`, method: 'POST', headers, body, connections: 4, duration: SECONDS }),
  );
  const hash = await hashPassword(DEMO_PASSWORD);
  const argon2 = await closedLoop(4, SECONDS, () => verifyPassword(hash, DEMO_PASSWORD));

  printComparisons([
    { figure: 'readyz req/s vs raw SELECT 1 q/s (20 conns)', value: readyz.perSecond, baseline: select1.perSecond },
    { figure: 'sign-in req/s vs argon2id verify/s (4 conns)', value: signIn.perSecond, baseline: argon2.perSecond },
  ]);
  console.log();
  printLatencies([
    { name: 'GET /readyz', figures: readyz },
    { name: 'raw SELECT 1', figures: select1 },
    { name: 'POST /api/auth/sign-in', figures: signIn },
    { name: 'argon2id verify', figures: argon2 },
  ]);
} finally {
  await server?.stop();
  await fresh.drop();
  await rm(dataDir, { recursive: true, force: true });
}
