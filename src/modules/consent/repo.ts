/** SQL for consent records. The access module reads this table too, to decide; nothing else does. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';

/** Everything but the evidence bytes, with the names the API shows next to the ids. */
const consentColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('consent_record as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .innerJoin('agency as ra', 'ra.id', 'c.recipient_agency_id')
    .leftJoin('staff_user as u', 'u.id', 'c.recorded_by')
    .leftJoin('agency as ba', 'ba.id', 'c.recorded_by_agency_id')
    .select([
      'c.id', 'c.person_id', 'c.recipient_agency_id', 'c.data_categories', 'c.purposes', 'c.decision', 'c.valid_from', 'c.valid_until',
      'c.recorded_by', 'c.recorded_by_agency_id', 'c.recorded_at', 'c.evidence_type', 'c.evidence_file_name', 'c.evidence_content_type',
      'c.evidence_sha256', 'c.notice_language', 'c.withdrawn_at', 'c.withdrawn_by', 'c.withdrawal_reason', 'c.version',
      sql<number | null>`octet_length(c.evidence_content)`.as('evidence_size'),
      'p.onedoor_id', 'ra.name as recipient_agency_name', 'u.display_name as recorded_by_name', 'ba.name as recorded_by_agency_name',
    ]);
export type ConsentRow = NonNullable<Awaited<ReturnType<typeof findConsent>>>;

export const findConsent = (db: Kysely<DB>, id: string) => consentColumns(db).where('c.id', '=', id).executeTakeFirst();

/** A person's consents, newest first; `recipientAgencyId` narrows to those addressed to one agency. */
export function listConsents(db: Kysely<DB>, personId: string, recipientAgencyId?: string) {
  let q = consentColumns(db).where('c.person_id', '=', personId);
  if (recipientAgencyId) q = q.where('c.recipient_agency_id', '=', recipientAgencyId);
  return q.orderBy('c.recorded_at', 'desc').orderBy('c.id').execute();
}

export const findEvidence = (db: Kysely<DB>, id: string) =>
  db
    .selectFrom('consent_record')
    .select(['evidence_file_name', 'evidence_content_type', 'evidence_content'])
    .where('id', '=', id)
    .executeTakeFirst();

export interface NewConsent {
  person_id: string;
  recipient_agency_id: string;
  data_categories: string[];
  purposes: string[];
  decision: string;
  valid_from: Date;
  valid_until: Date | null;
  recorded_by: string;
  recorded_by_agency_id: string;
  recorded_at: Date;
  evidence_type: string;
  evidence_file_name: string | null;
  evidence_content_type: string | null;
  evidence_content: Buffer | null;
  evidence_sha256: string | null;
  notice_language: string;
}
export const insertConsent = (db: Kysely<DB>, values: NewConsent) =>
  db.insertInto('consent_record').values(values).returning('id').executeTakeFirstOrThrow();

/** Withdrawal: effective from `now`, guarded by the version the user read. */
export async function withdrawConsent(db: Kysely<DB>, id: string, version: number, by: string, reason: string | null, now: Date) {
  const result = await db
    .updateTable('consent_record')
    .set({ withdrawn_at: now, withdrawn_by: by, withdrawal_reason: reason, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export const findActiveAgency = (db: Kysely<DB>, id: string) =>
  db.selectFrom('agency').select(['id', 'name']).where('id', '=', id).where('active', '=', true).executeTakeFirst();
