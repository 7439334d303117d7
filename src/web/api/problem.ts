/**
 * The server's error document (RFC 9457 problem+json) and the error the web client
 * throws for it. `operation` names what the user was doing so errors group by action.
 */
export interface ProblemField {
  field: string;
  code: string;
  message: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  fields?: ProblemField[];
  requestId?: string;
  currentVersion?: number;
}

export class ApiError extends Error {
  constructor(
    readonly operation: string,
    readonly problem: Problem,
  ) {
    super(`${operation} failed: ${problem.status} ${problem.code}`);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'code' in body && 'status' in body;
}

/**
 * Builds a problem from any failed response. A proxy or crash can answer with HTML or
 * nothing; the empty title makes the UI fall back to its own translation of the code.
 */
export function problemFrom(status: number, body: unknown): Problem {
  if (isProblem(body)) return body;
  const code = status === 404 ? 'not_found' : status === 401 ? 'unauthenticated' : 'internal';
  return { title: '', status, code };
}

/** Network failures (server down, offline) get their own code, translated by the web app. */
export function networkProblem(): Problem {
  return { title: '', status: 0, code: 'network_error' };
}
