/**
 * Documents the client showed once. Each document type has a data category (a disability
 * certificate is health data): adding or changing one needs that category visible, and a
 * document of a hidden category is answered as not found.
 */
import { AppError, fieldError, versionConflict } from '../../server/errors';
import { canSee } from '../access/policy';
import { documentCategory } from './field-categories';
import { toDocument } from './person-view';
import * as related from './related-repo';
import type { DocumentInput, DocumentUpdate } from './schema';
import type { Caller, PeopleDeps } from './shared';

const PURPOSE = 'case_work' as const;

function checkDates(d: DocumentInput) {
  if (d.issuedOn && d.validUntil && d.validUntil < d.issuedOn) throw fieldError('validUntil', 'valid_until_before_issued_on');
}

export function documentOperations(deps: PeopleDeps) {
  const { db, clock, audit, access } = deps;
  const auditChange = (trx: typeof db, caller: Caller, action: string, personId: string, documentId: string, d: DocumentInput) =>
    audit.record(trx, caller.actor, {
      action, subjectType: 'person_document', subjectId: documentId, personId, purpose: PURPOSE,
      details: { documentType: d.documentType, categories: [documentCategory(d.documentType)] },
    });

  return {
    addDocument: (caller: Caller, personId: string, input: DocumentInput) =>
      db.transaction().execute(async (trx) => {
        const decision = await access.requireRecord(caller.viewer, personId, PURPOSE, trx);
        if (!canSee(decision, documentCategory(input.documentType))) throw new AppError('forbidden');
        checkDates(input);
        const id = await related.insertDocument(trx, personId, input, clock.now());
        await auditChange(trx, caller, 'person.document.create', personId, id, input);
        return toDocument((await related.findDocument(trx, personId, id))!);
      }),

    updateDocument: (caller: Caller, personId: string, documentId: string, input: DocumentUpdate) =>
      db.transaction().execute(async (trx) => {
        const decision = await access.requireRecord(caller.viewer, personId, PURPOSE, trx);
        const existing = await related.findDocument(trx, personId, documentId);
        if (!existing || !canSee(decision, toDocument(existing).category)) throw new AppError('not_found');
        if (!canSee(decision, documentCategory(input.documentType))) throw new AppError('forbidden');
        checkDates(input);
        if (existing.version !== input.version) throw versionConflict(existing.version);
        if (!(await related.updateDocument(trx, documentId, input.version, input, clock.now()))) {
          throw versionConflict((await related.findDocument(trx, personId, documentId))!.version);
        }
        await auditChange(trx, caller, 'person.document.update', personId, documentId, input);
        return toDocument((await related.findDocument(trx, personId, documentId))!);
      }),
  };
}
