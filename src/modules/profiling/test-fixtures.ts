/**
 * Synthetic outcome history for tests: people with one unemployment spell each, long-term
 * with a known logistic dependence on age, education and disability, so a trained model
 * has something definite to find.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { Rng } from '../../db/seed/random';
import { addDays, addYears } from './dates';
import { sigmoid } from './logistic';

export const TRUE_EFFECTS = { intercept: -1.2, age50: 1.5, educationLow: 1.2, tertiary: -1.0, disability: 1.2 };

export async function ensureGyumri(db: Kysely<DB>) {
  await db.insertInto('municipality')
    .values({ code: 'AM-SH-GYUMRI', name_en: 'Gyumri', name_ru: 'Гюмри', name_hy: 'Գյումրի', region: 'Shirak' })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

/** Inserts `count` people registered by the agency, with spells starting in the four years before asOf − 1 year. */
export async function insertHistory(db: Kysely<DB>, opts: { count: number; seed: number; asOf: string; agencyId: string; prefix: string }) {
  await ensureGyumri(db);
  const rng = new Rng(opts.seed, `profiling-fixture-${opts.prefix}`);
  const persons = [];
  const spells = [];
  const latest = addDays(opts.asOf, -366);
  for (let i = 0; i < opts.count; i++) {
    const id = rng.uuid();
    const startedOn = addDays(latest, -rng.int(0, 4 * 365));
    const age = rng.int(18, 62);
    const education = rng.weighted([['primary', 25], ['upper_secondary', 45], ['bachelor', 30]] as const);
    const disability = rng.chance(0.12);
    const z = TRUE_EFFECTS.intercept + (age >= 50 ? TRUE_EFFECTS.age50 : 0) + (education === 'primary' ? TRUE_EFFECTS.educationLow : 0)
      + (education === 'bachelor' ? TRUE_EFFECTS.tertiary : 0) + (disability ? TRUE_EFFECTS.disability : 0);
    const longTerm = rng.chance(sigmoid(z));
    const length = longTerm ? rng.int(370, 800) : rng.int(30, 330);
    const ended = addDays(startedOn, length);
    persons.push({
      id, onedoor_id: `OD-${opts.prefix}-${i}`, given_name: 'Test', family_name: `Person${i}`, name_script: 'Latn' as const,
      given_name_latin: 'Test', family_name_latin: `Person${i}`, sex: rng.chance(0.5) ? 'female' : 'male',
      birth_date: addDays(addYears(startedOn, -age - 1), rng.int(1, 360)), education_level: education, disability,
      municipality_code: rng.chance(0.6) ? 'AM-ER-YEREVAN' : 'AM-SH-GYUMRI', registered_by_agency_id: opts.agencyId,
    });
    spells.push({ person_id: id, started_on: startedOn, ended_on: ended < opts.asOf ? ended : null, end_reason: ended < opts.asOf ? 'employment' : null });
  }
  // Someone registered today: the register is up to date (outcomes are read on its last day).
  spells.push({ person_id: persons[0]!.id, started_on: opts.asOf, ended_on: null, end_reason: null });
  spells[0]!.ended_on = spells[0]!.ended_on ?? addDays(opts.asOf, -1);
  spells[0]!.end_reason = 'employment';
  for (let i = 0; i < persons.length; i += 500) {
    await db.insertInto('person').values(persons.slice(i, i + 500)).execute();
    await db.insertInto('unemployment_spell').values(spells.slice(i, i + 500)).execute();
  }
  return persons.map((p) => p.id);
}
