import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

interface Alert {
  code: string;
  category: string;
  severity: string;
}

describe('clinical record: conditions, allergies, observations and the check', () => {
  const clock = testClock(new Date('2026-10-05T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  let nurse: Client;
  let therapist: Client;
  let coordinator: Client;
  const url = (i: number, rest: string) => `/api/v1/patients/${tenant.patients[i]!.id}/${rest}`;
  const tasksOf = (i: number) =>
    withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('tasks').selectAll().where('patient_id', '=', tenant.patients[i]!.id).execute(),
    );

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 5);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    coordinator = await signIn(ctx.app, tenant.users['care-coordinator']!.email);
  });
  afterAll(() => ctx.close());

  it('records and lists diagnoses; entered in error keeps the row', async () => {
    const created = await prescriber.request('POST', url(0, 'conditions'), {
      code: 'f32.1',
      display: 'Major depressive disorder, single episode, moderate',
      onsetDate: '2025-11-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      code: 'F32.1',
      clinicalStatus: 'active',
      substanceUse: false,
      status: 'recorded',
      onsetDate: '2025-11-01',
      recordedBy: tenant.users.prescriber!.id,
      version: 1,
    });
    const id = created.json().id as string;

    const wrong = await nurse.request('POST', url(0, 'conditions'), {
      code: 'F31.9',
      display: 'Bipolar disorder',
    });
    expect(wrong.statusCode).toBe(201);
    const marked = await nurse.request('POST', url(0, `conditions/${wrong.json().id}/entered-in-error`), {
      reason: 'Wrong patient',
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toMatchObject({
      status: 'entered-in-error',
      errorReason: 'Wrong patient',
      version: 2,
    });
    const again = await nurse.request('POST', url(0, `conditions/${wrong.json().id}/entered-in-error`), {
      reason: 'Twice',
    });
    expect(again.statusCode).toBe(409);

    const list = await coordinator.request('GET', url(0, 'conditions'));
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; status: string }[];
    expect(items.map((c) => c.id)).toContain(id);
    // Still there, marked.
    expect(items.find((c) => c.id === wrong.json().id)?.status).toBe('entered-in-error');

    const bad = await prescriber.request('POST', url(0, 'conditions'), { code: 'depression', display: 'x' });
    expect(bad.statusCode).toBe(400);
    // A therapist may read with consent but never write.
    const refused = await therapist.request('POST', url(0, 'conditions'), { code: 'F41.1', display: 'GAD' });
    expect(refused.statusCode).toBe(403);
  });

  it('hides a substance-use diagnosis from a therapist whose consent lacks substance-use', async () => {
    const sud = await prescriber.request('POST', url(1, 'conditions'), {
      code: 'F10.20',
      display: 'Alcohol use disorder, moderate',
      substanceUse: true,
    });
    expect(sud.statusCode, sud.body).toBe(201);
    expect(sud.json().substanceUse).toBe(true);
    const dx = await prescriber.request('POST', url(1, 'conditions'), { code: 'F41.1', display: 'GAD' });
    expect(dx.statusCode).toBe(201);

    // Without consent: nothing clinical.
    expect((await therapist.request('GET', url(1, 'conditions'))).statusCode).toBe(403);
    expect((await therapist.request('GET', url(1, 'observations'))).statusCode).toBe(403);

    const consent = await prescriber.request('POST', url(1, 'consents'), {
      granteeUserId: tenant.users.therapist!.id,
      sections: ['diagnoses', 'labs'],
      purpose: 'treatment',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const seen = await therapist.request('GET', url(1, 'conditions'));
    expect(seen.statusCode).toBe(200);
    const codes = (seen.json().items as { code: string }[]).map((c) => c.code);
    expect(codes).toEqual(['F41.1']);
    // A drug screen is a substance-use record too: listed for the care team, not for this consent.
    const uds = await nurse.request('POST', url(1, 'observations'), { code: 'urine-drug-screen', value: 1 });
    expect(uds.statusCode, uds.body).toBe(201);
    const hr = await nurse.request('POST', url(1, 'observations'), { code: 'heart-rate', value: 70 });
    expect(hr.statusCode).toBe(201);
    const labs = await therapist.request('GET', url(1, 'observations'));
    expect(labs.statusCode).toBe(200);
    expect((labs.json().items as { code: string }[]).map((o) => o.code)).toEqual(['heart-rate']);
    const careLabs = await prescriber.request('GET', url(1, 'observations'));
    expect((careLabs.json().items as { code: string }[]).map((o) => o.code).sort()).toEqual([
      'heart-rate',
      'urine-drug-screen',
    ]);
    // Nor can the hidden row be probed by id.
    const probe = await therapist.request('POST', url(1, `conditions/${sud.json().id}/entered-in-error`), {
      reason: 'x',
    });
    expect(probe.statusCode).toBe(403);

    // The care team sees both.
    const all = await prescriber.request('GET', url(1, 'conditions'));
    expect((all.json().items as { code: string }[]).map((c) => c.code).sort()).toEqual(['F10.20', 'F41.1']);
  });

  it('records allergies and resolves the drug', async () => {
    const res = await nurse.request('POST', url(2, 'allergies'), {
      substance: 'Sertraline (hives)',
      reaction: 'Hives',
      severity: 'moderate',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      substance: 'Sertraline (hives)',
      resolvedDrug: 'sertraline',
      type: 'allergy',
      clinicalStatus: 'active',
      status: 'recorded',
    });
    const other = await nurse.request('POST', url(2, 'allergies'), { substance: 'latex', type: 'allergy' });
    expect(other.json().resolvedDrug).toBeNull();
    const list = await prescriber.request('GET', url(2, 'allergies'));
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(2);
    const marked = await prescriber.request('POST', url(2, `allergies/${other.json().id}/entered-in-error`), {
      reason: 'Recorded for the wrong patient',
    });
    expect(marked.json().status).toBe('entered-in-error');
    expect((await prescriber.request('GET', url(2, 'allergies'))).json().items).toHaveLength(2);
  });

  it('raises an urgent lab task for a toxic lithium level and nothing for a therapeutic one', async () => {
    const before = (await tasksOf(3)).length;
    const normal = await nurse.request('POST', url(3, 'observations'), {
      code: 'lithium',
      value: 0.8,
      unit: 'mmol/L',
      effectiveAt: '2026-10-05T08:00:00Z',
    });
    expect(normal.statusCode, normal.body).toBe(201);
    expect(normal.json()).toMatchObject({
      code: 'lithium',
      loinc: '14334-7',
      value: 0.8,
      interpretation: { flag: 'normal' },
      taskCreated: false,
      taskId: null,
      alert: null,
    });
    expect((await tasksOf(3)).length).toBe(before);

    const toxic = await nurse.request('POST', url(3, 'observations'), {
      code: '14334-7',
      value: 1.6,
      unit: 'mEq/L',
    });
    expect(toxic.statusCode, toxic.body).toBe(201);
    expect(toxic.json()).toMatchObject({
      code: 'lithium',
      interpretation: { flag: 'high', band: 'toxic-risk', severity: 'major' },
      taskCreated: true,
    });
    expect(toxic.json().alert.severity).toBe('major');
    const tasks = await tasksOf(3);
    expect(tasks.length).toBe(before + 1);
    const task = tasks.find((t) => t.id === toxic.json().taskId)!;
    expect(task).toMatchObject({ kind: 'lab', priority: 'urgent', status: 'open' });

    const list = await prescriber.request('GET', `${url(3, 'observations')}?code=lithium&from=2026-10-01`);
    expect(list.statusCode).toBe(200);
    expect((list.json().items as { value: number }[]).map((o) => o.value)).toEqual([1.6, 0.8]);
    const none = await prescriber.request('GET', `${url(3, 'observations')}?code=tsh`);
    expect(none.json().items).toEqual([]);

    const unknown = await nurse.request('POST', url(3, 'observations'), { code: 'unobtainium', value: 1 });
    expect(unknown.statusCode).toBe(400);
    const badUnit = await nurse.request('POST', url(3, 'observations'), {
      code: 'lithium',
      value: 1,
      unit: 'kg',
    });
    expect(badUnit.statusCode).toBe(422);
    const pgx = await nurse.request('POST', url(3, 'observations'), {
      code: 'pgx',
      gene: 'CYP2C19',
      phenotype: 'Poor metabolizer',
      source: 'external-lab',
    });
    expect(pgx.statusCode, pgx.body).toBe(201);
    expect(pgx.json()).toMatchObject({ code: 'pgx', gene: 'CYP2C19', phenotype: 'poor metabolizer' });
  });

  it('passes allergies to the check: an SSRI allergy alerts on a sertraline draft, no allergy no alert', async () => {
    const draft = {
      drug: 'sertraline',
      doseAmount: 50,
      doseUnit: 'mg',
      frequency: { timesPerDay: 1 },
      action: 'start',
    };
    const without = await prescriber.request('POST', url(4, 'medication-orders'), draft);
    expect(without.statusCode, without.body).toBe(201);
    expect((without.json().alerts as Alert[]).filter((a) => a.category === 'allergy')).toEqual([]);

    const allergy = await nurse.request('POST', url(4, 'allergies'), {
      substance: 'SSRI',
      reaction: 'Angioedema',
    });
    expect(allergy.statusCode).toBe(201);
    const withAllergy = await prescriber.request('POST', url(4, 'medication-orders'), draft);
    expect(withAllergy.statusCode, withAllergy.body).toBe(201);
    const alerts = (withAllergy.json().alerts as Alert[]).filter((a) => a.category === 'allergy');
    expect(alerts.length).toBeGreaterThan(0);

    // Entered in error: the allergy no longer counts.
    await nurse.request('POST', url(4, `allergies/${allergy.json().id}/entered-in-error`), {
      reason: 'Not this patient',
    });
    const after = await prescriber.request('POST', url(4, 'medication-orders'), draft);
    expect((after.json().alerts as Alert[]).filter((a) => a.category === 'allergy')).toEqual([]);
  });

  it('passes recent labs to the check: a long QTc alerts on a citalopram draft', async () => {
    const draft = {
      drug: 'citalopram',
      doseAmount: 20,
      doseUnit: 'mg',
      frequency: { timesPerDay: 1 },
      action: 'start',
    };
    const before = await prescriber.request('POST', url(4, 'medication-orders'), draft);
    const qtcAlerts = (body: { alerts: Alert[] }) =>
      body.alerts.filter((a) => a.code.includes('qt') || a.category === 'lab');
    expect(qtcAlerts(before.json())).toEqual([]);
    const ecg = await nurse.request('POST', url(4, 'observations'), { code: 'qtc', value: 520, unit: 'ms' });
    expect(ecg.statusCode, ecg.body).toBe(201);
    expect(ecg.json().taskCreated).toBe(true);
    const after = await prescriber.request('POST', url(4, 'medication-orders'), draft);
    expect(qtcAlerts(after.json()).length).toBeGreaterThan(0);
  });
});
