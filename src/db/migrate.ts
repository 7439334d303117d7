/**
 * Forward-only migrations: numbered SQL files in ./migrations, applied in order, each in
 * its own transaction together with its row in schema_migration. An applied file must
 * never change; its checksum is compared on every start.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface MigrationFile {
  version: number;
  name: string;
  script: string;
  checksum: string;
}

export async function listMigrations(): Promise<MigrationFile[]> {
  const names = (await readdir(migrationsDir)).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  return Promise.all(
    names.map(async (name) => {
      const script = await readFile(migrationsDir + name, 'utf8');
      return {
        version: Number(name.slice(0, 4)),
        name,
        script,
        checksum: createHash('sha256').update(script).digest('hex'),
      };
    }),
  );
}

async function ensureMigrationTable(database: Database): Promise<void> {
  await database.runScript(`
    CREATE TABLE IF NOT EXISTS schema_migration (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    );
    COMMENT ON TABLE schema_migration IS 'Applied database migrations (forward-only); checksum guards against edited files.';`);
}

export async function appliedMigrations(database: Database) {
  return database.db.selectFrom('schema_migration').selectAll().orderBy('version').execute();
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(database: Database): Promise<string[]> {
  await ensureMigrationTable(database);
  const files = await listMigrations();
  const applied = new Map((await appliedMigrations(database)).map((m) => [m.version, m]));
  const done: string[] = [];
  for (const file of files) {
    const existing = applied.get(file.version);
    if (existing) {
      if (existing.checksum !== file.checksum) {
        throw new Error(`Migration ${file.name} was changed after it was applied; add a new migration instead.`);
      }
      continue;
    }
    // The schema_migration row goes first: a second process migrating at the same moment
    // blocks on it and then fails on the primary key instead of applying the file twice.
    // File names and checksums are matched by the regex above and are hex: safe to inline.
    const insert = `INSERT INTO schema_migration (version, name, checksum) VALUES (${file.version}, '${file.name}', '${file.checksum}')`;
    try {
      await database.runScript(`BEGIN;\n${insert};\n${file.script}\n;COMMIT;`);
    } catch (error) {
      await database.runScript('ROLLBACK;').catch(() => undefined);
      throw new Error(`Migration ${file.name} failed: ${(error as Error).message}`, { cause: error });
    }
    done.push(file.name);
  }
  return done;
}

/** True when every migration file is applied (used by /readyz). */
export async function isUpToDate(database: Database): Promise<boolean> {
  const files = await listMigrations();
  const applied = await appliedMigrations(database);
  return files.every((f) => applied.some((a) => a.version === f.version && a.checksum === f.checksum));
}
