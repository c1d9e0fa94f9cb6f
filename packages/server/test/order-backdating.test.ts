import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

const DECISION = {
  optionsDiscussed: ['sertraline', 'escitalopram'],
  benefitsRisksExplained: true,
  patientPreference: 'Prefers a once-daily tablet.',
};
const sertraline = {
  drug: 'sertraline',
  action: 'start',
  doseAmount: 50,
  doseUnit: 'mg',
  frequency: { timesPerDay: 1 },
};

/**
 * A change entered late (made at an outside visit) starts in the past: the order it replaces ends on
 * that day, so the two never overlap on the timeline or in the weeks a trial counts.
 */
describe('back-dated changes of an order', () => {
  const clock = testClock(new Date('2026-10-01T15:00:00Z'));
  const today = '2026-10-01';
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  const base = (i: number) => `/api/v1/patients/${tenant.patients[i]!.id}/medication-orders`;

  async function signed(i: number, body: object, sign: object = {}) {
    const draft = await prescriber.request('POST', base(i), body);
    expect(draft.statusCode, draft.body).toBe(201);
    const res = await prescriber.request('POST', `${base(i)}/${draft.json().order.id}/sign`, sign);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().order as { id: string; status: string; startDate: string; endDate: string | null };
  }
  async function order(i: number, id: string) {
    const res = await prescriber.request('GET', `${base(i)}/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().order as { status: string; startDate: string; endDate: string | null };
  }

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 4);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
  });
  afterAll(() => ctx.close());

  it('ends the replaced order on the day a back-dated dose change started', async () => {
    const first = await signed(0, { ...sertraline, startDate: '2026-08-02' }, { sharedDecision: DECISION });
    expect(first.startDate).toBe('2026-08-02');
    const change = await signed(0, {
      ...sertraline,
      action: 'change-dose',
      doseAmount: 100,
      startDate: '2026-09-17',
      replacesOrderId: first.id,
    });
    expect(change).toMatchObject({ status: 'active', startDate: '2026-09-17', endDate: null });
    expect(await order(0, first.id)).toMatchObject({ status: 'completed', endDate: '2026-09-17' });

    // The course counts 60 days (8 weeks), not 60 + the 14 days the two orders would overlap.
    const trials = await prescriber.request(
      'GET',
      `/api/v1/patients/${tenant.patients[0]!.id}/medication-trials`,
    );
    expect(trials.statusCode, trials.body).toBe(200);
    expect(trials.json().items).toHaveLength(1);
    expect(trials.json().items[0]).toMatchObject({
      drug: 'sertraline',
      orderIds: [first.id, change.id],
      startDate: '2026-08-02',
      endDate: null,
      weeks: 8,
    });
  });

  it('ends the replaced order today when the change starts today or has no start date', async () => {
    const first = await signed(1, { ...sertraline, startDate: '2026-08-02' }, { sharedDecision: DECISION });
    const dated = await signed(1, {
      ...sertraline,
      action: 'change-dose',
      doseAmount: 100,
      startDate: today,
      replacesOrderId: first.id,
    });
    expect(await order(1, first.id)).toMatchObject({ status: 'completed', endDate: today });
    const undated = await signed(1, {
      ...sertraline,
      action: 'change-dose',
      doseAmount: 150,
      replacesOrderId: dated.id,
    });
    expect(undated.startDate).toBe(today);
    expect(await order(1, dated.id)).toMatchObject({ status: 'completed', endDate: today });
  });

  it('never ends the replaced order before it began, nor after today', async () => {
    const first = await signed(2, { ...sertraline, startDate: '2026-09-20' }, { sharedDecision: DECISION });
    await signed(2, {
      ...sertraline,
      action: 'change-dose',
      doseAmount: 100,
      startDate: '2026-09-10',
      replacesOrderId: first.id,
    });
    expect(await order(2, first.id)).toMatchObject({ status: 'completed', endDate: '2026-09-20' });

    // A change planned for next week ends the current order today, as before.
    const second = await signed(
      2,
      { ...sertraline, drug: 'bupropion', doseAmount: 150, startDate: '2026-09-01' },
      {
        sharedDecision: DECISION,
      },
    );
    await signed(2, {
      ...sertraline,
      drug: 'bupropion',
      action: 'change-dose',
      doseAmount: 300,
      startDate: '2026-10-08',
      replacesOrderId: second.id,
    });
    expect(await order(2, second.id)).toMatchObject({ status: 'completed', endDate: today });
  });

  it('ends the old drug of a back-dated switch on the switch’s start, where its cross-taper begins', async () => {
    const first = await signed(3, { ...sertraline, startDate: '2026-07-01' }, { sharedDecision: DECISION });
    const sw = await signed(
      3,
      {
        drug: 'escitalopram',
        action: 'switch',
        doseAmount: 10,
        doseUnit: 'mg',
        frequency: { timesPerDay: 1 },
        startDate: '2026-09-24',
        replacesOrderId: first.id,
      },
      { sharedDecision: DECISION },
    );
    expect(await order(3, first.id)).toMatchObject({ status: 'stopped', endDate: '2026-09-24' });
    const detail = (await prescriber.request('GET', `${base(3)}/${sw.id}`)).json();
    expect(detail.order).toMatchObject({ startDate: '2026-09-24', status: 'active' });
    expect(detail.crossTaper).toMatchObject({ from: 'sertraline', to: 'escitalopram' });
  });
});
