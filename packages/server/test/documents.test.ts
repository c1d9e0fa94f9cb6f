import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import type { OrderStatus } from '../src/db/schema.js';
import { createErxService } from '../src/domain/erx.js';
import type { Prescription, PrescriptionTransmitter } from '../src/erx/transmitter.js';
import { buildApp } from '../src/http/app.js';
import { MemoryMailer } from '../src/notify/mailer.js';
import {
  type Client,
  createTenant,
  openTestDatabase,
  signIn,
  type Tenant,
  testApp,
  testClock,
  testConfig,
} from './helpers.js';

/** The text of an uncompressed pdfkit document: each TJ run decoded (WinAnsi), one per line. */
function pdfText(body: Buffer): string {
  const runs = body.toString('latin1').match(/\[([^\]]*)\] TJ/g) ?? [];
  return runs
    .map((run) =>
      [...run.matchAll(/<([0-9a-f]*)>/gi)].map((m) => Buffer.from(m[1]!, 'hex').toString('latin1')).join(''),
    )
    .join('\n');
}

const DECISION = {
  optionsDiscussed: ['sertraline', 'psychotherapy alone'],
  benefitsRisksExplained: true,
  patientPreference: 'Prefers a once-daily tablet.',
};
const SERTRALINE = {
  drug: 'sertraline',
  action: 'start',
  strength: '50 mg tablet',
  doseAmount: 50,
  doseUnit: 'mg',
  route: 'oral',
  frequency: { timesPerDay: 1 },
  quantity: 30,
  refills: 2,
  pharmacy: 'Corner Pharmacy, 1 Main St',
};

describe('documents and e-prescribing', () => {
  const clock = testClock(new Date('2026-10-01T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  let pa: Client;
  let nurse: Client;
  let admin: Client;
  let patient: Client;
  const patientUrl = (i: number) => `/api/v1/patients/${tenant.patients[i]!.id}`;

  /** Writes an order as it stands after signing (for trial histories and states HTTP takes weeks to reach). */
  async function storeOrder(
    i: number,
    drug: string,
    mg: number,
    status: OrderStatus,
    start: string,
    end: string | null,
    extra: { strength?: string; quantity?: number } = {},
  ) {
    return withTenant(ctx.database.db, tenant.organizationId, async (trx) => {
      const row = await trx
        .insertInto('medication_orders')
        .values({
          organization_id: tenant.organizationId,
          patient_id: tenant.patients[i]!.id,
          drug_name: drug,
          display_name: drug,
          strength: extra.strength ?? null,
          dose_amount: mg,
          dose_unit: 'mg',
          route: 'oral',
          frequency: JSON.stringify({ timesPerDay: 1 }),
          quantity: extra.quantity ?? 30,
          refills: 0,
          action: 'start',
          status,
          start_date: start,
          end_date: end,
          prescriber_id: tenant.users.prescriber!.id,
          signed_at: new Date(`${start}T12:00:00Z`),
          status_changed_at: new Date(`${end ?? start}T12:00:00Z`),
          created_at: new Date(`${start}T12:00:00Z`),
          updated_at: new Date(`${end ?? start}T12:00:00Z`),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
  }

  async function storePhq9(i: number, total: number, at: string) {
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .insertInto('questionnaire_responses')
        .values({
          organization_id: tenant.organizationId,
          patient_id: tenant.patients[i]!.id,
          instrument: 'PHQ-9',
          answers: JSON.stringify([]),
          total,
          complete: true,
          entered_by: tenant.users.nurse!.id,
          entered_by_kind: 'staff',
          authored_at: new Date(`${at}T12:00:00Z`),
        })
        .execute(),
    );
  }

  const outbox = async () => (await prescriber.request('GET', '/api/v1/erx-outbox')).json().items;

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 3);
    const { users, patients } = tenant;
    await withTenant(ctx.database.db, tenant.organizationId, async (trx) => {
      await trx
        .updateTable('users')
        .set({ npi: '1457382910', dea_number: 'AB1234563' })
        .where('id', '=', users.prescriber!.id)
        .execute();
      // The outsider becomes a PA supervised by `prescriber`, on every care team.
      await trx
        .updateTable('users')
        .set({ credential: 'PA', supervising_user_id: users.prescriber!.id })
        .where('id', '=', users.outsider!.id)
        .execute();
      await trx
        .insertInto('care_team_members')
        .values(
          patients.map((p) => ({
            organization_id: tenant.organizationId,
            patient_id: p.id,
            user_id: users.outsider!.id,
            role: 'prescriber' as const,
          })),
        )
        .execute();
    });
    prescriber = await signIn(ctx.app, users.prescriber!.email);
    pa = await signIn(ctx.app, users.outsider!.email);
    nurse = await signIn(ctx.app, users.nurse!.email);
    admin = await signIn(ctx.app, users.admin!.email);
    patient = await signIn(ctx.app, users.patient!.email);
  });
  afterAll(() => ctx.close());

  it('prints a signed prescription, downloaded as a nameless attachment and audited as an export', async () => {
    const draft = await prescriber.request('POST', `${patientUrl(0)}/medication-orders`, SERTRALINE);
    const orderId = draft.json().order.id;
    const pdfUrl = `${patientUrl(0)}/medication-orders/${orderId}/prescription.pdf`;
    // A draft has no prescription yet.
    expect((await prescriber.request('GET', pdfUrl)).statusCode).toBe(409);
    const signed = await prescriber.request('POST', `${patientUrl(0)}/medication-orders/${orderId}/sign`, {
      sharedDecision: DECISION,
    });
    expect(signed.statusCode, signed.body).toBe(200);

    const res = await prescriber.request('GET', pdfUrl);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-disposition']).toBe('attachment; filename="prescription.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('sertraline');
    expect(text).toContain('50 mg tablet');
    expect(text).toContain('Take 50 mg by mouth daily');
    expect(text).toContain('1457382910');
    expect(text).toContain(`${tenant.patients[0]!.givenName} ${tenant.patients[0]!.familyName}`);
    expect(text).toContain('Void if altered');
    // Not a controlled substance: no DEA number on it.
    expect(text).not.toContain('DEA');
    expect(text).not.toContain('AB1234563');
    // The patient's name is in neither the file name nor the document metadata.
    expect(res.rawPayload.toString('latin1')).not.toContain(`(${tenant.patients[0]!.familyName}`);

    const audits = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('audit_events')
        .selectAll()
        .where('action', '=', 'export')
        .where('resource_id', '=', orderId)
        .execute(),
    );
    expect(audits).toHaveLength(1);
    // Only prescribers print prescriptions.
    expect((await nurse.request('GET', pdfUrl)).statusCode).toBe(403);
  });

  it('prints the DEA number only on a controlled-substance prescription', async () => {
    const orderId = await storeOrder(1, 'lisdexamfetamine', 30, 'active', '2026-09-20', null, {
      strength: '30 mg capsule',
    });
    const res = await prescriber.request(
      'GET',
      `${patientUrl(1)}/medication-orders/${orderId}/prescription.pdf`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('lisdexamfetamine');
    expect(text).toContain('DEA');
    expect(text).toContain('AB1234563');
    expect(text).toContain('Schedule II');
  });

  it('lists only active orders on the medication list, for staff and for the patient', async () => {
    // Patient 0 has active sertraline (signed above); add a draft and a stopped order.
    const draft = await prescriber.request('POST', `${patientUrl(0)}/medication-orders`, {
      ...SERTRALINE,
      drug: 'mirtazapine',
      doseAmount: 15,
    });
    expect(draft.statusCode, draft.body).toBe(201);
    await storeOrder(0, 'quetiapine', 50, 'stopped', '2026-01-01', '2026-02-01');
    const res = await nurse.request('GET', `${patientUrl(0)}/medication-list.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="medication-list.pdf"');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('sertraline');
    expect(text).toContain('Take 50 mg by mouth daily');
    expect(text).not.toContain('mirtazapine');
    expect(text).not.toContain('quetiapine');
    // The patient downloads their own list.
    const own = await patient.request(
      'GET',
      `/api/v1/patients/${tenant.users.patient!.patientId}/medication-list.pdf`,
    );
    expect(own.statusCode, own.body).toBe(200);
    expect(pdfText(own.rawPayload)).toContain('My medications');
  });

  it('summarizes only adequate antidepressant trials for prior authorization (hand-checked)', async () => {
    // Sertraline 150 mg, 2026-01-01 → 03-01 (8 weeks), PHQ-9 19 → 17: adequate, no response.
    await storePhq9(2, 19, '2025-12-30');
    await storeOrder(2, 'sertraline', 150, 'completed', '2026-01-01', '2026-03-01');
    await storePhq9(2, 17, '2026-02-25');
    // Escitalopram 20 mg for 3 weeks: too short. Bupropion 150 mg for 10 weeks: under 300 mg.
    await storeOrder(2, 'escitalopram', 20, 'stopped', '2026-03-02', '2026-03-23');
    await storeOrder(2, 'bupropion', 150, 'stopped', '2026-03-24', '2026-06-01');
    // Fluoxetine 40 mg since 2026-06-02 (17 weeks by 10-01), PHQ-9 18 → 15: adequate, no response.
    await storePhq9(2, 18, '2026-06-01');
    await storeOrder(2, 'fluoxetine', 40, 'active', '2026-06-02', null);
    await storePhq9(2, 15, '2026-09-20');

    const res = await prescriber.request('GET', `${patientUrl(2)}/prior-authorization.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="prior-authorization.pdf"');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('1. sertraline');
    expect(text).toContain('Dose 150 mg/day for 8 weeks; PHQ-9 19 before, 17 after; outcome: none');
    expect(text).toContain('2. fluoxetine');
    expect(text).toContain('Dose 40 mg/day for 17 weeks; PHQ-9 18 before, 15 after; outcome: none');
    expect(text).not.toContain('escitalopram');
    expect(text).not.toContain('bupropion');
    expect(text).toContain('meets the definition of treatment-resistant depression');
    expect((await nurse.request('GET', `${patientUrl(2)}/prior-authorization.pdf`)).statusCode).toBe(403);
  });

  it('puts a signed order in the outbox exactly once; a PA’s order only after co-signature', async () => {
    const before = (await outbox()).length;
    const draft = await prescriber.request('POST', `${patientUrl(1)}/medication-orders`, {
      ...SERTRALINE,
      drug: 'escitalopram',
      doseAmount: 10,
    });
    const orderId = draft.json().order.id;
    const sign = await prescriber.request('POST', `${patientUrl(1)}/medication-orders/${orderId}/sign`, {
      sharedDecision: DECISION,
    });
    expect(sign.statusCode, sign.body).toBe(200);
    // Signing again is refused and queues nothing more.
    expect(
      (
        await prescriber.request('POST', `${patientUrl(1)}/medication-orders/${orderId}/sign`, {
          sharedDecision: DECISION,
        })
      ).statusCode,
    ).toBe(409);
    const entries = (await outbox()).filter((e: { orderId: string }) => e.orderId === orderId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      status: 'sent',
      attempts: 1,
      reference: expect.stringMatching(/^OUTBOX-/),
      prescription: { drug: 'escitalopram', sig: 'Take 10 mg by mouth daily', quantity: 30, refills: 2 },
    });
    expect(JSON.stringify(entries[0])).not.toContain(tenant.patients[1]!.familyName);
    expect((await outbox()).length).toBe(before + 1);

    // The PA signs: pending co-signature, nothing transmitted.
    const paDraft = await pa.request('POST', `${patientUrl(2)}/medication-orders`, {
      ...SERTRALINE,
      drug: 'mirtazapine',
      doseAmount: 15,
    });
    const paOrder = paDraft.json().order.id;
    const paSigned = await pa.request('POST', `${patientUrl(2)}/medication-orders/${paOrder}/sign`, {
      sharedDecision: DECISION,
    });
    expect(paSigned.json().order.status).toBe('pending-cosign');
    expect((await outbox()).filter((e: { orderId: string }) => e.orderId === paOrder)).toEqual([]);
    const cosigned = await prescriber.request('POST', `${patientUrl(2)}/medication-orders/${paOrder}/cosign`);
    expect(cosigned.statusCode, cosigned.body).toBe(200);
    const paEntries = (await outbox()).filter((e: { orderId: string }) => e.orderId === paOrder);
    expect(paEntries).toHaveLength(1);
    expect(paEntries[0].status).toBe('sent');

    // Filters, and who may look.
    const sent = await admin.request('GET', '/api/v1/erx-outbox?status=sent');
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().items.length).toBe(before + 2);
    expect((await admin.request('GET', '/api/v1/erx-outbox?status=failed')).json().items).toEqual([]);
    expect((await nurse.request('GET', '/api/v1/erx-outbox')).statusCode).toBe(403);
    // Least privilege: the administrator watches delivery without the drug or the patient, and a
    // prescriber outside these patients' care teams sees none of their prescriptions.
    for (const entry of sent.json().items) {
      expect(entry).toMatchObject({ prescription: null, patientId: null, status: 'sent' });
    }
    expect((await outbox())[0].prescription.drug).toBeTruthy();
    const leaveCareTeams = (removedAt: Date | null) =>
      withTenant(ctx.database.db, tenant.organizationId, (trx) =>
        trx
          .updateTable('care_team_members')
          .set({ removed_at: removedAt })
          .where('user_id', '=', tenant.users.outsider!.id)
          .execute(),
      );
    await leaveCareTeams(new Date());
    const foreignView = await pa.request('GET', '/api/v1/erx-outbox');
    await leaveCareTeams(null);
    expect(foreignView.statusCode, foreignView.body).toBe(200);
    expect(foreignView.json().items).toEqual([]);
    expect((await pa.request('GET', '/api/v1/erx-outbox')).json().items.length).toBeGreaterThan(0);
    // A sent entry is not sent again.
    const retry = await prescriber.request('POST', `/api/v1/erx-outbox/${paEntries[0].id}/retry`);
    expect(retry.statusCode).toBe(409);
  });
});

describe('e-prescribing when the transmission fails', () => {
  /** A network that can be taken down: while `down`, every transmission throws. */
  class FlakyTransmitter implements PrescriptionTransmitter {
    readonly name = 'flaky';
    down = true;
    calls: Prescription[] = [];
    async transmit(prescription: Prescription) {
      this.calls.push(prescription);
      if (this.down) throw new Error('gateway unreachable');
      return { status: 'sent' as const, reference: `NET-${this.calls.length}` };
    }
  }
  const transmitter = new FlakyTransmitter();
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  const base = (i: number) => `/api/v1/patients/${tenant.patients[i]!.id}/medication-orders`;
  const failed = async () =>
    (await prescriber.request('GET', '/api/v1/erx-outbox?status=failed')).json().items;

  /** One order per patient, so the safety check has nothing to say. */
  async function signOrder(i: number, drug: string) {
    const draft = await prescriber.request('POST', base(i), { ...SERTRALINE, drug, doseAmount: 10 });
    const orderId = draft.json().order.id;
    const signed = await prescriber.request('POST', `${base(i)}/${orderId}/sign`, {
      sharedDecision: DECISION,
    });
    // The signature stands whatever the network did.
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().order.status).toBe('active');
    return orderId as string;
  }

  beforeAll(async () => {
    database = await openTestDatabase();
    app = await buildApp({ config: testConfig(), database, erxTransmitter: transmitter });
    tenant = await createTenant(database, 2);
    prescriber = await signIn(app, tenant.users.prescriber!.email);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('keeps the signed prescription as failed; the sweep sends it once the network is back', async () => {
    const orderId = await signOrder(0, 'sertraline');
    expect(transmitter.calls).toHaveLength(1);
    expect(transmitter.calls[0]).toMatchObject({
      orderId,
      drug: 'sertraline',
      sig: 'Take 10 mg by mouth daily',
      controlled: false,
      prescriber: { dea: null },
    });
    expect(await failed()).toMatchObject([
      { orderId, status: 'failed', attempts: 1, lastError: 'flaky: gateway unreachable' },
    ]);

    const sweeper = createErxService(
      { db: database.db, config: testConfig(), clock: { now: () => new Date() }, mailer: new MemoryMailer() },
      transmitter,
    );
    transmitter.down = false;
    expect(await sweeper.deliverDue({ organizationId: tenant.organizationId })).toBe(1);
    expect(await failed()).toEqual([]);
    const sent = (await prescriber.request('GET', '/api/v1/erx-outbox?status=sent')).json().items;
    expect(sent).toMatchObject([{ orderId, attempts: 2, reference: 'NET-2', lastError: null }]);
    // Nothing is left to send: the sweep sends nothing twice.
    expect(await sweeper.deliverDue({ organizationId: tenant.organizationId })).toBe(0);
    expect(transmitter.calls).toHaveLength(2);
  });

  it('sends a failed prescription again on request', async () => {
    transmitter.down = true;
    const orderId = await signOrder(1, 'escitalopram');
    const [entry] = await failed();
    expect(entry).toMatchObject({ orderId, attempts: 1 });
    transmitter.down = false;
    const retried = await prescriber.request('POST', `/api/v1/erx-outbox/${entry.id}/retry`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect((await prescriber.request('GET', '/api/v1/erx-outbox')).json().items).toHaveLength(2);
  });
});
