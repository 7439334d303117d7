/**
 * A person's editable fields in API terms, and their mapping to the database row. Names
 * are stored in the script they were typed in; the script and the Latin transliteration
 * are derived on every save, never typed.
 */
import type { Selectable, Updateable } from 'kysely';
import type { PersonTable } from '../../db/types';
import type { PersonField } from './field-categories';
import { detectScript, transliterate } from './transliterate';

export interface PersonValues {
  nationalId: string | null;
  givenName: string;
  familyName: string;
  patronymic: string | null;
  sex: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  municipalityCode: string | null;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  educationLevel: string | null;
  disability: boolean;
}
export type EditableField = keyof PersonValues;

export type PersonRow = Selectable<PersonTable>;

/** Every field of a stored person as the API names it (derived ones included). */
export function fieldValues(row: PersonRow): Record<PersonField, unknown> {
  return {
    onedoorId: row.onedoor_id,
    nationalId: row.national_id,
    givenName: row.given_name,
    familyName: row.family_name,
    patronymic: row.patronymic,
    nameScript: row.name_script,
    givenNameLatin: row.given_name_latin,
    familyNameLatin: row.family_name_latin,
    sex: row.sex,
    birthDate: row.birth_date,
    phone: row.phone,
    email: row.email,
    address: row.address,
    municipalityCode: row.municipality_code,
    preferredLanguage: row.preferred_language,
    interpreterNeeded: row.interpreter_needed,
    educationLevel: row.education_level,
    disability: row.disability,
  };
}

export function valuesOf(row: PersonRow): PersonValues {
  const { onedoorId: _o, nameScript: _s, givenNameLatin: _g, familyNameLatin: _f, ...editable } = fieldValues(row);
  return editable as PersonValues;
}

export function toColumns(v: PersonValues) {
  return {
    national_id: v.nationalId,
    given_name: v.givenName,
    family_name: v.familyName,
    patronymic: v.patronymic,
    name_script: detectScript(`${v.givenName} ${v.familyName} ${v.patronymic ?? ''}`),
    given_name_latin: transliterate(v.givenName),
    family_name_latin: transliterate(v.familyName),
    sex: v.sex,
    birth_date: v.birthDate,
    phone: v.phone,
    email: v.email,
    address: v.address,
    municipality_code: v.municipalityCode,
    preferred_language: v.preferredLanguage,
    interpreter_needed: v.interpreterNeeded,
    education_level: v.educationLevel,
    disability: v.disability,
  } satisfies Updateable<PersonTable>;
}

/** The fields whose value differs, as {field: {from, to}} for a revision row. */
export function diff(before: Partial<PersonValues>, after: PersonValues): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as EditableField[]) {
    const from = before[key] ?? null;
    if (from !== after[key]) changes[key] = { from, to: after[key] };
  }
  return changes;
}
