/**
 * What the assessment use cases share: their dependencies, and the guard that makes an
 * assessment visible only through the access policy on its person and case.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import type { Encryptor } from '../../server/crypto';
import { AppError } from '../../server/errors';
import type { DataCategory } from '../access/data-categories';
import { canSee, type AccessDecision, type Viewer } from '../access/policy';
import type { AccessService } from '../access/service';
import type { AuditService } from '../audit/service';
import type { CaseService } from '../cases/service';
import type { ProfilingService } from '../profiling/service';
import type { DefinitionService } from './definitions';
import * as repo from './repo';

export type { Caller } from '../cases/context';

export interface AssessmentDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  access: AccessService;
  cases: CaseService;
  encryptor: Encryptor;
  definitions: DefinitionService;
  /** The statistical risk score, stored with the assessment when it is finalised. */
  profiling: Pick<ProfilingService, 'scoreActive' | 'riskView'>;
}

/**
 * An assessment is about the client's situation in the labour market: its header, the
 * segment and the profiling are employment data. Each section's answers are further
 * shown only where that section's own category (health, criminal record...) is allowed.
 */
export const ASSESSMENT_CATEGORY: DataCategory = 'employment';

/**
 * An assessment the viewer may see: its person visible to them, its case one the policy
 * counted for them (else 404, as if it did not exist), and employment data allowed (403).
 */
export async function visibleAssessment(deps: AssessmentDeps, trx: Kysely<DB>, viewer: Viewer, id: string, lock?: 'share' | 'update') {
  if (lock) await repo.lockAssessment(trx, id, lock);
  const row = await repo.findAssessment(trx, id);
  if (!row) throw new AppError('not_found');
  const decision = await deps.access.requireRecord(viewer, row.person_id, 'case_work', trx);
  if (!decision.caseIds.includes(row.case_id)) throw new AppError('not_found');
  if (!canSee(decision, ASSESSMENT_CATEGORY)) throw new AppError('forbidden');
  return { row, decision };
}

/** Conducting the assessment (interview, self-assessment, finalising, the segment) is the lead agency's work. */
export function assertLead(viewer: Viewer, leadAgencyId: string) {
  if (leadAgencyId !== viewer.agencyId) throw new AppError('forbidden');
}

export function assertInProgress(row: { status: string }) {
  if (row.status !== 'in_progress') throw new AppError('validation_failed', { fields: [{ field: 'status', code: 'assessment_finalised' }] });
}

/** A closed case is a record of the past: its assessments are read, not changed. */
export function assertCaseOpen(row: { case_status: string }) {
  if (row.case_status === 'closed') throw new AppError('validation_failed', { fields: [{ field: 'status', code: 'case_closed' }] });
}

/** The decision narrowed to what a response showed, so the audit trail records exactly that. */
export function narrowed(decision: AccessDecision, categories: Iterable<DataCategory>): AccessDecision {
  const keep = new Set(categories);
  const result: AccessDecision['categories'] = {};
  for (const [category, basis] of Object.entries(decision.categories)) if (keep.has(category as DataCategory)) result[category as DataCategory] = basis;
  return { ...decision, categories: result };
}

/** A unique-index violation: a concurrent writer got there first. */
export function isUniqueViolation(error: unknown, constraint: string) {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e?.code === '23505' && (e.constraint === constraint || (e.message ?? '').includes(constraint));
}
