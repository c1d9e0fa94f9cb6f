import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { recordAudit } from '../src/domain/audit.js';
import { AUDIT_SORT_KEYS } from '../src/domain/audit-report.js';
import { type Client, createTenant, signIn, type Tenant, testApp } from './helpers.js';

/** RFC 4180 records (quoted fields, doubled quotes, CRLF or LF); enough for the export's own output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

interface Item {
  id: number;
  occurredAt: string;
  user: { id: string; name: string | null } | null;
  role: string | null;
  patient: { id: string; name: string | null } | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
}

/** The value a sort key orders by, as the database compares it (nulls last either way). */
const sortValue: Record<(typeof AUDIT_SORT_KEYS)[number], (item: Item) => string | number | null> = {
  occurredAt: (i) => i.occurredAt,
  id: (i) => i.id,
  user: (i) => i.user?.name?.toLowerCase() ?? null,
  role: (i) => i.role,
  patient: (i) => i.patient?.name?.toLowerCase() ?? null,
  action: (i) => i.action,
  resourceType: (i) => i.resourceType,
  resourceId: (i) => i.resourceId,
  outcome: (i) => i.outcome,
  ip: (i) => i.ip,
  userAgent: (i) => i.userAgent,
};

describe('audit report and access log', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let admin: Client;
  const base = new Date('2026-03-01T12:00:00.000Z');
  beforeAll(async () => {
    ctx = await testApp();
    tenant = await createTenant(ctx.database, 3);
    // A spread of events with known times, users, patients, actions and formula-looking values.
    const u = tenant.users;
    const p = tenant.patients;
    type Seed = [number, string | null, string, string | null, string, string | null, string, string | null];
    const seed: Seed[] = [
      // minutes after base, user, role, patient, action, resourceType, outcome, userAgent
      [0, u.prescriber!.id, 'prescriber', p[0]!.id, 'read', 'Patient', 'success', 'Alpha/1'],
      [5, u.nurse!.id, 'nurse', p[1]!.id, 'update', 'Patient', 'success', 'Delta/4'],
      [10, u.therapist!.id, 'therapist', p[2]!.id, 'read', 'Note', 'denied', 'Charlie/3'],
      [15, u.admin!.id, 'admin', null, 'export', 'Patient', 'success', 'Bravo/2'],
      [20, null, 'system', null, 'sign-in-failed', null, 'failure', 'Echo/5'],
      [25, u.prescriber!.id, 'prescriber', p[1]!.id, 'create', 'MedicationOrder', 'success', null],
      // Four days later: values a spreadsheet would run as formulas (for the CSV export).
      [5760, u.nurse!.id, 'nurse', null, 'read', 'Patient', 'success', '=cmd|calc'],
      [5761, u.nurse!.id, 'nurse', null, 'read', 'Patient', 'success', '+SUM(A1)'],
      [5762, u.nurse!.id, 'nurse', null, 'read', 'Patient', 'success', '-2+3'],
      [5763, u.nurse!.id, 'nurse', null, 'read', 'Patient', 'success', '@evil'],
      [5764, u.nurse!.id, 'nurse', p[0]!.id, 'read', 'Patient', 'success', 'Plain/1'],
    ];
    await withTenant(ctx.database.db, tenant.organizationId, async (trx) => {
      for (const [minutes, userId, role, patientId, action, resourceType, outcome, agent] of seed) {
        await recordAudit(trx, {
          organizationId: tenant.organizationId,
          userId,
          role,
          patientId,
          action: action as 'read',
          resourceType,
          resourceId: patientId,
          outcome: outcome as 'success',
          ip: `10.0.0.${10 + (minutes % 60) / 5}`,
          userAgent: agent,
          at: new Date(base.getTime() + minutes * 60_000),
        });
      }
    });
    admin = await signIn(ctx.app, tenant.users.admin!.email);
  });
  afterAll(() => ctx.close());

  const range = 'from=2026-03-01T11:59:00.000Z&to=2026-03-01T12:30:00.000Z';
  const report = async (query: string) => {
    const res = await admin.request('GET', `/api/v1/audit-events?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Item[]; nextCursor: string | null };
  };

  it('filters by time range, user, patient, action, outcome and resource type', async () => {
    expect((await report(range)).items).toHaveLength(6);
    // Newest first by default.
    expect((await report(range)).items.map((i) => i.action)).toEqual([
      'create',
      'sign-in-failed',
      'export',
      'read',
      'update',
      'read',
    ]);
    expect((await report('from=2026-03-01T12:05:00.000Z&to=2026-03-01T12:15:00.000Z')).items).toHaveLength(3);
    const byUser = await report(`${range}&userId=${tenant.users.prescriber!.id}`);
    expect(byUser.items.map((i) => i.action)).toEqual(['create', 'read']);
    expect(byUser.items[0]!.user).toEqual({
      id: tenant.users.prescriber!.id,
      name: expect.stringContaining('prescriber'),
    });
    const byPatient = await report(`${range}&patientId=${tenant.patients[1]!.id}`);
    expect(byPatient.items.map((i) => i.action)).toEqual(['create', 'update']);
    expect(byPatient.items[0]!.patient!.name).toBe(
      `${tenant.patients[1]!.familyName}, ${tenant.patients[1]!.givenName}`,
    );
    expect((await report(`${range}&action=read`)).items).toHaveLength(2);
    expect((await report(`${range}&outcome=denied`)).items.map((i) => i.role)).toEqual(['therapist']);
    expect((await report(`${range}&resourceType=MedicationOrder`)).items).toHaveLength(1);
    // A whole day given as a date includes the day.
    expect((await report('from=2026-03-01&to=2026-03-01')).items).toHaveLength(6);
    expect((await report('from=2026-03-02')).items.filter((i) => i.occurredAt < '2026-03-02')).toEqual([]);
  });

  it('sorts by every column, both ways, with nulls last and stable ties', async () => {
    for (const key of AUDIT_SORT_KEYS) {
      for (const order of ['asc', 'desc'] as const) {
        const { items } = await report(`${range}&sort=${key}&order=${order}`);
        expect(items, `${key} ${order}`).toHaveLength(6);
        const values = items.map(sortValue[key]);
        const present = values.filter((v) => v !== null);
        const expected = [...present].sort((a, b) => (a! < b! ? -1 : a! > b! ? 1 : 0));
        if (order === 'desc') expected.reverse();
        expect(values, `${key} ${order}`).toEqual([...expected, ...values.filter((v) => v === null)]);
        // Ties are broken by id in the same direction.
        for (let i = 1; i < items.length; i++) {
          if (values[i] === values[i - 1]) {
            expect(order === 'asc' ? items[i]!.id > items[i - 1]!.id : items[i]!.id < items[i - 1]!.id).toBe(
              true,
            );
          }
        }
      }
    }
  });

  it('pages with a stable order and no duplicates', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Item[]; nextCursor: string | null } = await report(
        `${range}&sort=action&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen).toEqual((await report(`${range}&sort=action`)).items.map((i) => i.id));
  });

  it('answers 400, never 500, to a bad sort, order, filter or cursor', async () => {
    for (const query of [
      'sort=hash',
      'sort=occurred_at;drop table audit_events',
      "sort=id'--",
      'order=sideways',
      'userId=not-a-uuid',
      'from=yesterday',
      'outcome=maybe',
      "action=read' or 1=1--",
      'resourceType=Patient;select',
      'cursor=%%%',
      'limit=0',
      'unknown=1',
      'from=2026-03-02&to=2026-03-01',
    ]) {
      const res = await admin.request('GET', `/api/v1/audit-events?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type'], query).toMatch(/problem\+json/);
    }
  });

  it('is for administrators only, and reading it is audited', async () => {
    for (const key of ['prescriber', 'nurse', 'front-desk', 'patient', 'guardian']) {
      const client = await signIn(ctx.app, tenant.users[key]!.email);
      expect((await client.request('GET', '/api/v1/audit-events')).statusCode, key).toBe(403);
      expect((await client.request('GET', '/api/v1/audit-events/export.csv')).statusCode, key).toBe(403);
    }
    await report(range);
    const last = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow(),
    );
    expect(last).toMatchObject({
      user_id: tenant.users.admin!.id,
      action: 'read',
      resource_type: 'AuditEvent',
      outcome: 'success',
    });
  });

  it('exports CSV with every column, as an attachment, escaping formula cells; audited as an export', async () => {
    const res = await admin.request(
      'GET',
      '/api/v1/audit-events/export.csv?from=2026-03-05&to=2026-03-05&sort=occurredAt&order=asc',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-events-.*\.csv"$/);
    const rows = parseCsv(res.body);
    expect(rows[0]).toEqual([
      'id',
      'occurred_at',
      'user_id',
      'user_name',
      'role',
      'patient_id',
      'patient_name',
      'action',
      'resource_type',
      'resource_id',
      'outcome',
      'ip',
      'user_agent',
      'detail',
    ]);
    expect(rows).toHaveLength(6);
    expect(rows.slice(1).map((r) => r[12])).toEqual([
      "'=cmd|calc",
      "'+SUM(A1)",
      "'-2+3",
      "'@evil",
      'Plain/1',
    ]);
    expect(rows[5]![6]).toBe(`${tenant.patients[0]!.familyName}, ${tenant.patients[0]!.givenName}`);
    expect(rows[1]![1]).toBe('2026-03-05T12:00:00.000Z');
    expect(rows[1]![3]).toBe(`nurse ${tenant.organizationId.slice(0, 8)}`);
    const last = await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow(),
    );
    expect(last).toMatchObject({
      action: 'export',
      resource_type: 'AuditEvent',
      user_id: tenant.users.admin!.id,
    });
    expect(last.detail).toMatchObject({ rows: 5, format: 'csv' });
    expect((await admin.request('GET', '/api/v1/audit-events/export.csv?sort=bogus')).statusCode).toBe(400);
  });

  it('shows a patient who read their chart, newest first, and nothing about other patients', async () => {
    const patient = await signIn(ctx.app, tenant.users.patient!.email);
    const prescriber = await signIn(ctx.app, tenant.users.prescriber!.email);
    const ownId = tenant.patients[0]!.id;
    expect((await prescriber.request('GET', `/api/v1/patients/${ownId}`)).statusCode).toBe(200);
    // Someone else's chart: must not appear in this patient's log.
    expect((await prescriber.request('GET', `/api/v1/patients/${tenant.patients[2]!.id}`)).statusCode).toBe(
      200,
    );
    const res = await patient.request('GET', '/api/v1/me/access-log');
    expect(res.statusCode, res.body).toBe(200);
    const { items } = res.json() as {
      items: { at: string; who: { name: string; role: string; isYou: boolean }; action: string }[];
    };
    expect(items[0]).toMatchObject({
      action: 'read',
      who: { name: expect.stringContaining('prescriber'), role: 'prescriber', isYou: false },
    });
    // The seeded read of the 1 March is there as well, after today's.
    expect(items.map((i) => i.at)).toEqual([...items.map((i) => i.at)].sort().reverse());
    expect(items.some((i) => i.at === '2026-03-01T12:00:00.000Z')).toBe(true);
    expect(res.body).not.toContain(tenant.patients[2]!.familyName);
    expect(res.body).not.toContain(tenant.patients[1]!.id);
    expect(res.body).not.toContain('MedicationOrder'); // patient 1's order, not this patient's
    // Paging.
    const first = (await patient.request('GET', '/api/v1/me/access-log?limit=1')).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBeTruthy();
    const second = (
      await patient.request('GET', `/api/v1/me/access-log?limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
    // Staff have no access log of their own here.
    expect((await prescriber.request('GET', '/api/v1/me/access-log')).statusCode).toBe(403);
  });
});
