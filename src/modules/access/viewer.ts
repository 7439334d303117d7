/** The access policy's view of the signed-in staff member making a request. */
import type { FastifyRequest } from 'fastify';
import type { Viewer } from './policy';
import { requireStaff } from './route-guard';

export function viewerOf(request: FastifyRequest): Viewer {
  const { user } = requireStaff(request);
  return { userId: user.id, agencyId: user.agency.id, roles: user.roles };
}
