/** Shapes for households, duplicate links, history and the duplicate search. */
import { z } from 'zod';
import { Household, Id, LinkStatus, NameScript, Relationship, Version } from './schema';

export const HouseholdCreate = z.object({
  personId: Id,
  relationship: z.literal('head').default('head'),
  joinedOn: z.iso.date().optional().describe('Default: today'),
});
export const MemberAdd = z.object({
  personId: Id,
  relationship: Relationship,
  joinedOn: z.iso.date().describe('First day in this household; a current membership elsewhere ends the day before'),
});
export const HouseholdResult = Household.omit({ relationship: true, joinedOn: true });
export const HouseholdHistoryEntry = z.object({
  householdId: Id,
  relationship: Relationship,
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
});

const reason = z.string().trim().min(1).max(500).describe('Why; no sensitive details');
export const LinkCreate = z.object({
  duplicatePersonId: Id.describe('The record that duplicates this one'),
  status: z.enum(['suspected', 'linked']),
  reason,
});
export const LinkDecide = z.object({ status: z.enum(['linked', 'rejected', 'unlinked']), reason, version: Version });
export const LinkParams = z.object({ linkId: Id });
export const PersonLink = z.object({
  id: Id,
  personId: Id.describe('The primary record'),
  duplicatePersonId: Id,
  status: LinkStatus,
  reason: z.string().nullable(),
  flaggedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  version: z.number().int(),
});
export type PersonLink = z.infer<typeof PersonLink>;

export const Revision = z.object({
  version: z.number().int(),
  changedAt: z.iso.datetime(),
  changedBy: z.object({ id: Id, displayName: z.string(), agencyName: z.string() }).nullable(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).describe('Only fields of categories you may see'),
});

export const SearchQuery = z.object({
  givenName: z.string().trim().max(100).optional(),
  familyName: z.string().trim().max(100).optional(),
  birthDate: z.iso.date().optional(),
  nationalId: z.string().trim().max(40).optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;
export const SearchReason = z.enum([
  'national_id_match', 'same_birth_date', 'similar_birth_date', 'same_birth_year',
  'same_name', 'name_same_after_transliteration', 'name_similar', 'different_script',
]);
export type SearchReason = z.infer<typeof SearchReason>;
/** Minimal identity only: the single-registry lookup that prevents duplicate registration. */
export const SearchCandidate = z.object({
  id: Id,
  onedoorId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  patronymic: z.string().nullable(),
  nameScript: NameScript,
  birthDate: z.string(),
  municipalityCode: z.string().nullable(),
  score: z.number().describe('0..1, higher = more likely the same person'),
  reasons: z.array(SearchReason),
  canOpen: z.boolean().describe('Whether you may open the full record'),
});
export type SearchCandidate = z.infer<typeof SearchCandidate>;
export const SearchResult = z.object({ candidates: z.array(SearchCandidate) });
