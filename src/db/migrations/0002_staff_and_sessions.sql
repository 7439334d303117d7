-- Staff accounts, their roles and their server-side sessions.

CREATE TABLE staff_user (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email                text NOT NULL,
  display_name         text NOT NULL,
  agency_id            uuid NOT NULL REFERENCES agency(id),
  office_id            uuid REFERENCES office(id),
  roles                text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[
                         'case_manager', 'specialist', 'supervisor', 'partnership_coordinator',
                         'analyst', 'administrator', 'data_protection_officer']::text[]),
  preferred_language   text NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'ru', 'hy')),
  password_hash        text,
  totp_secret          text,
  totp_enabled_at      timestamptz,
  failed_sign_ins      integer NOT NULL DEFAULT 0,
  locked_until         timestamptz,
  last_sign_in_at      timestamptz,
  oidc_issuer          text,
  oidc_subject         text,
  active               boolean NOT NULL DEFAULT true,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_user_email_unique ON staff_user (lower(email));
CREATE UNIQUE INDEX staff_user_oidc_unique ON staff_user (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;
CREATE INDEX staff_user_agency ON staff_user (agency_id);
COMMENT ON TABLE staff_user IS 'A member of staff of a partner agency who signs in to OneDoor.';
COMMENT ON COLUMN staff_user.email IS 'Sign-in name; unique regardless of letter case.';
COMMENT ON COLUMN staff_user.display_name IS 'Name shown to colleagues and, where the law allows, to clients in their access log.';
COMMENT ON COLUMN staff_user.agency_id IS 'Employing agency; access to client data is decided per agency.';
COMMENT ON COLUMN staff_user.office_id IS 'Home office, if the user works from one.';
COMMENT ON COLUMN staff_user.roles IS 'One or more roles; each grants a set of permissions (see modules/access).';
COMMENT ON COLUMN staff_user.preferred_language IS 'Interface language: en, ru or hy.';
COMMENT ON COLUMN staff_user.password_hash IS 'argon2id hash; NULL for users who sign in only through single sign-on.';
COMMENT ON COLUMN staff_user.totp_secret IS 'TOTP second-factor secret, encrypted with the configured key (AES-256-GCM).';
COMMENT ON COLUMN staff_user.totp_enabled_at IS 'When the second factor was confirmed; NULL means TOTP is not required.';
COMMENT ON COLUMN staff_user.failed_sign_ins IS 'Consecutive failed sign-ins since the last success; drives lockout.';
COMMENT ON COLUMN staff_user.locked_until IS 'Sign-in refused until this time after too many failures.';
COMMENT ON COLUMN staff_user.last_sign_in_at IS 'Last successful sign-in.';
COMMENT ON COLUMN staff_user.oidc_issuer IS 'Identity provider issuer for single sign-on.';
COMMENT ON COLUMN staff_user.oidc_subject IS 'Subject identifier at the identity provider, linked on first SSO sign-in.';
COMMENT ON COLUMN staff_user.active IS 'Deactivated users cannot sign in; their sessions are ended.';
COMMENT ON COLUMN staff_user.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN staff_user.created_at IS 'When the account was created.';
COMMENT ON COLUMN staff_user.updated_at IS 'When the account was last changed.';

CREATE TABLE staff_session (
  id                 text PRIMARY KEY,
  user_id            uuid NOT NULL REFERENCES staff_user(id),
  needs_second_factor boolean NOT NULL DEFAULT false,
  auth_method        text NOT NULL CHECK (auth_method IN ('password', 'oidc')),
  ip                 text,
  user_agent         text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  last_seen_at       timestamptz NOT NULL DEFAULT now(),
  expires_at         timestamptz NOT NULL
);
CREATE INDEX staff_session_user ON staff_session (user_id);
CREATE INDEX staff_session_expires ON staff_session (expires_at);
COMMENT ON TABLE staff_session IS 'Server-side sign-in session; the browser holds only an opaque random token in an HttpOnly cookie.';
COMMENT ON COLUMN staff_session.id IS 'SHA-256 of the session token, so a database leak does not leak live sessions.';
COMMENT ON COLUMN staff_session.user_id IS 'Signed-in staff member.';
COMMENT ON COLUMN staff_session.needs_second_factor IS 'True between a correct password and a correct TOTP code; such a session grants nothing else.';
COMMENT ON COLUMN staff_session.auth_method IS 'How the user signed in: password or single sign-on.';
COMMENT ON COLUMN staff_session.ip IS 'Address the session was started from (for the user''s own security view and audit).';
COMMENT ON COLUMN staff_session.user_agent IS 'Browser the session was started from.';
COMMENT ON COLUMN staff_session.created_at IS 'Sign-in time; the absolute lifetime counts from here.';
COMMENT ON COLUMN staff_session.last_seen_at IS 'Last request; the idle timeout counts from here.';
COMMENT ON COLUMN staff_session.expires_at IS 'Absolute end of the session regardless of activity.';
