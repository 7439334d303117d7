/**
 * Builds the person record a viewer may see from the access decision. A field of a
 * category the viewer may not see is left out of the response (not null), so its
 * presence is not revealed either; other people appear (household members, linked
 * records) only when the viewer may see their identity, and are then audited too.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { ProcessingPurpose } from '../access/data-categories';
import { canSee, visibleCategories, type AccessDecision, type Viewer } from '../access/policy';
import type { AccessService } from '../access/service';
import {
  BENEFIT_CATEGORY, DOCUMENT_TYPES, documentCategory, type DocumentType, HOUSEHOLD_CATEGORY, PERSON_FIELD_CATEGORY, PERSON_FIELDS, SPELL_CATEGORY,
} from './field-categories';
import { currentMembers, currentMembership } from './household-repo';
import { fieldValues, type PersonRow } from './person-values';
import { listBenefits, listDocuments, listOpenLinks, listSpells } from './related-repo';
import type { PersonDocument, PersonView, Relationship } from './schema';

export interface ViewContext {
  trx: Kysely<DB>;
  access: AccessService;
  viewer: Viewer;
  purpose: ProcessingPurpose;
}

/** Another person whose identity the response shows: audited as a read of their data. */
export interface RelatedShown {
  personId: string;
  decision: AccessDecision;
  shownIn: 'household' | 'link';
}

type Document = Awaited<ReturnType<typeof listDocuments>>[number];
export const toDocument = (d: Document): PersonDocument => ({
  id: d.id,
  documentType: d.document_type as DocumentType,
  category: documentCategory(d.document_type as DocumentType),
  number: d.number,
  issuedBy: d.issued_by,
  issuedOn: d.issued_on,
  validUntil: d.valid_until,
  version: d.version,
});

/** The other people the viewer may see the identity of, with their decisions. */
async function identityVisible(ctx: ViewContext, ids: string[]) {
  const decisions = await ctx.access.decideMany(ctx.viewer, ids, ctx.purpose, ctx.trx);
  return new Map([...decisions].filter(([, d]) => canSee(d, 'identity')));
}

/** Current members of a household whose identity the viewer may see (and `selfId`, always). */
export async function householdMembers(ctx: ViewContext, householdId: string, selfId: string | null, related: RelatedShown[]) {
  const members = await currentMembers(ctx.trx, householdId);
  const visible = await identityVisible(ctx, members.map((m) => m.person_id).filter((id) => id !== selfId));
  for (const [id, decision] of visible) related.push({ personId: id, decision, shownIn: 'household' });
  return members
    .filter((m) => m.person_id === selfId || visible.has(m.person_id))
    .map((m) => ({
      personId: m.person_id,
      onedoorId: m.onedoor_id,
      givenName: m.given_name,
      familyName: m.family_name,
      relationship: m.relationship as Relationship,
      joinedOn: m.joined_on,
    }));
}

async function householdOf(ctx: ViewContext, personId: string, related: RelatedShown[]) {
  const membership = await currentMembership(ctx.trx, personId);
  if (!membership) return null;
  return {
    id: membership.household_id,
    relationship: membership.relationship as Relationship,
    joinedOn: membership.joined_on,
    members: await householdMembers(ctx, membership.household_id, personId, related),
  };
}

async function linksOf(ctx: ViewContext, personId: string, related: RelatedShown[]) {
  const links = await listOpenLinks(ctx.trx, personId);
  const visible = await identityVisible(ctx, links.map((l) => l.other_id));
  for (const [id, decision] of visible) related.push({ personId: id, decision, shownIn: 'link' });
  const shown = links.filter((l) => visible.has(l.other_id));
  const primary = shown.find((l) => l.status === 'linked' && l.duplicate_person_id === personId);
  return {
    linkedTo: primary ? { linkId: primary.id, id: primary.other_id, onedoorId: primary.other_onedoor_id } : null,
    linkedDuplicates: shown.map((l) => ({
      linkId: l.id,
      status: l.status as 'suspected' | 'linked',
      version: l.version,
      otherPerson: { id: l.other_id, onedoorId: l.other_onedoor_id },
      otherIs: l.duplicate_person_id === personId ? ('primary' as const) : ('duplicate' as const),
    })),
  };
}

export async function buildPersonView(ctx: ViewContext, row: PersonRow, decision: AccessDecision) {
  const related: RelatedShown[] = [];
  const values = fieldValues(row);
  const view: Record<string, unknown> = {
    id: row.id,
    onedoorId: row.onedoor_id,
    version: row.version,
    relation: decision.relation,
    visibleCategories: visibleCategories(decision).sort(),
    registeredAt: row.created_at.toISOString(),
  };
  for (const field of PERSON_FIELDS) if (canSee(decision, PERSON_FIELD_CATEGORY[field])) view[field] = values[field];

  const documents = (await listDocuments(ctx.trx, row.id)).map(toDocument);
  if (DOCUMENT_TYPES.some((t) => canSee(decision, documentCategory(t)))) {
    view.documents = documents.filter((d) => canSee(decision, d.category));
  }
  if (canSee(decision, HOUSEHOLD_CATEGORY)) view.household = await householdOf(ctx, row.id, related);
  // Links say "this is the same person as ...": identity data.
  if (canSee(decision, 'identity')) Object.assign(view, await linksOf(ctx, row.id, related));
  if (canSee(decision, SPELL_CATEGORY)) {
    view.unemploymentSpells = (await listSpells(ctx.trx, row.id)).map((s) => ({
      id: s.id, officeId: s.office_id, startedOn: s.started_on, endedOn: s.ended_on, endReason: s.end_reason,
    }));
  }
  if (canSee(decision, BENEFIT_CATEGORY)) {
    view.benefits = (await listBenefits(ctx.trx, row.id)).map((b) => ({
      id: b.id, householdId: b.household_id, benefitType: b.benefit_type, startedOn: b.started_on, endedOn: b.ended_on,
      monthlyAmount: b.monthly_amount, currency: b.currency,
    }));
  }
  return { view: view as PersonView, related };
}
