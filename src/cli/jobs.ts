/**
 * `onedoor jobs …`: look at the durable background jobs (timers for deadlines, reminders,
 * overdue flags, e-mail) and run the due ones once — e.g. from cron when no server runs.
 */
import type { Command } from 'commander';
import type { Database } from '../db/database';
import { systemClock } from '../server/clock';
import type { Config } from '../server/config';
import { createServices } from '../server/services';

type WithDatabase = <T>(work: (database: Database) => Promise<T>) => Promise<T>;

export function jobCommands(program: Command, withDatabase: WithDatabase, config: Config) {
  const jobs = program.command('jobs').description('durable background jobs: deadlines, reminders, overdue flags, e-mail');
  jobs
    .command('list')
    .description('jobs by kind and status, and when the next one is due')
    .action(() =>
      withDatabase(async (database) => {
        const services = createServices({ db: database.db, clock: systemClock, config });
        const rows = await services.jobs.summary();
        if (rows.length === 0) console.log('No jobs.');
        for (const r of rows) {
          const next = r.status === 'pending' && r.next_run_at ? `  next due ${new Date(r.next_run_at).toISOString()}` : '';
          console.log(`${r.kind.padEnd(32)} ${r.status.padEnd(10)} ${String(r.count).padStart(7)}${next}`);
        }
      }),
    );
  jobs
    .command('run')
    .description('run every job that is due now, once, and report how many ran')
    .action(() =>
      withDatabase(async (database) => {
        // Building the services registers every module's job handlers.
        const services = createServices({
          db: database.db, clock: systemClock, config, log: { warn: (o, m) => console.error(m, JSON.stringify(o)) },
        });
        console.log(`${await services.jobs.runDue()} jobs ran.`);
      }),
    );
}
