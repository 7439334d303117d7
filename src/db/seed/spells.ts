/**
 * Registered unemployment over the last six years: none to three spells per client, about
 * a third of them long-term (12+ months), some still open today. Who stays unemployed
 * long is not random: age, low education, disability, living outside the capital and an
 * earlier long spell raise the odds (as in real registers), so the statistical profiling
 * model has relationships to learn and its fairness report has differences to show.
 */
import type { Insertable } from 'kysely';
import type { UnemploymentSpellTable } from '../types';
import { addDays, addYears, ageOn, atNoon, daysBetween, maxDay } from './dates';
import { YEREVAN, type ServedMunicipality } from './municipalities';
import type { PersonDraft } from './person';
import type { Rng } from './random';

export interface Spell {
  personId: string;
  startedOn: string;
  /** null while the spell is open */
  endedOn: string | null;
}

const HISTORY_YEARS = 6;
const ONGOING_RATE = 0.4;

const END_REASONS = [
  ['employment', 50], ['training', 12], ['inactivity', 12], ['deregistered', 14], ['moved', 5], ['other', 7],
] as const;

/** Length in days: long-term spells run one to two and a half years, others up to a year. */
const spellLength = (rng: Rng, longTermRate: number) => (rng.chance(longTermRate) ? rng.int(365, 900) : rng.int(30, 364));

const LOW_EDUCATION = ['none', 'primary', 'lower_secondary'];
const TERTIARY = ['bachelor', 'master_or_higher'];

/**
 * Chance that a spell is long-term: a logistic model with effect sizes of the order found
 * in PES profiling studies (age 3 years before today stands for age at the spell's start).
 */
function longTermRate(person: PersonDraft, today: string, earlierLongTerm: boolean): number {
  const age = ageOn(person.birthDate, addYears(today, -3));
  const education = String(person.row.education_level ?? '');
  const logOdds = -1.5
    + (age >= 50 ? 1.2 : age >= 35 ? 0.5 : age < 25 ? -0.4 : 0)
    + (LOW_EDUCATION.includes(education) ? 1.0 : TERTIARY.includes(education) ? -0.9 : 0)
    + (person.disability ? 1.0 : 0)
    + (person.municipality === YEREVAN ? 0 : 0.5)
    + (person.sex === 'female' ? 0.2 : 0)
    + (earlierLongTerm ? 1.0 : 0);
  return 1 / (1 + Math.exp(-logOdds));
}

export function buildSpells(
  persons: readonly PersonDraft[],
  employmentOfficeFor: Record<ServedMunicipality, string>,
  rng: Rng,
  ids: Rng,
  today: string,
): { spells: Spell[]; rows: Insertable<UnemploymentSpellTable>[] } {
  const spells: Spell[] = [];
  const rows: Insertable<UnemploymentSpellTable>[] = [];
  for (const person of persons) {
    const count = rng.weighted([[0, 25], [1, 40], [2, 23], [3, 12]]);
    const windowStart = maxDay(addYears(today, -HISTORY_YEARS), addYears(person.birthDate, 16));
    const rate = (earlierLongTerm: boolean) => longTermRate(person, today, earlierLongTerm);
    for (const spell of placeSpells(count, windowStart, today, rng, rate)) {
      const { startedOn, endedOn } = spell;
      spells.push({ personId: person.id, startedOn, endedOn });
      rows.push({
        id: ids.uuid(),
        person_id: person.id,
        office_id: employmentOfficeFor[person.municipality],
        started_on: startedOn,
        ended_on: endedOn,
        end_reason: endedOn ? rng.weighted(END_REASONS) : null,
        created_at: atNoon(startedOn),
        updated_at: atNoon(endedOn ?? startedOn),
      });
    }
  }
  return { spells, rows };
}

/**
 * Lays the spells end to end with random gaps inside [windowStart, today]; drops spells
 * that do not fit, so a 17-year-old gets at most a short one.
 */
function placeSpells(count: number, windowStart: string, today: string, rng: Rng, rate: (earlierLongTerm: boolean) => number) {
  const lengths: number[] = [];
  for (let i = 0; i < count; i++) lengths.push(spellLength(rng, rate(lengths.some((l) => l >= 365))));
  const ongoing = count > 0 && rng.chance(ONGOING_RATE);
  const available = daysBetween(windowStart, today) - 1;
  // At least 30 days between spells: re-registering the next day is the same spell.
  while (lengths.length > 0 && lengths.reduce((a, b) => a + b, 0) + 30 * lengths.length > available) lengths.pop();
  const free = available - lengths.reduce((a, b) => a + b, 0) - 30 * lengths.length;
  // Split the free days at random between the gaps (and, for an open spell, none after it).
  const cuts = lengths.map(() => rng.float());
  const total = cuts.reduce((a, b) => a + b, 0) + (ongoing ? 0 : rng.float());
  const placed: { startedOn: string; endedOn: string | null }[] = [];
  let cursor = windowStart;
  lengths.forEach((length, i) => {
    const gap = 30 + Math.floor((free * cuts[i]!) / (total || 1));
    const startedOn = addDays(cursor, i === 0 ? gap - 30 : gap);
    const last = i === lengths.length - 1;
    const endedOn = last && ongoing ? null : addDays(startedOn, length - 1);
    placed.push({ startedOn, endedOn });
    cursor = endedOn ?? today;
  });
  return placed;
}
