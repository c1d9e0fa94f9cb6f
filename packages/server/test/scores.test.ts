import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

const PHQ9 = (item9: number, rest = 1) => [rest, rest, rest, rest, rest, rest, rest, rest, item9];

describe('rating scales', () => {
  const clock = testClock(new Date('2026-09-01T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let nurse: Client;
  let prescriber: Client;
  let therapist: Client;
  let patient: Client;
  const scores = (i: number) => `/api/v1/patients/${tenant.patients[i]!.id}/scores`;
  const openTasks = (patientId: string) =>
    withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('tasks').selectAll().where('patient_id', '=', patientId).execute(),
    );

  /** Moves the clock on by some days; sessions time out meanwhile, so everyone signs in again. */
  async function later(days: number) {
    clock.advanceMinutes(days * 24 * 60);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
  }

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 3);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
  });
  afterAll(() => ctx.close());

  it('scores and stores a PHQ-9 entered in clinic', async () => {
    const res = await nurse.request('POST', scores(1), { instrument: 'phq-9', answers: PHQ9(0, 2) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      instrument: 'PHQ-9',
      total: 16,
      band: 'moderately severe',
      enteredByKind: 'staff',
      enteredBy: tenant.users.nurse!.id,
      safetyTaskCreated: false,
    });
    expect(res.json().crisisResources).toBeUndefined();
    // Alert fatigue: item 9 = 0 creates no task.
    expect(await openTasks(tenant.patients[1]!.id)).toEqual([]);
  });

  it('names the item when an answer is out of range', async () => {
    const res = await nurse.request('POST', scores(1), {
      instrument: 'PHQ-9',
      answers: [0, 0, 7, 0, 0, 0, 0, 0, 0],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('answers[2]');
    expect(res.json().detail).toMatch(/item 3|3/);
    const unknown = await nurse.request('POST', scores(1), { instrument: 'XYZ-4', answers: [1] });
    expect(unknown.statusCode).toBe(422);
  });

  it('a patient’s own PHQ-9 with item 9 = 1 opens an urgent safety task and returns crisis resources', async () => {
    const res = await patient.request('POST', '/api/v1/me/scores', { instrument: 'PHQ-9', answers: PHQ9(1) });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ safetyTaskCreated: true, enteredByKind: 'patient' });
    expect(
      body.crisisResources.map((r: { phone: string | null; text: string | null }) => r.phone ?? r.text),
    ).toEqual(['988', '911', '741741']);
    const tasks = await openTasks(tenant.patients[0]!.id);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      kind: 'safety',
      priority: 'urgent',
      status: 'open',
      source_response_id: body.id,
    });
    expect(tasks[0]!.detail).toMatchObject({ trigger: [{ code: 'suicidal-ideation', item: 9, answer: 1 }] });
  });

  it('a positive C-SSRS screen opens a task too', async () => {
    const res = await nurse.request('POST', scores(2), {
      instrument: 'C-SSRS',
      answers: ['yes', 'yes', 'no', 'no', 'no', 'no'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ risk: expect.any(String), safetyTaskCreated: true });
    expect(res.json().crisisResources).toHaveLength(3);
    const negative = await nurse.request('POST', scores(2), {
      instrument: 'C-SSRS',
      answers: ['no', 'no', 'no', 'no', 'no', 'no'],
    });
    expect(negative.json()).toMatchObject({ risk: null, safetyTaskCreated: false });
    expect(await openTasks(tenant.patients[2]!.id)).toHaveLength(1);
  });

  it('interprets a series: response, then remission; flags no response after an adequate trial', async () => {
    const id = tenant.patients[2]!.id;
    // Sertraline 100 mg for 8 weeks before the scores: an adequate trial.
    const draft = await prescriber.request('POST', `/api/v1/patients/${id}/medication-orders`, {
      drug: 'sertraline',
      action: 'start',
      doseAmount: 100,
      doseUnit: 'mg',
      frequency: { timesPerDay: 1 },
      startDate: '2026-07-01',
    });
    await prescriber.request(
      'POST',
      `/api/v1/patients/${id}/medication-orders/${draft.json().order.id}/sign`,
      {
        sharedDecision: {
          optionsDiscussed: ['sertraline'],
          benefitsRisksExplained: true,
          patientPreference: 'agrees',
        },
      },
    );
    await nurse.request('POST', scores(2), { instrument: 'PHQ-9', answers: PHQ9(0, 2) }); // 16
    await later(14);
    await nurse.request('POST', scores(2), { instrument: 'PHQ-9', answers: [2, 2, 2, 2, 2, 1, 1, 1, 0] }); // 13
    let res = await therapist.request('GET', scores(2));
    expect(res.statusCode).toBe(403); // no consent
    res = await prescriber.request('GET', `${scores(2)}?instrument=PHQ-9`);
    expect(res.statusCode, res.body).toBe(200);
    let series = res.json().series[0];
    expect(series.points.map((p: { total: number }) => p.total)).toEqual([16, 13]);
    expect(series.interpretation).toMatchObject({ response: false, remission: false });
    expect(series.noAdequateResponseAfterAdequateTrial).toBe(true);
    expect(series.adequateTrials[0]).toMatchObject({ drug: 'sertraline', dailyMg: 100 });

    await later(14);
    await nurse.request('POST', scores(2), { instrument: 'PHQ-9', answers: [1, 1, 1, 1, 0, 0, 0, 0, 0] }); // 4
    res = await prescriber.request('GET', `${scores(2)}?instrument=PHQ-9`);
    series = res.json().series[0];
    expect(series.interpretation).toMatchObject({ response: true, remission: true });
    expect(series.noAdequateResponseAfterAdequateTrial).toBe(false);
    expect(res.json().items.map((i: { total: number }) => i.total)).toEqual([4, 13, 16]);
    // Only PHQ-9 was asked for: the C-SSRS entries are not in this answer.
    expect(res.json().items.every((i: { instrument: string }) => i.instrument === 'PHQ-9')).toBe(true);
  });

  it('lets a therapist read scores once the patient shares measures with them', async () => {
    expect((await therapist.request('GET', scores(0))).statusCode).toBe(403);
    const consent = await patient.request('POST', '/api/v1/me/consents', {
      granteeUserId: tenant.users.therapist!.id,
      sections: ['measures'],
      purpose: 'treatment',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const res = await therapist.request('GET', scores(0));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.length).toBeGreaterThan(0);
    // Measures only: the medication list stays closed.
    expect(
      (await therapist.request('GET', `/api/v1/patients/${tenant.patients[0]!.id}/medication-orders`))
        .statusCode,
    ).toBe(403);
  });

  it('shows a patient only their own scores', async () => {
    const mine = await patient.request('GET', '/api/v1/me/scores');
    expect(mine.statusCode).toBe(200);
    expect(
      mine.json().items.every((i: { patientId: string }) => i.patientId === tenant.patients[0]!.id),
    ).toBe(true);
    expect((await patient.request('GET', scores(1))).statusCode).toBe(403);
  });
});
