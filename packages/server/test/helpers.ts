import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { type Config, loadConfig } from '../src/config.js';
import { type Database, openEmbedded, openPostgres, withTenant } from '../src/db/database.js';
import type { Role } from '../src/db/schema.js';
import type { Clock } from '../src/domain/deps.js';
import { hashPassword } from '../src/domain/passwords.js';
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
    TITRATE_COOKIE_SECURE: 'false',
    // Every injected request comes from 127.0.0.1; the per-address limit has its own test.
    TITRATE_SIGNIN_ADDRESS_MAX_FAILURES: '100000',
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

/**
 * Creates an organization of its own for one test: one user per staff role, patients on the
 * care team of `prescriber` only (so `outsider`, another prescriber, sees none of them), a
 * patient account for the first patient and a guardian for the second.
 */
export async function createTenant(database: Database, patientCount = 3): Promise<Tenant> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
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

export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Client> {
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (login.statusCode !== 200)
    throw new Error(`sign-in failed for ${email}: ${login.statusCode} ${login.body}`);
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
