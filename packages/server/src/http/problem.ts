import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../domain/errors.js';

/** RFC 9457 problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

const TYPE_BASE = 'https://titrate.dev/problems/';

export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  const body: Problem = {
    type: `${TYPE_BASE}${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.detail,
    instance: `urn:uuid:${request.id}`,
    ...(error.errors.length > 0 ? { errors: error.errors } : {}),
  };
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.status(error.status).type('application/problem+json').send(body);
}

function describeField(path: string): string {
  return path.replace(/^\//, '').replace(/\//g, '.') || 'body';
}

/** Maps anything thrown in a handler to an application error with a message a person can act on. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = error.validation.map((issue) => ({
      field: `${error.validationContext ?? 'body'}${issue.instancePath ? `.${describeField(issue.instancePath)}` : ''}`,
      message: issue.message ?? 'is not valid',
    }));
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return new AppError('validation', `The request is not valid — ${summary}.`, fields);
  }
  const fastifyError = error as Partial<FastifyError>;
  const status = fastifyError.statusCode ?? 500;
  if (status === 413) return new AppError('bad-request', 'The request body is too large.');
  if (status === 415) return new AppError('bad-request', 'Send the request body as application/json.');
  if (status === 429) return new AppError('rate-limited', 'Too many requests. Wait a moment and try again.');
  if (
    fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
  ) {
    return new AppError('bad-request', 'The request body is not valid JSON.');
  }
  if (status >= 400 && status < 500)
    return new AppError('bad-request', 'The request could not be understood.');
  return new AppError(
    'internal',
    'Something went wrong on our side. The error was logged; please try again.',
  );
}
