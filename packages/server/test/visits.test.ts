import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';
import { activeOrder } from './reminder-fixtures.js';

const DAY = 86_400_000;

interface Note {
  id: string;
  version: number;
  status: string;
  subjective: string | null;
  since: string | null;
  prefill: {
    since: string | null;
    scores: {
      instrument: string;
      count: number;
      first: { total: number };
      last: { total: number };
      change: unknown;
    }[];
    adherence: { items: unknown[] };
    doseLog: { counts: Record<string, number>; skipReasons: Record<string, number> };
    sideEffects: unknown[];
    messages: unknown[];
    labs: unknown[];
    medicationChanges: unknown[];
  };
  amendments: { text: string; reason: string }[];
}

describe('follow-up visit notes', () => {
  const clock = testClock(new Date(Date.now() - 2 * DAY));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  let nurse: Client;
  let frontDesk: Client;
  let patientId: string;
  let orderId: string;
  let firstNote: Note;

  const phq9 = (answers: number[]) =>
    nurse.request('POST', `/api/v1/patients/${patientId}/scores`, { instrument: 'PHQ-9', answers });
  const doseEvent = (status: 'taken' | 'skipped', at: Date, reason: 'forgot' | 'cost' | null = null) =>
    withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .insertInto('dose_events')
        .values({
          organization_id: tenant.organizationId,
          patient_id: patientId,
          medication_order_id: orderId,
          status,
          reason,
          taken_at: status === 'taken' ? at : null,
          scheduled_for: at,
          recorded_at: at,
          recorded_by: tenant.users.patient!.id,
        })
        .execute(),
    );
  const draft = async () => {
    const res = await prescriber.request('POST', `/api/v1/patients/${patientId}/visit-notes`, {});
    expect(res.statusCode).toBe(201);
    return res.json() as Note;
  };
  const patch = (note: { id: string; version: number }, body: unknown) =>
    prescriber.request('PATCH', `/api/v1/patients/${patientId}/visit-notes/${note.id}`, body, {
      'if-match': `W/"${note.version}"`,
    });
  const sign = (noteId: string, body: unknown = {}) =>
    prescriber.request('POST', `/api/v1/patients/${patientId}/visit-notes/${noteId}/sign`, body);

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 2);
    patientId = tenant.patients[0]!.id;
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    frontDesk = await signIn(ctx.app, tenant.users['front-desk']!.email);
    orderId = await activeOrder(ctx.database, tenant, patientId, 'sertraline');
  });
  afterAll(() => ctx.close());

  it('the first note covers the whole chart; signing books the next visit at the engine’s interval', async () => {
    // PHQ-9 of 8 (mild, item 9 = 0) and a dose taken before the first note.
    expect((await phq9([1, 1, 1, 1, 1, 1, 1, 1, 0])).statusCode).toBe(201);
    await doseEvent('taken', new Date(clock.now().getTime() - 60_000));
    clock.advanceMinutes(5);
    const note = await draft();
    expect(note.status).toBe('draft');
    expect(note.since).toBeNull();
    expect(note.prefill.scores).toEqual([
      expect.objectContaining({
        instrument: 'PHQ-9',
        count: 1,
        first: expect.objectContaining({ total: 8 }),
      }),
    ]);
    expect(note.prefill.doseLog.counts).toEqual({ taken: 1 });
    // Nothing recorded yet in the other sources: present and empty.
    expect(note.prefill.sideEffects).toEqual([]);
    expect(note.prefill.messages).toEqual([]);
    expect(note.prefill.labs).toEqual([]);

    // No risk level yet: signing is refused, nothing is booked.
    const early = await sign(note.id);
    expect(early.statusCode).toBe(422);
    const edited = await patch(note, {
      subjective: 'Sleeping better.',
      riskLevel: 'none',
      decisions: [{ kind: 'keep', orderId }],
      plan: 'Continue sertraline.',
    });
    expect(edited.statusCode).toBe(200);
    const signed = await sign(note.id);
    expect(signed.statusCode).toBe(200);
    const { note: signedNote, appointment } = signed.json();
    expect(signedNote.status).toBe('signed');
    expect(signedNote.nextAppointmentId).toBe(appointment.id);
    // Not yet stable for 3 months, no change: the routine 28-day interval.
    expect(appointment.recommendation.intervalDays).toBe(28);
    expect(appointment.reasonKind).toBe('follow-up');
    expect(appointment.modality).toBe('in-person');
    const days = (new Date(appointment.startsAt).getTime() - clock.now().getTime()) / DAY;
    expect(days).toBeGreaterThan(27);
    expect(days).toBeLessThanOrEqual(28.5);
    firstNote = signedNote;
  });

  it('the next draft holds the PHQ-9 change and adherence since the last note, and nothing from before it', async () => {
    clock.advanceMinutes(2);
    expect((await phq9([2, 2, 2, 2, 2, 2, 2, 1, 0])).statusCode).toBe(201); // 15
    clock.advanceMinutes(2);
    expect((await phq9([1, 1, 1, 1, 1, 1, 1, 0, 0])).statusCode).toBe(201); // 7
    await doseEvent('skipped', clock.now(), 'cost');
    await doseEvent('taken', new Date(clock.now().getTime() + 1000));
    clock.advanceMinutes(5);
    const note = await draft();
    expect(note.since).toBe((firstNote as unknown as { signedAt: string }).signedAt);
    const [score] = note.prefill.scores;
    expect(note.prefill.scores).toHaveLength(1);
    expect(score).toMatchObject({ instrument: 'PHQ-9', count: 2, first: { total: 15 }, last: { total: 7 } });
    // 15 → 7: a 53% fall, a response by the PHQ-9's criterion.
    expect(score!.change).toMatchObject({ percentChange: -53.3, response: true });
    // The taken dose before the first note is not counted again.
    expect(note.prefill.doseLog.counts).toEqual({ skipped: 1, taken: 1 });
    expect(note.prefill.doseLog.skipReasons).toEqual({ cost: 1 });
    expect(Array.isArray(note.prefill.adherence.items)).toBe(true);

    // Adding an antidepressant: the engine brings the visit forward to 14 days.
    const edited = await patch(note, { riskLevel: 'none', decisions: [{ kind: 'add', drug: 'bupropion' }] });
    expect(edited.statusCode).toBe(200);
    const signed = await sign(note.id, { modality: 'telehealth' });
    expect(signed.statusCode).toBe(200);
    const { appointment } = signed.json();
    expect(appointment.recommendation.intervalDays).toBe(14);
    expect(appointment.modality).toBe('telehealth');
    const days = (new Date(appointment.startsAt).getTime() - clock.now().getTime()) / DAY;
    expect(days).toBeGreaterThan(13);
    expect(days).toBeLessThanOrEqual(14.5);
  });

  it('high risk: the engine requires in person, so a telehealth booking is refused with its reason', async () => {
    const note = await draft();
    expect((await patch(note, { riskLevel: 'high' })).statusCode).toBe(200);
    const refused = await sign(note.id, { modality: 'telehealth' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toMatch(/in person/i);
    expect(refused.json().detail).toMatch(/High suicide risk/);
    // Refused: the note is still a draft and nothing was booked from it.
    const still = await prescriber.request('GET', `/api/v1/patients/${patientId}/visit-notes/${note.id}`);
    expect(still.json().status).toBe('draft');
    const signed = await sign(note.id);
    expect(signed.statusCode).toBe(200);
    const { appointment } = signed.json();
    expect(appointment.modality).toBe('in-person');
    expect(appointment.recommendation.inPersonRequired).toBe(true);
    expect(appointment.recommendation.intervalDays).toBe(0);
    // Same day: within the next day at the latest.
    expect(new Date(appointment.startsAt).getTime() - clock.now().getTime()).toBeLessThan(DAY);
    // …and moving it to telehealth afterwards is refused too.
    const moved = await prescriber.request(
      'PATCH',
      `/api/v1/patients/${patientId}/appointments/${appointment.id}`,
      { modality: 'telehealth' },
      { 'if-match': `W/"${appointment.version}"` },
    );
    expect(moved.statusCode).toBe(422);
  });

  it('a signed note cannot be edited (409) but can be amended; the original stays intact', async () => {
    const refused = await patch(firstNote, { subjective: 'Rewritten.' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('Signed notes cannot be edited; add an amendment.');
    const amended = await prescriber.request(
      'POST',
      `/api/v1/patients/${patientId}/visit-notes/${firstNote.id}/amendments`,
      { text: 'Also reports mild nausea in the mornings.', reason: 'Omitted at signing' },
    );
    expect(amended.statusCode).toBe(201);
    const read = await prescriber.request('GET', `/api/v1/patients/${patientId}/visit-notes/${firstNote.id}`);
    const note = read.json() as Note & { signedAt: string };
    expect(note.subjective).toBe('Sleeping better.');
    expect(note.version).toBe(firstNote.version);
    expect(note.amendments).toEqual([
      expect.objectContaining({
        text: 'Also reports mild nausea in the mornings.',
        reason: 'Omitted at signing',
      }),
    ]);
    // The database refuses a change to a signed note even if the service were bypassed.
    await expect(
      withTenant(ctx.database.db, tenant.organizationId, (trx) =>
        trx.updateTable('visit_notes').set({ subjective: 'x' }).where('id', '=', firstNote.id).execute(),
      ),
    ).rejects.toThrow(/immutable/);
    // Drafts are edited, not amended.
    const fresh = await draft();
    const wrong = await prescriber.request(
      'POST',
      `/api/v1/patients/${patientId}/visit-notes/${fresh.id}/amendments`,
      { text: 'x', reason: 'y' },
    );
    expect(wrong.statusCode).toBe(409);
  });

  it('front desk gets 403 on visit notes; an outsider’s patient is not found', async () => {
    expect((await frontDesk.request('GET', `/api/v1/patients/${patientId}/visit-notes`)).statusCode).toBe(
      403,
    );
    expect(
      (await frontDesk.request('POST', `/api/v1/patients/${patientId}/visit-notes`, {})).statusCode,
    ).toBe(403);
    const outsider = await signIn(ctx.app, tenant.users.outsider!.email);
    expect((await outsider.request('GET', `/api/v1/patients/${patientId}/visit-notes`)).statusCode).toBe(404);
  });

  it('an unsigned note older than a day shows in the caseload reasons', async () => {
    clock.advanceMinutes(25 * 60);
    // A new session: the old one has idled out on the moved clock.
    const fresh = await signIn(ctx.app, tenant.users.prescriber!.email);
    const res = await fresh.request('GET', '/api/v1/caseload');
    expect(res.statusCode).toBe(200);
    const row = (res.json().items as { patient: { id: string }; reasons: { code: string }[] }[]).find(
      (item) => item.patient.id === patientId,
    );
    expect(row?.reasons.map((r) => r.code)).toContain('unsigned-note');
    const other = (res.json().items as { patient: { id: string }; reasons: { code: string }[] }[]).find(
      (item) => item.patient.id === tenant.patients[1]!.id,
    );
    expect(other?.reasons.map((r) => r.code) ?? []).not.toContain('unsigned-note');
  });
});
