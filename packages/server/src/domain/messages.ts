import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { withTenant } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { openTask, patientContact, WHAT_HAPPENS_NEXT_UNSAFE } from './between-visits.js';
import { iso, isoOrNull, organizationPolicy } from './care-context.js';
import { CRISIS_MESSAGE, CRISIS_RESOURCES } from './crisis.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';

/**
 * Secure messages between a patient and the care team (FHIR Communication). Messages are
 * non-urgent by label: every answer to the patient carries that notice and the crisis resources,
 * and a message the patient flags "I am not safe" opens an urgent safety task at once.
 * Messages belong to the `notes` section of the chart: they are clinical correspondence, so a
 * therapist or collaborator reads them only as the patient's consent grants notes.
 * Notification emails say only that a message is waiting.
 */

type MessageRow = Selectable<DB['messages']>;

export const NON_URGENT_NOTICE =
  'Messages are for non-urgent questions; the care team replies within two business days. If you are in crisis, call or text 988, or call 911.';

const WHAT_HAPPENS_NEXT =
  'Your care team will read your message and reply here, usually within two business days.';

function toMessage(row: MessageRow) {
  return {
    id: row.id,
    threadId: row.thread_id,
    patientId: row.patient_id,
    subject: row.subject,
    body: row.body,
    senderId: row.sender_id,
    senderKind: row.sender_kind,
    notSafe: row.not_safe,
    taskId: row.task_id,
    readAt: isoOrNull(row.read_at),
    createdAt: iso(row.created_at),
  };
}

export interface MessageInput {
  body: string;
  subject?: string | null | undefined;
  threadId?: string | null | undefined;
  /** The patient ticked "I am not safe right now". */
  notSafe?: boolean | undefined;
}

function ownPatient(principal: Principal): string {
  if (!principal.patientId)
    throw new AppError('not-found', 'This account is not linked to a patient record.');
  return principal.patientId;
}

export function createMessageService(deps: Deps) {
  const { db } = deps;
  const now = () => deps.clock.now();
  const portal = () => `${(deps.config.publicUrl ?? 'http://localhost:8080').replace(/\/+$/, '')}/portal`;

  async function send(
    principal: Principal,
    patientId: string,
    input: MessageInput,
    from: 'patient' | 'staff',
  ) {
    const result = await withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'notes', now());
      let threadId: string = randomUUID();
      let subject = input.subject ?? null;
      if (input.threadId) {
        const first = await trx
          .selectFrom('messages')
          .select(['thread_id', 'subject'])
          .where('thread_id', '=', input.threadId)
          .where('patient_id', '=', patientId)
          .orderBy('created_at')
          .executeTakeFirst();
        if (!first) {
          throw new AppError('validation', 'That conversation was not found; start a new message instead.', [
            { field: 'body.threadId', message: 'no such conversation for this patient' },
          ]);
        }
        threadId = first.thread_id;
        subject = subject ?? first.subject;
      }
      const at = now();
      const id = input.threadId ? randomUUID() : threadId;
      const notSafe = from === 'patient' && input.notSafe === true;
      let taskId: string | null = null;
      if (from === 'patient') {
        // Every patient message is a task for the team; "I am not safe" makes it an urgent safety task.
        taskId = await openTask(
          trx,
          principal,
          patientId,
          notSafe
            ? {
                kind: 'safety',
                priority: 'urgent',
                title: 'Message: patient says "I am not safe" — same-day safety contact',
                detail: { source: 'message', messageId: id, contact: await patientContact(trx, patientId) },
              }
            : {
                kind: 'message',
                priority: 'routine',
                title: 'New message from patient',
                detail: { source: 'message', messageId: id },
              },
          at,
        );
      }
      const row = await trx
        .insertInto('messages')
        .values({
          id,
          organization_id: principal.organizationId,
          patient_id: patientId,
          thread_id: threadId,
          subject,
          body: input.body,
          sender_id: principal.userId,
          sender_kind: from,
          not_safe: notSafe,
          task_id: taskId,
          created_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'Communication',
        resourceId: row.id,
        outcome: 'success',
        detail: { from, notSafe },
        at,
      });
      let notify: string | null = null;
      if (from === 'staff') {
        const user = await trx
          .selectFrom('users')
          .select('email')
          .where('patient_id', '=', patientId)
          .where('status', '=', 'active')
          .executeTakeFirst();
        notify = user?.email ?? null;
      }
      return { row, notSafe, notify };
    });
    // Sent after commit: the message exists even if the mail server is down. No content, only a link.
    if (result.notify && deps.mailer.enabled) {
      await deps.mailer
        .send({
          to: result.notify,
          subject: 'You have a new message',
          text: `Hello,\n\nYou have a new message from your care team. Sign in to Titrate to read it:\n${portal()}\n`,
        })
        .catch(() => undefined);
    }
    const message = toMessage(result.row);
    if (from === 'staff') return { message };
    return {
      message,
      notice: NON_URGENT_NOTICE,
      crisisResources: CRISIS_RESOURCES,
      whatHappensNext: result.notSafe ? WHAT_HAPPENS_NEXT_UNSAFE : WHAT_HAPPENS_NEXT,
      ...(result.notSafe ? { crisisMessage: CRISIS_MESSAGE, safetyTaskCreated: true } : {}),
    };
  }

  async function list(principal: Principal, patientId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'notes', now());
      const rows = await trx
        .selectFrom('messages')
        .selectAll()
        .where('patient_id', '=', patientId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(500)
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'Communication',
        outcome: 'success',
        detail: { results: rows.length },
        at: now(),
      });
      const self = principal.roles.includes('patient') && principal.patientId === patientId;
      // Unread: what the other side sent that this side has not opened.
      const incoming = self ? 'staff' : 'patient';
      return {
        items: rows.map(toMessage),
        unread: rows.filter((row) => row.sender_kind === incoming && row.read_at === null).length,
        notice: NON_URGENT_NOTICE,
        crisisResources: CRISIS_RESOURCES,
      };
    });
  }

  /** Marks a message read; only the receiving side can, and reading twice keeps the first time. */
  async function markRead(principal: Principal, patientId: string, messageId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'notes', now());
      const row = await trx
        .selectFrom('messages')
        .selectAll()
        .where('id', '=', messageId)
        .where('patient_id', '=', patientId)
        .executeTakeFirst();
      if (!row) throw new AppError('not-found', 'Message was not found.');
      const self = principal.roles.includes('patient') && principal.patientId === patientId;
      const incoming = self ? 'staff' : 'patient';
      if (row.sender_kind !== incoming) {
        throw new AppError('conflict', 'Only the person a message was sent to can mark it read.');
      }
      if (row.read_at !== null) return toMessage(row);
      const at = now();
      const updated = await trx
        .updateTable('messages')
        .set({ read_at: at, read_by: principal.userId })
        .where('id', '=', messageId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'Communication',
        resourceId: messageId,
        outcome: 'success',
        detail: { read: true },
        at,
      });
      return toMessage(updated);
    });
  }

  return {
    sendFromPatient: (principal: Principal, input: MessageInput) =>
      send(principal, ownPatient(principal), input, 'patient'),
    sendFromStaff: (principal: Principal, patientId: string, input: MessageInput) =>
      send(principal, patientId, { ...input, notSafe: false }, 'staff'),
    list,
    myMessages: (principal: Principal) => list(principal, ownPatient(principal)),
    markRead,
    markMineRead: (principal: Principal, messageId: string) =>
      markRead(principal, ownPatient(principal), messageId),
  };
}

export type MessageService = ReturnType<typeof createMessageService>;
