import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { withTenant } from '../db/database.js';
import type { Role } from '../db/schema.js';
import { actor, recordAudit } from './audit.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { verifyPassword } from './passwords.js';
import { isStaff, type Principal } from './principal.js';
import { createSignInThrottle, throttleKeys } from './throttle.js';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newSecret = () => randomBytes(32).toString('base64url');

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

const INVALID = 'The email or password is not correct.';

export function createAuthService(deps: Deps) {
  const { db, config, clock } = deps;
  const throttle = createSignInThrottle(db, config);

  async function loadPrincipal(
    organizationId: string,
    sessionId: string,
    meta: RequestMeta,
  ): Promise<Principal | null> {
    return withTenant(db, organizationId, async (trx) => {
      const row = await trx
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .innerJoin('organizations as o', 'o.id', 's.organization_id')
        .select([
          's.id as session_id',
          's.csrf_token',
          's.last_seen_at',
          's.idle_timeout_seconds',
          's.expires_at',
          's.revoked_at',
          'u.id as user_id',
          'u.email',
          'u.display_name',
          'u.credential',
          'u.patient_id',
          'u.status',
          'o.name as organization_name',
        ])
        .where('s.id', '=', sessionId)
        .executeTakeFirst();
      if (!row || row.revoked_at || row.status !== 'active') return null;
      const now = clock.now();
      const idleDeadline = new Date(row.last_seen_at).getTime() + row.idle_timeout_seconds * 1000;
      if (now.getTime() > idleDeadline || now.getTime() > new Date(row.expires_at).getTime()) {
        await trx.updateTable('sessions').set({ revoked_at: now }).where('id', '=', sessionId).execute();
        return null;
      }
      // Sliding idle window; written at most every 15 s to keep reads cheap.
      if (now.getTime() - new Date(row.last_seen_at).getTime() > 15_000) {
        await trx.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
      }
      const roles = await trx
        .selectFrom('user_roles')
        .select('role')
        .where('user_id', '=', row.user_id)
        .execute();
      return {
        userId: row.user_id,
        organizationId,
        organizationName: row.organization_name,
        email: row.email,
        displayName: row.display_name,
        roles: roles.map((r) => r.role),
        credential: row.credential,
        patientId: row.patient_id,
        sessionId: row.session_id,
        csrfToken: row.csrf_token,
        expiresAt: new Date(row.expires_at),
        idleTimeoutSeconds: row.idle_timeout_seconds,
        ip: meta.ip,
        userAgent: meta.userAgent,
      };
    });
  }

  async function login(email: string, password: string, meta: RequestMeta) {
    const found = await sql<{
      user_id: string;
      organization_id: string;
      password_hash: string | null;
      status: string;
    }>`
      select * from auth_find_user_by_email(${email})`
      .execute(db)
      .then((r) => r.rows[0]);
    const auditFailure = async (reason: string) => {
      const failure = {
        userId: found?.user_id ?? null,
        action: 'sign-in-failed' as const,
        outcome: 'failure' as const,
        ip: meta.ip,
        userAgent: meta.userAgent,
        at: clock.now(),
        detail: { reason },
      };
      if (found) {
        await withTenant(db, found.organization_id, (trx) =>
          recordAudit(trx, { ...failure, organizationId: found.organization_id }),
        );
      } else {
        await recordAudit(db, { ...failure, organizationId: null });
      }
    };
    const keys = throttleKeys(email, meta.ip);
    try {
      await throttle.assertNotLocked(keys, clock.now());
    } catch (error) {
      await auditFailure('locked-out');
      throw error;
    }
    const ok = await verifyPassword(found?.password_hash ?? null, password);
    if (!found || !ok || found.status !== 'active') {
      await throttle.recordFailure(keys, clock.now());
      await auditFailure(!found ? 'unknown-account' : ok ? 'account-not-active' : 'wrong-password');
      throw new AppError('unauthenticated', INVALID);
    }
    await throttle.recordSuccess(keys);

    const token = newSecret();
    const now = clock.now();
    const sessionId = await withTenant(db, found.organization_id, async (trx) => {
      const roles = await trx
        .selectFrom('user_roles')
        .select('role')
        .where('user_id', '=', found.user_id)
        .execute();
      const staff = isStaff({ roles: roles.map((r) => r.role as Role) });
      const idleMinutes = staff ? config.staffIdleMinutes : config.patientIdleMinutes;
      const inserted = await trx
        .insertInto('sessions')
        .values({
          organization_id: found.organization_id,
          user_id: found.user_id,
          token_hash: hashToken(token),
          csrf_token: newSecret(),
          created_at: now,
          last_seen_at: now,
          idle_timeout_seconds: idleMinutes * 60,
          expires_at: new Date(now.getTime() + config.sessionMaxHours * 3_600_000),
          ip: meta.ip,
          user_agent: meta.userAgent?.slice(0, 300) ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        organizationId: found.organization_id,
        userId: found.user_id,
        role: roles.map((r) => r.role).join(','),
        action: 'sign-in',
        resourceType: 'Session',
        resourceId: inserted.id,
        outcome: 'success',
        ip: meta.ip,
        userAgent: meta.userAgent,
        at: now,
      });
      return inserted.id;
    });
    const principal = await loadPrincipal(found.organization_id, sessionId, meta);
    if (!principal) throw new AppError('internal', 'The session could not be started.');
    return { token, principal };
  }

  async function authenticate(token: string, meta: RequestMeta): Promise<Principal | null> {
    if (!token || token.length > 200) return null;
    const found = await sql<{ session_id: string; organization_id: string }>`
      select * from auth_find_session(${hashToken(token)})`
      .execute(db)
      .then((r) => r.rows[0]);
    if (!found) return null;
    return loadPrincipal(found.organization_id, found.session_id, meta);
  }

  async function logout(principal: Principal) {
    await withTenant(db, principal.organizationId, async (trx) => {
      await trx
        .updateTable('sessions')
        .set({ revoked_at: clock.now() })
        .where('id', '=', principal.sessionId)
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        action: 'sign-out',
        resourceType: 'Session',
        resourceId: principal.sessionId,
        outcome: 'success',
        at: clock.now(),
      });
    });
  }

  return { login, authenticate, logout };
}

export type AuthService = ReturnType<typeof createAuthService>;
