import fs from 'node:fs';
import { AppError } from './errors.js';

/**
 * Password policy after NIST SP 800-63B (section 3.1.1.2) and OWASP ASVS 6.2: length is what
 * counts — at least 12 characters, up to 256 accepted whole (argon2 never truncates) — with no
 * composition rules, and refusal of passwords that are commonly used or built from the person's
 * own name or email address. Every reason is returned, so the person can fix them all at once.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export interface PasswordContext {
  email?: string | null | undefined;
  /** Given name, family name, display name: any part of at least 3 letters is refused inside the password. */
  names?: readonly (string | null | undefined)[];
}

let common: Set<string> | undefined;
/** packages/server/data/common-passwords.txt: one password per line; lines starting with # are notes. */
export function commonPasswords(): Set<string> {
  if (!common) {
    const file = new URL('../../data/common-passwords.txt', import.meta.url);
    common = new Set(
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.trim().toLowerCase())
        .filter((line) => line.length > 0 && !line.startsWith('#')),
    );
  }
  return common;
}

const fold = (value: string) => value.normalize('NFKC').toLowerCase();

export function passwordProblems(password: string, context: PasswordContext = {}): string[] {
  const problems: string[] = [];
  // Count characters as people see them (code points), not UTF-16 units.
  const length = [...password.normalize('NFKC')].length;
  if (length < MIN_PASSWORD_LENGTH) {
    problems.push(`Use at least ${MIN_PASSWORD_LENGTH} characters (a few unrelated words work well).`);
  }
  if (length > MAX_PASSWORD_LENGTH) problems.push(`Use at most ${MAX_PASSWORD_LENGTH} characters.`);
  const folded = fold(password);
  if (commonPasswords().has(folded) || commonPasswords().has(folded.trim())) {
    problems.push(
      'This password is on a list of commonly used passwords. Choose one that is harder to guess.',
    );
  }
  const local = context.email ? fold(context.email.split('@')[0] ?? '') : '';
  if (local.length >= 3 && folded.includes(local)) {
    problems.push('Do not use your email address in your password.');
  }
  const nameParts = (context.names ?? [])
    .filter((name): name is string => typeof name === 'string')
    .flatMap((name) => fold(name).split(/[^\p{L}\p{N}]+/u))
    .filter((part) => part.length >= 3);
  if (nameParts.some((part) => folded.includes(part))) {
    problems.push('Do not use your name in your password.');
  }
  return problems;
}

/** Throws 422 listing every reason when the password is not acceptable. */
export function assertPasswordAcceptable(password: string, context: PasswordContext, field = 'newPassword') {
  const problems = passwordProblems(password, context);
  if (problems.length > 0) {
    throw new AppError(
      'unprocessable',
      `Choose a different password: ${problems.join(' ')}`,
      problems.map((message) => ({ field, message })),
    );
  }
}
