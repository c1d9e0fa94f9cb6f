import { sql, type Transaction } from 'kysely';
import { withTenant } from '../db/database.js';
import { type Credential, type DB, ROLES, type Role } from '../db/schema.js';
import { actor, recordAudit } from './audit.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { newLinkToken } from './mfa.js';
import { assertPasswordAcceptable } from './password-policy.js';
import { hashPassword } from './passwords.js';
import { isValidDeaNumber, isValidNpi } from './prescriber-ids.js';
import { isStaff, type Principal } from './principal.js';
import { hashToken, type RequestMeta, revokeUserSessions, rolesOf, startSession } from './sessions.js';

export const INVITATION_GONE =
  'This invitation has expired or was already used. Ask your clinic administrator for a new one.';
export const RESET_GONE =
  'This password reset link has expired or was already used. Ask for a new one from the sign-in page.';
/** Password reset links are valid this long (OWASP Forgot Password Cheat Sheet: short-lived). */
export const RESET_MINUTES = 30;
/** Reset emails per account per hour; more requests are answered the same way but send nothing. */
const RESETS_PER_HOUR = 3;

export interface InvitationInput {
  email: string;
  displayName: string;
  roles: Role[];
  credential?: Credential | undefined;
  npi?: string | undefined;
  deaNumber?: string | undefined;
  supervisingUserId?: string | undefined;
  patientId?: string | undefined;
}

export interface UserChanges {
  roles?: Role[] | undefined;
  displayName?: string | undefined;
  disabled?: boolean | undefined;
}

const PRESCRIBING_CREDENTIALS: readonly Credential[] = ['MD', 'DO', 'NP', 'PA'];

function splitName(displayName: string) {
  const parts = displayName.trim().split(/\s+/);
  const family = parts.length > 1 ? parts.pop()! : parts[0]!;
  return { given: parts.join(' ') || family, family };
}

export function createIdentityService(deps: Deps) {
  const { db, config, clock, mailer } = deps;

  async function audit(
    trx: Transaction<DB>,
    principal: Principal,
    action: Parameters<typeof recordAudit>[1]['action'],
    resourceType: string,
    resourceId: string,
    detail?: Record<string, string | number | boolean | null>,
    patientId?: string | null,
  ) {
    await recordAudit(trx, {
      ...actor(principal),
      action,
      resourceType,
      resourceId,
      outcome: 'success',
      at: clock.now(),
      patientId: patientId ?? null,
      ...(detail ? { detail } : {}),
    });
  }

  async function userInOrg(trx: Transaction<DB>, userId: string) {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'status', 'email', 'patient_id'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user) throw new AppError('not-found', 'That user was not found in your organization.');
    return user;
  }

  // ——— User administration ———

  /** Users of the organization as the admin page shows them (one user when `userId` is given). */
  async function userViews(trx: Transaction<DB>, userId?: string) {
    let query = trx
      .selectFrom('users as u')
      .leftJoin('user_mfa as m', 'm.user_id', 'u.id')
      .select([
        'u.id',
        'u.email',
        'u.display_name',
        'u.credential',
        'u.status',
        'u.last_sign_in_at',
        'u.patient_id',
        'm.confirmed_at as mfa_confirmed_at',
      ])
      .orderBy('u.display_name');
    if (userId) query = query.where('u.id', '=', userId);
    const users = await query.execute();
    let rolesQuery = trx.selectFrom('user_roles').select(['user_id', 'role']);
    if (userId) rolesQuery = rolesQuery.where('user_id', '=', userId);
    const roles = await rolesQuery.execute();
    return users.map((u) => ({
      id: u.id,
      email: u.email,
      displayName: u.display_name,
      roles: roles.filter((r) => r.user_id === u.id).map((r) => r.role),
      credential: u.credential,
      disabled: u.status === 'disabled',
      mfaEnrolled: Boolean(u.mfa_confirmed_at),
      lastSignInAt: u.last_sign_in_at ? new Date(u.last_sign_in_at).toISOString() : null,
      isPatientAccount: u.patient_id !== null,
    }));
  }

  async function listUsers(principal: Principal) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const users = await userViews(trx);
      await audit(trx, principal, 'search', 'User', 'all', { results: users.length });
      return users;
    });
  }

  async function assertNotLastAdmin(trx: Transaction<DB>, userId: string) {
    const others = await trx
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('r.role', '=', 'admin')
      .where('u.status', '=', 'active')
      .where('u.id', '!=', userId)
      .executeTakeFirstOrThrow();
    if (Number(others.n) === 0) {
      throw new AppError(
        'conflict',
        'This is the last active administrator. Make someone else an administrator first.',
      );
    }
  }

  /** Role, name and disabled changes; they apply from the user's very next request. */
  async function updateUser(principal: Principal, userId: string, changes: UserChanges) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const user = await userInOrg(trx, userId);
      const before = await rolesOf(trx, userId);
      const now = clock.now();
      const detail: Record<string, string | boolean> = {};
      if (changes.disabled === true && userId === principal.userId) {
        throw new AppError('unprocessable', 'You cannot disable your own account.');
      }
      if (changes.roles) {
        const roles = [...new Set(changes.roles)];
        if (roles.length === 0) throw new AppError('unprocessable', 'A user needs at least one role.');
        if (roles.includes('patient') !== before.includes('patient')) {
          throw new AppError(
            'unprocessable',
            'The patient role belongs to a patient’s own account and cannot be added or removed here.',
          );
        }
        if (before.includes('admin') && !roles.includes('admin')) {
          if (userId === principal.userId) {
            throw new AppError('unprocessable', 'You cannot remove your own administrator role.');
          }
          await assertNotLastAdmin(trx, userId);
        }
        await trx.deleteFrom('user_roles').where('user_id', '=', userId).execute();
        await trx
          .insertInto('user_roles')
          .values(roles.map((role) => ({ user_id: userId, organization_id: principal.organizationId, role })))
          .execute();
        detail.rolesBefore = before.join(',');
        detail.rolesAfter = roles.join(',');
      }
      if (changes.displayName !== undefined) {
        const name = splitName(changes.displayName);
        await trx
          .updateTable('users')
          .set({ display_name: changes.displayName.trim(), given_name: name.given, family_name: name.family })
          .where('id', '=', userId)
          .execute();
        detail.displayNameChanged = true;
      }
      if (changes.disabled !== undefined) {
        if (changes.disabled && before.includes('admin')) await assertNotLastAdmin(trx, userId);
        await trx
          .updateTable('users')
          .set({ status: changes.disabled ? 'disabled' : 'active', updated_at: now })
          .where('id', '=', userId)
          .execute();
        // Disabling ends every live session at once (their next request answers 401).
        if (changes.disabled) detail.sessionsEnded = String(await revokeUserSessions(trx, userId, now));
        detail.disabled = changes.disabled;
      }
      await trx
        .updateTable('users')
        .set((eb) => ({ updated_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', userId)
        .execute();
      await audit(trx, principal, 'user-updated', 'User', userId, detail);
      const [view] = await userViews(trx, user.id);
      if (!view) throw new AppError('internal', 'The user could not be read back.');
      return view;
    });
  }

  async function revokeSessions(principal: Principal, userId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await userInOrg(trx, userId);
      const ended = await revokeUserSessions(trx, userId, clock.now());
      await audit(trx, principal, 'sessions-revoked', 'User', userId, { sessionsEnded: ended });
      return { sessionsEnded: ended };
    });
  }

  /** The user sets up a new authenticator at their next sign-in (staff) or may (patients). */
  async function resetMfa(principal: Principal, userId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await userInOrg(trx, userId);
      await trx.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
      await trx.deleteFrom('user_mfa').where('user_id', '=', userId).execute();
      const ended = await revokeUserSessions(trx, userId, clock.now());
      await audit(trx, principal, 'mfa-reset', 'User', userId, { sessionsEnded: ended });
    });
  }

  // ——— Invitations ———

  async function validateInvitation(trx: Transaction<DB>, input: InvitationInput) {
    const problems: { field: string; message: string }[] = [];
    const roles = [...new Set(input.roles)];
    if (roles.length === 0) problems.push({ field: 'roles', message: 'Choose at least one role.' });
    if (roles.some((r) => !ROLES.includes(r))) problems.push({ field: 'roles', message: 'Unknown role.' });
    if (roles.includes('patient')) {
      if (roles.length > 1)
        problems.push({ field: 'roles', message: 'A patient’s own account has the patient role only.' });
      if (!input.patientId) {
        problems.push({ field: 'patientId', message: 'Choose the patient record this account opens.' });
      } else {
        const patient = await trx
          .selectFrom('patients')
          .select('id')
          .where('id', '=', input.patientId)
          .executeTakeFirst();
        const existing = await trx
          .selectFrom('users')
          .select('id')
          .where('patient_id', '=', input.patientId)
          .executeTakeFirst();
        if (!patient) problems.push({ field: 'patientId', message: 'That patient was not found.' });
        else if (existing)
          problems.push({ field: 'patientId', message: 'This patient already has an account.' });
      }
    } else if (input.patientId) {
      problems.push({ field: 'patientId', message: 'Only a patient account is linked to a patient record.' });
    }
    const prescriber = roles.includes('prescriber');
    if (prescriber && (!input.credential || !PRESCRIBING_CREDENTIALS.includes(input.credential))) {
      problems.push({ field: 'credential', message: 'A prescriber needs a credential of MD, DO, NP or PA.' });
    }
    if (prescriber && !input.npi) problems.push({ field: 'npi', message: 'A prescriber needs an NPI.' });
    if (input.npi && !isValidNpi(input.npi)) {
      problems.push({
        field: 'npi',
        message: 'The NPI is not valid: it has 10 digits and the last is a check digit. Check for a typo.',
      });
    }
    if (input.deaNumber && !isValidDeaNumber(input.deaNumber)) {
      problems.push({
        field: 'deaNumber',
        message:
          'The DEA number is not valid: two letters, seven digits, the last a check digit. Check for a typo.',
      });
    }
    if (input.deaNumber && !prescriber) {
      problems.push({ field: 'deaNumber', message: 'Only a prescriber has a DEA number here.' });
    }
    if (prescriber && input.credential === 'PA') {
      if (!input.supervisingUserId) {
        problems.push({
          field: 'supervisingUserId',
          message: 'A physician assistant needs a supervising physician (MD or DO prescriber).',
        });
      } else {
        const supervisor = await trx
          .selectFrom('users as u')
          .innerJoin('user_roles as r', 'r.user_id', 'u.id')
          .select(['u.id'])
          .where('u.id', '=', input.supervisingUserId)
          .where('r.role', '=', 'prescriber')
          .where('u.credential', 'in', ['MD', 'DO'])
          .where('u.status', '=', 'active')
          .executeTakeFirst();
        if (!supervisor) {
          problems.push({
            field: 'supervisingUserId',
            message: 'The supervising physician must be an active MD or DO prescriber in your organization.',
          });
        }
      }
    } else if (input.supervisingUserId) {
      problems.push({
        field: 'supervisingUserId',
        message: 'Only a physician assistant has a supervising physician.',
      });
    }
    if (problems.length > 0) {
      throw new AppError('unprocessable', problems.map((p) => p.message).join(' '), problems);
    }
    return roles;
  }

  async function emailTaken(email: string) {
    const row = await sql<{ taken: boolean }>`select auth_email_taken(${email}) as taken`
      .execute(db)
      .then((r) => r.rows[0]);
    return Boolean(row?.taken);
  }

  async function createInvitation(principal: Principal, input: InvitationInput, origin: string) {
    const email = input.email.trim().toLowerCase();
    if (await emailTaken(email)) {
      throw new AppError('conflict', 'An account with this email address already exists.', [
        { field: 'email', message: 'An account with this email address already exists.' },
      ]);
    }
    const token = newLinkToken();
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + config.invitationHours * 3_600_000);
    const invitation = await withTenant(db, principal.organizationId, async (trx) => {
      const roles = await validateInvitation(trx, input);
      // A newer invitation to the same address replaces the older one.
      await trx
        .updateTable('invitations')
        .set({ revoked_at: now })
        .where(sql<boolean>`lower(email) = ${email}`)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
      const row = await trx
        .insertInto('invitations')
        .values({
          organization_id: principal.organizationId,
          email,
          display_name: input.displayName.trim(),
          roles,
          credential: input.credential ?? null,
          npi: input.npi ?? null,
          dea_number: input.deaNumber?.toUpperCase() ?? null,
          supervising_user_id: input.supervisingUserId ?? null,
          patient_id: input.patientId ?? null,
          token_hash: hashToken(token),
          created_by: principal.userId,
          created_at: now,
          expires_at: expiresAt,
        })
        .returning(['id'])
        .executeTakeFirstOrThrow();
      await audit(
        trx,
        principal,
        'invitation-created',
        'Invitation',
        row.id,
        { roles: roles.join(',') },
        input.patientId ?? null,
      );
      return row;
    });
    // The token travels in the fragment: browsers never send it to a server or in a Referer.
    const link = `${(config.publicUrl ?? origin).replace(/\/$/, '')}/invitation#token=${token}`;
    await mailer.send({
      to: email,
      subject: `Your invitation to ${principal.organizationName} on Titrate`,
      text:
        `${principal.organizationName} invited you to Titrate.\n\n` +
        `Open this link to choose your password (it works once, for ${config.invitationHours} hours):\n${link}\n\n` +
        'If you did not expect this, you can ignore this email.',
    });
    return { invitation: { id: invitation.id, email, expiresAt: expiresAt.toISOString() }, link };
  }

  async function listInvitations(principal: Principal) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const rows = await trx
        .selectFrom('invitations')
        .select(['id', 'email', 'display_name', 'roles', 'created_at', 'expires_at'])
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', clock.now())
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        email: r.email,
        displayName: r.display_name,
        roles: r.roles,
        createdAt: new Date(r.created_at).toISOString(),
        expiresAt: new Date(r.expires_at).toISOString(),
      }));
    });
  }

  async function revokeInvitation(principal: Principal, invitationId: string) {
    await withTenant(db, principal.organizationId, async (trx) => {
      const done = await trx
        .updateTable('invitations')
        .set({ revoked_at: clock.now() })
        .where('id', '=', invitationId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) === 0) {
        throw new AppError('not-found', 'That invitation was not found, or was already used or revoked.');
      }
      await audit(trx, principal, 'invitation-revoked', 'Invitation', invitationId);
    });
  }

  /** An invitation by its link token, still usable (not used, revoked or expired), locked for update. */
  async function usableInvitation(token: string) {
    if (!token || token.length > 200) throw new AppError('not-found', INVITATION_GONE);
    const found = await sql<{ invitation_id: string; organization_id: string }>`
      select * from auth_find_invitation(${hashToken(token)})`
      .execute(db)
      .then((r) => r.rows[0]);
    if (!found) throw new AppError('not-found', INVITATION_GONE);
    return found;
  }

  async function loadUsable(trx: Transaction<DB>, invitationId: string, lock: boolean) {
    let query = trx
      .selectFrom('invitations as i')
      .innerJoin('organizations as o', 'o.id', 'i.organization_id')
      .selectAll('i')
      .select('o.name as organization_name')
      .where('i.id', '=', invitationId);
    if (lock) query = query.forUpdate('i');
    const row = await query.executeTakeFirst();
    if (
      !row ||
      row.used_at ||
      row.revoked_at ||
      new Date(row.expires_at).getTime() <= clock.now().getTime()
    ) {
      throw new AppError('not-found', INVITATION_GONE);
    }
    return row;
  }

  async function inspectInvitation(token: string) {
    const found = await usableInvitation(token);
    return withTenant(db, found.organization_id, async (trx) => {
      const row = await loadUsable(trx, found.invitation_id, false);
      return {
        email: row.email,
        displayName: row.display_name,
        organizationName: row.organization_name,
        roles: row.roles,
      };
    });
  }

  /** Creates the account, uses up the invitation and starts a session (pending MFA set-up for staff). */
  async function acceptInvitation(token: string, password: string, meta: RequestMeta) {
    const found = await usableInvitation(token);
    const invitedEmail = await withTenant(db, found.organization_id, async (trx) =>
      loadUsable(trx, found.invitation_id, false).then((row) => row.email),
    );
    // Checked before the transaction: the embedded database has one connection.
    if (await emailTaken(invitedEmail)) {
      throw new AppError('conflict', 'An account with this email address already exists. Sign in instead.');
    }
    return withTenant(db, found.organization_id, async (trx) => {
      const inv = await loadUsable(trx, found.invitation_id, true);
      assertPasswordAcceptable(password, { email: inv.email, names: [inv.display_name] }, 'password');
      const name = splitName(inv.display_name);
      const now = clock.now();
      const user = await trx
        .insertInto('users')
        .values({
          organization_id: inv.organization_id,
          email: inv.email,
          display_name: inv.display_name,
          given_name: name.given,
          family_name: name.family,
          password_hash: await hashPassword(password),
          credential: inv.credential,
          npi: inv.npi,
          dea_number: inv.dea_number,
          supervising_user_id: inv.supervising_user_id,
          patient_id: inv.patient_id,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('user_roles')
        .values(inv.roles.map((role) => ({ user_id: user.id, organization_id: inv.organization_id, role })))
        .execute();
      await trx
        .updateTable('invitations')
        .set({ used_at: now, user_id: user.id })
        .where('id', '=', inv.id)
        .execute();
      const staff = isStaff({ roles: inv.roles });
      const session = await startSession(trx, config, now, {
        organizationId: inv.organization_id,
        userId: user.id,
        roles: inv.roles,
        meta,
        pending: staff ? 'mfa-enrolment' : null,
        mfaVerified: false,
      });
      await recordAudit(trx, {
        organizationId: inv.organization_id,
        userId: user.id,
        role: inv.roles.join(','),
        action: 'invitation-accepted',
        resourceType: 'Invitation',
        resourceId: inv.id,
        outcome: 'success',
        ip: meta.ip,
        userAgent: meta.userAgent,
        at: now,
        patientId: inv.patient_id,
      });
      return {
        organizationId: inv.organization_id,
        token: session.token,
        sessionId: session.sessionId,
        status: staff ? ('mfa-enrolment-required' as const) : ('ok' as const),
      };
    });
  }

  // ——— Password reset ———

  /**
   * Always answers the same (no account enumeration). For a known, active account, emails a
   * single-use link valid RESET_MINUTES, at most RESETS_PER_HOUR times an hour.
   */
  async function requestPasswordReset(email: string, origin: string) {
    const found = await sql<{ user_id: string; organization_id: string; status: string }>`
      select * from auth_find_user_by_email(${email.trim()})`
      .execute(db)
      .then((r) => r.rows[0]);
    if (found?.status !== 'active') return;
    const now = clock.now();
    const token = newLinkToken();
    const sent = await withTenant(db, found.organization_id, async (trx) => {
      const recent = await trx
        .selectFrom('password_resets')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', found.user_id)
        .where('created_at', '>', new Date(now.getTime() - 3_600_000))
        .executeTakeFirstOrThrow();
      if (Number(recent.n) >= RESETS_PER_HOUR) return null;
      const user = await trx
        .selectFrom('users')
        .select(['email'])
        .where('id', '=', found.user_id)
        .executeTakeFirstOrThrow();
      const row = await trx
        .insertInto('password_resets')
        .values({
          organization_id: found.organization_id,
          user_id: found.user_id,
          token_hash: hashToken(token),
          created_at: now,
          expires_at: new Date(now.getTime() + RESET_MINUTES * 60_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        organizationId: found.organization_id,
        userId: found.user_id,
        action: 'password-reset-requested',
        resourceType: 'User',
        resourceId: found.user_id,
        outcome: 'success',
        at: now,
        detail: { resetId: row.id },
      });
      return user.email;
    });
    if (!sent) return;
    const link = `${(config.publicUrl ?? origin).replace(/\/$/, '')}/reset-password#token=${token}`;
    // Not awaited: the answer should take the same time whether or not an email goes out.
    void mailer
      .send({
        to: sent,
        subject: 'Reset your Titrate password',
        text:
          `Someone asked to reset the password of your Titrate account. To choose a new password, open this link within ${RESET_MINUTES} minutes (it works once):\n${link}\n\n` +
          'If this was not you, ignore this email: your password stays as it is.',
      })
      .catch(() => {
        // Delivery failures are not reported to the requester (that would reveal the account).
      });
  }

  async function completePasswordReset(token: string, newPassword: string) {
    if (!token || token.length > 200) throw new AppError('not-found', RESET_GONE);
    const found = await sql<{ reset_id: string; organization_id: string }>`
      select * from auth_find_password_reset(${hashToken(token)})`
      .execute(db)
      .then((r) => r.rows[0]);
    if (!found) throw new AppError('not-found', RESET_GONE);
    await withTenant(db, found.organization_id, async (trx) => {
      const reset = await trx
        .selectFrom('password_resets')
        .selectAll()
        .where('id', '=', found.reset_id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const now = clock.now();
      if (reset.used_at || new Date(reset.expires_at).getTime() <= now.getTime()) {
        throw new AppError('not-found', RESET_GONE);
      }
      const user = await trx
        .selectFrom('users')
        .select(['email', 'given_name', 'family_name', 'display_name', 'status'])
        .where('id', '=', reset.user_id)
        .executeTakeFirstOrThrow();
      if (user.status !== 'active') throw new AppError('not-found', RESET_GONE);
      assertPasswordAcceptable(newPassword, {
        email: user.email,
        names: [user.given_name, user.family_name, user.display_name],
      });
      await trx
        .updateTable('users')
        .set({ password_hash: await hashPassword(newPassword), updated_at: now })
        .where('id', '=', reset.user_id)
        .execute();
      // Every link issued so far stops working, and every session ends.
      await trx
        .updateTable('password_resets')
        .set({ used_at: now })
        .where('user_id', '=', reset.user_id)
        .where('used_at', 'is', null)
        .execute();
      const ended = await revokeUserSessions(trx, reset.user_id, now);
      await recordAudit(trx, {
        organizationId: found.organization_id,
        userId: reset.user_id,
        action: 'password-reset',
        resourceType: 'User',
        resourceId: reset.user_id,
        outcome: 'success',
        at: now,
        detail: { sessionsEnded: ended },
      });
    });
  }

  return {
    listUsers,
    updateUser,
    revokeSessions,
    resetMfa,
    createInvitation,
    listInvitations,
    revokeInvitation,
    inspectInvitation,
    acceptInvitation,
    requestPasswordReset,
    completePasswordReset,
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
