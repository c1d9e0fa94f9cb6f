import { createHmac } from 'node:crypto';
import { Secret } from 'otpauth';
import { totpCode } from '../domain/mfa.js';
import { DEMO_DOMAIN } from './clinic.js';

/**
 * DEMO ONLY. Demo staff have TOTP set up with secrets derived from a fixed, published key and the
 * email address, so `titrate demo totp EMAIL` and the browser tests can compute the current code
 * while the running server holds the embedded database. Real accounts get random secrets
 * (domain/mfa.ts) stored encrypted; never derive a real secret this way.
 */
const DEMO_TOTP_KEY = 'titrate-demo-totp-key-not-secret';

export function demoTotpSecret(email: string): string {
  const bytes = createHmac('sha1', DEMO_TOTP_KEY).update(email.trim().toLowerCase()).digest();
  return new Secret({ buffer: new Uint8Array(bytes).buffer }).base32;
}

/** The 6-digit code a demo account's authenticator would show at `at`. */
export function demoTotpCode(email: string, at: Date = new Date()): string {
  return totpCode(demoTotpSecret(email), at);
}

/** Addresses of the demo clinic (the default demo domain). */
export const isDemoEmail = (email: string) => email.trim().toLowerCase().endsWith(`@${DEMO_DOMAIN}`);
