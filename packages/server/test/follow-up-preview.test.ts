import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import type { OrderAction, SideEffectReportSeverity } from '../src/db/schema.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

const DAY = 86_400_000;
/** Before 31 December 2026, when the DEA telemedicine flexibilities end (the engine's default policy). */
const NOW = new Date('2026-11-20T15:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

interface Preview {
  noteId: string;
  asOf: string;
  intervalDays: number;
  nextVisitBy: string;
  modality: string;
  inPersonRequired: boolean;
  levelOfCare: string;
  reasons: string[];
  rules: { code: string; intervalDays: number | null; inPersonRequired: boolean }[];
  sources: { id: string; citation: string }[];
  booking: { modality: string; startsAt: string; timeZone: string };
  riskLevelRecorded: boolean;
  inputs: {
    diagnoses?: string[];
    changes: { kind: string; drug: string }[];
    sideEffects?: string;
    controlledSubstance?: { newPrescription: boolean; inPersonEvaluationDone: boolean };
  };
}

describe('follow-up recommendation preview and the engine’s inputs at signing', () => {
  const clock = testClock(NOW);
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  let nurse: Client;
  let next = 0;
  /** Each test takes a patient of its own, so nothing from another test leaks into its window. */
  const patient = () => tenant.patients[next++]!.id;

  const db = <T>(fn: Parameters<typeof withTenant<T>>[2]) =>
    withTenant(ctx.database.db, tenant.organizationId, fn);

  const order = (
    patientId: string,
    drug: string,
    action: OrderAction,
    signedAt: Date,
    extra: { dose?: number; replaces?: string; status?: 'active' | 'completed' | 'stopped' } = {},
  ) =>
    db(async (trx) => {
      const row = await trx
        .insertInto('medication_orders')
        .values({
          organization_id: tenant.organizationId,
          patient_id: patientId,
          drug_name: drug,
          display_name: `${drug} tablet`,
          dose_amount: extra.dose ?? 50,
          dose_unit: 'mg',
          frequency: JSON.stringify({ timesPerDay: 1 }),
          titration: JSON.stringify([]),
          action,
          status: extra.status ?? 'active',
          replaces_order_id: extra.replaces ?? null,
          prescriber_id: tenant.users.prescriber!.id,
          start_date: signedAt.toISOString().slice(0, 10),
          signed_at: signedAt,
          status_changed_at: signedAt,
          created_at: signedAt,
          updated_at: signedAt,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    });

  const sideEffect = (patientId: string, severity: SideEffectReportSeverity, at: Date) =>
    db((trx) =>
      trx
        .insertInto('side_effect_reports')
        .values({
          organization_id: tenant.organizationId,
          patient_id: patientId,
          symptom: 'Tremor',
          severity,
          reported_by: tenant.users.nurse!.id,
          created_at: at,
        })
        .execute(),
    );

  const draft = async (patientId: string, risk: string | null = 'none', decisions: unknown[] = []) => {
    const created = await prescriber.request('POST', `/api/v1/patients/${patientId}/visit-notes`, {});
    expect(created.statusCode, created.body).toBe(201);
    let note = created.json() as { id: string; version: number };
    if (risk !== null || decisions.length > 0) {
      const patched = await prescriber.request(
        'PATCH',
        `/api/v1/patients/${patientId}/visit-notes/${note.id}`,
        { ...(risk !== null ? { riskLevel: risk } : {}), ...(decisions.length > 0 ? { decisions } : {}) },
        { 'if-match': `W/"${note.version}"` },
      );
      expect(patched.statusCode, patched.body).toBe(200);
      note = patched.json();
    }
    return note.id;
  };
  const preview = async (patientId: string, noteId: string, client = prescriber) => {
    const res = await client.request(
      'GET',
      `/api/v1/patients/${patientId}/visit-notes/${noteId}/recommendation`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Preview;
  };
  const sign = async (patientId: string, noteId: string) => {
    const res = await prescriber.request(
      'POST',
      `/api/v1/patients/${patientId}/visit-notes/${noteId}/sign`,
      {},
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      note: { recommendation: { intervalDays: number; reasons: string[] } };
      appointment: { startsAt: string; modality: string };
    };
  };
  const codes = (p: Preview) => p.rules.map((r) => r.code);

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 12);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
  });
  afterAll(() => ctx.close());

  it('nothing new: the routine interval, not shortened by old orders or old side effects', async () => {
    const id = patient();
    // Before the 30-day window of a first note: neither counts.
    await order(id, 'lithium', 'start', daysAgo(45));
    await sideEffect(id, 'severe', daysAgo(40));
    const noteId = await draft(id);
    const p = await preview(id, noteId);
    expect(p.intervalDays).toBe(28);
    expect(codes(p)).toEqual(['active-treatment']);
    expect(p.inputs.changes).toEqual([]);
    expect(p.inputs.sideEffects).toBeUndefined();
    expect(p.inputs.controlledSubstance).toBeUndefined();
    expect(p).toMatchObject({
      nextVisitBy: '2026-12-18',
      inPersonRequired: false,
      modality: 'either',
      levelOfCare: 'routine-outpatient',
      riskLevelRecorded: true,
      booking: { modality: 'in-person', timeZone: 'America/Chicago' },
    });
    expect(p.sources.length).toBeGreaterThan(0);
    expect(p.sources[0]!.citation.length).toBeGreaterThan(15);
    // Signing books exactly what the preview showed: one computation for both.
    const signed = await sign(id, noteId);
    expect(signed.note.recommendation.intervalDays).toBe(28);
    expect(signed.appointment.startsAt).toBe(p.booking.startsAt);
    expect(signed.appointment.modality).toBe(p.booking.modality);
  });

  it('lithium started since the last note: the 7-day lithium review, at preview and at signing', async () => {
    const id = patient();
    await order(id, 'lithium', 'start', daysAgo(3), { dose: 300 });
    const noteId = await draft(id);
    const p = await preview(id, noteId);
    expect(p.intervalDays).toBe(7);
    expect(p.nextVisitBy).toBe('2026-11-27');
    expect(codes(p)[0]).toBe('lithium-change');
    expect(p.reasons[0]).toMatch(/Lithium start: review with a trough level/);
    expect(p.inputs.changes).toEqual([{ kind: 'start', drug: 'lithium' }]);
    const signed = await sign(id, noteId);
    expect(signed.note.recommendation.intervalDays).toBe(7);
    expect(signed.note.recommendation.reasons[0]).toMatch(/Lithium start/);
    expect(signed.appointment.startsAt).toBe(p.booking.startsAt);
  });

  it('a dose change counts in its direction; the same change in the note and an order counts once', async () => {
    const id = patient();
    const first = await order(id, 'lithium', 'start', daysAgo(60), { dose: 300, status: 'completed' });
    await order(id, 'lithium', 'change-dose', daysAgo(2), { dose: 600, replaces: first });
    const noteId = await draft(id, 'none', [{ kind: 'raise', drug: 'lithium' }]);
    const p = await preview(id, noteId);
    expect(p.inputs.changes).toEqual([{ kind: 'dose-increase', drug: 'lithium' }]);
    expect(p.intervalDays).toBe(7);
    expect(codes(p)).toContain('lithium-change');

    // Lowered: not a reason for the lithium-level review; the dose-decrease review applies instead.
    const other = patient();
    const high = await order(other, 'lithium', 'start', daysAgo(60), { dose: 900, status: 'completed' });
    await order(other, 'lithium', 'change-dose', daysAgo(2), { dose: 600, replaces: high });
    const lowered = await preview(other, await draft(other));
    expect(lowered.inputs.changes).toEqual([{ kind: 'dose-decrease', drug: 'lithium' }]);
    expect(codes(lowered)).not.toContain('lithium-change');
    expect(lowered.intervalDays).toBe(28);
  });

  it('a severe side effect since the last note shortens to 1 day in person; one before it does not', async () => {
    const id = patient();
    await sideEffect(id, 'mild', daysAgo(5));
    await sideEffect(id, 'severe', daysAgo(4));
    await sideEffect(id, 'moderate', daysAgo(3));
    const noteId = await draft(id);
    const p = await preview(id, noteId);
    expect(p.inputs.sideEffects).toBe('severe');
    expect(p).toMatchObject({ intervalDays: 1, inPersonRequired: true, modality: 'in-person' });
    expect(codes(p)[0]).toBe('side-effects-severe');
    const signed = await sign(id, noteId);
    expect(signed.note.recommendation.intervalDays).toBe(1);
    expect(signed.appointment.modality).toBe('in-person');

    // The next note starts after that signature: the same reports no longer count.
    const nextNote = await draft(id);
    const after = await preview(id, nextNote);
    expect(after.inputs.sideEffects).toBeUndefined();
    expect(after.intervalDays).toBe(28);
  });

  it('bipolar disorder on the chart: an antidepressant start is reviewed in 7 days, not 14', async () => {
    const bipolar = patient();
    const condition = await prescriber.request('POST', `/api/v1/patients/${bipolar}/conditions`, {
      code: 'F31.81',
      display: 'Bipolar II disorder',
    });
    expect(condition.statusCode, condition.body).toBe(201);
    const withBipolar = await preview(
      bipolar,
      await draft(bipolar, 'none', [{ kind: 'add', drug: 'sertraline' }]),
    );
    expect(withBipolar.inputs.diagnoses).toEqual(['bipolar']);
    expect(withBipolar.intervalDays).toBe(7);
    expect(codes(withBipolar)).toContain('bipolar-antidepressant');

    // The same decision without the diagnosis (and a resolved bipolar condition does not count).
    const control = patient();
    const resolved = await prescriber.request('POST', `/api/v1/patients/${control}/conditions`, {
      code: 'F31.9',
      display: 'Bipolar disorder, unspecified',
      clinicalStatus: 'resolved',
    });
    expect(resolved.statusCode, resolved.body).toBe(201);
    const depression = await prescriber.request('POST', `/api/v1/patients/${control}/conditions`, {
      code: 'F32.1',
      display: 'Major depressive disorder, single episode, moderate',
    });
    expect(depression.statusCode, depression.body).toBe(201);
    const without = await preview(
      control,
      await draft(control, 'none', [{ kind: 'add', drug: 'sertraline' }]),
    );
    expect(without.inputs.diagnoses).toEqual(['depression']);
    expect(without.intervalDays).toBe(14);
    expect(codes(without)).not.toContain('bipolar-antidepressant');
  });

  it('a first controlled substance started by order: the telemedicine rule with the derived facts', async () => {
    const id = patient();
    await order(id, 'lorazepam', 'start', daysAgo(2), { dose: 0.5 });
    const p = await preview(id, await draft(id));
    expect(p.inputs.controlledSubstance).toEqual({ newPrescription: true, inPersonEvaluationDone: false });
    // Allowed by telemedicine until the flexibilities end (asOf 2026-11-20).
    expect(codes(p)).toContain('telehealth-flexibilities');
    expect(p.inputs.changes).toEqual([{ kind: 'start', drug: 'lorazepam' }]);

    // Not the first controlled prescription, and seen in person: no telemedicine rule at all.
    const seen = patient();
    await order(seen, 'clonazepam', 'start', daysAgo(200), { dose: 0.5, status: 'stopped' });
    await order(seen, 'lorazepam', 'start', daysAgo(2), { dose: 0.5 });
    await db((trx) =>
      trx
        .insertInto('appointments')
        .values({
          organization_id: tenant.organizationId,
          patient_id: seen,
          clinician_id: tenant.users.prescriber!.id,
          starts_at: daysAgo(100),
          ends_at: new Date(daysAgo(100).getTime() + 30 * 60_000),
          modality: 'in-person',
          status: 'fulfilled',
          reason_kind: 'intake',
          recommendation: JSON.stringify(null),
          created_at: daysAgo(110),
          updated_at: daysAgo(100),
        })
        .execute(),
    );
    const q = await preview(seen, await draft(seen));
    expect(q.inputs.controlledSubstance).toEqual({ newPrescription: false, inPersonEvaluationDone: true });
    expect(codes(q).filter((c) => c.startsWith('telehealth') || c.includes('controlled'))).toEqual([]);

    // No controlled drug started: no controlled-substance input.
    const none = patient();
    await order(none, 'sertraline', 'start', daysAgo(2));
    expect((await preview(none, await draft(none))).inputs.controlledSubstance).toBeUndefined();
  });

  it('the risk level drives the preview; before it is recorded the preview says so', async () => {
    const id = patient();
    const noteId = await draft(id, null);
    const unrecorded = await preview(id, noteId);
    expect(unrecorded.riskLevelRecorded).toBe(false);
    expect(unrecorded.intervalDays).toBe(28);
    const note = (await prescriber.request('GET', `/api/v1/patients/${id}/visit-notes/${noteId}`)).json();
    await prescriber.request(
      'PATCH',
      `/api/v1/patients/${id}/visit-notes/${noteId}`,
      { riskLevel: 'moderate' },
      { 'if-match': `W/"${note.version}"` },
    );
    // The nurse edits notes, so sees the preview too.
    const moderate = await preview(id, noteId, nurse);
    expect(moderate).toMatchObject({ riskLevelRecorded: true, intervalDays: 2 });
    expect(codes(moderate)[0]).toBe('safety-moderate');
  });

  it('is audited as a read; refused to roles that do not edit notes, to outsiders and on signed notes', async () => {
    const id = patient();
    const noteId = await draft(id);
    await preview(id, noteId);
    const audited = await db((trx) =>
      trx
        .selectFrom('audit_events')
        .select(['action', 'resource_type', 'resource_id', 'detail'])
        .where('patient_id', '=', id)
        .where('action', '=', 'read')
        .where('resource_id', '=', noteId)
        .execute(),
    );
    expect(audited).toEqual([
      expect.objectContaining({
        resource_type: 'VisitNote',
        detail: expect.objectContaining({ recommendation: true }),
      }),
    ]);
    const url = `/api/v1/patients/${id}/visit-notes/${noteId}/recommendation`;
    const coordinator = await signIn(ctx.app, tenant.users['care-coordinator']!.email);
    expect((await coordinator.request('GET', url)).statusCode).toBe(403);
    const outsider = await signIn(ctx.app, tenant.users.outsider!.email);
    expect((await outsider.request('GET', url)).statusCode).toBe(404);
    await sign(id, noteId);
    const signed = await prescriber.request('GET', url);
    expect(signed.statusCode).toBe(409);
  });
});
