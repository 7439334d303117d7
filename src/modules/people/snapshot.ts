/**
 * For other modules (referrals): the person record restricted to some data categories, as a
 * plain value to keep (a snapshot of what was shared at one moment). Fields, documents,
 * unemployment spells and benefits of other categories are left out (absent, not null);
 * other people (household members, linked records) are never included. No access check:
 * the caller decides which categories may travel (the referral checks the client's consent).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { DataCategory } from '../access/data-categories';
import { BENEFIT_CATEGORY, documentCategory, type DocumentType, PERSON_FIELD_CATEGORY, PERSON_FIELDS, SPELL_CATEGORY } from './field-categories';
import { fieldValues } from './person-values';
import { listBenefits, listDocuments, listSpells } from './related-repo';
import * as repo from './repo';

export async function personSnapshot(trx: Kysely<DB>, personId: string, categories: readonly DataCategory[]) {
  const row = await repo.findPerson(trx, personId);
  if (!row) return undefined;
  const allowed = (c: DataCategory) => categories.includes(c);
  const values = fieldValues(row);
  const person: Record<string, unknown> = { onedoorId: row.onedoor_id };
  for (const field of PERSON_FIELDS) if (allowed(PERSON_FIELD_CATEGORY[field])) person[field] = values[field];
  const snapshot: Record<string, unknown> = { person };
  const documents = (await listDocuments(trx, personId)).filter((d) => allowed(documentCategory(d.document_type as DocumentType)));
  if (documents.length) {
    snapshot.documents = documents.map((d) => ({
      documentType: d.document_type, category: documentCategory(d.document_type as DocumentType), number: d.number, issuedBy: d.issued_by,
      issuedOn: d.issued_on, validUntil: d.valid_until,
    }));
  }
  if (allowed(SPELL_CATEGORY)) {
    snapshot.unemploymentSpells = (await listSpells(trx, personId)).map((s) => ({ startedOn: s.started_on, endedOn: s.ended_on, endReason: s.end_reason }));
  }
  if (allowed(BENEFIT_CATEGORY)) {
    snapshot.benefits = (await listBenefits(trx, personId)).map((b) => ({
      benefitType: b.benefit_type, startedOn: b.started_on, endedOn: b.ended_on, monthlyAmount: String(b.monthly_amount), currency: b.currency,
    }));
  }
  return snapshot;
}
