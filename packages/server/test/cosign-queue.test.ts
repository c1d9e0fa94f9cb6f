import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp } from './helpers.js';

const DECISION = {
  optionsDiscussed: ['escitalopram', 'sertraline', 'psychotherapy alone'],
  benefitsRisksExplained: true,
  patientPreference: 'Prefers a once-daily tablet.',
};

/** The supervising psychiatrist's queue of their physician assistants' orders awaiting co-signature. */
describe('GET /api/v1/cosign-queue', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  /** `care-coordinator`, made a prescribing PA supervised by `outsider` (off every care team). */
  let pa: Client;
  let supervisor: Client;
  /** `prescriber`: supervises no one. */
  let otherPrescriber: Client;
  let patientId: string;
  let orderId: string;
  const queueSearches = () =>
    withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('audit_events')
        .select(['action', 'resource_type', 'patient_id', 'detail'])
        .where('user_id', '=', tenant.users.outsider!.id)
        .where('action', '=', 'search')
        .execute(),
    );

  beforeAll(async () => {
    ctx = await testApp();
    tenant = await createTenant(ctx.database, 2);
    patientId = tenant.patients[0]!.id;
    const { users } = tenant;
    await withTenant(ctx.database.db, tenant.organizationId, async (trx) => {
      await trx
        .insertInto('user_roles')
        .values({
          user_id: users['care-coordinator']!.id,
          organization_id: tenant.organizationId,
          role: 'prescriber',
        })
        .execute();
      await trx
        .updateTable('users')
        .set({ credential: 'PA', supervising_user_id: users.outsider!.id })
        .where('id', '=', users['care-coordinator']!.id)
        .execute();
    });
    pa = await signIn(ctx.app, users['care-coordinator']!.email);
    supervisor = await signIn(ctx.app, users.outsider!.email);
    otherPrescriber = await signIn(ctx.app, users.prescriber!.email);
  });
  afterAll(() => ctx.close());

  it('is empty before any order awaits the supervisor', async () => {
    const res = await supervisor.request('GET', '/api/v1/cosign-queue');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ items: [] });
  });

  it('a draft of the PA is not listed; once signed it is, with the patient, the PA and the overrides', async () => {
    // The patient already takes sertraline, so escitalopram alongside it raises alerts to override.
    const md = await otherPrescriber.request('POST', `/api/v1/patients/${patientId}/medication-orders`, {
      drug: 'sertraline',
      action: 'start',
      doseAmount: 50,
      doseUnit: 'mg',
      frequency: { timesPerDay: 1 },
    });
    expect(md.statusCode, md.body).toBe(201);
    const mdSigned = await otherPrescriber.request(
      'POST',
      `/api/v1/patients/${patientId}/medication-orders/${md.json().order.id}/sign`,
      { sharedDecision: DECISION },
    );
    expect(mdSigned.json().order.status, mdSigned.body).toBe('active');

    const draft = await pa.request('POST', `/api/v1/patients/${patientId}/medication-orders`, {
      drug: 'escitalopram',
      action: 'start',
      doseAmount: 10,
      doseUnit: 'mg',
      frequency: { timesPerDay: 1 },
      quantity: 30,
      refills: 1,
    });
    expect(draft.statusCode, draft.body).toBe(201);
    orderId = draft.json().order.id;
    expect((await supervisor.request('GET', '/api/v1/cosign-queue')).json().items).toEqual([]);

    const alerts: { key: string }[] = draft.json().alerts;
    expect(alerts.length).toBeGreaterThan(0);
    const signed = await pa.request(
      'POST',
      `/api/v1/patients/${patientId}/medication-orders/${orderId}/sign`,
      {
        sharedDecision: DECISION,
        overrides: alerts.map((alert) => ({
          key: alert.key,
          reason: 'Cross-taper planned; reviewed with the patient.',
        })),
      },
    );
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().order.status).toBe('pending-cosign');

    const res = await supervisor.request('GET', '/api/v1/cosign-queue');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items;
    expect(items).toHaveLength(1);
    const patient = tenant.patients[0]!;
    expect(items[0]).toMatchObject({
      order: {
        id: orderId,
        patientId,
        drug: 'escitalopram',
        status: 'pending-cosign',
        doseAmount: 10,
        quantity: 30,
        refills: 1,
        prescriberId: tenant.users['care-coordinator']!.id,
      },
      patient: { id: patientId, mrn: expect.any(String), dateOfBirth: expect.any(String) },
      prescriberName: expect.any(String),
      signedAt: signed.json().order.signedAt,
      overriddenAlerts: alerts.length,
    });
    expect(items[0].patient.givenName).toBeTruthy();
    expect(items[0].patient.familyName).toBeTruthy();
    expect(patient.id).toBe(items[0].patient.id);
    // Minimum identification only: no contact details or address.
    expect(Object.keys(items[0].patient).sort()).toEqual(
      ['dateOfBirth', 'familyName', 'givenName', 'id', 'mrn', 'preferredName'].sort(),
    );

    // One search row with the result count, naming no patient.
    const searches = await queueSearches();
    expect(searches.at(-1)).toMatchObject({
      resource_type: 'MedicationRequest',
      patient_id: null,
      detail: { view: 'cosign-queue', results: 1 },
    });
  });

  it('another prescriber, and the PA themself, see nothing', async () => {
    for (const client of [otherPrescriber, pa]) {
      const res = await client.request('GET', '/api/v1/cosign-queue');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items).toEqual([]);
    }
  });

  it('roles that do not prescribe are refused', async () => {
    for (const key of ['nurse', 'therapist', 'collaborator', 'front-desk', 'admin', 'patient', 'guardian']) {
      const client = await signIn(ctx.app, tenant.users[key]!.email);
      const res = await client.request('GET', '/api/v1/cosign-queue');
      expect(res.statusCode, `${key}: ${res.body}`).toBe(403);
    }
  });

  it('after co-signing the queue is empty', async () => {
    const cosigned = await supervisor.request(
      'POST',
      `/api/v1/patients/${patientId}/medication-orders/${orderId}/cosign`,
    );
    expect(cosigned.statusCode, cosigned.body).toBe(200);
    expect(cosigned.json().status).toBe('active');
    const res = await supervisor.request('GET', '/api/v1/cosign-queue');
    expect(res.json().items).toEqual([]);
    expect((await queueSearches()).at(-1)).toMatchObject({ detail: { view: 'cosign-queue', results: 0 } });
  });
});
