import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp } from './helpers.js';

const DECISION = {
  optionsDiscussed: ['escitalopram', 'sertraline', 'psychotherapy alone'],
  benefitsRisksExplained: true,
  patientPreference: 'Prefers a once-daily tablet.',
};

/**
 * A physician assistant's order waits for the supervising psychiatrist, who may not be on the
 * patient's care team: while it waits, they may read what reviewing it needs, and co-sign it.
 */
describe('supervising psychiatrist off the care team', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  /** The nurse, who also prescribes, as a PA supervised by `outsider`. */
  let pa: Client;
  let supervisor: Client;
  /** `prescriber`, taken off patient 0's care team: another prescriber off the team. */
  let otherPrescriber: Client;
  let patientId: string;
  let orderId: string;
  const base = () => `/api/v1/patients/${patientId}`;

  beforeAll(async () => {
    ctx = await testApp();
    tenant = await createTenant(ctx.database, 2);
    patientId = tenant.patients[0]!.id;
    const { users } = tenant;
    await withTenant(ctx.database.db, tenant.organizationId, async (trx) => {
      await trx
        .insertInto('user_roles')
        .values({ user_id: users.nurse!.id, organization_id: tenant.organizationId, role: 'prescriber' })
        .execute();
      await trx
        .updateTable('users')
        .set({ credential: 'PA', supervising_user_id: users.outsider!.id })
        .where('id', '=', users.nurse!.id)
        .execute();
      await trx
        .updateTable('care_team_members')
        .set({ removed_at: new Date() })
        .where('patient_id', '=', patientId)
        .where('user_id', '=', users.prescriber!.id)
        .execute();
    });
    pa = await signIn(ctx.app, users.nurse!.email);
    supervisor = await signIn(ctx.app, users.outsider!.email);
    otherPrescriber = await signIn(ctx.app, users.prescriber!.email);
  });
  afterAll(() => ctx.close());

  it('before any order awaits them, the supervisor cannot see the patient', async () => {
    expect((await supervisor.request('GET', `${base()}/medication-orders`)).statusCode).toBe(404);
  });

  it('while the PA’s order waits: reads the order, medications, allergies, diagnoses and labs, and co-signs', async () => {
    const draft = await pa.request('POST', `${base()}/medication-orders`, {
      drug: 'escitalopram',
      action: 'start',
      doseAmount: 10,
      doseUnit: 'mg',
      frequency: { timesPerDay: 1 },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    orderId = draft.json().order.id;
    const signed = await pa.request('POST', `${base()}/medication-orders/${orderId}/sign`, {
      sharedDecision: DECISION,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().order.status).toBe('pending-cosign');

    const order = await supervisor.request('GET', `${base()}/medication-orders/${orderId}`);
    expect(order.statusCode, order.body).toBe(200);
    expect(order.json().order).toMatchObject({ id: orderId, status: 'pending-cosign' });
    for (const path of ['medication-orders', 'order-alerts', 'allergies', 'conditions', 'observations']) {
      const res = await supervisor.request('GET', `${base()}/${path}`);
      expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
    }
    // Audited like any read, under the supervisor's name.
    const reads = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('audit_events')
        .select(['resource_type', 'resource_id'])
        .where('user_id', '=', tenant.users.outsider!.id)
        .where('patient_id', '=', patientId)
        .where('action', '=', 'read')
        .execute(),
    );
    expect(reads).toContainEqual({ resource_type: 'MedicationRequest', resource_id: orderId });
  });

  it('the review opens nothing else: no notes, messages or demographics, and no writing', async () => {
    // Outside the review the patient stays invisible to them (404, as for any prescriber off the team).
    for (const path of ['visit-notes', 'messages', 'scores', '']) {
      const res = await supervisor.request('GET', `${base()}${path ? `/${path}` : ''}`);
      expect(res.statusCode, `${path || 'patient'}: ${res.body}`).toBe(404);
    }
    const condition = await supervisor.request('POST', `${base()}/conditions`, {
      code: 'F32.1',
      display: 'Major depressive disorder, single episode, moderate',
    });
    expect(condition.statusCode).toBe(404);
    const newOrder = await supervisor.request('POST', `${base()}/medication-orders`, {
      drug: 'sertraline',
      action: 'start',
      doseAmount: 50,
      doseUnit: 'mg',
      frequency: { timesPerDay: 1 },
    });
    expect(newOrder.statusCode).toBe(404);
    // Another patient, with nothing awaiting the supervisor, stays invisible.
    const other = tenant.patients[1]!.id;
    expect((await supervisor.request('GET', `/api/v1/patients/${other}/medication-orders`)).statusCode).toBe(
      404,
    );
  });

  it('another prescriber off the team gets nothing, and cannot co-sign', async () => {
    expect((await otherPrescriber.request('GET', `${base()}/medication-orders/${orderId}`)).statusCode).toBe(
      404,
    );
    expect(
      (await otherPrescriber.request('POST', `${base()}/medication-orders/${orderId}/cosign`)).statusCode,
    ).toBe(404);
  });

  it('co-signing activates the order, and then the supervisor’s access ends', async () => {
    const cosigned = await supervisor.request('POST', `${base()}/medication-orders/${orderId}/cosign`);
    expect(cosigned.statusCode, cosigned.body).toBe(200);
    expect(cosigned.json()).toMatchObject({
      status: 'active',
      cosignerId: tenant.users.outsider!.id,
      prescriberId: tenant.users.nurse!.id,
    });
    expect((await supervisor.request('GET', `${base()}/medication-orders/${orderId}`)).statusCode).toBe(404);
    expect((await supervisor.request('GET', `${base()}/conditions`)).statusCode).toBe(404);
    expect(
      (await supervisor.request('POST', `${base()}/medication-orders/${orderId}/cosign`)).statusCode,
    ).toBe(404);
  });
});
