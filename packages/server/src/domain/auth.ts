import { sql, type Transaction } from 'kysely';
import QRCode from 'qrcode';
import { withTenant } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { actor, recordAudit } from './audit.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import {
  consumeRecoveryCode,
  consumeTotp,
  hashRecoveryCode,
  INVALID_CODE,
  isMfaEnrolled,
  MFA_MAX_FAILURES,
  newRecoveryCodes,
  newTotpSecret,
  storeTotpSecret,
  totp,
  verifyStepUp,
} from './mfa.js';
import { assertPasswordAcceptable } from './password-policy.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { isStaff, type Principal } from './principal.js';
import { hashToken, type RequestMeta, revokeUserSessions, rolesOf, startSession } from './sessions.js';
import { createSignInThrottle, throttleKeys } from './throttle.js';

export { hashToken, type RequestMeta } from './sessions.js';

/** What a sign-in step answers: done, or which second-factor step comes next. */
export type SignInStatus = 'ok' | 'mfa-required' | 'mfa-enrolment-required';

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
          's.pending',
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
        authMethod: 'session',
        tokenScopes: null,
        mfaPending: row.pending,
        mfaEnrolled: await isMfaEnrolled(trx, row.user_id),
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
    const now = clock.now();
    const started = await withTenant(db, found.organization_id, async (trx) => {
      const roles = await rolesOf(trx, found.user_id);
      const enrolled = await isMfaEnrolled(trx, found.user_id);
      // Checklist item 3: every staff role needs a second factor; patients may opt in.
      const pending = enrolled ? 'mfa' : isStaff({ roles }) ? 'mfa-enrolment' : null;
      const session = await startSession(trx, config, now, {
        organizationId: found.organization_id,
        userId: found.user_id,
        roles,
        meta,
        pending,
        mfaVerified: false,
      });
      await recordAudit(trx, {
        organizationId: found.organization_id,
        userId: found.user_id,
        role: roles.join(','),
        action: 'sign-in',
        resourceType: 'Session',
        resourceId: session.sessionId,
        outcome: 'success',
        ip: meta.ip,
        userAgent: meta.userAgent,
        at: now,
        detail: { stage: pending ? 'password' : 'complete' },
      });
      const status: SignInStatus =
        pending === 'mfa' ? 'mfa-required' : pending ? 'mfa-enrolment-required' : 'ok';
      return { ...session, status };
    });
    // The failure count is cleared only once sign-in is complete: otherwise signing in again with
    // the password would reset the count of wrong second-factor codes.
    if (started.status === 'ok') await throttle.recordSuccess(keys);
    const principal = await loadPrincipal(found.organization_id, started.sessionId, meta);
    if (!principal) throw new AppError('internal', 'The session could not be started.');
    return { token: started.token, principal, status: started.status };
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

  /** Replaces a pending session by a full one (new token: the old one is revoked). */
  async function promote(trx: Transaction<DB>, pending: Principal, meta: RequestMeta, method: string) {
    const now = clock.now();
    await trx.updateTable('sessions').set({ revoked_at: now }).where('id', '=', pending.sessionId).execute();
    const started = await startSession(trx, config, now, {
      organizationId: pending.organizationId,
      userId: pending.userId,
      roles: await rolesOf(trx, pending.userId),
      meta,
      pending: null,
      mfaVerified: true,
    });
    await recordAudit(trx, {
      ...actor(pending),
      action: 'mfa-verified',
      resourceType: 'Session',
      resourceId: started.sessionId,
      outcome: 'success',
      at: now,
      detail: { method },
    });
    return started;
  }

  /**
   * A wrong code on a pending session: counted on the session (dropped after MFA_MAX_FAILURES)
   * and in the sign-in throttle (so signing in again does not reset the count).
   */
  async function wrongCode(pending: Principal): Promise<never> {
    const now = clock.now();
    const failures = await withTenant(db, pending.organizationId, async (trx) => {
      const row = await trx
        .updateTable('sessions')
        .set((eb) => ({ mfa_failures: eb('mfa_failures', '+', 1) }))
        .where('id', '=', pending.sessionId)
        .returning('mfa_failures')
        .executeTakeFirstOrThrow();
      if (row.mfa_failures >= MFA_MAX_FAILURES) {
        await trx
          .updateTable('sessions')
          .set({ revoked_at: now })
          .where('id', '=', pending.sessionId)
          .execute();
      }
      await recordAudit(trx, {
        ...actor(pending),
        action: 'mfa-failed',
        resourceType: 'Session',
        resourceId: pending.sessionId,
        outcome: 'failure',
        at: now,
        detail: { failures: row.mfa_failures },
      });
      return row.mfa_failures;
    });
    await throttle.recordFailure(throttleKeys(pending.email, pending.ip), now);
    if (failures >= MFA_MAX_FAILURES) {
      const error = new AppError(
        'rate-limited',
        'Too many wrong verification codes. For your security this sign-in was stopped; sign in again in a few minutes.',
      );
      error.retryAfterSeconds = config.signInLockMinutes * 60;
      throw error;
    }
    throw new AppError('unprocessable', INVALID_CODE, [{ field: 'code', message: INVALID_CODE }]);
  }

  /** Second factor for a pending sign-in: a current TOTP code or an unused recovery code. */
  async function completeMfa(pending: Principal, code: string, meta: RequestMeta) {
    if (pending.mfaPending === 'mfa-enrolment') {
      throw new AppError('conflict', 'Set up two-step verification first (POST /api/v1/auth/mfa/enrolment).');
    }
    if (!pending.mfaPending)
      throw new AppError('conflict', 'This session has already completed verification.');
    const result = await withTenant(db, pending.organizationId, async (trx) => {
      const digits = /^\s*\d{3}\s?\d{3}\s*$/.test(code);
      const ok = digits
        ? (await consumeTotp(trx, pending.userId, code, clock)) === 'ok'
        : await consumeRecoveryCode(trx, pending.userId, code, clock);
      if (!ok) return null;
      return promote(trx, pending, meta, digits ? 'totp' : 'recovery-code');
    });
    if (!result) return wrongCode(pending);
    await throttle.recordSuccess(throttleKeys(pending.email, pending.ip));
    return finish(pending.organizationId, result, meta);
  }

  async function finish(
    organizationId: string,
    started: { token: string; sessionId: string },
    meta: RequestMeta,
  ) {
    const principal = await loadPrincipal(organizationId, started.sessionId, meta);
    if (!principal) throw new AppError('internal', 'The session could not be started.');
    return { token: started.token, principal };
  }

  /** Starts (or restarts) TOTP enrolment: a pending-enrolment session, or a signed-in user without MFA. */
  async function startEnrolment(principal: Principal) {
    if (principal.mfaPending === 'mfa') {
      throw new AppError('conflict', 'Enter the code from your authenticator app to finish signing in.');
    }
    const secret = newTotpSecret();
    await withTenant(db, principal.organizationId, async (trx) => {
      if (await isMfaEnrolled(trx, principal.userId)) {
        throw new AppError(
          'conflict',
          'Two-step verification is already set up. To move it to a new device, ask your clinic administrator to reset it.',
        );
      }
      await storeTotpSecret(trx, principal.organizationId, principal.userId, secret, null);
    });
    const otpauthUri = totp(secret, principal.email).toString();
    const svg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    return {
      secret,
      otpauthUri,
      qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    };
  }

  /** Confirms enrolment with a first code; issues recovery codes (shown once) and completes sign-in. */
  async function confirmEnrolment(principal: Principal, code: string, meta: RequestMeta) {
    if (principal.mfaPending === 'mfa') {
      throw new AppError('conflict', 'Enter the code from your authenticator app to finish signing in.');
    }
    const recoveryCodes = newRecoveryCodes();
    const result = await withTenant(db, principal.organizationId, async (trx) => {
      const state = await trx
        .selectFrom('user_mfa')
        .select('confirmed_at')
        .where('user_id', '=', principal.userId)
        .executeTakeFirst();
      if (!state) throw new AppError('conflict', 'Start two-step verification set-up first.');
      if (state.confirmed_at) throw new AppError('conflict', 'Two-step verification is already set up.');
      const checked = await consumeTotp(trx, principal.userId, code, clock, { unconfirmed: true });
      if (checked !== 'ok') return null;
      const now = clock.now();
      await trx
        .updateTable('user_mfa')
        .set({ confirmed_at: now })
        .where('user_id', '=', principal.userId)
        .execute();
      await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', principal.userId).execute();
      await trx
        .insertInto('mfa_recovery_codes')
        .values(
          recoveryCodes.map((c) => ({
            organization_id: principal.organizationId,
            user_id: principal.userId,
            code_hash: hashRecoveryCode(c),
          })),
        )
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        action: 'mfa-enrolled',
        resourceType: 'User',
        resourceId: principal.userId,
        outcome: 'success',
        at: now,
      });
      if (principal.mfaPending) return { session: await promote(trx, principal, meta, 'enrolment') };
      await trx
        .updateTable('sessions')
        .set({ mfa_verified: true })
        .where('id', '=', principal.sessionId)
        .execute();
      return { session: null };
    });
    if (!result) {
      if (principal.mfaPending) return wrongCode(principal);
      throw new AppError('unprocessable', INVALID_CODE, [{ field: 'code', message: INVALID_CODE }]);
    }
    if (principal.mfaPending) await throttle.recordSuccess(throttleKeys(principal.email, principal.ip));
    const session = result.session ? await finish(principal.organizationId, result.session, meta) : null;
    return { recoveryCodes, session };
  }

  /** Account-security actions belong to a person at a browser, not to a script's API token. */
  function requireSession(principal: Principal) {
    if (principal.authMethod === 'token' || !principal.sessionId) {
      throw new AppError('forbidden', 'Sign in with your password to do this; an API token cannot.');
    }
  }

  async function stepUp(principal: Principal, code: string) {
    requireSession(principal);
    return withTenant(db, principal.organizationId, async (trx) => {
      await verifyStepUp(trx, principal, code, clock);
      const at = clock.now();
      await recordAudit(trx, {
        ...actor(principal),
        action: 'step-up',
        resourceType: 'Session',
        resourceId: principal.sessionId,
        outcome: 'success',
        at,
      });
      return { status: 'ok' as const, verifiedAt: at.toISOString() };
    });
  }

  /** Patients (not staff) may turn two-step verification off, with a current code. */
  async function disableMfa(principal: Principal, code: string) {
    requireSession(principal);
    if (isStaff(principal)) {
      throw new AppError(
        'forbidden',
        'Two-step verification is required for clinic staff and cannot be turned off. Your administrator can reset it if you lost your device.',
      );
    }
    await withTenant(db, principal.organizationId, async (trx) => {
      const checked = await consumeTotp(trx, principal.userId, code, clock);
      if (checked === 'not-enrolled')
        throw new AppError('conflict', 'Two-step verification is not turned on.');
      if (checked === 'invalid')
        throw new AppError('unprocessable', INVALID_CODE, [{ field: 'code', message: INVALID_CODE }]);
      await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', principal.userId).execute();
      await trx.deleteFrom('user_mfa').where('user_id', '=', principal.userId).execute();
      await recordAudit(trx, {
        ...actor(principal),
        action: 'mfa-disabled',
        resourceType: 'User',
        resourceId: principal.userId,
        outcome: 'success',
        at: clock.now(),
      });
    });
  }

  /** Changes the signed-in user's password; every other session of theirs ends. */
  async function changePassword(principal: Principal, currentPassword: string, newPassword: string) {
    requireSession(principal);
    await withTenant(db, principal.organizationId, async (trx) => {
      const user = await trx
        .selectFrom('users')
        .select(['password_hash', 'email', 'given_name', 'family_name', 'display_name'])
        .where('id', '=', principal.userId)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(user.password_hash, currentPassword))) {
        throw new AppError('unprocessable', 'Your current password is not correct.', [
          { field: 'currentPassword', message: 'Your current password is not correct.' },
        ]);
      }
      assertPasswordAcceptable(newPassword, {
        email: user.email,
        names: [user.given_name, user.family_name, user.display_name],
      });
      const now = clock.now();
      await trx
        .updateTable('users')
        .set({ password_hash: await hashPassword(newPassword), updated_at: now })
        .where('id', '=', principal.userId)
        .execute();
      const ended = await revokeUserSessions(trx, principal.userId, now, principal.sessionId);
      await recordAudit(trx, {
        ...actor(principal),
        action: 'password-changed',
        resourceType: 'User',
        resourceId: principal.userId,
        outcome: 'success',
        at: now,
        detail: { otherSessionsEnded: ended },
      });
    });
  }

  /** Signs the user out of every session, this one included. */
  async function logoutEverywhere(principal: Principal) {
    requireSession(principal);
    await withTenant(db, principal.organizationId, async (trx) => {
      const now = clock.now();
      const ended = await revokeUserSessions(trx, principal.userId, now);
      await recordAudit(trx, {
        ...actor(principal),
        action: 'sessions-revoked',
        resourceType: 'User',
        resourceId: principal.userId,
        outcome: 'success',
        at: now,
        detail: { sessionsEnded: ended },
      });
    });
  }

  return {
    login,
    loadPrincipal,
    authenticate,
    logout,
    completeMfa,
    startEnrolment,
    confirmEnrolment,
    stepUp,
    disableMfa,
    changePassword,
    logoutEverywhere,
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
