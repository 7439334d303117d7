/** HTTP layer of case conferences and committees: parse with the schema, call the service, shape the reply. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../cases/caller';
import {
  AgendaAdd, AttendanceChange, AttendanceParams, Briefing, CommitteeCreate, CommitteeView, ConferenceCreate, ConferenceIdParams, ConferenceSummary, ConferenceView,
  DecisionCreate, DirectoryEntry, DirectoryQuery, ListQuery, MinutesSave,
} from './schema';
import type { ConferenceService } from './service';

const tags = ['case conferences'];
const manage = { access: { permission: 'conference.manage' }, personData: true } as const;
/** Lists of meetings and committees: titles, times, staff and counts, no client data. */
const meetings = { access: { permission: 'conference.manage' } } as const;

export async function conferenceRoutes(app: FastifyInstance, opts: { conferences: ConferenceService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { conferences } = opts;

  r.get('/api/staff-directory', {
    config: { access: 'signed_in' },
    schema: { tags, summary: 'Active staff of every agency (id, name, agency only), to invite to a conference', querystring: DirectoryQuery, response: { 200: z.array(DirectoryEntry) } },
    handler: (request) => conferences.directory(request.query),
  });
  r.get('/api/conferences', {
    config: meetings,
    schema: { tags, summary: 'Conferences you organise or are invited to, upcoming or past', querystring: ListQuery, response: { 200: z.array(ConferenceSummary) } },
    handler: (request) => conferences.list(callerOf(request), request.query.when),
  });
  r.post('/api/conferences', {
    config: manage,
    schema: { tags, summary: 'Schedule a case conference: participants of several agencies, an agenda of cases you may see', body: ConferenceCreate, response: { 201: ConferenceView } },
    handler: async (request, reply) => reply.status(201).send(await conferences.schedule(callerOf(request), request.body)),
  });
  r.get('/api/conferences/:id', {
    config: manage,
    schema: { tags, summary: 'A conference: place, participants and attendance, agenda (cases you may not see are items without names), minutes, decisions', params: ConferenceIdParams, response: { 200: ConferenceView } },
    handler: (request) => conferences.get(callerOf(request), request.params.id),
  });
  r.get('/api/conferences/:id/briefing', {
    config: manage,
    schema: { tags, summary: 'Your briefing pack: for each agenda case only what the access policy lets you see (audited)', params: ConferenceIdParams, response: { 200: Briefing } },
    handler: (request) => conferences.briefing(callerOf(request), request.params.id, request.language),
  });
  r.post('/api/conferences/:id/agenda', {
    config: manage,
    schema: { tags, summary: 'Put a case you may see on the agenda', params: ConferenceIdParams, body: AgendaAdd, response: { 200: ConferenceView } },
    handler: (request) => conferences.addAgendaItem(callerOf(request), request.params.id, request.body.caseId),
  });
  r.put('/api/conferences/:id/minutes', {
    config: manage,
    schema: { tags, summary: 'Save the minutes (send the minutes version you read; stale → 409)', params: ConferenceIdParams, body: MinutesSave, response: { 200: ConferenceView } },
    handler: (request) => conferences.saveMinutes(callerOf(request), request.params.id, request.body),
  });
  r.put('/api/conferences/:id/participants/:userId/attendance', {
    config: manage,
    schema: { tags, summary: 'Record whether a participant attended, was excused or absent', params: AttendanceParams, body: AttendanceChange, response: { 200: ConferenceView } },
    handler: (request) => conferences.setAttendance(callerOf(request), request.params.id, request.params.userId, request.body),
  });
  r.post('/api/conferences/:id/decisions', {
    config: manage,
    schema: { tags, summary: 'Record a formal decision on an agenda case: it becomes an action of the case plan (or a referral)', params: ConferenceIdParams, body: DecisionCreate, response: { 201: ConferenceView } },
    handler: async (request, reply) => reply.status(201).send(await conferences.decide(callerOf(request), request.params.id, request.body, request.language)),
  });
  r.get('/api/conference-committees', {
    config: meetings,
    schema: { tags, summary: 'Committees you organise or belong to', response: { 200: z.array(CommitteeView) } },
    handler: (request) => conferences.committees(callerOf(request)),
  });
  r.post('/api/conference-committees', {
    config: meetings,
    schema: { tags, summary: 'Set up a recurring committee (at least twice a year): its first meeting is created, each next one by a job', body: CommitteeCreate, response: { 201: CommitteeView } },
    handler: async (request, reply) => reply.status(201).send(await conferences.createCommittee(callerOf(request), request.body)),
  });
}
