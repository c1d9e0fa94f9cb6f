import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testClock } from './helpers.js';

describe('messages between the patient and the care team', () => {
  const clock = testClock(new Date('2026-09-02T15:00:00Z'));
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let nurse: Client;
  let therapist: Client;
  let frontDesk: Client;
  let patient: Client;
  const me = () => tenant.patients[0]!.id;
  const tasksOf = (patientId: string) =>
    withTenant(ctx.database.db, tenant.organizationId, (trx) =>
      trx.selectFrom('tasks').selectAll().where('patient_id', '=', patientId).orderBy('created_at').execute(),
    );

  beforeAll(async () => {
    ctx = await testApp({ clock });
    tenant = await createTenant(ctx.database, 2);
    nurse = await signIn(ctx.app, tenant.users.nurse!.email);
    therapist = await signIn(ctx.app, tenant.users.therapist!.email);
    frontDesk = await signIn(ctx.app, tenant.users['front-desk']!.email);
    patient = await signIn(ctx.app, tenant.users.patient!.email);
  });
  afterAll(() => ctx.close());

  let threadId: string;

  it('a patient message opens a routine message task and always carries the non-urgent notice and crisis resources', async () => {
    const res = await patient.request('POST', '/api/v1/me/messages', {
      subject: 'Question about my dose',
      body: 'Can I take it in the evening instead?',
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    threadId = body.message.threadId;
    expect(body.message).toMatchObject({ senderKind: 'patient', notSafe: false, id: threadId });
    expect(body.notice).toMatch(/non-urgent/);
    expect(body.crisisResources.map((r: { phone: string | null }) => r.phone)).toContain('988');
    expect(body.safetyTaskCreated).toBeUndefined();
    const tasks = await tasksOf(me());
    expect(tasks.map((t) => [t.kind, t.priority])).toEqual([['message', 'routine']]);
    // The task title says a message arrived, nothing of what it says.
    expect(tasks[0]!.title).not.toMatch(/evening/);
  });

  it('a message flagged "I am not safe" opens an urgent safety task at once', async () => {
    const res = await patient.request('POST', '/api/v1/me/messages', { body: 'Bad night.', notSafe: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ safetyTaskCreated: true, message: { notSafe: true } });
    expect(res.json().whatHappensNext).toMatch(/contact you today/);
    const urgent = await nurse.request('GET', '/api/v1/tasks?priority=urgent');
    expect(urgent.json().items.find((t: { id: string }) => t.id === res.json().message.taskId)).toMatchObject(
      {
        kind: 'safety',
        priority: 'urgent',
      },
    );
  });

  it('the care team reads and replies in the thread; the patient gets an email with no content', async () => {
    const list = await nurse.request('GET', `/api/v1/patients/${me()}/messages`);
    expect(list.statusCode).toBe(200);
    expect(list.json().unread).toBe(2);
    const first = list.json().items.find((m: { id: string }) => m.id === threadId);
    const read = await nurse.request('POST', `/api/v1/patients/${me()}/messages/${first.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().readAt).toBe(clock.now().toISOString());
    expect((await nurse.request('GET', `/api/v1/patients/${me()}/messages`)).json().unread).toBe(1);

    const before = ctx.mailer.sent.length;
    const reply = await nurse.request('POST', `/api/v1/patients/${me()}/messages`, {
      threadId,
      body: 'Yes, evening is fine; keep the same dose.',
    });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json().message).toMatchObject({
      threadId,
      senderKind: 'staff',
      subject: 'Question about my dose',
    });
    const mail = ctx.mailer.sent.slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to).toBe(tenant.users.patient!.email);
    expect(`${mail[0]!.subject} ${mail[0]!.text}`).not.toMatch(/evening|dose/i);
    // Staff messages open no task.
    expect((await tasksOf(me())).filter((t) => t.kind === 'message')).toHaveLength(1);

    const mine = await patient.request('GET', '/api/v1/me/messages');
    expect(mine.json().unread).toBe(1);
    // The patient cannot mark their own message read, only the reply.
    expect((await patient.request('POST', `/api/v1/me/messages/${threadId}/read`)).statusCode).toBe(409);
    expect(
      (await patient.request('POST', `/api/v1/me/messages/${reply.json().message.id}/read`)).statusCode,
    ).toBe(200);
    expect((await patient.request('GET', '/api/v1/me/messages')).json().unread).toBe(0);
  });

  it('keeps messages from roles and people without access to notes', async () => {
    // The therapist is on the care team but has no consent to notes.
    expect((await therapist.request('GET', `/api/v1/patients/${me()}/messages`)).statusCode).toBe(403);
    expect((await frontDesk.request('GET', `/api/v1/patients/${me()}/messages`)).statusCode).toBe(403);
    // A patient cannot continue another patient's thread or read theirs.
    const other = await nurse.request('POST', `/api/v1/patients/${tenant.patients[1]!.id}/messages`, {
      body: 'Hello',
    });
    const reply = await patient.request('POST', '/api/v1/me/messages', {
      threadId: other.json().message.threadId,
      body: 'Hi',
    });
    expect(reply.statusCode).toBe(400);
    expect(
      (await patient.request('POST', `/api/v1/me/messages/${other.json().message.id}/read`)).statusCode,
    ).toBe(404);
  });
});
