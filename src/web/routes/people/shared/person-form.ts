/**
 * The person form's values and how they become an API body. Registration sends every
 * field it shows; an edit sends only what changed, because sending a field counts as
 * editing it (and needs its data category) on the server.
 */
import type { PersonCreate, PersonUpdate, PersonView } from '../../../api/people';
import type { EducationLevel, Sex } from './vocabulary';

export interface PersonFormValues {
  givenName: string;
  familyName: string;
  patronymic: string;
  sex: Sex | null;
  birthDate: string;
  nationalId: string;
  phone: string;
  email: string;
  address: string;
  municipalityCode: string | null;
  preferredLanguage: string | null;
  interpreterNeeded: boolean;
  educationLevel: EducationLevel | null;
  disability: boolean;
}

export type PersonField = keyof PersonFormValues;

/** What registration asks for (the server has no "disability" at registration). */
export const registrationFields: readonly PersonField[] = [
  'givenName', 'familyName', 'patronymic', 'sex', 'birthDate', 'nationalId',
  'phone', 'email', 'address', 'municipalityCode', 'preferredLanguage', 'interpreterNeeded', 'educationLevel',
];

const editableFields: readonly PersonField[] = [...registrationFields, 'disability'];

/** The fields of this record the viewer may edit: exactly those the server sent. */
export const editableFieldsOf = (view: PersonView): PersonField[] => editableFields.filter((f) => f in view);

export const requiredFields: readonly PersonField[] = ['givenName', 'familyName', 'sex', 'birthDate'];

export const emptyPerson: PersonFormValues = {
  givenName: '',
  familyName: '',
  patronymic: '',
  sex: null,
  birthDate: '',
  nationalId: '',
  phone: '',
  email: '',
  address: '',
  municipalityCode: null,
  // The server's default; most clients of Armenian offices speak Armenian.
  preferredLanguage: 'hy',
  interpreterNeeded: false,
  educationLevel: null,
  disability: false,
};

export function valuesOf(view: PersonView): PersonFormValues {
  return {
    givenName: view.givenName ?? '',
    familyName: view.familyName ?? '',
    patronymic: view.patronymic ?? '',
    sex: view.sex ?? null,
    birthDate: view.birthDate ?? '',
    nationalId: view.nationalId ?? '',
    phone: view.phone ?? '',
    email: view.email ?? '',
    address: view.address ?? '',
    municipalityCode: view.municipalityCode ?? null,
    preferredLanguage: view.preferredLanguage ?? null,
    interpreterNeeded: view.interpreterNeeded ?? false,
    educationLevel: view.educationLevel ?? null,
    disability: view.disability ?? false,
  };
}

/** Trimmed; an empty optional text becomes null ("not recorded"). */
function apiValue(field: PersonField, value: PersonFormValues[PersonField]): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (field === 'givenName' || field === 'familyName' || field === 'birthDate') return trimmed;
  return trimmed === '' ? null : trimmed;
}

function bodyOf(values: PersonFormValues, fields: readonly PersonField[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = apiValue(field, values[field]);
    // The preferred language cannot be "none": leaving it out keeps the current one.
    if (field === 'preferredLanguage' && value === null) continue;
    body[field] = value;
  }
  return body;
}

export const registrationBody = (values: PersonFormValues) => bodyOf(values, registrationFields) as PersonCreate;

export function updateBody(before: PersonFormValues, after: PersonFormValues, fields: readonly PersonField[], version: number) {
  const changed = fields.filter((f) => apiValue(f, before[f]) !== apiValue(f, after[f]));
  return { body: { ...bodyOf(after, changed), version } as PersonUpdate, changed };
}
