/**
 * The person registry: one record per client shared by every agency, read and changed
 * only through the access policy, with every read and change audited in the same
 * transaction. Each operation lives in its own file; this composes them.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { documentOperations } from './documents';
import { householdOperations } from './households';
import { linkOperations } from './links';
import { personHistory, readPerson } from './read-person';
import { registerPerson } from './register-person';
import { searchPeople } from './search-people';
import { personSnapshot } from './snapshot';
import * as repo from './repo';
import type { PeopleDeps } from './shared';
import { updatePerson } from './update-person';

export type PeopleService = ReturnType<typeof createPeopleService>;
export type { Caller } from './shared';

export function createPeopleService(deps: PeopleDeps) {
  return {
    register: registerPerson(deps),
    read: readPerson(deps),
    update: updatePerson(deps),
    history: personHistory(deps),
    search: searchPeople(deps),
    ...documentOperations(deps),
    ...householdOperations(deps),
    ...linkOperations(deps),
    /**
     * For other modules (the action plan's suggestions and printed plan): the client's name
     * as written, where they live and which language they read, inside the caller's
     * transaction. No access check: callers show the name only where identity data are allowed.
     */
    /** For other modules (referrals): the record restricted to some categories, as a value to keep (snapshot.ts). No access check. */
    personSnapshot,
    async documentFacts(trx: Kysely<DB>, personId: string) {
      const p = await repo.findPerson(trx, personId);
      return p && {
        name: `${p.given_name} ${p.family_name}`, onedoorId: p.onedoor_id, municipalityCode: p.municipality_code,
        preferredLanguage: p.preferred_language, interpreterNeeded: p.interpreter_needed,
      };
    },
  };
}
