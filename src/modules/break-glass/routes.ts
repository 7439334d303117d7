/** HTTP layer of break-glass access and its review by the data protection officer. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { callerOf } from '../cases/caller';
import { BreakGlassGrant, BreakGlassList, BreakGlassOpen, BreakGlassQuery, BreakGlassReview, BreakGlassUse, GrantIdParams, PersonIdParams } from './schema';
import type { BreakGlassService } from './service';

const tags = ['break-glass'];

export async function breakGlassRoutes(app: FastifyInstance, opts: { breakGlass: BreakGlassService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { breakGlass } = opts;

  r.post('/api/people/:personId/break-glass', {
    config: { access: { permission: 'break_glass.use' } },
    schema: { tags, summary: 'Emergency access to a record for a limited time (flagged for review)', params: PersonIdParams, body: BreakGlassOpen, response: { 201: BreakGlassGrant } },
    handler: async (request, reply) => reply.status(201).send(await breakGlass.open(callerOf(request), request.params.personId, request.body.reason)),
  });
  r.get('/api/break-glass', {
    config: { access: { permission: 'break_glass.review' } },
    schema: { tags, summary: 'Uses of break-glass, for the data protection officer', querystring: BreakGlassQuery, response: { 200: BreakGlassList } },
    handler: (request) => breakGlass.list(callerOf(request), request.query),
  });
  r.post('/api/break-glass/:id/review', {
    config: { access: { permission: 'break_glass.review' } },
    schema: { tags, summary: 'Record the review of a break-glass use', params: GrantIdParams, body: BreakGlassReview, response: { 200: BreakGlassUse } },
    handler: (request) => breakGlass.review(callerOf(request), request.params.id, request.body),
  });
}
