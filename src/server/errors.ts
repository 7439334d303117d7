/**
 * One error type for the whole app. A closed set of codes maps to HTTP status in one
 * table; the error handler (server/error-handler.ts) renders problem+json with a
 * translated message.
 */
export const errorStatus = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  second_factor_required: 401,
  invalid_second_factor: 401,
  forbidden: 403,
  csrf_invalid: 403,
  not_found: 404,
  version_conflict: 409,
  already_exists: 409,
  // A state change the thing's current state does not allow (accepting a declined referral).
  invalid_transition: 409,
  account_locked: 423,
  rate_limited: 429,
  sso_failed: 502,
  sso_not_configured: 404,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldError {
  /** Dotted path to the offending field, e.g. `email` or `roles.0`. */
  field: string;
  /** Translation key under `errors:` (e.g. `field.too_small`). */
  code: string;
  params?: Record<string, unknown>;
}

export interface AppErrorDetails {
  fields?: FieldError[];
  /** Interpolation values for the translated message. */
  params?: Record<string, unknown>;
  /** Extra members for the problem document (e.g. currentVersion on a conflict). */
  extra?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details: AppErrorDetails = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.status = errorStatus[code];
  }
}

/** Shorthand for a single-field validation failure raised by domain rules. */
export function fieldError(field: string, code: string, params?: Record<string, unknown>): AppError {
  return new AppError('validation_failed', { fields: [{ field, code, params }] });
}

/** A stale write: the client must reload; the current version is returned so it can. */
export function versionConflict(currentVersion: number): AppError {
  return new AppError('version_conflict', { extra: { currentVersion } });
}
