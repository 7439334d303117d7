/**
 * Case notes: free text about a person, each in one data category. The access policy
 * decides per note: a note of a category the viewer may not see is left out entirely (not
 * counted, not hinted at). Bodies are sealed with the app's Encryptor before they reach
 * the database; every read and write is audited with the categories shown, never the text.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Encryptor } from '../../server/crypto';
import { AppError, versionConflict } from '../../server/errors';
import type { DataCategory, ProcessingPurpose } from '../access/data-categories';
import { canSee, visibleCategories, type AccessDecision } from '../access/policy';
import * as repo from './notes-repo';
import type { Note, NoteCreate, NoteUpdate } from './notes-schema';
import type { Caller, PeopleDeps } from './shared';

export type NotesService = ReturnType<typeof createNotesService>;

const WRITE_PURPOSE = 'case_work' as const;

/** The decision narrowed to the categories a response showed, so the audit records exactly that. */
function narrowed(decision: AccessDecision, categories: Iterable<string>): AccessDecision {
  const keep = new Set(categories);
  const shown: AccessDecision['categories'] = {};
  for (const [category, basis] of Object.entries(decision.categories)) if (keep.has(category)) shown[category as DataCategory] = basis;
  return { ...decision, categories: shown };
}

export function createNotesService(deps: PeopleDeps & { encryptor: Encryptor }) {
  const { db, clock, audit, access, encryptor } = deps;

  const toNote = (row: repo.NoteRow): Note => ({
    id: row.id,
    personId: row.person_id,
    dataCategory: row.data_category as DataCategory,
    body: encryptor.decrypt(row.body_encrypted),
    agency: { id: row.agency_id, name: row.agency_name },
    author: { id: row.author_id, displayName: row.author_name },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  });

  const auditWrite = (trx: Kysely<DB>, caller: Caller, action: string, personId: string, noteId: string, categories: string[]) =>
    audit.record(trx, caller.actor, {
      action, subjectType: 'person_note', subjectId: noteId, personId, purpose: WRITE_PURPOSE,
      details: { categories: [...new Set(categories)].sort() },
    });

  return {
    list: (caller: Caller, personId: string, purpose: ProcessingPurpose) =>
      db.transaction().execute(async (trx) => {
        const decision = await access.requireRecord(caller.viewer, personId, purpose, trx);
        const rows = await repo.listNotes(trx, personId, visibleCategories(decision));
        await access.recordRead(trx, caller.actor, {
          personId, action: 'person.notes.read', purpose, decision: narrowed(decision, rows.map((r) => r.data_category)),
          subjectType: 'person_note', extra: { notes: rows.length },
        });
        return rows.map(toNote);
      }),

    create: (caller: Caller, personId: string, input: NoteCreate) =>
      db.transaction().execute(async (trx) => {
        await access.requireCategory(caller.viewer, personId, input.dataCategory, WRITE_PURPOSE, trx);
        const id = await repo.insertNote(trx, {
          personId, agencyId: caller.viewer.agencyId, authorId: caller.viewer.userId, dataCategory: input.dataCategory,
          sealed: encryptor.encrypt(input.body), now: clock.now(),
        });
        await auditWrite(trx, caller, 'person.note.create', personId, id, [input.dataCategory]);
        return toNote((await repo.findNote(trx, personId, id))!);
      }),

    update: (caller: Caller, personId: string, noteId: string, input: NoteUpdate) =>
      db.transaction().execute(async (trx) => {
        const decision = await access.requireRecord(caller.viewer, personId, WRITE_PURPOSE, trx);
        const existing = await repo.findNote(trx, personId, noteId);
        // A note of a hidden category is answered exactly like one that does not exist.
        if (!existing || !canSee(decision, existing.data_category as DataCategory)) throw new AppError('not_found');
        const category = input.dataCategory ?? (existing.data_category as DataCategory);
        if (!canSee(decision, category)) throw new AppError('forbidden');
        // A note is its agency's record: others may read it (with access) but not rewrite it.
        if (existing.agency_id !== caller.viewer.agencyId) throw new AppError('forbidden');
        if (existing.version !== input.version) throw versionConflict(existing.version);
        const saved = await repo.updateNote(trx, noteId, input.version, { dataCategory: category, sealed: encryptor.encrypt(input.body), now: clock.now() });
        if (!saved) throw versionConflict((await repo.findNote(trx, personId, noteId))!.version);
        await auditWrite(trx, caller, 'person.note.update', personId, noteId, [existing.data_category, category]);
        return toNote((await repo.findNote(trx, personId, noteId))!);
      }),
  };
}
