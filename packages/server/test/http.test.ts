import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.js';
import { createTenant, openTestDatabase, signIn, testApp, testConfig } from './helpers.js';

describe('HTTP edge', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp();
  });
  afterAll(() => ctx.close());

  it('reports liveness and readiness', async () => {
    expect((await ctx.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });

  it('answers unknown API routes and bad JSON with problem documents', async () => {
    const missing = await ctx.app.inject('/api/v1/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.json()).toMatchObject({ type: expect.stringContaining('not-found'), status: 404 });
    const badJson = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().detail).toMatch(/not valid JSON/);
  });

  it('rejects oversized bodies', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.c', password: 'x'.repeat(2_000_000) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/too large/);
  });

  it('sends security headers and no-store on API responses', async () => {
    const res = await ctx.app.inject('/api/v1/auth/session');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/object-src 'none'/);
    expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('publishes an OpenAPI document that lists the API routes, and browsable docs', async () => {
    const doc = (await ctx.app.inject('/api/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/patients',
        '/api/v1/patients/{id}',
        '/api/v1/auth/login',
        '/api/v1/me',
      ]),
    );
    const ui = await ctx.app.inject('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toMatch(/swagger/i);
  });

  it('declares an access rule on every API route (a route without one fails this test)', () => {
    const api = ctx.app.routeInventory.filter((route) => route.url.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThanOrEqual(8);
    const undeclared = api.filter((route) => route.access === undefined).map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });
});

describe('logs carry no health information', () => {
  it('never writes names, dates of birth, emails, MRNs, search terms or passwords', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    });
    const database = await openTestDatabase();
    const app = await buildApp({ config: testConfig(), database, logStream: stream, logLevel: 'trace' });
    const tenant = await createTenant(database, 1);
    const patient = tenant.patients[0]!;
    const client = await signIn(app, tenant.users.prescriber!.email);
    await client.request('GET', `/api/v1/patients?q=${patient.familyName}`);
    await client.request('GET', `/api/v1/patients?q=${patient.dateOfBirth}`);
    const created = await client.request('POST', '/api/v1/patients', {
      givenName: 'Canaryname',
      familyName: 'Zephyrquill',
      dateOfBirth: '1977-07-17',
      sexAssignedAtBirth: 'male',
      timeZone: 'America/Denver',
      email: 'canary.zephyr@example.test',
    });
    await client.request('GET', `/api/v1/patients/${created.json().id}`);
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: tenant.users.nurse!.email, password: 'Wrong-Canary-Password-1' },
    });
    await app.close();
    await database.close();
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of [
      patient.familyName,
      patient.givenName,
      patient.dateOfBirth,
      patient.mrn,
      'Canaryname',
      'Zephyrquill',
      '1977-07-17',
      'canary.zephyr',
      'Wrong-Canary-Password-1',
      tenant.users.nurse!.email,
      created.json().mrn,
    ]) {
      expect(log, secret).not.toContain(secret);
    }
  });
});
