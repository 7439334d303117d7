/**
 * Intake searches as staff type them, each aimed at one known person of the synthetic
 * register and each with a birth date, as intake always has one: the surname with a typo,
 * the name in another script (Cyrillic for an Armenian record, Latin for a Cyrillic one),
 * or the exact name with the birth date a day off or with day and month swapped.
 */
import type { Rng } from '../../src/db/seed/random';
import { cyrillicGivenName, type Generated } from './synthetic-people';

export type QueryKind = 'typo + birth date' | 'other script' | 'near birth date';

export interface TargetRow {
  id: string;
  given_name: string;
  family_name: string;
  given_name_latin: string;
  family_name_latin: string;
  name_script: string;
  birth_date: string;
  national_id: string | null;
  given_name_key: string;
  family_name_key: string;
}

export interface BenchQuery {
  kind: QueryKind;
  target: TargetRow;
  search: { givenName: string; familyName: string; birthDate?: string };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One slip of the keyboard inside the name: a letter dropped, replaced, doubled, or two swapped. */
function typo(name: string, rng: Rng): string {
  if (name.length < 4) return name + rng.pick([...LETTERS]);
  const i = rng.int(1, name.length - 2);
  switch (rng.int(0, 3)) {
    case 0: return name.slice(0, i) + name.slice(i + 1);
    case 1: return name.slice(0, i) + rng.pick([...LETTERS.replace(name[i]!.toLowerCase(), '')]) + name.slice(i + 1);
    case 2: return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    default: return name.slice(0, i) + name[i] + name.slice(i);
  }
}

function nearDate(day: string, rng: Rng): string {
  const swapped = `${day.slice(0, 4)}-${day.slice(8, 10)}-${day.slice(5, 7)}`;
  if (rng.chance(0.3) && Number(day.slice(8, 10)) <= 12 && swapped !== day) return swapped;
  const t = Date.parse(`${day}T00:00:00Z`) + (rng.chance(0.5) ? 1 : -1) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The person's name as someone reading another document, in another script, would type it. */
function otherScript(t: TargetRow, g: Generated): { givenName: string; familyName: string } {
  const latinArmenianStyle = { givenName: t.given_name_latin, familyName: t.family_name_latin.replace(/ian$/, 'yan') };
  if (g.pool.script === 'Armn') {
    const given = cyrillicGivenName(t.given_name);
    // Russian documents spell Armenian surnames with -ян: Մարունյան → Марунян.
    if (g.root && given) return { givenName: given, familyName: `${g.root[1]}ян` };
    return { givenName: t.given_name_latin, familyName: t.family_name_latin };
  }
  return latinArmenianStyle;
}

export function buildQueries(targets: readonly { row: TargetRow; generated: Generated }[], rng: Rng): BenchQuery[] {
  return targets.map(({ row: t, generated: g }, n) => {
    // Records already in Latin letters have no other script to be typed in.
    const kinds: QueryKind[] = t.name_script === 'Latn' ? ['typo + birth date', 'near birth date'] : ['typo + birth date', 'other script', 'near birth date'];
    const kind = kinds[n % kinds.length]!;
    if (kind === 'typo + birth date') {
      return { kind, target: t, search: { givenName: t.given_name_latin, familyName: typo(t.family_name_latin, rng), birthDate: t.birth_date } };
    }
    // With the birth date from the document, as at intake: a name alone cannot single out one of hundreds of namesakes.
    if (kind === 'other script') return { kind, target: t, search: { ...otherScript(t, g), birthDate: t.birth_date } };
    return { kind, target: t, search: { givenName: t.given_name, familyName: t.family_name, birthDate: nearDate(t.birth_date, rng) } };
  });
}
