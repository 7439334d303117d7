/**
 * Name pools and the grammar that derives related names: feminine family names in
 * Russian, patronymics in Armenian (father's name in the genitive) and Russian (-ovich).
 * A household draws all its members from one pool so families look like families.
 */
import type { Rng } from './random';
import { ARMENIAN_POOL } from './names-armenian';
import { ARMENIAN_CYRILLIC_POOL, RUSSIAN_POOL } from './names-cyrillic';
import { DIASPORA_POOL, GEORGIAN_POOL, INDIAN_POOL, IRANIAN_POOL, YAZIDI_POOL } from './names-latin';

export type NameScript = 'Armn' | 'Cyrl' | 'Latn';

export interface NamePool {
  label: string;
  script: NameScript;
  male: readonly string[];
  female: readonly string[];
  /** Family names in their masculine (or only) form. */
  family: readonly string[];
  /** Language for letters and plans (BCP 47). */
  language: 'hy' | 'ru' | 'en';
  /** Share of people from this group who need an interpreter at meetings. */
  interpreterRate: number;
  /** Share who have an Armenian public service number (citizens and long-term residents). */
  nationalIdRate: number;
  /** Whether records of this group carry a patronymic. */
  patronymics: boolean;
}

// The client mix asked for: ~60 % Armenian script, ~25 % Cyrillic, ~15 % Latin.
const POOLS: readonly (readonly [NamePool, number])[] = [
  [ARMENIAN_POOL, 60],
  [ARMENIAN_CYRILLIC_POOL, 14],
  [RUSSIAN_POOL, 11],
  [YAZIDI_POOL, 7],
  [DIASPORA_POOL, 4],
  [IRANIAN_POOL, 2],
  [INDIAN_POOL, 1],
  [GEORGIAN_POOL, 1],
];

export const ALL_POOLS: readonly NamePool[] = POOLS.map(([pool]) => pool);

export function choosePool(rng: Rng): NamePool {
  const label = rng.weighted(POOLS.map(([pool, weight]) => [pool.label, weight] as const));
  return ALL_POOLS.find((pool) => pool.label === label)!;
}

export type Sex = 'female' | 'male';

/** The family name as a person of this sex carries it (Смирнов → Смирнова). */
export function familyNameFor(pool: NamePool, family: string, sex: Sex): string {
  if (pool.script !== 'Cyrl' || sex === 'male') return family;
  if (/(ов|ев|ёв|ин|ын)$/.test(family)) return `${family}а`;
  if (family.endsWith('ский')) return `${family.slice(0, -4)}ская`;
  return family; // Armenian -ян names do not change
}

const ARMENIAN_GENITIVE_IRREGULAR: Record<string, string> = { Դավիթ: 'Դավթի', Խաչատուր: 'Խաչատրի' };

/** Patronymic from the father's given name, or null where the group does not use them. */
export function patronymicFor(pool: NamePool, fatherName: string, sex: Sex): string | null {
  if (!pool.patronymics) return null;
  if (pool.script === 'Armn') {
    // Armenian records give the father's name in the genitive, the same for sons and daughters.
    const irregular = ARMENIAN_GENITIVE_IRREGULAR[fatherName];
    if (irregular) return irregular;
    return fatherName.endsWith('ա') ? `${fatherName}յի` : `${fatherName}ի`;
  }
  // Russian: soft stems take -evich/-evna (Сергей → Сергеевич, Юрий → Юрьевич, Игорь →
  // Игоревич), hard ones -ovich/-ovna (Иван → Иванович); Дмитрий is the usual exception.
  const ending = sex === 'male' ? 'вич' : 'вна';
  if (fatherName === 'Дмитрий') return `Дмитрие${ending}`;
  if (fatherName.endsWith('ий')) return `${fatherName.slice(0, -2)}ье${ending}`;
  if (/(ей|ай|ь)$/.test(fatherName)) return `${fatherName.slice(0, -1)}е${ending}`;
  return `${fatherName}о${ending}`;
}
