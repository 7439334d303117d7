/** HTTP layer for sign-in, sessions and the second factor. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../server/config';
import { AppError } from '../../server/errors';
import { clearSessionCookie, originOf, setSessionCookie } from '../../server/plugins/session';
import {
  AuthProviders,
  CsrfToken,
  LanguageUpdate,
  Me,
  SecondFactorRequest,
  SignInRequest,
  SignInResult,
  TotpSetup,
} from './schema';
import type { AuthService } from './service';

const tags = ['auth'];

export async function authRoutes(app: FastifyInstance, opts: { auth: AuthService; config: Config }) {
  const { auth, config } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const startCookie = (reply: Parameters<typeof setSessionCookie>[0], token: string) =>
    setSessionCookie(reply, token, config.secureCookies, config.session.maxHours);

  r.get('/api/auth/csrf', {
    config: { access: 'public' },
    schema: { tags, summary: 'Get a CSRF token for this browser', response: { 200: CsrfToken } },
    handler: async (_request, reply) => ({ token: reply.generateCsrf() }),
  });

  r.get('/api/auth/providers', {
    config: { access: 'public' },
    schema: { tags, summary: 'Which sign-in methods are available', response: { 200: AuthProviders } },
    handler: async () => ({ password: true, oidc: Boolean(config.oidc) }),
  });

  r.post('/api/auth/sign-in', {
    config: { access: 'public', rateLimit: { max: config.signIn.ratePerMinute, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Sign in with e-mail and password', body: SignInRequest, response: { 200: SignInResult } },
    handler: async (request, reply) => {
      const { token, needsSecondFactor } = await auth.signIn(request.body, originOf(request));
      startCookie(reply, token);
      if (needsSecondFactor) return { status: 'second_factor_required' as const };
      const me = await auth.me((await auth.resolveSession(token))!);
      return { status: 'signed_in' as const, me: me! };
    },
  });

  r.post('/api/auth/second-factor', {
    config: { access: 'public', rateLimit: { max: config.signIn.ratePerMinute, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Finish sign-in with the TOTP code', body: SecondFactorRequest, response: { 200: SignInResult } },
    handler: async (request, reply) => {
      if (!request.pendingSession) throw new AppError('unauthenticated');
      const token = await auth.verifySecondFactor(request.pendingSession, request.body.code, originOf(request));
      startCookie(reply, token);
      const me = await auth.me((await auth.resolveSession(token))!);
      return { status: 'signed_in' as const, me: me! };
    },
  });

  r.post('/api/auth/sign-out', {
    config: { access: 'public' },
    schema: { tags, summary: 'End the session', response: { 204: z.null() } },
    handler: async (request, reply) => {
      const session = request.staff?.session ?? request.pendingSession;
      if (session) await auth.signOut(session, originOf(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  });

  r.get('/api/auth/me', {
    config: { access: 'signed_in' },
    schema: { tags, summary: 'The signed-in staff member', response: { 200: Me } },
    handler: async (request) => request.staff!.user,
  });

  r.put('/api/auth/me/language', {
    config: { access: 'signed_in' },
    schema: { tags, summary: 'Change my interface language', body: LanguageUpdate, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await auth.setLanguage(request.staff!.user.id, request.body.language);
      return reply.status(204).send(null);
    },
  });

  r.post('/api/auth/totp/setup', {
    config: { access: 'signed_in' },
    schema: { tags, summary: 'Start enrolling an authenticator app', response: { 200: TotpSetup } },
    handler: async (request) => auth.beginTotpSetup(request.staff!.user.id),
  });

  for (const action of ['enable', 'disable'] as const) {
    r.post(`/api/auth/totp/${action}`, {
      config: { access: 'signed_in' },
      schema: { tags, summary: `${action === 'enable' ? 'Confirm' : 'Turn off'} the second factor`, body: SecondFactorRequest, response: { 200: Me } },
      handler: async (request) => {
        const { user, session } = request.staff!;
        const change = action === 'enable' ? auth.enableTotp : auth.disableTotp;
        await change(user.id, request.body.code, originOf(request));
        return (await auth.me(session))!;
      },
    });
  }
}
