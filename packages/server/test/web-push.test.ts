import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { ConfigError, loadConfig } from '../src/config.js';
import { withTenant } from '../src/db/database.js';
import type { WebPushSubscription } from '../src/db/schema.js';
import { createReminderService } from '../src/domain/reminders.js';
import { WEB_PUSH_TTL_SECONDS } from '../src/notify/web-push.js';
import { createTenant, signIn, type Tenant, testApp, testClock, testConfig } from './helpers.js';
import { activeOrder, setTimeZone } from './reminder-fixtures.js';

/**
 * Acceptance: a push service on loopback receives a dose reminder as a real Web Push message —
 * VAPID-signed (RFC 8292) and aes128gcm-encrypted (RFC 8291) to the browser's key — which the
 * "browser" here decrypts. A 410 from the push service forgets the subscription and the reminder
 * goes by email instead. The dispatcher runs on the test's clock.
 */
interface Push {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const b64u = (buffer: Buffer) => buffer.toString('base64url');

/** A browser's push subscription keys: an ECDH P-256 pair and a 16-byte auth secret. */
function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { ecdh, auth: randomBytes(16) };
}

/** RFC 8291 decryption as a browser does it: one aes128gcm record. */
function decrypt(body: Buffer, browser: ReturnType<typeof browserKeys>): string {
  const salt = body.subarray(0, 16);
  const idLength = body[20]!;
  const serverPublic = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const shared = browser.ecdh.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browser.ecdh.getPublicKey(), serverPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, browser.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([
    decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
    decipher.final(),
  ]);
  // The last record ends with the 0x02 delimiter, then optional zero padding.
  let end = padded.length - 1;
  while (end > 0 && padded[end] === 0) end--;
  expect(padded[end]).toBe(2);
  return padded.subarray(0, end).toString('utf8');
}

/** Checks the VAPID JWT's ES256 signature with the server's public key; returns its claims. */
function vapidClaims(authorization: string, publicKey: string): Record<string, unknown> {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization);
  expect(match, authorization).not.toBeNull();
  const [, jwt, k] = match!;
  expect(k).toBe(publicKey);
  const [header, claims, signature] = jwt!.split('.');
  const raw = Buffer.from(publicKey, 'base64url');
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b64u(raw.subarray(1, 33)), y: b64u(raw.subarray(33, 65)) },
    format: 'jwk',
  });
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature!, 'base64url'),
  );
  expect(valid).toBe(true);
  return JSON.parse(Buffer.from(claims!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('reminders by web push', () => {
  const vapid = webpush.generateVAPIDKeys();
  const pushes: Push[] = [];
  let answer = 201;
  let pushServer: Server;
  let origin: string;
  const clock = testClock(new Date('2026-11-10T00:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let service: ReturnType<typeof createReminderService>;
  const browser = browserKeys();

  beforeAll(async () => {
    pushServer = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        pushes.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) });
        response.statusCode = answer;
        response.end();
      });
    });
    await new Promise<void>((resolve) => pushServer.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(pushServer.address() as AddressInfo).port}`;
    const config = testConfig({
      TITRATE_PUBLIC_URL: 'https://titrate.clinic.test',
      TITRATE_VAPID_PUBLIC_KEY: vapid.publicKey,
      TITRATE_VAPID_PRIVATE_KEY: vapid.privateKey,
      TITRATE_VAPID_SUBJECT: 'mailto:ops@clinic.test',
    });
    ctx = await testApp({ config, clock });
    tenant = await createTenant(ctx.database);
    service = createReminderService({ db: ctx.database.db, config, clock, mailer: ctx.mailer });
  });
  afterAll(async () => {
    await ctx?.close();
    await new Promise<void>((resolve) => pushServer.close(() => resolve()));
  });

  const subscriptions = async (patientId: string) =>
    withTenant(ctx.database.db, tenant.organizationId, async (trx) => {
      const row = await trx
        .selectFrom('patient_routines')
        .select('web_push_subscriptions')
        .where('patient_id', '=', patientId)
        .executeTakeFirstOrThrow();
      return row.web_push_subscriptions;
    });

  /** Runs the plan and dispatch jobs in 15-minute ticks until `until`. */
  const runUntil = async (until: string) => {
    const scope = { organizationId: tenant.organizationId };
    while (clock.now() < new Date(until)) {
      await service.planAll(clock.now(), scope);
      await service.dispatchDue(clock.now(), { ...scope, worker: 'test' });
      clock.advanceMinutes(15);
    }
  };

  it('gives the VAPID public key to patients and guardians, and 404 when push is off', async () => {
    for (const role of ['patient', 'guardian'] as const) {
      const client = await signIn(ctx.app, tenant.users[role]!.email);
      const res = await client.request('GET', '/api/v1/me/push/public-key');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ publicKey: vapid.publicKey });
    }
    const nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    expect((await nurse.request('GET', '/api/v1/me/push/public-key')).statusCode).toBe(403);

    const off = await testApp({ database: ctx.database, clock });
    try {
      const patient = await signIn(off.app, tenant.users.patient!.email);
      const res = await patient.request('GET', '/api/v1/me/push/public-key');
      expect(res.statusCode).toBe(404);
      expect(res.json().detail).toMatch(/email/);
    } finally {
      await off.app.close();
    }
  });

  it('delivers an encrypted, VAPID-signed push with no health information, then falls back to email on 410', {
    timeout: 120_000,
  }, async () => {
    const patient = tenant.patients[0]!;
    await setTimeZone(ctx.database, tenant, patient.id, 'America/New_York');
    const orderId = await activeOrder(
      ctx.database,
      tenant,
      patient.id,
      'sertraline',
      'Sertraline 50 mg tablet',
    );
    const prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    const put = await prescriber.request('PUT', `/api/v1/patients/${patient.id}/dose-schedules`, {
      items: [
        {
          medicationOrderId: orderId,
          anchor: 'breakfast',
          doseText: '50 mg (one tablet)',
          startDate: '2026-11-01',
        },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const me = await signIn(ctx.app, tenant.users.patient!.email);
    // The browser subscribes through the routine (push services are https; this one is loopback,
    // so its endpoint is stored directly after the API call has stored an https one).
    const routine = await me.request(
      'PUT',
      '/api/v1/me/routine',
      {
        anchors: { breakfast: '08:00' },
        channels: {
          webPushSubscription: {
            endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
            keys: { p256dh: b64u(browser.ecdh.getPublicKey()), auth: b64u(browser.auth) },
          },
        },
      },
      { 'if-match': 'W/"0"' },
    );
    expect(routine.statusCode, routine.body).toBe(200);
    expect(routine.json().channels.webPushSubscriptions).toBe(1);
    // Any other host is refused: the server would otherwise POST wherever a patient pointed it.
    for (const endpoint of [
      'https://127.0.0.1/push',
      'https://intranet.clinic.test/x',
      'https://fcm.googleapis.com:8443/x',
    ]) {
      const refused = await me.request(
        'PUT',
        '/api/v1/me/routine',
        {
          anchors: { breakfast: '08:00' },
          channels: { webPushSubscription: { endpoint, keys: { p256dh: 'a', auth: 'b' } } },
        },
        { 'if-match': 'W/"1"' },
      );
      expect(refused.statusCode, endpoint).toBe(400);
    }
    const subscription: WebPushSubscription = {
      endpoint: `${origin}/send/browser-1`,
      keys: { p256dh: b64u(browser.ecdh.getPublicKey()), auth: b64u(browser.auth) },
    };
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .updateTable('patient_routines')
        .set({ web_push_subscriptions: JSON.stringify([subscription]) })
        .where('patient_id', '=', patient.id)
        .execute(),
    );
    const emailsBefore = ctx.mailer.sent.length;

    // 10 November 08:00 in New York is 13:00Z.
    await runUntil('2026-11-11T00:00:00Z');
    expect(pushes).toHaveLength(1);
    const push = pushes[0]!;
    expect(push.path).toBe('/send/browser-1');
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers.ttl).toBe(String(WEB_PUSH_TTL_SECONDS));
    expect(Number(push.headers.ttl)).toBeLessThanOrEqual(6 * 3600);
    const claims = vapidClaims(String(push.headers.authorization), vapid.publicKey);
    expect(claims.aud).toBe(origin);
    expect(claims.sub).toBe('mailto:ops@clinic.test');
    expect(Number(claims.exp)).toBeGreaterThan(Date.now() / 1000);

    // Encrypted: the plaintext is not in the bytes, and the browser's key opens it.
    const plaintext = decrypt(push.body, browser);
    expect(JSON.parse(plaintext)).toEqual({
      title: 'Time for your medicine',
      url: 'https://titrate.clinic.test/portal',
    });
    expect(push.body.includes(Buffer.from('medicine'))).toBe(false);
    const lower = plaintext.toLowerCase();
    for (const secret of [
      'sertraline',
      '50 mg',
      'tablet',
      patient.givenName.toLowerCase(),
      patient.familyName.toLowerCase(),
    ]) {
      expect(lower, secret).not.toContain(secret);
    }
    // Sent by push, so not also by email.
    expect(ctx.mailer.sent.length).toBe(emailsBefore);
    const sent = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('reminders')
        .select(['status', 'channel'])
        .where('patient_id', '=', patient.id)
        .where('status', '=', 'sent')
        .execute(),
    );
    expect(sent).toEqual([{ status: 'sent', channel: 'web-push' }]);

    // The browser unsubscribed: the push service answers 410 Gone.
    answer = 410;
    await runUntil('2026-11-12T00:00:00Z');
    expect(pushes).toHaveLength(2);
    expect(await subscriptions(patient.id)).toEqual([]);
    expect(ctx.mailer.sent.length).toBe(emailsBefore + 1);
    expect(ctx.mailer.sent.at(-1)!.subject).toBe('Time for your medicine');
    expect(ctx.mailer.sent.at(-1)!.to).toBe(tenant.users.patient!.email);

    // The next day nothing is pushed to the forgotten subscription; email only.
    await runUntil('2026-11-13T00:00:00Z');
    expect(pushes).toHaveLength(2);
    expect(ctx.mailer.sent.length).toBe(emailsBefore + 2);
    const channels = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .selectFrom('reminders')
        .select('channel')
        .where('patient_id', '=', patient.id)
        .where('status', '=', 'sent')
        .orderBy('due_at')
        .execute(),
    );
    expect(channels.map((c) => c.channel)).toEqual(['web-push', 'email', 'email']);
  });

  it('requires both VAPID keys and a subject, or none', () => {
    const keys = { TITRATE_VAPID_PUBLIC_KEY: vapid.publicKey, TITRATE_VAPID_PRIVATE_KEY: vapid.privateKey };
    expect(loadConfig({}).vapid).toBeUndefined();
    expect(() => loadConfig({ TITRATE_VAPID_PUBLIC_KEY: vapid.publicKey })).toThrow(ConfigError);
    expect(() => loadConfig({ TITRATE_VAPID_PRIVATE_KEY: vapid.privateKey })).toThrow(/set together/);
    expect(() => loadConfig(keys)).toThrow(/TITRATE_VAPID_SUBJECT/);
    expect(() => loadConfig({ ...keys, TITRATE_VAPID_SUBJECT: 'ops@clinic.test' })).toThrow(/mailto/);
    expect(() => loadConfig({ ...keys, TITRATE_VAPID_PUBLIC_KEY: 'short' })).toThrow(
      /TITRATE_VAPID_PUBLIC_KEY/,
    );
    expect(loadConfig({ ...keys, TITRATE_VAPID_SUBJECT: 'mailto:ops@clinic.test' }).vapid).toEqual({
      publicKey: vapid.publicKey,
      privateKey: vapid.privateKey,
      subject: 'mailto:ops@clinic.test',
    });
  });
});
