import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTenant, signIn, type Tenant, testApp } from './helpers.js';

interface InstrumentView {
  id: string;
  title: string;
  lookBack: string;
  instructions: string;
  totalRange: { min: number; max: number } | null;
  items: {
    number: number;
    label: string;
    text: string;
    optional: boolean;
    critical: boolean;
    askedWhen: string | null;
    options: { value: string; label: string }[];
  }[];
}

describe('GET /api/v1/instruments/:name', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let patient: Client;
  let nurse: Client;

  beforeAll(async () => {
    ctx = await testApp();
    tenant = await createTenant(ctx.database, 1);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
  });
  afterAll(() => ctx.close());

  it('gives a patient the PHQ-9 questions and answer choices, item 9 marked critical', async () => {
    const res = await patient.request('GET', '/api/v1/instruments/phq9');
    expect(res.statusCode, res.body).toBe(200);
    const phq9 = res.json() as InstrumentView;
    expect(phq9.id).toBe('PHQ-9');
    expect(phq9.lookBack).toBe('The last 2 weeks');
    expect(phq9.totalRange).toEqual({ min: 0, max: 27 });
    expect(phq9.items).toHaveLength(10);
    expect(phq9.items.filter((item) => item.critical).map((item) => item.number)).toEqual([9]);
    expect(phq9.items[9]!.optional).toBe(true);
    expect(phq9.items[0]!.options).toEqual([
      { value: '0', label: 'Not at all' },
      { value: '1', label: 'Several days' },
      { value: '2', label: 'More than half the days' },
      { value: '3', label: 'Nearly every day' },
    ]);
    // Scoring internals (points, LOINC codes) are not part of the form.
    expect(JSON.stringify(phq9)).not.toContain('points');
    expect(JSON.stringify(phq9)).not.toContain('LA6568-5');
  });

  it('answers built from the returned option values score as the form intends', async () => {
    const gad7 = (await patient.request('GET', '/api/v1/instruments/GAD-7')).json() as InstrumentView;
    expect(gad7.items).toHaveLength(7);
    const answers = gad7.items.map((item) => item.options[2]!.value);
    const res = await patient.request('POST', '/api/v1/me/scores', { instrument: gad7.id, answers });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ instrument: 'GAD-7', total: 14, safetyTaskCreated: false });
  });

  it('is open to staff too (the definitions hold no health information)', async () => {
    const res = await nurse.request('GET', '/api/v1/instruments/GAD-7');
    expect(res.statusCode).toBe(200);
  });

  it('answers 404 with a plain message for an unknown scale', async () => {
    const res = await patient.request('GET', '/api/v1/instruments/not-a-scale');
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain('not-a-scale');
  });

  it('refuses a signed-out caller', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/instruments/PHQ-9' });
    expect(res.statusCode).toBe(401);
  });
});
