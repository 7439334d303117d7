/** Reading consents: the register of a person, one evidence file, one receipt. Each read is audited. */
import { AppError } from '../../server/errors';
import { shown, type Caller } from '../cases/context';
import { maySeeConsent, visibleConsent, worksWithClient, type ConsentDeps } from './context';
import { toConsent } from './mappers';
import { toReceipt } from './receipt';
import * as repo from './repo';

// A consent register shows consent metadata, none of the person's data categories.
const NOTHING: string[] = [];

export function listConsents(deps: ConsentDeps, { viewer, actor }: Caller, personId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const decision = await deps.access.requireRecord(viewer, personId, 'case_work', trx);
    if (!maySeeConsent(decision, viewer, viewer.agencyId)) throw new AppError('not_found');
    const fullView = worksWithClient(decision) || decision.relation === 'break_glass';
    const rows = await repo.listConsents(trx, personId, fullView ? undefined : viewer.agencyId);
    await deps.access.recordRead(trx, actor, {
      personId, action: 'consent.list', purpose: 'case_work', decision: shown(decision, NOTHING), subjectType: 'consent_record',
      extra: { consents: rows.length },
    });
    const now = deps.clock.now();
    return rows.map((r) => toConsent(r, now));
  });
}

export function consentEvidence(deps: ConsentDeps, { viewer, actor }: Caller, consentId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleConsent(deps, trx, viewer, consentId);
    const file = await repo.findEvidence(trx, consentId);
    if (!file?.evidence_content || !file.evidence_file_name) throw new AppError('not_found');
    await deps.access.recordRead(trx, actor, {
      personId: row.person_id, action: 'consent.evidence.read', purpose: 'case_work', decision: shown(decision, NOTHING),
      subjectType: 'consent_record', subjectId: consentId,
    });
    return { fileName: file.evidence_file_name, contentType: file.evidence_content_type ?? 'application/octet-stream', content: Buffer.from(file.evidence_content) };
  });
}

export function consentReceipt(deps: ConsentDeps, { viewer, actor }: Caller, consentId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleConsent(deps, trx, viewer, consentId);
    await deps.access.recordRead(trx, actor, {
      personId: row.person_id, action: 'consent.receipt.export', purpose: 'case_work', decision: shown(decision, NOTHING),
      subjectType: 'consent_record', subjectId: consentId,
    });
    return toReceipt(row, deps.clock.now());
  });
}
