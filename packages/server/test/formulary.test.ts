import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTenant, signIn, type Tenant, testApp } from './helpers.js';

interface Entry {
  name: string;
  brands: string[];
  schedule: string | null;
  controlled: boolean;
  strengthsMg: number[];
  usualDailyMg: { min: number; max: number };
  maxDailyMg: number | null;
}

describe('formulary search for the order form', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  let nurse: Client;
  let therapist: Client;
  let patient: Client;

  beforeAll(async () => {
    ctx = await testApp();
    tenant = await createTenant(ctx.database, 1);
    prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
  });
  afterAll(() => ctx.close());

  const search = async (client: Client, q: string) => {
    const response = await client.request('GET', `/api/v1/formulary?q=${encodeURIComponent(q)}`);
    expect(response.statusCode).toBe(200);
    return response.json().items as Entry[];
  };

  it('finds a drug by generic name with its strengths, dose range and schedule', async () => {
    const items = await search(prescriber, 'sertraline');
    expect(items[0]?.name).toBe('sertraline');
    expect(items[0]?.brands).toContain('Zoloft');
    expect(items[0]?.strengthsMg).toEqual(expect.arrayContaining([25, 50, 100]));
    expect(items[0]?.controlled).toBe(false);
    expect(items[0]?.maxDailyMg).toBe(200);
  });

  it('finds a drug by brand name and by the start of a name', async () => {
    expect((await search(nurse, 'Zoloft'))[0]?.name).toBe('sertraline');
    expect((await search(prescriber, 'zolo'))[0]?.name).toBe('sertraline');
    expect((await search(prescriber, 'Lexapro'))[0]?.name).toBe('escitalopram');
  });

  it('marks controlled substances with their schedule', async () => {
    const [tramadol] = await search(prescriber, 'tramadol');
    expect(tramadol).toMatchObject({ name: 'tramadol', schedule: 'IV', controlled: true });
  });

  it('offers spelling suggestions for a misspelling and nothing for an empty or unknown query', async () => {
    expect((await search(prescriber, 'sertralin')).map((entry) => entry.name)).toContain('sertraline');
    expect(await search(prescriber, '')).toEqual([]);
    expect(await search(prescriber, 'qqqqqqqqzz')).toEqual([]);
    const unqueried = await prescriber.request('GET', '/api/v1/formulary');
    expect(unqueried.json()).toEqual({ items: [] });
  });

  it('limits the number of results', async () => {
    const response = await prescriber.request('GET', '/api/v1/formulary?q=a&limit=2');
    expect(response.json().items).toHaveLength(2);
  });

  it('is for clinical staff only', async () => {
    expect((await therapist.request('GET', '/api/v1/formulary?q=sertraline')).statusCode).toBe(403);
    expect((await patient.request('GET', '/api/v1/formulary?q=sertraline')).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/formulary?q=sertraline' })).statusCode).toBe(
      401,
    );
  });
});
