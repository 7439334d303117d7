/**
 * The registry's value lists, spelled out so the web bundle carries no server code;
 * `satisfies` makes the compiler flag a value the server does not know. Their labels are
 * in the shared `people` namespace (people.json), which a test checks against the API.
 */
import type { DataCategory } from '../../../../modules/access/data-categories';
import type { DocumentInput, PersonView } from '../../../api/people';
import type { Relationship } from '../../../api/people-related';

type DocumentType = DocumentInput['documentType'];
export type Sex = NonNullable<PersonView['sex']>;
export type EducationLevel = NonNullable<PersonView['educationLevel']>;
export type { DataCategory, DocumentType };

export const sexes = ['female', 'male', 'other', 'unknown'] as const satisfies readonly Sex[];

export const educationLevels = [
  'none', 'primary', 'lower_secondary', 'upper_secondary', 'vocational', 'bachelor', 'master_or_higher',
] as const satisfies readonly EducationLevel[];

export const documentTypes = [
  'passport', 'id_card', 'birth_certificate', 'residence_permit', 'refugee_certificate',
  'disability_certificate', 'diploma', 'employment_record', 'other',
] as const satisfies readonly DocumentType[];

/** Mirrors the server's documentCategory: a form offers only types whose category the viewer sees. */
export function documentCategory(type: DocumentType): DataCategory {
  if (type === 'disability_certificate') return 'health';
  if (type === 'diploma') return 'education';
  if (type === 'employment_record') return 'employment';
  return 'identity';
}

/** A member joins an existing household in one of these roles; "head" is whoever started it. */
export const memberRelationships = [
  'spouse', 'partner', 'child', 'parent', 'sibling', 'grandparent', 'grandchild', 'other_relative', 'other',
] as const satisfies readonly Relationship[];

/**
 * Languages offered for "preferred language" (BCP 47), the ones most asked for at
 * Armenian offices; a record with another code keeps it and shows the code.
 */
export const clientLanguages = ['hy', 'ru', 'en', 'ku', 'fa', 'ar', 'ka', 'uk', 'fr', 'hi'] as const;

/** Data categories in the order people read them: ordinary data first, special categories last. */
export const dataCategories = [
  'identity', 'contact', 'employment', 'education', 'benefits', 'financial', 'health', 'addiction', 'domestic_violence', 'criminal_record',
] as const satisfies readonly DataCategory[];
