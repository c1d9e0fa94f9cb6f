import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp } from './helpers.js';

interface CaseloadRow {
  patient: { id: string };
  urgentSafetyTasks: number;
  worsening: boolean;
  reasons: { code: string }[];
}

describe('safety tasks and the caseload', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let other: Tenant;
  let nurse: Client;
  let coordinator: Client;
  let outsider: Client;
  let therapist: Client;
  let patient: Client;
  let foreignNurse: Client;
  const ids = () => tenant.patients.map((p) => p.id);

  beforeAll(async () => {
    ctx = await testApp();
    tenant = await createTenant(ctx.database, 4);
    other = await createTenant(ctx.database, 1);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    coordinator = await signIn(ctx.app, tenant.users['care-coordinator']!.email);
    outsider = await signIn(ctx.app, tenant.users.outsider!.email);
    therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
    foreignNurse = await signIn(ctx.app, other.users.nurse!.email);
    // A routine follow-up task, so the list has something to sort safety tasks above.
    await withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx
        .insertInto('tasks')
        .values({
          organization_id: tenant.organizationId,
          patient_id: ids()[3]!,
          kind: 'follow-up',
          priority: 'routine',
          title: 'Book a follow-up visit',
          created_at: new Date(),
          updated_at: new Date(),
        })
        .execute(),
    );
  });
  afterAll(() => ctx.close());

  it('a PHQ-9 item 9 = 1 puts an urgent task on the care team’s list and caseload within one request', async () => {
    const before = await nurse.request('GET', '/api/v1/tasks?priority=urgent&status=open');
    expect(before.json().items).toEqual([]);

    const submitted = await patient.request('POST', '/api/v1/me/scores', {
      instrument: 'PHQ-9',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
    });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json().crisisResources.length).toBeGreaterThan(0);

    const tasks = await nurse.request('GET', '/api/v1/tasks?priority=urgent&status=open&assignedTo=me');
    expect(tasks.statusCode).toBe(200);
    expect(tasks.json().items).toHaveLength(1);
    expect(tasks.json().items[0]).toMatchObject({
      patientId: ids()[0],
      kind: 'safety',
      priority: 'urgent',
      status: 'open',
      id: submitted.json().safetyTaskId,
    });

    const caseload = await coordinator.request('GET', '/api/v1/caseload');
    expect(caseload.statusCode).toBe(200);
    const first = caseload.json().items[0] as CaseloadRow;
    expect(first.patient.id).toBe(ids()[0]);
    expect(first.reasons.map((r) => r.code)).toContain('urgent-safety-task');
  });

  it('lists safety tasks first', async () => {
    const all = await nurse.request('GET', '/api/v1/tasks');
    expect(all.json().items.map((t: { kind: string }) => t.kind)).toEqual(['safety', 'follow-up']);
    const forOne = await nurse.request('GET', `/api/v1/tasks?patientId=${ids()[3]}`);
    expect(forOne.json().items.map((t: { kind: string }) => t.kind)).toEqual(['follow-up']);
  });

  it('shows nothing of patients outside the principal’s care teams or organization', async () => {
    expect((await outsider.request('GET', '/api/v1/tasks')).json().items).toEqual([]);
    expect((await outsider.request('GET', '/api/v1/caseload')).json().items).toEqual([]);
    expect((await foreignNurse.request('GET', '/api/v1/tasks')).json().items).toEqual([]);
    expect((await outsider.request('GET', `/api/v1/tasks?patientId=${ids()[0]}`)).statusCode).toBe(404);
    expect((await foreignNurse.request('GET', `/api/v1/tasks?patientId=${ids()[0]}`)).statusCode).toBe(404);
    expect((await therapist.request('GET', '/api/v1/tasks')).statusCode).toBe(403);
  });

  it('orders worsening scores after urgent safety tasks and before the rest', async () => {
    await nurse.request('POST', `/api/v1/patients/${ids()[2]}/scores`, {
      instrument: 'GAD-7',
      answers: [0, 1, 0, 1, 0, 1, 0],
    });
    await nurse.request('POST', `/api/v1/patients/${ids()[2]}/scores`, {
      instrument: 'GAD-7',
      answers: [2, 2, 1, 2, 1, 1, 0],
    });
    // Patient 1 changed more recently, but without need.
    await nurse.request('POST', `/api/v1/patients/${ids()[1]}/scores`, {
      instrument: 'GAD-7',
      answers: [0, 0, 0, 0, 0, 0, 0],
    });
    const items = (await nurse.request('GET', '/api/v1/caseload')).json().items as CaseloadRow[];
    expect(items.map((i) => i.patient.id).slice(0, 3)).toEqual([ids()[0], ids()[2], ids()[1]]);
    expect(items[1]).toMatchObject({ worsening: true, reasons: [{ code: 'worsening-score' }] });
    expect(items[2]).toMatchObject({ worsening: false, reasons: [] });
  });

  it('updates a task with If-Match and records who closed it', async () => {
    const task = (await nurse.request('GET', '/api/v1/tasks?priority=urgent')).json().items[0];
    const url = `/api/v1/tasks/${task.id}`;
    expect((await nurse.request('PATCH', url, { status: 'done' })).statusCode).toBe(428);
    const started = await nurse.request(
      'PATCH',
      url,
      { status: 'in-progress' },
      { 'if-match': `W/"${task.version}"` },
    );
    expect(started.statusCode, started.body).toBe(200);
    const stale = await nurse.request(
      'PATCH',
      url,
      { status: 'done' },
      { 'if-match': `W/"${task.version}"` },
    );
    expect(stale.statusCode).toBe(409);
    const done = await nurse.request(
      'PATCH',
      url,
      { status: 'done', note: 'Called the patient; safety plan reviewed; visit tomorrow' },
      { 'if-match': started.headers.etag as string },
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', closedBy: tenant.users.nurse!.id });
    expect((await nurse.request('GET', '/api/v1/tasks?status=open&priority=urgent')).json().items).toEqual(
      [],
    );
    // Another care team's clinician cannot touch it; another organization cannot see it.
    expect(
      (await outsider.request('PATCH', url, { status: 'open' }, { 'if-match': 'W/"3"' })).statusCode,
    ).toBe(404);
    expect(
      (await foreignNurse.request('PATCH', url, { status: 'open' }, { 'if-match': 'W/"3"' })).statusCode,
    ).toBe(404);
    const caseload = (await nurse.request('GET', '/api/v1/caseload')).json().items as CaseloadRow[];
    expect(caseload.find((i) => i.patient.id === ids()[0])?.urgentSafetyTasks).toBe(0);
  });
});
