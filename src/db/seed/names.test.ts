import { describe, expect, it } from 'vitest';
import { familyNameFor, patronymicFor } from './names';
import { ARMENIAN_POOL } from './names-armenian';
import { ARMENIAN_CYRILLIC_POOL, RUSSIAN_POOL } from './names-cyrillic';
import { YAZIDI_POOL } from './names-latin';

describe('family names by sex', () => {
  it.each([
    ['Смирнов', 'Смирнова'],
    ['Щукин', 'Щукина'],
    ['Чернышёв', 'Чернышёва'],
    ['Ковальский', 'Ковальская'],
  ])('Russian %s → %s for a woman', (male, female) => {
    expect(familyNameFor(RUSSIAN_POOL, male, 'female')).toBe(female);
    expect(familyNameFor(RUSSIAN_POOL, male, 'male')).toBe(male);
  });

  it('leaves Armenian family names alone in either script', () => {
    expect(familyNameFor(ARMENIAN_CYRILLIC_POOL, 'Петросян', 'female')).toBe('Петросян');
    expect(familyNameFor(ARMENIAN_POOL, 'Պետրոսյան', 'female')).toBe('Պետրոսյան');
  });
});

describe('patronymics', () => {
  it.each([
    ['Иван', 'male', 'Иванович'],
    ['Иван', 'female', 'Ивановна'],
    ['Сергей', 'male', 'Сергеевич'],
    ['Николай', 'female', 'Николаевна'],
    ['Игорь', 'male', 'Игоревич'],
    ['Юрий', 'female', 'Юрьевна'],
    ['Дмитрий', 'male', 'Дмитриевич'],
  ] as const)('Russian: father %s, %s child → %s', (father, sex, expected) => {
    expect(patronymicFor(RUSSIAN_POOL, father, sex)).toBe(expected);
  });

  it('Armenian: the father name in the genitive, the same for sons and daughters', () => {
    expect(patronymicFor(ARMENIAN_POOL, 'Պետրոս', 'male')).toBe('Պետրոսի');
    expect(patronymicFor(ARMENIAN_POOL, 'Վահե', 'female')).toBe('Վահեի');
    expect(patronymicFor(ARMENIAN_POOL, 'Դավիթ', 'male')).toBe('Դավթի');
    expect(patronymicFor(ARMENIAN_CYRILLIC_POOL, 'Ованнес', 'male')).toBe('Ованнесович');
  });

  it('none for groups whose records carry no patronymic', () => {
    expect(patronymicFor(YAZIDI_POOL, 'Aziz', 'male')).toBeNull();
  });
});
