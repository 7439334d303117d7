/**
 * Places on catalogue services follow the plan: an action that uses a service holds a
 * place while it is planned or in progress; removing the action, moving it to another
 * service, or finishing or cancelling it frees the place. Booking happens inside the
 * plan's transaction, so a full service refuses the save and nothing is half-written.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError } from '../../server/errors';
import type { PlanDeps } from './context';
import type { PlanContent } from './schema-content';

export async function syncBookings(
  deps: PlanDeps,
  trx: Kysely<DB>,
  b: { before: PlanContent | null; after: PlanContent; personId: string; caseId: string; by: string; at: Date; closed: Set<string> },
) {
  const held = new Map((b.before?.actions ?? []).filter((a) => a.serviceId && !b.closed.has(a.id)).map((a) => [a.id, a.serviceId!]));
  const wanted = new Map(b.after.actions.filter((a) => a.serviceId && !b.closed.has(a.id)).map((a) => [a.id, a.serviceId!]));
  for (const [actionId, serviceId] of held) {
    if (wanted.get(actionId) !== serviceId) await deps.catalogue.release(trx, { actionId, by: b.by, at: b.at, reason: 'plan_changed' });
  }
  // In service order: two plans booking the same services lock them in the same order, so they never deadlock.
  for (const [actionId, serviceId] of [...wanted].sort((a, b) => a[1].localeCompare(b[1]))) {
    if (held.get(actionId) === serviceId) continue;
    try {
      await deps.catalogue.book(trx, { serviceId, personId: b.personId, caseId: b.caseId, actionId, bookedBy: b.by, at: b.at });
    } catch (error) {
      // The catalogue names its own field; the counsellor needs to know which action is affected.
      if (!(error instanceof AppError) || !error.details.fields?.length) throw error;
      const index = b.after.actions.findIndex((a) => a.id === actionId);
      throw new AppError(error.code, { ...error.details, fields: error.details.fields.map((f) => ({ ...f, field: `actions.${index}.${f.field}` })) });
    }
  }
}
