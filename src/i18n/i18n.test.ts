import { expect, it } from 'vitest';
import { languages, pickLanguage, resources } from '.';

// Plural forms differ by language (Russian has few/many), so compare keys without them.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (ks: string[]) => [...new Set(ks.map((k) => k.replace(PLURAL, '')))].sort();

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

it('every language has every key English has, and no empty strings', () => {
  for (const [ns, english] of Object.entries(resources.en)) {
    const expected = base(keys(english));
    for (const lng of languages) {
      const translated = resources[lng][ns];
      expect(base(keys(translated)), `${lng}/${ns}`).toEqual(expected);
      expect(keys(translated).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], translated) === '')).toEqual([]);
    }
  }
});

it('Armenian and Russian texts are actually in their scripts', () => {
  const sample = (lng: 'ru' | 'hy') => JSON.stringify(resources[lng].errors);
  expect(sample('hy')).toMatch(/[\u0531-\u058F]{6}/);
  expect(sample('ru')).toMatch(/[\u0400-\u04FF]{6}/);
});

it('picks the best supported language from Accept-Language', () => {
  expect(pickLanguage('hy-AM,hy;q=0.9,en;q=0.8')).toBe('hy');
  expect(pickLanguage('de-DE,ru;q=0.5,en;q=0.4')).toBe('ru');
  expect(pickLanguage('fr')).toBe('en');
  expect(pickLanguage(undefined)).toBe('en');
});
