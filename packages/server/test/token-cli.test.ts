import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';
import { type Database, openEmbedded, openPostgres, withTenant } from '../src/db/database.js';
import { createTenant, type Tenant, testApp } from './helpers.js';

/**
 * `titrate token create|revoke` through `main(argv)` (the CLI's own entry point), against an
 * embedded database folder — or the shared PostgreSQL server when DATABASE_URL is set.
 */
const url = process.env.DATABASE_URL;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'titrate-token-cli-'));
const savedEnv = { ...process.env };
const openDb = (): Promise<Database> => (url ? openPostgres(url, 2) : openEmbedded({ dataDir }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
    out.push(parts.join(' '));
  });
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
    err.push(parts.join(' '));
  });
  try {
    const code = await main(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('titrate token (CLI)', () => {
  let tenant: Tenant;
  beforeAll(async () => {
    Object.assign(process.env, {
      TITRATE_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      TITRATE_DEMO: 'off',
      TITRATE_SECRET_KEY: 'test-only-secret-key-0123456789abcdef',
    });
    const database = await openDb();
    await database.migrate();
    tenant = await createTenant(database, 1);
    await database.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(() => {
    process.env = savedEnv;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints only a token that works, acts as its user and expires when asked', async () => {
    const result = await run([
      'token',
      'create',
      '--user',
      tenant.users.prescriber!.email,
      '--expires',
      '1d',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^ttr_[A-Za-z0-9_-]{43}$/);
    const token = result.stdout;

    const ctx = await testApp({ database: await openDb() });
    try {
      const res = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/patients/${tenant.patients[0]!.id}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode, res.body).toBe(200);
      // Default scopes read and write: a change works too, without CSRF.
      const change = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/patients/${tenant.patients[0]!.id}`,
        headers: { authorization: `Bearer ${token}`, 'if-match': res.headers.etag as string },
        payload: { pronouns: 'she/her' },
      });
      expect(change.statusCode, change.body).toBe(200);
      const row = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
        trx
          .selectFrom('api_tokens')
          .selectAll()
          .where('user_id', '=', tenant.users.prescriber!.id)
          .executeTakeFirstOrThrow(),
      );
      const lifetime = new Date(row.expires_at).getTime() - new Date(row.created_at).getTime();
      expect(lifetime).toBe(86_400_000);
      expect(row.scopes).toEqual(['read', 'write']);
      expect(row.created_by).toBeNull();
    } finally {
      await ctx.close();
    }

    // Revoked on the host: refused at once.
    const id = await (async () => {
      const database = await openDb();
      try {
        return (
          await withTenant(database.db, tenant.organizationId, (trx) =>
            trx.selectFrom('api_tokens').select('id').executeTakeFirstOrThrow(),
          )
        ).id;
      } finally {
        await database.close();
      }
    })();
    const revoked = await run(['token', 'revoke', id]);
    expect(revoked.code, revoked.stderr).toBe(0);
    const after = await testApp({ database: await openDb() });
    try {
      const res = await after.app.inject({
        method: 'GET',
        url: '/api/v1/patients',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(401);
    } finally {
      await after.close();
    }
  });

  it('honours --scope and --name', async () => {
    const result = await run([
      'token',
      'create',
      '--user',
      tenant.users.nurse!.email,
      '--scope',
      'read',
      '--name',
      'Nightly export',
      '--expires',
      '12h',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const database = await openDb();
    try {
      const row = await withTenant(database.db, tenant.organizationId, (trx) =>
        trx
          .selectFrom('api_tokens')
          .selectAll()
          .where('user_id', '=', tenant.users.nurse!.id)
          .executeTakeFirstOrThrow(),
      );
      expect(row).toMatchObject({ name: 'Nightly export', scopes: ['read'] });
      expect(new Date(row.expires_at).getTime() - new Date(row.created_at).getTime()).toBe(12 * 3_600_000);
    } finally {
      await database.close();
    }
  });

  it('exits 2 with a clear message on a bad duration, a bad scope, an unknown user or an unknown id', async () => {
    const email = tenant.users.prescriber!.email;
    const cases: [string[], RegExp][] = [
      [
        ['token', 'create', '--user', email, '--expires', 'tomorrow'],
        /--expires "tomorrow" must be a duration/,
      ],
      [['token', 'create', '--user', email, '--expires', '0d'], /must be a duration/],
      [['token', 'create', '--user', email, '--expires', '91d'], /at most 90d/],
      [['token', 'create', '--user', email, '--scope', 'admin'], /--scope/],
      [['token', 'create', '--user', 'nobody@example.test'], /no user with the email nobody@example.test/],
      [['token', 'revoke', 'not-an-id'], /not a token id/],
      [['token', 'revoke', '00000000-0000-4000-8000-000000000000'], /no API token with the id/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stdout, args.join(' ')).toBe('');
    }
  });
});
