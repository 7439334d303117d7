/**
 * The person registry: one record per client shared by every agency, read and changed
 * only through the access policy, with every read and change audited in the same
 * transaction. Each operation lives in its own file; this composes them.
 */
import { documentOperations } from './documents';
import { householdOperations } from './households';
import { linkOperations } from './links';
import { personHistory, readPerson } from './read-person';
import { registerPerson } from './register-person';
import { searchPeople } from './search-people';
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
  };
}
