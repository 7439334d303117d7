/** HTTP layer of statistical profiling: parse with the schema, call the service, shape the reply. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf } from '../../server/plugins/session';
import { callerOf } from '../cases/caller';
import {
  ActivateRequest, AttributeChange, AttributeParams, AttributeView, FairnessQuery, FairnessReport, ModelReport, ModelSummary,
  ModelVersionParams, PersonIdParams, RiskQuery, RiskView, TrainRequest,
} from './schema';
import type { ProfilingService } from './service';

const tags = ['profiling'];
const manage = { access: { permission: 'profiling.manage' } } as const;
const reports = { access: { permission: 'profiling.report' } } as const;

export async function profilingRoutes(app: FastifyInstance, opts: { profiling: ProfilingService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { profiling } = opts;

  r.get('/api/people/:personId/profiling/risk', {
    config: { access: { permission: 'person.read' }, personData: true },
    schema: {
      tags, summary: 'Statistical risk of long-term unemployment, with every factor\'s contribution (the active model)',
      params: PersonIdParams, querystring: RiskQuery, response: { 200: RiskView },
    },
    handler: (request) => profiling.risk(callerOf(request), request.params.personId, request.query.at, request.language),
  });
  r.get('/api/profiling/models', {
    config: reports,
    schema: { tags, summary: 'Model versions, newest first', response: { 200: z.array(ModelSummary) } },
    handler: () => profiling.models(),
  });
  r.post('/api/profiling/models', {
    config: manage,
    schema: {
      tags, summary: 'Train a new model version on the outcome history (refuses when there is too little data)',
      body: TrainRequest, response: { 201: ModelReport },
    },
    handler: async (request, reply) => reply.status(201).send(await profiling.train(originOf(request), request.body, request.language)),
  });
  r.get('/api/profiling/models/:modelVersion', {
    config: reports,
    schema: { tags, summary: 'Model report: coefficients, held-out AUC and calibration', params: ModelVersionParams, response: { 200: ModelReport } },
    handler: (request) => profiling.report(originOf(request), request.params.modelVersion, request.language),
  });
  r.post('/api/profiling/models/:modelVersion/activate', {
    config: manage,
    schema: { tags, summary: 'Make this version the one that scores clients', params: ModelVersionParams, body: ActivateRequest, response: { 200: ModelReport } },
    handler: (request) => profiling.activate(originOf(request), request.params.modelVersion, request.body.version, request.language),
  });
  r.get('/api/profiling/fairness', {
    config: reports,
    schema: {
      tags, summary: 'Fairness report on the held-out set: scores, selection and error rates per subgroup (small groups suppressed)',
      querystring: FairnessQuery, response: { 200: FairnessReport },
    },
    handler: (request) => profiling.fairness(originOf(request), request.query, request.language),
  });
  r.get('/api/profiling/protected-attributes', {
    config: manage,
    schema: { tags, summary: 'Which protected attributes new models may use (none by default)', response: { 200: z.array(AttributeView) } },
    handler: (request) => profiling.attributes(request.language),
  });
  r.put('/api/profiling/protected-attributes/:attribute', {
    config: manage,
    schema: {
      tags, summary: 'Turn a protected attribute on or off as a model input (a reason is required to turn it on; audited)',
      params: AttributeParams, body: AttributeChange, response: { 200: AttributeView },
    },
    handler: (request) => profiling.setAttribute(originOf(request), request.params.attribute, request.body, request.language),
  });
}
