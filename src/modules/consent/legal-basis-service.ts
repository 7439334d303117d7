/**
 * Legal bases other than consent: a supervisor records the law or decision that lets an
 * agency process categories of a person's data (sensitive ones included) without consent.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError, fieldError, versionConflict } from '../../server/errors';
import type { DataCategory } from '../access/data-categories';
import type { AccessDecision, Viewer } from '../access/policy';
import { shown, type Caller } from '../cases/context';
import { maySeeConsent, worksWithClient, type ConsentDeps } from './context';
import * as repo from './legal-basis-repo';
import type { LegalBasis, LegalBasisCreate } from './legal-basis-schema';
import { findActiveAgency } from './repo';

function status(row: repo.LegalBasisRow, now: Date): LegalBasis['status'] {
  if (row.revoked_at) return 'revoked';
  if (row.valid_until && row.valid_until <= now) return 'expired';
  return row.valid_from > now ? 'not_yet_valid' : 'active';
}

const toLegalBasis = (row: repo.LegalBasisRow, now: Date): LegalBasis => ({
  id: row.id,
  personId: row.person_id,
  agency: { id: row.agency_id, name: row.agency_name },
  dataCategories: row.data_categories as DataCategory[],
  basis: row.basis as LegalBasis['basis'],
  reference: row.reference,
  status: status(row, now),
  validFrom: row.valid_from.toISOString(),
  validUntil: row.valid_until?.toISOString() ?? null,
  recordedBy: row.recorded_by ? { id: row.recorded_by, displayName: row.recorded_by_name ?? '' } : null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
  version: row.version,
});

/** Recording or revoking a basis is a supervisor's decision, for the agency working with the client or a partner's own. */
function assertMayDecide(viewer: Viewer, decision: AccessDecision, agencyId: string) {
  if (!viewer.roles.includes('supervisor')) throw new AppError('forbidden');
  if (!worksWithClient(decision) && !(decision.relation === 'partner' && agencyId === viewer.agencyId)) throw new AppError('forbidden');
}

async function appendEvent(deps: ConsentDeps, trx: Kysely<DB>, viewer: Viewer, personId: string, type: string, details: Record<string, unknown>) {
  const active = await deps.cases.activeCaseOf(personId, trx);
  if (active) await deps.cases.appendCaseEvent(trx, { caseId: active.id, type, agencyId: viewer.agencyId, actorUserId: viewer.userId, details });
}

export function createLegalBasisService(deps: ConsentDeps) {
  return {
    record: (caller: Caller, personId: string, input: LegalBasisCreate) => {
      const now = deps.clock.now();
      const validFrom = input.validFrom ? new Date(input.validFrom) : now;
      const validUntil = input.validUntil ? new Date(input.validUntil) : null;
      if (validUntil && validUntil <= validFrom) throw fieldError('validUntil', 'must_be_after_valid_from');
      return deps.db.transaction().execute(async (trx) => {
        const decision = await deps.access.requireRecord(caller.viewer, personId, 'case_work', trx);
        assertMayDecide(caller.viewer, decision, input.agencyId);
        if (!(await findActiveAgency(trx, input.agencyId))) throw fieldError('agencyId', 'unknown_agency');
        const { id } = await repo.insertLegalBasis(trx, {
          person_id: personId, agency_id: input.agencyId, data_categories: input.dataCategories, basis: input.basis,
          reference: input.reference, recorded_by: caller.viewer.userId, valid_from: validFrom, valid_until: validUntil,
        });
        const details = { legalBasisId: id, agencyId: input.agencyId, basis: input.basis };
        await appendEvent(deps, trx, caller.viewer, personId, 'legal_basis.recorded', details);
        await deps.audit.record(trx, caller.actor, {
          action: 'legal_basis.record', personId, purpose: 'case_work', subjectType: 'legal_basis', subjectId: id,
          details: { ...details, dataCategories: input.dataCategories },
        });
        const row = await repo.findLegalBasis(trx, id);
        if (!row) throw new AppError('not_found');
        return toLegalBasis(row, now);
      });
    },

    revoke: (caller: Caller, id: string, version: number) =>
      deps.db.transaction().execute(async (trx) => {
        const row = await repo.findLegalBasis(trx, id);
        if (!row) throw new AppError('not_found');
        const decision = await deps.access.requireRecord(caller.viewer, row.person_id, 'case_work', trx);
        if (!maySeeConsent(decision, caller.viewer, row.agency_id)) throw new AppError('not_found');
        assertMayDecide(caller.viewer, decision, row.agency_id);
        if (row.version !== version) throw versionConflict(row.version);
        if (row.revoked_at) throw new AppError('validation_failed', { fields: [{ field: 'id', code: 'already_revoked' }] });
        const now = deps.clock.now();
        if (!(await repo.revokeLegalBasis(trx, id, version, caller.viewer.userId, now))) throw versionConflict(row.version);
        const details = { legalBasisId: id, agencyId: row.agency_id, basis: row.basis };
        await appendEvent(deps, trx, caller.viewer, row.person_id, 'legal_basis.revoked', details);
        await deps.audit.record(trx, caller.actor, {
          action: 'legal_basis.revoke', personId: row.person_id, purpose: 'case_work', subjectType: 'legal_basis', subjectId: id, details,
        });
        const updated = await repo.findLegalBasis(trx, id);
        if (!updated) throw new AppError('not_found');
        return toLegalBasis(updated, now);
      }),

    /** Partners see only the bases that apply to their own agency, like consents. */
    list: (caller: Caller, personId: string) =>
      deps.db.transaction().execute(async (trx) => {
        const decision = await deps.access.requireRecord(caller.viewer, personId, 'case_work', trx);
        const fullView = worksWithClient(decision) || decision.relation === 'break_glass';
        const rows = await repo.listLegalBases(trx, personId, fullView ? undefined : caller.viewer.agencyId);
        await deps.access.recordRead(trx, caller.actor, {
          personId, action: 'legal_basis.list', purpose: 'case_work', decision: shown(decision, []), subjectType: 'legal_basis',
          extra: { legalBases: rows.length },
        });
        const now = deps.clock.now();
        return rows.map((r) => toLegalBasis(r, now));
      }),
  };
}
