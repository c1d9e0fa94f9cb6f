/**
 * The one application error. Every layer throws it; the HTTP edge maps it to an RFC 9457
 * problem document (and the CLI to a message and exit code). `detail` is written for a person
 * and never contains health information.
 */
export type ErrorCode =
  | 'bad-request'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition-required'
  | 'precondition-failed'
  | 'rate-limited'
  | 'unprocessable'
  | 'internal';

const STATUS: Record<ErrorCode, { status: number; title: string }> = {
  'bad-request': { status: 400, title: 'Bad request' },
  validation: { status: 400, title: 'Invalid input' },
  unauthenticated: { status: 401, title: 'Sign-in required' },
  forbidden: { status: 403, title: 'Not allowed' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  'precondition-required': { status: 428, title: 'Version required' },
  'precondition-failed': { status: 412, title: 'Version mismatch' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  unprocessable: { status: 422, title: 'Cannot process' },
  internal: { status: 500, title: 'Internal error' },
};

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  readonly title: string;
  /** Set when the error is an access-control refusal, so the edge audits it as a denial. */
  denial: { patientId?: string; resourceType?: string } | undefined;
  /** For 429: how long the client should wait (sent as Retry-After). */
  retryAfterSeconds: number | undefined;
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail);
    this.status = STATUS[code].status;
    this.title = STATUS[code].title;
  }
}

export const notFound = (what: string) => new AppError('not-found', `${what} was not found.`);
