/**
 * Duplicate records are linked, never merged: both records and their histories stay, a
 * read of the duplicate points to the primary, and a link can be undone (unlinked). Each
 * step is audited once for each of the two people, so each one's access log shows it.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError, fieldError, versionConflict } from '../../server/errors';
import * as repo from './link-repo';
import type { PersonLink } from './schema-records';
import type { Caller, PeopleDeps } from './shared';

const PURPOSE = 'case_work' as const;
type Status = 'suspected' | 'linked' | 'rejected' | 'unlinked';

/** Which decisions may follow which: a rejected or undone pair can still be linked later. */
const NEXT: Record<Status, readonly Status[]> = {
  suspected: ['linked', 'rejected'],
  linked: ['unlinked'],
  rejected: ['linked'],
  unlinked: ['linked'],
};
const ACTION: Record<Status, string> = {
  suspected: 'person.link_suspected',
  linked: 'person.link',
  rejected: 'person.link_rejected',
  unlinked: 'person.unlink',
};

type LinkRow = NonNullable<Awaited<ReturnType<typeof repo.findLink>>>;
const toLink = (l: LinkRow): PersonLink => ({
  id: l.id,
  personId: l.person_id,
  duplicatePersonId: l.duplicate_person_id,
  status: l.status as Status,
  reason: l.reason,
  flaggedAt: l.flagged_at.toISOString(),
  decidedAt: l.decided_at?.toISOString() ?? null,
  version: l.version,
});

export function linkOperations(deps: PeopleDeps) {
  const { db, clock, audit, access } = deps;

  async function requireBoth(trx: Kysely<DB>, caller: Caller, a: string, b: string) {
    for (const id of [a, b]) await access.requireCategory(caller.viewer, id, 'identity', PURPOSE, trx);
  }

  /** One open link per pair, and no chains: a duplicate points straight at its primary. */
  async function assertLinkable(trx: Kysely<DB>, personId: string, duplicateId: string, exceptLinkId?: string) {
    const open = await repo.openLinkBetween(trx, personId, duplicateId);
    if (open && open.id !== exceptLinkId) throw fieldError('duplicatePersonId', 'link_exists');
    const chains = [
      await repo.linkedAsDuplicate(trx, personId),
      await repo.linkedAsDuplicate(trx, duplicateId),
      await repo.linkedAsPrimary(trx, duplicateId),
    ];
    if (chains.some((l) => l && l.id !== exceptLinkId)) throw fieldError('duplicatePersonId', 'already_linked');
  }

  async function auditBoth(trx: Kysely<DB>, caller: Caller, link: LinkRow) {
    const personIds = [link.person_id, link.duplicate_person_id];
    for (const personId of personIds) {
      await audit.record(trx, caller.actor, {
        action: ACTION[link.status as Status], subjectType: 'person_link', subjectId: link.id, personId, purpose: PURPOSE,
        details: { categories: ['identity'], status: link.status, personIds },
      });
    }
  }

  return {
    createLink: (caller: Caller, personId: string, input: { duplicatePersonId: string; status: 'suspected' | 'linked'; reason: string }) =>
      db.transaction().execute(async (trx) => {
        if (input.duplicatePersonId === personId) throw fieldError('duplicatePersonId', 'same_person');
        await requireBoth(trx, caller, personId, input.duplicatePersonId);
        if (input.status === 'linked') await assertLinkable(trx, personId, input.duplicatePersonId);
        else if (await repo.openLinkBetween(trx, personId, input.duplicatePersonId)) throw fieldError('duplicatePersonId', 'link_exists');
        const id = await repo.insertLink(trx, { ...input, personId, userId: caller.viewer.userId, now: clock.now() });
        const link = (await repo.findLink(trx, id))!;
        await auditBoth(trx, caller, link);
        return toLink(link);
      }),

    decideLink: (caller: Caller, linkId: string, input: { status: 'linked' | 'rejected' | 'unlinked'; reason: string; version: number }) =>
      db.transaction().execute(async (trx) => {
        const link = await repo.findLink(trx, linkId);
        if (!link) throw new AppError('not_found');
        await requireBoth(trx, caller, link.person_id, link.duplicate_person_id);
        if (link.version !== input.version) throw versionConflict(link.version);
        if (!NEXT[link.status as Status].includes(input.status)) throw fieldError('status', 'invalid_status_change', { from: link.status });
        if (input.status === 'linked') await assertLinkable(trx, link.person_id, link.duplicate_person_id, link.id);
        if (!(await repo.decideLink(trx, linkId, input.version, { ...input, userId: caller.viewer.userId, now: clock.now() }))) {
          throw versionConflict((await repo.findLink(trx, linkId))!.version);
        }
        const decided = (await repo.findLink(trx, linkId))!;
        await auditBoth(trx, caller, decided);
        return toLink(decided);
      }),
  };
}
