/** HTTP layer of the notification duties: parse with the schema, call the service, shape the reply. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../cases/caller';
import {
  AcknowledgeBody, CaseIdParams, DashboardView, DutyListQuery, DutyView, EventRecord, EventResult, IdParams, RuleUpdate, RuleView, SendBody,
} from './schema';
import type { DutyService } from './service';

const tags = ['notification duties'];
const work = { access: { permission: 'duty.record' }, personData: true } as const;

export async function dutyRoutes(app: FastifyInstance, opts: { duties: DutyService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { duties } = opts;

  r.get('/api/duty-rules', {
    config: { access: 'signed_in' },
    schema: { tags, summary: 'The notification duty rules: event, notifying and receiving agency types, days', response: { 200: z.array(RuleView) } },
    handler: () => duties.listRules(),
  });
  r.put('/api/duty-rules/:id', {
    config: { access: { permission: 'organisation.manage' } },
    schema: { tags, summary: 'Change the days of a rule or switch it off (send the version you read; stale → 409)', params: IdParams, body: RuleUpdate, response: { 200: RuleView } },
    handler: (request) => duties.updateRule(callerOf(request), request.params.id, request.body),
  });
  r.post('/api/cases/:caseId/duty-events', {
    config: work,
    schema: { tags, summary: 'Record an event in a case that triggers notification duties (lead or partner agency)', params: CaseIdParams, body: EventRecord, response: { 201: EventResult } },
    handler: async (request, reply) => reply.status(201).send(await duties.recordEvent(callerOf(request), request.params.caseId, request.body)),
  });
  r.get('/api/duties', {
    config: work,
    schema: { tags, summary: "My agency's duties: to send (outgoing, due and overdue first) or received (incoming, unacknowledged first)", querystring: DutyListQuery, response: { 200: z.array(DutyView) } },
    handler: (request) => duties.list(callerOf(request), request.query.box),
  });
  r.get('/api/duties/dashboard', {
    config: { access: { permission: 'duty.oversee' } },
    schema: { tags, summary: 'Overdue duties and timing indicators per rule and office (no client named)', response: { 200: DashboardView } },
    handler: (request) => duties.dashboard(callerOf(request)),
  });
  r.get('/api/duties/:id', {
    config: work,
    schema: { tags, summary: 'One duty (notifying agency, or receiving agency once sent)', params: IdParams, response: { 200: DutyView } },
    handler: (request) => duties.get(callerOf(request), request.params.id),
  });
  r.post('/api/duties/:id/send', {
    config: work,
    schema: { tags, summary: 'Send the notification through OneDoor (notifying agency)', params: IdParams, body: SendBody, response: { 200: DutyView } },
    handler: (request) => duties.send(callerOf(request), request.params.id, request.body),
  });
  r.post('/api/duties/:id/acknowledge', {
    config: work,
    schema: { tags, summary: 'Acknowledge a notification (receiving agency)', params: IdParams, body: AcknowledgeBody, response: { 200: DutyView } },
    handler: (request) => duties.acknowledge(callerOf(request), request.params.id, request.body),
  });
}
