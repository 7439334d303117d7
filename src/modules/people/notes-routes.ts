/** Case notes of a person: list the ones you may see, write one, edit one (with its version). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from './caller';
import { Note, NoteCreate, NoteListQuery, NoteParams, NotePersonParams, NoteUpdate } from './notes-schema';
import type { NotesService } from './notes-service';

const tags = ['people'];
const read = { access: { permission: 'person.read' as const }, personData: true };
const update = { access: { permission: 'person.update' as const }, personData: true };

export async function noteRoutes(app: FastifyInstance, opts: { notes: NotesService }) {
  const { notes } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/people/:personId/notes', {
    config: read,
    schema: {
      tags, params: NotePersonParams, querystring: NoteListQuery, response: { 200: z.array(Note) },
      summary: 'Case notes you may see, newest first (notes of categories hidden from you are left out, not counted)',
    },
    handler: (request) => notes.list(callerOf(request), request.params.personId, request.query.purpose),
  });
  r.post('/api/people/:personId/notes', {
    config: update,
    schema: { tags, summary: 'Write a case note in one data category (stored encrypted)', params: NotePersonParams, body: NoteCreate, response: { 201: Note } },
    handler: async (request, reply) => reply.status(201).send(await notes.create(callerOf(request), request.params.personId, request.body)),
  });
  r.put('/api/people/:personId/notes/:noteId', {
    config: update,
    schema: { tags, summary: "Edit a note of your agency (send the version you read; a stale one gets 409)", params: NoteParams, body: NoteUpdate, response: { 200: Note } },
    handler: (request) => notes.update(callerOf(request), request.params.personId, request.params.noteId, request.body),
  });
}
