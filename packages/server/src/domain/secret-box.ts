import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Config, loadConfig } from '../config.js';

/**
 * Encrypts small secrets at rest (TOTP keys) with AES-256-GCM, so a database dump alone does not
 * give anyone the codes. The key comes from `TITRATE_SECRET_KEY`; without it, a random key is
 * created once in the data folder (`secret.key`, mode 0600) — fine for the embedded database,
 * while several servers sharing one PostgreSQL must all be given the same `TITRATE_SECRET_KEY`.
 */
let installationKey: Buffer | undefined;

export function resolveSecretKey(config: Pick<Config, 'secretKey' | 'dataDir'>): Buffer {
  if (config.secretKey) return createHash('sha256').update(config.secretKey).digest();
  const file = path.join(config.dataDir, 'secret.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return createHash('sha256').update(fs.readFileSync(file, 'utf8').trim()).digest();
}

/** Called once at start (buildApp); services and `verifyStepUp` then use the key. */
export function configureSecretBox(config: Pick<Config, 'secretKey' | 'dataDir'>) {
  installationKey = resolveSecretKey(config);
}

function key(): Buffer {
  // The CLI (e.g. `titrate demo`) seals secrets without starting the server: same environment, same key.
  installationKey ??= resolveSecretKey(loadConfig());
  return installationKey;
}

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function openSecret(sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) throw new Error('Malformed sealed secret.');
  const decipher = createDecipheriv('aes-256-gcm', key(), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}
