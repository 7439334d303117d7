/**
 * Sign-in, second factor and sessions. Sessions live in the database; the browser holds
 * only a random token whose SHA-256 is the session id.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { hours, minutes } from '../../server/clock';
import type { Config } from '../../server/config';
import { randomToken, sha256, type Encryptor } from '../../server/crypto';
import { AppError } from '../../server/errors';
import { permissionsOf } from '../access/roles';
import type { AuditService } from '../audit/service';
import type { AuditActor } from '../audit/schema';
import { burnPasswordCheck, verifyPassword } from './password';
import * as repo from './repo';
import type { Me, SignInRequest } from './schema';
import { checkTotp, newTotpSecret, totpProvisioning } from './totp';

export interface RequestOrigin extends AuditActor {
  userAgent?: string | null;
}

export interface ResolvedSession {
  sessionId: string;
  userId: string;
  needsSecondFactor: boolean;
  authMethod: 'password' | 'oidc';
}

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: {
  db: Kysely<DB>;
  clock: Clock;
  config: Pick<Config, 'session' | 'signIn'>;
  audit: AuditService;
  encryptor: Encryptor;
}) {
  const { db, clock, config, audit, encryptor } = deps;

  async function startSession(
    trx: Kysely<DB>,
    userId: string,
    method: 'password' | 'oidc',
    needsSecondFactor: boolean,
    origin: RequestOrigin,
  ): Promise<string> {
    const token = randomToken();
    const now = clock.now();
    await repo.insertSession(trx, {
      id: sha256(token),
      user_id: userId,
      needs_second_factor: needsSecondFactor,
      auth_method: method,
      ip: origin.ip ?? null,
      user_agent: origin.userAgent?.slice(0, 300) ?? null,
      created_at: now,
      last_seen_at: now,
      // A half-finished sign-in (waiting for the code) only lives for five minutes.
      expires_at: new Date(now.getTime() + (needsSecondFactor ? minutes(5) : hours(config.session.maxHours))),
    });
    return token;
  }

  async function failSignIn(trx: Kysely<DB>, user: { id: string }, origin: RequestOrigin, reason: string) {
    const now = clock.now();
    const lockUntil = new Date(now.getTime() + minutes(config.signIn.lockoutMinutes));
    const { failed_sign_ins } = await repo.recordFailure(trx, user.id, config.signIn.maxFailures, lockUntil);
    const locked = failed_sign_ins >= config.signIn.maxFailures;
    await audit.record(trx, { ...origin, userId: user.id }, {
      action: 'auth.sign_in_failed',
      subjectType: 'staff_user',
      subjectId: user.id,
      purpose: 'security',
      details: { reason, failures: failed_sign_ins, locked },
    });
  }

  function assertNotLocked(user: { locked_until: Date | null }) {
    const now = clock.now();
    if (user.locked_until && user.locked_until > now) {
      throw new AppError('account_locked', { params: { until: user.locked_until.toISOString() } });
    }
  }

  async function signIn(input: SignInRequest, origin: RequestOrigin): Promise<{ token: string; needsSecondFactor: boolean }> {
    const user = await repo.findUserByEmail(db, input.email);
    if (!user || !user.active || !user.password_hash) {
      await burnPasswordCheck(input.password);
      await audit.recordAlone({ ...origin, label: input.email.slice(0, 120) }, {
        action: 'auth.sign_in_failed',
        purpose: 'security',
        details: { reason: user ? 'inactive_or_sso_only' : 'unknown_user' },
      });
      throw new AppError('invalid_credentials');
    }
    assertNotLocked(user);
    const ok = await verifyPassword(user.password_hash, input.password);
    return db.transaction().execute(async (trx) => {
      if (!ok) {
        await failSignIn(trx, user, origin, 'wrong_password');
        return { failed: true as const };
      }
      const needsSecondFactor = user.totp_enabled_at !== null;
      const token = await startSession(trx, user.id, 'password', needsSecondFactor, origin);
      if (!needsSecondFactor) await completeSignIn(trx, user.id, 'password', origin);
      return { token, needsSecondFactor };
    }).then((r) => {
      // Thrown after commit so the failure counter and its audit event are kept.
      if ('failed' in r) throw new AppError('invalid_credentials');
      return r;
    });
  }

  async function completeSignIn(trx: Kysely<DB>, userId: string, method: string, origin: RequestOrigin) {
    await repo.recordSuccess(trx, userId, clock.now());
    await audit.record(trx, { ...origin, userId }, {
      action: 'auth.sign_in',
      subjectType: 'staff_user',
      subjectId: userId,
      purpose: 'security',
      details: { method },
    });
  }

  /** Second step: the pending session is replaced by a full one (new token: no fixation). */
  async function verifySecondFactor(pending: ResolvedSession, code: string, origin: RequestOrigin): Promise<string> {
    const user = await repo.findUserById(db, pending.userId);
    if (!user?.totp_secret || !user.totp_enabled_at) throw new AppError('unauthenticated');
    assertNotLocked(user);
    const step = await checkTotp(encryptor.decrypt(user.totp_secret), code, clock.now(), user.totp_last_step);
    const result = await db.transaction().execute(async (trx) => {
      if (step === undefined || !(await repo.acceptTotpStep(trx, user.id, step))) {
        await failSignIn(trx, user, origin, 'wrong_second_factor');
        return undefined;
      }
      await repo.deleteSession(trx, pending.sessionId);
      const token = await startSession(trx, user.id, pending.authMethod, false, origin);
      await completeSignIn(trx, user.id, `${pending.authMethod}+totp`, origin);
      return token;
    });
    if (!result) throw new AppError('invalid_second_factor');
    return result;
  }

  /** Looks a cookie token up; expired (idle or absolute) sessions are ended. */
  async function resolveSession(token: string): Promise<ResolvedSession | undefined> {
    const id = sha256(token);
    const session = await repo.findSession(db, id);
    if (!session) return undefined;
    const now = clock.now();
    const idleEnd = new Date(session.last_seen_at.getTime() + minutes(config.session.idleMinutes));
    if (session.expires_at <= now || idleEnd <= now) {
      await repo.deleteSession(db, id);
      return undefined;
    }
    // Refresh at most once a minute: every request writing a row would cost more than it tells.
    if (now.getTime() - session.last_seen_at.getTime() > minutes(1)) await repo.touchSession(db, id, now);
    return {
      sessionId: id,
      userId: session.user_id,
      needsSecondFactor: session.needs_second_factor,
      authMethod: session.auth_method as 'password' | 'oidc',
    };
  }

  async function signOut(session: ResolvedSession, origin: RequestOrigin) {
    await db.transaction().execute(async (trx) => {
      await repo.deleteSession(trx, session.sessionId);
      await audit.record(trx, { ...origin, userId: session.userId }, { action: 'auth.sign_out', purpose: 'security' });
    });
  }

  async function me(session: ResolvedSession): Promise<Me | undefined> {
    const p = await repo.findProfile(db, session.userId);
    if (!p || !p.active) return undefined;
    return {
      id: p.id,
      email: p.email,
      displayName: p.display_name,
      agency: { id: p.agency_id, name: p.agency_name, type: p.agency_type },
      office: p.office_id && p.office_name ? { id: p.office_id, name: p.office_name } : null,
      roles: p.roles as Me['roles'],
      permissions: permissionsOf(p.roles),
      preferredLanguage: p.preferred_language as Me['preferredLanguage'],
      totpEnabled: p.totp_enabled_at !== null,
      authMethod: session.authMethod,
    };
  }

  /** Starts enrolment: a new secret is stored (encrypted) but not required until confirmed. */
  async function beginTotpSetup(userId: string) {
    const user = await repo.findUserById(db, userId);
    if (!user) throw new AppError('not_found');
    if (user.totp_enabled_at) throw new AppError('already_exists');
    const secret = newTotpSecret();
    await repo.setTotp(db, userId, encryptor.encrypt(secret), null);
    return totpProvisioning(secret, user.email);
  }

  async function changeTotp(userId: string, code: string, enable: boolean, origin: RequestOrigin) {
    const user = await repo.findUserById(db, userId);
    if (!user?.totp_secret) throw new AppError('not_found');
    const step = await checkTotp(encryptor.decrypt(user.totp_secret), code, clock.now(), user.totp_last_step);
    if (step === undefined) throw new AppError('invalid_second_factor');
    await db.transaction().execute(async (trx) => {
      if (!(await repo.acceptTotpStep(trx, userId, step))) throw new AppError('invalid_second_factor');
      await repo.setTotp(trx, userId, enable ? user.totp_secret : null, enable ? clock.now() : null);
      await audit.record(trx, { ...origin, userId }, {
        action: enable ? 'auth.totp_enabled' : 'auth.totp_disabled',
        subjectType: 'staff_user',
        subjectId: userId,
        purpose: 'security',
      });
    });
  }

  return {
    signIn,
    verifySecondFactor,
    resolveSession,
    signOut,
    me,
    startSession,
    completeSignIn,
    beginTotpSetup,
    enableTotp: (userId: string, code: string, origin: RequestOrigin) => changeTotp(userId, code, true, origin),
    disableTotp: (userId: string, code: string, origin: RequestOrigin) => changeTotp(userId, code, false, origin),
    setLanguage: (userId: string, language: string) => repo.setLanguage(db, userId, language),
    endUserSessions: (trx: Kysely<DB>, userId: string) => repo.deleteUserSessions(trx, userId),
    purgeExpiredSessions: () => repo.deleteExpiredSessions(db, clock.now()),
  };
}
