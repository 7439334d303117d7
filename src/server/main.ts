/**
 * `npm start`: migrate, seed the demo once, serve the API and the web app, shut down
 * cleanly on SIGINT/SIGTERM (in-flight requests finish, the database closes).
 */
import closeWithGrace from 'close-with-grace';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { DEMO_PASSWORD, isSeeded, seedDemo, type DemoLogin } from '../db/seed';
import { seedDemoActivity } from '../db/seed/activity';
import { trainDemoModelIfNone } from '../modules/profiling/startup';
import { createApp } from './app';
import { systemClock } from './clock';
import { loadConfig } from './config';
import { createServices } from './services';

const config = loadConfig();
const database = await openDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { dataDir: `${config.dataDir}/pglite` },
);
const applied = await migrate(database);
// Jobs log through the app's logger (declared below; only used once jobs run).
const services = createServices({ db: database.db, clock: systemClock, config, log: { warn: (o, m) => app.log.warn(o, m) } });
const app = await createApp({ config, database, services });
if (applied.length) app.log.info({ applied }, 'migrations applied');

let logins: DemoLogin[] = [];
if (config.seedDemo && !(await isSeeded(database.db))) {
  app.log.info({ clients: config.seedClients }, 'seeding synthetic demo data (first start only)');
  logins = await seedDemo(database.db, { clients: config.seedClients, encryptor: services.encryptor });
  // The last weeks' referrals and notification duties between the agencies, played through the services.
  const started = Date.now();
  const activity = await seedDemoActivity({ db: database.db, config, now: systemClock.now() });
  app.log.info({ referrals: activity.referrals, chains: activity.chains, byStatus: activity.byStatus, duties: activity.duties, refused: activity.refused.length, ms: Date.now() - started }, 'demo referral activity seeded');
}
// The demo's statistical profiling needs a trained model (a second or so on the demo history).
if (config.seedDemo) await trainDemoModelIfNone({ db: database.db, clock: systemClock, audit: services.audit }, app.log);

const purge = setInterval(() => void services.auth.purgeExpiredSessions().catch(() => undefined), 15 * 60_000);
purge.unref();
// Deadlines, reminders and overdue flags: due jobs run every few seconds, surviving restarts.
const stopJobs = services.jobs.start();

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  clearInterval(purge);
  stopJobs();
  await app.close();
  await database.close();
});

await app.listen({ port: config.port, host: config.host });
printWelcome(logins);

function printWelcome(demo: DemoLogin[]) {
  const lines = [
    '',
    `  OneDoor is running at ${config.publicUrl}  (database: ${database.kind === 'pglite' ? `embedded, ${config.dataDir}/pglite` : 'PostgreSQL'})`,
    `  API documentation: ${config.publicUrl}/api/docs`,
  ];
  if (demo.length) {
    lines.push('', '  Demo sign-ins (synthetic data; every account shares the password below):');
    for (const l of demo) lines.push(`    ${l.email.padEnd(44)} ${l.roles.join(', ')}`);
    lines.push(`  Password: ${demo[0]!.password}`);
  } else if (config.seedDemo) {
    lines.push('', `  Demo data were seeded on first start: sign in as admin@onedoor.test, password ${DEMO_PASSWORD}.`);
  }
  console.log(lines.join('\n') + '\n');
}
