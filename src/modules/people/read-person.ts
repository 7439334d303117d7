/** Opening a person's record and its history: both are reads, and both are audited. */
import { canSee } from '../access/policy';
import type { ProcessingPurpose } from '../access/data-categories';
import { categoryOfField } from './field-categories';
import { buildPersonView } from './person-view';
import * as repo from './repo';
import { auditRead, type Caller, type PeopleDeps } from './shared';

export function readPerson(deps: PeopleDeps) {
  const { db, access } = deps;
  return (caller: Caller, id: string, purpose: ProcessingPurpose) =>
    db.transaction().execute(async (trx) => {
      const decision = await access.requireRecord(caller.viewer, id, purpose, trx);
      const row = (await repo.findPerson(trx, id))!;
      const { view, related } = await buildPersonView({ trx, access, viewer: caller.viewer, purpose }, row, decision);
      await auditRead(deps, trx, caller, { personId: id, action: 'person.read', purpose, decision, related });
      return view;
    });
}

/**
 * Who changed what when. A change to a field of a category the viewer may not see is
 * left out, and a revision with nothing left is left out too: its existence would hint
 * at the hidden data.
 */
export function personHistory(deps: PeopleDeps) {
  const { db, access } = deps;
  return (caller: Caller, id: string, purpose: ProcessingPurpose) =>
    db.transaction().execute(async (trx) => {
      const decision = await access.requireRecord(caller.viewer, id, purpose, trx);
      const revisions = (await repo.listRevisions(trx, id))
        .map((r) => ({
          version: r.version,
          changedAt: r.changed_at.toISOString(),
          changedBy: r.user_id ? { id: r.user_id, displayName: r.display_name!, agencyName: r.agency_name! } : null,
          changes: Object.fromEntries(
            Object.entries(r.changes).filter(([field]) => {
              const category = categoryOfField(field);
              return category !== undefined && canSee(decision, category);
            }),
          ),
        }))
        .filter((r) => Object.keys(r.changes).length > 0);
      await access.recordRead(trx, caller.actor, { personId: id, action: 'person.history', purpose, decision });
      return revisions;
    });
}
