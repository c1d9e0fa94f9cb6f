import { randomBytes } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { type Database, withTenant } from '../db/database.js';
import type { ApiTokenScope, DB } from '../db/schema.js';
import { actor, recordAudit } from './audit.js';
import { hashToken, type RequestMeta } from './auth.js';
import { iso } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { hasAnyRole, type Principal } from './principal.js';

/**
 * Personal access tokens for scripts and integrations. A token is `ttr_` + 256 random bits
 * (base64url); the recognizable prefix lets secret scanners spot a leaked one. Only its SHA-256 is
 * stored. It acts as its user — same roles, same record access, audited as that user with the
 * token's id in each event — narrowed by its scopes:
 *  - `read`: safe methods only (GET, HEAD);
 *  - `write`: also POST, PUT, PATCH, DELETE.
 * Whatever its scopes, a token never reaches sign-in, token, user or invitation administration.
 */
export const API_TOKEN_PREFIX = 'ttr_';
export const API_TOKEN_SCOPES: readonly ApiTokenScope[] = ['read', 'write'];
export const API_TOKEN_DEFAULT_DAYS = 30;
export const API_TOKEN_MAX_DAYS = 90;
const TOKEN_SHAPE = /^ttr_[A-Za-z0-9_-]{43}$/;
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
/** `last_used_at` is written at most this often, to keep token requests cheap. */
const LAST_USED_WRITE_MS = 60_000;
/** Active tokens one user may hold through the web app; old ones should be revoked, not piled up. */
export const API_TOKEN_MAX_ACTIVE = 20;

/**
 * Route patterns a token may never call, whatever its scopes: signing in and out, sessions and
 * MFA, tokens themselves, account, user and invitation administration, and emergency access
 * (breaking the glass is a person's decision with a reason, never a script's). A route can also
 * opt out on its own with `config: { tokens: false }`.
 */
const TOKEN_FORBIDDEN = [
  /^\/api\/v1\/(auth|tokens|admin|users|invitations|password-reset|password-resets|account|emergency-access)(\/|$)/,
  /^\/api\/v1\/me\/(mfa|password|sessions|security|tokens)(\/|$)/,
];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `false`: API tokens may never call this route (account-security routes). */
    tokens?: false;
  }
}

export interface ApiTokenView {
  id: string;
  name: string;
  /** The first characters of the token, to tell tokens apart; never enough to use it. */
  prefix: string;
  scopes: ApiTokenScope[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: 'active' | 'expired' | 'revoked';
  user: { id: string; displayName: string };
}

export interface NewApiToken {
  name: string;
  scopes: readonly ApiTokenScope[];
  expiresInDays?: number | undefined;
}

export const newApiTokenSecret = () => `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;

/** `1d`, `12h`, `30d`, `2w` → milliseconds; null when the text is not such a duration. */
export function parseDuration(text: string): number | null {
  const match = /^(\d{1,4})\s*([hdw])$/i.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  const hours = unit === 'h' ? 1 : unit === 'd' ? 24 : 24 * 7;
  return amount > 0 ? amount * hours * 3_600_000 : null;
}

export function normalizeScopes(scopes: readonly string[]): ApiTokenScope[] {
  const unique = [...new Set(scopes.map((s) => s.trim()).filter(Boolean))];
  const unknown = unique.filter((s) => !API_TOKEN_SCOPES.includes(s as ApiTokenScope));
  if (unknown.length > 0 || unique.length === 0) {
    throw new AppError('validation', `Token scopes must be one or more of: ${API_TOKEN_SCOPES.join(', ')}.`, [
      { field: 'scopes', message: `unknown scope ${unknown.join(', ') || '(none given)'}` },
    ]);
  }
  return API_TOKEN_SCOPES.filter((s) => unique.includes(s));
}

/** Inserts a token row and audits it, inside the caller's organization-scoped transaction. */
export async function issueApiToken(
  trx: Transaction<DB>,
  input: {
    organizationId: string;
    userId: string;
    name: string;
    scopes: readonly ApiTokenScope[];
    expiresAt: Date;
    now: Date;
    createdBy: Principal | null;
  },
) {
  const token = newApiTokenSecret();
  const row = await trx
    .insertInto('api_tokens')
    .values({
      organization_id: input.organizationId,
      user_id: input.userId,
      name: input.name,
      token_hash: hashToken(token),
      token_prefix: token.slice(0, 8),
      scopes: [...input.scopes],
      created_at: input.now,
      created_by: input.createdBy?.userId ?? null,
      expires_at: input.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, {
    ...(input.createdBy
      ? actor(input.createdBy)
      : { organizationId: input.organizationId, userId: null, role: 'system' }),
    action: 'create',
    resourceType: 'ApiToken',
    resourceId: row.id,
    outcome: 'success',
    detail: {
      forUserId: input.userId,
      scopes: input.scopes.join(','),
      via: input.createdBy ? 'web' : 'cli',
    },
    at: input.now,
  });
  return { token, id: row.id };
}

const tokenColumns = [
  't.id',
  't.name',
  't.token_prefix',
  't.scopes',
  't.created_at',
  't.expires_at',
  't.last_used_at',
  't.revoked_at',
  't.user_id',
  'u.display_name',
] as const;

interface TokenRow {
  id: string;
  name: string;
  token_prefix: string;
  scopes: ApiTokenScope[];
  created_at: Date | string;
  expires_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
  user_id: string;
  display_name: string;
}

function toView(row: TokenRow, now: Date): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    scopes: row.scopes,
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
    lastUsedAt: row.last_used_at ? iso(row.last_used_at) : null,
    revokedAt: row.revoked_at ? iso(row.revoked_at) : null,
    status: row.revoked_at
      ? 'revoked'
      : new Date(row.expires_at).getTime() <= now.getTime()
        ? 'expired'
        : 'active',
    user: { id: row.user_id, displayName: row.display_name },
  };
}

const INVALID_TOKEN =
  'This API token is not valid. Check that the whole token was sent (it starts with ttr_), or create a new one.';

export function createApiTokenService(deps: Deps) {
  const { db, clock } = deps;

  /** The principal behind `Authorization: Bearer …`; a refusal says why, without revealing whose token it is. */
  async function authenticate(token: string, meta: RequestMeta): Promise<Principal> {
    if (!TOKEN_SHAPE.test(token)) throw new AppError('unauthenticated', INVALID_TOKEN);
    const found = await sql<{ token_id: string; organization_id: string; user_id: string }>`
      select * from auth_find_api_token(${hashToken(token)})`
      .execute(db)
      .then((r) => r.rows[0]);
    if (!found) throw new AppError('unauthenticated', INVALID_TOKEN);
    return withTenant(db, found.organization_id, async (trx) => {
      const row = await trx
        .selectFrom('api_tokens as t')
        .innerJoin('users as u', 'u.id', 't.user_id')
        .innerJoin('organizations as o', 'o.id', 't.organization_id')
        .select([
          't.id',
          't.scopes',
          't.expires_at',
          't.revoked_at',
          't.last_used_at',
          'u.id as user_id',
          'u.email',
          'u.display_name',
          'u.credential',
          'u.patient_id',
          'u.status',
          'o.name as organization_name',
        ])
        .where('t.id', '=', found.token_id)
        .executeTakeFirst();
      if (!row) throw new AppError('unauthenticated', INVALID_TOKEN);
      const now = clock.now();
      if (row.revoked_at)
        throw new AppError('unauthenticated', 'This API token was revoked. Create a new one to continue.');
      if (new Date(row.expires_at).getTime() <= now.getTime())
        throw new AppError(
          'unauthenticated',
          `This API token expired on ${iso(row.expires_at)}. Create a new one to continue.`,
        );
      if (row.status !== 'active')
        throw new AppError(
          'unauthenticated',
          'The account this API token belongs to is not active, so the token no longer works.',
        );
      if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > LAST_USED_WRITE_MS) {
        await trx.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
      }
      const roles = await trx
        .selectFrom('user_roles')
        .select('role')
        .where('user_id', '=', row.user_id)
        .execute();
      return {
        userId: row.user_id,
        organizationId: found.organization_id,
        organizationName: row.organization_name,
        email: row.email,
        displayName: row.display_name,
        roles: roles.map((r) => r.role),
        credential: row.credential,
        patientId: row.patient_id,
        // A token request has no session and no CSRF token (see `authMethod`).
        sessionId: '',
        csrfToken: '',
        authMethod: 'token',
        tokenScopes: row.scopes,
        tokenId: row.id,
        expiresAt: new Date(row.expires_at),
        idleTimeoutSeconds: 0,
        ip: meta.ip,
        userAgent: meta.userAgent,
      } satisfies Principal;
    });
  }

  async function list(principal: Principal, scope: 'own' | 'organization') {
    if (scope === 'organization' && !hasAnyRole(principal, ['admin']))
      throw new AppError('forbidden', 'Only administrators may list everyone’s API tokens.');
    return withTenant(db, principal.organizationId, async (trx) => {
      let query = trx
        .selectFrom('api_tokens as t')
        .innerJoin('users as u', 'u.id', 't.user_id')
        .select(tokenColumns)
        .orderBy('t.created_at', 'desc')
        .orderBy('t.id')
        .limit(500);
      if (scope === 'own') query = query.where('t.user_id', '=', principal.userId);
      const rows = await query.execute();
      const now = clock.now();
      return rows.map((row) => toView(row, now));
    });
  }

  async function create(principal: Principal, input: NewApiToken) {
    // A token must not mint tokens: a leaked token would otherwise outlive its own revocation.
    if (principal.authMethod !== 'session')
      throw new AppError('forbidden', 'API tokens can only be created from a signed-in browser session.');
    const days = input.expiresInDays ?? API_TOKEN_DEFAULT_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > API_TOKEN_MAX_DAYS)
      throw new AppError('validation', `A token must expire within 1 to ${API_TOKEN_MAX_DAYS} days.`, [
        { field: 'expiresInDays', message: `must be a whole number from 1 to ${API_TOKEN_MAX_DAYS}` },
      ]);
    const scopes = normalizeScopes(input.scopes);
    const now = clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      const active = await trx
        .selectFrom('api_tokens')
        .select(({ fn }) => fn.countAll<number>().as('count'))
        .where('user_id', '=', principal.userId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirstOrThrow();
      if (Number(active.count) >= API_TOKEN_MAX_ACTIVE)
        throw new AppError(
          'conflict',
          `You already have ${API_TOKEN_MAX_ACTIVE} active API tokens. Revoke one you no longer use, then create the new one.`,
        );
      const { token, id } = await issueApiToken(trx, {
        organizationId: principal.organizationId,
        userId: principal.userId,
        name: input.name.trim(),
        scopes,
        expiresAt: new Date(now.getTime() + days * 86_400_000),
        now,
        createdBy: principal,
      });
      const row = await trx
        .selectFrom('api_tokens as t')
        .innerJoin('users as u', 'u.id', 't.user_id')
        .select(tokenColumns)
        .where('t.id', '=', id)
        .executeTakeFirstOrThrow();
      return { token, ...toView(row, now) };
    });
  }

  /** Revokes one token: the caller's own, or (administrators) anyone's in the organization. */
  async function revoke(principal: Principal, tokenId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const row = await trx
        .selectFrom('api_tokens')
        .select(['id', 'user_id', 'revoked_at'])
        .where('id', '=', tokenId)
        .executeTakeFirst();
      // Someone else's token answers as missing unless the caller administers the organization.
      if (!row || (row.user_id !== principal.userId && !hasAnyRole(principal, ['admin'])))
        throw new AppError('not-found', 'That API token was not found.');
      const now = clock.now();
      if (!row.revoked_at) {
        await trx
          .updateTable('api_tokens')
          .set({ revoked_at: now, revoked_by: principal.userId })
          .where('id', '=', tokenId)
          .execute();
        await recordAudit(trx, {
          ...actor(principal),
          action: 'update',
          resourceType: 'ApiToken',
          resourceId: tokenId,
          outcome: 'success',
          detail: { change: 'revoked', forUserId: row.user_id },
          at: now,
        });
      }
    });
  }

  return { authenticate, list, create, revoke };
}

export type ApiTokenService = ReturnType<typeof createApiTokenService>;

/**
 * Why a token request may not call this route (null when it may): account-security routes are
 * never reachable with a token, and a `read` token may only use safe methods.
 */
export function tokenRefusal(
  principal: Principal,
  method: string,
  routeUrl: string | undefined,
  routeTokens: false | undefined,
): string | null {
  if (principal.authMethod !== 'token') return null;
  if (routeTokens === false || !routeUrl || TOKEN_FORBIDDEN.some((pattern) => pattern.test(routeUrl)))
    return 'API tokens cannot be used for sign-in, account security, token or user administration. Use the web app.';
  if (!SAFE_METHODS.includes(method) && !(principal.tokenScopes ?? []).includes('write'))
    return 'This API token has the read scope only; changes need a token with the write scope.';
  return null;
}

/** Revokes a token by id, whatever its organization (the server host's CLI). False if there is none. */
export async function revokeApiTokenById(database: Database, tokenId: string, now: Date): Promise<boolean> {
  const rows = await database.queryAsOwner<{ organization_id: string }>(
    'select organization_id from api_tokens where id = $1',
    [tokenId],
  );
  const organizationId = rows[0]?.organization_id;
  if (!organizationId) return false;
  await withTenant(database.db, organizationId, async (trx) => {
    const revoked = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('id', '=', tokenId)
      .where('revoked_at', 'is', null)
      .returning('user_id')
      .executeTakeFirst();
    if (revoked) {
      await recordAudit(trx, {
        organizationId,
        role: 'system',
        action: 'update',
        resourceType: 'ApiToken',
        resourceId: tokenId,
        outcome: 'success',
        detail: { change: 'revoked', forUserId: revoked.user_id, via: 'cli' },
        at: now,
      });
    }
  });
  return true;
}
