import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { ROLES } from '../src/db/schema.js';
import { type Client, createTenant, signIn, TEST_PASSWORD, type Tenant, testApp } from './helpers.js';
import { ROUTE_SAMPLES } from './route-samples.js';

/**
 * Walks the route table in docs/security.md: every role (and no sign-in at all) against every
 * route, on the caller's own organization's records and on another organization's.
 */
interface RouteRow {
  method: string;
  route: string;
  allowed: 'public' | 'signed-in' | string[];
}

function readRouteTable(): RouteRow[] {
  const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../../docs/security.md'), 'utf8');
  const rows: RouteRow[] = [];
  for (const line of doc.split('\n')) {
    const match = /^\| (GET|POST|PUT|PATCH|DELETE) \| (\S+) \| (.+?) \|$/.exec(line.trim());
    if (!match) continue;
    const allowed = match[3]!.trim();
    rows.push({
      method: match[1]!,
      route: match[2]!,
      allowed: allowed === 'public' || allowed === 'signed-in' ? allowed : allowed.split(/,\s*/).sort(),
    });
  }
  return rows;
}

const table = readRouteTable();

describe('access matrix (docs/security.md)', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let app: FastifyInstance;
  let tenant: Tenant;
  let foreign: Tenant;
  const clients = new Map<string, Client>();
  beforeAll(async () => {
    ctx = await testApp();
    app = ctx.app;
    tenant = await createTenant(ctx.database, 2);
    foreign = await createTenant(ctx.database, 2);
    const byRole: Record<string, string> = {
      prescriber: 'prescriber',
      nurse: 'nurse',
      'care-coordinator': 'care-coordinator',
      therapist: 'therapist',
      collaborator: 'collaborator',
      'front-desk': 'front-desk',
      admin: 'admin',
      patient: 'patient',
      guardian: 'guardian',
    };
    for (const role of ROLES) clients.set(role, await signIn(app, tenant.users[byRole[role]!]!.email));
  });
  afterAll(() => ctx.close());

  it('lists every route the server has, with the access each route declares', () => {
    const served = app.routeInventory
      .filter(
        (r) =>
          r.method !== 'HEAD' &&
          (r.url.startsWith('/api/v1/') || r.url === '/healthz' || r.url === '/readyz'),
      )
      .map((r) => ({
        method: r.method,
        route: r.url,
        allowed:
          r.access === 'public'
            ? 'public'
            : r.access === 'authenticated'
              ? 'signed-in'
              : [...(r.access ?? [])].sort(),
      }));
    const key = (r: { method: string; route: string }) => `${r.method} ${r.route}`;
    expect(served.map(key).sort()).toEqual(table.map(key).sort());
    for (const route of served)
      expect(table.find((row) => key(row) === key(route))?.allowed, key(route)).toEqual(route.allowed);
  });

  const ownPatient = () => tenant.patients[1]!; // on every care role's team, linked to the guardian
  const foreignPatient = () => foreign.patients[1]!;

  async function versionOf(organizationId: string, patientId: string) {
    return withTenant(ctx.database.db, organizationId, (trx) =>
      trx.selectFrom('patients').select('version').where('id', '=', patientId).executeTakeFirstOrThrow(),
    ).then((row) => row.version);
  }

  async function call(
    client: Client | null,
    row: RouteRow,
    target: { organizationId: string; patientId: string },
  ) {
    const sample = ROUTE_SAMPLES[`${row.method} ${row.route}`] ?? {};
    if (sample.skip) return null;
    const sampleContext = { tenant, ...target };
    const params = sample.params?.(sampleContext) ?? {};
    const url = row.route.replace(/:(\w+)/g, (_, name: string) =>
      name === 'id' ? target.patientId : (params[name] ?? `00000000-0000-4000-8000-000000000000`),
    );
    const body = sample.body?.(sampleContext);
    const headers: Record<string, string> = {};
    if (row.method === 'PATCH' && row.route === '/api/v1/patients/:id') {
      headers['if-match'] = `W/"${await versionOf(target.organizationId, target.patientId).catch(() => 1)}"`;
    }
    if (row.route === '/api/v1/auth/login') {
      return app.inject({
        method: 'POST',
        url,
        payload: { email: tenant.users.nurse!.email, password: TEST_PASSWORD },
      });
    }
    if (!client) {
      return app.inject({
        method: row.method as 'GET',
        url,
        ...(body ? { payload: body as object } : {}),
        headers,
      });
    }
    return client.request(row.method, url, body, headers);
  }

  it('refuses anonymous callers on every route that is not public', async () => {
    for (const row of table) {
      const res = await call(null, row, {
        organizationId: tenant.organizationId,
        patientId: ownPatient().id,
      });
      if (!res) continue;
      if (row.allowed === 'public') expect(res.statusCode, `${row.method} ${row.route}`).not.toBe(401);
      else expect(res.statusCode, `${row.method} ${row.route}`).toBe(401);
    }
  });

  it('lets each role through exactly the routes the table allows it (own organization)', async () => {
    for (const row of table) {
      for (const role of ROLES) {
        const res = await call(clients.get(role)!, row, {
          organizationId: tenant.organizationId,
          patientId: ownPatient().id,
        });
        if (!res) continue;
        const label = `${role} ${row.method} ${row.route} → ${res.statusCode}`;
        expect(res.statusCode, label).toBeLessThan(500);
        const allowed = row.allowed === 'public' || row.allowed === 'signed-in' || row.allowed.includes(role);
        if (allowed) expect([401, 403], label).not.toContain(res.statusCode);
        else expect(res.statusCode, label).toBe(403);
      }
    }
  });

  it('never gives any role another organization’s patient, through any route', async () => {
    const secret = foreignPatient().familyName;
    for (const row of table.filter((r) => r.route.includes(':id'))) {
      for (const role of ROLES) {
        const before = await versionOf(foreign.organizationId, foreignPatient().id);
        const res = await call(clients.get(role)!, row, {
          organizationId: foreign.organizationId,
          patientId: foreignPatient().id,
        });
        if (!res) continue;
        const label = `${role} ${row.method} ${row.route} → ${res.statusCode}`;
        expect([403, 404], label).toContain(res.statusCode);
        expect(res.body, label).not.toContain(secret);
        expect(await versionOf(foreign.organizationId, foreignPatient().id), label).toBe(before);
      }
    }
    for (const role of ROLES) {
      const res = await clients.get(role)!.request('GET', `/api/v1/patients?q=${encodeURIComponent(secret)}`);
      expect(res.body, role).not.toContain(secret);
    }
  });
});
