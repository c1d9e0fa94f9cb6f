import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { verifyAuditTrail } from '../src/domain/audit.js';
import { createTenant, signIn, type Tenant, testApp } from './helpers.js';

describe('audit trail', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  beforeAll(async () => {
    ctx = await testApp();
    tenant = await createTenant(ctx.database, 2);
  });
  afterAll(() => ctx.close());

  const events = () =>
    withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('audit_events').selectAll().orderBy('id').execute(),
    );

  it('records sign-in, failed sign-in, search, read, update, denial and sign-out with who, what and where', async () => {
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: tenant.users.prescriber!.email, password: 'wrong password here' },
    });
    const client = await signIn(ctx.app, tenant.users.prescriber!.email);
    const patientId = tenant.patients[0]!.id;
    await client.request('GET', `/api/v1/patients?q=${tenant.patients[0]!.familyName}`);
    const read = await client.request('GET', `/api/v1/patients/${patientId}`, undefined, {
      'user-agent': 'AuditTest/1.0',
    });
    await client.request(
      'PATCH',
      `/api/v1/patients/${patientId}`,
      { pronouns: 'he/him' },
      { 'if-match': read.headers.etag as string },
    );
    const outsider = await signIn(ctx.app, tenant.users.outsider!.email);
    expect((await outsider.request('GET', `/api/v1/patients/${patientId}`)).statusCode).toBe(404);
    await client.request('POST', '/api/v1/auth/logout');

    const rows = await events();
    const summary = rows.map((r) => [r.action, r.outcome, r.user_id, r.patient_id]);
    expect(summary).toEqual([
      ['sign-in-failed', 'failure', tenant.users.prescriber!.id, null],
      // Password, then the second factor (signIn completes MFA for staff).
      ['sign-in', 'success', tenant.users.prescriber!.id, null],
      ['mfa-verified', 'success', tenant.users.prescriber!.id, null],
      ['search', 'success', tenant.users.prescriber!.id, null],
      ['read', 'success', tenant.users.prescriber!.id, patientId],
      ['update', 'success', tenant.users.prescriber!.id, patientId],
      ['sign-in', 'success', tenant.users.outsider!.id, null],
      ['mfa-verified', 'success', tenant.users.outsider!.id, null],
      ['permission-denied', 'denied', tenant.users.outsider!.id, patientId],
      ['sign-out', 'success', tenant.users.prescriber!.id, null],
    ]);
    const readRow = rows[4]!;
    expect(readRow).toMatchObject({
      role: 'prescriber',
      resource_type: 'Patient',
      resource_id: patientId,
      user_agent: 'AuditTest/1.0',
    });
    expect(readRow.ip).toBeTruthy();
    // No health information in the trail: the search text is not stored, only a count.
    expect(JSON.stringify(rows)).not.toContain(tenant.patients[0]!.familyName);
  });

  it('refuses updates, deletes and truncation by the application role', async () => {
    for (const statement of [
      sql`update audit_events set action = 'read'`,
      sql`delete from audit_events`,
      sql`truncate audit_events`,
    ]) {
      await expect(
        withTenant(ctx.database.db, tenant.organizationId, (trx) => statement.execute(trx)),
      ).rejects.toThrow(/permission denied|append-only/);
    }
    await expect(
      withTenant(ctx.database.db, tenant.organizationId, (trx) =>
        sql`insert into audit_events (chain, action, outcome, occurred_at, prev_hash, hash) values ('x', 'read', 'success', now(), '', '')`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('refuses to write events into another organization’s chain', async () => {
    const other = await createTenant(ctx.database, 0);
    await expect(
      withTenant(ctx.database.db, tenant.organizationId, (trx) =>
        sql`select audit_append(${other.organizationId}::uuid, now(), null, null, null, 'read', null, null, 'success', null, null, '{}'::jsonb)`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow(/another organization/);
  });

  it('detects an altered row and a removed row, naming them (titrate audit verify)', async () => {
    const mine = (problems: Awaited<ReturnType<typeof verifyAuditTrail>>['problems']) =>
      problems.filter((p) => p.chain === tenant.organizationId);
    const before = await verifyAuditTrail(ctx.database);
    expect(mine(before.problems)).toEqual([]);

    const rows = await events();
    const altered = rows[4]!.id; // the read
    const removed = rows[6]!.id;
    // Tampering needs the schema owner to switch the append-only trigger off on purpose.
    await ctx.database.execAsOwner(`
      alter table audit_events disable trigger audit_events_append_only;
      update audit_events set action = 'search' where id = ${altered};
      delete from audit_events where id = ${removed};
      alter table audit_events enable trigger audit_events_append_only;`);
    const after = mine((await verifyAuditTrail(ctx.database)).problems);
    expect(after).toEqual([
      expect.objectContaining({ id: altered, problem: 'altered' }),
      expect.objectContaining({
        id: rows[7]!.id,
        problem: 'broken-link',
        message: expect.stringContaining(`rows ${rows[5]!.id} and ${rows[7]!.id}`),
      }),
    ]);
  });
});
