import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { isUpToDate, listMigrations, migrate } from './migrate';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

it('applies every migration once and is then up to date', async () => {
  const { database } = testDb;
  expect(await isUpToDate(database)).toBe(true);
  expect(await migrate(database)).toEqual([]);
  const applied = await database.db.selectFrom('schema_migration').select('name').orderBy('version').execute();
  expect(applied.map((m) => m.name)).toEqual((await listMigrations()).map((m) => m.name));
});

it('documents every table and column with a comment', async () => {
  const { rows } = await sql<{ table_name: string; column_name: string | null }>`
    SELECT c.relname AS table_name, a.attname AS column_name
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE c.relkind = 'r' AND c.relname <> 'schema_migration'
      AND col_description(c.oid, a.attnum) IS NULL
      AND a.attname <> 'id'
    ORDER BY 1, 2`.execute(testDb.database.db);
  expect(rows).toEqual([]);
});

it('gives every editable table version, created_at and updated_at', async () => {
  // Append-only logs and link rows that are only ever inserted or deleted.
  const appendOnly = ['audit_event', 'staff_session', 'schema_migration', 'municipality', 'person_revision', 'case_event', 'service_at_location', 'plan_action_progress'];
  const { rows } = await sql<{ table_name: string; missing: string }>`
    SELECT t.table_name, need.col AS missing
    FROM information_schema.tables t
    CROSS JOIN (VALUES ('version'), ('created_at'), ('updated_at')) AS need(col)
    WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                      WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = need.col)`.execute(testDb.database.db);
  expect(rows.filter((r) => !appendOnly.includes(r.table_name))).toEqual([]);
});

it('refuses to start when an applied migration file was edited', async () => {
  const { database } = testDb;
  await database.db.updateTable('schema_migration').set({ checksum: 'edited' }).where('version', '=', 1).execute();
  await expect(migrate(database)).rejects.toThrow(/changed after it was applied/);
  expect(await isUpToDate(database)).toBe(false);
});
