import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import type { DB } from '../db/schema.js';
import type { Clock } from './deps.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';
import { openSecret, sealSecret } from './secret-box.js';

/** RFC 6238 as every authenticator app implements it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_ISSUER = 'Titrate';
/** One step either side, for clocks a little off (RFC 6238 section 5.2). */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
/** Wrong codes allowed before a pending sign-in is dropped, or step-up is paused. */
export const MFA_MAX_FAILURES = 5;

export const INVALID_CODE =
  'The verification code is not valid. Enter the current code from your authenticator app.';
export const NOT_ENROLLED =
  'Two-step verification is not set up for your account. Set it up under your account settings, then try again.';

type Db = Kysely<DB> | Transaction<DB>;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totp(secretBase32: string, label = 'Titrate'): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

export const timeStep = (at: Date) => Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);

/** The code an authenticator shows at `at` (tests, demo CLI). */
export function totpCode(secretBase32: string, at: Date): string {
  return totp(secretBase32).generate({ timestamp: at.getTime() });
}

/** The time step a code belongs to (within ±1 step of `at`), or null when it matches none. */
export function matchTotp(secretBase32: string, code: string, at: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: at.getTime(), window: WINDOW });
  return delta === null ? null : timeStep(at) + delta;
}

/**
 * Checks a TOTP code against the user's confirmed enrolment and consumes its time step, so the
 * same code (or an older one) is refused afterwards. `unconfirmed: true` checks an enrolment
 * still being set up instead.
 */
export async function consumeTotp(
  db: Db,
  userId: string,
  code: string,
  clock: Clock,
  options: { unconfirmed?: boolean } = {},
): Promise<'ok' | 'invalid' | 'not-enrolled'> {
  const row = await db
    .selectFrom('user_mfa')
    .select(['secret_encrypted', 'confirmed_at', 'last_used_step'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return 'not-enrolled';
  if (!options.unconfirmed && !row.confirmed_at) return 'not-enrolled';
  const step = matchTotp(openSecret(row.secret_encrypted), code, clock.now());
  if (step === null) return 'invalid';
  const last = row.last_used_step === null ? null : Number(row.last_used_step);
  if (last !== null && step <= last) return 'invalid';
  // Conditional update: two concurrent requests with the same code cannot both succeed.
  const updated = await db
    .updateTable('user_mfa')
    .set({ last_used_step: step })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1 ? 'ok' : 'invalid';
}

export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex');

/** Ten codes like `k7fq-2mzd-9xhp`: 60 bits each, easy to type, no look-alike characters. */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** Uses a recovery code once; true when it was valid and unused. */
export async function consumeRecoveryCode(db: Db, userId: string, code: string, clock: Clock) {
  const hashed = hashRecoveryCode(code);
  const used = await db
    .updateTable('mfa_recovery_codes')
    .set({ used_at: clock.now() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashed)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) > 0;
}

export async function isMfaEnrolled(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('user_mfa')
    .select('confirmed_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Boolean(row?.confirmed_at);
}

/** Stores a new (unconfirmed) secret for the user, replacing any earlier one. */
export async function storeTotpSecret(
  db: Db,
  organizationId: string,
  userId: string,
  secretBase32: string,
  confirmedAt: Date | null,
) {
  await db.deleteFrom('user_mfa').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_mfa')
    .values({
      user_id: userId,
      organization_id: organizationId,
      secret_encrypted: sealSecret(secretBase32),
      confirmed_at: confirmedAt,
      last_used_step: null,
    })
    .execute();
}

/**
 * Wrong step-up codes per session, in memory: a failed step-up rolls back the caller's
 * transaction, so a counter in the database would roll back with it.
 */
const stepUpFailures = new Map<string, { count: number; since: number }>();
const STEP_UP_WINDOW_MS = 15 * 60_000;

function assertStepUpNotPaused(key: string, now: number) {
  const entry = stepUpFailures.get(key);
  if (entry && now - entry.since > STEP_UP_WINDOW_MS) stepUpFailures.delete(key);
  else if (entry && entry.count >= MFA_MAX_FAILURES) {
    const error = new AppError(
      'rate-limited',
      'Too many wrong verification codes. For your security, verification is paused for 15 minutes.',
    );
    error.retryAfterSeconds = Math.ceil((entry.since + STEP_UP_WINDOW_MS - now) / 1000);
    throw error;
  }
}

function noteStepUpFailure(key: string, now: number) {
  const entry = stepUpFailures.get(key);
  if (!entry) stepUpFailures.set(key, { count: 1, since: now });
  else entry.count += 1;
  // Keep the map small: forget stale entries now and then.
  if (stepUpFailures.size > 10_000) {
    for (const [k, v] of stepUpFailures) if (now - v.since > STEP_UP_WINDOW_MS) stepUpFailures.delete(k);
  }
}

/**
 * Step-up verification for a high-risk action (e.g. signing a controlled-substance order):
 * a current TOTP code of the signed-in user — not a recovery code — used once only. Run it
 * inside the action's transaction (scoped to the principal's organization); on success the
 * session's `stepped_up_at` is set. Throws 422 for a wrong or replayed code, 409 when the user
 * has no MFA, 429 after too many wrong codes.
 */
export async function verifyStepUp(
  trx: Transaction<DB>,
  principal: Principal,
  code: string,
  clock: Clock,
): Promise<void> {
  const key = `${principal.userId}`;
  const now = clock.now();
  assertStepUpNotPaused(key, now.getTime());
  const result = await consumeTotp(trx, principal.userId, code, clock);
  if (result === 'not-enrolled') throw new AppError('conflict', NOT_ENROLLED);
  if (result === 'invalid') {
    noteStepUpFailure(key, now.getTime());
    throw new AppError('unprocessable', INVALID_CODE, [{ field: 'code', message: INVALID_CODE }]);
  }
  stepUpFailures.delete(key);
  if (principal.sessionId) {
    await trx
      .updateTable('sessions')
      .set({ stepped_up_at: now })
      .where('id', '=', principal.sessionId)
      .execute();
  }
}

/** A random URL-safe secret for links (invitations, password resets). */
export const newLinkToken = () => randomBytes(32).toString('base64url');
