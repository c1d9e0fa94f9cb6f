import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { type Config, loadConfig } from '../src/config.js';
import { type Database, openEmbedded, openPostgres, withTenant } from '../src/db/database.js';
import type { Role } from '../src/db/schema.js';
import { demoTotpCode } from '../src/demo/totp.js';
import type { Clock } from '../src/domain/deps.js';
import { hashRecoveryCode, totpCode } from '../src/domain/mfa.js';
import { hashPassword } from '../src/domain/passwords.js';
import { configureSecretBox, sealSecret } from '../src/domain/secret-box.js';
import { buildApp } from '../src/http/app.js';
import { MemoryMailer } from '../src/notify/mailer.js';

export const TEST_PASSWORD = 'correct horse battery staple';

/** A fresh database handle: the shared PostgreSQL server, or a private copy of the PGlite template. */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return openPostgres(url, 4);
  const template = inject('pgliteTemplate');
  return openEmbedded({ loadDataDir: new Blob([fs.readFileSync(template)]) });
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    LOG_LEVEL: 'silent',
    TITRATE_DEMO: 'off',
    // Job workers are started only by the tests about them.
    TITRATE_JOBS: 'off',
    TITRATE_COOKIE_SECURE: 'false',
    // Every injected request comes from 127.0.0.1; the per-address limit has its own test.
    TITRATE_SIGNIN_ADDRESS_MAX_FAILURES: '100000',
    // Tests never write a key file into the working folder.
    TITRATE_SECRET_KEY: 'test-only-secret-key-0123456789abcdef',
    ...overrides,
  });
}

/** A clock tests can move forward. */
export function testClock(start = new Date()): Clock & { advanceMinutes(minutes: number): void } {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advanceMinutes: (minutes) => {
      now += minutes * 60_000;
    },
  };
}

export interface TestUser {
  id: string;
  email: string;
  roles: Role[];
  patientId: string | null;
}

export interface Tenant {
  organizationId: string;
  users: Record<string, TestUser>;
  patients: { id: string; givenName: string; familyName: string; dateOfBirth: string; mrn: string }[];
}

let passwordHash: Promise<string> | undefined;

/** Test users' TOTP secrets: derived from the email, so tests can compute codes. */
export function testTotpSecret(email: string): string {
  const bytes = createHash('sha1').update(`titrate-test-totp:${email}`).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  return (bits.match(/.{5}/g) ?? []).map((chunk) => alphabet[Number.parseInt(chunk, 2)]).join('');
}

/** The code a test user's authenticator shows at `at`. */
export const testTotpCode = (email: string, at: Date = new Date()) => totpCode(testTotpSecret(email), at);

/**
 * Recovery codes seeded for every staff test user. `signIn` spends one per sign-in, so it needs
 * no clock and never uses up a TOTP time step a test wants for itself (step-up, replay).
 */
const SIGN_IN_CODES = 60;
const signInCode = (email: string, n: number) =>
  `test-${createHash('sha1').update(`${email}:${n}`).digest('hex').slice(0, 12)}`;
const signInCodesUsed = new Map<string, number>();

/**
 * Creates an organization of its own for one test: one user per staff role, patients on the
 * care team of `prescriber` only (so `outsider`, another prescriber, sees none of them), a
 * patient account for the first patient and a guardian for the second.
 */
export async function createTenant(database: Database, patientCount = 3): Promise<Tenant> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  configureSecretBox(testConfig());
  const organizationId = randomUUID();
  const tag = organizationId.slice(0, 8);
  const users: Record<string, TestUser> = {};
  const patients: Tenant['patients'] = [];
  await withTenant(database.db, organizationId, async (trx) => {
    await trx
      .insertInto('organizations')
      .values({
        id: organizationId,
        name: `Test clinic ${tag}`,
        slug: `test-${organizationId}`,
        settings: '{}',
      })
      .execute();
    const addUser = async (key: string, roles: Role[], patientId: string | null = null) => {
      const id = randomUUID();
      const email = `${key}-${organizationId}@test.titrate.test`;
      await trx
        .insertInto('users')
        .values({
          id,
          organization_id: organizationId,
          email,
          display_name: `${key} ${tag}`,
          given_name: key,
          family_name: tag,
          password_hash: hash,
          credential: roles.includes('prescriber') ? 'MD' : null,
          npi: null,
          dea_number: null,
          supervising_user_id: null,
          patient_id: patientId,
        })
        .execute();
      await trx
        .insertInto('user_roles')
        .values(roles.map((role) => ({ user_id: id, organization_id: organizationId, role })))
        .execute();
      users[key] = { id, email, roles, patientId };
      if (roles.some((role) => role !== 'patient' && role !== 'guardian')) {
        // Staff must have MFA: enrol them as if they had set up an authenticator app.
        await trx
          .insertInto('user_mfa')
          .values({
            user_id: id,
            organization_id: organizationId,
            secret_encrypted: sealSecret(testTotpSecret(email)),
            confirmed_at: new Date(),
            last_used_step: null,
          })
          .execute();
        await trx
          .insertInto('mfa_recovery_codes')
          .values(
            Array.from({ length: SIGN_IN_CODES }, (_, n) => ({
              organization_id: organizationId,
              user_id: id,
              code_hash: hashRecoveryCode(signInCode(email, n)),
            })),
          )
          .execute();
      }
      return id;
    };
    for (const role of [
      'prescriber',
      'nurse',
      'care-coordinator',
      'therapist',
      'collaborator',
      'front-desk',
      'admin',
    ] as const) {
      await addUser(role, [role]);
    }
    await addUser('outsider', ['prescriber']);
    for (let i = 0; i < patientCount; i++) {
      const id = randomUUID();
      const patient = {
        id,
        givenName: `Given${i}${tag}`,
        familyName: `Family${i}${tag}`,
        dateOfBirth: `19${80 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
        mrn: `T${tag}${i}`,
      };
      await trx
        .insertInto('patients')
        .values({
          id,
          organization_id: organizationId,
          mrn: patient.mrn,
          given_name: patient.givenName,
          family_name: patient.familyName,
          date_of_birth: patient.dateOfBirth,
          sex_assigned_at_birth: i % 2 ? 'male' : 'female',
          time_zone: 'America/Chicago',
        })
        .execute();
      await trx
        .insertInto('care_team_members')
        .values(
          (['prescriber', 'nurse', 'care-coordinator', 'therapist'] as const).map((key) => ({
            organization_id: organizationId,
            patient_id: id,
            user_id: users[key]!.id,
            role: key,
            is_primary: key === 'prescriber',
          })),
        )
        .execute();
      patients.push(patient);
    }
    if (patients[0]) await addUser('patient', ['patient'], patients[0].id);
    if (patients[1]) {
      const guardianId = await addUser('guardian', ['guardian']);
      await trx
        .insertInto('guardian_links')
        .values({
          organization_id: organizationId,
          patient_id: patients[1].id,
          guardian_user_id: guardianId,
          relationship: 'mother',
        })
        .execute();
    }
  });
  return { organizationId, users, patients };
}

/** A signed-in HTTP client over `app.inject`, carrying the session cookie and CSRF token. */
export interface Client {
  csrfToken: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/**
 * Signs in and, for MFA-enrolled users created by `createTenant`, completes the second step with
 * one of their seeded recovery codes. For tests of the MFA flow itself use `signInPasswordOnly`.
 */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Client> {
  let login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (login.statusCode !== 200)
    throw new Error(`sign-in failed for ${email}: ${login.statusCode} ${login.body}`);
  if (login.json().status === 'mfa-required') {
    const pending = login.cookies.find((c) => c.name.endsWith('titrate_session'));
    const second = (code: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/mfa',
        payload: { code },
        headers: { cookie: `${pending?.name}=${pending?.value}` },
      });
    if (email.endsWith('@test.titrate.test')) {
      const n = signInCodesUsed.get(email) ?? 0;
      signInCodesUsed.set(email, n + 1);
      login = await second(signInCode(email, n));
    } else {
      // Demo accounts (demo.test.ts): the demo-only derived secret, on the real clock.
      login = await second(demoTotpCode(email));
      if (login.statusCode === 422) login = await second(demoTotpCode(email, new Date(Date.now() + 30_000)));
    }
    if (login.statusCode !== 200)
      throw new Error(`second sign-in step failed for ${email}: ${login.statusCode} ${login.body}`);
  } else if (login.json().status !== 'ok') {
    throw new Error(`sign-in of ${email} needs MFA set-up first (${login.body}); use signInPasswordOnly`);
  }
  return clientFrom(app, login);
}

/** Password step only: the response (status mfa-required / mfa-enrolment-required / ok) and a client on its cookie. */
export async function signInPasswordOnly(app: FastifyInstance, email: string, password = TEST_PASSWORD) {
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const cookie = login.cookies.find((c) => c.name.endsWith('titrate_session'));
  const client: Client = {
    csrfToken: '',
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        ...(body === undefined ? {} : { payload: body as object }),
        headers: { ...(cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {}), ...headers },
      }),
  };
  return { login, client };
}

/** A client on the session cookie and CSRF token of a successful sign-in response. */
export function clientFrom(app: FastifyInstance, login: LightMyRequestResponse): Client {
  const cookie = login.cookies.find((c) => c.name.endsWith('titrate_session'));
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = login.json().session.csrfToken as string;
  return {
    csrfToken,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        ...(body === undefined ? {} : { payload: body as object }),
        headers: { cookie: `${cookie.name}=${cookie.value}`, 'x-csrf-token': csrfToken, ...headers },
      }),
  };
}

export async function testApp(
  options: { database?: Database; clock?: Clock; config?: Config; mailer?: MemoryMailer } = {},
) {
  const database = options.database ?? (await openTestDatabase());
  const mailer = options.mailer ?? new MemoryMailer();
  const app = await buildApp({
    config: options.config ?? testConfig(),
    database,
    mailer,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    app,
    database,
    /** Every email the app sent, in order. */
    mailer,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
