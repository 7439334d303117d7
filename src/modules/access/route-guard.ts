/**
 * Authorization is declared on every API route (`config.access`) and enforced here.
 * A route under /api without a declaration makes the app refuse to start: nothing is
 * reachable by accident.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../server/errors';
import { can, type Permission } from './roles';

/** 'public': anyone; 'signed_in': any signed-in staff; or a permission. */
export type RouteAccess = 'public' | 'signed_in' | { permission: Permission };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export function requireStaff(request: FastifyRequest) {
  if (!request.staff) throw new AppError('unauthenticated');
  return request.staff;
}

export const routeGuard = fp(async (app: FastifyInstance) => {
  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api/') && !route.url.startsWith('/api/docs');
    if (isApi && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access rule (config.access)`);
    }
  });
  // onRequest, before body validation: a caller without permission learns nothing about the input rules.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    const staff = requireStaff(request);
    if (access === 'signed_in') return;
    if (!can(staff.user.roles, access.permission)) throw new AppError('forbidden');
  });
});
