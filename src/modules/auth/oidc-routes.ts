/**
 * Browser redirects for single sign-on: /start sends the browser to the identity provider,
 * /callback brings it back signed in. Both are top-level navigations, so failures end in
 * a redirect to the sign-in page rather than a JSON error.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/types';
import type { Config } from '../../server/config';
import { AppError } from '../../server/errors';
import { originOf, setSessionCookie } from '../../server/plugins/session';
import type { AuditService } from '../audit/service';
import { createOidcClient, createOidcSignIn, type OidcChecks, type OidcIdentity } from './oidc';
import type { AuthService } from './service';

const tags = ['auth'];
const FLOW_COOKIE = 'onedoor_oidc';
const FLOW_PATH = '/api/auth/oidc';
const FLOW_MINUTES = 10;
const FAILED = '/sign-in?error=sso_failed';
// state, nonce and code_verifier are base64url, so '.' can join them.
const FLOW_VALUE = /^([\w-]+)\.([\w-]+)\.([\w-]+)$/;

const StartQuery = z.object({});
const CallbackQuery = z.object({
  code: z.string().max(4096).optional().describe('Authorization code'),
  state: z.string().max(512).optional(),
  iss: z.string().max(2048).optional().describe('Issuer (RFC 9207)'),
  error: z.string().max(256).optional().describe('Set by the provider when sign-in did not happen'),
  error_description: z.string().max(2048).optional(),
});

export async function oidcRoutes(
  app: FastifyInstance,
  opts: { auth: AuthService; audit: AuditService; db: Kysely<DB>; config: Config },
) {
  const { config } = opts;
  const settings = config.oidc;
  const client = settings ? createOidcClient(settings) : undefined;
  const signInWithOidc = createOidcSignIn(opts);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const routeConfig = { access: 'public' as const, rateLimit: { max: config.signIn.ratePerMinute, timeWindow: '1 minute' } };

  const clearFlowCookie = (reply: FastifyReply) => reply.clearCookie(FLOW_COOKIE, { path: FLOW_PATH });

  function readFlowCookie(request: FastifyRequest): OidcChecks | undefined {
    const raw = request.cookies[FLOW_COOKIE];
    if (!raw) return undefined;
    const unsigned = request.unsignCookie(raw);
    const match = unsigned.valid && unsigned.value ? FLOW_VALUE.exec(unsigned.value) : null;
    return match ? { state: match[1]!, nonce: match[2]!, codeVerifier: match[3]! } : undefined;
  }

  r.get('/api/auth/oidc/start', {
    config: routeConfig,
    schema: { tags, summary: 'Start single sign-on: redirects to the identity provider', querystring: StartQuery },
    handler: async (request, reply) => {
      if (!client) throw new AppError('sso_not_configured');
      let started;
      try {
        started = await client.authorizationUrl();
      } catch (err) {
        request.log.warn({ err }, 'OIDC discovery failed');
        return reply.redirect(FAILED);
      }
      const { url, checks } = started;
      reply.setCookie(FLOW_COOKIE, `${checks.state}.${checks.nonce}.${checks.codeVerifier}`, {
        signed: true,
        httpOnly: true,
        // Lax: the cookie has to come back on the top-level redirect from the provider.
        sameSite: 'lax',
        path: FLOW_PATH,
        secure: config.secureCookies,
        maxAge: FLOW_MINUTES * 60,
      });
      return reply.redirect(url.href);
    },
  });

  r.get('/api/auth/oidc/callback', {
    config: routeConfig,
    schema: { tags, summary: 'Return from the identity provider: signs in and redirects to the app', querystring: CallbackQuery },
    handler: async (request, reply) => {
      if (!client || !settings) throw new AppError('sso_not_configured');
      const checks = readFlowCookie(request);
      // One use only: a replayed callback finds no cookie.
      clearFlowCookie(reply);
      const origin = originOf(request);
      const refuse = async (reason: string, err?: unknown) => {
        request.log.warn({ err, reason }, 'OIDC sign-in refused');
        await opts.audit.recordAlone(origin, {
          action: 'auth.sign_in_failed',
          purpose: 'security',
          details: { reason, method: 'oidc' },
        });
        return reply.redirect(FAILED);
      };
      if (!checks) return refuse('missing_flow_cookie');
      if (request.query.error) return refuse('provider_error');
      // The registered redirect URI plus the query received: behind a proxy request.url alone
      // may lack the public host or path prefix, and the redirect_uri sent must match exactly.
      const callbackUrl = new URL(settings.redirectUri);
      callbackUrl.search = new URL(request.url, 'http://callback.invalid').search;
      let identity: OidcIdentity;
      try {
        identity = await client.exchange(callbackUrl, checks);
      } catch (err) {
        return refuse('invalid_response', err);
      }
      const result = await signInWithOidc(identity, origin);
      if (!result.ok) return reply.redirect(FAILED);
      setSessionCookie(reply, result.token, config.secureCookies, config.session.maxHours);
      return reply.redirect('/');
    },
  });
}
