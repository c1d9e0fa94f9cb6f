import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { hashToken } from '../src/domain/auth.js';
import { buildApp } from '../src/http/app.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock, testConfig } from './helpers.js';

describe('API tokens (Authorization: Bearer)', () => {
  const clock = testClock();
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 2);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
  });
  afterAll(() => ctx.close());

  const bearer = (token: string, method: string, url: string, body?: unknown, headers = {}) =>
    ctx.app.inject({
      method: method as 'GET',
      url,
      ...(body === undefined ? {} : { payload: body as object }),
      headers: { authorization: `Bearer ${token}`, ...headers },
    });

  async function createToken(client: Client, scopes: string[], expiresInDays = 30, name = 'Script') {
    const res = await client.request('POST', '/api/v1/tokens', { name, scopes, expiresInDays });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { token: string; id: string; prefix: string; scopes: string[]; expiresAt: string };
  }

  const auditRows = () =>
    withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('audit_events').selectAll().orderBy('id').execute(),
    );

  it('creates a token shown once, stores only its hash, and lists it without the secret', async () => {
    const created = await createToken(prescriber, ['read']);
    expect(created.token).toMatch(/^ttr_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 8));
    expect(new Date(created.expiresAt).getTime() - clock.now().getTime()).toBe(30 * 86_400_000);
    const stored = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('api_tokens').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow(),
    );
    expect(stored.token_hash).toBe(hashToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);
    const list = await prescriber.request('GET', '/api/v1/tokens');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.token);
    expect(list.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: created.id, name: 'Script', scopes: ['read'], status: 'active' }),
      ]),
    );
    // Other users do not see it; the admin list does.
    const nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    expect((await nurse.request('GET', '/api/v1/tokens')).json().items).toEqual([]);
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    const all = await admin.request('GET', '/api/v1/admin/tokens');
    expect(all.json().items.map((t: { id: string }) => t.id)).toContain(created.id);
  });

  it('works as Bearer on a GET, audited as its user with the token id', async () => {
    const { token, id } = await createToken(prescriber, ['read']);
    const patientId = tenant.patients[0]!.id;
    const res = await bearer(token, 'GET', `/api/v1/patients/${patientId}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().id).toBe(patientId);
    const read = (await auditRows()).filter((r) => r.action === 'read' && r.patient_id === patientId).at(-1)!;
    expect(read).toMatchObject({ user_id: tenant.users.prescriber!.id, role: 'prescriber' });
    expect(read.detail).toMatchObject({ tokenId: id });
    const listed = (await prescriber.request('GET', '/api/v1/tokens'))
      .json()
      .items.find((t: { id: string }) => t.id === id);
    expect(listed.lastUsedAt).toBe(clock.now().toISOString());
  });

  it('refuses changes to a read token (403) and allows them to a write token without any CSRF header', async () => {
    const patientId = tenant.patients[0]!.id;
    const readOnly = await createToken(prescriber, ['read']);
    const version = (await bearer(readOnly.token, 'GET', `/api/v1/patients/${patientId}`)).headers
      .etag as string;
    const refused = await bearer(
      readOnly.token,
      'PATCH',
      `/api/v1/patients/${patientId}`,
      { pronouns: 'they/them' },
      {
        'if-match': version,
      },
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/read scope/);
    const denied = (await auditRows()).at(-1)!;
    expect(denied).toMatchObject({ action: 'permission-denied', user_id: tenant.users.prescriber!.id });
    expect(denied.detail).toMatchObject({ tokenId: readOnly.id });

    const writer = await createToken(prescriber, ['read', 'write']);
    const changed = await bearer(
      writer.token,
      'PATCH',
      `/api/v1/patients/${patientId}`,
      { pronouns: 'they/them' },
      {
        'if-match': version,
      },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().pronouns).toBe('they/them');
  });

  it('keeps the user’s role limits: a token reaches nothing its user could not', async () => {
    const outsider = await signIn(ctx.app, tenant.users.outsider!.email);
    const { token } = await createToken(outsider, ['read', 'write']);
    expect((await bearer(token, 'GET', `/api/v1/patients/${tenant.patients[0]!.id}`)).statusCode).toBe(404);
    const frontDesk = await signIn(ctx.app, tenant.users['front-desk']!.email);
    const desk = await createToken(frontDesk, ['read', 'write']);
    expect((await bearer(desk.token, 'GET', '/api/v1/audit-events')).statusCode).toBe(403);
  });

  it('cannot create, list or revoke tokens, nor reach sign-in or admin routes, whatever its scopes', async () => {
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    const { token, id } = await createToken(admin, ['read', 'write']);
    const attempts = [
      await bearer(token, 'POST', '/api/v1/tokens', { name: 'More', scopes: ['write'] }),
      await bearer(token, 'GET', '/api/v1/tokens'),
      await bearer(token, 'GET', '/api/v1/admin/tokens'),
      await bearer(token, 'DELETE', `/api/v1/tokens/${id}`),
      await bearer(token, 'GET', '/api/v1/auth/session'),
      await bearer(token, 'POST', '/api/v1/auth/logout'),
      await bearer(token, 'GET', '/api/v1/users'),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual([403, 403, 403, 403, 403, 403, 403]);
    const count = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('api_tokens')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    );
    const again = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('api_tokens')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    );
    expect(Number(again.n)).toBe(Number(count.n));
    // Still usable for admin's ordinary work: it was not revoked by the attempt.
    expect((await bearer(token, 'GET', '/api/v1/audit-events?limit=1')).statusCode).toBe(200);
  });

  it('answers 401 with a reason for a malformed, unknown, revoked or expired token, or a disabled user', async () => {
    const patientUrl = `/api/v1/patients/${tenant.patients[0]!.id}`;
    const malformed = await bearer('not-a-token', 'GET', patientUrl);
    expect(malformed.statusCode).toBe(401);
    expect(malformed.headers['content-type']).toMatch(/problem\+json/);
    expect(malformed.json().detail).toMatch(/not valid/);
    const unknown = await bearer(`ttr_${'A'.repeat(43)}`, 'GET', patientUrl);
    expect(unknown.statusCode).toBe(401);

    const revoked = await createToken(prescriber, ['read']);
    expect((await bearer(revoked.token, 'GET', patientUrl)).statusCode).toBe(200);
    expect((await prescriber.request('DELETE', `/api/v1/tokens/${revoked.id}`)).statusCode).toBe(204);
    const afterRevoke = await bearer(revoked.token, 'GET', patientUrl);
    expect(afterRevoke.statusCode).toBe(401);
    expect(afterRevoke.json().detail).toMatch(/revoked/);

    const shortLived = await createToken(prescriber, ['read'], 1);
    expect((await bearer(shortLived.token, 'GET', patientUrl)).statusCode).toBe(200);
    clock.advanceMinutes(24 * 60 + 1);
    const expired = await bearer(shortLived.token, 'GET', patientUrl);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toMatch(/expired/);
    // The day that passed also ended the browser session.
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);

    const nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    const nurseToken = await createToken(nurse, ['read']);
    expect((await bearer(nurseToken.token, 'GET', patientUrl)).statusCode).toBe(200);
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.updateTable('users').set({ status: 'disabled' }).where('id', '=', tenant.users.nurse!.id).execute(),
    );
    const disabled = await bearer(nurseToken.token, 'GET', patientUrl);
    expect(disabled.statusCode).toBe(401);
    expect(disabled.json().detail).toMatch(/not active/);
  });

  it('lets a user revoke only their own tokens, and an admin anyone’s in the organization', async () => {
    const mine = await createToken(prescriber, ['read']);
    const therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    expect((await therapist.request('DELETE', `/api/v1/tokens/${mine.id}`)).statusCode).toBe(404);
    expect((await bearer(mine.token, 'GET', '/api/v1/patients')).statusCode).toBe(200);
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    expect((await admin.request('DELETE', `/api/v1/tokens/${mine.id}`)).statusCode).toBe(204);
    expect((await bearer(mine.token, 'GET', '/api/v1/patients')).statusCode).toBe(401);
    const revokeAudit = (await auditRows()).filter(
      (r) => r.resource_type === 'ApiToken' && r.resource_id === mine.id && r.action === 'update',
    );
    expect(revokeAudit).toHaveLength(1);
    expect(revokeAudit[0]!.user_id).toBe(tenant.users.admin!.id);
  });

  it('validates creation: scopes, lifetime, and a session is required', async () => {
    const bad = [
      { name: 'x', scopes: ['admin'] },
      { name: 'x', scopes: [] },
      { name: 'x', scopes: ['read'], expiresInDays: 91 },
      { name: '', scopes: ['read'] },
    ];
    for (const body of bad) {
      expect(
        (await prescriber.request('POST', '/api/v1/tokens', body)).statusCode,
        JSON.stringify(body),
      ).toBe(400);
    }
    // A session request still needs its CSRF token.
    const noCsrf = await prescriber.request(
      'POST',
      '/api/v1/tokens',
      { name: 'x', scopes: ['read'] },
      {
        'x-csrf-token': '',
      },
    );
    expect(noCsrf.statusCode).toBe(403);
    // Patients do not get tokens.
    const patient = await signIn(ctx.app, tenant.users.patient!.email);
    expect(
      (await patient.request('POST', '/api/v1/tokens', { name: 'x', scopes: ['read'] })).statusCode,
    ).toBe(403);
  });

  it('caps the active tokens one user can hold', async () => {
    const coordinator = await signIn(ctx.app, tenant.users['care-coordinator']!.email);
    for (let i = 0; i < 20; i++) await createToken(coordinator, ['read'], 1, `Token ${i}`);
    const refused = await coordinator.request('POST', '/api/v1/tokens', {
      name: 'One too many',
      scopes: ['read'],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/Revoke one/);
  });

  it('never writes a token into the logs, not even a bad one', async () => {
    const lines: string[] = [];
    const logged = await buildApp({
      config: testConfig(),
      database: ctx.database,
      clock,
      logLevel: 'info',
      logStream: { write: (line) => lines.push(line) },
    });
    try {
      const client = await signIn(logged, tenant.users.prescriber!.email);
      const res = await client.request('POST', '/api/v1/tokens', { name: 'Logged', scopes: ['read'] });
      expect(res.statusCode).toBe(201);
      const { token } = res.json() as { token: string };
      const bad = `ttr_${'B'.repeat(43)}`;
      for (const value of [token, bad]) {
        await logged.inject({
          method: 'GET',
          url: '/api/v1/patients',
          headers: { authorization: `Bearer ${value}` },
        });
      }
      expect(lines.length).toBeGreaterThan(0);
      const all = lines.join('\n');
      expect(all).not.toContain(token);
      expect(all).not.toContain(bad);
      expect(all).not.toContain(token.slice(4, 20));
    } finally {
      await logged.close();
    }
  });
});
