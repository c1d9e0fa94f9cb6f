import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { createReminderService } from '../src/domain/reminders.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock, testConfig } from './helpers.js';
import { activeOrder } from './reminder-fixtures.js';

// Patients are in America/Chicago (CST, UTC−6, after 1 November 2026): breakfast 08:00 = 14:00Z.
const clock = testClock(new Date('2026-11-14T20:00:00Z'));
let ctx: Awaited<ReturnType<typeof testApp>>;
let tenant: Tenant;
let prescriber: Client;
let me: Client;

beforeAll(async () => {
  ctx = await testApp({ clock });
  tenant = await createTenant(ctx.database);
  prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
  me = await signIn(ctx.app, tenant.users.patient!.email);
});
afterAll(async () => {
  await ctx.close();
});

const schedule = (client: Client, patientId: string, orderId: string, startDate = '2026-11-01') =>
  client.request('PUT', `/api/v1/patients/${patientId}/dose-schedules`, {
    items: [{ medicationOrderId: orderId, anchor: 'breakfast', doseText: 'one tablet', startDate }],
  });
/** Jobs limited to this file's organization (the test database may be shared). */
const scope = () => ({ organizationId: tenant.organizationId });
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
const service = () =>
  createReminderService({ db: ctx.database.db, config: testConfig(), clock, mailer: ctx.mailer });
const openTasks = (patientId: string) =>
  withTenant(ctx.database.db, tenant.organizationId, (trx) =>
    trx
      .selectFrom('tasks')
      .select(['kind', 'priority', 'title', 'detail'])
      .where('patient_id', '=', patientId)
      .where('kind', '=', 'adherence')
      .execute(),
  );

describe('routine', () => {
  it('starts from defaults and is changed with If-Match', async () => {
    const first = await me.request('GET', '/api/v1/me/routine');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      version: 0,
      timeZone: 'America/Chicago',
      anchors: { breakfast: '08:00' },
    });
    const body = {
      anchors: { wake: '06:30', breakfast: '07:00' },
      weekdays: { sat: { breakfast: '09:30' } },
      quietHours: { start: '22:00', end: '06:00' },
      snoozeMinutes: 20,
    };
    expect((await me.request('PUT', '/api/v1/me/routine', body)).statusCode).toBe(428);
    const put = await me.request('PUT', '/api/v1/me/routine', body, { 'if-match': 'W/"0"' });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ version: 1, snoozeMinutes: 20, anchors: { breakfast: '07:00' } });
    expect(put.headers.etag).toBe('W/"1"');
    const stale = await me.request('PUT', '/api/v1/me/routine', body, { 'if-match': 'W/"0"' });
    expect(stale.statusCode).toBe(412);
    const bad = await me.request(
      'PUT',
      '/api/v1/me/routine',
      { anchors: { breakfast: '25:00' } },
      { 'if-match': 'W/"1"' },
    );
    expect(bad.statusCode).toBe(400);
    // Back to 08:00 breakfast for the rest of the file.
    const reset = await me.request(
      'PUT',
      '/api/v1/me/routine',
      { anchors: { breakfast: '08:00' } },
      { 'if-match': 'W/"1"' },
    );
    expect(reset.statusCode).toBe(200);
  });
});

describe('dose schedules and reminders', () => {
  it('refuses an order of another patient and a role without the medications section', async () => {
    const other = await activeOrder(ctx.database, tenant, tenant.patients[1]!.id, 'sertraline');
    const wrong = await schedule(prescriber, tenant.patients[0]!.id, other);
    expect(wrong.statusCode).toBe(400);
    const therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    expect(
      (await therapist.request('GET', `/api/v1/patients/${tenant.patients[0]!.id}/dose-schedules`))
        .statusCode,
    ).toBe(403);
  });

  it('lists upcoming reminders with the formulary’s missed-dose instruction, snoozes them, and skips a logged dose', async () => {
    const patient = tenant.patients[0]!;
    const orderId = await activeOrder(ctx.database, tenant, patient.id, 'lamotrigine');
    const put = await schedule(prescriber, patient.id, orderId, '2026-11-14');
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().items).toHaveLength(1);

    const list = await me.request('GET', '/api/v1/me/reminders');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as { id: string; dueAt: string; missedDoseInstruction: string }[];
    // Now is 14:00 CST on 14 Nov; the next 48 hours hold breakfasts on the 15th and 16th.
    expect(items.map((i) => i.dueAt)).toEqual(['2026-11-15T14:00:00.000Z', '2026-11-16T14:00:00.000Z']);
    expect(items[0]!.missedDoseInstruction).toMatch(/as soon as you remember/i);

    const snoozed = await me.request('POST', `/api/v1/me/reminders/${items[0]!.id}/snooze`, { minutes: 30 });
    expect(snoozed.statusCode, snoozed.body).toBe(200);
    expect(snoozed.json().dueAt).toBe('2026-11-14T20:30:00.000Z');
    // Someone else's (unknown) reminder is not found.
    const foreign = await me.request(
      'POST',
      '/api/v1/me/reminders/00000000-0000-4000-8000-000000000000/snooze',
      {},
    );
    expect(foreign.statusCode).toBe(404);

    // Logging the 16 Nov dose ahead of its reminder cancels that reminder: nothing is sent for it.
    const logged = await me.request('POST', '/api/v1/me/dose-events', {
      medicationOrderId: orderId,
      status: 'taken',
      takenAt: '2026-11-14T19:59:00Z',
      scheduledFor: items[1]!.dueAt,
    });
    expect(logged.statusCode, logged.body).toBe(201);
    // Today's breakfast dose (14:00Z) was taken too, so this patient's adherence is complete.
    const today = await me.request('POST', '/api/v1/me/dose-events', {
      medicationOrderId: orderId,
      status: 'taken',
      takenAt: '2026-11-14T14:10:00Z',
      scheduledFor: '2026-11-14T14:00:00Z',
    });
    expect(today.statusCode).toBe(201);
    // Listing again re-plans, but a reminder for a logged dose stays cancelled (not shown, not revived).
    const relisted = await me.request('GET', '/api/v1/me/reminders');
    expect(
      (relisted.json().items as { dueAt: string; status: string }[])
        .filter((i) => i.status !== 'cancelled')
        .map((i) => i.dueAt),
    ).not.toContain(items[1]!.dueAt);
    const revived = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('reminders')
        .select('status')
        .where('patient_id', '=', patient.id)
        .where('scheduled_for', '=', new Date(items[1]!.dueAt))
        .execute(),
    );
    expect(revived.map((r) => r.status)).toEqual(['cancelled']);
    const sentBefore = ctx.mailer.sent.length;
    const jobs = service();
    expect((await jobs.dispatchDue(new Date('2026-11-14T20:31:00Z'), scope())).sent).toBe(1); // the snoozed one
    expect((await jobs.dispatchDue(new Date('2026-11-16T15:00:00Z'), scope())).sent).toBe(0);
    expect(ctx.mailer.sent.length).toBe(sentBefore + 1);
    expect(ctx.mailer.sent.at(-1)!.text.toLowerCase()).not.toContain('lamotrigine');
  });

  it('follows a titration plan and stops reminding when a taper reaches zero', async () => {
    const fresh = await createTenant(ctx.database, 1);
    const patient = fresh.patients[0]!;
    const staff = await signIn(ctx.app, fresh.users.prescriber!.email);
    const own = await signIn(ctx.app, fresh.users.patient!.email);
    // Started 1 Nov: 25 mg, then 50 mg from day 14 (15 Nov), stopped from day 15 (16 Nov).
    const orderId = await activeOrder(ctx.database, fresh, patient.id, 'lamotrigine', 'Lamotrigine', {
      startDate: '2026-11-01',
      titration: [
        { afterDays: 0, doseAmount: 25, doseUnit: 'mg' },
        { afterDays: 14, doseAmount: 50, doseUnit: 'mg', note: 'two tablets' },
        { afterDays: 15, doseAmount: 0, doseUnit: 'mg' },
      ],
    });
    expect((await schedule(staff, patient.id, orderId)).statusCode).toBe(200);
    const items = (await own.request('GET', '/api/v1/me/reminders')).json().items;
    expect(items).toEqual([
      expect.objectContaining({ dueAt: '2026-11-15T14:00:00.000Z', doseText: '50 mg (two tablets)' }),
    ]);
  });

  it('drops a reminder found more than 6 hours late (after an outage) instead of sending it', async () => {
    const fresh = await createTenant(ctx.database, 1);
    const patient = fresh.patients[0]!;
    const staff = await signIn(ctx.app, fresh.users.prescriber!.email);
    const orderId = await activeOrder(ctx.database, fresh, patient.id, 'sertraline');
    expect((await schedule(staff, patient.id, orderId)).statusCode).toBe(200);
    const jobs = service();
    const only = { organizationId: fresh.organizationId };
    const before = ctx.mailer.sent.length;
    // Due 15 Nov 14:00Z; the dispatcher next runs at 21:00Z (7 hours late): nothing is sent.
    expect(await jobs.dispatchDue(new Date('2026-11-15T21:00:00Z'), only)).toMatchObject({
      sent: 0,
      skipped: 1,
    });
    expect(ctx.mailer.sent.length).toBe(before);
    // The 16 Nov one, on time, is sent.
    expect((await jobs.dispatchDue(new Date('2026-11-16T14:01:00Z'), only)).sent).toBe(1);
  });

  it('retries a failing delivery with back-off and then marks the reminder failed', async () => {
    const failing = createReminderService(
      { db: ctx.database.db, config: testConfig(), clock, mailer: ctx.mailer },
      {
        deliver: async () => {
          throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
        },
      },
    );
    // Plan two days on: the 17 Nov breakfast (14:00Z) is the one that fails.
    await failing.planAll(new Date('2026-11-16T20:00:00Z'), scope());
    let now = new Date('2026-11-17T14:00:00Z');
    const outcomes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const stats = await failing.dispatchDue(now, scope());
      outcomes.push(stats.failed ? 'failed' : stats.retried ? 'retried' : 'idle');
      now = new Date(now.getTime() + 10 * 60_000);
    }
    expect(outcomes).toEqual(['retried', 'retried', 'retried', 'retried', 'failed', 'idle', 'idle', 'idle']);
    const row = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('reminders')
        .select(['status', 'attempts', 'last_error'])
        .where('scheduled_for', '=', new Date('2026-11-17T14:00:00Z'))
        .where('patient_id', '=', tenant.patients[0]!.id)
        .executeTakeFirstOrThrow(),
    );
    expect(row).toEqual({ status: 'failed', attempts: 5, last_error: 'Error ECONNREFUSED' });
    // Surfaced to the care team as a task, once.
    const tasks = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('tasks')
        .select(['kind', 'title', 'detail'])
        .where('patient_id', '=', tenant.patients[0]!.id)
        .where('kind', '=', 'other')
        .execute(),
    );
    expect(tasks).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ rule: 'reminder-delivery-failed' }) }),
    ]);
  });
});

describe('dose log and adherence', () => {
  it('validates dose events', async () => {
    const orderId = await activeOrder(ctx.database, tenant, tenant.patients[0]!.id, 'sertraline');
    const noReason = await me.request('POST', '/api/v1/me/dose-events', {
      medicationOrderId: orderId,
      status: 'skipped',
    });
    expect(noReason.statusCode).toBe(400);
    const future = await me.request('POST', '/api/v1/me/dose-events', {
      medicationOrderId: orderId,
      status: 'taken',
      takenAt: '2026-11-15T20:00:00Z',
    });
    expect(future.statusCode).toBe(400);
    const skipped = await me.request('POST', '/api/v1/me/dose-events', {
      medicationOrderId: orderId,
      status: 'skipped',
      reason: 'felt-off',
    });
    expect(skipped.statusCode, skipped.body).toBe(201);
    const log = await me.request('GET', '/api/v1/me/dose-events');
    expect(log.json().items.some((e: { reason: string }) => e.reason === 'felt-off')).toBe(true);
  });

  it('computes days covered by hand-checkable figures and alerts the care team only when it should', async () => {
    const [, low, cloz] = tenant.patients;
    const lowOrder = await activeOrder(ctx.database, tenant, low!.id, 'quetiapine');
    const clozOrder = await activeOrder(ctx.database, tenant, cloz!.id, 'clozapine');
    expect((await schedule(prescriber, low!.id, lowOrder)).statusCode).toBe(200);
    expect((await schedule(prescriber, cloz!.id, clozOrder)).statusCode).toBe(200);
    const log = (patientId: string, orderId: string, body: Record<string, string>) =>
      prescriber.request('POST', `/api/v1/patients/${patientId}/dose-events`, {
        medicationOrderId: orderId,
        ...body,
      });
    // Quetiapine: taken 1–10 Nov, skipped for cost on 11 Nov, nothing after.
    for (let d = 1; d <= 10; d++) {
      expect(
        (await log(low!.id, lowOrder, { status: 'taken', takenAt: `${day(d)}T14:05:00Z` })).statusCode,
      ).toBe(201);
    }
    expect((await log(low!.id, lowOrder, { status: 'skipped', reason: 'cost' })).statusCode).toBe(201);
    // Clozapine: taken 1–12 Nov (one late), nothing since 12 Nov 14:05Z (53 h 55 min before now).
    for (let d = 1; d <= 12; d++) {
      const status = d === 5 ? 'late' : 'taken';
      expect((await log(cloz!.id, clozOrder, { status, takenAt: `${day(d)}T14:05:00Z` })).statusCode).toBe(
        201,
      );
    }

    const report = await prescriber.request('GET', `/api/v1/patients/${low!.id}/adherence`);
    expect(report.statusCode, report.body).toBe(200);
    const item = report.json().items[0];
    // Now is 14:00 CST on 14 Nov, so the windows are the complete days before it. Scheduled once
    // daily from 1 Nov: 14-day window 31 Oct–13 Nov has 13 eligible days (1–13 Nov), covered 1–10
    // → 10/13 = 0.769. The 30-day window (15 Oct–13 Nov) has the same 13 days. Misses since the
    // last dose (10 Nov 14:05Z): 11, 12, 13 and 14 Nov (today's, already due) = 4.
    expect(item.doseLog.days14).toEqual({ days: 14, eligibleDays: 13, coveredDays: 10, pdc: 0.769 });
    expect(item.doseLog.days30).toEqual({ days: 30, eligibleDays: 13, coveredDays: 10, pdc: 0.769 });
    expect(item.missedInARow).toBe(4);
    expect(item.skipReasons.cost).toBe(1);
    expect(item.refills).toBeNull();

    const clozReport = (await prescriber.request('GET', `/api/v1/patients/${cloz!.id}/adherence`)).json()
      .items[0];
    // 12 of 13 days covered = 0.923 (a late dose still covers its day): no adherence task, but
    // 53 h 55 min without clozapine calls for re-titration.
    expect(clozReport.doseLog.days14).toMatchObject({ coveredDays: 12, pdc: 0.923 });

    // The patient with an account logged nothing scheduled here, so: no tasks for anyone but these two.
    const created = await service().sweepAdherence(clock.now(), scope());
    expect(created).toBe(2);
    expect(await openTasks(low!.id)).toEqual([
      expect.objectContaining({
        priority: 'routine',
        detail: expect.objectContaining({ rule: 'adherence-below-80' }),
      }),
    ]);
    expect(await openTasks(cloz!.id)).toEqual([
      expect.objectContaining({
        priority: 'urgent',
        detail: expect.objectContaining({ rule: 'clozapine-retitration' }),
      }),
    ]);
    // A second sweep does not repeat open tasks.
    expect(await service().sweepAdherence(clock.now(), scope())).toBe(0);
  });

  it('raises no task when doses are taken', async () => {
    const fresh = await createTenant(ctx.database, 1);
    const staff = await signIn(ctx.app, fresh.users.prescriber!.email);
    const patient = fresh.patients[0]!;
    const orderId = await activeOrder(ctx.database, fresh, patient.id, 'lithium');
    expect((await schedule(staff, patient.id, orderId)).statusCode).toBe(200);
    for (let d = 1; d <= 14; d++) {
      const res = await staff.request('POST', `/api/v1/patients/${patient.id}/dose-events`, {
        medicationOrderId: orderId,
        status: 'taken',
        takenAt: `${day(d)}T14:02:00Z`,
      });
      expect(res.statusCode).toBe(201);
    }
    const report = (await staff.request('GET', `/api/v1/patients/${patient.id}/adherence`)).json().items[0];
    expect(report.doseLog.days14.pdc).toBe(1);
    expect(report.alerts).toEqual([]);
    await service().sweepAdherence(clock.now(), { organizationId: fresh.organizationId });
    const tasks = await withTenant(ctx.database.db, fresh.organizationId, (trx) =>
      trx.selectFrom('tasks').select('id').where('patient_id', '=', patient.id).execute(),
    );
    expect(tasks).toEqual([]);
  });
});
