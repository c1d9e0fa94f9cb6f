import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { createReminderService } from '../src/domain/reminders.js';
import { buildApp } from '../src/http/app.js';
import { createSmtpMailer } from '../src/notify/mailer.js';
import { createTenant, openTestDatabase, signIn, type Tenant, testClock, testConfig } from './helpers.js';
import { activeOrder, setTimeZone } from './reminder-fixtures.js';

/**
 * Acceptance: a real SMTP server on loopback receives a patient's breakfast reminder at 08:00
 * New York time on both sides of the 1 November 2026 change from EDT (UTC−4) to EST (UTC−5):
 * 12:00Z on 30 and 31 October, 13:00Z on 1 and 2 November. The clock is the test's, not the wall's.
 */
interface Received {
  at: string;
  to: string;
  raw: string;
}

describe('reminder email over SMTP across a daylight-saving change', () => {
  const received: Received[] = [];
  const clock = testClock(new Date('2026-10-30T00:00:00Z'));
  let server: SMTPServer;
  let database: Database;
  let tenant: Tenant;
  let close: () => Promise<void>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let service: ReturnType<typeof createReminderService>;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      // Plain SMTP on loopback: no STARTTLS with a self-signed certificate to refuse.
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => {
          raw += chunk.toString('utf8');
        });
        stream.on('end', () => {
          received.push({
            at: clock.now().toISOString(),
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    database = await openTestDatabase();
    tenant = await createTenant(database);
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'Titrate <no-reply@clinic.test>');
    const config = testConfig({ TITRATE_PUBLIC_URL: 'https://titrate.clinic.test' });
    app = await buildApp({ config, database, clock, mailer });
    service = createReminderService({ db: database.db, config, clock, mailer });
    close = async () => {
      await app.close();
      mailer.close();
      await database.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    };
  });
  afterAll(async () => {
    await close?.();
  });

  it('arrives at 08:00 local each day and carries no health information', { timeout: 120_000 }, async () => {
    const patient = tenant.patients[0]!;
    await setTimeZone(database, tenant, patient.id, 'America/New_York');
    const orderId = await activeOrder(database, tenant, patient.id, 'sertraline', 'Sertraline 50 mg tablet');
    const prescriber = await signIn(app, tenant.users.prescriber!.email);
    const put = await prescriber.request('PUT', `/api/v1/patients/${patient.id}/dose-schedules`, {
      items: [
        {
          medicationOrderId: orderId,
          anchor: 'breakfast',
          doseText: '50 mg (one tablet)',
          startDate: '2026-10-01',
        },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const me = await signIn(app, tenant.users.patient!.email);
    const routine = await me.request(
      'PUT',
      '/api/v1/me/routine',
      {
        anchors: { wake: '07:00', breakfast: '08:00', bedtime: '22:30' },
        quietHours: { start: '22:00', end: '07:00' },
      },
      { 'if-match': 'W/"0"' },
    );
    expect(routine.statusCode, routine.body).toBe(200);

    const scope = { organizationId: tenant.organizationId };
    // Four days in 15-minute ticks: the plan job and the dispatcher run on each tick.
    while (clock.now() < new Date('2026-11-03T00:00:00Z')) {
      await service.planAll(clock.now(), scope);
      await service.dispatchDue(clock.now(), { ...scope, worker: 'test' });
      clock.advanceMinutes(15);
    }

    expect(received.map((r) => r.at)).toEqual([
      '2026-10-30T12:00:00.000Z',
      '2026-10-31T12:00:00.000Z',
      '2026-11-01T13:00:00.000Z',
      '2026-11-02T13:00:00.000Z',
    ]);
    for (const message of received) {
      expect(message.to).toBe(tenant.users.patient!.email);
      expect(message.raw).toMatch(/^Subject: Time for your medicine$/m);
      expect(message.raw).toContain('https://titrate.clinic.test/portal');
      const lower = message.raw.toLowerCase();
      for (const secret of [
        'sertraline',
        'zoloft',
        '50 mg',
        'tablet',
        'depress',
        'anxiety',
        'ssri',
        patient.givenName.toLowerCase(),
        patient.familyName.toLowerCase(),
      ]) {
        expect(lower, secret).not.toContain(secret);
      }
    }
  });
});
