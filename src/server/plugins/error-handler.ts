/**
 * Renders every error as RFC 9457 problem+json with a translated title and, for invalid
 * input, one entry per field with its path and a translated message. Internals (stack,
 * SQL) never reach the client; they go to the log with the request id.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../errors';

interface ZodIssueParams {
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  input?: unknown;
  expected?: string;
}

/** Maps a zod issue to one of our translation keys under errors:field.* */
export function fieldErrorFromIssue(code: string, path: string, params: ZodIssueParams): FieldError {
  const origin = params.origin === 'array' || params.origin === 'set' ? 'array' : params.origin === 'string' ? 'string' : 'number';
  const missing = code === 'invalid_type' && params.input === undefined;
  const key = missing
    ? 'required'
    : code === 'too_small' || code === 'too_big'
      ? `${code}_${origin}`
      : code === 'invalid_format' && ['email', 'uuid', 'url', 'date'].includes(params.format ?? '')
        ? `invalid_${params.format}`
        : ['invalid_type', 'invalid_format', 'invalid_value', 'unrecognized_keys'].includes(code)
          ? code
          : 'invalid';
  // A required string left empty reads better as "required" than "at least 1 character".
  const finalKey = key === 'too_small_string' && Number(params.minimum) === 1 ? 'required' : key;
  return {
    field: path,
    code: finalKey,
    params: { minimum: params.minimum?.toString(), maximum: params.maximum?.toString() },
  };
}

function problem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const t = request.t;
  const params = { ...error.details.params, ...error.details.extra, requestId: request.id };
  const detailKey = `detail.${error.code}`;
  const body = {
    type: `urn:onedoor:problem:${error.code}`,
    title: t(`title.${error.code}`),
    status: error.status,
    detail: t(detailKey, { ...params, defaultValue: '' }) || undefined,
    code: error.code,
    instance: request.url.split('?')[0],
    requestId: request.id,
    fields: error.details.fields?.map((f) => ({ ...f, message: t(`field.${f.code}`, f.params ?? {}) })),
    ...error.details.extra,
  };
  return reply.status(error.status).type('application/problem+json').send(body);
}

/** Database errors carry the offending values in `detail`: personal data stays out of logs. */
function safeError(error: FastifyError & { constraint?: string; table?: string }) {
  return { name: error.name, code: error.code, message: error.message, constraint: error.constraint, table: error.table, stack: error.stack };
}

export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return problem(request, reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) =>
        fieldErrorFromIssue(v.keyword, v.instancePath.replace(/^\//, '').replace(/\//g, '.'), v.params as ZodIssueParams),
      );
      return problem(request, reply, new AppError('validation_failed', { fields, extra: { in: error.validationContext } }));
    }
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return problem(request, reply, new AppError('csrf_invalid'));
    }
    if (error.statusCode === 429) return problem(request, reply, new AppError('rate_limited'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, too-large body, wrong content type: the client's mistake, no internals.
      request.log.info({ err: { code: error.code, message: error.message } }, 'bad request');
      return problem(request, reply, new AppError(error.statusCode === 404 ? 'not_found' : 'bad_request'));
    }
    request.log.error({ err: safeError(error) }, 'unhandled error');
    return problem(request, reply, new AppError('internal'));
  });
  app.setNotFoundHandler((request, reply) => problem(request, reply, new AppError('not_found')));
});
