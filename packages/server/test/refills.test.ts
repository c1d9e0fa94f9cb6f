import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

describe('refill requests', () => {
  // A Wednesday, 10:00 in Chicago.
  const clock = testClock(new Date('2026-09-02T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let nurse: Client;
  let prescriber: Client;
  let patient: Client;
  const me = () => tenant.patients[0]!.id;

  async function order(patientId: string, drug: string, display: string, refills: number | null = 3) {
    return withTenant(ctx.database.db, tenant.organizationId, async (trx) => {
      const row = await trx
        .insertInto('medication_orders')
        .values({
          organization_id: tenant.organizationId,
          patient_id: patientId,
          drug_name: drug,
          display_name: display,
          action: 'start',
          status: 'active',
          refills,
          prescriber_id: tenant.users.prescriber!.id,
          start_date: '2026-06-01',
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
  }
  async function signInAll() {
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
  }

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 2);
    await signInAll();
  });
  afterAll(() => ctx.close());

  it('queues an ordinary refill with a refill task; the prescriber approves it and the patient sees the status', async () => {
    const sertraline = await order(me(), 'sertraline', 'Sertraline 50 mg tablet');
    const res = await patient.request('POST', '/api/v1/me/refill-requests', {
      medicationOrderId: sertraline,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'requested', reviewDate: '2026-09-02', deferred: false });
    const task = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('tasks').selectAll().where('id', '=', res.json().taskId).executeTakeFirstOrThrow(),
    );
    expect(task).toMatchObject({ kind: 'refill', priority: 'routine', status: 'open' });
    // Asking twice while one is open is refused.
    expect(
      (await patient.request('POST', '/api/v1/me/refill-requests', { medicationOrderId: sertraline }))
        .statusCode,
    ).toBe(409);

    const queue = await nurse.request('GET', '/api/v1/refill-requests');
    expect(queue.json().items.map((r: { id: string }) => r.id)).toContain(res.json().id);
    // A prescriber on no care team of this patient sees an empty queue and cannot decide.
    const outsider = await signIn(ctx.app, tenant.users.outsider!.email);
    expect((await outsider.request('GET', '/api/v1/refill-requests')).json().items).toEqual([]);
    expect(
      (
        await outsider.request('POST', `/api/v1/refill-requests/${res.json().id}/decision`, {
          decision: 'deny',
        })
      ).statusCode,
    ).toBe(404);
    // A nurse cannot approve; a prescriber can.
    const byNurse = await nurse.request('POST', `/api/v1/refill-requests/${res.json().id}/decision`, {
      decision: 'approve',
    });
    expect(byNurse.statusCode).toBe(403);
    const approved = await prescriber.request('POST', `/api/v1/refill-requests/${res.json().id}/decision`, {
      decision: 'approve',
      note: 'Stable, refill sent',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: tenant.users.prescriber!.id });
    const mine = await patient.request('GET', '/api/v1/me/refill-requests');
    expect(mine.json().items[0]).toMatchObject({ status: 'approved', medication: 'Sertraline 50 mg tablet' });
    const closed = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('tasks').select('status').where('id', '=', res.json().taskId).executeTakeFirstOrThrow(),
    );
    expect(closed.status).toBe('done');
  });

  it('a Schedule II medicine needs a new prescription, and cannot be approved as a refill', async () => {
    const stimulant = await order(me(), 'methylphenidate', 'Methylphenidate ER 36 mg', 0);
    const res = await patient.request('POST', '/api/v1/me/refill-requests', { medicationOrderId: stimulant });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'needs-prescription', policyDecision: 'schedule-ii' });
    expect(res.json().policyReason).toMatch(/new prescription/);
    const approve = await prescriber.request('POST', `/api/v1/refill-requests/${res.json().id}/decision`, {
      decision: 'approve',
    });
    expect(approve.statusCode).toBe(409);
  });

  it('a controlled medicine without a recent visit needs a visit', async () => {
    // No attended visit on record (the appointments table has none for this patient).
    const lorazepam = await order(me(), 'lorazepam', 'Lorazepam 0.5 mg');
    const res = await patient.request('POST', '/api/v1/me/refill-requests', { medicationOrderId: lorazepam });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'needs-visit', policyDecision: 'visit-required' });
    expect(res.json().policyReason).toMatch(/every 90 days/);

    // An attended visit 30 days ago (migration 0012's appointments) satisfies the rule.
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      sql`insert into appointments (organization_id, patient_id, clinician_id, starts_at, ends_at, modality,
            status, reason_kind, created_at, updated_at)
          values (${tenant.organizationId}::uuid, ${me()}::uuid, ${tenant.users.prescriber!.id}::uuid,
            '2026-08-03T15:00:00Z', '2026-08-03T15:30:00Z', 'in-person', 'fulfilled', 'follow-up', now(), now())`.execute(
        trx,
      ),
    );
    const clonazepam = await order(me(), 'clonazepam', 'Clonazepam 0.5 mg');
    const seen = await patient.request('POST', '/api/v1/me/refill-requests', {
      medicationOrderId: clonazepam,
    });
    expect(seen.json()).toMatchObject({ status: 'requested', policyDecision: 'queued' });
  });

  it('a Saturday request is queued for the next business day, and the patient is told the date', async () => {
    clock.advanceMinutes(3 * 24 * 60); // Saturday 2026-09-05
    await signInAll();
    const bupropion = await order(me(), 'bupropion', 'Bupropion XL 150 mg');
    const res = await patient.request('POST', '/api/v1/me/refill-requests', { medicationOrderId: bupropion });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'requested', reviewDate: '2026-09-07', deferred: true });
    expect(res.json().policyReason).toMatch(/Monday, September 7/);
  });

  it('a patient cannot request a refill on another patient’s order', async () => {
    const theirs = await order(tenant.patients[1]!.id, 'sertraline', 'Sertraline 100 mg');
    const res = await patient.request('POST', '/api/v1/me/refill-requests', { medicationOrderId: theirs });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Sertraline');
  });
});
