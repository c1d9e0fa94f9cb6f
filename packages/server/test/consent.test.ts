import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { CHART_SECTIONS, type ChartSection, readPolicy, requirePatientAccess } from '../src/domain/access.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

/**
 * Consent through HTTP: staff and patients record and revoke consents; what they grant is probed
 * through a test-only route that asks `requirePatientAccess` for one chart section (so these tests
 * do not depend on which clinical routes exist).
 */
describe('consent and guardian sharing', () => {
  const clock = testClock(new Date('2026-03-02T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  const clients: Record<string, Client> = {};

  beforeAll(async () => {
    ctx = await testApp({ clock });
    ctx.app.get(
      '/api/v1/test-probe/patients/:id/:section',
      { config: { access: 'authenticated' }, schema: { hide: true } },
      async (request) => {
        const principal = request.principal!;
        const { id, section } = request.params as { id: string; section: ChartSection };
        const access = await withTenant(ctx.database.db, principal.organizationId, async (trx) => {
          const org = await trx.selectFrom('organizations').select('settings').executeTakeFirst();
          return requirePatientAccess(trx, principal, id, readPolicy(org?.settings), section, clock.now());
        });
        return { sections: [...access].sort() };
      },
    );
    tenant = await createTenant(ctx.database, 3);
    for (const key of [
      'prescriber',
      'nurse',
      'therapist',
      'collaborator',
      'guardian',
      'patient',
      'admin',
      'front-desk',
    ])
      clients[key] = await signIn(ctx.app, tenant.users[key]!.email);
  });
  afterAll(() => ctx.close());

  const probe = (who: string, patientIndex: number, section: ChartSection) =>
    clients[who]!.request(
      'GET',
      `/api/v1/test-probe/patients/${tenant.patients[patientIndex]!.id}/${section}`,
    );

  const grant = (
    who: string,
    patientIndex: number,
    body: { granteeUserId: string; sections: string[]; purpose: string; periodEnd?: string },
  ) => clients[who]!.request('POST', `/api/v1/patients/${tenant.patients[patientIndex]!.id}/consents`, body);

  it('keeps a therapist on the care team out of clinical sections until a consent grants them', async () => {
    expect((await probe('therapist', 2, 'demographics')).statusCode).toBe(200);
    expect((await probe('therapist', 2, 'medications')).statusCode).toBe(403);

    const res = await grant('prescriber', 2, {
      granteeUserId: tenant.users.therapist!.id,
      sections: ['medications', 'measures'],
      purpose: 'treatment',
    });
    expect(res.statusCode, res.body).toBe(201);
    const consent = res.json();
    expect(consent).toMatchObject({
      status: 'active',
      inForce: true,
      sections: ['medications', 'measures'],
      authority: 'patient-request',
      regulation: 'hipaa',
      grantee: { userId: tenant.users.therapist!.id, role: 'therapist' },
      recordedBy: { userId: tenant.users.prescriber!.id },
      version: 1,
    });

    expect((await probe('therapist', 2, 'medications')).statusCode).toBe(200);
    expect((await probe('therapist', 2, 'measures')).statusCode).toBe(200);
    // Only what was granted.
    expect((await probe('therapist', 2, 'notes')).statusCode).toBe(403);
    // A consent for one patient says nothing about another.
    expect((await probe('therapist', 1, 'medications')).statusCode).toBe(403);

    const revoke = await clients.nurse!.request(
      'POST',
      `/api/v1/patients/${tenant.patients[2]!.id}/consents/${consent.id}/revoke`,
    );
    expect(revoke.statusCode, revoke.body).toBe(200);
    expect(revoke.json()).toMatchObject({ status: 'revoked', inForce: false, version: 2 });
    expect((await probe('therapist', 2, 'medications')).statusCode).toBe(403);

    // Revoking twice is a conflict, and the revoked consent stays in the history.
    const again = await clients.nurse!.request(
      'POST',
      `/api/v1/patients/${tenant.patients[2]!.id}/consents/${consent.id}/revoke`,
    );
    expect(again.statusCode).toBe(409);
    const list = await clients.prescriber!.request(
      'GET',
      `/api/v1/patients/${tenant.patients[2]!.id}/consents`,
    );
    expect(list.json().items.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      [consent.id, 'revoked'],
    ]);
  });

  it('ends a consent at the end of its period', async () => {
    // Ten minutes: shorter than the staff idle time-out, so the sessions outlive the consent.
    const end = new Date(clock.now().getTime() + 10 * 60_000).toISOString();
    const res = await grant('prescriber', 1, {
      granteeUserId: tenant.users.therapist!.id,
      sections: ['safety'],
      purpose: 'treatment',
      periodEnd: end,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await probe('therapist', 1, 'safety')).statusCode).toBe(200);
    clock.advanceMinutes(11);
    expect((await probe('therapist', 1, 'safety')).statusCode).toBe(403);
  });

  it('reaches a collaborator only while they are on the care team', async () => {
    const res = await grant('prescriber', 0, {
      granteeUserId: tenant.users.collaborator!.id,
      sections: ['medications'],
      purpose: 'coordination',
    });
    expect(res.statusCode, res.body).toBe(201);
    // Not on patient 0's care team: the patient stays invisible.
    expect((await probe('collaborator', 0, 'medications')).statusCode).toBe(404);
    const add = await clients.prescriber!.request(
      'POST',
      `/api/v1/patients/${tenant.patients[0]!.id}/care-team`,
      {
        userId: tenant.users.collaborator!.id,
        role: 'collaborator',
      },
    );
    expect(add.statusCode, add.body).toBe(200);
    expect((await probe('collaborator', 0, 'medications')).statusCode).toBe(200);
    expect((await probe('collaborator', 0, 'notes')).statusCode).toBe(403);
  });

  it('shows a guardian only appointments and demographics unless the adolescent shares more', async () => {
    // The guardian is linked to patient 1.
    expect((await probe('guardian', 1, 'appointments')).statusCode).toBe(200);
    expect((await probe('guardian', 1, 'care-team')).statusCode).toBe(403);
    for (const section of ['medications', 'measures', 'safety', 'notes', 'substance-use'] as const)
      expect((await probe('guardian', 1, section)).statusCode, section).toBe(403);
    // Not linked to patient 0 at all.
    expect((await probe('guardian', 0, 'appointments')).statusCode).toBe(404);

    const res = await grant('nurse', 1, {
      granteeUserId: tenant.users.guardian!.id,
      sections: ['medications'],
      purpose: 'treatment',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await probe('guardian', 1, 'medications')).statusCode).toBe(200);
    expect((await probe('guardian', 1, 'measures')).statusCode).toBe(403);
  });

  it('refuses a guardian who is not linked, and grantees in the wrong role', async () => {
    const unlinked = await grant('prescriber', 2, {
      granteeUserId: tenant.users.guardian!.id,
      sections: ['medications'],
      purpose: 'treatment',
    });
    expect(unlinked.statusCode).toBe(400);
    expect(unlinked.json().detail).toMatch(/not linked/);
    const clinician = await grant('prescriber', 2, {
      granteeUserId: tenant.users.outsider!.id,
      sections: ['medications'],
      purpose: 'treatment',
    });
    expect(clinician.statusCode).toBe(400);
    const unknownSection = await grant('prescriber', 2, {
      granteeUserId: tenant.users.therapist!.id,
      sections: ['everything'],
      purpose: 'treatment',
    });
    expect(unknownSection.statusCode).toBe(400);
    // Therapists cannot record consents for themselves.
    const self = await clients.therapist!.request(
      'POST',
      `/api/v1/patients/${tenant.patients[2]!.id}/consents`,
      {
        granteeUserId: tenant.users.therapist!.id,
        sections: ['notes'],
        purpose: 'treatment',
      },
    );
    expect(self.statusCode).toBe(403);
    expect((await probe('therapist', 2, 'notes')).statusCode).toBe(403);
  });

  it('releases substance-use only to a consent that names it', async () => {
    // A consent for every other section leaves substance-use closed.
    const broad = await grant('prescriber', 2, {
      granteeUserId: tenant.users.therapist!.id,
      sections: CHART_SECTIONS.filter((s) => s !== 'substance-use'),
      purpose: 'treatment',
    });
    expect(broad.statusCode, broad.body).toBe(201);
    expect((await probe('therapist', 2, 'notes')).statusCode).toBe(200);
    expect((await probe('therapist', 2, 'substance-use')).statusCode).toBe(403);
    // Front desk and admins never see it (nor any clinical section).
    expect((await probe('front-desk', 2, 'substance-use')).statusCode).toBe(403);
    expect((await probe('admin', 2, 'medications')).statusCode).toBe(403);
    // The treating care team does.
    expect((await probe('prescriber', 2, 'substance-use')).statusCode).toBe(200);

    expect(broad.json().regulation).toBe('hipaa');

    const explicit = await grant('prescriber', 2, {
      granteeUserId: tenant.users.therapist!.id,
      sections: ['substance-use'],
      purpose: 'treatment',
      periodEnd: new Date(clock.now().getTime() + 180 * 86_400_000).toISOString(),
    });
    expect(explicit.statusCode, explicit.body).toBe(201);
    expect(explicit.json().regulation).toBe('42cfr2');
    expect((await probe('therapist', 2, 'substance-use')).statusCode).toBe(200);
  });

  it('records a consent naming substance-use under 42 CFR Part 2, only with an explicit expiration', async () => {
    const periodEnd = new Date(clock.now().getTime() + 365 * 86_400_000).toISOString();
    const count = async () =>
      (await clients.prescriber!.request('GET', `/api/v1/patients/${tenant.patients[1]!.id}/consents`)).json()
        .items.length;
    const before = await count();
    // Staff on the patient's request: no end date → 422 naming the field; nothing stored.
    const open = await grant('nurse', 1, {
      granteeUserId: tenant.users.collaborator!.id,
      sections: ['medications', 'substance-use'],
      purpose: 'coordination',
    });
    expect(open.statusCode).toBe(422);
    expect(open.headers['content-type']).toContain('application/problem+json');
    expect(open.json().detail).toMatch(/42 CFR Part 2.*end date/);
    expect(open.json().errors).toEqual([expect.objectContaining({ field: 'body.periodEnd' })]);
    expect(await count()).toBe(before);
    // Without substance-use, the same consent is a HIPAA one and needs no end date.
    const hipaa = await grant('nurse', 1, {
      granteeUserId: tenant.users.collaborator!.id,
      sections: ['medications'],
      purpose: 'coordination',
    });
    expect(hipaa.statusCode, hipaa.body).toBe(201);
    expect(hipaa.json()).toMatchObject({ regulation: 'hipaa', periodEnd: null });
    const dated = await grant('nurse', 1, {
      granteeUserId: tenant.users.collaborator!.id,
      sections: ['medications', 'substance-use'],
      purpose: 'coordination',
      periodEnd,
    });
    expect(dated.statusCode, dated.body).toBe(201);
    expect(dated.json()).toMatchObject({ regulation: '42cfr2', purpose: 'coordination', periodEnd });

    // The patient in the portal: the same rule.
    const mine = (body: object) => clients.patient!.request('POST', '/api/v1/me/consents', body);
    const refused = await mine({
      granteeUserId: tenant.users.therapist!.id,
      sections: ['substance-use'],
      purpose: 'treatment',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].field).toBe('body.periodEnd');
    const shared = await mine({
      granteeUserId: tenant.users.therapist!.id,
      sections: ['substance-use'],
      purpose: 'treatment',
      periodEnd,
    });
    expect(shared.statusCode, shared.body).toBe(201);
    expect(shared.json()).toMatchObject({ regulation: '42cfr2', authority: 'patient', periodEnd });
    const revoked = await clients.patient!.request('POST', `/api/v1/me/consents/${shared.json().id}/revoke`);
    expect(revoked.statusCode).toBe(200);
  });

  it('keeps substance-use from clinic-wide access outside the care team', async () => {
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .updateTable('organizations')
        .set({ settings: JSON.stringify({ clinicWideAccess: true }) })
        .execute(),
    );
    clients.outsider = await signIn(ctx.app, tenant.users.outsider!.email);
    expect((await probe('outsider', 2, 'medications')).statusCode).toBe(200);
    expect((await probe('outsider', 2, 'substance-use')).statusCode).toBe(403);
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .updateTable('organizations')
        .set({ settings: JSON.stringify({}) })
        .execute(),
    );
  });

  it('lets the patient share and stop sharing from the portal, with an audit trail', async () => {
    const before = await clients.patient!.request('GET', '/api/v1/me/consents');
    expect(before.statusCode).toBe(200);
    const created = await clients.patient!.request('POST', '/api/v1/me/consents', {
      granteeUserId: tenant.users.therapist!.id,
      sections: ['medications'],
      purpose: 'treatment',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ authority: 'patient', patientId: tenant.patients[0]!.id });
    expect((await probe('therapist', 0, 'medications')).statusCode).toBe(200);

    const list = await clients.patient!.request('GET', '/api/v1/me/consents');
    const ids = list.json().items.map((c: { id: string }) => c.id);
    expect(ids).toContain(created.json().id);
    // The people the patient can name: the therapist and collaborator on the care team (no guardian).
    expect(
      list
        .json()
        .people.map((p: { userId: string; role: string }) => [p.userId, p.role])
        .sort(),
    ).toEqual(
      [
        [tenant.users.therapist!.id, 'therapist'],
        [tenant.users.collaborator!.id, 'collaborator'],
      ].sort(),
    );

    // A patient cannot revoke (or see) another patient's consents.
    const other = (
      await clients.prescriber!.request('GET', `/api/v1/patients/${tenant.patients[2]!.id}/consents`)
    ).json().items[0];
    const foreign = await clients.patient!.request('POST', `/api/v1/me/consents/${other.id}/revoke`);
    expect(foreign.statusCode).toBe(404);

    const revoked = await clients.patient!.request('POST', `/api/v1/me/consents/${created.json().id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect((await probe('therapist', 0, 'medications')).statusCode).toBe(403);

    const audit = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('audit_events')
        .select(['action', 'resource_id', 'user_id'])
        .where('resource_type', '=', 'Consent')
        .where('resource_id', '=', created.json().id)
        .orderBy('id')
        .execute(),
    );
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit.every((a) => a.user_id === tenant.users.patient!.id)).toBe(true);
  });
});
