/** Multi-row inserts in chunks: one round trip per chunk, well under Postgres' 65,535 parameters. */
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../types';

const BATCH_ROWS = 500;

export async function insertAll<T extends keyof DB & string>(db: Kysely<DB>, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    // Kysely cannot relate a generic table name to its row type; the signature above does.
    await db.insertInto(table).values(rows.slice(i, i + BATCH_ROWS) as never).execute();
  }
}
