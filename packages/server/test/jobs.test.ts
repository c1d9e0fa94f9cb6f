import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReminderService } from '../src/domain/reminders.js';
import { type JobRunner, startJobs } from '../src/jobs/queue.js';
import { MemoryMailer } from '../src/notify/mailer.js';
import { createTenant, signIn, type Tenant, testApp, testClock, testConfig } from './helpers.js';
import { activeOrder, setTimeZone } from './reminder-fixtures.js';

/** pg-boss on the test database (PGlite through the shared-connection adapter, or PostgreSQL). */
describe('job queue', () => {
  const clock = testClock(new Date('2026-11-02T12:50:00Z'));
  const mailer = new MemoryMailer();
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let jobs: JobRunner | undefined;
  const errors: Error[] = [];

  beforeAll(async () => {
    ctx = await testApp({ clock, mailer });
    tenant = await createTenant(ctx.database);
  });
  afterAll(async () => {
    await jobs?.stop();
    await ctx.close();
  });

  const waitFor = async (check: () => boolean | Promise<boolean>, ms = 30_000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('timed out');
  };

  it('plans and sends due reminders through pg-boss workers, and keeps schedules', async () => {
    const patient = tenant.patients[0]!;
    await setTimeZone(ctx.database, tenant, patient.id, 'America/New_York');
    const orderId = await activeOrder(ctx.database, tenant, patient.id, 'sertraline');
    const prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    const put = await prescriber.request('PUT', `/api/v1/patients/${patient.id}/dose-schedules`, {
      items: [
        { medicationOrderId: orderId, anchor: 'breakfast', doseText: '50 mg', startDate: '2026-11-01' },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const config = testConfig();
    const reminders = createReminderService({ db: ctx.database.db, config, clock, mailer });
    jobs = await startJobs({
      database: ctx.database,
      databaseUrl: process.env.DATABASE_URL,
      reminders,
      clock,
      worker: 'jobs-test',
      organizationId: tenant.organizationId,
      pollingIntervalSeconds: 0.5,
      onError: (error) => errors.push(error),
    });
    const schedules = await jobs.boss.getSchedules();
    expect(schedules.map((s) => s.name).sort()).toEqual([
      'adherence.sweep',
      'reminders.dispatch',
      'reminders.plan',
    ]);

    // Nothing is due yet (08:00 EST = 13:00Z): a dispatch sends nothing.
    await jobs.trigger('reminders.dispatch');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(mailer.sent).toHaveLength(0);

    clock.advanceMinutes(15);
    await jobs.trigger('reminders.plan');
    await jobs.trigger('reminders.dispatch');
    await waitFor(() => mailer.sent.length >= 1);
    // A second dispatch finds nothing more to send.
    await jobs.trigger('reminders.dispatch');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]!.subject).toBe('Time for your medicine');
    expect(errors).toEqual([]);
  }, 90_000);
});
