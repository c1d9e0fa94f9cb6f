import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';
import { activeOrder } from './reminder-fixtures.js';

// Patients are in America/Chicago; breakfast 08:00 CST = 14:00Z.
const clock = testClock(new Date('2026-11-14T20:00:00Z'));
let ctx: Awaited<ReturnType<typeof testApp>>;
let tenant: Tenant;
let prescriber: Client;
let guardian: Client;
/** The guardian is linked to patient 1 (the adolescent). */
const teen = () => tenant.patients[1]!;

beforeAll(async () => {
  ctx = await testApp({ clock });
  tenant = await createTenant(ctx.database);
  prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
  guardian = await signIn(ctx.app, tenant.users.guardian!.email);
  const orderId = await activeOrder(ctx.database, tenant, teen().id, 'sertraline', 'Sertraline 50 mg tablet');
  const put = await prescriber.request('PUT', `/api/v1/patients/${teen().id}/dose-schedules`, {
    items: [
      { medicationOrderId: orderId, anchor: 'breakfast', doseText: 'one tablet', startDate: '2026-11-01' },
    ],
  });
  expect(put.statusCode, put.body).toBe(200);
  const booked = await prescriber.request('POST', `/api/v1/patients/${teen().id}/appointments`, {
    startsAt: '2026-11-20T16:00:00Z',
    modality: 'in-person',
    reasonKind: 'follow-up',
  });
  expect(booked.statusCode, booked.body).toBe(201);
});
afterAll(async () => {
  await ctx.close();
});

const schedule = (client: Client, patientId = teen().id) =>
  client.request('GET', `/api/v1/guardian/adolescents/${patientId}/schedule`);

describe('guardian view of an adolescent', () => {
  it('lists the linked adolescent with what they share by default', async () => {
    const res = await guardian.request('GET', '/api/v1/guardian/adolescents');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: teen().id,
      givenName: teen().givenName,
      relationship: 'mother',
      shares: ['demographics', 'appointments'],
      sharesMedications: false,
    });
  });

  it('shows appointments but not reminders until the adolescent shares medicines', async () => {
    const res = await schedule(guardian);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.appointments).toHaveLength(1);
    expect(body.appointments[0]).toMatchObject({
      startsAt: '2026-11-20T16:00:00.000Z',
      modality: 'in-person',
    });
    // The visit's reason, video link and notes are not the guardian's to see.
    for (const field of ['reasonKind', 'telehealthUrl', 'recommendation', 'sourceNoteId'])
      expect(body.appointments[0]).not.toHaveProperty(field);
    expect(body.reminders).toEqual({
      shared: false,
      message: `${teen().givenName} hasn't chosen to share medicine reminders with you. That's their choice to make.`,
      items: [],
    });
    // Nothing about the medicine leaks into the response.
    expect(res.body).not.toMatch(/sertraline/i);
    // The guardian cannot reach the reminders any other way either.
    expect((await guardian.request('GET', `/api/v1/patients/${teen().id}/dose-schedules`)).statusCode).toBe(
      403,
    );
  });

  it('shows reminders after the adolescent consents to share medicines, and not after revoking', async () => {
    const granted = await prescriber.request('POST', `/api/v1/patients/${teen().id}/consents`, {
      granteeUserId: tenant.users.guardian!.id,
      sections: ['medications'],
      purpose: 'treatment',
    });
    expect(granted.statusCode, granted.body).toBe(201);
    const list = await guardian.request('GET', '/api/v1/guardian/adolescents');
    expect(list.json().items[0]).toMatchObject({ sharesMedications: true });

    const res = await schedule(guardian);
    expect(res.statusCode, res.body).toBe(200);
    const reminders = res.json().reminders;
    expect(reminders.shared).toBe(true);
    expect(reminders.items.length).toBeGreaterThan(0);
    expect(reminders.items[0]).toEqual({
      id: expect.any(String),
      dueAt: '2026-11-15T14:00:00.000Z',
      scheduledFor: '2026-11-15T14:00:00.000Z',
      medication: 'Sertraline 50 mg tablet',
      anchor: 'breakfast',
      doseText: 'one tablet',
    });
    // No delivery or dose-log state.
    expect(reminders.items[0]).not.toHaveProperty('status');

    // Reads are audited with the guardian as actor.
    const audited = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('audit_events')
        .select(['resource_type', 'action'])
        .where('user_id', '=', tenant.users.guardian!.id)
        .where('patient_id', '=', teen().id)
        .execute(),
    );
    const kinds = audited.map((a) => `${a.action} ${a.resource_type}`);
    expect(kinds).toContain('read Reminder');
    expect(kinds).toContain('read Appointment');
    expect(kinds).toContain('read Patient');

    const revoked = await prescriber.request(
      'POST',
      `/api/v1/patients/${teen().id}/consents/${granted.json().id}/revoke`,
    );
    expect(revoked.statusCode, revoked.body).toBe(200);
    const after = await schedule(guardian);
    expect(after.statusCode).toBe(200);
    expect(after.json().reminders).toMatchObject({ shared: false, items: [] });
    expect(after.json().appointments).toHaveLength(1);
  });

  it('does not find a patient the guardian is not linked to', async () => {
    const res = await schedule(guardian, tenant.patients[0]!.id);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(tenant.patients[0]!.givenName);
    expect((await schedule(guardian, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('refuses patients and staff', async () => {
    for (const key of ['patient', 'prescriber', 'nurse', 'front-desk', 'admin'] as const) {
      const client = key === 'prescriber' ? prescriber : await signIn(ctx.app, tenant.users[key]!.email);
      expect((await client.request('GET', '/api/v1/guardian/adolescents')).statusCode, key).toBe(403);
      expect((await schedule(client)).statusCode, key).toBe(403);
    }
  });

  it('rejects a range that ends before it starts', async () => {
    const res = await guardian.request(
      'GET',
      `/api/v1/guardian/adolescents/${teen().id}/schedule?from=2026-11-16T00:00:00Z&to=2026-11-15T00:00:00Z`,
    );
    expect(res.statusCode).toBe(400);
  });
});
