import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { ROLES, type Role } from '../src/db/schema.js';
import {
  ADMINISTRATIVE_SECTIONS,
  CHART_SECTIONS,
  type ChartSection,
  GUARDIAN_DEFAULT_SECTIONS,
} from '../src/domain/access.js';
import {
  type Client,
  createTenant,
  signIn,
  TEST_PASSWORD,
  type Tenant,
  testApp,
  testClock,
  testConfig,
} from './helpers.js';
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

  /**
   * Patient 1 (`ownPatient`) has shared every section with the therapist, the collaborator (both on
   * its care team) and its guardian, so the role matrix tests routes rather than consent. Patient 2
   * (`unsharedPatient`) has the same care team and guardian and no consent: there the walker expects
   * those three roles to be refused every section beyond what they see without consent. Prescribers,
   * nurses and care coordinators may use emergency access.
   */
  async function prepareSharing() {
    const [, shared, unshared] = tenant.patients;
    await withTenant(ctx.database.db, tenant.organizationId, async (trx) => {
      for (const patient of [shared!, unshared!]) {
        await trx
          .insertInto('care_team_members')
          .values({
            organization_id: tenant.organizationId,
            patient_id: patient.id,
            user_id: tenant.users.collaborator!.id,
            role: 'collaborator',
          })
          .execute();
      }
      await trx
        .insertInto('guardian_links')
        .values({
          organization_id: tenant.organizationId,
          patient_id: unshared!.id,
          guardian_user_id: tenant.users.guardian!.id,
          relationship: 'father',
        })
        .execute();
      for (const grantee of ['therapist', 'collaborator', 'guardian']) {
        await trx
          .insertInto('consents')
          .values({
            organization_id: tenant.organizationId,
            patient_id: shared!.id,
            grantee_user_id: tenant.users[grantee]!.id,
            sections: [...CHART_SECTIONS],
            purpose: 'treatment',
            period_start: new Date(clock.now().getTime() - 60_000),
            authority: 'patient',
            recorded_by: tenant.users.prescriber!.id,
            recorded_at: clock.now(),
          })
          .execute();
      }
      await trx
        .updateTable('users')
        .set({ emergency_access_allowed: true })
        .where('id', 'in', [
          tenant.users.prescriber!.id,
          tenant.users.nurse!.id,
          tenant.users['care-coordinator']!.id,
        ])
        .execute();
    });
  }

  /** What each consent-dependent role sees of a patient it reaches without any consent. */
  const WITHOUT_CONSENT: Partial<Record<Role, readonly ChartSection[]>> = {
    therapist: ADMINISTRATIVE_SECTIONS,
    collaborator: ADMINISTRATIVE_SECTIONS,
    guardian: GUARDIAN_DEFAULT_SECTIONS,
  };
  const sectionOf = (row: { method: string; route: string }) =>
    app.routeInventory.find((r) => r.method === row.method && r.url === row.route)?.section;
  const isPatientRoute = (row: { route: string }) => row.route.includes('/:id');
  // Emergency grants here last 10 minutes: shorter than the staff idle time-out, so the clock can
  // pass a grant's expiry without ending the matrix's sessions.
  const clock = testClock();
  beforeAll(async () => {
    ctx = await testApp({ clock, config: testConfig({ TITRATE_EMERGENCY_ACCESS_MINUTES: '10' }) });
    app = ctx.app;
    tenant = await createTenant(ctx.database, 3);
    foreign = await createTenant(ctx.database, 2);
    await prepareSharing();
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

  // On every care role's team (and the collaborator's), linked to the guardian, everything shared.
  const ownPatient = () => tenant.patients[1]!;
  const unsharedPatient = () => tenant.patients[2]!;
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
  it('has every patient route declare the chart section it touches', () => {
    const undeclared = app.routeInventory
      .filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/v1/') && isPatientRoute({ route: r.url }))
      .filter((r) => r.section === undefined)
      .map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('refuses therapists, collaborators and guardians what the patient has not shared', async () => {
    for (const row of table.filter(isPatientRoute)) {
      const section = sectionOf(row);
      if (!section) continue;
      for (const [role, visible] of Object.entries(WITHOUT_CONSENT) as [Role, readonly ChartSection[]][]) {
        if (row.allowed === 'public' || row.allowed === 'signed-in' || !row.allowed.includes(role)) continue;
        const res = await call(clients.get(role)!, row, {
          organizationId: tenant.organizationId,
          patientId: unsharedPatient().id,
        });
        if (!res) continue;
        const label = `${role} ${row.method} ${row.route} (${section}) → ${res.statusCode}`;
        expect(res.statusCode, label).toBeLessThan(500);
        if (visible.includes(section)) expect([401, 403, 404], label).not.toContain(res.statusCode);
        else expect(res.statusCode, label).toBe(403);
      }
    }
  });

  it('opens a chart by emergency access only to allowed clinicians, and only until it expires', async () => {
    const outsider = await signIn(app, tenant.users.outsider!.email);
    const patientId = unsharedPatient().id;
    const reason = 'Matrix: patient in crisis at the front desk, prescriber unreachable';
    const readable = table.filter(
      (row) =>
        row.method === 'GET' &&
        isPatientRoute(row) &&
        // Other path parameters get a nil id (404 whatever the access), so only the patient's own.
        (row.route.match(/:\w+/g) ?? []).length === 1 &&
        sectionOf(row) !== undefined &&
        Array.isArray(row.allowed) &&
        row.allowed.includes('prescriber'),
    );
    const target = { organizationId: tenant.organizationId, patientId };
    for (const row of readable) {
      const res = await call(outsider, row, target);
      if (res) expect(res.statusCode, `before: ${row.route}`).toBe(404);
    }
    // Not on the allowed list: refused, and nothing opens.
    const refused = await outsider.request('POST', '/api/v1/emergency-access', { patientId, reason });
    expect(refused.statusCode).toBe(403);
    // Roles that are never allowed are refused by the route itself.
    for (const role of ['therapist', 'collaborator', 'front-desk', 'admin', 'patient', 'guardian'] as const) {
      const res = await clients.get(role)!.request('POST', '/api/v1/emergency-access', { patientId, reason });
      expect(res.statusCode, role).toBe(403);
    }

    const allow = await clients
      .get('admin')!
      .request('PUT', `/api/v1/users/${tenant.users.outsider!.id}/emergency-access`, { allowed: true });
    expect(allow.statusCode, allow.body).toBe(200);
    const granted = await outsider.request('POST', '/api/v1/emergency-access', { patientId, reason });
    expect(granted.statusCode, granted.body).toBe(201);
    for (const row of readable) {
      const res = await call(outsider, row, target);
      if (res)
        expect([401, 403, 404], `during: ${row.route} → ${res.statusCode}`).not.toContain(res.statusCode);
    }

    // Services compare against their clock (`deps.clock`); the chart read is the one checked here.
    clock.advanceMinutes(11);
    const after = await outsider.request('GET', `/api/v1/patients/${patientId}`);
    expect(after.statusCode).toBe(404);
  });
});
