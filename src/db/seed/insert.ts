/**
 * Multi-row inserts in chunks as large as Postgres' 65,535 bind parameters allow: one
 * round trip per chunk, and on PGlite fewer, larger statements load the demo markedly
 * faster than chunks of a few hundred rows.
 */
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../types';

const MAX_PARAMETERS = 60_000;

export async function insertAll<T extends keyof DB & string>(db: Kysely<DB>, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  // Rows may leave optional columns out; the statement has a parameter for every column any row sets.
  const columns = new Set(rows.flatMap((row) => Object.keys(row))).size;
  const batch = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let i = 0; i < rows.length; i += batch) {
    // Kysely cannot relate a generic table name to its row type; the signature above does.
    await db.insertInto(table).values(rows.slice(i, i + batch) as never).execute();
  }
}
