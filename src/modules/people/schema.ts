/** Request and response shapes of the person registry. */
import { z } from 'zod';
import { DataCategory, ProcessingPurpose } from '../access/data-categories';
import { DOCUMENT_TYPES } from './field-categories';

export const Sex = z.enum(['female', 'male', 'other', 'unknown']).describe('Sex as recorded by the client');
export const EducationLevel = z
  .enum(['none', 'primary', 'lower_secondary', 'upper_secondary', 'vocational', 'bachelor', 'master_or_higher'])
  .describe('Highest completed education');
export const NameScript = z.enum(['Armn', 'Cyrl', 'Latn']).describe('ISO 15924 script of the names');
export const Version = z.number().int().min(1).describe('The version you read; a stale one gets 409');
export const Id = z.uuid();
export const IdParams = z.object({ id: Id });
export const PurposeQuery = z.object({ purpose: ProcessingPurpose.default('case_work') });

const name = z.string().trim().min(1).max(100);
const text = (max: number) => z.string().trim().max(max).nullish();

// Formats that need a specific, translated message (birth date range, national id per
// country, phone, language) are checked in validate.ts, so all problems come back at once.
const personFields = {
  nationalId: text(40).describe('National id; Armenia: 10-digit public service number'),
  givenName: name,
  familyName: name,
  patronymic: text(100),
  sex: Sex,
  birthDate: z.string().trim().max(20).describe('YYYY-MM-DD, not in the future, at most 120 years ago'),
  phone: text(40).describe('E.164 preferred, e.g. +37491123456'),
  email: text(254),
  address: text(300),
  municipalityCode: text(40),
  preferredLanguage: z.string().trim().max(20).optional().describe('BCP 47 language code, e.g. hy, ru, en, fa, ku'),
  interpreterNeeded: z.boolean().optional(),
  educationLevel: EducationLevel.nullish(),
};

export const PersonCreate = z.object(personFields);
export type PersonCreate = z.infer<typeof PersonCreate>;

/** Partial update: a field left out is not edited (and needs no access to its category). */
export const PersonUpdate = z.object({
  ...z.object(personFields).partial().shape,
  disability: z.boolean().optional().describe('Registered disability (health data)'),
  version: Version,
});
export type PersonUpdate = z.infer<typeof PersonUpdate>;

export const DocumentType = z.enum(DOCUMENT_TYPES);
export const DocumentInput = z.object({
  documentType: DocumentType,
  number: text(60),
  issuedBy: text(200),
  issuedOn: z.iso.date().nullish(),
  validUntil: z.iso.date().nullish(),
});
export type DocumentInput = z.infer<typeof DocumentInput>;
export const DocumentUpdate = DocumentInput.extend({ version: Version });
export type DocumentUpdate = z.infer<typeof DocumentUpdate>;
export const DocumentParams = z.object({ id: Id, documentId: Id });
export const PersonDocument = z.object({
  id: Id,
  documentType: DocumentType,
  category: DataCategory,
  number: z.string().nullable(),
  issuedBy: z.string().nullable(),
  issuedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  version: z.number().int(),
});
export type PersonDocument = z.infer<typeof PersonDocument>;

export const Relationship = z.enum([
  'head', 'spouse', 'partner', 'child', 'parent', 'sibling', 'grandparent', 'grandchild', 'other_relative', 'other',
]);
export type Relationship = z.infer<typeof Relationship>;
export const HouseholdMember = z.object({
  personId: Id,
  onedoorId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  relationship: Relationship,
  joinedOn: z.string(),
});
export const Household = z.object({
  id: Id,
  relationship: Relationship.describe('This person\'s relationship to the head'),
  joinedOn: z.string(),
  members: z.array(HouseholdMember).describe('Current members the viewer may see, this person included'),
});

export const PersonRef = z.object({ id: Id, onedoorId: z.string() });
export const LinkStatus = z.enum(['suspected', 'linked', 'rejected', 'unlinked']);
export const LinkSummary = z.object({
  linkId: Id,
  status: z.enum(['suspected', 'linked']),
  version: z.number().int(),
  otherPerson: PersonRef,
  otherIs: z.enum(['primary', 'duplicate']).describe('primary: this record is the duplicate of the other'),
});

const opt = <T extends z.ZodType>(t: T) => t.optional();
/** Fields of categories the viewer may not see are absent (not null). */
export const PersonView = z.object({
  id: Id,
  onedoorId: z.string(),
  version: z.number().int(),
  relation: z.enum(['lead', 'partner', 'registrar', 'break_glass']),
  visibleCategories: z.array(DataCategory),
  registeredAt: z.iso.datetime(),
  nationalId: opt(z.string().nullable()),
  givenName: opt(z.string()),
  familyName: opt(z.string()),
  patronymic: opt(z.string().nullable()),
  nameScript: opt(NameScript),
  givenNameLatin: opt(z.string()),
  familyNameLatin: opt(z.string()),
  sex: opt(Sex),
  birthDate: opt(z.string()),
  phone: opt(z.string().nullable()),
  email: opt(z.string().nullable()),
  address: opt(z.string().nullable()),
  municipalityCode: opt(z.string().nullable()),
  preferredLanguage: opt(z.string()),
  interpreterNeeded: opt(z.boolean()),
  educationLevel: opt(EducationLevel.nullable()),
  disability: opt(z.boolean()),
  household: opt(Household.nullable()),
  documents: opt(z.array(PersonDocument)),
  unemploymentSpells: opt(z.array(z.object({
    id: Id, officeId: Id.nullable(), startedOn: z.string(), endedOn: z.string().nullable(), endReason: z.string().nullable(),
  }))),
  benefits: opt(z.array(z.object({
    id: Id, householdId: Id.nullable(), benefitType: z.string(), startedOn: z.string(), endedOn: z.string().nullable(),
    monthlyAmount: z.string(), currency: z.string(),
  }))),
  linkedTo: opt(PersonRef.extend({ linkId: Id }).nullable().describe('Set when this record is a linked duplicate: open that one instead')),
  linkedDuplicates: opt(z.array(LinkSummary)),
});
export type PersonView = z.infer<typeof PersonView>;
