/**
 * HTTP layer of the person registry. Which records and fields a caller gets is decided
 * per record by the access policy in the service; the permission here only says what
 * kind of thing the caller may do at all.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from './caller';
import { householdRoutes } from './household-routes';
import { linkRoutes } from './link-routes';
import {
  DocumentInput, DocumentParams, DocumentUpdate, IdParams, PersonCreate, PersonDocument, PersonUpdate, PersonView, PurposeQuery,
} from './schema';
import { Revision, SearchQuery, SearchResult } from './schema-records';
import type { PeopleService } from './service';

const tags = ['people'];
const register = { access: { permission: 'person.register' as const } };
const read = { access: { permission: 'person.read' as const } };
const update = { access: { permission: 'person.update' as const } };

export async function peopleRoutes(app: FastifyInstance, opts: { people: PeopleService }) {
  const { people } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/people/search', {
    config: register,
    schema: {
      tags, querystring: SearchQuery, response: { 200: SearchResult },
      summary: 'Duplicate search at intake: minimal identity of likely matches, ranked, with reasons (each result is audited)',
    },
    handler: (request) => people.search(callerOf(request), request.query),
  });
  r.post('/api/people', {
    config: register,
    schema: { tags, summary: 'Register a person', body: PersonCreate, response: { 201: PersonView } },
    handler: async (request, reply) => reply.status(201).send(await people.register(callerOf(request), request.body)),
  });
  r.get('/api/people/:id', {
    config: read,
    schema: { tags, summary: 'Open a person record (fields you may not see are absent)', params: IdParams, querystring: PurposeQuery, response: { 200: PersonView } },
    handler: (request) => people.read(callerOf(request), request.params.id, request.query.purpose),
  });
  r.put('/api/people/:id', {
    config: update,
    schema: { tags, summary: 'Change a person record (send only the fields you change, and the version)', params: IdParams, body: PersonUpdate, response: { 200: PersonView } },
    handler: (request) => people.update(callerOf(request), request.params.id, request.body),
  });
  r.get('/api/people/:id/history', {
    config: read,
    schema: { tags, summary: 'Who changed what when', params: IdParams, querystring: PurposeQuery, response: { 200: z.array(Revision) } },
    handler: (request) => people.history(callerOf(request), request.params.id, request.query.purpose),
  });
  r.post('/api/people/:id/documents', {
    config: update,
    schema: { tags, summary: 'Record a document the client showed', params: IdParams, body: DocumentInput, response: { 201: PersonDocument } },
    handler: async (request, reply) => reply.status(201).send(await people.addDocument(callerOf(request), request.params.id, request.body)),
  });
  r.put('/api/people/:id/documents/:documentId', {
    config: update,
    schema: { tags, summary: 'Change a document', params: DocumentParams, body: DocumentUpdate, response: { 200: PersonDocument } },
    handler: (request) => people.updateDocument(callerOf(request), request.params.id, request.params.documentId, request.body),
  });

  await householdRoutes(app, opts);
  await linkRoutes(app, opts);
}
