/** How casework pages name a person: full name when the viewer may see identity data, else the OneDoor id. */
import type { CaseSummary } from '../../api/cases';

type Name = NonNullable<CaseSummary['person']['name']>;

export function fullName(name: Name | null): string | null {
  if (!name) return null;
  return `${name.given} ${name.family}`.trim();
}

/** The Latin spelling, worth showing only when it differs (names written in Armenian or Cyrillic). */
export function latinName(name: Name | null): string | null {
  if (!name) return null;
  const latin = `${name.givenLatin} ${name.familyLatin}`.trim();
  return latin && latin !== fullName(name) ? latin : null;
}
