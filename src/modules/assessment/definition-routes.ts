/**
 * Administration of instrument and segmentation-rule versions. Definitions hold no
 * personal data: any signed-in staff member may read them (the screens render old
 * assessments on their own version); only administrators create and publish.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf } from '../../server/plugins/session';
import {
  DefinitionIdParams, DefinitionPublish, DefinitionSummary, InstrumentCreate, InstrumentUpdate, InstrumentVersion, RuleSetCreate, RuleSetUpdate,
  RuleSetVersion,
} from './definition-schema';
import type { DefinitionService } from './definitions';

const tags = ['assessment administration'];
const configure = { access: { permission: 'assessment.configure' } } as const;
const signedIn = { access: 'signed_in' } as const;

export async function definitionRoutes(app: FastifyInstance, opts: { definitions: DefinitionService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { definitions: d } = opts;

  const base = '/api/assessment-instruments';
  r.get(base, { config: signedIn, schema: { tags, summary: 'Instrument versions, newest first', response: { 200: z.array(DefinitionSummary) } }, handler: () => d.list('instrument') });
  r.get(`${base}/current`, { config: signedIn, schema: { tags, summary: 'The instrument new assessments use', response: { 200: InstrumentVersion } }, handler: () => d.current('instrument') });
  r.get(`${base}/:id`, {
    config: signedIn, schema: { tags, summary: 'One instrument version', params: DefinitionIdParams, response: { 200: InstrumentVersion } },
    handler: (request) => d.get('instrument', request.params.id),
  });
  r.post(base, {
    config: configure, schema: { tags, summary: 'Create a draft instrument version', body: InstrumentCreate, response: { 201: InstrumentVersion } },
    handler: async (request, reply) => reply.status(201).send(await d.create(originOf(request), 'instrument', request.body.definition)),
  });
  r.put(`${base}/:id`, {
    config: configure, schema: { tags, summary: 'Change a draft instrument version', params: DefinitionIdParams, body: InstrumentUpdate, response: { 200: InstrumentVersion } },
    handler: (request) => d.update(originOf(request), 'instrument', request.params.id, request.body),
  });
  r.post(`${base}/:id/publish`, {
    config: configure, schema: { tags, summary: 'Publish a draft: it becomes current; the previous version is retired', params: DefinitionIdParams, body: DefinitionPublish, response: { 200: InstrumentVersion } },
    handler: (request) => d.publish(originOf(request), 'instrument', request.params.id, request.body),
  });

  const rules = '/api/segment-rules';
  r.get(rules, { config: signedIn, schema: { tags, summary: 'Segmentation rule versions, newest first', response: { 200: z.array(DefinitionSummary) } }, handler: () => d.list('segment_rules') });
  r.get(`${rules}/current`, { config: signedIn, schema: { tags, summary: 'The rules finalising uses now', response: { 200: RuleSetVersion } }, handler: () => d.current('segment_rules') });
  r.get(`${rules}/:id`, {
    config: signedIn, schema: { tags, summary: 'One rule version', params: DefinitionIdParams, response: { 200: RuleSetVersion } },
    handler: (request) => d.get('segment_rules', request.params.id),
  });
  r.post(rules, {
    config: configure, schema: { tags, summary: 'Create a draft rule version', body: RuleSetCreate, response: { 201: RuleSetVersion } },
    handler: async (request, reply) => reply.status(201).send(await d.create(originOf(request), 'segment_rules', request.body.definition)),
  });
  r.put(`${rules}/:id`, {
    config: configure, schema: { tags, summary: 'Change a draft rule version', params: DefinitionIdParams, body: RuleSetUpdate, response: { 200: RuleSetVersion } },
    handler: (request) => d.update(originOf(request), 'segment_rules', request.params.id, request.body),
  });
  r.post(`${rules}/:id/publish`, {
    config: configure, schema: { tags, summary: 'Publish a draft rule version', params: DefinitionIdParams, body: DefinitionPublish, response: { 200: RuleSetVersion } },
    handler: (request) => d.publish(originOf(request), 'segment_rules', request.params.id, request.body),
  });
}
