import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { createBetweenVisitsService } from '../src/domain/between-visits.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock, testConfig } from './helpers.js';

const PHQ9_CALM = [0, 0, 0, 0, 0, 0, 0, 0, 0];

describe('daily check-ins, side effects and scale assignments', () => {
  // A Wednesday, mid-morning in Chicago.
  const clock = testClock(new Date('2026-09-02T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let nurse: Client;
  let prescriber: Client;
  let therapist: Client;
  let patient: Client;
  const me = () => tenant.patients[0]!.id;
  const tasksOf = (patientId: string) =>
    withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('tasks').selectAll().where('patient_id', '=', patientId).orderBy('created_at').execute(),
    );

  async function signInAll() {
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
  }
  /** Moves the clock on by some days; sessions time out meanwhile, so everyone signs in again. */
  async function later(days: number) {
    clock.advanceMinutes(days * 24 * 60);
    await signInAll();
  }

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 3);
    await signInAll();
  });
  afterAll(() => ctx.close());

  it('a safe check-in is stored and opens no task', async () => {
    const res = await patient.request('POST', '/api/v1/me/check-ins', {
      mood: 6,
      anxiety: 3,
      sleepHours: 7.5,
      sleepQuality: 4,
      cravings: 2,
      substanceUse: true,
      substanceUseDetail: 'two beers',
      safe: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.safetyTaskCreated).toBe(false);
    expect(body.crisisResources).toBeUndefined();
    expect(body.checkIn).toMatchObject({ date: '2026-09-02', mood: 6, sleepHours: 7.5, safe: true });
    expect(await tasksOf(me())).toEqual([]);
    const due = await patient.request('GET', '/api/v1/me/check-ins/due');
    expect(due.json()).toMatchObject({ dailyCheckInDone: true, scales: [] });
  });

  it('"not safe right now" opens an urgent task at once and returns crisis resources and what happens next', async () => {
    const res = await patient.request('POST', '/api/v1/me/check-ins', { mood: 1, safe: false });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.safetyTaskCreated).toBe(true);
    expect(body.crisisResources.map((r: { phone: string | null }) => r.phone)).toContain('988');
    expect(body.whatHappensNext).toMatch(/contact you today/);
    const urgent = await nurse.request('GET', '/api/v1/tasks?priority=urgent');
    const task = urgent.json().items.find((t: { id: string }) => t.id === body.checkIn.safetyTaskId);
    expect(task).toMatchObject({ kind: 'safety', priority: 'urgent', status: 'open', patientId: me() });
  });

  it('shows substance-use answers only to principals with substance-use access', async () => {
    const full = await nurse.request('GET', `/api/v1/patients/${me()}/check-ins`);
    expect(full.statusCode).toBe(200);
    const withSubstance = full.json().items.find((c: { substanceUse?: boolean }) => c.substanceUse === true);
    expect(withSubstance).toMatchObject({ cravings: 2, substanceUseDetail: 'two beers' });

    // The therapist, without consent: no check-ins at all.
    const refused = await therapist.request('GET', `/api/v1/patients/${me()}/check-ins`);
    expect(refused.statusCode).toBe(403);

    // With consent to measures but not substance use: check-ins without those answers.
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .insertInto('consents')
        .values({
          organization_id: tenant.organizationId,
          patient_id: me(),
          grantee_user_id: tenant.users.therapist!.id,
          sections: ['measures'],
          purpose: 'treatment',
          status: 'active',
          period_start: new Date('2026-01-01T00:00:00Z'),
          authority: 'patient',
          recorded_by: tenant.users.prescriber!.id,
          recorded_at: new Date('2026-01-01T00:00:00Z'),
        } as never)
        .execute(),
    );
    const partial = await therapist.request('GET', `/api/v1/patients/${me()}/check-ins`);
    expect(partial.statusCode, partial.body).toBe(200);
    for (const item of partial.json().items) {
      expect(item.substanceUseWithheld).toBe(true);
      expect(item).not.toHaveProperty('substanceUse');
      expect(item).not.toHaveProperty('cravings');
      expect(item).not.toHaveProperty('substanceUseDetail');
    }
    expect(partial.body).not.toContain('two beers');

    const mine = await patient.request('GET', '/api/v1/me/check-ins?from=2026-09-01&to=2026-09-30');
    expect(mine.json().items).toHaveLength(2);
    const none = await patient.request('GET', '/api/v1/me/check-ins?from=2026-10-01');
    expect(none.json().items).toEqual([]);
  });

  it('a severe side effect opens an urgent side-effect task; a mild one a routine task', async () => {
    const mild = await patient.request('POST', '/api/v1/me/side-effects', {
      symptom: 'Dry mouth',
      severity: 'mild',
      since: '2026-08-28',
    });
    expect(mild.statusCode, mild.body).toBe(201);
    expect(mild.json().whatHappensNext).toMatch(/review/);
    const severe = await patient.request('POST', '/api/v1/me/side-effects', {
      symptom: 'Rash with blisters',
      severity: 'severe',
    });
    expect(severe.statusCode, severe.body).toBe(201);
    const tasks = (await tasksOf(me())).filter((t) => t.kind === 'side-effect');
    expect(tasks).toHaveLength(2);
    expect(tasks.find((t) => t.id === mild.json().report.taskId)).toMatchObject({ priority: 'routine' });
    expect(tasks.find((t) => t.id === severe.json().report.taskId)).toMatchObject({ priority: 'urgent' });
    const urgent = await nurse.request('GET', '/api/v1/tasks?priority=urgent');
    expect(urgent.json().items.some((t: { id: string }) => t.id === severe.json().report.taskId)).toBe(true);
    expect(urgent.json().items.some((t: { id: string }) => t.id === mild.json().report.taskId)).toBe(false);

    const list = await prescriber.request('GET', `/api/v1/patients/${me()}/side-effects`);
    // Same instant (the test clock stands still): compare as a set.
    expect(
      list
        .json()
        .items.map((r: { symptom: string }) => r.symptom)
        .sort(),
    ).toEqual(['Dry mouth', 'Rash with blisters']);
    // Another patient's order cannot be named as the suspect.
    const foreignOrder = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .insertInto('medication_orders')
        .values({
          organization_id: tenant.organizationId,
          patient_id: tenant.patients[1]!.id,
          drug_name: 'sertraline',
          display_name: 'Sertraline 50 mg',
          action: 'start',
          status: 'active',
          prescriber_id: tenant.users.prescriber!.id,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    const wrong = await patient.request('POST', '/api/v1/me/side-effects', {
      symptom: 'Nausea',
      severity: 'mild',
      medicationOrderId: foreignOrder.id,
    });
    expect(wrong.statusCode).toBe(400);
  });

  it('a PHQ-9 assigned every 14 days is due after 14 days and not before', async () => {
    const created = await nurse.request('POST', `/api/v1/patients/${me()}/scale-assignments`, {
      instrument: 'phq-9',
      cadence: 'phase',
      phase: 'acute',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ instrument: 'PHQ-9', effectiveIntervalDays: 14, active: true });
    // Due at once (start date today, never answered).
    let due = (await patient.request('GET', '/api/v1/me/check-ins/due')).json();
    expect(due.scales.map((s: { instrument: string }) => s.instrument)).toEqual(['PHQ-9']);
    const answered = await patient.request('POST', '/api/v1/me/scores', {
      instrument: 'PHQ-9',
      answers: PHQ9_CALM,
    });
    expect(answered.statusCode).toBe(201);
    due = (await patient.request('GET', '/api/v1/me/check-ins/due')).json();
    expect(due.scales).toEqual([]);
    expect(due.upcoming[0]).toMatchObject({ instrument: 'PHQ-9', dueDate: '2026-09-16' });

    await later(13);
    due = (await patient.request('GET', '/api/v1/me/check-ins/due')).json();
    expect(due.scales).toEqual([]);
    expect(due.dailyCheckInDone).toBe(false);

    await later(1);
    due = (await patient.request('GET', '/api/v1/me/check-ins/due')).json();
    expect(due.scales).toMatchObject([{ instrument: 'PHQ-9', dueDate: '2026-09-16', reason: 'schedule' }]);

    // Stable phase (If-Match): every 30 days, so nothing is due now.
    const stale = await nurse.request(
      'PATCH',
      `/api/v1/patients/${me()}/scale-assignments/${created.json().id}`,
      {
        phase: 'stable',
      },
    );
    expect(stale.statusCode).toBe(428);
    const changed = await nurse.request(
      'PATCH',
      `/api/v1/patients/${me()}/scale-assignments/${created.json().id}`,
      { phase: 'stable' },
      { 'if-match': created.headers.etag as string },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ effectiveIntervalDays: 30, version: 2 });
    due = (await patient.request('GET', '/api/v1/me/check-ins/due')).json();
    expect(due.scales).toEqual([]);

    const list = await prescriber.request('GET', `/api/v1/patients/${me()}/scale-assignments`);
    expect(list.json().items).toHaveLength(1);
    expect(
      (
        await therapist.request('POST', `/api/v1/patients/${me()}/scale-assignments`, {
          instrument: 'GAD-7',
          cadence: 'interval',
          intervalDays: 7,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('a before-visit scale is due in the days before a booked visit', async () => {
    const created = await nurse.request('POST', `/api/v1/patients/${me()}/scale-assignments`, {
      instrument: 'GAD-7',
      cadence: 'phase',
      phase: 'stable',
      beforeVisit: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    await patient.request('POST', '/api/v1/me/scores', {
      instrument: 'GAD-7',
      answers: [0, 0, 0, 0, 0, 0, 0],
    });
    const gad = (items: { instrument: string }[]) => items.filter((s) => s.instrument === 'GAD-7');
    expect(gad((await patient.request('GET', '/api/v1/me/check-ins/due')).json().scales)).toEqual([]);
    await later(5);
    const visit = new Date(clock.now().getTime() + 2 * 86_400_000);
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      sql`insert into appointments (organization_id, patient_id, clinician_id, starts_at, ends_at, modality,
            status, reason_kind, created_at, updated_at)
          values (${tenant.organizationId}::uuid, ${me()}::uuid, ${tenant.users.prescriber!.id}::uuid,
            ${visit}, ${new Date(visit.getTime() + 1_800_000)}, 'telehealth', 'booked', 'follow-up', now(), now())`.execute(
        trx,
      ),
    );
    const due = (await patient.request('GET', '/api/v1/me/check-ins/due')).json();
    expect(gad(due.scales)).toMatchObject([{ instrument: 'GAD-7', reason: 'before-visit' }]);
    // Stop it (If-Match): nothing due any more.
    const stopped = await nurse.request(
      'PATCH',
      `/api/v1/patients/${me()}/scale-assignments/${created.json().id}`,
      { active: false },
      { 'if-match': created.headers.etag as string },
    );
    expect(stopped.json()).toMatchObject({ active: false });
    expect(gad((await patient.request('GET', '/api/v1/me/check-ins/due')).json().scales)).toEqual([]);
  });

  it('the daily nudge emails a patient with a due scale once a day, with no health information', async () => {
    await nurse.request('POST', `/api/v1/patients/${me()}/scale-assignments`, {
      instrument: 'GAD-7',
      cadence: 'interval',
      intervalDays: 7,
    });
    const service = createBetweenVisitsService({
      db: ctx.database.db,
      config: testConfig(),
      clock,
      mailer: ctx.mailer,
    });
    const before = ctx.mailer.sent.length;
    expect(await service.sweepDueCheckIns(clock.now(), { organizationId: tenant.organizationId })).toBe(1);
    expect(await service.sweepDueCheckIns(clock.now(), { organizationId: tenant.organizationId })).toBe(0);
    const sent = ctx.mailer.sent.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe(tenant.users.patient!.email);
    expect(`${sent[0]!.subject} ${sent[0]!.text}`).not.toMatch(/GAD|PHQ|anxiety|depress/i);
  });
});
