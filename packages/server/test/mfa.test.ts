import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { totpCode, verifyStepUp } from '../src/domain/mfa.js';
import type { Principal } from '../src/domain/principal.js';
import {
  clientFrom,
  createTenant,
  signIn,
  signInPasswordOnly,
  type Tenant,
  testApp,
  testClock,
  testTotpCode,
} from './helpers.js';

describe('two-step verification (TOTP)', () => {
  const clock = testClock(new Date('2026-11-23T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 2);
  });
  afterAll(() => ctx.close());

  const patientUrl = () => `/api/v1/patients/${tenant.patients[0]!.id}`;
  const tick = () => clock.advanceMinutes(1); // two fresh time steps

  it('gives no full session for the password alone: health routes answer 401 until the code', async () => {
    const { login, client } = await signInPasswordOnly(ctx.app, tenant.users.prescriber!.email);
    expect(login.statusCode).toBe(200);
    expect(login.json()).toEqual({ status: 'mfa-required' });
    expect((await client.request('GET', patientUrl())).statusCode).toBe(401);
    expect((await client.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await client.request('GET', '/api/v1/patients')).statusCode).toBe(401);

    tick();
    const done = await client.request('POST', '/api/v1/auth/mfa', {
      code: testTotpCode(tenant.users.prescriber!.email, clock.now()),
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().session.mfaEnrolled).toBe(true);
    // The token rotates: the pending cookie is dead, the new one works.
    expect((await client.request('GET', patientUrl())).statusCode).toBe(401);
    const full = clientFrom(ctx.app, done);
    expect((await full.request('GET', patientUrl())).statusCode).toBe(200);
    expect((await full.request('GET', '/api/v1/auth/session')).json().mfaEnrolled).toBe(true);
  });

  it('refuses a replayed code', async () => {
    tick();
    const email = tenant.users.nurse!.email;
    const code = testTotpCode(email, clock.now());
    const first = await signInPasswordOnly(ctx.app, email);
    expect((await first.client.request('POST', '/api/v1/auth/mfa', { code })).statusCode).toBe(200);
    const second = await signInPasswordOnly(ctx.app, email);
    const replay = await second.client.request('POST', '/api/v1/auth/mfa', { code });
    expect(replay.statusCode).toBe(422);
    expect(replay.json().detail).toContain('verification code is not valid');
  });

  it('drops the pending sign-in after 5 wrong codes (429) and refuses the right code afterwards', async () => {
    tick();
    const email = tenant.users.therapist!.email;
    const { client } = await signInPasswordOnly(ctx.app, email);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await client.request('POST', '/api/v1/auth/mfa', { code: '000000' })).statusCode);
    }
    expect(statuses).toEqual([422, 422, 422, 422, 429]);
    const late = await client.request('POST', '/api/v1/auth/mfa', { code: testTotpCode(email, clock.now()) });
    expect(late.statusCode).toBe(401);
    // The account is paused too, so signing in again does not give 5 more guesses at once.
    const again = await signInPasswordOnly(ctx.app, email);
    expect(again.login.statusCode).toBe(429);
    clock.advanceMinutes(16);
  });

  it('signing in again with the password does not reset the count of wrong codes', async () => {
    const email = tenant.users.collaborator!.email;
    const first = await signInPasswordOnly(ctx.app, email);
    for (let i = 0; i < 4; i++) {
      expect((await first.client.request('POST', '/api/v1/auth/mfa', { code: '000000' })).statusCode).toBe(
        422,
      );
    }
    const second = await signInPasswordOnly(ctx.app, email);
    expect(second.login.statusCode).toBe(200);
    expect((await second.client.request('POST', '/api/v1/auth/mfa', { code: '000000' })).statusCode).toBe(
      422,
    );
    // Five wrong codes in all: the account is paused.
    expect((await signInPasswordOnly(ctx.app, email)).login.statusCode).toBe(429);
    clock.advanceMinutes(16);
  });

  it('accepts a recovery code exactly once', async () => {
    const email = tenant.users['care-coordinator']!.email;
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    // Fresh enrolment so this test knows the recovery codes.
    expect(
      (await admin.request('POST', `/api/v1/users/${tenant.users['care-coordinator']!.id}/mfa/reset`))
        .statusCode,
    ).toBe(204);
    const { login, client } = await signInPasswordOnly(ctx.app, email);
    expect(login.json()).toEqual({ status: 'mfa-enrolment-required' });
    expect((await client.request('GET', patientUrl())).statusCode).toBe(401);
    const start = await client.request('POST', '/api/v1/auth/mfa/enrolment');
    expect(start.statusCode).toBe(200);
    const { secret, otpauthUri, qrCodeDataUrl } = start.json();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Titrate:.*secret=/);
    expect(otpauthUri).toContain('algorithm=SHA1');
    expect(qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const confirm = await client.request('POST', '/api/v1/auth/mfa/enrolment/confirm', {
      code: totpCode(secret, clock.now()),
    });
    expect(confirm.statusCode).toBe(200);
    const recoveryCodes = confirm.json().recoveryCodes as string[];
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const full = clientFrom(ctx.app, confirm);
    expect((await full.request('GET', patientUrl())).statusCode).toBe(200);

    // The secret is not shown again and is not stored in the clear.
    const stored = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('user_mfa')
        .select('secret_encrypted')
        .where('user_id', '=', tenant.users['care-coordinator']!.id)
        .executeTakeFirstOrThrow(),
    );
    expect(stored.secret_encrypted).not.toContain(secret);

    const once = await signInPasswordOnly(ctx.app, email);
    expect(
      (await once.client.request('POST', '/api/v1/auth/mfa', { code: recoveryCodes[3]! })).statusCode,
    ).toBe(200);
    const twice = await signInPasswordOnly(ctx.app, email);
    expect(
      (await twice.client.request('POST', '/api/v1/auth/mfa', { code: recoveryCodes[3]! })).statusCode,
    ).toBe(422);
    // Another unused code still works.
    expect(
      (await twice.client.request('POST', '/api/v1/auth/mfa', { code: recoveryCodes[4]! })).statusCode,
    ).toBe(200);
  });

  it('step-up: a current code works once; a recovery code or a replay does not', async () => {
    tick();
    const email = tenant.users.prescriber!.email;
    const client = await signIn(ctx.app, email);
    const code = testTotpCode(email, clock.now());
    const ok = await client.request('POST', '/api/v1/auth/step-up', { code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('ok');
    const replay = await client.request('POST', '/api/v1/auth/step-up', { code });
    expect(replay.statusCode).toBe(422);
    expect(replay.json().detail).toBe(
      'The verification code is not valid. Enter the current code from your authenticator app.',
    );
    const recovery = await client.request('POST', '/api/v1/auth/step-up', { code: 'test-abcdefabcdef' });
    expect(recovery.statusCode).toBe(422);
  });

  it('verifyStepUp (in-process) refuses users without MFA with a clear message', async () => {
    const principal = {
      userId: tenant.users.patient!.id,
      organizationId: tenant.organizationId,
      sessionId: '',
    } as Principal;
    await expect(
      withTenant(ctx.database.db, tenant.organizationId, (trx) =>
        verifyStepUp(trx, principal, '123456', clock),
      ),
    ).rejects.toMatchObject({ status: 409, detail: expect.stringContaining('not set up') });
  });

  it('lets a patient opt in and out; staff cannot turn MFA off', async () => {
    const patient = await signIn(ctx.app, tenant.users.patient!.email);
    const session = await patient.request('GET', '/api/v1/auth/session');
    expect(session.json().mfaEnrolled).toBe(false);
    const start = await patient.request('POST', '/api/v1/auth/mfa/enrolment');
    expect(start.statusCode).toBe(200);
    tick();
    const secret = start.json().secret as string;
    const confirm = await patient.request('POST', '/api/v1/auth/mfa/enrolment/confirm', {
      code: totpCode(secret, clock.now()),
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().recoveryCodes).toHaveLength(10);
    // Next sign-in asks for the code.
    expect((await signInPasswordOnly(ctx.app, tenant.users.patient!.email)).login.json()).toEqual({
      status: 'mfa-required',
    });
    tick();
    expect(
      (await patient.request('DELETE', '/api/v1/auth/mfa', { code: totpCode(secret, clock.now()) }))
        .statusCode,
    ).toBe(204);
    expect((await signInPasswordOnly(ctx.app, tenant.users.patient!.email)).login.json().status).toBe('ok');

    const nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    const refused = await nurse.request('DELETE', '/api/v1/auth/mfa', { code: '123456' });
    expect(refused.statusCode).toBe(403);
  });
});
