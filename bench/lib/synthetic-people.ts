/**
 * A national-size synthetic person register, made the way the app stores people: names
 * from the demo's name pools (Armenian, Cyrillic and Latin script) with the Latin form
 * from the people module's transliterate(); the match keys are the database's own
 * generated columns. The demo pools hold a few hundred surnames, far fewer than a
 * country has, and a small name dictionary would make fuzzy search look cheaper than it
 * is; so most surnames come from a long tail of ~2,000 synthetic Armenian-style roots
 * (Marunyan / Марунян / Marunian), spelled in each script like the real ones.
 */
import { ALL_POOLS, choosePool, familyNameFor, patronymicFor, type NamePool } from '../../src/db/seed/names';
import { Rng } from '../../src/db/seed/random';
import { transliterate } from '../../src/modules/people/transliterate';

const FIRST: readonly (readonly [string, string])[] = [
  ['Մար', 'Мар'], ['Սար', 'Сар'], ['Գալ', 'Гал'], ['Կար', 'Кар'], ['Վար', 'Вар'], ['Թադ', 'Тад'], ['Պետ', 'Пет'], ['Դավ', 'Дав'],
  ['Զաք', 'Зак'], ['Խաչ', 'Хач'], ['Մել', 'Мел'], ['Նալ', 'Нал'], ['Շահ', 'Шах'], ['Սիմ', 'Сим'], ['Տեր', 'Тер'], ['Ղազ', 'Газ'],
  ['Ավ', 'Ав'], ['Ար', 'Ар'], ['Գաս', 'Гас'], ['Մին', 'Мин'], ['Մուր', 'Мур'], ['Բաբ', 'Баб'], ['Լալ', 'Лал'], ['Պապ', 'Пап'],
  ['Սամ', 'Сам'], ['Քոչ', 'Коч'], ['Աղ', 'Аг'], ['Բար', 'Бар'], ['Դան', 'Дан'], ['Գեր', 'Гер'], ['Թով', 'Тов'], ['Կոս', 'Кос'],
  ['Մաթ', 'Мат'], ['Նազ', 'Наз'], ['Ռաֆ', 'Раф'], ['Սեդ', 'Сед'], ['Վաս', 'Вас'], ['Տոն', 'Тон'], ['Փիլ', 'Пил'], ['Զոր', 'Зор'],
];
const VOWELS = [['ա', 'а'], ['ի', 'и'], ['ո', 'о'], ['ու', 'у'], ['ե', 'е']] as const;
const CONSONANTS = [['ր', 'р'], ['ն', 'н'], ['լ', 'л'], ['մ', 'м'], ['ս', 'с'], ['կ', 'к'], ['տ', 'т'], ['գ', 'г'], ['դ', 'д'], ['վ', 'в']] as const;

/** Each root in Armenian and Cyrillic letters: 40 × (1 + 5 × 10) = 2,040 roots. */
const ROOTS: readonly (readonly [string, string])[] = FIRST.flatMap(([hy, ru]) => [
  [hy, ru] as const,
  ...VOWELS.flatMap(([vh, vr]) => CONSONANTS.map(([ch, cr]) => [hy + vh + ch, ru + vr + cr] as const)),
]);

/** A long-tail surname for a pool, in its script and naming style. */
function syntheticFamily(pool: NamePool, [hy, ru]: readonly [string, string]): string {
  if (pool.script === 'Armn') return `${hy}յան`;
  if (pool.label === 'russian') return `${ru}ов`;
  if (pool.script === 'Cyrl') return `${ru}ян`;
  return `${transliterate(hy)}ian`; // diaspora spelling in Latin letters
}

// transliterate() is pure and names repeat a million times: compute each once.
const latinCache = new Map<string, string>();
const latin = (name: string) => latinCache.get(name) ?? latinCache.set(name, transliterate(name)).get(name)!;

/** Skewed pick: low indexes (the common names) much more often, like real name frequencies. */
const skewed = <T>(rng: Rng, items: readonly T[], power: number) => items[Math.floor(items.length * rng.float() ** power)]!;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The i-th OneDoor id in the app's format (OD-XXXX-XXXX, Crockford base32). */
export function onedoorIdOf(i: number): string {
  let s = '';
  for (let n = i, k = 0; k < 8; k++, n = Math.floor(n / 32)) s = CROCKFORD[n % 32] + s;
  return `OD-${s.slice(0, 4)}-${s.slice(4)}`;
}

export interface PersonColumns {
  onedoorId: string[]; nationalId: (string | null)[]; given: string[]; family: string[]; patronymic: (string | null)[];
  script: string[]; givenLatin: string[]; familyLatin: string[]; sex: string[]; birthDate: string[]; language: string[];
}

/** What a benchmark query needs to know about a generated person besides the stored row. */
export interface Generated {
  index: number;
  pool: NamePool;
  /** The surname root, so a query can spell the same surname in the other script. */
  root: readonly [string, string] | null;
}

const DAY_MS = 86_400_000;
const BIRTH_FROM = Date.parse('1950-01-01T00:00:00Z');
const BIRTH_DAYS = 58 * 365;

/** Persons [start, start + count) as column arrays; `watch` collects the generation facts of chosen indexes. */
export function syntheticPeople(start: number, count: number, rng: Rng, watch: Map<number, Generated | null>): PersonColumns {
  const c: PersonColumns = { onedoorId: [], nationalId: [], given: [], family: [], patronymic: [], script: [], givenLatin: [], familyLatin: [], sex: [], birthDate: [], language: [] };
  for (let i = start; i < start + count; i++) {
    const pool = choosePool(rng);
    const sex = rng.chance(0.5) ? 'female' : 'male';
    const given = skewed(rng, sex === 'male' ? pool.male : pool.female, 1.5);
    const root = rng.chance(0.65) ? skewed(rng, ROOTS, 1.3) : null;
    const family = familyNameFor(pool, root ? syntheticFamily(pool, root) : skewed(rng, pool.family, 2), sex);
    c.onedoorId.push(onedoorIdOf(i));
    c.nationalId.push(rng.chance(pool.nationalIdRate) ? String(1_000_000_007 + i * 3) : null);
    c.given.push(given);
    c.family.push(family);
    c.patronymic.push(patronymicFor(pool, skewed(rng, pool.male, 1.5), sex));
    c.script.push(pool.script);
    c.givenLatin.push(latin(given));
    c.familyLatin.push(latin(family));
    c.sex.push(sex);
    c.birthDate.push(new Date(BIRTH_FROM + rng.int(0, BIRTH_DAYS) * DAY_MS).toISOString().slice(0, 10));
    c.language.push(pool.language);
    if (watch.has(i)) watch.set(i, { index: i, pool, root });
  }
  return c;
}

/** The same given name in Cyrillic, where the Armenian-Cyrillic pool has it (Արամ → Арам). */
export function cyrillicGivenName(armenian: string): string | undefined {
  const key = latin(armenian).toLowerCase();
  const cyrillic = ALL_POOLS.find((p) => p.label === 'armenian-cyrillic')!;
  return [...cyrillic.male, ...cyrillic.female].find((n) => latin(n).toLowerCase() === key);
}
