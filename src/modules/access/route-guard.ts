/**
 * Authorization is declared on every API route (`config.access`) and enforced here.
 * A route under /api without a declaration makes the app refuse to start: nothing is
 * reachable by accident. Every API route is also listed (`apiRoutes`), so the access
 * matrix test can prove each one is either free of person data or covered by a rule.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../server/errors';
import { can, type Permission } from './roles';

/** 'public': anyone; 'signed_in': any signed-in staff; or a permission. */
export type RouteAccess = 'public' | 'signed_in' | { permission: Permission };

export interface ApiRoute {
  method: string;
  url: string;
  access: RouteAccess;
  /** Declared true by routes that return or change a person's data. */
  personData: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * The route returns or changes a person's data: it must go through the access policy,
     * cannot be public, and must have an entry in the access matrix test.
     */
    personData?: boolean;
  }
  interface FastifyInstance {
    /** Every API route registered so far (HEAD twins of GET routes left out). */
    apiRoutes: ApiRoute[];
  }
}

export function requireStaff(request: FastifyRequest) {
  if (!request.staff) throw new AppError('unauthenticated');
  return request.staff;
}

export const routeGuard = fp(async (app: FastifyInstance) => {
  const routes: ApiRoute[] = [];
  app.decorate('apiRoutes', routes);
  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api/') && !route.url.startsWith('/api/docs');
    if (!isApi) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access rule (config.access)`);
    const personData = route.config?.personData === true;
    if (personData && access === 'public') throw new Error(`Route ${route.method} ${route.url} returns person data and cannot be public`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, access, personData });
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
