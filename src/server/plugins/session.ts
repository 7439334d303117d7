/** Resolves the session cookie to the signed-in staff member on every request. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Me } from '../../modules/auth/schema';
import type { AuthService, RequestOrigin, ResolvedSession } from '../../modules/auth/service';

export const SESSION_COOKIE = 'onedoor_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** Signed in with every factor done; null otherwise. */
    staff: { session: ResolvedSession; user: Me } | null;
    /** A session waiting for its second factor (grants nothing else). */
    pendingSession: ResolvedSession | null;
  }
}

export function originOf(request: FastifyRequest): RequestOrigin {
  return {
    userId: request.staff?.user.id ?? null,
    ip: request.ip,
    requestId: request.id,
    userAgent: request.headers['user-agent'] ?? null,
  };
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean, maxHours: number) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure,
    // Lax: the cookie must survive the top-level redirect back from single sign-on;
    // changes are protected by the CSRF token, not by SameSite alone.
    sameSite: 'lax',
    maxAge: maxHours * 3600,
  });
}

export const clearSessionCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/' });

export const sessionPlugin = fp(async (app: FastifyInstance, opts: { auth: AuthService }) => {
  app.decorateRequest('staff', null);
  app.decorateRequest('pendingSession', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await opts.auth.resolveSession(token);
    if (!session) return;
    if (session.needsSecondFactor) {
      request.pendingSession = session;
      return;
    }
    const user = await opts.auth.me(session);
    if (user) request.staff = { session, user };
  });
});
