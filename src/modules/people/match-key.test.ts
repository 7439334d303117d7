import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARMENIAN_POOL } from '../../db/seed/names-armenian';
import { ARMENIAN_CYRILLIC_POOL, RUSSIAN_POOL } from '../../db/seed/names-cyrillic';
import { DIASPORA_POOL, YAZIDI_POOL } from '../../db/seed/names-latin';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { matchKey, nameKey } from './match-key';
import { transliterate } from './transliterate';

describe('matchKey', () => {
  it.each([
    ['Պետրոսյան', 'Петросян'],
    ['Petrossian', 'Petrosyan'],
    ['Երևան', 'Ереван'],
    ['Ջուլիետա', 'Джулиета'],
    ['Ղազարյան', 'Gazarian'],
    ['Ոսկանյան', 'Осканян'],
    ['Գայանե', 'Гаяне'],
    ['Petrosean', 'Petrosyan'],
  ])('%s and %s get the same key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Petrosyan')).not.toBe(nameKey('Grigoryan'));
    expect(matchKey('Ter-Petrosyan')).toBe('terpetrosian');
  });
});

describe('matchKey agrees with person_match_key in the database', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.drop());

  it('for every name of the demo pools', async () => {
    const pools = [ARMENIAN_POOL, ARMENIAN_CYRILLIC_POOL, RUSSIAN_POOL, YAZIDI_POOL, DIASPORA_POOL];
    const names = [...new Set(pools.flatMap((p) => [...p.male, ...p.female, ...p.family]).map(transliterate))];
    names.push('Dzhulieta', 'Khachatryan', 'Ghukasyan', 'Yeghiazaryan', 'Vova', 'Anna-Maria', "O'Neil", 'Müller');
    const { rows } = await sql<{ name: string; key: string }>`
      SELECT name, person_match_key(name) AS key FROM unnest(${names}::text[]) AS name`.execute(testDb.database.db);
    expect(rows.length).toBe(names.length);
    for (const row of rows) expect(row.key, row.name).toBe(matchKey(row.name));
  });
});
