/** HTTP layer of consent and legal bases: parse with the schema, call the service, shape the reply. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../cases/caller';
import { LegalBasis, LegalBasisCreate, LegalBasisIdParams, LegalBasisRevoke } from './legal-basis-schema';
import { ConsentReceipt } from './receipt';
import { Consent, ConsentCreate, ConsentIdParams, ConsentWithdraw, MAX_EVIDENCE_BYTES, PersonIdParams } from './schema';
import type { ConsentService } from './service';

const tags = ['consent'];
const record = { access: { permission: 'consent.record' } } as const;
const read = { access: { permission: 'person.read' } } as const;
// The form travels base64-encoded inside JSON: 4/3 of its size plus room for the other fields.
const CONSENT_BODY_LIMIT = Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 64 * 1024;

export async function consentRoutes(app: FastifyInstance, opts: { consent: ConsentService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { consent } = opts;

  r.post('/api/people/:personId/consents', {
    config: record,
    bodyLimit: CONSENT_BODY_LIMIT,
    schema: { tags, summary: 'Record the client\'s consent or refusal for a partner agency', params: PersonIdParams, body: ConsentCreate, response: { 201: Consent } },
    handler: async (request, reply) => reply.status(201).send(await consent.record(callerOf(request), request.params.personId, request.body)),
  });
  r.get('/api/people/:personId/consents', {
    config: read,
    schema: { tags, summary: 'Consent register of a person (partners: only consents addressed to them)', params: PersonIdParams, response: { 200: z.array(Consent) } },
    handler: (request) => consent.list(callerOf(request), request.params.personId),
  });
  r.post('/api/consents/:id/withdraw', {
    config: record,
    schema: { tags, summary: 'Withdraw a consent (effective immediately)', params: ConsentIdParams, body: ConsentWithdraw, response: { 200: Consent } },
    handler: (request) => consent.withdraw(callerOf(request), request.params.id, request.body),
  });
  r.get('/api/consents/:id/evidence', {
    config: read,
    schema: { tags, summary: 'Download the signed consent form', params: ConsentIdParams },
    handler: async (request, reply) => {
      const file = await consent.evidence(callerOf(request), request.params.id);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  });
  r.get('/api/consents/:id/receipt', {
    config: read,
    schema: { tags, summary: 'Export a consent record as an ISO/IEC TS 27560 receipt (JSON, DPV IRIs)', params: ConsentIdParams, response: { 200: ConsentReceipt } },
    handler: (request) => consent.receipt(callerOf(request), request.params.id),
  });

  r.post('/api/people/:personId/legal-bases', {
    config: record,
    schema: { tags, summary: 'Record a legal basis other than consent (supervisors)', params: PersonIdParams, body: LegalBasisCreate, response: { 201: LegalBasis } },
    handler: async (request, reply) =>
      reply.status(201).send(await consent.legalBases.record(callerOf(request), request.params.personId, request.body)),
  });
  r.get('/api/people/:personId/legal-bases', {
    config: read,
    schema: { tags, summary: 'Legal bases recorded for a person (partners: only their own agency\'s)', params: PersonIdParams, response: { 200: z.array(LegalBasis) } },
    handler: (request) => consent.legalBases.list(callerOf(request), request.params.personId),
  });
  r.post('/api/legal-bases/:id/revoke', {
    config: record,
    schema: { tags, summary: 'Revoke a legal basis (supervisors)', params: LegalBasisIdParams, body: LegalBasisRevoke, response: { 200: LegalBasis } },
    handler: (request) => consent.legalBases.revoke(callerOf(request), request.params.id, request.body.version),
  });
}
