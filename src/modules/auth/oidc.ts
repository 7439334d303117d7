/**
 * Single sign-on for staff with OpenID Connect: the protocol side (openid-client v6:
 * discovery, authorization URL, code exchange) and the account side (which staff member
 * a verified identity is, linking it on first use).
 */
import type { Kysely } from 'kysely';
import * as oidc from 'openid-client';
import type { DB } from '../../db/types';
import type { OidcConfig } from '../../server/config';
import type { AuditService } from '../audit/service';
import * as repo from './repo';
import type { AuthService, RequestOrigin } from './service';

/** What must come back unchanged with the callback; kept in a signed cookie meanwhile. */
export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Claims taken from a validated ID token (and the UserInfo endpoint when it holds the e-mail). */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email?: string;
  emailVerified: boolean;
}

export type OidcClient = ReturnType<typeof createOidcClient>;

export function createOidcClient(settings: OidcConfig) {
  let discovered: Promise<oidc.Configuration> | undefined;

  /** Discovery runs on first use, not at start-up: an unreachable IdP must not stop the app. */
  function configuration(): Promise<oidc.Configuration> {
    discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        // Basic is the registration default (RFC 7591); without a secret it is a public client relying on PKCE.
        settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
        { execute: settings.allowInsecureRequests ? [oidc.allowInsecureRequests] : [], timeout: 10 },
      )
      .catch((error: unknown) => {
        // A failed discovery is not cached, so the next sign-in tries again.
        discovered = undefined;
        throw error;
      });
    return discovered;
  }

  async function authorizationUrl(): Promise<{ url: URL; checks: OidcChecks }> {
    const config = await configuration();
    const checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUri,
      scope: settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
    return { url, checks };
  }

  /** Validates the callback (state, iss), redeems the code (PKCE) and checks the ID token (nonce, aud, exp). */
  async function exchange(callbackUrl: URL, checks: OidcChecks): Promise<OidcIdentity> {
    const config = await configuration();
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the token response has no ID token');
    let email: unknown = claims.email;
    let emailVerified: unknown = claims.email_verified;
    // Many providers put e-mail only in UserInfo when an access token is issued (OIDC Core 5.4).
    if (email === undefined && config.serverMetadata().userinfo_endpoint) {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = info.email;
      emailVerified = info.email_verified;
    }
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: typeof email === 'string' ? email : undefined,
      emailVerified: emailVerified === true,
    };
  }

  return { authorizationUrl, exchange };
}

export type OidcSignInResult = { ok: true; token: string } | { ok: false; reason: string };

/** Maps a verified identity to an active staff member and starts an 'oidc' session. */
export function createOidcSignIn(deps: { db: Kysely<DB>; auth: AuthService; audit: AuditService }) {
  const { db, auth, audit } = deps;

  async function refuse(identity: OidcIdentity, origin: RequestOrigin, reason: string, userId?: string): Promise<OidcSignInResult> {
    const actor = userId ? { ...origin, userId } : { ...origin, label: (identity.email ?? `oidc:${identity.subject}`).slice(0, 120) };
    await audit.recordAlone(actor, {
      action: 'auth.sign_in_failed',
      ...(userId ? { subjectType: 'staff_user', subjectId: userId } : {}),
      purpose: 'security',
      details: { reason, method: 'oidc' },
    });
    return { ok: false, reason };
  }

  return async function signInWithOidc(identity: OidcIdentity, origin: RequestOrigin): Promise<OidcSignInResult> {
    let user = await repo.findUserByOidc(db, identity.issuer, identity.subject);
    const link = !user;
    if (!user) {
      // Only an address the provider vouches for may claim an account, or anyone able to
      // set an e-mail at the provider could take over the staff member who has it.
      if (!identity.email) return refuse(identity, origin, 'no_email');
      if (!identity.emailVerified) return refuse(identity, origin, 'email_not_verified');
      user = await repo.findUserByEmail(db, identity.email);
      if (!user) return refuse(identity, origin, 'unknown_user');
      // An account already tied to another identity is not silently re-linked (e.g. a reused address).
      if (user.oidc_subject !== null) return refuse(identity, origin, 'linked_to_other_identity', user.id);
    }
    if (!user.active) return refuse(identity, origin, 'inactive', user.id);
    const userId = user.id;
    // No password lockout check: the provider authenticated the person; lockout guards password guessing.
    return db.transaction().execute(async (trx) => {
      if (link) {
        await repo.linkOidcSubject(trx, userId, identity.issuer, identity.subject);
        await audit.record(trx, { ...origin, userId }, {
          action: 'auth.oidc_linked',
          subjectType: 'staff_user',
          subjectId: userId,
          purpose: 'security',
          details: { issuer: identity.issuer },
        });
      }
      // The provider is trusted for the second factor: the session is complete at once.
      const token = await auth.startSession(trx, userId, 'oidc', false, origin);
      await auth.completeSignIn(trx, userId, 'oidc', origin);
      return { ok: true as const, token };
    });
  };
}
