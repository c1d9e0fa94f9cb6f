import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { createClinicalRecordService } from '../src/domain/clinical-record.js';
import { createReminderService } from '../src/domain/reminders.js';
import { startJobs } from '../src/jobs/queue.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock, testConfig } from './helpers.js';
import { activeOrder } from './reminder-fixtures.js';

interface Item {
  test: string;
  due: string;
  status: 'overdue' | 'due' | 'up-to-date';
  daysOverdue: number;
  drugs: string[];
  lastResult: { value: number; flag: string | null } | null;
}

describe('monitoring schedule from active medications', () => {
  const clock = testClock(new Date('2026-09-01T14:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let nurse: Client;
  const url = (i: number, rest: string) => `/api/v1/patients/${tenant.patients[i]!.id}/${rest}`;
  const service = () =>
    createClinicalRecordService({ db: ctx.database.db, config: testConfig(), clock, mailer: ctx.mailer });
  const sweep = () => service().sweepMonitoring(clock.now(), { organizationId: tenant.organizationId });
  const monitoringTasks = (i: number) =>
    withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('tasks')
        .selectAll()
        .where('patient_id', '=', tenant.patients[i]!.id)
        .where('kind', '=', 'monitoring')
        .execute(),
    );
  async function schedule(i: number): Promise<Item[]> {
    const res = await nurse.request('GET', url(i, 'monitoring'));
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  }
  async function later(days: number) {
    clock.advanceMinutes(days * 24 * 60);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
  }

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 3);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
  });
  afterAll(() => ctx.close());

  it('lists nothing for a patient on no medication, and the sweep opens nothing', async () => {
    expect(await schedule(2)).toEqual([]);
    expect(await sweep()).toBe(0);
    expect(await monitoringTasks(2)).toEqual([]);
  });

  it('follows clozapine: weekly ANC, overdue after the interval, one task per overdue test', async () => {
    await activeOrder(ctx.database, tenant, tenant.patients[0]!.id, 'clozapine', 'clozapine 25 mg tablet', {
      startDate: '2026-09-01',
    });
    // Derived on read: the new order's monitoring appears at once.
    let items = await schedule(0);
    const anc = items.find((i) => i.test === 'anc')!;
    expect(anc).toMatchObject({ due: '2026-09-01', status: 'due', drugs: ['clozapine'], lastResult: null });

    const baseline = await nurse.request('POST', url(0, 'observations'), { code: 'anc', value: 3200 });
    expect(baseline.statusCode, baseline.body).toBe(201);
    expect(baseline.json().taskCreated).toBe(false);
    items = await schedule(0);
    // The baseline is satisfied; the week-1 count is coming up (due within the next 7 days).
    expect(items.find((i) => i.test === 'anc')).toMatchObject({
      due: '2026-09-08',
      status: 'due',
      daysOverdue: 0,
      lastResult: { value: 3200, flag: 'normal' },
    });
    expect(items.every((i) => i.status !== 'overdue')).toBe(true);

    // Ten days on, the week-1 count was missed.
    await later(10);
    items = await schedule(0);
    expect(items.find((i) => i.test === 'anc')).toMatchObject({
      due: '2026-09-08',
      status: 'overdue',
      daysOverdue: 3,
    });
    expect(items[0]!.status).toBe('overdue');

    const created = await sweep();
    expect(created).toBeGreaterThan(0);
    const tasks = await monitoringTasks(0);
    const ancTasks = tasks.filter((t) => (t.detail as { test?: string }).test === 'anc');
    expect(ancTasks).toHaveLength(1);
    expect(ancTasks[0]).toMatchObject({ kind: 'monitoring', status: 'open', priority: 'routine' });
    // Idempotent while the task is open.
    expect(await sweep()).toBe(0);
    expect(await monitoringTasks(0)).toHaveLength(tasks.length);

    // The caseload puts the patient with overdue monitoring above those with nothing pending.
    const caseload = await nurse.request('GET', '/api/v1/caseload');
    expect(caseload.statusCode).toBe(200);
    const entries = caseload.json().items as { patient: { id: string }; reasons: { code: string }[] }[];
    expect(entries[0]!.patient.id).toBe(tenant.patients[0]!.id);
    expect(entries[0]!.reasons.map((r) => r.code)).toContain('overdue-monitoring');

    // The count is done: no longer overdue, and a later sweep opens no ANC task.
    const count = await nurse.request('POST', url(0, 'observations'), { code: 'anc', value: 2900 });
    expect(count.statusCode).toBe(201);
    items = await schedule(0);
    expect(items.find((i) => i.test === 'anc')?.status).not.toBe('overdue');
  });

  it('follows a medication change: starting lithium adds the lithium level', async () => {
    const before = await schedule(1);
    expect(before.find((i) => i.test === 'lithium')).toBeUndefined();
    await activeOrder(
      ctx.database,
      tenant,
      tenant.patients[1]!.id,
      'lithium',
      'lithium carbonate 300 mg capsule',
      {
        startDate: '2026-09-05',
      },
    );
    const after = await schedule(1);
    expect(after.some((i) => i.test === 'lithium')).toBe(true);
    expect(after.some((i) => i.test === 'egfr' || i.test === 'creatinine')).toBe(true);
  });

  it('runs the daily sweep as the pg-boss job monitoring.sweep', async () => {
    const day = clock.now().toISOString().slice(0, 10);
    const start = new Date(Date.parse(`${day}T00:00:00Z`) - 20 * 86_400_000).toISOString().slice(0, 10);
    await activeOrder(ctx.database, tenant, tenant.patients[2]!.id, 'clozapine', 'clozapine 25 mg tablet', {
      startDate: start,
    });
    const config = testConfig();
    const jobs = await startJobs({
      database: ctx.database,
      databaseUrl: process.env.DATABASE_URL,
      reminders: createReminderService({ db: ctx.database.db, config, clock, mailer: ctx.mailer }),
      clinicalRecord: service(),
      clock,
      worker: 'monitoring-test',
      organizationId: tenant.organizationId,
      pollingIntervalSeconds: 0.5,
    });
    try {
      expect((await jobs.boss.getSchedules()).map((s) => s.name)).toContain('monitoring.sweep');
      await jobs.trigger('monitoring.sweep');
      const deadline = Date.now() + 30_000;
      while ((await monitoringTasks(2)).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const tasks = await monitoringTasks(2);
      expect(tasks.some((t) => (t.detail as { test?: string }).test === 'anc')).toBe(true);
    } finally {
      // On a shared PostgreSQL test database the schedule would outlive this file (jobs.test lists them).
      await jobs.boss.unschedule('monitoring.sweep');
      await jobs.stop();
    }
  }, 90_000);

  it('is refused to a therapist without consent to labs', async () => {
    const therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    expect((await therapist.request('GET', url(0, 'monitoring'))).statusCode).toBe(403);
  });
});
