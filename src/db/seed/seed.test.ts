import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transliterate } from '../../modules/people/transliterate';
import { verifyPassword } from '../../modules/auth/password';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import type { Database } from '../database';
import { DEMO_PASSWORD, isSeeded, seedDemo, type DemoLogin } from './index';

const NOW = new Date('2026-11-01T00:00:00Z');
const TODAY = '2026-11-01';

// PGlite in memory, or a fresh database on the server named by TEST_DATABASE_URL.
const opened: TestDatabase[] = [];
async function freshDatabase(): Promise<Database> {
  const testDb = await createTestDatabase();
  opened.push(testDb);
  return testDb.database;
}
const dropAll = () => Promise.all(opened.splice(0).map((t) => t.drop()));

async function personRows(database: Database) {
  return database.db.selectFrom('person').selectAll().orderBy('onedoor_id').execute();
}

describe('seedDemo with 200 clients', () => {
  let database: Database;
  let logins: DemoLogin[];
  const count = async (query: string) => Number((await sql.raw<{ n: number }>(query).execute(database.db)).rows[0]!.n);

  beforeAll(async () => {
    database = await freshDatabase();
    expect(await isSeeded(database.db)).toBe(false);
    logins = await seedDemo(database.db, { clients: 200, seed: 7, now: NOW });
  }, 60_000);
  afterAll(dropAll);

  it('seeds no assessments without the app\'s encryptor: their free-text answers and override reasons are sealed with it', async () => {
    expect(await count('SELECT count(*) AS n FROM assessment')).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM case_event WHERE event_type LIKE 'assessment.%'`)).toBe(0);
  });

  it('reports the database as seeded and refuses to seed it twice', async () => {
    expect(await isSeeded(database.db)).toBe(true);
    await expect(seedDemo(database.db, { clients: 5, seed: 7, now: NOW })).rejects.toThrow(/already/);
    expect(await count('SELECT count(*) AS n FROM person')).toBe(200);
  });

  it('creates the partner network, every agency with an office in a served municipality', async () => {
    const byType = await database.db.selectFrom('agency').select(['type', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('type').execute();
    expect(Object.fromEntries(byType.map((r) => [r.type, Number(r.n)]))).toEqual({
      employment_service: 2, social_welfare_centre: 3, municipality: 1, ngo: 3, training_provider: 1, employer: 2,
    });
    expect(await count('SELECT count(*) AS n FROM agency a WHERE NOT EXISTS (SELECT 1 FROM office o WHERE o.agency_id = a.id)')).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM office WHERE address IS NULL OR phone NOT LIKE '+374%'
      OR municipality_code NOT IN ('AM-ER-YEREVAN', 'AM-SH-GYUMRI', 'AM-LO-VANADZOR')`)).toBe(0);
    expect(await count('SELECT count(DISTINCT municipality_code) AS n FROM office')).toBe(3);
    expect(await count('SELECT count(*) AS n FROM municipality')).toBeGreaterThanOrEqual(6);
  });

  it('creates 20 staff covering every role, all signing in with the demo password', async () => {
    const staff = await database.db.selectFrom('staff_user').selectAll().execute();
    expect(staff).toHaveLength(20);
    expect(new Set(staff.flatMap((s) => s.roles))).toEqual(
      new Set(['case_manager', 'specialist', 'supervisor', 'partnership_coordinator', 'analyst', 'administrator', 'data_protection_officer']),
    );
    expect(logins.map((l) => l.email).sort()).toEqual(staff.map((s) => s.email).sort());
    expect(logins.every((l) => l.password === DEMO_PASSWORD)).toBe(true);
    expect(new Set(staff.map((s) => s.preferred_language))).toEqual(new Set(['en', 'hy', 'ru']));
    expect(await verifyPassword(staff[0]!.password_hash!, DEMO_PASSWORD)).toBe(true);
    // Case managers work in both employment offices and welfare centres.
    const caseManagerAgencies = await count(`SELECT count(DISTINCT a.type) AS n FROM staff_user s JOIN agency a ON a.id = s.agency_id
      WHERE 'case_manager' = ANY (s.roles)`);
    expect(caseManagerAgencies).toBe(2);
  });

  it('creates clients in all three scripts with Latin transliterations', async () => {
    const persons = await personRows(database);
    expect(persons).toHaveLength(200);
    const scripts = new Map<string, number>();
    for (const p of persons) scripts.set(p.name_script, (scripts.get(p.name_script) ?? 0) + 1);
    expect(scripts.get('Armn')).toBeGreaterThan(90);
    expect(scripts.get('Cyrl')).toBeGreaterThan(20);
    expect(scripts.get('Latn')).toBeGreaterThan(5);
    for (const p of persons) {
      expect(p.given_name_latin).toBe(transliterate(p.given_name));
      expect(p.family_name_latin).toMatch(/^[A-Za-z' -]+$/);
      expect(p.onedoor_id).toMatch(/^OD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(p.preferred_language).toBe({ Armn: 'hy', Cyrl: 'ru', Latn: p.preferred_language }[p.name_script]);
    }
    expect(persons.some((p) => p.national_id === null)).toBe(true);
    expect(persons.filter((p) => p.national_id !== null).every((p) => /^\d{10}$/.test(p.national_id!))).toBe(true);
    expect(await count(`SELECT count(*) AS n FROM person WHERE birth_date > date '${TODAY}' - interval '16 years'
      OR birth_date <= date '${TODAY}' - interval '65 years'`)).toBe(0);
  });

  it('groups every client into exactly one current household with one head', async () => {
    expect(await count('SELECT count(*) AS n FROM household')).toBeGreaterThan(40);
    expect(await count(`SELECT count(*) AS n FROM person p WHERE (SELECT count(*) FROM household_member m
      WHERE m.person_id = p.id AND m.left_on IS NULL) <> 1`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM household h WHERE (SELECT count(*) FROM household_member m
      WHERE m.household_id = h.id AND m.relationship = 'head' AND m.left_on IS NULL) <> 1`)).toBe(0);
    // Movers: the old membership ended before the current one began.
    expect(await count('SELECT count(*) AS n FROM household_member WHERE left_on IS NOT NULL')).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM household_member old JOIN household_member cur
      ON cur.person_id = old.person_id AND cur.left_on IS NULL WHERE old.left_on IS NOT NULL AND old.left_on >= cur.joined_on`)).toBe(0);
  });

  it('creates unemployment spells that never overlap, some open and about a third long-term', async () => {
    const spells = await database.db.selectFrom('unemployment_spell').selectAll().execute();
    expect(spells.length).toBeGreaterThan(100);
    expect(spells.some((s) => s.ended_on === null)).toBe(true);
    const longTerm = spells.filter((s) => Date.parse(s.ended_on ?? TODAY) - Date.parse(s.started_on) >= 365 * 86_400_000);
    expect(longTerm.length / spells.length).toBeGreaterThan(0.2);
    expect(longTerm.length / spells.length).toBeLessThan(0.5);
    expect(spells.every((s) => s.started_on <= TODAY && (s.ended_on ?? TODAY) <= TODAY)).toBe(true);
    expect(spells.every((s) => (s.ended_on === null) === (s.end_reason === null))).toBe(true);
    expect(await count(`SELECT count(*) AS n FROM unemployment_spell a JOIN unemployment_spell b ON a.person_id = b.person_id
      AND a.id <> b.id AND a.started_on <= coalesce(b.ended_on, date '${TODAY}') AND b.started_on <= coalesce(a.ended_on, date '${TODAY}')`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM unemployment_spell s JOIN office o ON o.id = s.office_id
      JOIN agency a ON a.id = o.agency_id WHERE a.type <> 'employment_service'`)).toBe(0);
  });

  it('creates benefits consistent with households, spells and disability', async () => {
    const types = await database.db.selectFrom('benefit_receipt').select('benefit_type').distinct().execute();
    expect(types.map((t) => t.benefit_type)).toEqual(
      expect.arrayContaining(['family_benefit', 'unemployment_benefit', 'disability_pension']),
    );
    expect(await count(`SELECT count(*) AS n FROM benefit_receipt b WHERE b.benefit_type = 'unemployment_benefit'
      AND NOT EXISTS (SELECT 1 FROM unemployment_spell s WHERE s.person_id = b.person_id AND s.started_on <= b.started_on
        AND coalesce(b.ended_on, date '${TODAY}') <= coalesce(s.ended_on, date '${TODAY}'))`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM benefit_receipt b JOIN person p ON p.id = b.person_id
      WHERE b.benefit_type = 'disability_pension' AND NOT p.disability`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM benefit_receipt WHERE benefit_type IN ('family_benefit', 'social_assistance')
      AND (household_id IS NULL OR monthly_amount NOT BETWEEN 20000 AND 60000)`)).toBe(0);
    const households = await count('SELECT count(*) AS n FROM household');
    const assisted = await count(`SELECT count(DISTINCT household_id) AS n FROM benefit_receipt WHERE benefit_type IN ('family_benefit', 'social_assistance')`);
    expect(assisted / households).toBeGreaterThan(0.15);
    expect(assisted / households).toBeLessThan(0.45);
  });

  // Opening a PGlite database is the slow part, so the database above is one of the pair.
  it('gives identical people for the same seed and different people for another', async () => {
    const [same, other] = [await freshDatabase(), await freshDatabase()];
    try {
      await seedDemo(same.db, { clients: 200, seed: 7, now: NOW });
      await seedDemo(other.db, { clients: 200, seed: 8, now: NOW });
      const [original, repeat, different] = [await personRows(database), await personRows(same), await personRows(other)];
      expect(repeat).toEqual(original);
      expect(different.map((r) => r.onedoor_id)).not.toEqual(original.map((r) => r.onedoor_id));
      expect(different.map((r) => r.family_name)).not.toEqual(original.map((r) => r.family_name));
      const spells = (db: Database) => db.db.selectFrom('unemployment_spell').select(['person_id', 'started_on', 'ended_on']).orderBy('id').execute();
      expect(await spells(same)).toEqual(await spells(database));
      // Cases, consents (evidence bytes included) and timelines too, to the millisecond.
      const casework = (db: Database) => Promise.all((['client_case', 'case_partner', 'consent_record', 'legal_basis', 'case_event'] as const)
        .map((table) => db.db.selectFrom(table).selectAll().orderBy('id').execute()));
      const [seeded, repeated, differentSeed] = [await casework(database), await casework(same), await casework(other)];
      expect(repeated).toEqual(seeded);
      expect(seeded[0]!.length).toBeGreaterThan(0);
      expect(differentSeed[0]!.map((c) => c.person_id)).not.toEqual(seeded[0]!.map((c) => c.person_id));
    } finally {
      // Only the pair: the first database stays for afterAll.
      await Promise.all(opened.splice(1).map((t) => t.drop()));
    }
  }, 60_000);
});
