/**
 * The one HTTP client of the web app: same-origin JSON with the session cookie, the UI
 * language in Accept-Language (so server messages arrive translated) and the CSRF token
 * on every change. Failures throw an ApiError carrying the problem document.
 */
import { ApiError, networkProblem, problemFrom } from './problem';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Request {
  /** Operation name, e.g. `admin.updateUser`: groups errors by what the user was doing. */
  operation: string;
  method?: Method;
  path: string;
  query?: Record<string, string | number | undefined | null>;
  body?: unknown;
}

let languageOf: () => string = () => document.documentElement.lang || 'en';

/** Lets the i18n setup tell the client which language to ask for. */
export function setLanguageSource(source: () => string): void {
  languageOf = source;
}

let csrfToken: Promise<string> | undefined;

function fetchCsrfToken(): Promise<string> {
  csrfToken ??= send({ operation: 'auth.csrf', path: '/api/auth/csrf' }, undefined)
    .then((body) => (body as { token: string }).token)
    .catch((error: unknown) => {
      // A failed fetch must not be cached, or every later change would fail too.
      csrfToken = undefined;
      throw error;
    });
  return csrfToken;
}

function urlOf(path: string, query: Request['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(request: Request, token: string | undefined): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': languageOf() };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(urlOf(request.path, request.query), {
      method: request.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
  } catch {
    throw new ApiError(request.operation, networkProblem());
  }
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw new ApiError(request.operation, problemFrom(response.status, body));
  return body;
}

export async function api<T>(request: Request): Promise<T> {
  const method = request.method ?? 'GET';
  if (method === 'GET') return (await send(request, undefined)) as T;
  try {
    return (await send(request, await fetchCsrfToken())) as T;
  } catch (error) {
    // The token is tied to a cookie that can expire or rotate: fetch a new one, retry once.
    if (!(error instanceof ApiError) || error.code !== 'csrf_invalid') throw error;
    csrfToken = undefined;
    return (await send(request, await fetchCsrfToken())) as T;
  }
}
