import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock, testConfig } from './helpers.js';

describe('emergency (break-glass) access', () => {
  const clock = testClock(new Date('2026-03-02T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let otherAdmin: { id: string; email: string };
  const clients: Record<string, Client> = {};
  const REASON = 'Patient brought to the emergency room unresponsive; medication list needed';

  beforeAll(async () => {
    // Grants last 10 minutes here, shorter than the staff idle time-out, so sessions survive expiry.
    ctx = await testApp({ clock, config: testConfig({ TITRATE_EMERGENCY_ACCESS_MINUTES: '10' }) });
    tenant = await createTenant(ctx.database, 2);
    for (const key of ['outsider', 'nurse', 'admin', 'therapist', 'prescriber'])
      clients[key] = await signIn(ctx.app, tenant.users[key]!.email);
    // A second admin (who is also a prescriber) to test that nobody reviews their own grant.
    otherAdmin = { id: tenant.users.prescriber!.id, email: tenant.users.prescriber!.email };
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .insertInto('user_roles')
        .values({ user_id: otherAdmin.id, organization_id: tenant.organizationId, role: 'admin' })
        .execute(),
    );
    clients.prescriber = await signIn(ctx.app, otherAdmin.email);
  });
  afterAll(() => ctx.close());

  const patient = () => tenant.patients[1]!;
  const chart = (who: string) => clients[who]!.request('GET', `/api/v1/patients/${patient().id}`);
  const breakGlass = (who: string, body: Record<string, unknown>) =>
    clients[who]!.request('POST', '/api/v1/emergency-access', body);

  it('refuses clinicians who are not on the allowed list, and roles that can never use it', async () => {
    const denied = await breakGlass('outsider', { patientId: patient().id, reason: REASON });
    expect(denied.statusCode).toBe(403);
    expect((await chart('outsider')).statusCode).toBe(404);
    expect((await breakGlass('therapist', { patientId: patient().id, reason: REASON })).statusCode).toBe(403);
    // An admin cannot allow a role that never gets emergency access.
    const wrongRole = await clients.admin!.request(
      'PUT',
      `/api/v1/users/${tenant.users.therapist!.id}/emergency-access`,
      { allowed: true },
    );
    expect(wrongRole.statusCode).toBe(400);
    // Only admins set the flag.
    const self = await clients.nurse!.request(
      'PUT',
      `/api/v1/users/${tenant.users.nurse!.id}/emergency-access`,
      {
        allowed: true,
      },
    );
    expect(self.statusCode).toBe(403);
    expect(ctx.mailer.sent).toHaveLength(0);
    const grants = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('emergency_access_grants').select('id').execute(),
    );
    expect(grants).toHaveLength(0);
  });

  it('grants time-limited full access to an allowed clinician, with audit, notice and banner', async () => {
    const allow = await clients.admin!.request(
      'PUT',
      `/api/v1/users/${tenant.users.outsider!.id}/emergency-access`,
      { allowed: true },
    );
    expect(allow.statusCode, allow.body).toBe(200);
    expect(allow.json()).toEqual({ userId: tenant.users.outsider!.id, emergencyAccessAllowed: true });

    // A reason is required, and identifiers must match exactly.
    const short = await breakGlass('outsider', { patientId: patient().id, reason: 'urgent' });
    expect(short.statusCode).toBe(400);
    const noId = await breakGlass('outsider', { reason: REASON });
    expect(noId.statusCode).toBe(400);
    const wrong = await breakGlass('outsider', {
      familyName: patient().familyName,
      dateOfBirth: '1901-01-01',
      reason: REASON,
    });
    expect(wrong.statusCode).toBe(404);
    expect((await chart('outsider')).statusCode).toBe(404);

    const res = await breakGlass('outsider', {
      familyName: patient().familyName.toUpperCase(),
      dateOfBirth: patient().dateOfBirth,
      reason: REASON,
    });
    expect(res.statusCode, res.body).toBe(201);
    const grant = res.json();
    expect(grant).toMatchObject({
      patientId: patient().id,
      userId: tenant.users.outsider!.id,
      reason: REASON,
    });
    expect(new Date(grant.expiresAt).getTime() - clock.now().getTime()).toBe(10 * 60_000);

    const read = await chart('outsider');
    expect(read.statusCode).toBe(200);
    expect(read.json().emergencyAccess).toEqual({
      grantId: grant.id,
      expiresAt: grant.expiresAt,
      reason: REASON,
    });
    // Care-team members never see the banner.
    expect(
      (await clients.nurse!.request('GET', `/api/v1/patients/${patient().id}`)).json().emergencyAccess,
    ).toBe(undefined);

    const audit = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('audit_events')
        .select(['action', 'resource_type', 'resource_id', 'detail', 'patient_id'])
        .where('user_id', '=', tenant.users.outsider!.id)
        .where('outcome', '=', 'success')
        .orderBy('id')
        .execute(),
    );
    const granted = audit.find(
      (a) => a.action === 'emergency-access' && a.resource_type === 'EmergencyAccessGrant',
    );
    expect(granted).toMatchObject({ resource_id: grant.id, patient_id: patient().id });
    expect(granted?.detail).toMatchObject({ severity: 'high', reason: REASON });
    const chartRead = audit.find((a) => a.action === 'read' && a.resource_type === 'Patient');
    expect(chartRead?.detail).toMatchObject({ emergencyAccessGrant: grant.id });
    // The use of the chart under the grant is recorded by access control itself, naming the grant.
    const use = audit.find((a) => a.action === 'emergency-access' && a.resource_type === 'Patient');
    expect(use?.detail).toMatchObject({ grant: grant.id, section: 'demographics' });

    // Every admin is told, without health information.
    const notices = ctx.mailer.sent;
    expect(notices.map((m) => m.to).sort()).toEqual([tenant.users.admin!.email, otherAdmin.email].sort());
    for (const mail of notices) {
      expect(mail.text).toContain('/admin/emergency-access');
      for (const secret of [
        patient().familyName,
        patient().givenName,
        patient().mrn,
        patient().dateOfBirth,
        REASON,
      ])
        expect(`${mail.subject} ${mail.text}`).not.toContain(secret);
    }

    // It ends on time.
    clock.advanceMinutes(11);
    expect((await chart('outsider')).statusCode).toBe(404);
  });

  it('refuses emergency access to a patient the clinician already sees', async () => {
    await clients.admin!.request('PUT', `/api/v1/users/${tenant.users.nurse!.id}/emergency-access`, {
      allowed: true,
    });
    const res = await breakGlass('nurse', { mrn: patient().mrn, reason: REASON });
    expect(res.statusCode).toBe(409);
  });

  it('ends grants in force when the permission is withdrawn', async () => {
    const res = await breakGlass('outsider', { mrn: patient().mrn.toLowerCase(), reason: REASON });
    expect(res.statusCode, res.body).toBe(201);
    expect((await chart('outsider')).statusCode).toBe(200);
    await clients.admin!.request('PUT', `/api/v1/users/${tenant.users.outsider!.id}/emergency-access`, {
      allowed: false,
    });
    expect((await chart('outsider')).statusCode).toBe(404);
    expect((await breakGlass('outsider', { mrn: patient().mrn, reason: REASON })).statusCode).toBe(403);
  });

  it('queues grants for review by an admin other than the grantee', async () => {
    // The prescriber-admin uses emergency access on patient 0's chart after leaving its care team.
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .updateTable('care_team_members')
        .set({ removed_at: clock.now() })
        .where('user_id', '=', otherAdmin.id)
        .where('patient_id', '=', tenant.patients[0]!.id)
        .execute(),
    );
    await clients.admin!.request('PUT', `/api/v1/users/${otherAdmin.id}/emergency-access`, { allowed: true });
    const own = await breakGlass('prescriber', { patientId: tenant.patients[0]!.id, reason: REASON });
    expect(own.statusCode, own.body).toBe(201);

    const pending = await clients.admin!.request('GET', '/api/v1/emergency-access?status=pending');
    expect(pending.statusCode).toBe(200);
    const items = pending.json().items as { id: string; userId: string; reviewStatus: string }[];
    expect(items).toHaveLength(3);
    expect(items.every((i) => i.reviewStatus === 'pending')).toBe(true);

    // Nobody reviews their own grant.
    const selfReview = await clients.prescriber!.request(
      'POST',
      `/api/v1/emergency-access/${own.json().id}/review`,
      {
        outcome: 'justified',
        note: 'I was on call',
      },
    );
    expect(selfReview.statusCode).toBe(403);

    const review = await clients.admin!.request('POST', `/api/v1/emergency-access/${own.json().id}/review`, {
      outcome: 'not-justified',
      note: 'Patient was not in the emergency room',
    });
    expect(review.statusCode, review.body).toBe(204);
    const twice = await clients.admin!.request('POST', `/api/v1/emergency-access/${own.json().id}/review`, {
      outcome: 'justified',
      note: 'again',
    });
    expect(twice.statusCode).toBe(409);
    const reviewed = await clients.admin!.request('GET', '/api/v1/emergency-access?status=reviewed');
    expect(reviewed.json().items).toMatchObject([
      { id: own.json().id, reviewOutcome: 'not-justified', reviewedBy: tenant.users.admin!.id },
    ]);
    expect(
      (await clients.admin!.request('GET', '/api/v1/emergency-access?status=pending')).json().items,
    ).toHaveLength(2);
    // Clinicians do not see the queue.
    expect((await clients.nurse!.request('GET', '/api/v1/emergency-access')).statusCode).toBe(403);
  });
});
