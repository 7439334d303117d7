/**
 * The real app on a fresh test database with a manual clock, plus a small client that
 * keeps cookies and sends the CSRF token like the web app does.
 */
import type { LightMyRequestResponse } from 'fastify';
import { createApp, type App } from '../server/app';
import { ManualClock } from '../server/clock';
import { loadConfig, type Config } from '../server/config';
import { createServices, type Services } from '../server/services';
import type { MailTransport } from '../server/mail';
import type { Role } from '../modules/access/roles';
import { createTestDatabase, type TestDatabase } from './test-database';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestContext {
  app: App;
  services: Services;
  clock: ManualClock;
  config: Config;
  db: TestDatabase['database']['db'];
  client(): TestClient;
  /** Creates an agency with one office and a user with these roles. */
  createStaff(roles: Role[], email?: string): Promise<{ id: string; email: string; agencyId: string; officeId: string }>;
  /** A client already signed in as a new user with these roles. */
  signedIn(roles: Role[]): Promise<TestClient & { userId: string }>;
  /** A fresh set of services over the same database, as a restarted process would build (durable jobs). */
  restartedServices(): Services;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}, opts: { mail?: MailTransport } = {}): Promise<TestContext> {
  const testDb = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    ONEDOOR_SESSION_SECRET: 'test-session-secret-that-is-long-enough-1234',
    ONEDOOR_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    ONEDOOR_SEED_DEMO: 'false',
    SIGN_IN_RATE_LIMIT: '1000',
    ...env,
  });
  const clock = new ManualClock(new Date());
  const db = testDb.database.db;
  const services = createServices({ db, clock, config, mail: opts.mail });
  const app = await createApp({ config, database: testDb.database, services, logger: false });
  const system = { label: 'test-fixture' };
  let counter = 0;
  await db
    .insertInto('municipality')
    .values({ code: 'AM-ER-YEREVAN', name_en: 'Yerevan', name_ru: 'Ереван', name_hy: 'Երևան', region: 'Yerevan' })
    .execute();

  async function createStaff(roles: Role[], email?: string) {
    counter += 1;
    const agency = await services.admin.createAgency(system, { name: `Agency ${counter}`, type: 'employment_service' });
    const office = await services.admin.createOffice(system, {
      agencyId: agency.id,
      name: `Office ${counter}`,
      municipalityCode: 'AM-ER-YEREVAN',
      address: null,
      phone: null,
    });
    const user = await services.admin.createUser(system, {
      email: email ?? `user${counter}@test.onedoor`,
      password: TEST_PASSWORD,
      displayName: `Test User ${counter}`,
      agencyId: agency.id,
      officeId: office.id,
      roles,
      preferredLanguage: 'en',
    });
    return { id: user.id, email: user.email, agencyId: agency.id, officeId: office.id };
  }

  return {
    app,
    services,
    clock,
    config,
    db,
    client: () => new TestClient(app),
    createStaff,
    async signedIn(roles) {
      const user = await createStaff(roles);
      const client = new TestClient(app);
      const res = await client.post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
      if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
      return Object.assign(client, { userId: user.id });
    },
    restartedServices: () => createServices({ db, clock, config, mail: opts.mail }),
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}

export class TestClient {
  readonly cookies = new Map<string, string>();
  private csrfToken?: string;
  language = 'en';

  constructor(private readonly app: App) {}

  async csrf(): Promise<string> {
    if (!this.csrfToken) this.csrfToken = (await this.get('/api/auth/csrf')).json<{ token: string }>().token;
    return this.csrfToken;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  async post(url: string, body?: unknown) {
    return this.request('POST', url, body, await this.csrf());
  }
  async put(url: string, body?: unknown) {
    return this.request('PUT', url, body, await this.csrf());
  }

  async request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, csrfToken?: string): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { 'accept-language': this.language };
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const cleared = c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (cleared) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }
}
