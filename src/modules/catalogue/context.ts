/**
 * What the catalogue use cases share: their dependencies, who is changing the catalogue,
 * and the rule of who may: partnership coordinators keep their own agency's locations and
 * services; administrators keep every agency's (the route already required catalogue.manage).
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { AppError, fieldError } from '../../server/errors';
import { originOf } from '../../server/plugins/session';
import type { Viewer } from '../access/policy';
import { viewerOf } from '../access/viewer';
import type { AssessmentService } from '../assessment/service';
import type { AuditActor } from '../audit/schema';
import type { AuditService } from '../audit/service';

export interface CatalogueDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  /** The barrier codes a service may address are those of the current published instrument. */
  definitions: Pick<AssessmentService['definitions'], 'current'>;
}

/** Who changes the catalogue: the policy's viewer and the audit trail's actor. */
export interface Manager {
  viewer: Viewer;
  actor: AuditActor;
}

export const managerOf = (request: FastifyRequest): Manager => ({ viewer: viewerOf(request), actor: originOf(request) });

const managesAll = (viewer: Viewer) => viewer.roles.includes('administrator');

/** The agency a new record belongs to: the one named (administrators) or the manager's own. */
export function agencyFor(viewer: Viewer, agencyId: string | undefined): string {
  const agency = agencyId ?? viewer.agencyId;
  if (agency !== viewer.agencyId && !managesAll(viewer)) throw fieldError('agencyId', 'catalogue_own_agency_only');
  return agency;
}

/** An existing record of another agency: coordinators may read it, not change it. */
export function assertManages(viewer: Viewer, agencyId: string) {
  if (agencyId !== viewer.agencyId && !managesAll(viewer)) throw new AppError('forbidden');
}

/** Whether the manager may touch records of this agency (import reports it per row). */
export const mayManage = (viewer: Viewer, agencyId: string) => agencyId === viewer.agencyId || managesAll(viewer);

/** Audit entry of a catalogue change: ids and field names, never content (a catalogue holds no person data anyway). */
export const catalogueEvent = (action: string, subjectType: 'service' | 'service_location' | 'catalogue', subjectId: string | undefined, details: Record<string, unknown>) => ({
  action,
  subjectType,
  subjectId,
  purpose: 'administration' as const,
  details,
});
