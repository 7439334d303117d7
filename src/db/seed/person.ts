/**
 * One client's record: identifiers, contact details, education and disability, with the
 * Latin transliteration the person search relies on.
 */
import type { Insertable } from 'kysely';
import { transliterate } from '../../modules/people/transliterate';
import type { PersonTable } from '../types';
import { addDays, addYears } from './dates';
import type { MemberPlan } from './household-plan';
import type { ServedMunicipality } from './municipalities';
import type { NamePool, Sex } from './names';
import type { Rng } from './random';

export interface PersonDraft {
  id: string;
  sex: Sex;
  birthDate: string;
  municipality: ServedMunicipality;
  disability: boolean;
  householdId: string;
  row: Insertable<PersonTable>;
}

export interface PersonInput {
  plan: MemberPlan;
  names: { given: string; family: string; patronymic: string | null };
  pool: NamePool;
  municipality: ServedMunicipality;
  address: string;
  householdId: string;
}

// Crockford's base32: no I, L, O or U, so an ID read out on the phone is not misheard.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
// Armenian mobile operator prefixes (Team, Viva, Ucom).
const MOBILE_PREFIXES = ['91', '99', '96', '43', '33', '93', '94', '77', '98', '49', '55', '95', '41', '44'];
const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net']; // reserved: mail never reaches anyone

/** The OneDoor ID printed on documents, e.g. OD-4K7Q-2M9X (8 base32 characters). */
function onedoorId(ids: Rng, taken: Set<string>): string {
  for (;;) {
    const chars = Array.from({ length: 8 }, () => CROCKFORD[ids.int(0, 31)]).join('');
    const id = `OD-${chars.slice(0, 4)}-${chars.slice(4)}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** A 10-digit public service number, for those who have one. */
function nationalId(rng: Rng, pool: NamePool, taken: Set<string>): string | null {
  if (!rng.chance(pool.nationalIdRate)) return null;
  for (;;) {
    const id = String(rng.int(1, 9)) + rng.digits(9);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

function educationLevel(rng: Rng, age: number): string {
  if (age < 18) return rng.weighted([['lower_secondary', 6], ['upper_secondary', 3], ['primary', 1]]);
  return rng.weighted([
    ['none', 2], ['primary', 4], ['lower_secondary', 12], ['upper_secondary', 30],
    ['vocational', 24], ['bachelor', age < 22 ? 2 : 20], ['master_or_higher', age < 24 ? 0 : 8],
  ]);
}

// Registered disability becomes more common with age; about 8 % overall.
const disabilityRate = (age: number) => (age < 35 ? 0.04 : age < 50 ? 0.08 : 0.14);

// Younger people more often give an e-mail address.
const emailRate = (age: number) => (age < 30 ? 0.55 : age < 45 ? 0.35 : 0.12);

export function makePerson(
  input: PersonInput,
  rng: Rng,
  ids: Rng,
  today: string,
  taken: { onedoorIds: Set<string>; nationalIds: Set<string> },
): PersonDraft {
  const { plan, names, pool } = input;
  const birthDate = addDays(addYears(today, -plan.age - 1), rng.int(1, 364));
  const givenLatin = transliterate(names.given);
  const familyLatin = transliterate(names.family);
  const local = `${givenLatin}.${familyLatin}`.toLowerCase().replace(/[^a-z.]/g, '');
  const disability = rng.chance(disabilityRate(plan.age));
  const id = ids.uuid();
  const row: Insertable<PersonTable> = {
    id,
    onedoor_id: onedoorId(ids, taken.onedoorIds),
    national_id: nationalId(rng, pool, taken.nationalIds),
    given_name: names.given,
    family_name: names.family,
    patronymic: names.patronymic,
    name_script: pool.script,
    given_name_latin: givenLatin,
    family_name_latin: familyLatin,
    sex: plan.sex,
    birth_date: birthDate,
    phone: rng.chance(0.92) ? `+374${rng.pick(MOBILE_PREFIXES)}${rng.digits(6)}` : null,
    email: rng.chance(emailRate(plan.age)) ? `${local}${rng.int(1, 99)}@${rng.pick(EMAIL_DOMAINS)}` : null,
    preferred_language: pool.language,
    interpreter_needed: rng.chance(pool.interpreterRate),
    municipality_code: input.municipality,
    address: input.address,
    education_level: educationLevel(rng, plan.age),
    disability,
  };
  return { id, sex: plan.sex, birthDate, municipality: input.municipality, disability, householdId: input.householdId, row };
}
