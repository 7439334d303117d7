/** Mounts the assessment module: conducting and profiling, and the administration of its definitions. */
import type { FastifyInstance } from 'fastify';
import { definitionRoutes } from './definition-routes';
import { assessmentRoutes } from './routes';
import type { AssessmentService } from './service';

export async function assessmentModuleRoutes(app: FastifyInstance, assessment: AssessmentService) {
  await app.register(assessmentRoutes, { assessment });
  await app.register(definitionRoutes, { definitions: assessment.definitions });
}
