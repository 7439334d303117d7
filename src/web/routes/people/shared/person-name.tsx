/**
 * A person's name as written, marked with its language so screen readers pronounce an
 * Armenian or Cyrillic name correctly inside an English page.
 */
import type { PersonView } from '../../../api/people';

type Script = NonNullable<PersonView['nameScript']>;

const scriptLanguage: Record<Script, string | undefined> = { Armn: 'hy', Cyrl: 'ru', Latn: undefined };

export const langOfScript = (script: Script | undefined) => (script ? scriptLanguage[script] : undefined);

interface Named {
  givenName?: string;
  familyName?: string;
  patronymic?: string | null;
  nameScript?: Script;
}

/** "Given Patronymic Family" as far as the viewer may see it; empty when identity is hidden. */
export function fullName({ givenName, familyName, patronymic }: Named): string {
  return [givenName, patronymic, familyName].filter(Boolean).join(' ');
}

export function PersonName({ person }: { person: Named }) {
  return <span lang={langOfScript(person.nameScript)}>{fullName(person)}</span>;
}

/** The Latin spelling, worth showing only when the name is written in another script. */
export function latinName(p: { givenNameLatin?: string; familyNameLatin?: string; nameScript?: Script }): string | null {
  if (!p.nameScript || p.nameScript === 'Latn') return null;
  const latin = [p.givenNameLatin, p.familyNameLatin].filter(Boolean).join(' ');
  return latin || null;
}
