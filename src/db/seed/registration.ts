/**
 * When each client was first registered (person.created_at): the start of their first
 * unemployment spell, or for people never registered unemployed a day in the last three
 * years, when a social welfare centre or partner first took them on.
 */
import { addDays, addYears, daysBetween, maxDay } from './dates';
import type { PersonDraft } from './person';
import type { Rng } from './random';
import type { Spell } from './spells';

export function registrationDays(
  persons: readonly PersonDraft[],
  spells: readonly Spell[],
  rng: Rng,
  today: string,
): Map<string, string> {
  const days = new Map<string, string>();
  for (const spell of spells) {
    const known = days.get(spell.personId);
    if (!known || spell.startedOn < known) days.set(spell.personId, spell.startedOn);
  }
  for (const person of persons) {
    if (days.has(person.id)) continue;
    const from = maxDay(addYears(today, -3), addYears(person.birthDate, 16));
    days.set(person.id, addDays(from, rng.int(0, Math.max(0, daysBetween(from, today)))));
  }
  return days;
}
