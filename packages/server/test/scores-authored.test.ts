import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

/** PHQ-9 answers: eight items at `rest`, item 9 as given (total = 8 × rest + item9). */
const PHQ9 = (item9: number, rest = 1) => [rest, rest, rest, rest, rest, rest, rest, rest, item9];

interface Point {
  date: string;
  total: number;
}

describe('scores entered in clinic with the date they were answered', () => {
  // 10:00 in Chicago (the test patients' zone), 11:00 at the clinic (New York).
  const NOW = new Date('2026-09-01T15:00:00Z');
  const clock = testClock(NOW);
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let nurse: Client;
  let prescriber: Client;
  let patient: Client;
  const scores = (i: number) => `/api/v1/patients/${tenant.patients[i]!.id}/scores`;
  const db = <T>(fn: Parameters<typeof withTenant<T>>[2]) =>
    withTenant(ctx.database.db, tenant.organizationId, fn);

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 4);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
  });
  afterAll(() => ctx.close());

  it('stores a date as midday in the patient’s zone, audits it, and "today" as now', async () => {
    const res = await nurse.request('POST', scores(1), {
      instrument: 'PHQ-9',
      answers: PHQ9(0, 2),
      authoredAt: '2026-08-18',
    });
    expect(res.statusCode, res.body).toBe(201);
    // Noon in Chicago (daylight time) is 17:00 UTC.
    expect(res.json()).toMatchObject({ authoredAt: '2026-08-18T17:00:00.000Z', enteredByKind: 'staff' });
    const audit = await db((trx) =>
      trx
        .selectFrom('audit_events')
        .selectAll()
        .where('resource_type', '=', 'QuestionnaireResponse')
        .where('resource_id', '=', res.json().id)
        .executeTakeFirstOrThrow(),
    );
    expect(audit).toMatchObject({ action: 'create', outcome: 'success' });
    expect(new Date(audit.occurred_at as unknown as string).toISOString()).toBe(NOW.toISOString());
    expect(audit.detail).toMatchObject({
      instrument: 'PHQ-9',
      backDated: true,
      authoredAt: '2026-08-18T17:00:00.000Z',
    });

    const today = await nurse.request('POST', scores(1), {
      instrument: 'GAD-7',
      answers: [1, 1, 1, 1, 1, 1, 1],
      authoredAt: '2026-09-01',
    });
    expect(today.statusCode, today.body).toBe(201);
    expect(today.json().authoredAt).toBe(NOW.toISOString());

    const exact = await nurse.request('POST', scores(1), {
      instrument: 'GAD-7',
      answers: [0, 0, 0, 0, 0, 0, 0],
      authoredAt: '2026-08-30T09:30:00-05:00',
    });
    expect(exact.statusCode, exact.body).toBe(201);
    expect(exact.json().authoredAt).toBe('2026-08-30T14:30:00.000Z');
  });

  it('refuses a date in the future or before the date of birth, saying which field and why', async () => {
    const count = () =>
      db((trx) =>
        trx
          .selectFrom('questionnaire_responses')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('patient_id', '=', tenant.patients[2]!.id)
          .executeTakeFirstOrThrow(),
      );
    const before = Number((await count()).n);
    const tomorrow = await nurse.request('POST', scores(2), {
      instrument: 'PHQ-9',
      answers: PHQ9(0),
      authoredAt: '2026-09-02',
    });
    expect(tomorrow.statusCode).toBe(400);
    expect(tomorrow.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(tomorrow.json().detail).toMatch(/future.*today or earlier/);
    expect(tomorrow.json().errors).toEqual([{ field: 'body.authoredAt', message: 'in the future' }]);

    const inTwoMinutes = await nurse.request('POST', scores(2), {
      instrument: 'PHQ-9',
      answers: PHQ9(0),
      authoredAt: new Date(NOW.getTime() + 2 * 60_000).toISOString(),
    });
    expect(inTwoMinutes.statusCode).toBe(400);
    expect(inTwoMinutes.json().errors[0].field).toBe('body.authoredAt');

    const dob = tenant.patients[2]!.dateOfBirth;
    const beforeBirth = await nurse.request('POST', scores(2), {
      instrument: 'PHQ-9',
      answers: PHQ9(0),
      authoredAt: '1970-01-01',
    });
    expect(beforeBirth.statusCode).toBe(400);
    expect(beforeBirth.json().detail).toContain(`date of birth (${dob})`);
    expect(beforeBirth.json().errors).toEqual([
      { field: 'body.authoredAt', message: 'before the date of birth' },
    ]);

    const notADate = await nurse.request('POST', scores(2), {
      instrument: 'PHQ-9',
      answers: PHQ9(0),
      authoredAt: 'last Tuesday',
    });
    expect(notADate.statusCode).toBe(400);
    expect(Number((await count()).n)).toBe(before);

    // Clock skew of under a minute is not "the future": stored as now.
    const skewed = await nurse.request('POST', scores(2), {
      instrument: 'PHQ-9',
      answers: PHQ9(0),
      authoredAt: new Date(NOW.getTime() + 30_000).toISOString(),
    });
    expect(skewed.statusCode, skewed.body).toBe(201);
    expect(skewed.json().authoredAt).toBe(NOW.toISOString());
  });

  it('a patient’s own scores are always "now": a date is refused', async () => {
    const res = await patient.request('POST', '/api/v1/me/scores', {
      instrument: 'PHQ-9',
      answers: PHQ9(0),
      authoredAt: '2026-08-01',
    });
    expect(res.statusCode).toBe(400);
    const ok = await patient.request('POST', '/api/v1/me/scores', { instrument: 'PHQ-9', answers: PHQ9(0) });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().authoredAt).toBe(NOW.toISOString());
  });

  it('a back-dated PHQ-9 with item 9 > 0 still opens the urgent task now, on the caseload', async () => {
    const res = await nurse.request('POST', scores(3), {
      instrument: 'PHQ-9',
      answers: PHQ9(2),
      authoredAt: '2026-08-04',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ safetyTaskCreated: true, authoredAt: '2026-08-04T17:00:00.000Z' });
    expect(body.crisisResources.length).toBeGreaterThan(0);
    const task = await db((trx) =>
      trx.selectFrom('tasks').selectAll().where('id', '=', body.safetyTaskId).executeTakeFirstOrThrow(),
    );
    expect(task).toMatchObject({ kind: 'safety', priority: 'urgent', status: 'open' });
    // Opened now (nobody has acted on the answer yet), and it says when the patient answered.
    expect(new Date(task.created_at).toISOString()).toBe(NOW.toISOString());
    expect(task.title).toContain('answered 2026-08-04');
    expect(task.detail).toMatchObject({ authoredAt: '2026-08-04T17:00:00.000Z' });
    // A positive C-SSRS screen from a paper form too.
    const cssrs = await nurse.request('POST', scores(3), {
      instrument: 'C-SSRS',
      answers: ['yes', 'yes', 'no', 'no', 'no', 'no'],
      authoredAt: '2026-08-05',
    });
    expect(cssrs.statusCode, cssrs.body).toBe(201);
    const cssrsTask = await db((trx) =>
      trx
        .selectFrom('tasks')
        .selectAll()
        .where('id', '=', cssrs.json().safetyTaskId)
        .executeTakeFirstOrThrow(),
    );
    expect(cssrsTask.title).toMatch(/^C-SSRS screen positive .* \(answered 2026-08-05\)$/);
    const caseload = await prescriber.request('GET', '/api/v1/caseload');
    const first = caseload.json().items[0];
    expect(first.patient.id).toBe(tenant.patients[3]!.id);
    expect(first.reasons[0].code).toBe('urgent-safety-task');
  });

  it('weeks entered out of order compare by when they were answered, not when they were typed', async () => {
    const id = tenant.patients[0]!.id;
    const enter = async (date: string, rest: number) => {
      const res = await nurse.request('POST', `/api/v1/patients/${id}/scores`, {
        instrument: 'PHQ-9',
        answers: PHQ9(0, rest),
        authoredAt: date,
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    // Typed week 4, then week 0, then week 2; the patient's own answer today (8) came first.
    await enter('2026-08-04', 1); // week 4: 8
    await enter('2026-07-07', 3); // week 0: 24
    await enter('2026-07-21', 2); // week 2: 16
    const res = await prescriber.request('GET', `/api/v1/patients/${id}/scores?instrument=PHQ-9`);
    expect(res.statusCode, res.body).toBe(200);
    const series = res.json().series[0] as {
      points: Point[];
      interpretation: { baseline: Point; latest: Point; response: boolean; trend: string };
    };
    expect(series.points).toEqual([
      { date: '2026-07-07', total: 24 },
      { date: '2026-07-21', total: 16 },
      { date: '2026-08-04', total: 8 },
      { date: '2026-09-01', total: 8 },
    ]);
    // The baseline is the earliest answered (24), not the first typed (8): a response.
    expect(series.interpretation.baseline).toEqual({ date: '2026-07-07', total: 24 });
    expect(series.interpretation.latest).toEqual({ date: '2026-09-01', total: 8 });
    expect(series.interpretation).toMatchObject({ response: true, trend: 'stable' });
    // The list is newest first by when answered.
    const items = res.json().items as { total: number; authoredAt: string }[];
    expect(items.map((i) => i.authoredAt.slice(0, 10))).toEqual([
      '2026-09-01',
      '2026-08-04',
      '2026-07-21',
      '2026-07-07',
    ]);
  });

  it('the caseload’s worsening compares the latest two answered, whatever order they were entered in', async () => {
    // A fresh tenant: patients with no history.
    const fresh = await createTenant(ctx.database, 2);
    const freshNurse = await signIn(ctx.app, fresh.users.nurse!.email);
    const at = (i: number) => `/api/v1/patients/${fresh.patients[i]!.id}/scores`;
    const enter = async (i: number, date: string, rest: number) => {
      const res = await freshNurse.request('POST', at(i), {
        instrument: 'PHQ-9',
        answers: PHQ9(0, rest),
        authoredAt: date,
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    // Patient 0: typed week 4 (16), week 0 (24), week 2 (8). By answer date 24 → 8 → 16: up 8.
    await enter(0, '2026-08-18', 2);
    await enter(0, '2026-07-21', 3);
    await enter(0, '2026-08-04', 1);
    // Patient 1: typed week 2 (16), then week 0 (8). By answer date 8 → 16 is up 8, but the
    // latest inserted (8) is lower than the one before it: only authored order finds the rise.
    await enter(1, '2026-08-04', 2);
    await enter(1, '2026-07-21', 1);
    const caseload = await freshNurse.request('GET', '/api/v1/caseload');
    expect(caseload.statusCode).toBe(200);
    const items = caseload.json().items as { patient: { id: string }; reasons: { message: string }[] }[];
    const reasonOf = (i: number) => items.find((item) => item.patient.id === fresh.patients[i]!.id)?.reasons;
    expect(reasonOf(0)).toEqual([{ code: 'worsening-score', message: 'PHQ-9 up 8 points (8 → 16)' }]);
    expect(reasonOf(1)).toEqual([{ code: 'worsening-score', message: 'PHQ-9 up 8 points (8 → 16)' }]);

    // An older form entered later does not change what is "latest".
    await enter(1, '2026-07-01', 3);
    const again = (await freshNurse.request('GET', '/api/v1/caseload')).json().items as typeof items;
    expect(again.find((item) => item.patient.id === fresh.patients[1]!.id)?.reasons).toEqual([
      { code: 'worsening-score', message: 'PHQ-9 up 8 points (8 → 16)' },
    ]);
  });
});
