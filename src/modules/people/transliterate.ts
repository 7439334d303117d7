/**
 * Latin transliteration of client names, so staff can find a person whatever script the
 * record (or the search box) uses. Armenian follows the romanisation used in Armenian
 * passports (close to ISO 9985 without diacritics); Russian follows ICAO 9303, which is
 * what Russian passports print. The two systems disagree on purpose-built details
 * (Петросян → Petrosian, Պետրոսյան → Petrosyan), so search on top of this must be fuzzy.
 */

export type Script = 'Armn' | 'Cyrl' | 'Latn';

// Lowercase Armenian letters; uppercase forms are these minus 0x30 (U+0531–U+0556).
// Ե, Ո, ու and և have context rules and are handled in armenianLetter().
const ARMENIAN: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i',
  լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y',
  ն: 'n', շ: 'sh', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r',
  ց: 'ts', ւ: 'v', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f',
};

// ICAO 9303 (7th edition) Cyrillic table; the soft sign is dropped. The few Ukrainian and
// Belarusian letters are included because such names reach Armenian offices too.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '',
  э: 'e', ю: 'iu', я: 'ia', і: 'i', ї: 'i', є: 'ie', ґ: 'g', ў: 'u',
};

// Armenian punctuation that has a Latin equivalent; accent marks (՛ ՜) carry no sound.
const ARMENIAN_PUNCTUATION: Record<string, string> = { '։': '.', '՝': ',', '՞': '?', '՚': "'", '՛': '', '՜': '' };

const isArmenian = (c: string) => /[\u0531-\u0587]/.test(c);
const isCyrillic = (c: string) => /[\u0400-\u04FF]/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();

/** Transliterates Armenian and Cyrillic letters to Latin; everything else is kept. */
export function transliterate(text: string): string {
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (isArmenian(c)) {
      const { latin, consumed } = armenianLetter(chars, i);
      out += withCase(latin, chars, i, consumed);
      i += consumed - 1;
    } else if (isCyrillic(c)) {
      const latin = CYRILLIC[c.toLowerCase()];
      out += latin === undefined ? c : withCase(latin, chars, i, 1);
    } else {
      out += ARMENIAN_PUNCTUATION[c] ?? c;
    }
  }
  return out;
}

/** Lowercase Latin for the Armenian letter at i, and how many source letters it used. */
function armenianLetter(chars: string[], i: number): { latin: string; consumed: number } {
  const c = chars[i]!.toLowerCase();
  const next = chars[i + 1]?.toLowerCase();
  const wordStart = !isLetter(chars[i - 1]);
  if (c === 'ո' && next === 'ւ') return { latin: 'u', consumed: 2 };
  if (c === 'ո') return { latin: wordStart ? 'vo' : 'o', consumed: 1 };
  if (c === 'ե') return { latin: wordStart ? 'ye' : 'e', consumed: 1 };
  if (c === 'և') return { latin: wordStart ? 'yev' : 'ev', consumed: 1 };
  return { latin: ARMENIAN[c] ?? c, consumed: 1 };
}

/**
 * An uppercase source letter gives a capitalised digraph ("Zh") inside a normal name and
 * a fully uppercase one ("ZH") when the word around it is written in capitals.
 */
function withCase(latin: string, chars: string[], i: number, consumed: number): string {
  if (!isUpper(chars[i]) || latin === '') return latin;
  const after = chars[i + consumed];
  const before = chars[i - 1];
  const allCaps = isLetter(after) ? isUpper(after) : isLetter(before) && isUpper(before);
  return allCaps ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
}

/** The script most letters of the text are written in; Latin when there are no letters. */
export function detectScript(text: string): Script {
  let armn = 0;
  let cyrl = 0;
  let latn = 0;
  for (const c of text) {
    if (isArmenian(c)) armn++;
    else if (isCyrillic(c)) cyrl++;
    else if (isLetter(c)) latn++;
  }
  if (armn > cyrl && armn >= latn && armn > 0) return 'Armn';
  if (cyrl >= armn && cyrl >= latn && cyrl > 0) return 'Cyrl';
  return 'Latn';
}
