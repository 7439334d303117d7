/**
 * A few clients moved house: they joined their current household from another one (a
 * bride moving in with her husband's family, a son moving out of his parents' flat). The
 * old membership stays with left_on set, as household_member intends.
 */
import type { Insertable } from 'kysely';
import type { HouseholdMemberTable } from '../types';
import { addDays, addYears, daysBetween, maxDay } from './dates';
import type { People } from './people';
import type { Rng } from './random';

const MOVE_RATE = 0.1; // of adult non-head members: about 5 % of all clients

export function addMoves(people: People, rng: Rng, ids: Rng, today: string): void {
  const birthOf = new Map(people.persons.map((p) => [p.id, p.birthDate]));
  const current = new Map(people.memberRows.map((m) => [m.person_id, m]));
  const moves: Insertable<HouseholdMemberTable>[] = [];
  for (const household of people.households) {
    for (const personId of household.memberIds.slice(1)) {
      const birth = birthOf.get(personId)!;
      const from = maxDay(addDays(household.startedOn, 1), addYears(birth, 18));
      const span = daysBetween(from, addDays(today, -30));
      if (span < 0 || !rng.chance(MOVE_RATE)) continue;
      const movedOn = addDays(from, rng.int(0, span));
      const previous = formerHousehold(people, rng, household.id, movedOn);
      if (!previous) continue;
      const oldHeadBirth = birthOf.get(previous.headId)!;
      const joinedOn = maxDay(maxDay(previous.startedOn, birth), addYears(movedOn, -10));
      moves.push({
        id: ids.uuid(),
        household_id: previous.id,
        person_id: personId,
        relationship: daysBetween(oldHeadBirth, birth) >= 18 * 365 ? 'child' : 'other_relative',
        joined_on: joinedOn,
        left_on: addDays(movedOn, -1),
      });
      current.get(personId)!.joined_on = movedOn;
    }
  }
  people.memberRows.push(...moves);
}

/** Another household that already existed a month before the move, if one is found quickly. */
function formerHousehold(people: People, rng: Rng, exceptId: string, movedOn: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = rng.pick(people.households);
    if (candidate.id !== exceptId && daysBetween(candidate.startedOn, movedOn) > 30) return candidate;
  }
  return undefined;
}
