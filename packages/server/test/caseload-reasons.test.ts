import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

interface CaseloadRow {
  patient: { id: string };
  tier: number;
  overdueFollowUp: boolean;
  reasons: { code: string; message: string }[];
}

const DAY_MINUTES = 24 * 60;
const T0 = new Date('2026-10-05T15:00:00Z'); // a Monday, 10:00 in Chicago (the patients' zone)
const at = (days: number, hours = 0) =>
  new Date(T0.getTime() + (days * 24 + hours) * 3_600_000).toISOString();

describe('caseload reasons: overdue follow-up, poor adherence, pending refills, and their order', () => {
  const clock = testClock(T0);
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  let nurse: Client;
  let patient: Client;
  const id = (i: number) => tenant.patients[i]!.id;
  const db = <T>(fn: Parameters<typeof withTenant<T>>[2]) =>
    withTenant(ctx.database.db, tenant.organizationId, fn);

  async function signInAll() {
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
  }
  /** Moves the clock on; sessions time out meanwhile, so everyone signs in again. */
  async function later(days: number, hours = 0) {
    clock.advanceMinutes(days * DAY_MINUTES + hours * 60);
    await signInAll();
  }
  async function book(i: number, startsAt: string) {
    const res = await prescriber.request('POST', `/api/v1/patients/${id(i)}/appointments`, {
      startsAt,
      modality: 'in-person',
      reasonKind: 'follow-up',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  }
  async function mark(i: number, appointment: { id: string; version: number }, change: object) {
    const res = await nurse.request(
      'PATCH',
      `/api/v1/patients/${id(i)}/appointments/${appointment.id}`,
      change,
      { 'if-match': `W/"${appointment.version}"` },
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { id: string; version: number };
  }
  async function caseload(): Promise<CaseloadRow[]> {
    const res = await nurse.request('GET', '/api/v1/caseload');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  }
  const rowOf = (rows: CaseloadRow[], i: number) => rows.find((row) => row.patient.id === id(i))!;
  const codesOf = (rows: CaseloadRow[], i: number) => rowOf(rows, i).reasons.map((r) => r.code);

  /** An active order, as prescribing leaves it, for a refill to be asked against. */
  async function activeOrder(i: number) {
    return db(async (trx) => {
      const row = await trx
        .insertInto('medication_orders')
        .values({
          organization_id: tenant.organizationId,
          patient_id: id(i),
          drug_name: 'sertraline',
          display_name: 'Sertraline 50 mg tablet',
          action: 'start',
          status: 'active',
          refills: 3,
          prescriber_id: tenant.users.prescriber!.id,
          start_date: '2026-08-01',
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });
  }

  // The appointments booked at T0 and what happens to them, by patient:
  //  1 follow-up on day 2, never marked attended → overdue
  //  2 follow-up on day 2, no-show → overdue
  //  3 follow-up on day 2, no-show, rebooked for day 10 → not overdue
  //  4 follow-up on day 2, fulfilled → not overdue
  //  5 follow-up on day 3 at 15:00 UTC, looked at on day 4 at 03:00: within the day of grace → not overdue
  //  6 follow-up on day 20 only (in the future) → not overdue
  //  7 follow-up on day 2, cancelled, nothing rebooked → overdue
  const appointments: Record<number, { id: string; version: number }> = {};

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 11);
    await signInAll();
    for (const i of [1, 2, 3, 4, 7]) appointments[i] = await book(i, at(2));
    appointments[5] = await book(5, at(3));
    appointments[6] = await book(6, at(20));
  });
  afterAll(() => ctx.close());

  it('nobody is overdue before the visits are due', async () => {
    const rows = await caseload();
    expect(rows).toHaveLength(11);
    for (const row of rows) {
      expect(row.reasons).toEqual([]);
      expect(row.overdueFollowUp).toBe(false);
      expect(row.tier).toBe(4);
    }
  });

  it('a missed, unmarked or cancelled visit with nothing booked since is an overdue follow-up; the rest are not', async () => {
    await later(2, 2); // day 2, 17:00 UTC: the visits have started
    appointments[2] = await mark(2, appointments[2]!, { status: 'no-show' });
    appointments[3] = await mark(3, appointments[3]!, { status: 'no-show' });
    appointments[4] = await mark(4, appointments[4]!, { status: 'fulfilled' });
    appointments[7] = await mark(7, appointments[7]!, {
      status: 'cancelled',
      cancelReason: 'Patient unwell, will call back',
    });
    // Within the day of grace nobody is overdue yet.
    expect((await caseload()).filter((row) => row.overdueFollowUp)).toEqual([]);
    await book(3, at(10));

    await later(1, 10); // day 4, 03:00 UTC: more than a day after the day-2 visits
    const rows = await caseload();
    expect(rowOf(rows, 1).reasons).toEqual([
      {
        code: 'overdue-follow-up',
        message: 'Visit due 2026-10-07 was not marked attended; nothing booked since',
      },
    ]);
    expect(rowOf(rows, 2).reasons).toEqual([
      { code: 'overdue-follow-up', message: 'Visit due 2026-10-07 was a no-show; nothing booked since' },
    ]);
    expect(rowOf(rows, 7).reasons).toEqual([
      { code: 'overdue-follow-up', message: 'Visit due 2026-10-07 was cancelled; nothing booked since' },
    ]);
    for (const i of [1, 2, 7]) {
      expect(rowOf(rows, i)).toMatchObject({ overdueFollowUp: true, tier: 2 });
    }
    // Rebooked after the no-show, seen, not yet a day past its start, or only booked ahead: not overdue.
    for (const i of [0, 3, 4, 5, 6]) {
      expect(codesOf(rows, i), `patient ${i}`).not.toContain('overdue-follow-up');
      expect(rowOf(rows, i).overdueFollowUp).toBe(false);
    }

    // Booking the missed patient again clears it.
    await book(1, at(8));
    expect(codesOf(await caseload(), 1)).not.toContain('overdue-follow-up');
  });

  it('a visit note signed after the missed visit counts as seen', async () => {
    // Patient 2 (a no-show on day 2) was seen on day 4 after all: the note is signed and books
    // the next visit; cancel that one so only "seen since" stands between the patient and the flag.
    const note = await prescriber.request('POST', `/api/v1/patients/${id(2)}/visit-notes`, {});
    expect(note.statusCode, note.body).toBe(201);
    const draft = note.json() as { id: string; version: number };
    const edited = await prescriber.request(
      'PATCH',
      `/api/v1/patients/${id(2)}/visit-notes/${draft.id}`,
      { riskLevel: 'none', plan: 'Seen after the missed visit.' },
      { 'if-match': `W/"${draft.version}"` },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    const signed = await prescriber.request(
      'POST',
      `/api/v1/patients/${id(2)}/visit-notes/${draft.id}/sign`,
      {},
    );
    expect(signed.statusCode, signed.body).toBe(200);
    const next = signed.json().appointment as { id: string; version: number };
    let rows = await caseload();
    expect(codesOf(rows, 2)).not.toContain('overdue-follow-up');
    await mark(2, next, { status: 'cancelled', cancelReason: 'Moving away' });
    rows = await caseload();
    // The cancelled follow-up starts later than now, so the day-2 no-show is still the latest due
    // visit, and the signed note after it means the patient was seen.
    expect(codesOf(rows, 2)).not.toContain('overdue-follow-up');
  });

  it('an open adherence task is poor adherence until it is done', async () => {
    const task = await db((trx) =>
      trx
        .insertInto('tasks')
        .values({
          organization_id: tenant.organizationId,
          patient_id: id(8),
          kind: 'adherence',
          priority: 'routine',
          // As the reminders sweep opens it when fewer than 80 % of 14 days are covered.
          title: 'Adherence 57% over 14 days (below 80%) for Sertraline',
          detail: JSON.stringify({ rule: 'adherence-below-80', pdc14: 0.57 }),
          created_at: clock.now(),
          updated_at: clock.now(),
        })
        .returning(['id', 'version'])
        .executeTakeFirstOrThrow(),
    );
    let rows = await caseload();
    expect(rowOf(rows, 8)).toMatchObject({
      tier: 3,
      reasons: [{ code: 'poor-adherence', message: 'Adherence 57% over 14 days (below 80%) for Sertraline' }],
    });
    const done = await nurse.request(
      'PATCH',
      `/api/v1/tasks/${task.id}`,
      { status: 'done', note: 'Called; new pill organiser' },
      { 'if-match': `W/"${task.version}"` },
    );
    expect(done.statusCode, done.body).toBe(200);
    rows = await caseload();
    expect(codesOf(rows, 8)).toEqual([]);
    expect(rowOf(rows, 8).tier).toBe(4);
  });

  it('a refill request awaiting a decision is a pending refill until it is decided', async () => {
    const order = await activeOrder(0);
    const requested = await patient.request('POST', '/api/v1/me/refill-requests', {
      medicationOrderId: order,
    });
    expect(requested.statusCode, requested.body).toBe(201);
    let rows = await caseload();
    expect(rowOf(rows, 0)).toMatchObject({
      tier: 3,
      reasons: [{ code: 'pending-refill', message: '1 refill request awaiting a decision' }],
    });
    const decided = await prescriber.request(
      'POST',
      `/api/v1/refill-requests/${requested.json().id}/decision`,
      { decision: 'approve', note: 'Stable' },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    rows = await caseload();
    expect(codesOf(rows, 0)).toEqual([]);
  });

  it('orders by tier: urgent safety, worsening, overdue follow-up, work waiting, then the rest', async () => {
    // Patient 9: a positive item 9; patient 10: a PHQ-9 up 8; patient 8: an adherence task again;
    // patient 0: a refill request again; patient 7 is still overdue (cancelled, nothing booked).
    const urgent = await nurse.request('POST', `/api/v1/patients/${id(9)}/scores`, {
      instrument: 'PHQ-9',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    });
    expect(urgent.json().safetyTaskCreated).toBe(true);
    for (const [date, rest] of [
      ['2026-09-20', 1],
      ['2026-10-01', 2],
    ] as const) {
      const res = await nurse.request('POST', `/api/v1/patients/${id(10)}/scores`, {
        instrument: 'PHQ-9',
        answers: [rest, rest, rest, rest, rest, rest, rest, rest, 0],
        authoredAt: date,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    await db((trx) =>
      trx
        .insertInto('tasks')
        .values({
          organization_id: tenant.organizationId,
          patient_id: id(8),
          kind: 'adherence',
          priority: 'routine',
          title: 'Adherence 60% over 14 days (below 80%)',
          detail: JSON.stringify({ rule: 'adherence-below-80' }),
          created_at: clock.now(),
          updated_at: clock.now(),
        })
        .execute(),
    );
    // A second order: the first one's refill was just used.
    const requested = await patient.request('POST', '/api/v1/me/refill-requests', {
      medicationOrderId: await activeOrder(0),
    });
    expect(requested.statusCode, requested.body).toBe(201);

    const rows = await caseload();
    const tiers = rows.map((row) => row.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    const position = (i: number) => rows.findIndex((row) => row.patient.id === id(i));
    expect(rowOf(rows, 9)).toMatchObject({ tier: 0 });
    expect(rowOf(rows, 10)).toMatchObject({ tier: 1 });
    expect(rowOf(rows, 7)).toMatchObject({ tier: 2 });
    expect(rowOf(rows, 8)).toMatchObject({ tier: 3 });
    expect(rowOf(rows, 0)).toMatchObject({ tier: 3 });
    expect(position(9)).toBe(0);
    expect(position(10)).toBe(1);
    expect(position(7)).toBeLessThan(position(8));
    expect(position(8)).toBeLessThan(position(4));
    expect(position(0)).toBeLessThan(position(4));
    expect(rowOf(rows, 4).tier).toBe(4);
  });
});
