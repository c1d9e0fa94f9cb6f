import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';
import { activeOrder } from './reminder-fixtures.js';

const HOUR = 3_600_000;

interface Score {
  instrument: string;
  count: number;
  enteredLate: number;
  first: { total: number; at: string };
  last: { total: number; at: string };
}

/**
 * The next note's pre-fill takes scores answered since the last signed note and also those entered
 * since: a paper form answered before that note but entered in clinic after it has been in no note.
 */
describe('visit-note pre-fill: scores entered late', () => {
  const clock = testClock(new Date(Date.now() - 2 * 86_400_000));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  let nurse: Client;
  let patientId: string;
  let orderId: string;

  const score = (instrument: string, answers: number[], authoredAt?: string) =>
    nurse.request('POST', `/api/v1/patients/${patientId}/scores`, {
      instrument,
      answers,
      ...(authoredAt ? { authoredAt } : {}),
    });
  const draft = async () => {
    const res = await prescriber.request('POST', `/api/v1/patients/${patientId}/visit-notes`, {});
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as {
      id: string;
      version: number;
      signedAt: string | null;
      prefill: { scores: Score[] };
    };
  };

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 1);
    patientId = tenant.patients[0]!.id;
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    orderId = await activeOrder(ctx.database, tenant, patientId, 'sertraline');
  });
  afterAll(() => ctx.close());

  it('includes a form answered before the last note but entered after it, with its answer date', async () => {
    // Before the first note: a PHQ-9 answered and entered (in that note's pre-fill only).
    expect((await score('PHQ-9', [2, 2, 2, 2, 2, 2, 2, 1, 0])).statusCode).toBe(201); // 15
    clock.advanceMinutes(5);
    const first = await draft();
    const edited = await prescriber.request(
      'PATCH',
      `/api/v1/patients/${patientId}/visit-notes/${first.id}`,
      { riskLevel: 'none', decisions: [{ kind: 'keep', orderId }], plan: 'Continue sertraline.' },
      { 'if-match': `W/"${first.version}"` },
    );
    expect(edited.statusCode, edited.body).toBe(200);
    const signed = await prescriber.request(
      'POST',
      `/api/v1/patients/${patientId}/visit-notes/${first.id}/sign`,
      {},
    );
    expect(signed.statusCode, signed.body).toBe(200);
    const signedAt = new Date(signed.json().note.signedAt as string);

    // Five minutes after signing, the nurse enters the paper GAD-7 the patient filled in the waiting
    // room two hours before the note was signed.
    clock.advanceMinutes(5);
    const answeredAt = new Date(signedAt.getTime() - 2 * HOUR).toISOString();
    const late = await score('GAD-7', [2, 2, 2, 2, 1, 1, 1], answeredAt); // 11
    expect(late.statusCode, late.body).toBe(201);
    // A PHQ-9 answered (and entered) after the note, as before.
    clock.advanceMinutes(5);
    expect((await score('PHQ-9', [1, 1, 1, 1, 1, 1, 1, 0, 0])).statusCode).toBe(201); // 7

    clock.advanceMinutes(5);
    const next = await draft();
    const byInstrument = new Map(next.prefill.scores.map((s) => [s.instrument, s]));
    expect([...byInstrument.keys()].sort()).toEqual(['GAD-7', 'PHQ-9']);
    expect(byInstrument.get('GAD-7')).toMatchObject({
      count: 1,
      enteredLate: 1,
      first: { total: 11, at: answeredAt },
    });
    // The PHQ-9 of 15 was answered and entered before the last note: not carried over again.
    expect(byInstrument.get('PHQ-9')).toMatchObject({ count: 1, enteredLate: 0, first: { total: 7 } });
  });
});
