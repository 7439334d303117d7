/**
 * Which data category each field of a person record belongs to. The access policy decides
 * per category; this map is how a field inherits that decision. A field missing here is a
 * compile error in the view and the update, so nothing is shown by accident.
 */
import type { DataCategory } from '../access/data-categories';

export const PERSON_FIELD_CATEGORY = {
  onedoorId: 'identity',
  nationalId: 'identity',
  givenName: 'identity',
  familyName: 'identity',
  patronymic: 'identity',
  nameScript: 'identity',
  givenNameLatin: 'identity',
  familyNameLatin: 'identity',
  sex: 'identity',
  birthDate: 'identity',
  phone: 'contact',
  email: 'contact',
  address: 'contact',
  municipalityCode: 'contact',
  preferredLanguage: 'contact',
  interpreterNeeded: 'contact',
  educationLevel: 'education',
  disability: 'health',
} as const satisfies Record<string, DataCategory>;

export type PersonField = keyof typeof PERSON_FIELD_CATEGORY;
export const PERSON_FIELDS = Object.keys(PERSON_FIELD_CATEGORY) as PersonField[];

/** Households are about who lives with whom: identity data. */
export const HOUSEHOLD_CATEGORY: DataCategory = 'identity';
export const SPELL_CATEGORY: DataCategory = 'employment';
export const BENEFIT_CATEGORY: DataCategory = 'benefits';

export const DOCUMENT_TYPES = [
  'passport', 'id_card', 'birth_certificate', 'residence_permit', 'refugee_certificate',
  'disability_certificate', 'diploma', 'employment_record', 'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** A disability certificate is health data, a diploma education, a work book employment. */
export function documentCategory(type: DocumentType): DataCategory {
  if (type === 'disability_certificate') return 'health';
  if (type === 'diploma') return 'education';
  if (type === 'employment_record') return 'employment';
  return 'identity';
}

/** Category of a field name stored in a revision; an unknown name has none and is never shown. */
export function categoryOfField(field: string): DataCategory | undefined {
  return (PERSON_FIELD_CATEGORY as Record<string, DataCategory>)[field];
}

/** The distinct categories of some fields, for audit details ("what kind of data changed"). */
export function categoriesOf(fields: string[]): DataCategory[] {
  return [...new Set(fields.map(categoryOfField).filter((c): c is DataCategory => c !== undefined))].sort();
}
