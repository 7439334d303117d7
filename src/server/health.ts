/** Liveness (the process answers) and readiness (database reachable, schema current). */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Database } from '../db/database';
import { isUpToDate } from '../db/migrate';

export async function healthRoutes(app: FastifyInstance, opts: { database: Database }) {
  let migrationsCurrent = false;
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`SELECT 1`.execute(opts.database.db);
      // Once current, the schema stays current for the life of the process.
      migrationsCurrent ||= await isUpToDate(opts.database);
      if (!migrationsCurrent) return reply.status(503).send({ status: 'migrations_pending' });
      return { status: 'ready', database: opts.database.kind };
    } catch {
      return reply.status(503).send({ status: 'database_unreachable' });
    }
  });
}
