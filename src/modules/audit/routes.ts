/** Audit trail for the data protection officer: browse events and verify the hash chain. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf } from '../../server/plugins/session';
import { ChainVerification } from './schema';
import type { AuditService } from './service';

const AuditEventView = z.object({
  seq: z.number().int(),
  id: z.uuid(),
  at: z.iso.datetime(),
  action: z.string(),
  actorUserId: z.uuid().nullable(),
  actorLabel: z.string().nullable(),
  actorName: z.string().nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  purpose: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  action: z.string().trim().max(100).optional(),
  beforeSeq: z.coerce.number().int().min(1).optional(),
});

export async function auditRoutes(app: FastifyInstance, opts: { audit: AuditService }) {
  const { audit } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/audit/events', {
    config: { access: { permission: 'audit.read' } },
    schema: { tags: ['audit'], summary: 'Browse the audit trail (newest first)', querystring: AuditQuery, response: { 200: z.array(AuditEventView) } },
    handler: async (request) => {
      const rows = await audit.list(request.query);
      return rows.map((e) => ({
        seq: Number(e.seq),
        id: e.id,
        at: e.at.toISOString(),
        action: e.action,
        actorUserId: e.actor_user_id,
        actorLabel: e.actor_label,
        actorName: e.actor_name,
        subjectType: e.subject_type,
        subjectId: e.subject_id,
        purpose: e.purpose,
        ip: e.ip,
        details: e.details,
      }));
    },
  });

  r.post('/api/audit/verify', {
    config: { access: { permission: 'audit.verify' } },
    schema: { tags: ['audit'], summary: 'Recompute the hash chain and report the first broken link', response: { 200: ChainVerification } },
    handler: async (request) => {
      const result = await audit.verifyChain();
      await audit.recordAlone(originOf(request), { action: 'audit.verify', purpose: 'security', details: { ...result } });
      return result;
    },
  });
}
