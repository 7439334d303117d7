import { describe, expect, it } from 'vitest';
import { detectScript, transliterate } from './transliterate';

describe('transliterate: Armenian (passport romanisation)', () => {
  it.each([
    ['Արամ Պետրոսյան', 'Aram Petrosyan'],
    ['Երևան', 'Yerevan'],
    ['Հովհաննես', 'Hovhannes'],
    ['Ոսկանյան', 'Voskanyan'],
    ['Գրիգորյան', 'Grigoryan'],
    ['Ժաննա Ղազարյան', 'Zhanna Ghazaryan'],
    ['Խաչատրյան', 'Khachatryan'],
    ['Ծովինար', 'Tsovinar'],
    ['Ճաղարյան', 'Chagharyan'],
    ['Շուշանիկ', 'Shushanik'],
    ['Ջուլիետա', 'Julieta'],
    ['Ձյունիկ', 'Dzyunik'],
    ['Ուրիկ', 'Urik'],
    ['Էդգար Ըմբերյան', 'Edgar Ymberyan'],
    ['Փիրուզա Քոչարյան', 'Piruza Kocharyan'],
    ['Ֆելիքս Օհանյան', 'Feliks Ohanyan'],
    ['Եվա', 'Yeva'],
    ['և', 'yev'],
  ])('%s → %s', (armenian, latin) => {
    expect(transliterate(armenian)).toBe(latin);
  });

  it('uses the initial forms only at the start of a word', () => {
    expect(transliterate('Երեմյան')).toBe('Yeremyan');
    expect(transliterate('Ոսկեհատ')).toBe('Voskehat');
    expect(transliterate('Թովմասյան')).toBe('Tovmasyan');
  });

  it('keeps a word in capitals in capitals, digraphs included', () => {
    expect(transliterate('ՊԵՏՐՈՍՅԱՆ')).toBe('PETROSYAN');
    expect(transliterate('ՇԱՀԻՆՅԱՆ')).toBe('SHAHINYAN');
  });

  it('maps Armenian punctuation', () => {
    expect(transliterate('Բարև։')).toBe('Barev.');
  });
});

describe('transliterate: Russian (ICAO 9303)', () => {
  it.each([
    ['Арам Петросян', 'Aram Petrosian'],
    ['Ованнес', 'Ovannes'],
    ['Щукин', 'Shchukin'],
    ['Юлия', 'Iuliia'],
    ['Ольга Смирнова', 'Olga Smirnova'],
    ['Жанна Хачатурян', 'Zhanna Khachaturian'],
    ['Цветков', 'Tsvetkov'],
    ['Чернышёв', 'Chernyshev'],
    ['Андреевич', 'Andreevich'],
    // ICAO writes the hard sign as "ie".
    ['Эдуард Подъячев', 'Eduard Podieiachev'],
    ['Сергей Яковлевич', 'Sergei Iakovlevich'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  it('keeps a word in capitals in capitals', () => {
    expect(transliterate('ЩУКИН')).toBe('SHCHUKIN');
    expect(transliterate('ЖЕНЯ')).toBe('ZHENIA');
  });
});

describe('transliterate: other text', () => {
  it('leaves Latin, digits and punctuation unchanged', () => {
    expect(transliterate("Khudeda Tamoyan-O'Neil, 42")).toBe("Khudeda Tamoyan-O'Neil, 42");
    expect(transliterate('')).toBe('');
  });

  it('handles mixed scripts in one string', () => {
    expect(transliterate('Anna Սարգսյան / Анна')).toBe('Anna Sargsyan / Anna');
  });
});

describe('detectScript', () => {
  it.each([
    ['Արամ Պետրոսյան', 'Armn'],
    ['Арам Петросян', 'Cyrl'],
    ['Aram Petrosyan', 'Latn'],
    ['Aram Պետրոսյան', 'Armn'],
    ['12-34', 'Latn'],
  ] as const)('%s is %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});
