import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import {
  computedDaysSupply,
  dailyUnits,
  daysLate,
  refillCoverage,
  refillDueOn,
  refillSummary,
} from '../src/reminders/adherence.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

/*
 * Hand-computed window used throughout: 90 days ending 2026-11-13 run from 2026-08-16 (day 0)
 * to 2026-11-13 (day 89). Day 35 = 2026-09-20, day 70 = 2026-10-25, day 25 = 2026-09-10,
 * day 50 = 2026-10-05, day 90 = 2026-11-14, day 100 = 2026-11-24.
 */
describe('adherence by refill dates (pure, hand-computed)', () => {
  it('30-day fills on days 0, 35 and 70: covered 0–29, 35–64, 70–89 = 30 + 30 + 20 = 80 of 90', () => {
    const fills = [
      { date: '2026-08-16', daysSupply: 30 },
      { date: '2026-09-20', daysSupply: 30 },
      { date: '2026-10-25', daysSupply: 30 },
    ];
    expect(refillCoverage(fills, '2026-11-13', 90)).toMatchObject({ coveredDays: 80, pdc: 0.889 });
    // The last fill lasts days 70–99: the refill is due on day 100.
    expect(refillDueOn(fills)).toBe('2026-11-24');
  });

  it('carries early refills over: fills on days 0, 25, 50 cover 0–29, 30–59, 60–89 = 90 of 90', () => {
    // Without the carry-over the overlaps (25–29, 50–54…) would count once: only 80 days.
    const fills = [
      { date: '2026-10-05', daysSupply: 30 },
      { date: '2026-08-16', daysSupply: 30 },
      { date: '2026-09-10', daysSupply: 30 },
    ];
    expect(refillCoverage(fills, '2026-11-13', 90)).toMatchObject({ coveredDays: 90, pdc: 1 });
    expect(refillDueOn(fills)).toBe('2026-11-14');
  });

  it('judges a new prescription from its first fill, not the whole window', () => {
    // First fill 2026-11-04 ×30: the 90-day window ending 2026-11-13 counts only 4–13 Nov = 10
    // days, all covered: 10/10 = 1 (not 10/90). A fill after the window end leaves nothing to judge.
    expect(refillCoverage([{ date: '2026-11-04', daysSupply: 30 }], '2026-11-13', 90)).toMatchObject({
      eligibleDays: 10,
      coveredDays: 10,
      pdc: 1,
    });
    // Fill 2026-11-01 ×5 covers 1–5 Nov: 5 of the 13 days from 1 to 13 Nov = 0.385.
    expect(refillCoverage([{ date: '2026-11-01', daysSupply: 5 }], '2026-11-13', 90)).toMatchObject({
      eligibleDays: 13,
      coveredDays: 5,
      pdc: 0.385,
    });
    expect(refillCoverage([{ date: '2026-11-14', daysSupply: 30 }], '2026-11-13', 90).pdc).toBeNull();
  });

  it('counts days late from the due day, and none before it', () => {
    expect(daysLate('2026-11-10', '2026-11-14')).toBe(4);
    expect(daysLate('2026-11-14', '2026-11-14')).toBe(0);
    expect(daysLate('2026-11-24', '2026-11-14')).toBe(0);
    expect(daysLate(null, '2026-11-14')).toBe(0);
    expect(refillSummary([], '2026-11-13', '2026-11-14')).toBeNull();
  });

  it("computes the days' supply from the order's dose, strength and times a day", () => {
    // 100 mg twice a day of 50 mg tablets = 2 tablets × 2 = 4 a day; 120 tablets last 30 days.
    const order = { doseAmount: 100, doseUnit: 'mg', strength: '50 mg tablet', timesPerDay: 2 };
    expect(dailyUnits(order)).toBe(4);
    expect(computedDaysSupply(120, order)).toBe(30);
    // 121 tablets still last 30 whole days (rounded down).
    expect(computedDaysSupply(121, order)).toBe(30);
    // 0.5 mg of 500 mcg tablets once a day = 1 a day.
    expect(
      computedDaysSupply(28, { doseAmount: 0.5, doseUnit: 'mg', strength: '500 mcg tablet', timesPerDay: 1 }),
    ).toBe(28);
    // A dose in units counts units: 2 capsules three times a day = 6 a day; 90 → 15 days.
    expect(
      computedDaysSupply(90, { doseAmount: 2, doseUnit: 'capsule', strength: null, timesPerDay: 3 }),
    ).toBe(15);
    // Not computable: no times a day, no strength for a mass dose, or less than one day's worth.
    expect(computedDaysSupply(30, { ...order, timesPerDay: null })).toBeNull();
    expect(computedDaysSupply(30, { ...order, strength: null })).toBeNull();
    expect(computedDaysSupply(30, { ...order, doseAmount: null })).toBeNull();
    expect(computedDaysSupply(3, order)).toBeNull();
  });
});

describe('medication fills API', () => {
  // 14:00 in Chicago on 2026-11-14: adherence windows end yesterday, 2026-11-13.
  const clock = testClock(new Date('2026-11-14T20:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let other: Tenant;
  let nurse: Client;
  let prescriber: Client;
  let therapist: Client;
  let patient: Client;
  let orderId: string;
  let vagueOrderId: string;
  const me = () => tenant.patients[0]!.id;

  async function insertOrder(t: Tenant, patientId: string, values: Record<string, unknown>) {
    return withTenant(ctx.database.db, t.organizationId, async (trx) => {
      const row = await trx
        .insertInto('medication_orders')
        .values({
          organization_id: t.organizationId,
          patient_id: patientId,
          drug_name: 'sertraline',
          display_name: 'Sertraline 50 mg tablet',
          action: 'start',
          status: 'active',
          prescriber_id: t.users.prescriber!.id,
          start_date: '2026-08-01',
          ...values,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
  }

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 2);
    other = await createTenant(ctx.database, 1);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
    orderId = await insertOrder(tenant, me(), {
      dose_amount: 100,
      dose_unit: 'mg',
      strength: '50 mg tablet',
      frequency: JSON.stringify({ timesPerDay: 2 }),
    });
    vagueOrderId = await insertOrder(tenant, me(), {
      display_name: 'Hydroxyzine as needed',
      drug_name: 'hydroxyzine',
      frequency: JSON.stringify({ text: 'as needed' }),
    });
    const schedule = await prescriber.request('PUT', `/api/v1/patients/${me()}/dose-schedules`, {
      items: [
        { medicationOrderId: orderId, anchor: 'breakfast', doseText: 'two tablets', startDate: '2026-08-01' },
      ],
    });
    expect(schedule.statusCode, schedule.body).toBe(200);
  });
  afterAll(() => ctx.close());

  const adherenceItem = async () => {
    const res = await prescriber.request('GET', `/api/v1/patients/${me()}/adherence`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items.find((i: { medicationOrderId: string }) => i.medicationOrderId === orderId);
  };

  it('reports no refill adherence before any fill is recorded', async () => {
    expect((await adherenceItem()).refills).toBeNull();
  });

  it("records fills (days' supply computed from the order or given), the patient's pickup, and computes PDC", async () => {
    // 120 tablets at 4 a day: 30 days, computed.
    const first = await nurse.request('POST', `/api/v1/patients/${me()}/fills`, {
      medicationOrderId: orderId,
      filledOn: '2026-08-16',
      quantity: 120,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      daysSupply: 30,
      daysSupplyComputed: true,
      source: 'clinic-recorded',
      filledOn: '2026-08-16',
      quantity: 120,
      status: 'completed',
    });
    const second = await prescriber.request('POST', `/api/v1/patients/${me()}/fills`, {
      medicationOrderId: orderId,
      filledOn: '2026-09-20',
      quantity: 60,
      daysSupply: 30,
    });
    expect(second.json()).toMatchObject({ daysSupply: 30, daysSupplyComputed: false });
    const mine = await patient.request('POST', '/api/v1/me/fills', {
      medicationOrderId: orderId,
      filledOn: '2026-10-25',
      quantity: 120,
    });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({ source: 'patient-reported', daysSupply: 30 });

    const list = await nurse.request('GET', `/api/v1/patients/${me()}/fills`);
    expect(list.statusCode).toBe(200);
    expect(
      list.json().items.map((f: { filledOn: string; source: string }) => [f.filledOn, f.source]),
    ).toEqual([
      ['2026-10-25', 'patient-reported'],
      ['2026-09-20', 'clinic-recorded'],
      ['2026-08-16', 'clinic-recorded'],
    ]);

    // Days 0, 35, 70 of the window: 80 of 90 days covered (see the pure test above).
    // 30 days (Oct 15–Nov 13): Oct 15–19 from the second fill + Oct 25–Nov 13 = 5 + 20 = 25 → 0.833.
    // 14 days (Oct 31–Nov 13): all covered by the third fill.
    expect((await adherenceItem()).refills).toMatchObject({
      pdc90: 0.889,
      pdc30: 0.833,
      pdc14: 1,
      lastFillOn: '2026-10-25',
      refillDueOn: '2026-11-24',
      daysLate: 0,
    });

    const audit = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('audit_events')
        .select(['action', 'outcome'])
        .where('resource_type', '=', 'MedicationDispense')
        .where('patient_id', '=', me())
        .execute(),
    );
    expect(audit.filter((a) => a.action === 'create')).toHaveLength(3);
    expect(audit.filter((a) => a.action === 'read').length).toBeGreaterThanOrEqual(1);
  });

  it("refuses a fill whose days' supply cannot be computed and is not given, and a future date", async () => {
    const res = await nurse.request('POST', `/api/v1/patients/${me()}/fills`, {
      medicationOrderId: vagueOrderId,
      filledOn: '2026-11-01',
      quantity: 30,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail ?? res.json().title).toMatch(/days' supply/);
    const given = await nurse.request('POST', `/api/v1/patients/${me()}/fills`, {
      medicationOrderId: vagueOrderId,
      filledOn: '2026-11-01',
      quantity: 30,
      daysSupply: 15,
    });
    expect(given.statusCode, given.body).toBe(201);
    const future = await nurse.request('POST', `/api/v1/patients/${me()}/fills`, {
      medicationOrderId: orderId,
      filledOn: '2026-11-20',
      quantity: 120,
    });
    expect(future.statusCode).toBe(422);
  });

  it('keeps fills to the care team and the patient', async () => {
    const before = await nurse.request('GET', `/api/v1/patients/${me()}/fills`);
    const count = before.json().items.length;
    // A therapist without the patient's consent to medications reads nothing, writes nothing.
    expect((await therapist.request('GET', `/api/v1/patients/${me()}/fills`)).statusCode).toBe(403);
    expect(
      (
        await therapist.request('POST', `/api/v1/patients/${me()}/fills`, {
          medicationOrderId: orderId,
          filledOn: '2026-11-01',
          quantity: 120,
        })
      ).statusCode,
    ).toBe(403);
    // Another organization's patient does not exist here.
    const foreign = other.patients[0]!.id;
    expect((await nurse.request('GET', `/api/v1/patients/${foreign}/fills`)).statusCode).toBe(404);
    expect(
      (
        await nurse.request('POST', `/api/v1/patients/${foreign}/fills`, {
          medicationOrderId: orderId,
          filledOn: '2026-11-01',
          quantity: 120,
        })
      ).statusCode,
    ).toBe(404);
    // Another patient's order cannot be filled on this chart, nor by the patient for themselves.
    const theirs = await insertOrder(tenant, tenant.patients[1]!.id, {});
    expect(
      (
        await nurse.request('POST', `/api/v1/patients/${me()}/fills`, {
          medicationOrderId: theirs,
          filledOn: '2026-11-01',
          quantity: 30,
          daysSupply: 30,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await patient.request('POST', '/api/v1/me/fills', {
          medicationOrderId: theirs,
          filledOn: '2026-11-01',
          quantity: 30,
          daysSupply: 30,
        })
      ).statusCode,
    ).toBe(404);
    // The patient does not use the staff route.
    expect((await patient.request('GET', `/api/v1/patients/${me()}/fills`)).statusCode).toBe(403);
    // Nothing was written by any refused request.
    expect((await nurse.request('GET', `/api/v1/patients/${me()}/fills`)).json().items).toHaveLength(count);
  });

  it('marks a fill entered in error: kept with its reason, no longer counted in PDC', async () => {
    const before = await adherenceItem();
    expect(before.refills).toMatchObject({ pdc90: 0.889, pdc30: 0.833, pdc14: 1, lastFillOn: '2026-10-25' });
    const list = (await nurse.request('GET', `/api/v1/patients/${me()}/fills`)).json().items;
    const pickup = list.find((f: { filledOn: string }) => f.filledOn === '2026-10-25');
    const url = `/api/v1/patients/${me()}/fills/${pickup.id}/entered-in-error`;

    // Refused first: no reason, a role that does not record fills, the patient, an unknown fill.
    expect((await nurse.request('POST', url, { reason: '  ' })).statusCode).toBe(400);
    expect((await therapist.request('POST', url, { reason: 'Probe' })).statusCode).toBe(403);
    expect((await patient.request('POST', url, { reason: 'Probe' })).statusCode).toBe(403);
    const unknown = `/api/v1/patients/${me()}/fills/00000000-0000-4000-8000-000000000000/entered-in-error`;
    expect((await nurse.request('POST', unknown, { reason: 'Probe' })).statusCode).toBe(404);
    // Another patient's chart does not reach this fill.
    const elsewhere = `/api/v1/patients/${tenant.patients[1]!.id}/fills/${pickup.id}/entered-in-error`;
    expect((await nurse.request('POST', elsewhere, { reason: 'Probe' })).statusCode).toBe(404);
    expect((await adherenceItem()).refills).toMatchObject({ pdc90: 0.889, pdc30: 0.833, pdc14: 1 });

    const marked = await nurse.request('POST', url, { reason: 'Pharmacy: not picked up' });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({
      id: pickup.id,
      status: 'entered-in-error',
      errorReason: 'Pharmacy: not picked up',
      filledOn: '2026-10-25',
    });
    expect((await nurse.request('POST', url, { reason: 'again' })).statusCode).toBe(409);

    // Still listed, marked. Adherence now from the fills of Aug 16 and Sep 20 only:
    // 90 days: Aug 16–Sep 14 + Sep 20–Oct 19 = 60 of 90 → 0.667; 30 days: Oct 15–19 = 5 → 0.167;
    // 14 days (Oct 31–Nov 13): none.
    const after = (await nurse.request('GET', `/api/v1/patients/${me()}/fills`)).json().items;
    expect(after).toHaveLength(list.length);
    expect(after.find((f: { id: string }) => f.id === pickup.id)).toMatchObject({
      status: 'entered-in-error',
      errorReason: 'Pharmacy: not picked up',
    });
    expect((await adherenceItem()).refills).toMatchObject({
      pdc90: 0.667,
      pdc30: 0.167,
      pdc14: 0,
      lastFillOn: '2026-09-20',
      refillDueOn: '2026-10-20',
    });

    const audit = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('audit_events')
        .select(['action', 'user_id'])
        .where('resource_type', '=', 'MedicationDispense')
        .where('resource_id', '=', pickup.id)
        .where('action', '=', 'update')
        .execute(),
    );
    expect(audit).toEqual([{ action: 'update', user_id: tenant.users.nurse!.id }]);
  });
});
