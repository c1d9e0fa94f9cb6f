import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTenant,
  signIn,
  TEST_PASSWORD,
  type Tenant,
  testApp,
  testClock,
  testConfig,
} from './helpers.js';

describe('sign-in and sessions', () => {
  const clock = testClock(new Date('2026-11-23T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  beforeAll(async () => {
    ctx = await testApp({
      clock,
      config: testConfig({ TITRATE_STAFF_IDLE_MINUTES: '15', TITRATE_PATIENT_IDLE_MINUTES: '30' }),
    });
    tenant = await createTenant(ctx.database, 2);
  });
  afterAll(() => ctx.close());

  const login = (email: string, password: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

  it('signs in with the right password and issues an httpOnly, SameSite=Strict session cookie', async () => {
    // A patient without MFA: the password alone completes sign-in (staff: see mfa.test.ts).
    const res = await login(tenant.users.patient!.email, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      session: { user: { roles: ['patient'] }, organization: { id: tenant.organizationId } },
    });
    const cookie = res.cookies.find((c) => c.name.endsWith('titrate_session'))!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.value.length).toBeGreaterThanOrEqual(43); // 256 random bits, base64url
  });

  it('answers a wrong password and an unknown account identically', async () => {
    const wrong = await login(tenant.users.nurse!.email, 'not the password at all');
    const unknown = await login('nobody-here@test.titrate.test', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.cookies).toEqual([]);
  });

  it('accepts email case-insensitively', async () => {
    const res = await login(tenant.users.nurse!.email.toUpperCase(), TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
  });

  it('requires the CSRF token on state-changing requests made with the session cookie', async () => {
    const client = await signIn(ctx.app, tenant.users.prescriber!.email);
    const id = tenant.patients[0]!.id;
    const read = await client.request('GET', `/api/v1/patients/${id}`);
    const noToken = await client.request(
      'PATCH',
      `/api/v1/patients/${id}`,
      { pronouns: 'they/them' },
      {
        'if-match': read.headers.etag as string,
        'x-csrf-token': '',
      },
    );
    expect(noToken.statusCode).toBe(403);
    const withToken = await client.request(
      'PATCH',
      `/api/v1/patients/${id}`,
      { pronouns: 'they/them' },
      {
        'if-match': read.headers.etag as string,
      },
    );
    expect(withToken.statusCode).toBe(200);
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const client = await signIn(ctx.app, tenant.users.nurse!.email);
    expect((await client.request('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    expect((await client.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await client.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('ends a staff session after 15 idle minutes, but not while it is in use', async () => {
    const client = await signIn(ctx.app, tenant.users.nurse!.email);
    clock.advanceMinutes(10);
    expect((await client.request('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    clock.advanceMinutes(10); // 20 minutes since sign-in, 10 since last use
    expect((await client.request('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    clock.advanceMinutes(16);
    const expired = await client.request('GET', '/api/v1/auth/session');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toMatch(/session has ended/);
  });

  it('gives patients a longer idle window than staff', async () => {
    const patient = await signIn(ctx.app, tenant.users.patient!.email);
    clock.advanceMinutes(20);
    expect((await patient.request('GET', '/api/v1/me')).statusCode).toBe(200);
  });

  it('enforces the absolute 12-hour session lifetime even when the session is in use', async () => {
    const client = await signIn(ctx.app, tenant.users['care-coordinator']!.email);
    // Stay active every 14 minutes: 50 steps = 11 h 40 min, still within the lifetime.
    for (let step = 0; step < 50; step++) {
      clock.advanceMinutes(14);
      expect((await client.request('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    }
    clock.advanceMinutes(14); // 11 h 54 min
    expect((await client.request('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    clock.advanceMinutes(7); // 12 h 01 min
    expect((await client.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });
});
