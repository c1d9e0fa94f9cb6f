import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` in @node-rs/argon2 (a const enum, which isolated modules can't import). */
const ARGON2ID = 2;

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first recommended configuration
 * (m = 19 MiB, t = 2, p = 1). The parameters are stored in each hash string, so raising them
 * later re-hashes on the next sign-in without breaking old hashes.
 */
export const ARGON2_PARAMS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  // Accounts without a password (invited, not yet set) still cost one verification, so timing
  // doesn't reveal whether an account exists.
  const target = storedHash ?? (await dummyHash());
  try {
    const ok = await verify(target, password);
    return ok && storedHash !== null;
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('titrate-timing-equalizer-not-a-password');
  return dummy;
}
