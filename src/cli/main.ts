#!/usr/bin/env -S npx tsx
/**
 * `onedoor` command line (npm run onedoor -- <command>). Uses the same configuration as
 * the server: DATABASE_URL, or the embedded database in ONEDOOR_DATA_DIR. Stop the server
 * first when using the embedded database: it allows one process at a time.
 */
import { Command, InvalidArgumentError } from 'commander';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';
import { isSeeded, seedDemo } from '../db/seed';
import { systemClock } from '../server/clock';
import { loadConfig } from '../server/config';
import { createAuditService } from '../modules/audit/service';

const config = loadConfig();

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: `${config.dataDir}/pglite` });
  try {
    await migrate(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

const integer = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number');
  return n;
};

const program = new Command('onedoor').description('OneDoor integrated case management: operations commands');

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(() =>
    withDatabase(async () => {
      console.log('Database is up to date.');
    }),
  );

program
  .command('seed')
  .description('load the synthetic demo (agencies, offices, staff, clients) into an empty database')
  .option('--clients <n>', 'number of synthetic clients', integer, 1000)
  .option('--seed <n>', 'random seed: the same seed gives the same data', integer, 1)
  .action((opts: { clients: number; seed: number }) =>
    withDatabase(async (database) => {
      if (await isSeeded(database.db)) {
        console.error('The database already has agencies; seeding only runs on an empty database.');
        process.exitCode = 1;
        return;
      }
      const logins = await seedDemo(database.db, { clients: opts.clients, seed: opts.seed });
      console.log(`Seeded ${opts.clients} clients. Demo sign-ins (password: ${logins[0]?.password}):`);
      for (const l of logins) console.log(`  ${l.email.padEnd(44)} ${l.roles.join(', ')}`);
    }),
  );

const audit = program.command('audit').description('audit trail');
audit
  .command('verify')
  .description('recompute the audit hash chain and report the first broken link')
  .action(() =>
    withDatabase(async (database) => {
      const service = createAuditService({ db: database.db, clock: systemClock });
      const result = await service.verifyChain();
      if (result.ok) {
        console.log(`Audit chain intact: ${result.checked} events verified.`);
      } else {
        console.error(
          `Audit chain BROKEN at event #${result.brokenAtSeq} (id ${result.brokenEventId}); ${result.checked} events before it verified.`,
        );
        process.exitCode = 2;
      }
    }),
  );

await program.parseAsync();
