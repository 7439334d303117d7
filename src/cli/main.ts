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
import { seedDemoActivity } from '../db/seed/activity';
import { systemClock } from '../server/clock';
import { loadConfig } from '../server/config';
import { createEncryptor } from '../server/crypto';
import { rotateKeys, sealedByKey } from '../server/key-rotation';
import { createAuditService } from '../modules/audit/service';
import { jobCommands } from './jobs';
import { profilingCommands } from './profiling';

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
      // The demo's notes are sealed with the configured key, as the app would.
      const encryptor = createEncryptor(config.encryptionKey, config.retiredEncryptionKeys);
      const logins = await seedDemo(database.db, { clients: opts.clients, seed: opts.seed, encryptor });
      // The last weeks' referrals and notification duties, played through the services as on `npm start`.
      const activity = await seedDemoActivity({ db: database.db, config, seed: opts.seed });
      console.log(`Seeded ${opts.clients} clients, ${activity.referrals} referrals in ${activity.chains} chains. Demo sign-ins (password: ${logins[0]?.password}):`);
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

const keys = program.command('keys').description('encryption keys (ONEDOOR_ENCRYPTION_KEY, ONEDOOR_ENCRYPTION_KEYS_RETIRED)');
keys
  .command('status')
  .description('count the encrypted values sealed with each key')
  .action(() =>
    withDatabase(async (database) => {
      const current = createEncryptor(config.encryptionKey).currentKeyId;
      const rows = await sealedByKey(database.db);
      console.log(`Current key: ${current}`);
      for (const r of rows) console.log(`  ${r.label.padEnd(30)} key ${r.keyId}${r.keyId === current ? ' (current)' : ''}: ${r.values}`);
      const stale = rows.filter((r) => r.keyId !== current).reduce((n, r) => n + r.values, 0);
      console.log(stale ? `${stale} values still use an older key: run \`keys rotate\`.` : 'Everything is sealed with the current key.');
    }),
  );
keys
  .command('rotate')
  .description('re-encrypt, with the current key, every value still sealed with a retired key (in batches, each in a transaction)')
  .option('--batch-size <n>', 'rows per transaction', integer, 500)
  .action((opts: { batchSize: number }) =>
    withDatabase(async (database) => {
      const encryptor = createEncryptor(config.encryptionKey, config.retiredEncryptionKeys);
      const audit = createAuditService({ db: database.db, clock: systemClock });
      const results = await rotateKeys({ db: database.db, encryptor, audit, batchSize: Math.max(1, opts.batchSize) });
      for (const r of results) console.log(`  ${r.label.padEnd(30)} re-encrypted ${r.reencrypted}${r.unreadable ? `, UNREADABLE ${r.unreadable}` : ''}`);
      if (results.some((r) => r.unreadable > 0)) {
        console.error('Some values open with no configured key: add the key they were sealed with to ONEDOOR_ENCRYPTION_KEYS_RETIRED and run again.');
        process.exitCode = 2;
      } else {
        console.log(`Everything is sealed with key ${encryptor.currentKeyId}; the retired keys can be removed from the configuration.`);
      }
    }),
  );

profilingCommands(program, withDatabase);
jobCommands(program, withDatabase, config);

await program.parseAsync();
