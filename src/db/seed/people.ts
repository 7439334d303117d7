/**
 * Clients and their households. A household draws its members from one name pool, so a
 * family shares a script, a family name (in the right gender form), an address and
 * sensible patronymics; the person details themselves come from person.ts.
 */
import type { Insertable } from 'kysely';
import type { HouseholdMemberTable, HouseholdTable } from '../types';
import { addDays, addYears, daysBetween, maxDay } from './dates';
import { planHousehold, type MemberPlan } from './household-plan';
import { CLIENT_MUNICIPALITY_WEIGHTS, streetAddress } from './municipalities';
import { choosePool, familyNameFor, patronymicFor, type NamePool } from './names';
import { makePerson, type PersonDraft } from './person';
import type { Rng } from './random';

export interface HouseholdDraft {
  id: string;
  /** The day the household was registered; the head has been a member since then. */
  startedOn: string;
  headId: string;
  memberIds: string[];
}

export interface People {
  households: HouseholdDraft[];
  householdRows: Insertable<HouseholdTable>[];
  memberRows: Insertable<HouseholdMemberTable>[];
  persons: PersonDraft[];
}

/** Builds exactly `count` clients, grouped into households of one to six. */
export function buildPeople(count: number, rng: Rng, ids: Rng, today: string): People {
  const people: People = { households: [], householdRows: [], memberRows: [], persons: [] };
  const taken = { onedoorIds: new Set<string>(), nationalIds: new Set<string>() };
  while (people.persons.length < count) {
    const plan = planHousehold(rng, count - people.persons.length);
    const pool = choosePool(rng);
    const municipality = rng.weighted(CLIENT_MUNICIPALITY_WEIGHTS);
    const address = streetAddress(municipality, rng);
    const householdId = ids.uuid();
    const names = nameHousehold(plan, pool, rng);
    const members = plan.map((m, i) =>
      makePerson({ plan: m, names: names[i]!, pool, municipality, address, householdId }, rng, ids, today, taken),
    );
    const head = members[0]!;
    // Registered some time after the head came of age, within the last twenty years.
    const earliest = maxDay(addYears(head.birthDate, 18), addYears(today, -20));
    const startedOn = addDays(earliest, rng.int(0, Math.max(0, daysBetween(earliest, today) - 30)));
    people.households.push({ id: householdId, startedOn, headId: head.id, memberIds: members.map((p) => p.id) });
    people.householdRows.push({ id: householdId, municipality_code: municipality, address });
    members.forEach((person, i) => {
      people.memberRows.push({
        id: ids.uuid(),
        household_id: householdId,
        person_id: person.id,
        relationship: plan[i]!.relationship,
        // Members born after the household was registered joined at birth.
        joined_on: i === 0 ? startedOn : maxDay(startedOn, person.birthDate),
      });
      people.persons.push(person);
    });
  }
  return people;
}

interface MemberNames {
  given: string;
  family: string;
  patronymic: string | null;
}

function nameHousehold(plan: MemberPlan[], pool: NamePool, rng: Rng): MemberNames[] {
  const family = rng.pick(pool.family);
  const given = plan.map((m) => rng.pick(m.sex === 'male' ? pool.male : pool.female));
  const head = plan[0]!;
  // The head's father: if he lives in the household he is the "parent" who is male.
  const fatherIndex = plan.findIndex((m) => m.relationship === 'parent' && m.sex === 'male');
  const headFather = fatherIndex >= 0 ? given[fatherIndex]! : rng.pick(pool.male);
  // Children's father: the head or the head's male spouse or partner.
  const couple = plan.findIndex((m, i) => i > 0 && (m.relationship === 'spouse' || m.relationship === 'partner'));
  const childrenFather =
    head.sex === 'male' ? given[0]! : couple >= 0 && plan[couple]!.sex === 'male' ? given[couple]! : rng.pick(pool.male);
  return plan.map((m, i) => {
    // Partners, wives who kept their name and unrelated members have a family name of their own.
    const ownFamily =
      m.relationship === 'other' || m.relationship === 'partner' || (m.relationship === 'spouse' && rng.chance(0.15));
    const familyName = familyNameFor(pool, ownFamily ? rng.pick(pool.family) : family, m.sex);
    const father =
      m.relationship === 'head' || m.relationship === 'sibling'
        ? headFather
        : m.relationship === 'child'
          ? childrenFather
          : rng.pick(pool.male);
    return { given: given[i]!, family: familyName, patronymic: patronymicFor(pool, father, m.sex) };
  });
}
