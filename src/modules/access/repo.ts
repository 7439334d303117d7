/**
 * Reads the facts the policy decides with. The access module is the one place allowed to
 * read case membership, consent, legal bases and break-glass grants directly: deciding
 * access must not depend on the services it protects.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { DataCategory, ProcessingPurpose } from './data-categories';
import type { AccessFacts } from './policy';

export async function loadFacts(db: Kysely<DB>, personIds: string[], agencyId: string, userId: string, now: Date): Promise<Map<string, AccessFacts>> {
  const facts = new Map<string, AccessFacts>();
  if (personIds.length === 0) return facts;
  const [persons, cases, partners, consents, bases, grants] = await Promise.all([
    db.selectFrom('person').select(['id', 'registered_by_agency_id']).where('id', 'in', personIds).execute(),
    db
      .selectFrom('client_case')
      .select(['id', 'person_id', 'lead_agency_id', 'case_manager_id', 'status'])
      .where('person_id', 'in', personIds)
      .where((eb) => eb.or([eb('status', '<>', 'closed'), eb('lead_agency_id', '=', agencyId)]))
      .execute(),
    db
      .selectFrom('case_partner')
      .innerJoin('client_case', 'client_case.id', 'case_partner.case_id')
      .select(['case_partner.case_id', 'case_partner.agency_id'])
      .where('client_case.person_id', 'in', personIds)
      .where('case_partner.left_at', 'is', null)
      .execute(),
    db
      .selectFrom('consent_record')
      .select(['person_id', 'data_categories', 'purposes'])
      .where('person_id', 'in', personIds)
      .where('recipient_agency_id', '=', agencyId)
      .where('decision', '=', 'given')
      .where('withdrawn_at', 'is', null)
      .where('valid_from', '<=', now)
      .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', now)]))
      .execute(),
    db
      .selectFrom('legal_basis')
      .select(['person_id', 'data_categories'])
      .where('person_id', 'in', personIds)
      .where('agency_id', '=', agencyId)
      .where('revoked_at', 'is', null)
      .where('valid_from', '<=', now)
      .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', now)]))
      .execute(),
    db
      .selectFrom('break_glass_grant')
      .select(['person_id', 'expires_at'])
      .where('person_id', 'in', personIds)
      .where('user_id', '=', userId)
      .where('expires_at', '>', now)
      .execute(),
  ]);
  for (const p of persons) {
    facts.set(p.id, { registeredByAgencyId: p.registered_by_agency_id, cases: [], consents: [], legalBases: [], breakGlassUntil: null });
  }
  for (const c of cases) {
    facts.get(c.person_id)?.cases.push({
      id: c.id,
      leadAgencyId: c.lead_agency_id,
      caseManagerId: c.case_manager_id,
      status: c.status,
      partnerAgencyIds: partners.filter((p) => p.case_id === c.id).map((p) => p.agency_id),
    });
  }
  for (const g of consents) {
    facts.get(g.person_id)?.consents.push({ categories: g.data_categories as DataCategory[], purposes: g.purposes as ProcessingPurpose[] });
  }
  for (const b of bases) facts.get(b.person_id)?.legalBases.push({ categories: b.data_categories as DataCategory[] });
  for (const g of grants) {
    const f = facts.get(g.person_id);
    if (f && (!f.breakGlassUntil || g.expires_at > f.breakGlassUntil)) f.breakGlassUntil = g.expires_at;
  }
  return facts;
}

/**
 * The categories a person's current consents to an agency cover for a purpose (given, not
 * withdrawn, valid now). For referrals: what may be shared with the receiving agency.
 */
export async function consentedCategories(db: Kysely<DB>, personId: string, agencyId: string, purpose: ProcessingPurpose, now: Date): Promise<Set<DataCategory>> {
  const rows = await db
    .selectFrom('consent_record')
    .select(['data_categories', 'purposes'])
    .where('person_id', '=', personId)
    .where('recipient_agency_id', '=', agencyId)
    .where('decision', '=', 'given')
    .where('withdrawn_at', 'is', null)
    .where('valid_from', '<=', now)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', now)]))
    .execute();
  return new Set(rows.filter((r) => (r.purposes as string[]).includes(purpose)).flatMap((r) => r.data_categories as DataCategory[]));
}
