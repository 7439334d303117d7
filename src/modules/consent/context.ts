/** Dependencies and the visibility rule shared by the consent use cases. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError } from '../../server/errors';
import type { AccessDecision, Viewer } from '../access/policy';
import type { CaseDeps } from '../cases/context';
import type { CaseService } from '../cases/service';
import * as repo from './repo';

export type ConsentDeps = CaseDeps & { cases: CaseService };

/** The agency working with the client (lead or registering office) records consent and sees all of it. */
export const worksWithClient = (decision: AccessDecision) => decision.relation === 'lead' || decision.relation === 'registrar';

/**
 * Who may see a consent record: the agency working with the client, an emergency
 * (break-glass) viewer, and a partner only for consents addressed to its own agency:
 * what the client allowed other partners is not theirs to know.
 */
export function maySeeConsent(decision: AccessDecision, viewer: Viewer, recipientAgencyId: string) {
  if (worksWithClient(decision) || decision.relation === 'break_glass') return true;
  return decision.relation === 'partner' && recipientAgencyId === viewer.agencyId;
}

/** A consent the viewer may see, or 404 exactly like one that does not exist. */
export async function visibleConsent(deps: ConsentDeps, trx: Kysely<DB>, viewer: Viewer, consentId: string) {
  const row = await repo.findConsent(trx, consentId);
  if (!row) throw new AppError('not_found');
  const decision = await deps.access.requireRecord(viewer, row.person_id, 'case_work', trx);
  if (!maySeeConsent(decision, viewer, row.recipient_agency_id)) throw new AppError('not_found');
  return { row, decision };
}
