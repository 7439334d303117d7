/**
 * Cases, consent (with legal bases) and break-glass are built and mounted together: consent
 * and break-glass write to the case timeline, so they share the case service.
 */
import type { FastifyInstance } from 'fastify';
import { createBreakGlassService } from '../break-glass/service';
import { breakGlassRoutes } from '../break-glass/routes';
import { consentRoutes } from '../consent/routes';
import { createConsentService } from '../consent/service';
import type { CaseDeps } from './context';
import { caseRoutes } from './routes';
import { createCaseService } from './service';

export function createCaseServices(deps: CaseDeps) {
  const cases = createCaseService(deps);
  return { cases, consent: createConsentService({ ...deps, cases }), breakGlass: createBreakGlassService({ ...deps, cases }) };
}

export type CaseServices = ReturnType<typeof createCaseServices>;

export async function caseModuleRoutes(app: FastifyInstance, services: CaseServices) {
  await app.register(caseRoutes, { cases: services.cases });
  await app.register(consentRoutes, { consent: services.consent });
  await app.register(breakGlassRoutes, { breakGlass: services.breakGlass });
}
