import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, TEST_PASSWORD, type Tenant, testApp, testClock, testConfig } from './helpers.js';

describe('brute-force protection on sign-in', () => {
  const clock = testClock(new Date('2026-11-23T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  beforeAll(async () => {
    ctx = await testApp({
      clock,
      config: testConfig({
        TITRATE_SIGNIN_MAX_FAILURES: '5',
        TITRATE_SIGNIN_ADDRESS_MAX_FAILURES: '20',
        TITRATE_SIGNIN_LOCK_MINUTES: '15',
      }),
    });
    tenant = await createTenant(ctx.database, 1);
  });
  afterAll(() => ctx.close());

  // Addresses of this run only: counters live in the database, which a PostgreSQL run may share.
  const net = `10.${randomInt(256)}.${randomInt(256)}`;
  const login = (email: string, password: string, host: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: `${net}.${host}`,
    });

  it('locks an account for 15 minutes after 5 failures, even for the right password, then lets the owner in', async () => {
    const email = tenant.users.nurse!.email;
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login(email, `guess number ${attempt}`, `${attempt}`)).statusCode).toBe(401);
    }
    const locked = await login(email, TEST_PASSWORD, '9');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.json().detail).toMatch(/paused for 15 minutes/);
    clock.advanceMinutes(14);
    expect((await login(email, TEST_PASSWORD, '9')).statusCode).toBe(429);
    clock.advanceMinutes(2);
    expect((await login(email, TEST_PASSWORD, '9')).statusCode).toBe(200);
  });

  it('answers an unknown account exactly as it answers a real one, locked or not', async () => {
    const real = tenant.users.therapist!.email;
    const unknown = `nobody-${tenant.organizationId}@test.titrate.test`;
    const responses: Record<string, { status: number; detail: string }[]> = { real: [], unknown: [] };
    for (let attempt = 1; attempt <= 6; attempt++) {
      for (const [name, email] of [
        ['real', real],
        ['unknown', unknown],
      ] as const) {
        const res = await login(email, 'wrong password again', `${20 + attempt}`);
        responses[name]!.push({ status: res.statusCode, detail: res.json().detail });
      }
    }
    expect(responses.real).toEqual(responses.unknown);
    expect(responses.real!.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('slows one network address trying many accounts', async () => {
    const address = '100';
    for (let attempt = 0; attempt < 20; attempt++) {
      const res = await login(
        `spray-${attempt}-${tenant.organizationId}@test.titrate.test`,
        'password123456',
        address,
      );
      expect(res.statusCode).toBe(401);
    }
    const blocked = await login(tenant.users.prescriber!.email, TEST_PASSWORD, address);
    expect(blocked.statusCode).toBe(429);
    // The same user from another address is not affected.
    expect((await login(tenant.users.prescriber!.email, TEST_PASSWORD, '101')).statusCode).toBe(200);
  });

  it('records every failure and every refusal in the audit trail', async () => {
    const { withTenant } = await import('../src/db/database.js');
    const rows = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('audit_events')
        .select(['action', 'detail'])
        .where('user_id', '=', tenant.users.nurse!.id)
        .orderBy('id')
        .execute(),
    );
    const reasons = rows.filter((r) => r.action === 'sign-in-failed').map((r) => r.detail.reason);
    expect(reasons).toEqual([
      'wrong-password',
      'wrong-password',
      'wrong-password',
      'wrong-password',
      'wrong-password',
      'locked-out',
      'locked-out',
    ]);
    expect(rows.at(-1)!.action).toBe('sign-in');
  });
});
