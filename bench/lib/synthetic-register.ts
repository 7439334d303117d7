/**
 * An unemployment register with outcome history, for training the profiling model at
 * national scale: persons (names as the person-search bench makes them), households,
 * unemployment spells and benefit receipts, in the tables the training reads
 * (profiling/history-repo.ts). Generated until a set number of spells have a known
 * 12-month outcome on the as-of day; recent and open spells come on top, as in a live
 * register. Who stays unemployed long follows a logistic model over what the features
 * can see (age, education, disability, region, sex, an earlier long spell, social
 * assistance), so the fit has relationships to find. Deterministic (seeded).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/types';
import { MUNICIPALITIES } from '../../src/db/seed/municipalities';
import { Rng } from '../../src/db/seed/random';
import { addDays, addYears, ageOn, daysBetween } from '../../src/modules/profiling/dates';
import { CAPITAL_REGION, LONG_TERM_DAYS } from '../../src/modules/profiling/features';
import { syntheticPeople, type PersonColumns } from './synthetic-people';

export interface Register {
  persons: PersonColumns & { id: string[]; education: (string | null)[]; disability: boolean[]; municipality: string[] };
  households: { id: string[]; municipality: string[] };
  members: { householdId: string[]; personId: string[]; relationship: string[]; joinedOn: string[]; leftOn: (string | null)[] };
  spells: { personId: string[]; startedOn: string[]; endedOn: (string | null)[]; endReason: (string | null)[] };
  benefits: { personId: string[]; householdId: (string | null)[]; type: string[]; startedOn: string[]; endedOn: (string | null)[]; amount: number[] };
  /** Spells whose outcome is known on the as-of day (started at least a year before). */
  knownSpells: number;
  longTermKnown: number;
}

const HISTORY_YEARS = 7;
const EDUCATION = [['none', 2], ['primary', 8], ['lower_secondary', 15], ['upper_secondary', 30], ['vocational', 20], ['bachelor', 18], ['master_or_higher', 7]] as const;
const LOW = new Set(['none', 'primary', 'lower_secondary']);
const TERTIARY = new Set(['bachelor', 'master_or_higher']);
const REGION = new Map(MUNICIPALITIES.map((m) => [m.code, m.region]));
const WHERE = MUNICIPALITIES.map((m, i) => [m.code, i === 0 ? 40 : 60 / (MUNICIPALITIES.length - 1)] as const);
const END_REASONS = [['employment', 50], ['training', 12], ['inactivity', 12], ['deregistered', 14], ['moved', 5], ['other', 7]] as const;

const empty = (): Register => ({
  persons: { onedoorId: [], nationalId: [], given: [], family: [], patronymic: [], script: [], givenLatin: [], familyLatin: [], sex: [], birthDate: [], language: [], id: [], education: [], disability: [], municipality: [] },
  households: { id: [], municipality: [] },
  members: { householdId: [], personId: [], relationship: [], joinedOn: [], leftOn: [] },
  spells: { personId: [], startedOn: [], endedOn: [], endReason: [] },
  benefits: { personId: [], householdId: [], type: [], startedOn: [], endedOn: [], amount: [] },
  knownSpells: 0,
  longTermKnown: 0,
});

/** Persons, in households of one to four, until `knownSpells` spells have a known outcome on `asOf`. */
export function syntheticRegister(knownSpells: number, asOf: string, seed: number): Register {
  const rng = new Rng(seed, 'bench-register');
  const ids = new Rng(seed, 'bench-register-ids');
  const names = new Rng(seed, 'bench-register-names');
  const r = empty();
  const latestKnown = addDays(asOf, -LONG_TERM_DAYS);
  const windowStart = addYears(asOf, -HISTORY_YEARS);
  let person = 0;

  while (r.knownSpells < knownSpells) {
    const householdId = ids.uuid();
    const municipality = rng.weighted(WHERE);
    r.households.id.push(householdId);
    r.households.municipality.push(municipality);
    const size = rng.weighted([[1, 35], [2, 35], [3, 20], [4, 10]]);
    const householdSince = addDays(windowStart, -rng.int(0, 3650));
    // Poverty-targeted family benefit (or social assistance) for the household, paid to its head.
    const poor = rng.chance(0.2);
    const members: string[] = [];
    for (let m = 0; m < size && r.knownSpells < knownSpells; m++, person++) {
      const id = ids.uuid();
      members.push(id);
      const names1 = syntheticPeople(person, 1, names, new Map());
      for (const key of Object.keys(names1) as (keyof PersonColumns)[]) (r.persons[key] as unknown[]).push(names1[key][0]);
      const sex = names1.sex[0]!;
      const education = rng.chance(0.05) ? null : rng.weighted(EDUCATION);
      const disability = rng.chance(0.08);
      // Age 18–62 at the start of the history window's middle, so spells fall in working age.
      const birthDate = addDays(addYears(addYears(asOf, -HISTORY_YEARS / 2), -rng.int(18, 62)), -rng.int(0, 364));
      r.persons.birthDate[r.persons.birthDate.length - 1] = birthDate;
      r.persons.id.push(id);
      r.persons.education.push(education);
      r.persons.disability.push(disability);
      r.persons.municipality.push(municipality);
      r.members.householdId.push(householdId);
      r.members.personId.push(id);
      r.members.relationship.push(m === 0 ? 'head' : rng.pick(['spouse', 'child', 'parent', 'sibling'] as const));
      r.members.joinedOn.push(householdSince);
      r.members.leftOn.push(null);

      // Personal social assistance now and then, independent of the household's.
      const ownAssistance = rng.chance(0.06);
      const assistanceFrom = addDays(windowStart, rng.int(0, HISTORY_YEARS * 365 - 400));
      const assistanceTo = rng.chance(0.5) ? null : addDays(assistanceFrom, rng.int(180, 900));
      if (ownAssistance) addBenefit(r, id, null, 'social_assistance', assistanceFrom, assistanceTo, rng.int(20_000, 35_000));

      // Spells one after another: none to four in the window.
      let day = addDays(windowStart, rng.int(0, 900));
      let earlierLongTerm = false;
      const count = rng.weighted([[1, 45], [2, 30], [3, 17], [4, 8]]);
      for (let s = 0; s < count && day <= asOf; s++) {
        const age = ageOn(birthDate, day);
        const assisted = poor || (ownAssistance && assistanceFrom <= day && (assistanceTo === null || assistanceTo >= day));
        const z = -1.4 + (age >= 50 ? 1.2 : age >= 35 ? 0.4 : age < 25 ? -0.4 : 0)
          + (LOW.has(education ?? '') ? 1.0 : TERTIARY.has(education ?? '') ? -0.9 : education === null ? 0.3 : 0)
          + (disability ? 1.0 : 0) + (REGION.get(municipality) !== CAPITAL_REGION ? 0.5 : 0) + (sex === 'female' ? 0.2 : 0)
          + (earlierLongTerm ? 0.9 : 0) + (assisted ? 0.6 : 0);
        const longTerm = rng.chance(1 / (1 + Math.exp(-z)));
        const length = longTerm ? rng.int(LONG_TERM_DAYS, 1000) : rng.int(20, LONG_TERM_DAYS - 1);
        const end = addDays(day, length);
        const ended = end <= asOf;
        r.spells.personId.push(id);
        r.spells.startedOn.push(day);
        r.spells.endedOn.push(ended ? end : null);
        r.spells.endReason.push(ended ? rng.weighted(END_REASONS) : null);
        if (day <= latestKnown) {
          r.knownSpells += 1;
          if (daysBetween(day, ended ? end : asOf) >= LONG_TERM_DAYS) r.longTermKnown += 1;
        }
        // Unemployment benefit for a quarter of spells, granted in the first month.
        if (rng.chance(0.25)) {
          const from = addDays(day, rng.int(0, 30));
          const to = addDays(from, rng.int(60, 180));
          if (to < (ended ? end : asOf)) addBenefit(r, id, null, 'unemployment_benefit', from, to, rng.int(18_000, 40_000));
        }
        earlierLongTerm ||= longTerm;
        day = addDays(end, rng.int(30, 700));
        if (r.knownSpells >= knownSpells) break;
      }
    }
    if (poor) {
      const from = addDays(windowStart, rng.int(-365, HISTORY_YEARS * 365 - 400));
      addBenefit(r, members[0]!, householdId, rng.chance(0.8) ? 'family_benefit' : 'social_assistance', from, rng.chance(0.6) ? null : addDays(from, rng.int(365, 1500)), rng.int(26_000, 60_000));
    }
  }
  return r;
}

function addBenefit(r: Register, personId: string, householdId: string | null, type: string, from: string, to: string | null, amount: number) {
  r.benefits.personId.push(personId);
  r.benefits.householdId.push(householdId);
  r.benefits.type.push(type);
  r.benefits.startedOn.push(from);
  r.benefits.endedOn.push(to);
  r.benefits.amount.push(amount);
}

const CHUNK = 20_000;
const chunks = (n: number) => Array.from({ length: Math.ceil(n / CHUNK) }, (_, i) => [i * CHUNK, Math.min(n, (i + 1) * CHUNK)] as const);

/** Writes the register with one INSERT … SELECT unnest(…) per 20,000 rows and table, then ANALYZE. */
export async function loadRegister(db: Kysely<DB>, r: Register): Promise<void> {
  await db.insertInto('municipality').values(MUNICIPALITIES).onConflict((oc) => oc.column('code').doNothing()).execute();
  const p = r.persons;
  for (const [a, b] of chunks(p.id.length)) {
    const s = <T>(xs: T[]) => xs.slice(a, b);
    await sql`INSERT INTO person (id, onedoor_id, national_id, given_name, family_name, patronymic, name_script, given_name_latin,
        family_name_latin, sex, birth_date, preferred_language, education_level, disability, municipality_code)
      SELECT * FROM unnest(${s(p.id)}::uuid[], ${s(p.onedoorId)}::text[], ${s(p.nationalId)}::text[], ${s(p.given)}::text[], ${s(p.family)}::text[],
        ${s(p.patronymic)}::text[], ${s(p.script)}::text[], ${s(p.givenLatin)}::text[], ${s(p.familyLatin)}::text[], ${s(p.sex)}::text[],
        ${s(p.birthDate)}::date[], ${s(p.language)}::text[], ${s(p.education)}::text[], ${s(p.disability)}::boolean[], ${s(p.municipality)}::text[])`.execute(db);
  }
  const h = r.households;
  for (const [a, b] of chunks(h.id.length)) {
    await sql`INSERT INTO household (id, municipality_code) SELECT * FROM unnest(${h.id.slice(a, b)}::uuid[], ${h.municipality.slice(a, b)}::text[])`.execute(db);
  }
  const m = r.members;
  for (const [a, b] of chunks(m.personId.length)) {
    await sql`INSERT INTO household_member (household_id, person_id, relationship, joined_on, left_on)
      SELECT * FROM unnest(${m.householdId.slice(a, b)}::uuid[], ${m.personId.slice(a, b)}::uuid[], ${m.relationship.slice(a, b)}::text[],
        ${m.joinedOn.slice(a, b)}::date[], ${m.leftOn.slice(a, b)}::date[])`.execute(db);
  }
  const sp = r.spells;
  for (const [a, b] of chunks(sp.personId.length)) {
    await sql`INSERT INTO unemployment_spell (person_id, started_on, ended_on, end_reason)
      SELECT * FROM unnest(${sp.personId.slice(a, b)}::uuid[], ${sp.startedOn.slice(a, b)}::date[], ${sp.endedOn.slice(a, b)}::date[],
        ${sp.endReason.slice(a, b)}::text[])`.execute(db);
  }
  const be = r.benefits;
  for (const [a, b] of chunks(be.personId.length)) {
    await sql`INSERT INTO benefit_receipt (person_id, household_id, benefit_type, started_on, ended_on, monthly_amount)
      SELECT * FROM unnest(${be.personId.slice(a, b)}::uuid[], ${be.householdId.slice(a, b)}::uuid[], ${be.type.slice(a, b)}::text[],
        ${be.startedOn.slice(a, b)}::date[], ${be.endedOn.slice(a, b)}::date[], ${be.amount.slice(a, b)}::numeric[])`.execute(db);
  }
  await sql`ANALYZE`.execute(db);
}
