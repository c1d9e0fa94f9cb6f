import { getInstrument, SCALE_PHASE_INTERVAL_DAYS, type SideEffectSeverity } from '@titrate/clinical';
import { type Selectable, sql, type Transaction } from 'kysely';
import { DateTime } from 'luxon';
import { withTenant } from '../db/database.js';
import type { CheckInSideEffect, DB, TaskKind } from '../db/schema.js';
import { requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { dateOf, iso, organizationPolicy } from './care-context.js';
import { CRISIS_MESSAGE, CRISIS_RESOURCES } from './crisis.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';

/**
 * Between visits (issue #6): daily check-ins, side-effect reports and the rating scales the care
 * team assigns on a schedule (issue #5 item 4). Safety answers open an urgent task in the same
 * transaction as the answer, like a positive PHQ-9 item 9 (see `scores.ts`).
 */

type Trx = Transaction<DB>;
type AssignmentRow = Selectable<DB['scale_assignments']>;
type CheckInRow = Selectable<DB['daily_check_ins']>;
type SideEffectRow = Selectable<DB['side_effect_reports']>;

/** Side-effect severities a patient reports (the follow-up module's scale, less "none"). */
export type ReportedSeverity = Exclude<SideEffectSeverity, 'none'>;
export const REPORTED_SEVERITIES = [
  'mild',
  'moderate',
  'severe',
  'life-threatening',
] as const satisfies readonly ReportedSeverity[];
const URGENT_SEVERITIES: readonly ReportedSeverity[] = ['severe', 'life-threatening'];

/** An appointment this many days ahead makes a before-visit scale due. */
export const BEFORE_VISIT_DAYS = 3;

/** What the patient is told after an unsafe answer, in plain words. */
export const WHAT_HAPPENS_NEXT_UNSAFE =
  'Your care team has been alerted and someone will contact you today. If you are in danger right now, call 911 or call or text 988 — do not wait for us.';

/** The patient's calendar date in their own time zone (the clinic's when the chart has none). */
export async function patientToday(trx: Trx, patientId: string, now: Date): Promise<string> {
  const patient = await trx
    .selectFrom('patients')
    .select('time_zone')
    .where('id', '=', patientId)
    .executeTakeFirst();
  if (!patient?.time_zone) return clinicToday(trx, now);
  return DateTime.fromJSDate(now, { zone: patient.time_zone }).toISODate() ?? clinicToday(trx, now);
}

/** The clinic's calendar date in its own time zone. */
export async function clinicToday(trx: Trx, now: Date): Promise<string> {
  const org = await trx.selectFrom('organizations').select('time_zone').executeTakeFirst();
  return DateTime.fromJSDate(now, { zone: org?.time_zone ?? 'UTC' }).toISODate() ?? dateOf(now);
}

export interface NewTask {
  kind: TaskKind;
  priority: 'routine' | 'urgent';
  title: string;
  detail: Record<string, unknown>;
}

/** Opens a care-team task (unassigned: the whole team sees it) and audits it, in the caller's transaction. */
export async function openTask(
  trx: Trx,
  principal: Principal,
  patientId: string,
  task: NewTask,
  now: Date,
): Promise<string> {
  const row = await trx
    .insertInto('tasks')
    .values({
      organization_id: principal.organizationId,
      patient_id: patientId,
      kind: task.kind,
      priority: task.priority,
      title: task.title,
      detail: JSON.stringify(task.detail),
      assigned_to: null,
      created_by: principal.userId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(trx, {
    ...actor(principal),
    patientId,
    action: 'create',
    resourceType: 'Task',
    resourceId: row.id,
    outcome: 'success',
    detail: { kind: task.kind, priority: task.priority },
    at: now,
  });
  return row.id;
}

/** The patient's phone and email, copied into safety tasks so the team can call at once. */
export async function patientContact(trx: Trx, patientId: string) {
  const patient = await trx
    .selectFrom('patients')
    .select(['phone', 'email'])
    .where('id', '=', patientId)
    .executeTakeFirstOrThrow();
  return { phone: patient.phone, email: patient.email };
}

/**
 * Visits come from the `appointments` table of migration 0012 when it is installed. Its column
 * names are probed rather than assumed, so this module works before and after that migration.
 */
async function appointmentColumns(trx: Trx): Promise<{ start: string; status: boolean } | null> {
  const result = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = 'appointments'`.execute(trx);
  const names = new Set(result.rows.map((row) => row.column_name));
  if (!names.has('patient_id')) return null;
  const start = ['starts_at', 'start_at', 'start', 'scheduled_at', 'scheduled_for'].find((name) =>
    names.has(name),
  );
  return start ? { start, status: names.has('status') } : null;
}

const CANCELLED = ['cancelled', 'canceled', 'entered-in-error', 'noshow', 'no-show'];
const ATTENDED = ['fulfilled', 'completed', 'checked-in', 'arrived', 'signed'];

/** The next visit within `days`, or null (also null when no appointment data exists). */
export async function nextVisit(trx: Trx, patientId: string, now: Date, days: number): Promise<Date | null> {
  const columns = await appointmentColumns(trx);
  if (!columns) return null;
  const start = sql.ref(columns.start);
  const until = new Date(now.getTime() + days * 86_400_000);
  const status = columns.status ? sql`and coalesce(status, '') not in (${sql.join(CANCELLED)})` : sql``;
  const result = await sql<{ at: Date | string | null }>`
    select min(${start}) as at from appointments
    where patient_id = ${patientId}::uuid and ${start} > ${now} and ${start} <= ${until} ${status}`.execute(
    trx,
  );
  const at = result.rows[0]?.at;
  return at ? new Date(at) : null;
}

/** The last attended visit's date (YYYY-MM-DD), or null when none is on record. */
export async function lastVisitDate(trx: Trx, patientId: string, now: Date): Promise<string | null> {
  const columns = await appointmentColumns(trx);
  if (!columns) return null;
  const start = sql.ref(columns.start);
  const status = columns.status ? sql`and status in (${sql.join(ATTENDED)})` : sql``;
  const result = await sql<{ at: Date | string | null }>`
    select max(${start}) as at from appointments
    where patient_id = ${patientId}::uuid and ${start} <= ${now} ${status}`.execute(trx);
  const at = result.rows[0]?.at;
  return at ? dateOf(at) : null;
}

function toAssignment(row: AssignmentRow) {
  return {
    id: row.id,
    version: row.version,
    patientId: row.patient_id,
    instrument: row.instrument,
    cadence: row.cadence,
    intervalDays: row.interval_days,
    phase: row.phase,
    effectiveIntervalDays: intervalOf(row),
    beforeVisit: row.before_visit,
    startDate: row.start_date,
    active: row.active,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

const intervalOf = (row: Pick<AssignmentRow, 'cadence' | 'interval_days' | 'phase'>) =>
  row.cadence === 'interval'
    ? (row.interval_days ?? SCALE_PHASE_INTERVAL_DAYS.acute)
    : SCALE_PHASE_INTERVAL_DAYS[row.phase ?? 'acute'];

const addDays = (day: string, days: number) =>
  DateTime.fromISO(day, { zone: 'UTC' }).plus({ days }).toISODate()!;

/** Check-in fields that reveal substance use: released only to principals with `substance-use` access. */
function toCheckIn(row: CheckInRow, showSubstanceUse: boolean) {
  return {
    id: row.id,
    patientId: row.patient_id,
    date: row.check_in_date,
    mood: row.mood,
    anxiety: row.anxiety,
    sleepHours: row.sleep_hours === null ? null : Number(row.sleep_hours),
    sleepQuality: row.sleep_quality,
    ...(showSubstanceUse
      ? {
          cravings: row.cravings,
          substanceUse: row.substance_use,
          substanceUseDetail: row.substance_use_detail,
        }
      : { substanceUseWithheld: true as const }),
    sideEffects: row.side_effects,
    note: row.note,
    safe: row.safe,
    safetyTaskId: row.safety_task_id,
    createdAt: iso(row.created_at),
  };
}

function toSideEffect(row: SideEffectRow & { display_name?: string | null }) {
  return {
    id: row.id,
    patientId: row.patient_id,
    symptom: row.symptom,
    severity: row.severity,
    since: row.since,
    medicationOrderId: row.medication_order_id,
    medication: row.display_name ?? null,
    note: row.note,
    taskId: row.task_id,
    createdAt: iso(row.created_at),
  };
}

export interface AssignmentInput {
  instrument: string;
  cadence: 'interval' | 'phase';
  intervalDays?: number | null | undefined;
  phase?: 'acute' | 'stable' | null | undefined;
  beforeVisit?: boolean | undefined;
  startDate?: string | undefined;
}

export interface AssignmentChange {
  cadence?: 'interval' | 'phase' | undefined;
  intervalDays?: number | null | undefined;
  phase?: 'acute' | 'stable' | null | undefined;
  beforeVisit?: boolean | undefined;
  active?: boolean | undefined;
}

export interface CheckInInput {
  mood?: number | null | undefined;
  anxiety?: number | null | undefined;
  sleepHours?: number | null | undefined;
  sleepQuality?: number | null | undefined;
  cravings?: number | null | undefined;
  substanceUse?: boolean | null | undefined;
  substanceUseDetail?: string | null | undefined;
  sideEffects?: CheckInSideEffect[] | undefined;
  note?: string | null | undefined;
  safe: boolean;
}

export interface SideEffectInput {
  symptom: string;
  severity: ReportedSeverity;
  since?: string | null | undefined;
  medicationOrderId?: string | null | undefined;
  note?: string | null | undefined;
}

export interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
}

function cadenceFields(
  cadence: 'interval' | 'phase',
  intervalDays: number | null,
  phase: 'acute' | 'stable' | null,
) {
  if (cadence === 'interval' && intervalDays === null) {
    throw new AppError('validation', 'An every-N-days schedule needs the number of days.', [
      { field: 'body.intervalDays', message: 'required when cadence is "interval"' },
    ]);
  }
  if (cadence === 'phase' && phase === null) {
    throw new AppError('validation', 'A phase-based schedule needs the phase (acute or stable).', [
      { field: 'body.phase', message: 'required when cadence is "phase"' },
    ]);
  }
  return cadence === 'interval'
    ? { cadence, interval_days: intervalDays, phase: null }
    : { cadence, interval_days: null, phase };
}

function requireOwnPatient(principal: Principal): string {
  if (!principal.patientId)
    throw new AppError('not-found', 'This account is not linked to a patient record.');
  return principal.patientId;
}

export function createBetweenVisitsService(deps: Deps) {
  const { db } = deps;
  const now = () => deps.clock.now();

  // ——— Scale assignments ———

  async function listAssignments(principal: Principal, patientId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'measures', now());
      const rows = await trx
        .selectFrom('scale_assignments')
        .selectAll()
        .where('patient_id', '=', patientId)
        .orderBy('active', 'desc')
        .orderBy('created_at', 'desc')
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'ScaleAssignment',
        outcome: 'success',
        detail: { results: rows.length },
        at: now(),
      });
      return { items: rows.map(toAssignment) };
    });
  }

  async function createAssignment(principal: Principal, patientId: string, input: AssignmentInput) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'measures', now());
      const instrument = getInstrument(input.instrument)?.id;
      if (!instrument) {
        throw new AppError('validation', `"${input.instrument}" is not an instrument this clinic scores.`, [
          { field: 'body.instrument', message: 'unknown instrument' },
        ]);
      }
      const at = now();
      const row = await trx
        .insertInto('scale_assignments')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          instrument,
          ...cadenceFields(input.cadence, input.intervalDays ?? null, input.phase ?? null),
          before_visit: input.beforeVisit ?? false,
          start_date: input.startDate ?? (await patientToday(trx, patientId, at)),
          created_by: principal.userId,
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'ScaleAssignment',
        resourceId: row.id,
        outcome: 'success',
        detail: { instrument },
        at,
      });
      return toAssignment(row);
    });
  }

  async function updateAssignment(
    principal: Principal,
    patientId: string,
    assignmentId: string,
    versionOf: () => number,
    change: AssignmentChange,
  ) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'measures', now());
      const current = await trx
        .selectFrom('scale_assignments')
        .selectAll()
        .where('id', '=', assignmentId)
        .where('patient_id', '=', patientId)
        .executeTakeFirst();
      if (!current) throw new AppError('not-found', 'Scale assignment was not found.');
      const expected = versionOf();
      const cadence = change.cadence ?? current.cadence;
      const fields = cadenceFields(
        cadence,
        change.intervalDays !== undefined ? change.intervalDays : current.interval_days,
        change.phase !== undefined ? change.phase : current.phase,
      );
      const at = now();
      const row = await trx
        .updateTable('scale_assignments')
        .set({
          ...fields,
          ...(change.beforeVisit !== undefined ? { before_visit: change.beforeVisit } : {}),
          ...(change.active !== undefined ? { active: change.active } : {}),
          updated_by: principal.userId,
          updated_at: at,
          version: sql`version + 1`,
        } as never)
        .where('id', '=', assignmentId)
        .where('version', '=', expected)
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        throw new AppError(
          'conflict',
          `This scale assignment was changed by someone else (now version ${current.version}, you edited version ${expected}). Reload it and try again.`,
        );
      }
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'ScaleAssignment',
        resourceId: row.id,
        outcome: 'success',
        detail: { active: row.active, version: row.version },
        at,
      });
      return toAssignment(row);
    });
  }

  /** Due scales: every active assignment whose next date has come, or a visit is near. */
  async function dueIn(trx: Trx, patientId: string, at: Date) {
    const today = await patientToday(trx, patientId, at);
    const assignments = await trx
      .selectFrom('scale_assignments')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('active', '=', true)
      .execute();
    const visit = assignments.some((row) => row.before_visit)
      ? await nextVisit(trx, patientId, at, BEFORE_VISIT_DAYS)
      : null;
    const due = [];
    const upcoming = [];
    for (const row of assignments) {
      const last = await trx
        .selectFrom('questionnaire_responses')
        .select('authored_at')
        .where('patient_id', '=', patientId)
        .where('instrument', '=', row.instrument)
        .where('status', '=', 'final')
        .orderBy('authored_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      const lastDay = last ? dateOf(last.authored_at) : null;
      // The first one is due on the start date; the next, one interval after the last answer.
      const scheduled =
        lastDay === null || lastDay < row.start_date ? row.start_date : addDays(lastDay, intervalOf(row));
      // Before a visit: due unless answered in the days leading up to it.
      const windowStart = visit === null ? null : new Date(visit.getTime() - BEFORE_VISIT_DAYS * 86_400_000);
      const beforeVisit =
        row.before_visit &&
        windowStart !== null &&
        (last === undefined || new Date(last.authored_at) < windowStart);
      const entry = {
        assignmentId: row.id,
        instrument: row.instrument,
        title: getInstrument(row.instrument)?.title ?? row.instrument,
        dueDate: scheduled,
        lastCompleted: lastDay,
        reason: beforeVisit && scheduled > today ? ('before-visit' as const) : ('schedule' as const),
      };
      if (scheduled <= today || beforeVisit) due.push(entry);
      else upcoming.push(entry);
    }
    const done = await trx
      .selectFrom('daily_check_ins')
      .select('id')
      .where('patient_id', '=', patientId)
      .where('check_in_date', '=', today)
      .where('status', '=', 'final')
      .executeTakeFirst();
    return { today, scales: due, upcoming, dailyCheckInDone: done !== undefined };
  }

  async function due(principal: Principal) {
    const patientId = requireOwnPatient(principal);
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'measures', now());
      const result = await dueIn(trx, patientId, now());
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'ScaleAssignment',
        outcome: 'success',
        detail: { view: 'due', due: result.scales.length },
        at: now(),
      });
      return result;
    });
  }

  // ——— Daily check-ins ———

  async function submitCheckIn(principal: Principal, input: CheckInInput) {
    const patientId = requireOwnPatient(principal);
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'measures', now());
      const at = now();
      const row = await trx
        .insertInto('daily_check_ins')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          check_in_date: await patientToday(trx, patientId, at),
          mood: input.mood ?? null,
          anxiety: input.anxiety ?? null,
          sleep_hours: input.sleepHours ?? null,
          sleep_quality: input.sleepQuality ?? null,
          cravings: input.cravings ?? null,
          substance_use: input.substanceUse ?? null,
          substance_use_detail: input.substanceUse ? (input.substanceUseDetail ?? null) : null,
          side_effects: JSON.stringify(input.sideEffects ?? []),
          note: input.note ?? null,
          safe: input.safe,
          entered_by: principal.userId,
          created_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'DailyCheckIn',
        resourceId: row.id,
        outcome: 'success',
        at,
      });
      // "Are you safe right now?" answered no: the answer and the urgent task commit together.
      let safetyTaskId: string | null = null;
      if (!input.safe) {
        safetyTaskId = await openTask(
          trx,
          principal,
          patientId,
          {
            kind: 'safety',
            priority: 'urgent',
            title: 'Daily check-in: patient answered "not safe right now" — same-day safety contact',
            detail: {
              source: 'daily-check-in',
              checkInId: row.id,
              contact: await patientContact(trx, patientId),
            },
          },
          at,
        );
        await trx
          .updateTable('daily_check_ins')
          .set({ safety_task_id: safetyTaskId })
          .where('id', '=', row.id)
          .execute();
      }
      const severe = (input.sideEffects ?? []).filter((effect) =>
        URGENT_SEVERITIES.includes(effect.severity),
      );
      let sideEffectTaskId: string | null = null;
      if (severe.length > 0) {
        sideEffectTaskId = await openTask(
          trx,
          principal,
          patientId,
          {
            kind: 'side-effect',
            priority: 'urgent',
            title: `Daily check-in: ${severe.map((effect) => `${effect.severity} ${effect.symptom}`).join(', ')}`,
            detail: { source: 'daily-check-in', checkInId: row.id, sideEffects: severe },
          },
          at,
        );
      }
      return {
        checkIn: toCheckIn({ ...row, safety_task_id: safetyTaskId }, true),
        safetyTaskCreated: safetyTaskId !== null,
        sideEffectTaskId,
        ...(safetyTaskId !== null
          ? {
              crisisMessage: CRISIS_MESSAGE,
              crisisResources: CRISIS_RESOURCES,
              whatHappensNext: WHAT_HAPPENS_NEXT_UNSAFE,
            }
          : {}),
      };
    });
  }

  async function listCheckInsIn(trx: Trx, principal: Principal, patientId: string, range: DateRange) {
    const access = await requirePatientAccess(
      trx,
      principal,
      patientId,
      await organizationPolicy(trx),
      'measures',
      now(),
    );
    let query = trx
      .selectFrom('daily_check_ins')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('status', '=', 'final');
    if (range.from) query = query.where('check_in_date', '>=', range.from);
    if (range.to) query = query.where('check_in_date', '<=', range.to);
    const rows = await query.orderBy('created_at', 'desc').limit(400).execute();
    const showSubstanceUse = access.has('substance-use');
    await recordAudit(trx, {
      ...actor(principal),
      patientId,
      action: 'read',
      resourceType: 'DailyCheckIn',
      outcome: 'success',
      detail: { results: rows.length, substanceUseShown: showSubstanceUse },
      at: now(),
    });
    return { items: rows.map((row) => toCheckIn(row, showSubstanceUse)) };
  }

  async function listCheckIns(principal: Principal, patientId: string, range: DateRange) {
    return withTenant(db, principal.organizationId, (trx) =>
      listCheckInsIn(trx, principal, patientId, range),
    );
  }

  async function myCheckIns(principal: Principal, range: DateRange) {
    return listCheckIns(principal, requireOwnPatient(principal), range);
  }

  // ——— Side-effect reports ———

  async function reportSideEffect(principal: Principal, input: SideEffectInput) {
    const patientId = requireOwnPatient(principal);
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        now(),
      );
      let medication: string | null = null;
      if (input.medicationOrderId) {
        const order = await trx
          .selectFrom('medication_orders')
          .select('display_name')
          .where('id', '=', input.medicationOrderId)
          .where('patient_id', '=', patientId)
          .executeTakeFirst();
        if (!order) {
          throw new AppError('validation', 'That medication is not one of yours; choose it from your list.', [
            { field: 'body.medicationOrderId', message: 'not one of your medication orders' },
          ]);
        }
        medication = order.display_name;
      }
      const at = now();
      const row = await trx
        .insertInto('side_effect_reports')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          symptom: input.symptom,
          severity: input.severity,
          since: input.since ?? null,
          medication_order_id: input.medicationOrderId ?? null,
          note: input.note ?? null,
          reported_by: principal.userId,
          created_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'AdverseEvent',
        resourceId: row.id,
        outcome: 'success',
        detail: { severity: input.severity },
        at,
      });
      const urgent = URGENT_SEVERITIES.includes(input.severity);
      const taskId = await openTask(
        trx,
        principal,
        patientId,
        {
          kind: 'side-effect',
          priority: urgent ? 'urgent' : 'routine',
          title: `Side effect reported: ${input.severity} ${input.symptom}${medication ? ` (suspected: ${medication})` : ''}`,
          detail: {
            source: 'side-effect-report',
            reportId: row.id,
            ...(urgent ? { contact: await patientContact(trx, patientId) } : {}),
          },
        },
        at,
      );
      await trx
        .updateTable('side_effect_reports')
        .set({ task_id: taskId })
        .where('id', '=', row.id)
        .execute();
      return {
        report: toSideEffect({ ...row, task_id: taskId, display_name: medication }),
        whatHappensNext:
          input.severity === 'life-threatening'
            ? 'If you have trouble breathing, swelling of the face or throat, a seizure, fainting, or feel you are in danger, call 911 now. Your care team has been alerted.'
            : urgent
              ? 'Your care team has been alerted and will contact you today. Do not stop a medicine on your own unless told to; if it gets worse, call 911.'
              : 'Your care team will review this, usually within two business days, and contact you if anything should change.',
        ...(input.severity === 'life-threatening' ? { crisisResources: CRISIS_RESOURCES } : {}),
      };
    });
  }

  async function listSideEffects(principal: Principal, patientId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        now(),
      );
      const rows = await trx
        .selectFrom('side_effect_reports as s')
        .leftJoin('medication_orders as o', 'o.id', 's.medication_order_id')
        .selectAll('s')
        .select('o.display_name')
        .where('s.patient_id', '=', patientId)
        .where('s.status', '=', 'final')
        .orderBy('s.created_at', 'desc')
        .limit(500)
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'AdverseEvent',
        outcome: 'success',
        detail: { results: rows.length },
        at: now(),
      });
      return { items: rows.map(toSideEffect) };
    });
  }

  async function mySideEffects(principal: Principal) {
    return listSideEffects(principal, requireOwnPatient(principal));
  }

  // ——— Daily nudge ———

  /**
   * Emails each patient with a due scale once per clinic day: a nudge and a link, no health
   * information (not even which scale). The nudge row is written first with ON CONFLICT DO
   * NOTHING, so a second run the same day (another process, a retry) sends nothing.
   */
  async function sweepDueCheckIns(
    at = deps.clock.now(),
    scope: { organizationId?: string | undefined } = {},
  ) {
    const result = await sql<{ organization_id: string; patient_id: string }>`
      select organization_id, patient_id from between_visits_assigned_patients()`.execute(db);
    const portal = `${(deps.config.publicUrl ?? 'http://localhost:8080').replace(/\/+$/, '')}/portal`;
    let sent = 0;
    for (const { organization_id, patient_id } of result.rows) {
      if (scope.organizationId && organization_id !== scope.organizationId) continue;
      const email = await withTenant(db, organization_id, async (trx) => {
        const state = await dueIn(trx, patient_id, at);
        if (state.scales.length === 0) return null;
        const user = await trx
          .selectFrom('users')
          .select('email')
          .where('patient_id', '=', patient_id)
          .where('status', '=', 'active')
          .executeTakeFirst();
        if (!user || !deps.mailer.enabled) return null;
        const claimed = await trx
          .insertInto('check_in_nudges')
          .values({
            organization_id,
            patient_id,
            nudge_date: state.today,
            channel: 'email',
            sent_at: at,
          })
          .onConflict((oc) => oc.doNothing())
          .returning('patient_id')
          .executeTakeFirst();
        return claimed ? user.email : null;
      });
      if (!email) continue;
      await deps.mailer.send({
        to: email,
        subject: 'A check-in is waiting for you',
        text: `Hello,\n\nYour care team has a short check-in waiting for you. Sign in to Titrate to complete it:\n${portal}\n\nIf you are in crisis, call or text 988, or call 911.`,
      });
      sent++;
    }
    return sent;
  }

  return {
    listAssignments,
    createAssignment,
    updateAssignment,
    due,
    submitCheckIn,
    listCheckIns,
    myCheckIns,
    reportSideEffect,
    listSideEffects,
    mySideEffects,
    sweepDueCheckIns,
  };
}

export type BetweenVisitsService = ReturnType<typeof createBetweenVisitsService>;
