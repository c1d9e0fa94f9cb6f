import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTenant, signIn, type Tenant, testApp } from './helpers.js';

const NEW_PATIENT = {
  givenName: 'Rosalind',
  familyName: 'Featherstone',
  preferredName: 'Roz',
  pronouns: 'she/her',
  dateOfBirth: '1987-04-12',
  sexAssignedAtBirth: 'female',
  genderIdentity: 'woman',
  phone: '(555) 0100-2000',
  email: 'roz@example.test',
  address: { line1: '12 Elm St', city: 'Riverbend', state: 'IL', postalCode: '61001' },
  timeZone: 'America/Chicago',
  preferredLanguage: 'en',
  emergencyContact: { name: 'Ada Featherstone', relationship: 'sister', phone: '(555) 0100-3000' },
  preferredPharmacy: { name: 'Main Street Drug', phone: '(555) 0100-4000' },
  insurance: { payer: 'Prairie Mutual Health', memberId: 'M123456', groupNumber: 'G77' },
};

describe('patients API', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let other: Tenant;
  let prescriber: Client;
  beforeAll(async () => {
    ctx = await testApp();
    tenant = await createTenant(ctx.database, 3);
    other = await createTenant(ctx.database, 1);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
  });
  afterAll(() => ctx.close());

  it('registers a patient with full demographics, assigns an MRN and returns an ETag', async () => {
    const res = await prescriber.request('POST', '/api/v1/patients', NEW_PATIENT);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ ...NEW_PATIENT, version: 1, status: 'active' });
    expect(body.mrn).toMatch(/^MRN\d+$/);
    expect(res.headers.etag).toBe('W/"1"');
    const read = await prescriber.request('GET', `/api/v1/patients/${body.id}`);
    expect(read.json()).toEqual(body);
    // The registering prescriber joins the care team, so the patient stays visible to them.
    const team = await prescriber.request('GET', `/api/v1/patients/${body.id}/care-team`);
    expect(team.json().items).toEqual([
      expect.objectContaining({ userId: tenant.users.prescriber!.id, role: 'prescriber', isPrimary: true }),
    ]);
  });

  it('rejects invalid input with a problem document naming each field', async () => {
    const res = await prescriber.request('POST', '/api/v1/patients', {
      ...NEW_PATIENT,
      dateOfBirth: '2999-01-01',
      timeZone: 'Mars/Olympus',
      email: 'not-an-email',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = res.json();
    expect(problem).toMatchObject({ status: 400, title: 'Invalid input' });
    const fields = problem.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['body.dateOfBirth', 'body.email', 'body.timeZone']);
    expect(problem.detail).toMatch(/timeZone: must be an IANA time zone/);
  });

  it('rejects unknown and server-owned fields instead of storing them (mass assignment)', async () => {
    for (const extra of [
      { mrn: 'MRN1' },
      { organizationId: other.organizationId },
      { version: 9 },
      { __proto__: { x: 1 }, isAdmin: true },
    ]) {
      const res = await prescriber.request('POST', '/api/v1/patients', { ...NEW_PATIENT, ...extra });
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
    }
  });

  it('updates with If-Match, bumps the version, and answers 409 to a stale version and 428 without one', async () => {
    const id = tenant.patients[0]!.id;
    const first = await prescriber.request('GET', `/api/v1/patients/${id}`);
    const etag = first.headers.etag as string;
    const ok = await prescriber.request(
      'PATCH',
      `/api/v1/patients/${id}`,
      { preferredName: 'Gee' },
      { 'if-match': etag },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ preferredName: 'Gee', version: first.json().version + 1 });
    const stale = await prescriber.request(
      'PATCH',
      `/api/v1/patients/${id}`,
      { preferredName: 'Lost' },
      { 'if-match': etag },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/changed by someone else/);
    const missing = await prescriber.request('PATCH', `/api/v1/patients/${id}`, { preferredName: 'Lost' });
    expect(missing.statusCode).toBe(428);
    const after = await prescriber.request('GET', `/api/v1/patients/${id}`);
    expect(after.json().preferredName).toBe('Gee');
  });

  it('finds patients by name prefix, date of birth and MRN', async () => {
    const p = tenant.patients[2]!;
    const byName = await prescriber.request(
      'GET',
      `/api/v1/patients?q=${encodeURIComponent(p.familyName.slice(0, 9))}`,
    );
    expect(byName.json().items.map((i: { id: string }) => i.id)).toContain(p.id);
    const byFull = await prescriber.request(
      'GET',
      `/api/v1/patients?q=${encodeURIComponent(`${p.givenName} ${p.familyName}`)}`,
    );
    expect(byFull.json().items.map((i: { id: string }) => i.id)).toEqual([p.id]);
    const byDob = await prescriber.request('GET', `/api/v1/patients?q=${p.dateOfBirth}`);
    expect(byDob.json().items.map((i: { id: string }) => i.id)).toContain(p.id);
    const none = await prescriber.request('GET', '/api/v1/patients?q=Zzyzx');
    expect(none.json()).toEqual({ items: [], nextCursor: null });
    // LIKE metacharacters are matched literally, never as wildcards.
    const wildcard = await prescriber.request('GET', '/api/v1/patients?q=%25');
    expect(wildcard.json().items).toEqual([]);
  });

  it('pages through results with cursors, each patient exactly once, in name order', async () => {
    const big = await createTenant(ctx.database, 23);
    const admin = await signIn(ctx.app, big.users['front-desk']!.email);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/patients?limit=5${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await admin.request('GET', url)).json();
      seen.push(...page.items.map((i: { familyName: string }) => i.familyName));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(5);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect(seen).toEqual([...seen].sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase())));
    const bad = await admin.request('GET', '/api/v1/patients?cursor=garbage');
    expect(bad.statusCode).toBe(400);
  });

  it('shows a prescriber only the patients of their care teams', async () => {
    const outsider = await signIn(ctx.app, tenant.users.outsider!.email);
    const list = await outsider.request('GET', '/api/v1/patients');
    expect(list.json().items).toEqual([]);
    const read = await outsider.request('GET', `/api/v1/patients/${tenant.patients[0]!.id}`);
    expect(read.statusCode).toBe(404);
  });

  it('never returns another organization’s patient, whatever the role', async () => {
    const foreign = other.patients[0]!.id;
    for (const key of ['prescriber', 'nurse', 'front-desk', 'admin', 'therapist']) {
      const client = await signIn(ctx.app, tenant.users[key]!.email);
      const read = await client.request('GET', `/api/v1/patients/${foreign}`);
      expect(read.statusCode, key).toBe(404);
      const patch = await client.request(
        'PATCH',
        `/api/v1/patients/${foreign}`,
        { preferredName: 'X' },
        { 'if-match': 'W/"1"' },
      );
      expect([403, 404], key).toContain(patch.statusCode);
      const search = await client.request('GET', `/api/v1/patients?q=${other.patients[0]!.familyName}`);
      expect(search.json().items ?? [], key).toEqual([]);
    }
  });

  it('lets front desk see demographics but not change them as a therapist could not either', async () => {
    const therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    const id = tenant.patients[1]!.id;
    const read = await therapist.request('GET', `/api/v1/patients/${id}`);
    expect(read.statusCode).toBe(200);
    const patch = await therapist.request(
      'PATCH',
      `/api/v1/patients/${id}`,
      { preferredName: 'X' },
      { 'if-match': read.headers.etag as string },
    );
    expect(patch.statusCode).toBe(403);
  });

  it('adds a clinician to a care team, who then sees the patient until taken off again', async () => {
    const nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    const outsider = await signIn(ctx.app, tenant.users.outsider!.email);
    const id = tenant.patients[1]!.id;
    const added = await nurse.request('POST', `/api/v1/patients/${id}/care-team`, {
      userId: tenant.users.outsider!.id,
      role: 'prescriber',
    });
    expect(added.statusCode).toBe(200);
    expect(added.json().items.map((m: { userId: string }) => m.userId)).toContain(tenant.users.outsider!.id);
    expect((await outsider.request('GET', `/api/v1/patients/${id}`)).statusCode).toBe(200);
    expect(
      (await outsider.request('GET', '/api/v1/patients')).json().items.map((p: { id: string }) => p.id),
    ).toEqual([id]);

    const removed = await nurse.request(
      'DELETE',
      `/api/v1/patients/${id}/care-team/${tenant.users.outsider!.id}`,
    );
    expect(removed.statusCode).toBe(204);
    expect((await outsider.request('GET', `/api/v1/patients/${id}`)).statusCode).toBe(404);
    const again = await nurse.request(
      'DELETE',
      `/api/v1/patients/${id}/care-team/${tenant.users.outsider!.id}`,
    );
    expect(again.statusCode).toBe(404);
  });

  it('refuses care-team members from another organization, with the wrong role, or added by front desk', async () => {
    const nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    const id = tenant.patients[1]!.id;
    const foreign = await nurse.request('POST', `/api/v1/patients/${id}/care-team`, {
      userId: other.users.prescriber!.id,
      role: 'prescriber',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('body.userId');
    const wrongRole = await nurse.request('POST', `/api/v1/patients/${id}/care-team`, {
      userId: tenant.users.therapist!.id,
      role: 'prescriber',
    });
    expect(wrongRole.statusCode).toBe(400);
    const frontDesk = await signIn(ctx.app, tenant.users['front-desk']!.email);
    const denied = await frontDesk.request('POST', `/api/v1/patients/${id}/care-team`, {
      userId: tenant.users.outsider!.id,
      role: 'prescriber',
    });
    expect(denied.statusCode).toBe(403);
  });

  it('gives a patient their own record under /me and refuses the staff list', async () => {
    const patient = await signIn(ctx.app, tenant.users.patient!.email);
    const me = await patient.request('GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().patient.id).toBe(tenant.patients[0]!.id);
    expect((await patient.request('GET', '/api/v1/patients')).statusCode).toBe(403);
    expect((await patient.request('GET', `/api/v1/patients/${tenant.patients[1]!.id}`)).statusCode).toBe(403);
  });

  it('lets a guardian read only the linked adolescent', async () => {
    const guardian = await signIn(ctx.app, tenant.users.guardian!.email);
    expect((await guardian.request('GET', `/api/v1/patients/${tenant.patients[1]!.id}`)).statusCode).toBe(
      200,
    );
    expect((await guardian.request('GET', `/api/v1/patients/${tenant.patients[2]!.id}`)).statusCode).toBe(
      404,
    );
  });
});
