import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

const NEGATIVE_CSSRS = ['no', 'no', 'no', 'no', 'no', 'no'];
const POSITIVE_CSSRS = ['yes', 'yes', 'no', 'no', 'no', 'no'];

const FIRST_PART = {
  chiefComplaint: 'Low mood for four months, not enjoying anything.',
  historyOfPresentIllness: 'Gradual onset after a job loss; sleeping poorly.',
  medicalHistory: { seizures: false, qtProlongation: false, pregnant: false, contraception: 'IUD' },
  priorTrials: [
    {
      drug: 'sertraline',
      highestDailyMg: 150,
      durationWeeks: 8,
      response: 'none',
      sideEffects: 'nausea',
      reasonStopped: 'no benefit',
      stoppedAbruptly: false,
      phq9Before: 19,
      phq9After: 17,
    },
    { drug: 'escitalopram', highestDailyMg: 20, durationWeeks: 3, response: 'stopped-side-effects' },
  ],
  substanceUse: {
    substances: [{ substance: 'alcohol', amount: '4 drinks', frequency: 'weekends', lastUse: 'Saturday' }],
    auditC: [2, 2, 1],
  },
};

const SECOND_PART = {
  safety: { cssrs: NEGATIVE_CSSRS, homicidalIdeation: false, mania: false, psychosis: false },
  mentalStatus: { mood: 'depressed', affect: 'constricted', thoughtContent: 'no suicidal ideation' },
  goals: 'I want to get back to work and enjoy my kids again.',
};

const SIGN = {
  diagnoses: [
    { icd10: 'F33.1', display: 'Major depressive disorder, recurrent, moderate' },
    { icd10: 'f10.10', display: 'Alcohol use disorder, mild' },
  ],
  riskLevel: 'low',
  plan: 'Start bupropion; weekly PHQ-9; follow up in 2 weeks.',
};

describe('intake evaluations', () => {
  const clock = testClock(new Date('2026-10-01T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  let nurse: Client;
  let therapist: Client;
  const base = (i: number) => `/api/v1/patients/${tenant.patients[i]!.id}/evaluations`;
  const tasksOf = (patientId: string) =>
    withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('tasks').selectAll().where('patient_id', '=', patientId).execute(),
    );

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 3);
    // The therapist may read patient 0's notes, but not the substance-use section.
    await withTenant(ctx.database.db, tenant.organizationId, async (trx) => {
      await trx
        .insertInto('consents')
        .values({
          organization_id: tenant.organizationId,
          patient_id: tenant.patients[0]!.id,
          grantee_user_id: tenant.users.therapist!.id,
          sections: ['notes'],
          purpose: 'treatment',
          period_start: new Date(clock.now().getTime() - 60_000),
          authority: 'patient',
          recorded_by: tenant.users.prescriber!.id,
          recorded_at: clock.now(),
        })
        .execute();
    });
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    therapist = await signIn(ctx.app, tenant.users.therapist!.email);
  });
  afterAll(() => ctx.close());

  it('saves in progress twice with If-Match, signs, then refuses edits and takes amendments', async () => {
    const created = await nurse.request('POST', base(0), { content: FIRST_PART });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ status: 'draft', version: 1 });
    // The engine scored the AUDIT-C: 2+2+1 = 5.
    expect(draft.scores.auditC).toMatchObject({ instrument: 'AUDIT-C', total: 5 });
    const url = `${base(0)}/${draft.id}`;

    expect((await nurse.request('PATCH', url, { content: { goals: 'x' } })).statusCode).toBe(428);
    const first = await nurse.request(
      'PATCH',
      url,
      { content: { sleep: { hoursPerNight: 5 } } },
      { 'if-match': 'W/"1"' },
    );
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe('W/"2"');
    // A stale version is refused and changes nothing.
    const stale = await prescriber.request(
      'PATCH',
      url,
      { content: { goals: 'stale' } },
      { 'if-match': 'W/"1"' },
    );
    expect(stale.statusCode).toBe(409);
    const second = await prescriber.request('PATCH', url, { content: SECOND_PART }, { 'if-match': 'W/"2"' });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().content).toMatchObject({
      chiefComplaint: FIRST_PART.chiefComplaint,
      sleep: { hoursPerNight: 5 },
      goals: SECOND_PART.goals,
    });
    expect(second.json().scores.cssrs).toMatchObject({ instrument: 'C-SSRS', risk: null });

    // A nurse may draft but not sign.
    expect((await nurse.request('POST', `${url}/sign`, SIGN)).statusCode).toBe(403);
    const signed = await prescriber.request('POST', `${url}/sign`, SIGN);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({
      safetyTaskCreated: false,
      levelOfCare: { levelOfCare: 'routine-outpatient' },
    });
    expect(signed.json().evaluation).toMatchObject({
      status: 'signed',
      riskLevel: 'low',
      signedBy: tenant.users.prescriber!.id,
      diagnoses: [
        { icd10: 'F33.1', substanceUse: false },
        // F10-F19 is marked as substance use even when the prescriber did not say so.
        { icd10: 'F10.10', substanceUse: true },
      ],
    });
    // Negative C-SSRS: no task.
    expect(await tasksOf(tenant.patients[0]!.id)).toEqual([]);

    const after = await prescriber.request(
      'PATCH',
      url,
      { content: { goals: 'late' } },
      { 'if-match': 'W/"4"' },
    );
    expect(after.statusCode).toBe(409);
    expect((await prescriber.request('POST', `${url}/sign`, SIGN)).statusCode).toBe(409);
    const amended = await prescriber.request('POST', `${url}/amendments`, {
      text: 'Patient called: started bupropion.',
    });
    expect(amended.statusCode, amended.body).toBe(201);
    const read = await prescriber.request('GET', url);
    expect(read.json().amendments).toHaveLength(1);
    expect(read.json().content.goals).toBe(SECOND_PART.goals);

    // The prior trials joined the trial history, the diagnoses the problem list.
    const stored = await withTenant(ctx.database.db, tenant.organizationId, async (trx) => ({
      trials: await trx
        .selectFrom('medication_trials')
        .selectAll()
        .where('evaluation_id', '=', draft.id)
        .execute(),
      conditions: await trx
        .selectFrom('conditions')
        .selectAll()
        .where('patient_id', '=', tenant.patients[0]!.id)
        .orderBy('code')
        .execute(),
    }));
    expect(stored.trials.map((t) => [t.drug, Number(t.daily_mg), Number(t.weeks)])).toEqual([
      ['sertraline', 150, 8],
      ['escitalopram', 20, 3],
    ]);
    expect(stored.conditions.map((c) => [c.code, c.substance_use])).toEqual([
      ['F10.10', true],
      ['F33.1', false],
    ]);
  });

  it('withholds the substance-use section from a reader without it', async () => {
    const list = await therapist.request('GET', base(0));
    expect(list.statusCode, list.body).toBe(200);
    const [evaluation] = list.json().items;
    expect(evaluation.substanceUseWithheld).toBe(true);
    expect(evaluation.content.substanceUse).toBeUndefined();
    expect(evaluation.scores.auditC).toBeUndefined();
    expect(evaluation.diagnoses.map((d: { icd10: string }) => d.icd10)).toEqual(['F33.1']);
    expect(list.body).not.toContain('alcohol');
    // Without any consent for notes (patient 1): refused.
    expect((await therapist.request('GET', base(1))).statusCode).toBe(403);
    const full = await prescriber.request('GET', base(0));
    expect(full.json().items[0].content.substanceUse.substances[0].substance).toBe('alcohol');
  });

  it('opens the urgent safety task when the evaluation’s C-SSRS is positive', async () => {
    const created = await prescriber.request('POST', base(1), {
      content: { ...SECOND_PART, chiefComplaint: 'Hopeless', safety: { cssrs: POSITIVE_CSSRS } },
    });
    expect(created.statusCode, created.body).toBe(201);
    // Saving a draft opens nothing: the screen is acted on when the evaluation is signed.
    expect(await tasksOf(tenant.patients[1]!.id)).toEqual([]);
    const signed = await prescriber.request('POST', `${base(1)}/${created.json().id}/sign`, {
      ...SIGN,
      diagnoses: [SIGN.diagnoses[0]],
      riskLevel: 'moderate',
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().safetyTaskCreated).toBe(true);
    const tasks = await tasksOf(tenant.patients[1]!.id);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: 'safety', priority: 'urgent', status: 'open' });
    expect(signed.json().evaluation.safetyTaskId).toBe(tasks[0]!.id);
  });

  it('validates ICD-10-CM codes, the sections needed to sign, and the embedded scales', async () => {
    const created = await prescriber.request('POST', base(2), { content: { chiefComplaint: 'Anxiety' } });
    const url = `${base(2)}/${created.json().id}`;
    for (const icd10 of ['296.32', 'F3', 'FF3.1', 'F33.12345', 'F33-1']) {
      const res = await prescriber.request('POST', `${url}/sign`, {
        ...SIGN,
        diagnoses: [{ icd10, display: 'x' }],
      });
      expect(res.statusCode, icd10).toBe(400);
    }
    const incomplete = await prescriber.request('POST', `${url}/sign`, SIGN);
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().detail).toContain('safety');
    const badScale = await prescriber.request(
      'PATCH',
      url,
      { content: { substanceUse: { auditC: [9, 9, 9] } } },
      { 'if-match': 'W/"1"' },
    );
    expect(badScale.statusCode).toBe(422);
    const unknownKey = await prescriber.request(
      'PATCH',
      url,
      { content: { mood: 'x' } },
      { 'if-match': 'W/"1"' },
    );
    expect(unknownKey.statusCode).toBe(400);
    // Nothing above changed the draft.
    const read = await prescriber.request('GET', url);
    expect(read.json()).toMatchObject({ status: 'draft', version: 1 });
  });
});
