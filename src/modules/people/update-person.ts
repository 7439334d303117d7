/**
 * Editing a person: only fields of categories the editor may see, only on the version
 * they read. Each save is a revision with the changed fields' old and new values; the
 * audit event names the fields, never the values.
 */
import { AppError, versionConflict } from '../../server/errors';
import { canSee } from '../access/policy';
import { categoriesOf, PERSON_FIELD_CATEGORY } from './field-categories';
import { diff, valuesOf, type EditableField } from './person-values';
import { buildPersonView } from './person-view';
import * as repo from './repo';
import type { PersonUpdate } from './schema';
import { auditRead, isNationalIdTaken, nationalIdTaken, today, type Caller, type PeopleDeps } from './shared';
import { normalise, validatePerson } from './validate';

const PURPOSE = 'case_work' as const;

export function updatePerson(deps: PeopleDeps) {
  const { db, clock, audit, access } = deps;
  return async (caller: Caller, id: string, input: PersonUpdate) => {
    const { version, ...fields } = input;
    const given = normalise(fields);
    try {
      return await db.transaction().execute(async (trx) => {
        const decision = await access.requireRecord(caller.viewer, id, PURPOSE, trx);
        // Sending a field is editing it, even with the same value: its category must be visible.
        for (const field of Object.keys(given) as EditableField[]) {
          if (!canSee(decision, PERSON_FIELD_CATEGORY[field])) throw new AppError('forbidden');
        }
        const row = (await repo.findPerson(trx, id))!;
        const before = valuesOf(row);
        const after = { ...before, ...given };
        await validatePerson(trx, given, after, today(clock));
        if (row.version !== version) throw versionConflict(row.version);
        const changes = diff(before, after);
        const changed = Object.keys(changes);
        if (changed.length) {
          if (changes.nationalId && after.nationalId) {
            const owner = await repo.nationalIdOwner(trx, after.nationalId);
            if (owner && owner !== id) throw nationalIdTaken();
          }
          const now = clock.now();
          if (!(await repo.updatePerson(trx, id, version, after, now))) {
            throw versionConflict((await repo.findPerson(trx, id))!.version);
          }
          await repo.insertRevision(trx, { personId: id, version: version + 1, changedBy: caller.viewer.userId, changedAt: now, changes });
          await audit.record(trx, caller.actor, {
            action: 'person.update', subjectType: 'person', subjectId: id, personId: id, purpose: PURPOSE, details: { changed, categories: categoriesOf(changed) },
          });
        }
        const saved = (await repo.findPerson(trx, id))!;
        const { view, related } = await buildPersonView({ trx, access, viewer: caller.viewer, purpose: PURPOSE }, saved, decision);
        await auditRead(deps, trx, caller, { personId: id, action: 'person.read', purpose: PURPOSE, decision, related });
        return view;
      });
    } catch (error) {
      if (isNationalIdTaken(error)) throw nationalIdTaken();
      throw error;
    }
  };
}
