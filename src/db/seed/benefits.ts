/**
 * Benefit history consistent with the households and spells: the poverty-targeted family
 * benefit (and social benefit) per household, unemployment benefit inside a spell,
 * disability pension for disabled clients, child care allowance outside any spell.
 * Amounts are monthly, in AMD, near Armenia's actual rates.
 */
import type { Insertable } from 'kysely';
import type { BenefitReceiptTable } from '../types';
import { addDays, addYears, ageOn, daysBetween, maxDay, minDay } from './dates';
import type { People } from './people';
import type { Spell } from './spells';
import type { Rng } from './random';

type Row = Insertable<BenefitReceiptTable>;

const HOUSEHOLD_BENEFIT_RATE = 0.3;
const EMERGENCY_AID_RATE = 0.03;
const UNEMPLOYMENT_BENEFIT_RATE = 0.25;
const CHILD_CARE_RATE = 0.12;

const roundTo500 = (amount: number) => Math.round(amount / 500) * 500;

/** A day in [from, to], or undefined when the range is empty. */
function dayBetween(rng: Rng, from: string, to: string): string | undefined {
  const span = daysBetween(from, to);
  return span < 0 ? undefined : addDays(from, rng.int(0, span));
}

export function buildBenefits(people: People, spells: readonly Spell[], rng: Rng, ids: Rng, today: string): Row[] {
  const rows: Row[] = [];
  const add = (row: Omit<Row, 'id'>) => rows.push({ id: ids.uuid(), ...row });
  const lastMonth = addDays(today, -30);

  for (const household of people.households) {
    const startedOn = dayBetween(rng, maxDay(household.startedOn, addYears(today, -5)), addDays(today, -60));
    if (!startedOn) continue;
    if (rng.chance(HOUSEHOLD_BENEFIT_RATE)) {
      const family = rng.chance(0.8);
      const size = household.memberIds.length;
      // The family benefit grows with household size: a base amount plus a supplement per member.
      const amount = family ? 20_000 + 6_000 * (size - 1) + rng.int(0, 8_000) : rng.int(20_000, 35_000);
      const endedOn = rng.chance(0.6) ? null : minDay(addDays(startedOn, rng.int(180, 1080)), lastMonth);
      add({
        person_id: household.headId, household_id: household.id,
        benefit_type: family ? 'family_benefit' : 'social_assistance',
        started_on: startedOn, ended_on: endedOn, monthly_amount: roundTo500(Math.min(amount, 60_000)),
      });
    }
    if (rng.chance(EMERGENCY_AID_RATE)) {
      // One-off help after a fire, flood or death in the family, paid for one month.
      add({
        person_id: household.headId, household_id: household.id, benefit_type: 'emergency_aid',
        started_on: startedOn, ended_on: addDays(startedOn, 29), monthly_amount: roundTo500(rng.int(30_000, 60_000)),
      });
    }
  }

  for (const spell of spells) {
    const spellEnd = spell.endedOn ?? today;
    if (daysBetween(spell.startedOn, spellEnd) < 30 || !rng.chance(UNEMPLOYMENT_BENEFIT_RATE)) continue;
    // Paid from registration for at most six months, never after the spell ended.
    const startedOn = addDays(spell.startedOn, rng.int(0, 14));
    const sixMonths = addDays(startedOn, 182);
    const endedOn = spell.endedOn ? minDay(sixMonths, spell.endedOn) : sixMonths < today ? sixMonths : null;
    add({
      person_id: spell.personId, household_id: null, benefit_type: 'unemployment_benefit',
      started_on: startedOn, ended_on: endedOn, monthly_amount: roundTo500(rng.int(18_000, 28_000)),
    });
  }

  const spellsOf = new Map<string, Spell[]>();
  for (const spell of spells) spellsOf.set(spell.personId, [...(spellsOf.get(spell.personId) ?? []), spell]);
  for (const person of people.persons) {
    if (person.disability) {
      const startedOn = dayBetween(rng, maxDay(addYears(person.birthDate, 18), addYears(today, -15)), lastMonth);
      if (startedOn) {
        add({
          person_id: person.id, household_id: null, benefit_type: 'disability_pension',
          started_on: startedOn, ended_on: null, monthly_amount: roundTo500(rng.int(26_000, 42_000)),
        });
      }
    }
    const age = ageOn(person.birthDate, today);
    if (person.sex === 'female' && age >= 20 && age <= 42 && rng.chance(CHILD_CARE_RATE)) {
      const period = childCarePeriod(rng, person.birthDate, spellsOf.get(person.id) ?? [], today);
      if (period) add({ person_id: person.id, household_id: null, benefit_type: 'child_care_allowance', ...period, monthly_amount: 26_500 });
    }
  }
  return rows;
}

/** Two years of child care allowance that overlap none of the mother's unemployment spells. */
function childCarePeriod(rng: Rng, birthDate: string, spells: readonly Spell[], today: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const startedOn = dayBetween(rng, maxDay(addYears(birthDate, 19), addYears(today, -6)), addDays(today, -60));
    if (!startedOn) return undefined;
    const end = addDays(startedOn, 729);
    const endedOn = end < today ? end : null;
    const overlaps = spells.some((s) => s.startedOn <= (endedOn ?? today) && (s.endedOn ?? today) >= startedOn);
    if (!overlaps) return { started_on: startedOn, ended_on: endedOn };
  }
  return undefined;
}
