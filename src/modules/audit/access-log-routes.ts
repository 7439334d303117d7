/**
 * What the client may know about use of their file (who looked at or changed it, from
 * which agency, why), and the data protection officer's report of unusual access.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../server/clock';
import { originOf } from '../../server/plugins/session';
import { visibleCategories } from '../access/policy';
import type { AccessService } from '../access/service';
import { viewerOf } from '../access/viewer';
import type { AuditService } from './service';

const AccessLogEntry = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  action: z.string().describe('e.g. person.read, person.update, consent.record'),
  purpose: z.string().nullable(),
  agencyName: z.string().nullable(),
  agencyType: z.string().nullable(),
  roles: z.array(z.string()),
  staffName: z.string().nullable().describe('Shown where the law allows (ONEDOOR_ACCESS_LOG_STAFF_NAMES)'),
  categories: z.array(z.string()).describe('Data categories shown or changed'),
  breakGlass: z.boolean(),
});

const Period = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  threshold: z.coerce.number().int().min(1).max(100_000).default(50).describe('Distinct persons read above which a user is listed'),
});

const PersonParams = z.object({ personId: z.uuid() });

export async function accessLogRoutes(app: FastifyInstance, opts: { audit: AuditService; access: AccessService; clock: Clock; showStaffNames: boolean }) {
  const { audit, access, clock } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/people/:personId/access-log', {
    config: { access: { permission: 'person.read' } },
    schema: {
      tags: ['audit'],
      summary: "Who looked at or changed this person's data (to show the client)",
      params: PersonParams,
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), beforeSeq: z.coerce.number().int().optional() }),
      response: { 200: z.array(AccessLogEntry) },
    },
    handler: async (request) => {
      const { personId } = request.params;
      const viewer = viewerOf(request);
      return audit.transaction(async (trx) => {
        const decision = await access.requireRecord(viewer, personId, 'case_work', trx);
        const rows = await audit.personAccessLog(trx, personId, request.query.limit, request.query.beforeSeq);
        await access.recordRead(trx, originOf(request), { personId, action: 'person.access_log', purpose: 'case_work', decision });
        // The categories of an event say what exists (a health note was written) or what another
        // agency was allowed (its consent): the viewer gets only those they may see themselves,
        // and an event about hidden categories alone is left out.
        const visible = new Set<string>(visibleCategories(decision));
        return rows.flatMap((e) => {
          const details = e.details as { categories?: string[]; breakGlass?: boolean; fields?: string[] };
          const categories = (details.categories ?? []).filter((c) => visible.has(c));
          if (details.categories?.length && categories.length === 0) return [];
          return {
            seq: e.seq,
            at: e.at.toISOString(),
            action: e.action,
            purpose: e.purpose,
            agencyName: e.agency_name,
            agencyType: e.agency_type,
            roles: e.roles ?? [],
            staffName: opts.showStaffNames ? e.display_name : null,
            categories,
            breakGlass: details.breakGlass === true,
          };
        });
      });
    },
  });

  r.get('/api/access-reports/unusual', {
    config: { access: { permission: 'access_report.read' } },
    schema: {
      tags: ['audit'],
      summary: 'Unusual access for the data protection officer: heavy readers, reads without case membership, break-glass',
      querystring: Period,
    },
    handler: async (request) => {
      // 'to' is exclusive: a given date means up to the start of that day; by default up to now, inclusive.
      const to = request.query.to ? new Date(`${request.query.to}T00:00:00Z`) : new Date(clock.now().getTime() + 1);
      const from = request.query.from ? new Date(`${request.query.from}T00:00:00Z`) : new Date(to.getTime() - 30 * 86_400_000);
      const { heavyReaders: heavy, readsWithoutMembership: outside, breakGlass: glass } = await audit.unusualAccess(from, to, request.query.threshold);
      return {
        from: from.toISOString(),
        to: to.toISOString(),
        heavyReaders: heavy.map((h) => ({ userId: h.user_id, staffName: h.display_name, agencyName: h.agency_name, persons: Number(h.persons), events: Number(h.events) })),
        readsWithoutMembership: outside.map((o) => ({ userId: o.user_id, staffName: o.display_name, agencyName: o.agency_name, relation: o.relation, persons: Number(o.persons), events: Number(o.events) })),
        breakGlass: glass.map((g) => ({ seq: g.seq, at: g.at.toISOString(), userId: g.user_id, staffName: g.display_name, agencyName: g.agency_name, onedoorId: g.onedoor_id, details: g.details })),
      };
    },
  });
}
