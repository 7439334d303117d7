/** HTTP layer of cases: parse with the schema, call the service, shape the reply. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from './caller';
import {
  CaseIdParams, Caseload, CaseloadQuery, CaseOpen, CaseSummary, CaseView, ManagerChange, PartnerAdd, PartnerParams,
  PersonIdParams, StatusChange, Timeline, TimelineQuery,
} from './schema';
import type { CaseService } from './service';

const tags = ['cases'];
const open = { access: { permission: 'case.open' } } as const;
const manage = { access: { permission: 'case.manage' } } as const;
const read = { access: { permission: 'person.read' } } as const;

export async function caseRoutes(app: FastifyInstance, opts: { cases: CaseService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { cases } = opts;

  r.post('/api/cases', {
    config: open,
    schema: { tags, summary: 'Open an integrated case (your agency leads)', body: CaseOpen, response: { 201: CaseView } },
    handler: async (request, reply) => reply.status(201).send(await cases.open(callerOf(request), request.body)),
  });
  r.get('/api/cases', {
    config: read,
    schema: { tags, summary: 'Your caseload, or your agency\'s (supervisors), newest first', querystring: CaseloadQuery, response: { 200: Caseload } },
    handler: (request) => cases.caseload(callerOf(request), request.query),
  });
  r.get('/api/cases/:id', {
    config: read,
    schema: { tags, summary: 'One case with its partners', params: CaseIdParams, response: { 200: CaseView } },
    handler: (request) => cases.get(callerOf(request), request.params.id),
  });
  r.get('/api/people/:personId/cases', {
    config: read,
    schema: { tags, summary: 'Cases of a person that you may see', params: PersonIdParams, response: { 200: z.array(CaseSummary) } },
    handler: (request) => cases.ofPerson(callerOf(request), request.params.personId),
  });
  r.get('/api/cases/:id/timeline', {
    config: read,
    schema: { tags, summary: 'Everything that happened in the case, across agencies, newest first', params: CaseIdParams, querystring: TimelineQuery, response: { 200: Timeline } },
    handler: (request) => cases.timeline(callerOf(request), request.params.id, request.query),
  });
  r.post('/api/cases/:id/partners', {
    config: manage,
    schema: { tags, summary: 'Add a partner agency (lead agency only)', params: CaseIdParams, body: PartnerAdd, response: { 201: CaseView } },
    handler: async (request, reply) => reply.status(201).send(await cases.addPartner(callerOf(request), request.params.id, request.body)),
  });
  r.post('/api/cases/:id/partners/:agencyId/leave', {
    config: manage,
    schema: { tags, summary: 'End a partnership (lead agency, or the partner itself)', params: PartnerParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await cases.removePartner(callerOf(request), request.params.id, request.params.agencyId);
      return reply.status(204).send(null);
    },
  });
  r.put('/api/cases/:id/status', {
    config: manage,
    schema: { tags, summary: 'Suspend, close or reopen a case (lead agency)', params: CaseIdParams, body: StatusChange, response: { 200: CaseView } },
    handler: (request) => cases.changeStatus(callerOf(request), request.params.id, request.body),
  });
  r.put('/api/cases/:id/case-manager', {
    config: manage,
    schema: { tags, summary: 'Hand the case to another case manager (supervisor or current case manager)', params: CaseIdParams, body: ManagerChange, response: { 200: CaseView } },
    handler: (request) => cases.changeManager(callerOf(request), request.params.id, request.body),
  });
}
