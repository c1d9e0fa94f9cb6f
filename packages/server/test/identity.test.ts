import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { totpCode } from '../src/domain/mfa.js';
import {
  clientFrom,
  createTenant,
  signIn,
  signInPasswordOnly,
  TEST_PASSWORD,
  type Tenant,
  testApp,
  testClock,
} from './helpers.js';

const NEW_PASSWORD = 'lantern orchard velvet compass';

describe('invitations, user administration, passwords', () => {
  const clock = testClock(new Date('2026-11-23T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 2);
  });
  afterAll(() => ctx.close());

  const tokenOf = (link: string) => /#token=([\w-]+)$/.exec(link)![1]!;
  const patientUrl = () => `/api/v1/patients/${tenant.patients[0]!.id}`;
  const inviteEmail = (tag: string) => `${tag}-${tenant.organizationId}@invited.titrate.test`;

  it('invites a nurse: the emailed link is single-use, and acceptance starts MFA set-up', async () => {
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    const email = inviteEmail('nina');
    const res = await admin.request('POST', '/api/v1/users/invitations', {
      email,
      displayName: 'Nina Okafor',
      roles: ['nurse'],
      credential: 'RN',
    });
    expect(res.statusCode).toBe(201);
    const { invitation, link } = res.json();
    expect(invitation.email).toBe(email);
    expect(new Date(invitation.expiresAt).getTime() - clock.now().getTime()).toBe(72 * 3_600_000);
    expect(link).toMatch(/\/invitation#token=[\w-]{40,}$/);
    const mail = ctx.mailer.sent.at(-1)!;
    expect(mail.to).toBe(email);
    expect(mail.text).toContain(link);
    expect(mail.text).not.toContain(tenant.patients[0]!.familyName);

    const listed = await admin.request('GET', '/api/v1/users/invitations');
    expect(listed.json().items.map((i: { id: string }) => i.id)).toContain(invitation.id);

    const token = tokenOf(link);
    const inspect = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/inspect',
      payload: { token },
    });
    expect(inspect.statusCode).toBe(200);
    expect(inspect.json()).toEqual({
      email,
      displayName: 'Nina Okafor',
      organizationName: expect.stringContaining('Test clinic'),
      roles: ['nurse'],
    });

    const weak = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: 'nina okafor 1' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors.map((e: { message: string }) => e.message)).toEqual([
      'Do not use your name in your password.',
    ]);

    const accept = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: NEW_PASSWORD },
    });
    expect(accept.statusCode).toBe(200);
    expect(accept.json()).toEqual({ status: 'mfa-enrolment-required' });
    const cookie = accept.cookies.find((c) => c.name.endsWith('titrate_session'))!;
    const pending = (method: string, url: string, payload?: object) =>
      ctx.app.inject({
        method: method as 'POST',
        url,
        headers: { cookie: `${cookie.name}=${cookie.value}` },
        ...(payload ? { payload } : {}),
      });
    expect((await pending('GET', '/api/v1/patients')).statusCode).toBe(401);
    const enrol = await pending('POST', '/api/v1/auth/mfa/enrolment');
    const confirm = await pending('POST', '/api/v1/auth/mfa/enrolment/confirm', {
      code: totpCode(enrol.json().secret, clock.now()),
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().session.user.roles).toEqual(['nurse']);

    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: NEW_PASSWORD },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().detail).toBe(
      'This invitation has expired or was already used. Ask your clinic administrator for a new one.',
    );
  });

  it('expires invitations after 72 hours and lets an administrator revoke one', async () => {
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    const one = await admin.request('POST', '/api/v1/users/invitations', {
      email: inviteEmail('late'),
      displayName: 'Late Comer',
      roles: ['front-desk'],
    });
    const two = await admin.request('POST', '/api/v1/users/invitations', {
      email: inviteEmail('revoked'),
      displayName: 'Never Mind',
      roles: ['therapist'],
      credential: 'LCSW',
    });
    expect(
      (await admin.request('DELETE', `/api/v1/users/invitations/${two.json().invitation.id}`)).statusCode,
    ).toBe(204);
    const revoked = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/inspect',
      payload: { token: tokenOf(two.json().link) },
    });
    expect(revoked.statusCode).toBe(404);

    clock.advanceMinutes(72 * 60 - 1);
    const inspect = (link: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/invitations/inspect',
        payload: { token: tokenOf(link) },
      });
    expect((await inspect(one.json().link)).statusCode).toBe(200);
    clock.advanceMinutes(2);
    expect((await inspect(one.json().link)).statusCode).toBe(404);
    const accept = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: tokenOf(one.json().link), password: NEW_PASSWORD },
    });
    expect(accept.statusCode).toBe(404);
  });

  it('checks prescriber identifiers: NPI check digit, DEA check digit, a PA’s supervising MD/DO', async () => {
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    const invite = (body: object) =>
      admin.request('POST', '/api/v1/users/invitations', {
        email: inviteEmail(`rx${Math.random().toString(36).slice(2, 8)}`),
        displayName: 'Pat Prescriber',
        roles: ['prescriber'],
        ...body,
      });
    const badNpi = await invite({ credential: 'MD', npi: '1234567890' });
    expect(badNpi.statusCode).toBe(422);
    expect(badNpi.json().errors[0].field).toBe('npi');
    const badDea = await invite({ credential: 'MD', npi: '1234567893', deaNumber: 'AB1234567' });
    expect(badDea.json().errors.map((e: { field: string }) => e.field)).toEqual(['deaNumber']);
    const paAlone = await invite({ credential: 'PA', npi: '1234567893' });
    expect(paAlone.json().errors.map((e: { field: string }) => e.field)).toEqual(['supervisingUserId']);
    const paUnderNurse = await invite({
      credential: 'PA',
      npi: '1234567893',
      supervisingUserId: tenant.users.nurse!.id,
    });
    expect(paUnderNurse.statusCode).toBe(422);
    const ok = await invite({
      credential: 'PA',
      npi: '1234567893',
      deaNumber: 'AB1234563',
      supervisingUserId: tenant.users.prescriber!.id,
    });
    expect(ok.statusCode).toBe(201);
  });

  it('disabling a user ends their live session on the next request', async () => {
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    const desk = await signIn(ctx.app, tenant.users['front-desk']!.email);
    expect((await desk.request('GET', '/api/v1/patients')).statusCode).toBe(200);
    const off = await admin.request('PATCH', `/api/v1/users/${tenant.users['front-desk']!.id}`, {
      disabled: true,
    });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({
      id: tenant.users['front-desk']!.id,
      disabled: true,
      roles: ['front-desk'],
    });
    expect((await desk.request('GET', '/api/v1/patients')).statusCode).toBe(401);
    const login = await signInPasswordOnly(ctx.app, tenant.users['front-desk']!.email);
    expect(login.login.statusCode).toBe(401);
    const users = await admin.request('GET', '/api/v1/users');
    const row = users.json().items.find((u: { id: string }) => u.id === tenant.users['front-desk']!.id);
    expect(row).toMatchObject({ disabled: true, roles: ['front-desk'], mfaEnrolled: true });
    expect(row.lastSignInAt).not.toBeNull();
    await admin.request('PATCH', `/api/v1/users/${tenant.users['front-desk']!.id}`, { disabled: false });
  });

  it('role removal takes effect on the very next request', async () => {
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    const coordinator = await signIn(ctx.app, tenant.users['care-coordinator']!.email);
    expect((await coordinator.request('GET', patientUrl())).statusCode).toBe(200);
    const change = await admin.request('PATCH', `/api/v1/users/${tenant.users['care-coordinator']!.id}`, {
      roles: ['collaborator'],
    });
    expect(change.json().roles).toEqual(['collaborator']);
    const session = await coordinator.request('GET', '/api/v1/auth/session');
    expect(session.json().user.roles).toEqual(['collaborator']);
    const register = await coordinator.request('POST', '/api/v1/patients', {
      givenName: 'Role',
      familyName: 'Probe',
      dateOfBirth: '1990-02-03',
      sexAssignedAtBirth: 'female',
      timeZone: 'America/Chicago',
    });
    expect(register.statusCode).toBe(403);
    // The change is audited with before and after.
    const events = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('audit_events')
        .select(['detail'])
        .where('action', '=', 'user-updated')
        .where('resource_id', '=', tenant.users['care-coordinator']!.id)
        .execute(),
    );
    expect(events.at(-1)!.detail).toMatchObject({
      rolesBefore: 'care-coordinator',
      rolesAfter: 'collaborator',
    });
    await admin.request('PATCH', `/api/v1/users/${tenant.users['care-coordinator']!.id}`, {
      roles: ['care-coordinator'],
    });
  });

  it('an administrator cannot disable themself or remove the last administrator', async () => {
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    const self = await admin.request('PATCH', `/api/v1/users/${tenant.users.admin!.id}`, { disabled: true });
    expect(self.statusCode).toBe(422);
    const demote = await admin.request('PATCH', `/api/v1/users/${tenant.users.admin!.id}`, {
      roles: ['nurse'],
    });
    expect(demote.statusCode).toBe(422);
    expect((await admin.request('GET', '/api/v1/users')).statusCode).toBe(200);
  });

  it('signs a user out everywhere; logout-everywhere ends the caller’s own sessions', async () => {
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    const a = await signIn(ctx.app, tenant.users.therapist!.email);
    const b = await signIn(ctx.app, tenant.users.therapist!.email);
    const res = await admin.request('POST', `/api/v1/users/${tenant.users.therapist!.id}/sessions/revoke`);
    expect(res.json().sessionsEnded).toBeGreaterThanOrEqual(2);
    expect((await a.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await b.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);

    const c = await signIn(ctx.app, tenant.users.therapist!.email);
    const d = await signIn(ctx.app, tenant.users.therapist!.email);
    expect((await c.request('POST', '/api/v1/auth/logout-everywhere')).statusCode).toBe(204);
    expect((await c.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await d.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('a password change keeps this session and ends the others', async () => {
    const email = tenant.users.collaborator!.email;
    const here = await signIn(ctx.app, email);
    const elsewhere = await signIn(ctx.app, email);
    const weak = await here.request('POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'password',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors.length).toBe(2);
    const wrong = await here.request('POST', '/api/v1/auth/password', {
      currentPassword: 'not it at all',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(422);
    const ok = await here.request('POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(ok.statusCode).toBe(204);
    expect((await here.request('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    expect((await elsewhere.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await signInPasswordOnly(ctx.app, email, NEW_PASSWORD)).login.statusCode).toBe(200);
    expect((await signInPasswordOnly(ctx.app, email, TEST_PASSWORD)).login.statusCode).toBe(401);
  });

  it('password reset: same answer for unknown addresses, single-use link, 30-minute expiry, no sign-in', async () => {
    const email = tenant.users.prescriber!.email;
    const live = await signIn(ctx.app, email);
    const ask = (address: string) =>
      ctx.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: address } });
    const before = ctx.mailer.sent.length;
    const unknown = await ask(`nobody-${tenant.organizationId}@test.titrate.test`);
    expect(ctx.mailer.sent.length).toBe(before);
    const known = await ask(email);
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    const mail = ctx.mailer.sent.at(-1)!;
    expect(mail.to).toBe(email);
    for (const p of tenant.patients) {
      expect(mail.text).not.toContain(p.familyName);
      expect(mail.text).not.toContain(p.mrn);
    }
    const link = /(\S+\/reset-password#token=[\w-]+)/.exec(mail.text)![1]!;
    const complete = (token: string, newPassword = NEW_PASSWORD) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/complete',
        payload: { token, newPassword },
      });
    const done = await complete(tokenOf(link));
    expect(done.statusCode).toBe(204);
    expect(done.cookies).toEqual([]);
    expect((await live.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await complete(tokenOf(link), 'another fine long passphrase')).statusCode).toBe(404);
    // Staff still need their second factor after a reset.
    expect((await signInPasswordOnly(ctx.app, email, NEW_PASSWORD)).login.json()).toEqual({
      status: 'mfa-required',
    });

    await ask(email);
    const late = /#token=([\w-]+)/.exec(ctx.mailer.sent.at(-1)!.text)![1]!;
    clock.advanceMinutes(31);
    const expired = await complete(late, 'yet another long passphrase');
    expect(expired.statusCode).toBe(404);
    expect(expired.json().detail).toContain('expired');
  });

  it('a patient accepts an invitation to their own record and is signed in without MFA', async () => {
    const admin = await signIn(ctx.app, tenant.users.admin!.email);
    const res = await admin.request('POST', '/api/v1/users/invitations', {
      email: inviteEmail('patient2'),
      displayName: 'Second Patient',
      roles: ['patient'],
      patientId: tenant.patients[1]!.id,
    });
    expect(res.statusCode).toBe(201);
    const accept = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token: tokenOf(res.json().link), password: NEW_PASSWORD },
    });
    expect(accept.statusCode).toBe(200);
    expect(accept.json().status).toBe('ok');
    const me = clientFrom(ctx.app, accept);
    expect((await me.request('GET', '/api/v1/me')).statusCode).toBe(200);
  });
});
