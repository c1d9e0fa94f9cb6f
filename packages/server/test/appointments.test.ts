import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp } from './helpers.js';

// Long and non-ASCII, so the calendar file has to fold a line without splitting a character.
const ADDRESS =
  'Suite 400, 1200 Lakeshore Drive — Behavioral Health Clinic, Chicago, IL 60611 (entrance on Ohio St)';
const TELEHEALTH_BASE = 'https://video.example.test/room';
const STARTS = '2030-01-15T15:00:00Z';

describe('appointments', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let frontDesk: Client;
  let coordinator: Client;
  let patient: Client;
  let therapist: Client;
  let outsider: Client;
  let own: string;
  let other: string;
  let inPersonId: string;
  let telehealthId: string;
  let otherPatientsId: string;

  const book = (client: Client, patientId: string, body: Record<string, unknown>) =>
    client.request('POST', `/api/v1/patients/${patientId}/appointments`, {
      clinicianId: tenant.users.prescriber!.id,
      reasonKind: 'follow-up',
      ...body,
    });

  beforeAll(async () => {
    ctx = await testApp();
    tenant = await createTenant(ctx.database, 2);
    own = tenant.patients[0]!.id;
    other = tenant.patients[1]!.id;
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .updateTable('organizations')
        .set({ settings: JSON.stringify({ clinicAddress: ADDRESS, telehealthLinkBase: TELEHEALTH_BASE }) })
        .execute(),
    );
    frontDesk = await signIn(ctx.app, tenant.users['front-desk']!.email);
    coordinator = await signIn(ctx.app, tenant.users['care-coordinator']!.email);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
    therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    outsider = await signIn(ctx.app, tenant.users.outsider!.email);
  });
  afterAll(() => ctx.close());

  it('the front desk books in person (clinic address) and by telehealth (a fresh link)', async () => {
    const inPerson = await book(frontDesk, own, { startsAt: STARTS, modality: 'in-person' });
    expect(inPerson.statusCode).toBe(201);
    expect(inPerson.headers.etag).toBe('W/"1"');
    expect(inPerson.json()).toMatchObject({
      status: 'booked',
      modality: 'in-person',
      location: ADDRESS,
      telehealthUrl: null,
      startsAt: '2030-01-15T15:00:00.000Z',
      endsAt: '2030-01-15T15:30:00.000Z',
      // Shown in the patient's time zone (Chicago, winter: UTC-6).
      localStartsAt: '2030-01-15T09:00:00-06:00',
      timeZone: 'America/Chicago',
    });
    inPersonId = inPerson.json().id;
    const tele = await book(frontDesk, own, {
      startsAt: '2030-02-01T16:00:00Z',
      durationMinutes: 20,
      modality: 'telehealth',
    });
    expect(tele.statusCode).toBe(201);
    expect(tele.json().telehealthUrl).toMatch(/^https:\/\/video\.example\.test\/room\/[A-Za-z0-9_-]{20,}$/);
    expect(tele.json().location).toBeNull();
    telehealthId = tele.json().id;
    const theirs = await book(frontDesk, other, { startsAt: STARTS, modality: 'in-person' });
    expect(theirs.statusCode).toBe(201);
    otherPatientsId = theirs.json().id;

    // The link never reaches the audit trail.
    const audit = await ctx.database.queryAsOwner<{ detail: unknown }>(
      `select detail from audit_events where resource_type = 'Appointment'`,
    );
    expect(JSON.stringify(audit)).not.toContain('video.example.test');
  });

  it('refuses a visit in the past, or with a non-clinician', async () => {
    const past = await book(frontDesk, own, { startsAt: '2020-01-01T10:00:00Z', modality: 'in-person' });
    expect(past.statusCode).toBe(400);
    const notClinician = await book(frontDesk, own, {
      startsAt: STARTS,
      modality: 'in-person',
      clinicianId: tenant.users['front-desk']!.id,
    });
    expect(notClinician.statusCode).toBe(400);
  });

  it('the front desk sees appointments and the schedule, without clinical content', async () => {
    const list = await frontDesk.request('GET', `/api/v1/patients/${own}/appointments`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([inPersonId, telehealthId]);
    expect(list.json().items.every((a: { recommendation: unknown }) => a.recommendation === null)).toBe(true);

    const schedule = await frontDesk.request(
      'GET',
      `/api/v1/appointments?from=2030-01-15T00:00:00Z&to=2030-01-16T00:00:00Z`,
    );
    expect(schedule.statusCode).toBe(200);
    const items = schedule.json().items as Record<string, unknown>[];
    expect(items.map((a) => a.id).sort()).toEqual([inPersonId, otherPatientsId].sort());
    expect(items[0]).toMatchObject({ patient: expect.objectContaining({ mrn: expect.any(String) }) });
    for (const item of items) {
      expect(item).not.toHaveProperty('recommendation');
      expect(item).not.toHaveProperty('telehealthUrl');
    }
    const filtered = await frontDesk.request(
      'GET',
      `/api/v1/appointments?from=2030-01-15T00:00:00Z&to=2030-01-16T00:00:00Z&clinicianId=${tenant.users.nurse!.id}`,
    );
    expect(filtered.json().items).toEqual([]);
  });

  it('therapists are not schedulers (403) and another clinic’s prescriber finds nothing (404)', async () => {
    expect((await therapist.request('GET', `/api/v1/patients/${own}/appointments`)).statusCode).toBe(403);
    expect((await outsider.request('GET', `/api/v1/patients/${own}/appointments`)).statusCode).toBe(404);
  });

  it('the patient sees their upcoming visits with link or address, and only theirs', async () => {
    const mine = await patient.request('GET', '/api/v1/me/appointments');
    expect(mine.statusCode).toBe(200);
    const items = mine.json().items as {
      id: string;
      telehealthUrl: string | null;
      location: string | null;
    }[];
    expect(items.map((a) => a.id)).toEqual([inPersonId, telehealthId]);
    expect(items[0]!.location).toBe(ADDRESS);
    expect(items[1]!.telehealthUrl).toContain(TELEHEALTH_BASE);
  });

  it('the .ics file is well-formed RFC 5545, says nothing clinical, and belongs only to the patient', async () => {
    const res = await patient.request('GET', `/api/v1/me/appointments/${inPersonId}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const body = res.body;
    expect(body.endsWith('\r\n')).toBe(true);
    // CRLF only: no bare line feeds.
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = body.slice(0, -2).split('\r\n');
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Unfold (a CRLF followed by a space) to read the content lines.
    const lines = body.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain('END:VEVENT');
    expect(lines).toContain(`UID:${inPersonId}@titrate`);
    expect(lines).toContain('DTSTART:20300115T150000Z');
    expect(lines).toContain('DTEND:20300115T153000Z');
    expect(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    expect(lines).toContain('SUMMARY:Appointment with your care team');
    // Commas escaped; the long address folded and intact once unfolded.
    expect(lines).toContain(`LOCATION:${ADDRESS.replace(/,/g, '\\,')}`);
    expect(physical.length).toBeGreaterThan(lines.length);
    expect(body).not.toMatch(/depress|anxiety|sertraline|follow-up|PHQ/i);

    const tele = await patient.request('GET', `/api/v1/me/appointments/${telehealthId}/calendar.ics`);
    expect(tele.statusCode).toBe(200);
    // The meeting link stays in the portal: calendars are synced to third parties.
    expect(tele.body).not.toContain(TELEHEALTH_BASE);

    const theirs = await patient.request('GET', `/api/v1/me/appointments/${otherPatientsId}/calendar.ics`);
    expect(theirs.statusCode).toBe(404);
    const staff = await frontDesk.request('GET', `/api/v1/me/appointments/${inPersonId}/calendar.ics`);
    expect(staff.statusCode).toBe(403);
  });

  it('a reschedule request creates an appointment task for the care team', async () => {
    const before = await coordinator.request('GET', `/api/v1/tasks?patientId=${own}`);
    expect(before.json().items).toEqual([]);
    const res = await patient.request('POST', `/api/v1/me/appointments/${inPersonId}/reschedule-request`, {
      preferredTimes: ['2030-01-16T15:00:00Z', '2030-01-17T18:30:00Z'],
      note: 'Mornings are difficult that week.',
    });
    expect(res.statusCode).toBe(201);
    const tasks = await coordinator.request('GET', `/api/v1/tasks?patientId=${own}`);
    expect(tasks.json().items).toEqual([
      expect.objectContaining({
        id: res.json().taskId,
        kind: 'appointment',
        status: 'open',
        detail: expect.objectContaining({
          appointmentId: inPersonId,
          preferredTimes: ['2030-01-16T15:00:00.000Z', '2030-01-17T18:30:00.000Z'],
        }),
      }),
    ]);
    // Someone else's appointment: not found, and no task.
    const theirs = await patient.request(
      'POST',
      `/api/v1/me/appointments/${otherPatientsId}/reschedule-request`,
      {
        preferredTimes: ['2030-01-16T15:00:00Z'],
      },
    );
    expect(theirs.statusCode).toBe(404);
    const after = await coordinator.request('GET', `/api/v1/tasks?patientId=${other}`);
    expect(after.json().items).toEqual([]);
  });

  it('rescheduling and cancelling need If-Match; a cancelled visit is history', async () => {
    const url = `/api/v1/patients/${own}/appointments/${inPersonId}`;
    expect((await frontDesk.request('PATCH', url, { startsAt: '2030-01-16T15:00:00Z' })).statusCode).toBe(
      428,
    );
    const moved = await frontDesk.request(
      'PATCH',
      url,
      { startsAt: '2030-01-16T15:00:00Z' },
      { 'if-match': 'W/"1"' },
    );
    expect(moved.statusCode).toBe(200);
    // The duration is kept.
    expect(moved.json()).toMatchObject({ version: 2, endsAt: '2030-01-16T15:30:00.000Z' });
    const stale = await frontDesk.request('PATCH', url, { status: 'arrived' }, { 'if-match': 'W/"1"' });
    expect(stale.statusCode).toBe(409);
    const noReason = await frontDesk.request('PATCH', url, { status: 'cancelled' }, { 'if-match': 'W/"2"' });
    expect(noReason.statusCode).toBe(400);
    const cancelled = await frontDesk.request(
      'PATCH',
      url,
      { status: 'cancelled', cancelReason: 'Patient asked to move it' },
      { 'if-match': 'W/"2"' },
    );
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    const again = await frontDesk.request('PATCH', url, { status: 'booked' }, { 'if-match': 'W/"3"' });
    expect(again.statusCode).toBe(409);
    // No longer upcoming for the patient.
    const mine = await patient.request('GET', '/api/v1/me/appointments');
    expect(mine.json().items.map((a: { id: string }) => a.id)).toEqual([telehealthId]);
  });
});
