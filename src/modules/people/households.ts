/**
 * Households: social assistance is assessed per household, so who lives with whom is
 * kept over time. Moving ends the current membership the day before the new one starts;
 * both rows stay. Every person involved must be visible (identity) to the staff member.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError, fieldError, versionConflict } from '../../server/errors';
import { HOUSEHOLD_CATEGORY } from './field-categories';
import * as repo from './household-repo';
import { householdMembers, type RelatedShown } from './person-view';
import type { Relationship } from './schema';
import { auditRelated, identityOnly, today, type Caller, type PeopleDeps } from './shared';
import { addDaysTo } from './validate';

const PURPOSE = 'case_work' as const;

export function householdOperations(deps: PeopleDeps) {
  const { db, clock, audit, access } = deps;
  const ctxOf = (trx: Kysely<DB>, caller: Caller) => ({ trx, access, viewer: caller.viewer, purpose: PURPOSE });
  const event = (trx: Kysely<DB>, caller: Caller, action: string, personId: string, householdId: string) =>
    audit.record(trx, caller.actor, {
      action, subjectType: 'household', subjectId: householdId, personId, purpose: PURPOSE, details: { categories: [HOUSEHOLD_CATEGORY] },
    });

  /** Puts the person in the household from joinedOn, ending a current membership elsewhere. */
  async function moveInto(trx: Kysely<DB>, caller: Caller, m: { personId: string; householdId: string; relationship: string; joinedOn: string }) {
    await access.requireCategory(caller.viewer, m.personId, HOUSEHOLD_CATEGORY, PURPOSE, trx);
    const now = clock.now();
    const current = await repo.currentMembership(trx, m.personId);
    if (current?.household_id === m.householdId) throw fieldError('personId', 'already_member');
    if (current) {
      const leftOn = addDaysTo(m.joinedOn, -1);
      if (leftOn < current.joined_on) throw fieldError('joinedOn', 'joined_before_previous', { previous: current.joined_on });
      if (!(await repo.endMembership(trx, current.id, current.version, leftOn, now))) throw versionConflict(current.version + 1);
      await event(trx, caller, 'household.member.leave', m.personId, current.household_id);
    }
    await repo.insertMembership(trx, { ...m, now });
    await event(trx, caller, 'household.member.join', m.personId, m.householdId);
  }

  /** The household as the caller may see it; the members shown are audited as reads. */
  async function result(trx: Kysely<DB>, caller: Caller, householdId: string, personId: string) {
    const related: RelatedShown[] = [];
    const members = await householdMembers(ctxOf(trx, caller), householdId, personId, related);
    await auditRelated(deps, trx, caller, related, PURPOSE);
    return { id: householdId, members };
  }

  return {
    createHousehold: (caller: Caller, input: { personId: string; relationship: 'head'; joinedOn?: string }) =>
      db.transaction().execute(async (trx) => {
        const householdId = await repo.insertHousehold(trx, clock.now());
        await event(trx, caller, 'household.create', input.personId, householdId);
        await moveInto(trx, caller, { ...input, householdId, joinedOn: input.joinedOn ?? today(clock) });
        return result(trx, caller, householdId, input.personId);
      }),

    addMember: (caller: Caller, householdId: string, input: { personId: string; relationship: string; joinedOn: string }) =>
      db.transaction().execute(async (trx) => {
        // A household is known to the caller only through a member they may see.
        const members = await householdMembers(ctxOf(trx, caller), householdId, null, []);
        if (members.length === 0) throw new AppError('not_found');
        await moveInto(trx, caller, { ...input, householdId });
        return result(trx, caller, householdId, input.personId);
      }),

    householdHistory: (caller: Caller, personId: string) =>
      db.transaction().execute(async (trx) => {
        const decision = await access.requireCategory(caller.viewer, personId, HOUSEHOLD_CATEGORY, PURPOSE, trx);
        const rows = await repo.membershipHistory(trx, personId);
        await access.recordRead(trx, caller.actor, { personId, action: 'person.household_history', purpose: PURPOSE, decision: identityOnly(decision) });
        return rows.map((r) => ({ householdId: r.household_id, relationship: r.relationship as Relationship, joinedOn: r.joined_on, leftOn: r.left_on }));
      }),
  };
}
