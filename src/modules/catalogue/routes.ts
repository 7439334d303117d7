/**
 * HTTP layer of the service catalogue. It holds no person data: every signed-in staff member
 * may search and read it; coordinators (catalogue.manage) keep their agency's entries.
 * Bookings (who holds a place) are not shown here: only through the plan or referral that made them.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { managerOf } from './context';
import { HsdsImport, HsdsImportResult, HsdsLangQuery, HsdsServicePage } from './hsds-schema';
import {
  IdParams, Location, LocationInput, LocationQuery, LocationUpdate, SearchPage, SearchQuery, Service, ServiceInput, ServiceUpdate, VersionQuery,
} from './schema';
import type { CatalogueService } from './service';

const tags = ['catalogue'];
const read = { access: 'signed_in' } as const;
const manage = { access: { permission: 'catalogue.manage' } } as const;

export async function catalogueRoutes(app: FastifyInstance, opts: { catalogue: CatalogueService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { catalogue: c } = opts;

  const services = '/api/catalogue/services';
  r.get(services, {
    config: read,
    schema: { tags, summary: 'Search services: barriers, type, municipality, language, free places, name', querystring: SearchQuery, response: { 200: SearchPage } },
    handler: (request) => c.search(request.query, request.language),
  });
  r.get(`${services}/:id`, {
    config: read,
    schema: { tags, summary: 'One service with its locations and free places', params: IdParams, response: { 200: Service } },
    handler: (request) => c.services.get(request.params.id),
  });
  r.post(services, {
    config: manage,
    schema: { tags, summary: "Add a service (your agency's; administrators: any)", body: ServiceInput, response: { 201: Service } },
    handler: async (request, reply) => reply.status(201).send(await c.services.create(managerOf(request), request.body)),
  });
  r.put(`${services}/:id`, {
    config: manage,
    schema: { tags, summary: 'Change a service', params: IdParams, body: ServiceUpdate, response: { 200: Service } },
    handler: (request) => c.services.update(managerOf(request), request.params.id, request.body),
  });
  r.delete(`${services}/:id`, {
    config: manage,
    schema: { tags, summary: 'Delete a service never booked (else set it inactive)', params: IdParams, querystring: VersionQuery, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await c.services.remove(managerOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  });

  const locations = '/api/catalogue/locations';
  r.get(locations, {
    config: read,
    schema: { tags, summary: 'Places where services are delivered', querystring: LocationQuery, response: { 200: z.array(Location) } },
    handler: (request) => c.locations.list(request.query),
  });
  r.get(`${locations}/:id`, {
    config: read,
    schema: { tags, summary: 'One place', params: IdParams, response: { 200: Location } },
    handler: (request) => c.locations.get(request.params.id),
  });
  r.post(locations, {
    config: manage,
    schema: { tags, summary: "Add a place (your agency's; administrators: any)", body: LocationInput, response: { 201: Location } },
    handler: async (request, reply) => reply.status(201).send(await c.locations.create(managerOf(request), request.body)),
  });
  r.put(`${locations}/:id`, {
    config: manage,
    schema: { tags, summary: 'Change a place', params: IdParams, body: LocationUpdate, response: { 200: Location } },
    handler: (request) => c.locations.update(managerOf(request), request.params.id, request.body),
  });
  r.delete(`${locations}/:id`, {
    config: manage,
    schema: { tags, summary: 'Delete a place no service is delivered at', params: IdParams, querystring: VersionQuery, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await c.locations.remove(managerOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  });

  const hsds = '/api/catalogue/hsds';
  r.get(hsds, {
    config: read,
    schema: { tags, summary: 'Every active service as an Open Referral HSDS 3.0 document (texts in ?lang; all languages in the onedoor member)', querystring: HsdsLangQuery, response: { 200: HsdsServicePage } },
    handler: (request) => c.exportHsds(request.query.lang),
  });
  r.post(hsds, {
    config: manage,
    // A whole catalogue in one document: larger than the app's default body limit.
    bodyLimit: 16 * 1_048_576,
    schema: { tags, summary: 'Import an HSDS 3.0 document: upsert by id, all or nothing; problems reported with their JSON path', querystring: HsdsLangQuery, body: HsdsImport, response: { 200: HsdsImportResult } },
    handler: (request) => c.importHsds(managerOf(request), request.body, request.query.lang),
  });
}
