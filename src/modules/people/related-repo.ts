/** What the person view shows around the record: documents, spells, benefits, links. */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { DocumentInput } from './schema';

export const listDocuments = (db: Kysely<DB>, personId: string) =>
  db.selectFrom('person_document').selectAll().where('person_id', '=', personId).orderBy('created_at').orderBy('id').execute();

export const findDocument = (db: Kysely<DB>, personId: string, id: string) =>
  db.selectFrom('person_document').selectAll().where('person_id', '=', personId).where('id', '=', id).executeTakeFirst();

const documentColumns = (d: DocumentInput) => ({
  document_type: d.documentType,
  number: d.number ?? null,
  issued_by: d.issuedBy ?? null,
  issued_on: d.issuedOn ?? null,
  valid_until: d.validUntil ?? null,
});

export async function insertDocument(db: Kysely<DB>, personId: string, d: DocumentInput, now: Date) {
  const row = await db
    .insertInto('person_document')
    .values({ ...documentColumns(d), person_id: personId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDocument(db: Kysely<DB>, id: string, version: number, d: DocumentInput, now: Date) {
  const result = await db
    .updateTable('person_document')
    .set({ ...documentColumns(d), version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export const listSpells = (db: Kysely<DB>, personId: string) =>
  db.selectFrom('unemployment_spell').selectAll().where('person_id', '=', personId).orderBy('started_on', 'desc').execute();

export const listBenefits = (db: Kysely<DB>, personId: string) =>
  db.selectFrom('benefit_receipt').selectAll().where('person_id', '=', personId).orderBy('started_on', 'desc').execute();

/** Open links (suspected or linked) in either direction, with the other record's OneDoor id. */
export const listOpenLinks = (db: Kysely<DB>, personId: string) =>
  db
    .selectFrom('person_link as l')
    .innerJoin('person as p', (j) =>
      j.on(sql<boolean>`p.id = CASE WHEN l.person_id = ${personId} THEN l.duplicate_person_id ELSE l.person_id END`),
    )
    .select(['l.id', 'l.person_id', 'l.duplicate_person_id', 'l.status', 'l.version', 'p.id as other_id', 'p.onedoor_id as other_onedoor_id'])
    .where((eb) => eb.or([eb('l.person_id', '=', personId), eb('l.duplicate_person_id', '=', personId)]))
    .where('l.status', 'in', ['suspected', 'linked'])
    .orderBy('l.flagged_at')
    .execute();
