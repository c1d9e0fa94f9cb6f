import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Config } from '../config.js';
import type { DB } from '../db/schema.js';
import { AppError } from './errors.js';

/**
 * Temporary lockout after repeated failed sign-ins, counted per account and per network address
 * (OWASP ASVS 6.3.1; checklist item 7). Nobody is locked out for good: the lock lifts after the
 * window. The refusal reads the same whether or not the account exists.
 */
const hashKey = (kind: string, value: string) =>
  createHash('sha256').update(`${kind}:${value}`).digest('hex');

export function throttleKeys(email: string, ip: string | null) {
  return {
    account: hashKey('account', email.trim().toLowerCase()),
    address: ip ? hashKey('address', ip) : null,
  };
}

export function createSignInThrottle(db: Kysely<DB>, config: Config) {
  const lockMs = config.signInLockMinutes * 60_000;

  async function assertNotLocked(keys: ReturnType<typeof throttleKeys>, now: Date) {
    const wanted = [keys.account, keys.address].filter((k): k is string => k !== null);
    const locked = await db
      .selectFrom('sign_in_throttle')
      .select('locked_until')
      .where('key', 'in', wanted)
      .where('locked_until', '>', now)
      .orderBy('locked_until', 'desc')
      .executeTakeFirst();
    if (locked?.locked_until) {
      const error = new AppError(
        'rate-limited',
        `Too many sign-in attempts. For your security, sign-in is paused for ${config.signInLockMinutes} minutes; try again after that, or reset your password.`,
      );
      error.retryAfterSeconds = Math.max(
        1,
        Math.ceil((new Date(locked.locked_until).getTime() - now.getTime()) / 1000),
      );
      throw error;
    }
  }

  async function recordFailure(keys: ReturnType<typeof throttleKeys>, now: Date) {
    const windowStart = new Date(now.getTime() - lockMs);
    const bump = async (key: string, limit: number) => {
      const row = await sql<{ failures: number }>`
        insert into sign_in_throttle (key, failures, first_failure_at) values (${key}, 1, ${now})
        on conflict (key) do update set
          failures = case when sign_in_throttle.first_failure_at < ${windowStart} then 1 else sign_in_throttle.failures + 1 end,
          first_failure_at = case when sign_in_throttle.first_failure_at < ${windowStart} then ${now} else sign_in_throttle.first_failure_at end
        returning failures`
        .execute(db)
        .then((r) => r.rows[0]);
      if (row && row.failures >= limit) {
        await db
          .updateTable('sign_in_throttle')
          .set({ locked_until: new Date(now.getTime() + lockMs), failures: 0, first_failure_at: now })
          .where('key', '=', key)
          .execute();
      }
    };
    await bump(keys.account, config.signInMaxFailures);
    if (keys.address) await bump(keys.address, config.signInAddressMaxFailures);
  }

  async function recordSuccess(keys: ReturnType<typeof throttleKeys>) {
    await db
      .updateTable('sign_in_throttle')
      .set({ failures: 0, locked_until: null })
      .where('key', '=', keys.account)
      .execute();
  }

  return { assertNotLocked, recordFailure, recordSuccess };
}
