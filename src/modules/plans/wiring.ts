/**
 * Mounts the action-plan module and connects it to the service catalogue: every place a
 * plan books comes from the single point of contact (the integrated case), so it may use
 * the places kept for it.
 */
import type { FastifyInstance } from 'fastify';
import type { CatalogueService } from '../catalogue/service';
import type { CatalogueForPlans } from './context';
import { planRoutes } from './routes';
import type { PlanService } from './service';

export function catalogueForPlans(catalogue: CatalogueService): CatalogueForPlans {
  return {
    servicesByIds: (trx, ids, lang) => catalogue.servicesByIds(trx, ids, lang),
    candidates: (trx, q, lang) => catalogue.candidates(trx, { ...q, withFreePlaceFor: { viaSinglePoint: true } }, lang),
    book: async (trx, b) => {
      await catalogue.book(trx, {
        serviceId: b.serviceId, personId: b.personId, caseId: b.caseId, source: 'plan_action', sourceId: b.actionId, viaSinglePoint: true, bookedBy: b.bookedBy, at: b.at,
      });
    },
    release: async (trx, r) => {
      await catalogue.releaseBySource(trx, { source: 'plan_action', sourceId: r.actionId }, { by: r.by, at: r.at, reason: r.reason });
    },
  };
}

export async function planModuleRoutes(app: FastifyInstance, plans: PlanService) {
  await app.register(planRoutes, { plans });
}
