/** Households: create, add (or move) a member, and a person's household history. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from './caller';
import { IdParams } from './schema';
import { HouseholdCreate, HouseholdHistoryEntry, HouseholdResult, MemberAdd } from './schema-records';
import type { PeopleService } from './service';

const tags = ['people'];
const update = { access: { permission: 'person.update' as const } };

export async function householdRoutes(app: FastifyInstance, opts: { people: PeopleService }) {
  const { people } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/households', {
    config: update,
    schema: { tags, summary: 'Create a household with this person as its head', body: HouseholdCreate, response: { 201: HouseholdResult } },
    handler: async (request, reply) => reply.status(201).send(await people.createHousehold(callerOf(request), request.body)),
  });
  r.post('/api/households/:id/members', {
    config: update,
    schema: {
      tags, params: IdParams, body: MemberAdd, response: { 200: HouseholdResult },
      summary: 'Add a member; a current membership elsewhere ends the day before joinedOn',
    },
    handler: (request) => people.addMember(callerOf(request), request.params.id, request.body),
  });
  r.get('/api/people/:id/household-history', {
    config: { access: { permission: 'person.read' } },
    schema: { tags, summary: 'Households the person belonged to, newest first', params: IdParams, response: { 200: z.array(HouseholdHistoryEntry) } },
    handler: (request) => people.householdHistory(callerOf(request), request.params.id),
  });
}
