import path from 'node:path';
import { z } from 'zod';

/**
 * The one typed configuration object, built from the environment and validated at start.
 * Every variable is documented in the README; an invalid value stops the process with a message
 * naming the variable.
 */
const durationMinutes = z.coerce.number().int().positive();

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  TITRATE_DATA_DIR: z.string().min(1).default('./.titrate'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TITRATE_PUBLIC_URL: z.string().url().optional(),
  TITRATE_COOKIE_SECURE: z.enum(['true', 'false']).default('true'),
  TITRATE_STAFF_IDLE_MINUTES: durationMinutes.default(15),
  TITRATE_PATIENT_IDLE_MINUTES: durationMinutes.default(30),
  TITRATE_SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  TITRATE_DEMO: z.enum(['auto', 'off']).default('auto'),
  TITRATE_WEB_DIR: z.string().optional(),
  TITRATE_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  TITRATE_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  TITRATE_SIGNIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).default(20),
  TITRATE_SIGNIN_LOCK_MINUTES: durationMinutes.default(15),
  TITRATE_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  TITRATE_MAIL_FROM: z.string().min(3).default('Titrate <no-reply@titrate.invalid>'),
  TITRATE_JOBS: z.enum(['on', 'off']).default('on'),
  TITRATE_EMERGENCY_ACCESS_MINUTES: durationMinutes.default(60),
  TITRATE_SECRET_KEY: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)')
    .optional(),
  TITRATE_INVITATION_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  // Web push (VAPID, RFC 8292): a P-256 key pair as `npx web-push generate-vapid-keys` prints it.
  TITRATE_VAPID_PUBLIC_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{87}$/, 'must be a base64url P-256 public key (87 characters)')
    .optional(),
  TITRATE_VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 private key (43 characters)')
    .optional(),
  TITRATE_VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:.+@.+|https:\/\/.+)$/, 'must be a mailto: address or an https:// URL')
    .optional(),
});

export interface Config {
  port: number;
  host: string;
  /** Absolute path of the embedded database folder (unused when `databaseUrl` is set). */
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  publicUrl: string | undefined;
  cookieSecure: boolean;
  staffIdleMinutes: number;
  patientIdleMinutes: number;
  sessionMaxHours: number;
  /** Load the demo clinic into an empty database at start. */
  demo: boolean;
  /** Built web app to serve; null when not found (API-only). */
  webDir: string | undefined;
  shutdownGraceMs: number;
  /** Failed sign-ins per account, and per network address, within the lock window before a temporary lockout. */
  signInMaxFailures: number;
  signInAddressMaxFailures: number;
  signInLockMinutes: number;
  /** Outgoing mail server; without it nothing is emailed and links are shown on screen. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Run the background job workers (reminders, sweeps) in this process. */
  jobs: boolean;
  /** How long an emergency (break-glass) access grant lasts. */
  emergencyAccessMinutes: number;
  /** Encrypts TOTP secrets at rest; without it a key file in the data folder is used. */
  secretKey: string | undefined;
  /** How long an invitation link stays valid. */
  invitationHours: number;
  /** Web push of reminders; without it reminders go by email. */
  vapid: { publicKey: string; privateKey: string; subject: string } | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // An empty variable means "not set" (as shells and CI systems often leave them).
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const vapidSet = [e.TITRATE_VAPID_PUBLIC_KEY, e.TITRATE_VAPID_PRIVATE_KEY].filter(Boolean).length;
  if (vapidSet === 1)
    throw new ConfigError(
      'Invalid configuration in the environment:\n  TITRATE_VAPID_PUBLIC_KEY and TITRATE_VAPID_PRIVATE_KEY must be set together (or neither, which turns web push off)',
    );
  if (vapidSet === 2 && !e.TITRATE_VAPID_SUBJECT)
    throw new ConfigError(
      'Invalid configuration in the environment:\n  TITRATE_VAPID_SUBJECT: required with the VAPID keys (mailto:ops@your-clinic.example), so push services can contact you',
    );
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.TITRATE_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.TITRATE_PUBLIC_URL,
    cookieSecure: e.TITRATE_COOKIE_SECURE === 'true',
    staffIdleMinutes: e.TITRATE_STAFF_IDLE_MINUTES,
    patientIdleMinutes: e.TITRATE_PATIENT_IDLE_MINUTES,
    sessionMaxHours: e.TITRATE_SESSION_MAX_HOURS,
    demo: e.TITRATE_DEMO === 'auto',
    webDir: e.TITRATE_WEB_DIR ? path.resolve(cwd, e.TITRATE_WEB_DIR) : undefined,
    shutdownGraceMs: e.TITRATE_SHUTDOWN_GRACE_MS,
    signInMaxFailures: e.TITRATE_SIGNIN_MAX_FAILURES,
    signInAddressMaxFailures: e.TITRATE_SIGNIN_ADDRESS_MAX_FAILURES,
    signInLockMinutes: e.TITRATE_SIGNIN_LOCK_MINUTES,
    smtpUrl: e.TITRATE_SMTP_URL,
    mailFrom: e.TITRATE_MAIL_FROM,
    jobs: e.TITRATE_JOBS === 'on',
    emergencyAccessMinutes: e.TITRATE_EMERGENCY_ACCESS_MINUTES,
    secretKey: e.TITRATE_SECRET_KEY,
    invitationHours: e.TITRATE_INVITATION_HOURS,
    vapid:
      e.TITRATE_VAPID_PUBLIC_KEY && e.TITRATE_VAPID_PRIVATE_KEY && e.TITRATE_VAPID_SUBJECT
        ? {
            publicKey: e.TITRATE_VAPID_PUBLIC_KEY,
            privateKey: e.TITRATE_VAPID_PRIVATE_KEY,
            subject: e.TITRATE_VAPID_SUBJECT,
          }
        : undefined,
  };
}
