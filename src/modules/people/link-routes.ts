/** Duplicate links: flag or link two records as one person, then decide or undo. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { callerOf } from './caller';
import { IdParams } from './schema';
import { LinkCreate, LinkDecide, LinkParams, PersonLink } from './schema-records';
import type { PeopleService } from './service';

const tags = ['people'];
const update = { access: { permission: 'person.update' as const } };

export async function linkRoutes(app: FastifyInstance, opts: { people: PeopleService }) {
  const { people } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/people/:id/links', {
    config: update,
    schema: {
      tags, params: IdParams, body: LinkCreate, response: { 201: PersonLink },
      summary: 'Flag (suspected) or link (linked) another record as a duplicate of this one; nothing is merged',
    },
    handler: async (request, reply) => reply.status(201).send(await people.createLink(callerOf(request), request.params.id, request.body)),
  });
  r.post('/api/person-links/:linkId/decide', {
    config: update,
    schema: {
      tags, params: LinkParams, body: LinkDecide, response: { 200: PersonLink },
      summary: 'Confirm (linked), reject, or undo (unlinked) a duplicate link',
    },
    handler: (request) => people.decideLink(callerOf(request), request.params.linkId, request.body),
  });
}
