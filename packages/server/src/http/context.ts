import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../db/schema.js';
import type { ChartSection } from '../domain/access.js';
import { AppError } from '../domain/errors.js';
import type { Principal } from '../domain/principal.js';

/**
 * Every route declares who may call it (`config.access`); a test walks the route inventory and
 * fails on any route without a declaration.
 *  - 'public': no sign-in (health checks, sign-in itself)
 *  - 'authenticated': any signed-in user; the service decides per record
 *  - Role[]: signed-in users holding at least one of these roles
 */
export type RouteAccess = 'public' | 'authenticated' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** The chart section a patient route reads or writes (the access matrix checks consent by it). */
    section?: ChartSection;
    /** The route also serves a session still waiting for its second factor (MFA routes only). */
    allowPendingMfa?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** A session signed in with a password whose second factor is still outstanding. */
    pendingPrincipal: Principal | null;
  }
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthenticated', 'Sign in to continue.');
  return request.principal;
}

export function requestMeta(request: FastifyRequest) {
  const agent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof agent === 'string' ? agent : null };
}

/** `W/"3"` → 3; required on updates of versioned records. */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (typeof header !== 'string' || header.length === 0) {
    throw new AppError(
      'precondition-required',
      'Send the If-Match header with the version you edited (the ETag of the record).',
    );
  }
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) throw new AppError('bad-request', 'If-Match must be the ETag of the record, e.g. W/"3".');
  return Number(match[1]);
}

export function setEtag(reply: FastifyReply, version: number) {
  reply.header('etag', `W/"${version}"`);
}
