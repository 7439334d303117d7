/** HTTP layer for administering agencies, offices and staff accounts. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { originOf } from '../../server/plugins/session';
import {
  Agency, AgencyCreate, AgencyUpdate, IdParams, Municipality, Office, OfficeCreate, OfficeQuery, OfficeUpdate,
  PasswordReset, StaffUser, UserCreate, UserQuery, UserUpdate,
} from './schema';
import type { AdminService } from './service';

const tags = ['admin'];
const manageOrganisation = { access: { permission: 'organisation.manage' as const } };
const manageUsers = { access: { permission: 'users.manage' as const } };

export async function adminRoutes(app: FastifyInstance, opts: { admin: AdminService }) {
  const { admin } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/admin/municipalities', {
    config: { access: { permission: 'organisation.read' } },
    schema: { tags, summary: 'List municipalities', response: { 200: z.array(Municipality) } },
    handler: () => admin.listMunicipalities(),
  });

  r.get('/api/admin/agencies', {
    config: { access: { permission: 'organisation.read' } },
    schema: { tags, summary: 'List partner agencies', response: { 200: z.array(Agency) } },
    handler: () => admin.listAgencies(),
  });
  r.post('/api/admin/agencies', {
    config: manageOrganisation,
    schema: { tags, summary: 'Add an agency', body: AgencyCreate, response: { 201: Agency } },
    handler: async (request, reply) => reply.status(201).send(await admin.createAgency(originOf(request), request.body)),
  });
  r.put('/api/admin/agencies/:id', {
    config: manageOrganisation,
    schema: { tags, summary: 'Change an agency', params: IdParams, body: AgencyUpdate, response: { 200: Agency } },
    handler: (request) => admin.updateAgency(originOf(request), request.params.id, request.body),
  });

  r.get('/api/admin/offices', {
    config: { access: { permission: 'organisation.read' } },
    schema: { tags, summary: 'List offices', querystring: OfficeQuery, response: { 200: z.array(Office) } },
    handler: (request) => admin.listOffices(request.query.agencyId),
  });
  r.post('/api/admin/offices', {
    config: manageOrganisation,
    schema: { tags, summary: 'Add an office', body: OfficeCreate, response: { 201: Office } },
    handler: async (request, reply) => reply.status(201).send(await admin.createOffice(originOf(request), request.body)),
  });
  r.put('/api/admin/offices/:id', {
    config: manageOrganisation,
    schema: { tags, summary: 'Change an office', params: IdParams, body: OfficeUpdate, response: { 200: Office } },
    handler: (request) => admin.updateOffice(originOf(request), request.params.id, request.body),
  });

  r.get('/api/admin/users', {
    config: { access: { permission: 'users.read' } },
    schema: { tags, summary: 'List staff accounts', querystring: UserQuery, response: { 200: z.array(StaffUser) } },
    handler: (request) => admin.listUsers(request.query),
  });
  r.post('/api/admin/users', {
    config: manageUsers,
    schema: { tags, summary: 'Create a staff account', body: UserCreate, response: { 201: StaffUser } },
    handler: async (request, reply) => reply.status(201).send(await admin.createUser(originOf(request), request.body)),
  });
  r.put('/api/admin/users/:id', {
    config: manageUsers,
    schema: { tags, summary: 'Change a staff account', params: IdParams, body: UserUpdate, response: { 200: StaffUser } },
    handler: (request) => admin.updateUser(originOf(request), request.params.id, request.body),
  });
  r.post('/api/admin/users/:id/unlock', {
    config: manageUsers,
    schema: { tags, summary: 'Lift a sign-in lockout', params: IdParams, response: { 200: StaffUser } },
    handler: (request) => admin.unlockUser(originOf(request), request.params.id),
  });
  r.post('/api/admin/users/:id/password', {
    config: manageUsers,
    schema: { tags, summary: 'Set a new password (ends the user\'s sessions)', params: IdParams, body: PasswordReset, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await admin.setPassword(originOf(request), request.params.id, request.body.password);
      return reply.status(204).send(null);
    },
  });
}
