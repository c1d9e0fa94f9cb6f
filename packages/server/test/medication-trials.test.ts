import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import type { OrderAction, OrderStatus } from '../src/db/schema.js';
import { DEMO_COURSES, DEMO_PASSWORD, generateDemoClinic } from '../src/demo/clinic.js';
import { loadDemoClinic } from '../src/demo/load.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

/**
 * `GET /patients/:id/medication-trials`: each antidepressant course judged by the engine (dose in
 * the formulary's range, weeks at that dose, outcome from the PHQ-9 before and after) and the
 * treatment-resistant depression line. Orders are written as they stand after signing: the trials
 * need weeks of history that HTTP would take weeks to build.
 */
describe('medication trials', () => {
  const clock = testClock(new Date('2026-10-01T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  const patientUrl = (i: number) => `/api/v1/patients/${tenant.patients[i]!.id}`;

  async function storeOrder(
    i: number,
    drug: string,
    mg: number,
    status: OrderStatus,
    start: string,
    end: string | null,
    action: OrderAction = 'start',
  ) {
    return withTenant(ctx.database.db, tenant.organizationId, async (trx) => {
      const row = await trx
        .insertInto('medication_orders')
        .values({
          organization_id: tenant.organizationId,
          patient_id: tenant.patients[i]!.id,
          drug_name: drug,
          display_name: drug,
          dose_amount: mg,
          dose_unit: 'mg',
          route: 'oral',
          frequency: JSON.stringify({ timesPerDay: 1 }),
          quantity: 30,
          refills: 0,
          action,
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

  async function trials(i: number, client: Client = prescriber) {
    const res = await client.request('GET', `${patientUrl(i)}/medication-trials`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 6);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
  });
  afterAll(() => ctx.close());

  it('judges an adequate trial without response, a too-low dose, a too-short trial and a responder', async () => {
    // Sertraline 150 mg 2026-01-01 → 03-01 (8 weeks), PHQ-9 18 → 16: adequate, no response.
    await storePhq9(0, 18, '2025-12-30');
    const sertraline = await storeOrder(0, 'sertraline', 150, 'stopped', '2026-01-01', '2026-03-01');
    await storePhq9(0, 16, '2026-02-26');
    // Bupropion 150 mg for 10 weeks: below the 300 mg a trial needs.
    await storeOrder(0, 'bupropion', 150, 'stopped', '2026-03-02', '2026-05-11');
    // Escitalopram 20 mg for 3 weeks: too short to judge.
    await storeOrder(0, 'escitalopram', 20, 'stopped', '2026-05-12', '2026-06-02');
    // Fluoxetine 20 mg since 2026-06-03 (17 weeks by 10-01), PHQ-9 16 → 6: response.
    await storePhq9(0, 16, '2026-06-03');
    await storeOrder(0, 'fluoxetine', 20, 'active', '2026-06-03', null);
    await storePhq9(0, 6, '2026-09-24');

    const body = await trials(0);
    expect(body.items.map((t: { drug: string }) => t.drug)).toEqual([
      'sertraline',
      'bupropion',
      'escitalopram',
      'fluoxetine',
    ]);
    const [first, low, short, responder] = body.items;
    expect(first).toMatchObject({
      dailyMg: 150,
      weeks: 8,
      adequateDose: true,
      adequateDuration: true,
      adequate: true,
      outcome: 'none',
      phq9Before: 18,
      phq9After: 16,
      reasons: [],
      source: 'order',
      orderIds: [sertraline],
      startDate: '2026-01-01',
      endDate: '2026-03-01',
    });
    expect(low).toMatchObject({ dailyMg: 150, weeks: 10, adequateDose: false, adequate: false });
    expect(low.reasons).toEqual(['150 mg/day is outside the therapeutic range (300-450 mg/day).']);
    expect(short).toMatchObject({ weeks: 3, adequateDose: true, adequateDuration: false, adequate: false });
    expect(short.reasons).toEqual(['3 weeks is shorter than the 6 weeks needed.']);
    expect(responder).toMatchObject({
      weeks: 17,
      adequate: true,
      outcome: 'response',
      phq9Before: 16,
      phq9After: 6,
      endDate: null,
    });
    // One adequate trial without response: not treatment-resistant.
    expect(body.adequateFailedTrials).toBe(1);
    expect(body.treatmentResistant).toBe(false);
    expect(body.summary).toContain('treatment-resistant depression needs at least 2');
  });

  it('treats a titration and taper of one drug as one course, judged at the dose held long enough', async () => {
    // Sertraline 50 → 100 → 150 (10 weeks) → 75 taper, PHQ-9 18 → 16; then venlafaxine 150 mg.
    await storePhq9(1, 18, '2026-02-01');
    const ids = [
      await storeOrder(1, 'sertraline', 50, 'completed', '2026-02-02', '2026-02-16'),
      await storeOrder(1, 'sertraline', 100, 'completed', '2026-02-16', '2026-03-02', 'change-dose'),
      await storeOrder(1, 'sertraline', 150, 'completed', '2026-03-02', '2026-05-11', 'change-dose'),
      await storeOrder(1, 'sertraline', 75, 'completed', '2026-05-11', '2026-05-25', 'taper'),
    ];
    await storePhq9(1, 17, '2026-04-01');
    await storePhq9(1, 16, '2026-05-08');
    await storePhq9(1, 15, '2026-05-20');
    await storeOrder(1, 'venlafaxine', 150, 'active', '2026-05-11', null, 'switch');
    await storePhq9(1, 14, '2026-09-20');

    const body = await trials(1);
    expect(body.items).toHaveLength(2);
    const [sertraline, venlafaxine] = body.items;
    expect(sertraline).toMatchObject({
      drug: 'sertraline',
      dailyMg: 150,
      weeks: 10,
      adequate: true,
      // The PHQ-9 when the 150 mg ended, not once the next drug had started.
      phq9Before: 18,
      phq9After: 16,
      outcome: 'none',
      orderIds: ids,
      startDate: '2026-02-02',
      endDate: '2026-05-25',
    });
    expect(venlafaxine).toMatchObject({ adequate: true, phq9Before: 16, phq9After: 14, outcome: 'none' });
    // Two adequate trials without response: meets the definition.
    expect(body.adequateFailedTrials).toBe(2);
    expect(body.treatmentResistant).toBe(true);
    expect(body.summary).toContain('meets the definition of treatment-resistant depression');
  });

  it('lists nothing (and no TRD) for a patient who has taken no antidepressant', async () => {
    await storePhq9(2, 20, '2026-06-01');
    await storeOrder(2, 'quetiapine', 100, 'active', '2026-06-01', null);
    await storePhq9(2, 19, '2026-09-01');
    const body = await trials(2);
    expect(body.items).toEqual([]);
    expect(body.adequateFailedTrials).toBe(0);
    expect(body.treatmentResistant).toBe(false);
    // A patient with no record at all.
    expect((await trials(3)).items).toEqual([]);
  });

  it('leaves out drafts and orders entered in error', async () => {
    await storeOrder(4, 'sertraline', 100, 'draft', '2026-06-01', null);
    await storeOrder(4, 'escitalopram', 10, 'entered-in-error', '2026-06-01', '2026-09-01');
    expect((await trials(4)).items).toEqual([]);
  });

  it('is for the care team’s clinical roles, and each read is audited', async () => {
    for (const role of ['nurse', 'care-coordinator']) {
      const client = await signIn(ctx.app, tenant.users[role]!.email);
      expect((await trials(0, client)).items).toHaveLength(4);
    }
    // A therapist sees medications and scores only as the patient consents; none here.
    const therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    expect((await therapist.request('GET', `${patientUrl(0)}/medication-trials`)).statusCode).toBe(403);
    for (const role of ['front-desk', 'admin', 'patient']) {
      const client = await signIn(ctx.app, tenant.users[role]!.email);
      const res = await client.request('GET', `${patientUrl(0)}/medication-trials`);
      expect(res.statusCode, role).toBe(403);
    }
    // Not on the care team: as if the patient did not exist.
    const outsider = await signIn(ctx.app, tenant.users.outsider!.email);
    expect((await outsider.request('GET', `${patientUrl(0)}/medication-trials`)).statusCode).toBe(404);

    const audit = await ctx.database.queryAsOwner<{ action: string; detail: { view?: string } }>(
      `select action, detail from audit_events where patient_id = $1 and user_id = $2`,
      [tenant.patients[0]!.id, tenant.users.prescriber!.id],
    );
    expect(audit.some((row) => row.action === 'read' && row.detail?.view === 'medication-trials')).toBe(true);
  });
});

describe('demo courses', () => {
  // Demo accounts sign in with codes on the real clock, so the history is laid out up to today.
  const clock = testClock();
  const anchorDate = clock.now().toISOString().slice(0, 10);
  const domain = `courses-${randomUUID().slice(0, 8)}.titrate.test`;
  // Ids derive from the seed; a seed of its own keeps this clinic apart from others on a shared server.
  const options = { domain, slug: domain, seed: Number.parseInt(domain.slice(8, 16), 16), anchorDate };
  const clinic = generateDemoClinic(options);
  const switched = clinic.patients[DEMO_COURSES.switched - 1]!;
  const teen = clinic.patients[DEMO_COURSES.adolescent - 1]!;
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let psychiatrist: Client;

  beforeAll(async () => {
    ctx = await testApp({ clock });
    await loadDemoClinic(ctx.database, options);
    psychiatrist = await signIn(ctx.app, `psychiatrist@${domain}`, DEMO_PASSWORD);
  });
  afterAll(() => ctx.close());

  it('shows the switched non-responder: sertraline adequate without response, then venlafaxine responding', async () => {
    const res = await psychiatrist.request('GET', `/api/v1/patients/${switched.id}/medication-trials`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(2);
    const [sertraline, venlafaxine] = body.items;
    expect(sertraline).toMatchObject({
      drug: 'sertraline',
      dailyMg: 150,
      weeks: 10,
      adequate: true,
      outcome: 'none',
      phq9Before: 18,
      phq9After: 16,
    });
    expect(sertraline.orderIds).toHaveLength(4); // 50 → 100 → 150 → taper
    expect(venlafaxine).toMatchObject({
      drug: 'venlafaxine',
      dailyMg: 150,
      adequate: true,
      outcome: 'response',
      phq9Before: 16,
      phq9After: 6,
      endDate: null,
    });
    expect(body.treatmentResistant).toBe(false);
    // Both drugs overlap during the cross-taper, each an order of its own.
    const orders = (
      await psychiatrist.request('GET', `/api/v1/patients/${switched.id}/medication-orders`)
    ).json();
    const items: { drug: string; status: string }[] = orders.items ?? orders;
    expect(items.filter((o) => o.status === 'active').map((o) => o.drug)).toEqual(['venlafaxine']);
  });

  it('has an adolescent of 15-16 on fluoxetine, reviewed a week after each change, sharing medicines with the guardian', async () => {
    const age = (Date.parse(anchorDate) - Date.parse(teen.dateOfBirth)) / (365.25 * 86_400_000);
    expect(age).toBeGreaterThanOrEqual(15);
    expect(age).toBeLessThan(17);
    expect(teen.guardian).not.toBeNull();
    const trials = (
      await psychiatrist.request('GET', `/api/v1/patients/${teen.id}/medication-trials`)
    ).json();
    expect(trials.items).toHaveLength(1);
    expect(trials.items[0]).toMatchObject({
      drug: 'fluoxetine',
      dailyMg: 20,
      weeks: 4,
      adequateDose: true,
      adequateDuration: false,
      endDate: null,
    });
    // The start and the dose increase were each reviewed a week later (the engine's boxed-warning rule).
    const visits = (await psychiatrist.request('GET', `/api/v1/patients/${teen.id}/appointments`)).json()
      .items as { startsAt: string; status: string }[];
    const days = visits
      .filter((v) => v.status === 'fulfilled')
      .map((v) => v.startsAt.slice(0, 10))
      .sort();
    expect(days).toHaveLength(3);
    const gap = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
    expect(gap(days[0]!, days[1]!)).toBe(7);
    expect(gap(days[1]!, days[2]!)).toBe(7);
    expect(visits.some((v) => v.status === 'booked')).toBe(true);
    // PHQ-9 at least fortnightly since the start.
    const scores = (await psychiatrist.request('GET', `/api/v1/patients/${teen.id}/scores`)).json();
    const phq9 = (scores.items as { instrument: string; authoredAt: string }[])
      .filter((r) => r.instrument === 'PHQ-9')
      .map((r) => r.authoredAt)
      .sort();
    expect(phq9.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < phq9.length; i++) expect(gap(phq9[i - 1]!, phq9[i]!)).toBeLessThanOrEqual(14);

    // The guardian sees medicines because the adolescent consented; guardian01's teen shares nothing.
    const guardian = await signIn(ctx.app, teen.guardian!.email, DEMO_PASSWORD);
    const linked = (await guardian.request('GET', '/api/v1/guardian/adolescents')).json();
    expect(linked.items).toHaveLength(1);
    expect(linked.items[0]).toMatchObject({ id: teen.id, sharesMedications: true });
    const other = await signIn(ctx.app, `guardian01@${domain}`, DEMO_PASSWORD);
    const otherLinked = (await other.request('GET', '/api/v1/guardian/adolescents')).json();
    expect(otherLinked.items[0].sharesMedications).toBe(false);
  });
});
