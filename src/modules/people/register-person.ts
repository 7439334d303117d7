/**
 * Registration at any office of any agency: the person record, its first revision and the
 * audit event are written in one transaction, or nothing is.
 */
import { categoriesOf } from './field-categories';
import { uniqueOnedoorId } from './onedoor-id';
import { diff, type PersonValues } from './person-values';
import { buildPersonView } from './person-view';
import * as repo from './repo';
import type { PersonCreate } from './schema';
import { isNationalIdTaken, nationalIdTaken, today, type Caller, type PeopleDeps } from './shared';
import { normalise, validatePerson } from './validate';

const PURPOSE = 'case_work' as const;

export function registerPerson(deps: PeopleDeps) {
  const { db, clock, audit, access } = deps;
  return async (caller: Caller, input: PersonCreate) => {
    const given = normalise(input);
    const values: PersonValues = {
      nationalId: null, patronymic: null, phone: null, email: null, address: null, municipalityCode: null,
      educationLevel: null, preferredLanguage: 'hy', interpreterNeeded: false, disability: false,
      ...(given as Pick<PersonValues, 'givenName' | 'familyName' | 'sex' | 'birthDate'>),
    };
    try {
      return await db.transaction().execute(async (trx) => {
        await validatePerson(trx, given, values, today(clock));
        if (values.nationalId && (await repo.nationalIdOwner(trx, values.nationalId))) throw nationalIdTaken();
        const now = clock.now();
        const onedoorId = await uniqueOnedoorId((id) => repo.onedoorIdTaken(trx, id));
        const id = await repo.insertPerson(trx, values, { onedoorId, agencyId: caller.viewer.agencyId, now });
        // Version 1 records every field that was filled in, "from nothing".
        const changes = Object.fromEntries(Object.entries(diff({}, values)).filter(([, c]) => c.to !== null));
        await repo.insertRevision(trx, { personId: id, version: 1, changedBy: caller.viewer.userId, changedAt: now, changes });
        await audit.record(trx, caller.actor, {
          action: 'person.create', subjectType: 'person', subjectId: id, personId: id, purpose: PURPOSE,
          details: { fields: Object.keys(changes), categories: categoriesOf(Object.keys(changes)) },
        });
        const decision = await access.requireRecord(caller.viewer, id, PURPOSE, trx);
        const row = (await repo.findPerson(trx, id))!;
        return (await buildPersonView({ trx, access, viewer: caller.viewer, purpose: PURPOSE }, row, decision)).view;
      });
    } catch (error) {
      if (isNationalIdTaken(error)) throw nationalIdTaken();
      throw error;
    }
  };
}
