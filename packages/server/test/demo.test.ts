import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, generateDemoClinic } from '../src/demo/clinic.js';
import { loadDemoClinic, removeDemoClinic, TENANT_TABLES_DELETE_ORDER } from '../src/demo/load.js';
import { signIn, testApp } from './helpers.js';

describe('demo clinic', () => {
  it('is generated deterministically from its seed and anchor date', () => {
    const a = generateDemoClinic({ seed: 7, anchorDate: '2026-11-01' });
    const b = generateDemoClinic({ seed: 7, anchorDate: '2026-11-01' });
    const c = generateDemoClinic({ seed: 8, anchorDate: '2026-11-01' });
    expect(a).toEqual(b);
    expect(a.patients.map((p) => p.familyName)).not.toEqual(c.patients.map((p) => p.familyName));
  });

  it('has the staff of a real clinic, 40 patients, and guardians for the adolescents', () => {
    const clinic = generateDemoClinic({ anchorDate: '2026-11-01' });
    const byLocal = Object.fromEntries(clinic.staff.map((s) => [s.email.split('@')[0], s]));
    expect(byLocal.psychiatrist).toMatchObject({ roles: ['prescriber'], credential: 'MD' });
    expect(byLocal.np).toMatchObject({ roles: ['prescriber'], credential: 'NP' });
    expect(byLocal.pa).toMatchObject({
      roles: ['prescriber'],
      credential: 'PA',
      supervisorEmail: byLocal.psychiatrist!.email,
    });
    for (const role of ['nurse', 'care-coordinator', 'therapist', 'front-desk', 'admin'] as const) {
      expect(
        clinic.staff.some((s) => s.roles.includes(role)),
        role,
      ).toBe(true);
    }
    expect(clinic.patients).toHaveLength(40);
    expect(clinic.patients[0]!.email).toBe('patient01@demo.titrate.test');
    const age = (dob: string) => (Date.parse('2026-11-01') - Date.parse(dob)) / (365.25 * 86_400_000);
    const adolescents = clinic.patients.filter((p) => age(p.dateOfBirth) < 18);
    expect(adolescents.length).toBe(5);
    expect(adolescents.every((p) => p.guardian !== null)).toBe(true);
    expect(clinic.patients.filter((p) => p.guardian).length).toBe(5);
    expect(clinic.patients.every((p) => p.careTeam.some((m) => m.role === 'prescriber' && m.isPrimary))).toBe(
      true,
    );
    expect(new Set(clinic.patients.map((p) => p.timeZone)).size).toBeGreaterThan(2);
  });

  describe('loaded into a database', () => {
    let ctx: Awaited<ReturnType<typeof testApp>>;
    const domain = `demo-${randomUUID().slice(0, 8)}.titrate.test`;
    const slug = `demo-${domain}`;
    // Ids derive from the seed; a seed of its own keeps this clinic apart from earlier runs on a shared server.
    const seed = Number.parseInt(domain.slice(5, 13), 16);
    beforeAll(async () => {
      ctx = await testApp();
      await loadDemoClinic(ctx.database, { domain, slug, seed, anchorDate: '2026-11-01' });
    });
    afterAll(() => ctx.close());

    it('lets a clinician sign in and find their patients, and a patient reach the portal', async () => {
      const psychiatrist = await signIn(ctx.app, `psychiatrist@${domain}`, DEMO_PASSWORD);
      const list = (await psychiatrist.request('GET', '/api/v1/patients?limit=100')).json();
      expect(list.items.length).toBe(14); // every third patient: 1, 4, 7 … 40
      const chart = await psychiatrist.request('GET', `/api/v1/patients/${list.items[0].id}`);
      expect(chart.statusCode).toBe(200);
      const patient = await signIn(ctx.app, `patient01@${domain}`, DEMO_PASSWORD);
      const me = (await patient.request('GET', '/api/v1/me')).json();
      expect(me.patient.email).toBe(`patient01@${domain}`);
      expect(me.careTeam.some((m: { role: string }) => m.role === 'prescriber')).toBe(true);
    });

    it('is removed completely and can be loaded again (demo --reset)', async () => {
      await removeDemoClinic(ctx.database, slug);
      const left = await ctx.database.queryAsOwner<{ count: number }>(
        'select count(*)::int as count from users where email like $1',
        [`%@${domain}`],
      );
      expect(left[0]!.count).toBe(0);
      await loadDemoClinic(ctx.database, { domain, slug, seed, anchorDate: '2026-11-01' });
      await signIn(ctx.app, `nurse@${domain}`, DEMO_PASSWORD);
    });

    it('knows every tenant-scoped table when resetting (the append-only audit trail stays)', async () => {
      const tables = await ctx.database.queryAsOwner<{ table_name: string }>(
        `select table_name from information_schema.columns
         where column_name = 'organization_id' and table_schema = 'public'`,
      );
      const resettable = tables.map((t) => t.table_name).filter((name) => name !== 'audit_events');
      expect([...TENANT_TABLES_DELETE_ORDER].sort()).toEqual(resettable.sort());
    });
  });
});
