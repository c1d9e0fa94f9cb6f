import { createHash, randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Config } from '../config.js';
import type { DB, Role, SessionPending } from '../db/schema.js';
import { isStaff } from './principal.js';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newSecret = () => randomBytes(32).toString('base64url');

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

/** Starts a session (full, or pending its second factor); returns the cookie token once. */
export async function startSession(
  trx: Transaction<DB>,
  config: Config,
  now: Date,
  input: {
    organizationId: string;
    userId: string;
    roles: readonly Role[];
    meta: RequestMeta;
    pending: SessionPending | null;
    mfaVerified: boolean;
  },
): Promise<{ token: string; sessionId: string }> {
  const token = newSecret();
  const staff = isStaff({ roles: [...input.roles] });
  const idleMinutes = staff ? config.staffIdleMinutes : config.patientIdleMinutes;
  const inserted = await trx
    .insertInto('sessions')
    .values({
      organization_id: input.organizationId,
      user_id: input.userId,
      token_hash: hashToken(token),
      csrf_token: newSecret(),
      created_at: now,
      last_seen_at: now,
      idle_timeout_seconds: idleMinutes * 60,
      // A pending session lives only as long as it takes to type a code.
      expires_at: new Date(
        now.getTime() + (input.pending ? 10 * 60_000 : config.sessionMaxHours * 3_600_000),
      ),
      ip: input.meta.ip,
      user_agent: input.meta.userAgent?.slice(0, 300) ?? null,
      pending: input.pending,
      mfa_verified: input.mfaVerified,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (!input.pending) {
    await trx.updateTable('users').set({ last_sign_in_at: now }).where('id', '=', input.userId).execute();
  }
  return { token, sessionId: inserted.id };
}

/** Ends every live session of a user (optionally keeping one); returns how many ended. */
export async function revokeUserSessions(
  trx: Transaction<DB>,
  userId: string,
  now: Date,
  exceptSessionId?: string,
): Promise<number> {
  let query = trx
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function rolesOf(trx: Transaction<DB>, userId: string): Promise<Role[]> {
  const rows = await trx.selectFrom('user_roles').select('role').where('user_id', '=', userId).execute();
  return rows.map((r) => r.role);
}
