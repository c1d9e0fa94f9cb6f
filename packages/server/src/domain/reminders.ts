import { type Drug, findDrug } from '@titrate/clinical';
import { sql, type Transaction } from 'kysely';
import { DateTime } from 'luxon';
import { withTenant } from '../db/database.js';
import type {
  AnchorTimes,
  DB,
  DoseEventStatus,
  RoutineAnchor,
  ShiftPattern,
  SkipReason,
  WebPushSubscription,
  WeekdayKey,
} from '../db/schema.js';
import { createReminderDelivery, type ReminderDelivery } from '../notify/reminders.js';
import { createWebPushSender } from '../notify/web-push.js';
import {
  adherenceAlerts,
  doseLogCoverage,
  missedInARow,
  refillSummary,
  summarizeSkipReasons,
} from '../reminders/adherence.js';
import { occurrences, type Routine, type ScheduleItem, snoozeUntil } from '../reminders/schedule.js';
import { doseTextOn } from '../reminders/titration.js';
import { organizationPolicy, requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { iso, isoOrNull } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { fillsOfOrder } from './fills.js';
import type { Principal } from './principal.js';

/** How far ahead reminders are materialised (the plan job runs far more often than this). */
export const PLAN_HOURS = 48;
/** Delivery attempts before a reminder is marked failed and surfaced. */
export const MAX_ATTEMPTS = 5;
/** A reminder not sent within this many hours of its time is dropped as stale. */
export const STALE_HOURS = 6;
/** Back-off between attempts: 1, 2, 4, 8 minutes. */
export const backoffMinutes = (attempt: number) => 2 ** Math.max(0, attempt - 1);

/** Used until the patient sets their own routine. */
export const DEFAULT_ANCHORS: Required<AnchorTimes> = {
  wake: '07:00',
  breakfast: '08:00',
  lunch: '12:30',
  dinner: '18:30',
  bedtime: '22:00',
};

export interface RoutineView {
  version: number;
  timeZone: string;
  anchors: AnchorTimes;
  weekdays: Partial<Record<WeekdayKey, AnchorTimes>>;
  shiftPattern: ShiftPattern | null;
  quietHours: { start: string; end: string } | null;
  snoozeMinutes: number;
  channels: { email: boolean; webPushSubscriptions: number; sms: boolean };
}

export interface RoutineInput {
  anchors: AnchorTimes;
  weekdays?: Partial<Record<WeekdayKey, AnchorTimes>> | undefined;
  shiftPattern?: ShiftPattern | null | undefined;
  quietHours?: { start: string; end: string } | null | undefined;
  snoozeMinutes?: number | undefined;
  channels?:
    | { email?: boolean | undefined; webPushSubscription?: WebPushSubscription | undefined }
    | undefined;
}

export interface DoseScheduleInput {
  medicationOrderId: string;
  anchor: RoutineAnchor;
  offsetMinutes?: number | undefined;
  doseText: string;
  startDate: string;
  endDate?: string | null | undefined;
}

export interface DoseEventInput {
  medicationOrderId: string;
  status: Exclude<DoseEventStatus, 'entered-in-error'>;
  reason?: SkipReason | undefined;
  takenAt?: string | undefined;
  scheduledFor?: string | undefined;
}

/** Jobs run across organizations; a scope narrows them to one (tests sharing a database). */
export interface JobScope {
  organizationId?: string | undefined;
}

const HOUR = 3_600_000;

type Trx = Transaction<DB>;

async function loadRoutine(trx: Trx, patientId: string) {
  const patient = await trx
    .selectFrom('patients')
    .select(['time_zone'])
    .where('id', '=', patientId)
    .executeTakeFirstOrThrow();
  const row = await trx
    .selectFrom('patient_routines')
    .selectAll()
    .where('patient_id', '=', patientId)
    .executeTakeFirst();
  const routine: Routine = {
    timeZone: patient.time_zone,
    anchors: { ...DEFAULT_ANCHORS, ...(row?.anchors ?? {}) },
    weekdays: row?.weekdays ?? {},
    shiftPattern: row?.shift_pattern ?? null,
    quietHours: row?.quiet_start && row.quiet_end ? { start: row.quiet_start, end: row.quiet_end } : null,
  };
  const view: RoutineView = {
    version: row?.version ?? 0,
    timeZone: routine.timeZone,
    anchors: routine.anchors,
    weekdays: routine.weekdays,
    shiftPattern: routine.shiftPattern,
    quietHours: routine.quietHours,
    snoozeMinutes: row?.snooze_minutes ?? 15,
    channels: {
      email: row?.email_enabled ?? true,
      webPushSubscriptions: row?.web_push_subscriptions.length ?? 0,
      sms: Boolean(row?.sms_number),
    },
  };
  return { routine, view, row };
}

/** Active schedules whose order is active. */
async function activeSchedules(trx: Trx, patientId: string) {
  return trx
    .selectFrom('dose_schedules as s')
    .innerJoin('medication_orders as o', 'o.id', 's.medication_order_id')
    .select([
      's.id',
      's.medication_order_id',
      's.anchor',
      's.offset_minutes',
      's.dose_text',
      's.start_date',
      's.end_date',
      'o.drug_name',
      'o.display_name',
      'o.titration',
      'o.start_date as order_start',
    ])
    .where('s.patient_id', '=', patientId)
    .where('s.status', '=', 'active')
    .where('o.status', '=', 'active')
    .execute();
}

const toItem = (row: {
  id: string;
  anchor: RoutineAnchor;
  offset_minutes: number;
  start_date: string;
  end_date: string | null;
}): ScheduleItem => ({
  id: row.id,
  anchor: row.anchor,
  offsetMinutes: row.offset_minutes,
  startDate: row.start_date,
  endDate: row.end_date,
});

function validateRoutine(input: RoutineInput) {
  const pattern = input.shiftPattern;
  if (pattern && pattern.days.length === 0) {
    throw new AppError('validation', 'A shift pattern needs at least one day.', [
      { field: 'shiftPattern.days', message: 'empty' },
    ]);
  }
}

/** Safe to send to any worker log: a short technical reason, never content. */
function errorReason(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; name?: unknown };
  const parts = [e.name, e.code, e.responseCode].filter(
    (part) => typeof part === 'string' || typeof part === 'number',
  );
  return parts.join(' ').slice(0, 80) || 'delivery error';
}

export function createReminderService(deps: Deps, delivery?: ReminderDelivery) {
  const { db } = deps;
  const send =
    delivery ??
    createReminderDelivery({
      mailer: deps.mailer,
      portalUrl: deps.config.publicUrl ?? 'http://localhost:8080',
      webPush: deps.config.vapid ? createWebPushSender(deps.config.vapid) : undefined,
    });

  const policyOf = organizationPolicy;

  const selfPatient = (principal: Principal) => {
    if (!principal.patientId)
      throw new AppError('not-found', 'This account is not linked to a patient record.');
    return principal.patientId;
  };

  /** Materialises reminders due in the next PLAN_HOURS; re-planning is idempotent. */
  async function planPatient(
    trx: Trx,
    organizationId: string,
    patientId: string,
    now: Date,
  ): Promise<number> {
    const { routine } = await loadRoutine(trx, patientId);
    const schedules = await activeSchedules(trx, patientId);
    if (schedules.length === 0) return 0;
    const found = occurrences(
      routine,
      schedules.map(toItem),
      now,
      new Date(now.getTime() + PLAN_HOURS * HOUR),
    );
    const patientOf = new Map(schedules.map((s) => [s.id, s]));
    // A dose already logged needs no reminder: re-planning must not revive one cancelled for that reason.
    const loggedDoses = new Set(
      (
        await trx
          .selectFrom('dose_events')
          .select(['medication_order_id', 'scheduled_for'])
          .where('patient_id', '=', patientId)
          .where('status', '<>', 'entered-in-error')
          .where('scheduled_for', 'is not', null)
          .where('scheduled_for', '>=', new Date(now.getTime() - PLAN_HOURS * HOUR))
          .execute()
      ).map((event) => `${event.medication_order_id}|${new Date(event.scheduled_for ?? 0).getTime()}`),
    );
    let planned = 0;
    for (const occurrence of found) {
      const source = patientOf.get(occurrence.scheduleId);
      if (!source) continue;
      if (loggedDoses.has(`${source.medication_order_id}|${new Date(occurrence.scheduledFor).getTime()}`))
        continue;
      // A finished taper (a zero step) plans no more reminders.
      if (doseTextOn(source.dose_text, source.order_start, source.titration, occurrence.localDate) === null)
        continue;
      const result = await trx
        .insertInto('reminders')
        .values({
          organization_id: organizationId,
          patient_id: patientId,
          dose_schedule_id: occurrence.scheduleId,
          scheduled_for: occurrence.scheduledFor,
          due_at: occurrence.dueAt,
        })
        .onConflict((oc) =>
          oc
            .columns(['dose_schedule_id', 'scheduled_for'])
            .doUpdateSet({ due_at: occurrence.dueAt, status: 'planned' })
            .where('reminders.status', 'in', ['planned', 'cancelled']),
        )
        .executeTakeFirst();
      planned += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return planned;
  }

  /** Cancels the patient's future unsent reminders (before re-planning after a change). */
  async function cancelFuture(trx: Trx, patientId: string, now: Date) {
    await trx
      .updateTable('reminders')
      .set({ status: 'cancelled' })
      .where('patient_id', '=', patientId)
      .where('status', '=', 'planned')
      .where('due_at', '>', now)
      .execute();
  }

  async function activePatients(scope: JobScope): Promise<{ organization_id: string; patient_id: string }[]> {
    const result = await sql<{ organization_id: string; patient_id: string }>`
      select organization_id, patient_id from reminders_active_patients()`.execute(db);
    return result.rows.filter((row) => !scope.organizationId || row.organization_id === scope.organizationId);
  }

  // ——— Jobs ———

  async function planAll(now = deps.clock.now(), scope: JobScope = {}): Promise<number> {
    let total = 0;
    for (const { organization_id, patient_id } of await activePatients(scope)) {
      total += await withTenant(db, organization_id, (trx) =>
        planPatient(trx, organization_id, patient_id, now),
      );
    }
    return total;
  }

  /**
   * Sends every reminder due by `now`. Claiming is one UPDATE over rows picked with
   * FOR UPDATE SKIP LOCKED, so concurrent workers (processes or timers) never take the same row;
   * the claim commits before sending, so no transaction (nor PGlite's one connection) is held
   * while a mail server answers. A worker that dies mid-send leaves a claim that expires after
   * 10 minutes and is retried.
   */
  async function dispatchDue(
    now = deps.clock.now(),
    options: JobScope & { worker?: string; limit?: number } = {},
  ): Promise<{ sent: number; failed: number; retried: number; skipped: number }> {
    const limit = options.limit ?? 100;
    const stats = { sent: 0, failed: 0, retried: 0, skipped: 0 };
    for (;;) {
      const claimed = (
        await sql<{ reminder_id: string; organization_id: string; attempts: number }>`
          select reminder_id, organization_id, attempts from reminders_claim_due(${now.toISOString()}::timestamptz, ${limit}, ${options.worker ?? 'worker'}, ${options.organizationId ?? null}::uuid)`.execute(
          db,
        )
      ).rows;
      if (claimed.length === 0) return stats;
      for (const claim of claimed) {
        const outcome = await deliverOne(claim.organization_id, claim.reminder_id, claim.attempts, now);
        stats[outcome]++;
      }
      if (claimed.length < limit) return stats;
    }
  }

  /** Forgets push subscriptions the push service reported gone, so they are not tried again. */
  async function dropWebPush(organizationId: string, patientId: string, endpoints: string[]) {
    await withTenant(db, organizationId, async (trx) => {
      const row = await trx
        .selectFrom('patient_routines')
        .select('web_push_subscriptions')
        .where('patient_id', '=', patientId)
        .forUpdate()
        .executeTakeFirst();
      if (!row) return;
      const kept = row.web_push_subscriptions.filter((s) => !endpoints.includes(s.endpoint));
      if (kept.length === row.web_push_subscriptions.length) return;
      await trx
        .updateTable('patient_routines')
        .set({ web_push_subscriptions: JSON.stringify(kept) })
        .where('patient_id', '=', patientId)
        .execute();
    });
  }

  async function deliverOne(
    organizationId: string,
    reminderId: string,
    attempts: number,
    now: Date,
  ): Promise<'sent' | 'failed' | 'retried' | 'skipped'> {
    const target = await withTenant(db, organizationId, async (trx) => {
      const reminder = await trx
        .selectFrom('reminders as r')
        .innerJoin('dose_schedules as s', 's.id', 'r.dose_schedule_id')
        .select([
          'r.id',
          'r.patient_id',
          'r.scheduled_for',
          'r.due_at',
          's.medication_order_id',
          's.status as schedule_status',
        ])
        .where('r.id', '=', reminderId)
        .executeTakeFirstOrThrow();
      // Nothing to remind about: the schedule changed, or the dose is already logged.
      const logged = await trx
        .selectFrom('dose_events')
        .select('id')
        .where('medication_order_id', '=', reminder.medication_order_id)
        .where('scheduled_for', '=', reminder.scheduled_for)
        .where('status', '<>', 'entered-in-error')
        .executeTakeFirst();
      if (reminder.schedule_status !== 'active' || logged) {
        await trx
          .updateTable('reminders')
          .set({ status: 'cancelled' })
          .where('id', '=', reminderId)
          .execute();
        return null;
      }
      // After an outage, a nudge for a dose many hours ago helps no one (the missed-dose
      // instruction in the portal does): it is cancelled, not sent late.
      if (now.getTime() - new Date(reminder.due_at).getTime() > STALE_HOURS * HOUR) {
        await trx
          .updateTable('reminders')
          .set({ status: 'cancelled', last_error: 'expired before it could be sent' })
          .where('id', '=', reminderId)
          .execute();
        return null;
      }
      const user = await trx
        .selectFrom('users')
        .select('email')
        .where('patient_id', '=', reminder.patient_id)
        .where('status', '=', 'active')
        .executeTakeFirst();
      const patient = await trx
        .selectFrom('patients')
        .select('email')
        .where('id', '=', reminder.patient_id)
        .executeTakeFirstOrThrow();
      const { row } = await loadRoutine(trx, reminder.patient_id);
      return {
        reminderId,
        email: user?.email ?? patient.email,
        emailEnabled: row?.email_enabled ?? true,
        webPush: row?.web_push_subscriptions ?? [],
        smsNumber: row?.sms_number ?? null,
        dropWebPush: (endpoints: string[]) => dropWebPush(organizationId, reminder.patient_id, endpoints),
      };
    });
    if (!target) return 'skipped';
    try {
      const channel = await send.deliver(target);
      await withTenant(db, organizationId, (trx) =>
        trx
          .updateTable('reminders')
          .set(
            channel
              ? { status: 'sent', sent_at: now, channel, last_error: null }
              : { status: 'cancelled', last_error: 'no delivery channel enabled' },
          )
          .where('id', '=', reminderId)
          .execute(),
      );
      return channel ? 'sent' : 'skipped';
    } catch (error) {
      const final = attempts >= MAX_ATTEMPTS;
      await withTenant(db, organizationId, async (trx) => {
        const row = await trx
          .updateTable('reminders')
          .set(
            final
              ? { status: 'failed', last_error: errorReason(error) }
              : {
                  status: 'planned',
                  next_attempt_at: new Date(now.getTime() + backoffMinutes(attempts) * 60_000),
                  last_error: errorReason(error),
                },
          )
          .where('id', '=', reminderId)
          .returning('patient_id')
          .executeTakeFirstOrThrow();
        // Surfaced, never lost: the care team sees that this patient's reminders are not arriving.
        if (final) {
          await raiseTask(
            trx,
            organizationId,
            row.patient_id,
            {
              kind: 'other',
              rule: 'reminder-delivery-failed',
              priority: 'routine',
              title: `Dose reminders could not be delivered after ${MAX_ATTEMPTS} attempts: check the patient's contact details`,
              medicationOrderId: null,
            },
            now,
          );
        }
      });
      return final ? 'failed' : 'retried';
    }
  }

  /** Raises care-team tasks for every patient with an active schedule; returns tasks created. */
  async function sweepAdherence(now = deps.clock.now(), scope: JobScope = {}): Promise<number> {
    let created = 0;
    for (const { organization_id, patient_id } of await activePatients(scope)) {
      created += await withTenant(db, organization_id, async (trx) => {
        const report = await computeAdherence(trx, patient_id, now);
        let count = 0;
        for (const item of report.items) {
          for (const alert of item.alerts) {
            const raised = await raiseTask(
              trx,
              organization_id,
              patient_id,
              {
                kind: 'adherence',
                rule: alert.rule,
                priority: alert.priority,
                title: alert.title,
                medicationOrderId: item.medicationOrderId,
                detail: { pdc14: item.doseLog.days14.pdc },
              },
              now,
            );
            if (raised) count++;
          }
        }
        return count;
      });
    }
    return created;
  }

  /** Opens a care-team task unless one for the same rule (and order) is still open. */
  async function raiseTask(
    trx: Trx,
    organizationId: string,
    patientId: string,
    task: {
      kind: 'adherence' | 'other';
      rule: string;
      priority: 'routine' | 'urgent';
      title: string;
      medicationOrderId: string | null;
      detail?: Record<string, string | number | null>;
    },
    now: Date,
  ): Promise<boolean> {
    let existing = trx
      .selectFrom('tasks')
      .select('id')
      .where('patient_id', '=', patientId)
      .where('kind', '=', task.kind)
      .where('status', '<>', 'done')
      .where(sql<string>`detail->>'rule'`, '=', task.rule);
    if (task.medicationOrderId) {
      existing = existing.where(sql<string>`detail->>'medicationOrderId'`, '=', task.medicationOrderId);
    }
    if (await existing.executeTakeFirst()) return false;
    const row = await trx
      .insertInto('tasks')
      .values({
        organization_id: organizationId,
        patient_id: patientId,
        kind: task.kind,
        priority: task.priority,
        title: task.title,
        detail: JSON.stringify({
          ...task.detail,
          medicationOrderId: task.medicationOrderId,
          rule: task.rule,
        }),
        source_response_id: null,
        assigned_to: null,
        note: null,
        created_by: null,
        created_at: now,
        closed_by: null,
        closed_at: null,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      organizationId,
      patientId,
      action: 'create',
      resourceType: 'Task',
      resourceId: row.id,
      outcome: 'success',
      detail: { source: 'reminder-jobs', rule: task.rule },
      at: now,
    });
    return true;
  }

  async function computeAdherence(trx: Trx, patientId: string, now: Date) {
    const { routine } = await loadRoutine(trx, patientId);
    const schedules = await activeSchedules(trx, patientId);
    // Days covered are counted over complete local days: today is still open (a dose due this
    // morning may yet be logged), so the windows end yesterday.
    const asOf = DateTime.fromJSDate(now, { zone: routine.timeZone })
      .minus({ days: 1 })
      .toISODate() as string;
    const windowStart = DateTime.fromISO(asOf, { zone: routine.timeZone }).minus({ days: 29 }).toJSDate();
    const byOrder = new Map<string, typeof schedules>();
    for (const s of schedules)
      byOrder.set(s.medication_order_id, [...(byOrder.get(s.medication_order_id) ?? []), s]);
    const localDay = (at: Date) => DateTime.fromJSDate(at, { zone: routine.timeZone }).toISODate() as string;
    const today = localDay(now);
    const items = [];
    for (const [orderId, rows] of byOrder) {
      const first = rows[0];
      if (!first) continue;
      // The current routine stands in for past days (routine history is not kept).
      const scheduled = occurrences(routine, rows.map(toItem), windowStart, new Date(now.getTime() + 1));
      const scheduledAt = scheduled.map((o) => o.scheduledFor).filter((at) => at <= now);
      const expected = new Map<string, number>();
      for (const o of scheduled)
        if (o.scheduledFor <= now) expected.set(o.localDate, (expected.get(o.localDate) ?? 0) + 1);
      const events = await trx
        .selectFrom('dose_events')
        .select(['status', 'reason', 'taken_at', 'scheduled_for', 'recorded_at'])
        .where('medication_order_id', '=', orderId)
        .where('status', '<>', 'entered-in-error')
        .where('recorded_at', '>=', new Date(windowStart.getTime() - 2 * 24 * HOUR))
        .execute();
      const taken = new Map<string, number>();
      let lastTakenAt: Date | null = null;
      for (const event of events) {
        if (event.status !== 'taken' && event.status !== 'late') continue;
        const at = new Date(event.scheduled_for ?? event.taken_at ?? event.recorded_at);
        taken.set(localDay(at), (taken.get(localDay(at)) ?? 0) + 1);
        const takenAt = new Date(event.taken_at ?? event.recorded_at);
        if (!lastTakenAt || takenAt > lastTakenAt) lastTakenAt = takenAt;
      }
      const counts = { expected, taken };
      const days14 = doseLogCoverage(counts, asOf, 14);
      const days30 = doseLogCoverage(counts, asOf, 30);
      const drug: Drug | undefined = findDrug(first.drug_name);
      const since = lastTakenAt ?? scheduledAt[0] ?? null;
      const hoursWithoutDose = since ? (now.getTime() - since.getTime()) / HOUR : 0;
      items.push({
        medicationOrderId: orderId,
        drug: first.drug_name,
        displayName: first.display_name,
        doseLog: { days14, days30 },
        refills: refillSummary(await fillsOfOrder(trx, orderId), asOf, today),
        skipReasons: summarizeSkipReasons(events.filter((e) => e.status === 'skipped').map((e) => e.reason)),
        missedInARow: missedInARow(scheduledAt, lastTakenAt, now),
        lastTakenAt: isoOrNull(lastTakenAt),
        alerts: adherenceAlerts({ drug, pdc14: days14, hoursWithoutDose }),
      });
    }
    return { asOf, timeZone: routine.timeZone, items };
  }

  async function getSchedules(principal: Principal, patientId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(trx, principal, patientId, await policyOf(trx), 'medications');
      const rows = await trx
        .selectFrom('dose_schedules')
        .selectAll()
        .where('patient_id', '=', patientId)
        .where('status', '=', 'active')
        .orderBy('created_at')
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'DoseSchedule',
        outcome: 'success',
        detail: { count: rows.length },
        at: deps.clock.now(),
      });
      return {
        items: rows.map((r) => ({
          id: r.id,
          medicationOrderId: r.medication_order_id,
          anchor: r.anchor,
          offsetMinutes: r.offset_minutes,
          doseText: r.dose_text,
          startDate: r.start_date,
          endDate: r.end_date,
        })),
      };
    });
  }

  // ——— Requests ———

  return {
    planPatient,
    planAll,
    dispatchDue,
    sweepAdherence,

    /** The VAPID public key a browser subscribes with; 404 when web push is not configured. */
    webPushPublicKey(): { publicKey: string } {
      if (!deps.config.vapid)
        throw new AppError(
          'not-found',
          'Push notifications are not set up on this server; reminders arrive by email instead.',
        );
      return { publicKey: deps.config.vapid.publicKey };
    },

    async getRoutine(principal: Principal): Promise<RoutineView> {
      const patientId = selfPatient(principal);
      return withTenant(db, principal.organizationId, async (trx) => {
        await requirePatientAccess(trx, principal, patientId, await policyOf(trx), 'medications');
        return (await loadRoutine(trx, patientId)).view;
      });
    },

    async putRoutine(
      principal: Principal,
      expectedVersion: number,
      input: RoutineInput,
    ): Promise<RoutineView> {
      const patientId = selfPatient(principal);
      validateRoutine(input);
      const now = deps.clock.now();
      return withTenant(db, principal.organizationId, async (trx) => {
        await requirePatientAccess(trx, principal, patientId, await policyOf(trx), 'medications');
        const { row } = await loadRoutine(trx, patientId);
        if ((row?.version ?? 0) !== expectedVersion) {
          throw new AppError(
            'precondition-failed',
            'Your routine was changed elsewhere. Reload it and try again.',
          );
        }
        const subscriptions = [...(row?.web_push_subscriptions ?? [])];
        const subscription = input.channels?.webPushSubscription;
        if (subscription && !subscriptions.some((s) => s.endpoint === subscription.endpoint))
          subscriptions.push(subscription);
        const values = {
          anchors: JSON.stringify(input.anchors),
          weekdays: JSON.stringify(input.weekdays ?? {}),
          shift_pattern: JSON.stringify(input.shiftPattern ?? null),
          quiet_start: input.quietHours?.start ?? null,
          quiet_end: input.quietHours?.end ?? null,
          snooze_minutes: input.snoozeMinutes ?? row?.snooze_minutes ?? 15,
          email_enabled: input.channels?.email ?? row?.email_enabled ?? true,
          web_push_subscriptions: JSON.stringify(subscriptions),
          updated_at: now,
          updated_by: principal.userId,
        };
        if (row) {
          await trx
            .updateTable('patient_routines')
            .set({ ...values, version: row.version + 1 })
            .where('patient_id', '=', patientId)
            .execute();
        } else {
          await trx
            .insertInto('patient_routines')
            .values({ ...values, patient_id: patientId, organization_id: principal.organizationId })
            .execute();
        }
        await cancelFuture(trx, patientId, now);
        await planPatient(trx, principal.organizationId, patientId, now);
        await recordAudit(trx, {
          ...actor(principal),
          patientId,
          action: row ? 'update' : 'create',
          resourceType: 'PatientRoutine',
          resourceId: patientId,
          outcome: 'success',
          at: now,
        });
        return (await loadRoutine(trx, patientId)).view;
      });
    },

    /** The patient's own reminders, or (with `forPatientId`) a linked guardian's view of them. */
    async listReminders(principal: Principal, from?: string, to?: string, forPatientId?: string) {
      const patientId = forPatientId ?? selfPatient(principal);
      const now = deps.clock.now();
      const start = from ? new Date(from) : now;
      const end = to ? new Date(to) : new Date(now.getTime() + PLAN_HOURS * HOUR);
      return withTenant(db, principal.organizationId, async (trx) => {
        await requirePatientAccess(trx, principal, patientId, await policyOf(trx), 'medications', now);
        const { routine } = await loadRoutine(trx, patientId);
        const localDay = (at: Date | string) =>
          DateTime.fromJSDate(new Date(at), { zone: routine.timeZone }).toISODate() as string;
        // Planning is idempotent; doing it here keeps the list right even before the job has run.
        await planPatient(trx, principal.organizationId, patientId, now);
        const rows = await trx
          .selectFrom('reminders as r')
          .innerJoin('dose_schedules as s', 's.id', 'r.dose_schedule_id')
          .innerJoin('medication_orders as o', 'o.id', 's.medication_order_id')
          .select([
            'r.id',
            'r.due_at',
            'r.scheduled_for',
            'r.status',
            's.medication_order_id',
            's.anchor',
            's.dose_text',
            'o.drug_name',
            'o.display_name',
            'o.titration',
            'o.start_date as order_start',
          ])
          .where('r.patient_id', '=', patientId)
          .where('r.due_at', '>=', start)
          .where('r.due_at', '<', end)
          .where('r.status', '<>', 'cancelled')
          .orderBy('r.due_at')
          .limit(500)
          .execute();
        await recordAudit(trx, {
          ...actor(principal),
          patientId,
          action: 'read',
          resourceType: 'Reminder',
          outcome: 'success',
          detail: { count: rows.length },
          at: now,
        });
        return {
          items: rows.map((r) => ({
            id: r.id,
            dueAt: iso(r.due_at),
            scheduledFor: iso(r.scheduled_for),
            status: r.status,
            medicationOrderId: r.medication_order_id,
            medication: r.display_name,
            anchor: r.anchor,
            // The titration or taper step in force that day, else the schedule's own text.
            doseText:
              doseTextOn(r.dose_text, r.order_start, r.titration, localDay(r.scheduled_for)) ?? r.dose_text,
            // What to do after a missed dose comes from the formulary's patient education.
            missedDoseInstruction: findDrug(r.drug_name)?.education?.missedDose ?? null,
          })),
        };
      });
    },

    async snooze(principal: Principal, reminderId: string, minutes?: number) {
      const patientId = selfPatient(principal);
      const now = deps.clock.now();
      return withTenant(db, principal.organizationId, async (trx) => {
        await requirePatientAccess(trx, principal, patientId, await policyOf(trx), 'medications');
        const reminder = await trx
          .selectFrom('reminders')
          .select(['id', 'status'])
          .where('id', '=', reminderId)
          .where('patient_id', '=', patientId)
          .executeTakeFirst();
        if (!reminder) throw new AppError('not-found', 'Reminder was not found.');
        if (!['planned', 'sent', 'snoozed'].includes(reminder.status)) {
          throw new AppError('conflict', 'This reminder can no longer be snoozed.');
        }
        const { routine, view } = await loadRoutine(trx, patientId);
        const dueAt = snoozeUntil(now, minutes ?? view.snoozeMinutes, routine);
        await trx
          .updateTable('reminders')
          .set({ status: 'snoozed', due_at: dueAt, next_attempt_at: null, attempts: 0 })
          .where('id', '=', reminderId)
          .execute();
        return { id: reminderId, status: 'snoozed' as const, dueAt: dueAt.toISOString() };
      });
    },

    getSchedules,

    /** Replaces the patient's active schedule items (old ones are kept as superseded). */
    async putSchedules(principal: Principal, patientId: string, items: DoseScheduleInput[]) {
      const now = deps.clock.now();
      await withTenant(db, principal.organizationId, async (trx) => {
        await requirePatientAccess(trx, principal, patientId, await policyOf(trx), 'medications');
        const orderIds = [...new Set(items.map((i) => i.medicationOrderId))];
        if (orderIds.length > 0) {
          const orders = await trx
            .selectFrom('medication_orders')
            .select('id')
            .where('patient_id', '=', patientId)
            .where('id', 'in', orderIds)
            .execute();
          const known = new Set(orders.map((o) => o.id));
          const missing = orderIds.filter((id) => !known.has(id));
          if (missing.length > 0) {
            throw new AppError(
              'validation',
              'A schedule names a medication order this patient does not have.',
              [{ field: 'items.medicationOrderId', message: 'not an order of this patient' }],
            );
          }
        }
        for (const item of items) {
          if (item.endDate && item.endDate < item.startDate) {
            throw new AppError('validation', 'A schedule ends before it starts.', [
              { field: 'items.endDate', message: 'before startDate' },
            ]);
          }
        }
        await trx
          .updateTable('dose_schedules')
          .set({ status: 'superseded', superseded_at: now })
          .where('patient_id', '=', patientId)
          .where('status', '=', 'active')
          .execute();
        if (items.length > 0) {
          await trx
            .insertInto('dose_schedules')
            .values(
              items.map((item) => ({
                organization_id: principal.organizationId,
                patient_id: patientId,
                medication_order_id: item.medicationOrderId,
                anchor: item.anchor,
                offset_minutes: item.offsetMinutes ?? 0,
                dose_text: item.doseText,
                start_date: item.startDate,
                end_date: item.endDate ?? null,
                created_by: principal.userId,
              })),
            )
            .execute();
        }
        await cancelFuture(trx, patientId, now);
        await planPatient(trx, principal.organizationId, patientId, now);
        await recordAudit(trx, {
          ...actor(principal),
          patientId,
          action: 'update',
          resourceType: 'DoseSchedule',
          outcome: 'success',
          detail: { count: items.length },
          at: now,
        });
      });
      return getSchedules(principal, patientId);
    },

    async recordDoseEvent(principal: Principal, patientId: string | null, input: DoseEventInput) {
      const target = patientId ?? selfPatient(principal);
      const now = deps.clock.now();
      if (input.status === 'skipped' && !input.reason) {
        throw new AppError('validation', 'Say why the dose was skipped.', [
          { field: 'reason', message: 'required when status is skipped' },
        ]);
      }
      if (input.status !== 'skipped' && input.reason) {
        throw new AppError('validation', 'A reason is only recorded for a skipped dose.', [
          { field: 'reason', message: 'only with status skipped' },
        ]);
      }
      const takenAt = input.status === 'skipped' ? null : input.takenAt ? new Date(input.takenAt) : now;
      if (takenAt && takenAt.getTime() > now.getTime() + 5 * 60_000) {
        throw new AppError('validation', 'A dose cannot be logged as taken in the future.', [
          { field: 'takenAt', message: 'in the future' },
        ]);
      }
      return withTenant(db, principal.organizationId, async (trx) => {
        await requirePatientAccess(trx, principal, target, await policyOf(trx), 'medications');
        const order = await trx
          .selectFrom('medication_orders')
          .select('id')
          .where('id', '=', input.medicationOrderId)
          .where('patient_id', '=', target)
          .executeTakeFirst();
        if (!order) throw new AppError('not-found', 'That medication order was not found for this patient.');
        const scheduledFor = input.scheduledFor ? new Date(input.scheduledFor) : null;
        const row = await trx
          .insertInto('dose_events')
          .values({
            organization_id: principal.organizationId,
            patient_id: target,
            medication_order_id: input.medicationOrderId,
            scheduled_for: scheduledFor,
            status: input.status,
            reason: input.reason ?? null,
            taken_at: takenAt,
            recorded_at: now,
            recorded_by: principal.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        if (scheduledFor) {
          // A logged dose needs no reminder.
          await trx
            .updateTable('reminders')
            .set({ status: 'cancelled' })
            .where('patient_id', '=', target)
            .where('scheduled_for', '=', scheduledFor)
            .where('status', 'in', ['planned', 'snoozed'])
            .where('dose_schedule_id', 'in', (eb) =>
              eb
                .selectFrom('dose_schedules')
                .select('id')
                .where('medication_order_id', '=', input.medicationOrderId),
            )
            .execute();
        }
        await recordAudit(trx, {
          ...actor(principal),
          patientId: target,
          action: 'create',
          resourceType: 'MedicationAdministration',
          resourceId: row.id,
          outcome: 'success',
          at: now,
        });
        return toDoseEvent(row);
      });
    },

    async listDoseEvents(principal: Principal, from?: string, to?: string) {
      const patientId = selfPatient(principal);
      const now = deps.clock.now();
      const start = from ? new Date(from) : new Date(now.getTime() - 30 * 24 * HOUR);
      const end = to ? new Date(to) : new Date(now.getTime() + HOUR);
      return withTenant(db, principal.organizationId, async (trx) => {
        await requirePatientAccess(trx, principal, patientId, await policyOf(trx), 'medications');
        const rows = await trx
          .selectFrom('dose_events')
          .selectAll()
          .where('patient_id', '=', patientId)
          .where('recorded_at', '>=', start)
          .where('recorded_at', '<', end)
          .orderBy('recorded_at', 'desc')
          .limit(1000)
          .execute();
        await recordAudit(trx, {
          ...actor(principal),
          patientId,
          action: 'read',
          resourceType: 'MedicationAdministration',
          outcome: 'success',
          detail: { count: rows.length },
          at: now,
        });
        return { items: rows.map(toDoseEvent) };
      });
    },

    async adherence(principal: Principal, patientId: string) {
      const now = deps.clock.now();
      return withTenant(db, principal.organizationId, async (trx) => {
        await requirePatientAccess(trx, principal, patientId, await policyOf(trx), 'medications');
        const report = await computeAdherence(trx, patientId, now);
        await recordAudit(trx, {
          ...actor(principal),
          patientId,
          action: 'read',
          resourceType: 'Adherence',
          outcome: 'success',
          at: now,
        });
        return report;
      });
    },
  };
}

function toDoseEvent(row: {
  id: string;
  medication_order_id: string;
  scheduled_for: Date | string | null;
  status: DoseEventStatus;
  reason: SkipReason | null;
  taken_at: Date | string | null;
  recorded_at: Date | string;
  recorded_by: string;
}) {
  return {
    id: row.id,
    medicationOrderId: row.medication_order_id,
    scheduledFor: isoOrNull(row.scheduled_for),
    status: row.status,
    reason: row.reason,
    takenAt: isoOrNull(row.taken_at),
    recordedAt: iso(row.recorded_at),
    recordedBy: row.recorded_by,
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
