/**
 * Composition root: one line per concern. Everything the app needs comes in through
 * `deps`, so tests build the same app on their own database and clock.
 */
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { routeGuard } from '../modules/access/route-guard';
import { adminRoutes } from '../modules/admin/routes';
import { assessmentModuleRoutes } from '../modules/assessment/wiring';
import { accessLogRoutes } from '../modules/audit/access-log-routes';
import { auditRoutes } from '../modules/audit/routes';
import { oidcRoutes } from '../modules/auth/oidc-routes';
import { authRoutes } from '../modules/auth/routes';
import { catalogueRoutes } from '../modules/catalogue/routes';
import { planModuleRoutes } from '../modules/plans/wiring';
import { notificationRoutes } from '../modules/notifications/routes';
import { referralRoutes } from '../modules/referrals/routes';
import { dutyRoutes } from '../modules/duties/routes';
import { conferenceRoutes } from '../modules/conferences/routes';
import { noteRoutes } from '../modules/people/notes-routes';
import { peopleRoutes } from '../modules/people/routes';
import { profilingRoutes } from '../modules/profiling/routes';
import { caseModuleRoutes } from '../modules/cases/wiring';
import type { Config } from './config';
import { healthRoutes } from './health';
import { errorHandlerPlugin } from './plugins/error-handler';
import { i18nPlugin } from './plugins/i18n';
import { openApi } from './plugins/openapi';
import { sessionPlugin } from './plugins/session';
import { staticWeb } from './plugins/static-web';
import type { Services } from './services';

export interface AppDeps {
  config: Config;
  database: Database;
  services: Services;
  logger?: FastifyServerOptions['logger'];
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    // Paths only: query strings can carry names or ids typed into a search box.
    serializers: {
      req: (req) => ({ method: req.method, path: req.url.split('?')[0], ip: req.ip, reqId: req.id }),
    },
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
  };
}

export async function createApp(deps: AppDeps) {
  const { config, database, services } = deps;
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config.logLevel),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => void reply.header('x-request-id', request.id));

  await app.register(errorHandlerPlugin);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine injects its CSS variables in a style tag.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: config.secureCookies, signed: true },
  });
  await app.register(rateLimit, { global: false });
  await app.register(sessionPlugin, { auth: services.auth });
  await app.register(i18nPlugin);
  await app.register(routeGuard);
  app.addHook('onRequest', (request, reply, done) => {
    if (UNSAFE_METHODS.has(request.method) && request.url.startsWith('/api/')) app.csrfProtection(request, reply, done);
    else done();
  });
  await app.register(openApi);

  await app.register(healthRoutes, { database });
  await app.register(authRoutes, { auth: services.auth, config });
  await app.register(oidcRoutes, { auth: services.auth, audit: services.audit, db: database.db, config });
  await app.register(adminRoutes, { admin: services.admin });
  await app.register(auditRoutes, { audit: services.audit });
  await app.register(accessLogRoutes, { audit: services.audit, access: services.access, clock: services.clock, showStaffNames: config.accessLogStaffNames });
  await app.register(peopleRoutes, { people: services.people });
  await app.register(noteRoutes, { notes: services.notes });
  await caseModuleRoutes(app, services);
  await assessmentModuleRoutes(app, services.assessment);
  await app.register(profilingRoutes, { profiling: services.profiling });
  await app.register(catalogueRoutes, { catalogue: services.catalogue });
  await planModuleRoutes(app, services.plans);
  await app.register(notificationRoutes, { notifications: services.notifications });
  await app.register(referralRoutes, { referrals: services.referrals });
  await app.register(dutyRoutes, { duties: services.duties });
  await app.register(conferenceRoutes, { conferences: services.conferences });
  await app.register(staticWeb);
  return app;
}

export type App = Awaited<ReturnType<typeof createApp>>;
