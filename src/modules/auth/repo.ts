/** Credentials and sessions. Profile columns of staff_user belong to the admin module. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';

export async function findUserByEmail(db: Kysely<DB>, email: string) {
  return db
    .selectFrom('staff_user')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
}

export async function findUserById(db: Kysely<DB>, id: string) {
  return db.selectFrom('staff_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findProfile(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('staff_user as u')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .leftJoin('office as o', 'o.id', 'u.office_id')
    .select([
      'u.id',
      'u.email',
      'u.display_name',
      'u.roles',
      'u.preferred_language',
      'u.totp_enabled_at',
      'u.active',
      'a.id as agency_id',
      'a.name as agency_name',
      'a.type as agency_type',
      'o.id as office_id',
      'o.name as office_name',
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}
export type Profile = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

/** Counts a failure and, once the count reaches the limit, locks the account until `lockUntil`. */
export async function recordFailure(db: Kysely<DB>, userId: string, maxFailures: number, lockUntil: Date) {
  return db
    .updateTable('staff_user')
    .set((eb) => ({
      failed_sign_ins: eb('failed_sign_ins', '+', 1),
      locked_until: eb
        .case()
        .when(eb('failed_sign_ins', '+', 1), '>=', maxFailures)
        .then(lockUntil)
        .else(eb.ref('locked_until'))
        .end(),
    }))
    .where('id', '=', userId)
    .returning(['failed_sign_ins', 'locked_until'])
    .executeTakeFirstOrThrow();
}

export async function recordSuccess(db: Kysely<DB>, userId: string, at: Date) {
  await db
    .updateTable('staff_user')
    .set({ failed_sign_ins: 0, locked_until: null, last_sign_in_at: at })
    .where('id', '=', userId)
    .execute();
}

export async function setTotp(db: Kysely<DB>, userId: string, secret: string | null, enabledAt: Date | null) {
  await db
    .updateTable('staff_user')
    .set((eb) => ({ totp_secret: secret, totp_enabled_at: enabledAt, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', userId)
    .execute();
}

/**
 * Remembers the time step of an accepted code. Conditional, so two requests racing with
 * the same code cannot both succeed: returns false when the step was already used.
 */
export async function acceptTotpStep(db: Kysely<DB>, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('staff_user')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function setLanguage(db: Kysely<DB>, userId: string, language: string) {
  await db.updateTable('staff_user').set({ preferred_language: language }).where('id', '=', userId).execute();
}

export async function linkOidcSubject(db: Kysely<DB>, userId: string, issuer: string, subject: string) {
  await db.updateTable('staff_user').set({ oidc_issuer: issuer, oidc_subject: subject }).where('id', '=', userId).execute();
}

export async function findUserByOidc(db: Kysely<DB>, issuer: string, subject: string) {
  return db
    .selectFrom('staff_user')
    .selectAll()
    .where('oidc_issuer', '=', issuer)
    .where('oidc_subject', '=', subject)
    .executeTakeFirst();
}

export interface NewSession {
  id: string;
  user_id: string;
  needs_second_factor: boolean;
  auth_method: 'password' | 'oidc';
  ip: string | null;
  user_agent: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export async function insertSession(db: Kysely<DB>, session: NewSession) {
  await db.insertInto('staff_session').values(session).execute();
}

export async function findSession(db: Kysely<DB>, id: string) {
  return db.selectFrom('staff_session').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, id: string, at: Date) {
  await db.updateTable('staff_session').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string) {
  await db.deleteFrom('staff_session').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Kysely<DB>, userId: string) {
  await db.deleteFrom('staff_session').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, before: Date) {
  await db.deleteFrom('staff_session').where('expires_at', '<', before).execute();
}
