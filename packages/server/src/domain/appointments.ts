import { randomBytes } from 'node:crypto';
import { type Selectable, sql, type Transaction } from 'kysely';
import { DateTime } from 'luxon';
import { withTenant } from '../db/database.js';
import type {
  AppointmentModality,
  AppointmentReasonKind,
  AppointmentStatus,
  DB,
  Role,
} from '../db/schema.js';
import { careTeamPatientIds, patientListScope, requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { iso, organizationPolicy } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { hasAnyRole, type Principal } from './principal.js';

type Trx = Transaction<DB>;
type AppointmentRow = Selectable<DB['appointments']>;

/** Roles that may be booked as the clinician of a visit. */
const CLINICIAN_ROLES: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator', 'therapist'];
/** Roles whose view of an appointment includes its clinical reasons (the follow-up recommendation). */
const CLINICAL_ROLES: readonly Role[] = ['prescriber', 'nurse', 'care-coordinator'];
/** Statuses after which an appointment is history: it can no longer be moved or changed. */
const FINAL_STATUSES: readonly AppointmentStatus[] = ['fulfilled', 'cancelled', 'no-show'];
const DEFAULT_MINUTES = 30;

export interface AppointmentInput {
  clinicianId?: string | undefined;
  startsAt: string;
  endsAt?: string | undefined;
  durationMinutes?: number | undefined;
  modality: AppointmentModality;
  reasonKind: AppointmentReasonKind;
  location?: string | null | undefined;
}

export interface AppointmentChange {
  startsAt?: string | undefined;
  endsAt?: string | undefined;
  modality?: AppointmentModality | undefined;
  clinicianId?: string | undefined;
  location?: string | null | undefined;
  status?: AppointmentStatus | undefined;
  cancelReason?: string | null | undefined;
}

/** The clinic's address and telehealth base URL (`organizations.settings`). */
export interface VisitSettings {
  clinicAddress: string | null;
  telehealthLinkBase: string | null;
}

export async function visitSettings(trx: Trx): Promise<VisitSettings> {
  const org = await trx.selectFrom('organizations').select('settings').executeTakeFirst();
  const s = (org?.settings ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim().length > 0 ? v.trim() : null);
  return { clinicAddress: text(s.clinicAddress), telehealthLinkBase: text(s.telehealthLinkBase) };
}

/** A fresh, unguessable meeting link: the URL itself admits to the visit, so it is never logged. */
function telehealthLink(base: string | null): string | null {
  if (!base) return null;
  return `${base.replace(/\/+$/, '')}/${randomBytes(18).toString('base64url')}`;
}

export function toAppointment(
  row: AppointmentRow,
  view: { timeZone: string; clinicianName: string | null; clinical: boolean },
) {
  const local = (at: Date | string) =>
    DateTime.fromJSDate(new Date(at), { zone: view.timeZone }).toISO({ suppressMilliseconds: true });
  return {
    id: row.id,
    version: row.version,
    patientId: row.patient_id,
    clinicianId: row.clinician_id,
    clinicianName: view.clinicianName,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    /** The same instants in the patient's time zone, for display. */
    timeZone: view.timeZone,
    localStartsAt: local(row.starts_at),
    localEndsAt: local(row.ends_at),
    modality: row.modality,
    location: row.location,
    telehealthUrl: row.telehealth_url,
    status: row.status,
    reasonKind: row.reason_kind,
    cancelReason: row.cancel_reason,
    sourceNoteId: row.source_note_id,
    // Why this interval and modality: clinical reasoning, so only for clinical roles.
    recommendation: view.clinical ? row.recommendation : null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
export type Appointment = ReturnType<typeof toAppointment>;

function parseInstant(value: string, field: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) {
    throw new AppError('validation', 'Give the time as an ISO date-time, e.g. 2026-12-01T15:00:00Z.', [
      { field, message: 'must be an ISO date-time' },
    ]);
  }
  return at;
}

async function requireClinician(trx: Trx, clinicianId: string) {
  const user = await trx
    .selectFrom('users')
    .select(['id', 'display_name', 'status'])
    .where('id', '=', clinicianId)
    .executeTakeFirst();
  const roles = user
    ? (await trx.selectFrom('user_roles').select('role').where('user_id', '=', clinicianId).execute()).map(
        (r) => r.role as Role,
      )
    : [];
  if (!user || user.status === 'disabled' || !roles.some((role) => CLINICIAN_ROLES.includes(role))) {
    throw new AppError('validation', 'Book the visit with an active clinician of this organization.', [
      { field: 'body.clinicianId', message: 'not an active clinician of this organization' },
    ]);
  }
  return user;
}

async function patientTimeZone(trx: Trx, patientId: string): Promise<string> {
  const row = await trx
    .selectFrom('patients')
    .select('time_zone')
    .where('id', '=', patientId)
    .executeTakeFirst();
  return row?.time_zone ?? 'UTC';
}

async function clinicianNames(trx: Trx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await trx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/**
 * Books an appointment inside the caller's transaction (also used by note signing, which books
 * the next visit with the engine's recommendation). Access must already have been checked.
 */
export async function bookIn(
  trx: Trx,
  principal: Principal,
  patientId: string,
  input: AppointmentInput & {
    recommendation?: Record<string, unknown> | null;
    sourceNoteId?: string | null;
  },
  now: Date,
): Promise<AppointmentRow> {
  const clinicianId = input.clinicianId ?? principal.userId;
  await requireClinician(trx, clinicianId);
  const startsAt = parseInstant(input.startsAt, 'body.startsAt');
  const endsAt = input.endsAt
    ? parseInstant(input.endsAt, 'body.endsAt')
    : new Date(startsAt.getTime() + (input.durationMinutes ?? DEFAULT_MINUTES) * 60_000);
  if (endsAt <= startsAt) {
    throw new AppError('validation', 'The visit must end after it starts.', [
      { field: 'body.endsAt', message: 'must be after startsAt' },
    ]);
  }
  if (startsAt < now) {
    throw new AppError('validation', 'Book visits in the future.', [
      { field: 'body.startsAt', message: 'must be in the future' },
    ]);
  }
  const settings = await visitSettings(trx);
  const row = await trx
    .insertInto('appointments')
    .values({
      organization_id: principal.organizationId,
      patient_id: patientId,
      clinician_id: clinicianId,
      starts_at: startsAt,
      ends_at: endsAt,
      modality: input.modality,
      location: input.modality === 'in-person' ? (input.location ?? settings.clinicAddress) : null,
      telehealth_url: input.modality === 'telehealth' ? telehealthLink(settings.telehealthLinkBase) : null,
      reason_kind: input.reasonKind,
      recommendation: JSON.stringify(input.recommendation ?? null),
      source_note_id: input.sourceNoteId ?? null,
      created_by: principal.userId,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // No link, address or reason in the audit detail: times and modality only.
  await recordAudit(trx, {
    ...actor(principal),
    patientId,
    action: 'create',
    resourceType: 'Appointment',
    resourceId: row.id,
    outcome: 'success',
    detail: {
      modality: row.modality,
      startsAt: iso(row.starts_at),
      source: input.sourceNoteId ? 'visit-note' : 'booking',
    },
    at: now,
  });
  return row;
}

/** The engine said in person: refuse a telehealth booking with the engine's own reasons. */
export function refuseTelehealthIfInPersonRequired(recommendation: unknown) {
  const rec = recommendation as {
    inPersonRequired?: boolean;
    rules?: { inPersonRequired?: boolean; reason?: string }[];
  } | null;
  if (!rec?.inPersonRequired) return;
  const reasons = (rec.rules ?? []).filter((r) => r.inPersonRequired).map((r) => r.reason ?? '');
  throw new AppError(
    'unprocessable',
    `This visit must be in person: ${reasons.filter(Boolean).join(' ') || 'the follow-up recommendation requires it.'}`,
    [{ field: 'body.modality', message: 'in person required' }],
  );
}

export function createAppointmentService(deps: Deps) {
  const { db } = deps;

  async function viewOf(trx: Trx, principal: Principal, rows: AppointmentRow[], clinical: boolean) {
    const names = await clinicianNames(
      trx,
      rows.map((r) => r.clinician_id),
    );
    const zones = new Map<string, string>();
    for (const id of new Set(rows.map((r) => r.patient_id))) zones.set(id, await patientTimeZone(trx, id));
    return rows.map((row) =>
      toAppointment(row, {
        timeZone: zones.get(row.patient_id) ?? 'UTC',
        clinicianName: names.get(row.clinician_id) ?? null,
        clinical: clinical && hasAnyRole(principal, CLINICAL_ROLES),
      }),
    );
  }

  async function listFor(principal: Principal, patientId: string, options: { upcomingOnly?: boolean } = {}) {
    const now = deps.clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      const access = await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'appointments',
        now,
      );
      let query = trx.selectFrom('appointments').selectAll().where('patient_id', '=', patientId);
      if (options.upcomingOnly) {
        query = query.where('ends_at', '>=', now).where('status', 'in', ['booked', 'arrived']);
      }
      const rows = await query.orderBy('starts_at').orderBy('id').execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'Appointment',
        outcome: 'success',
        detail: { count: rows.length },
        at: now,
      });
      return viewOf(trx, principal, rows, access.has('notes') && !principal.roles.includes('patient'));
    });
  }

  async function book(principal: Principal, patientId: string, input: AppointmentInput) {
    const now = deps.clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'appointments',
        now,
      );
      const row = await bookIn(trx, principal, patientId, input, now);
      return (await viewOf(trx, principal, [row], false))[0]!;
    });
  }

  async function change(
    principal: Principal,
    patientId: string,
    appointmentId: string,
    versionOf: () => number,
    input: AppointmentChange,
  ) {
    const now = deps.clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'appointments',
        now,
      );
      const row = await trx
        .selectFrom('appointments')
        .selectAll()
        .where('id', '=', appointmentId)
        .where('patient_id', '=', patientId)
        .executeTakeFirst();
      if (!row) throw new AppError('not-found', 'Appointment was not found.');
      const expected = versionOf();
      if (FINAL_STATUSES.includes(row.status)) {
        throw new AppError(
          'conflict',
          `This appointment is ${row.status}; book a new one instead of changing it.`,
        );
      }
      if (input.status === 'cancelled' && !input.cancelReason) {
        throw new AppError('validation', 'Say why the appointment is cancelled.', [
          { field: 'body.cancelReason', message: 'required when cancelling' },
        ]);
      }
      if (input.modality === 'telehealth' && row.modality !== 'telehealth') {
        refuseTelehealthIfInPersonRequired(row.recommendation);
      }
      if (input.clinicianId) await requireClinician(trx, input.clinicianId);
      const startsAt = input.startsAt
        ? parseInstant(input.startsAt, 'body.startsAt')
        : new Date(row.starts_at);
      const duration = new Date(row.ends_at).getTime() - new Date(row.starts_at).getTime();
      const endsAt = input.endsAt
        ? parseInstant(input.endsAt, 'body.endsAt')
        : input.startsAt
          ? new Date(startsAt.getTime() + duration)
          : new Date(row.ends_at);
      if (endsAt <= startsAt) {
        throw new AppError('validation', 'The visit must end after it starts.', [
          { field: 'body.endsAt', message: 'must be after startsAt' },
        ]);
      }
      if (input.startsAt && startsAt < now) {
        throw new AppError('validation', 'Move visits to a time in the future.', [
          { field: 'body.startsAt', message: 'must be in the future' },
        ]);
      }
      const settings = await visitSettings(trx);
      const modality = input.modality ?? row.modality;
      const modalityChanged = modality !== row.modality;
      const updated = await trx
        .updateTable('appointments')
        .set({
          starts_at: startsAt,
          ends_at: endsAt,
          modality,
          ...(input.clinicianId ? { clinician_id: input.clinicianId } : {}),
          ...(modalityChanged
            ? {
                location: modality === 'in-person' ? (input.location ?? settings.clinicAddress) : null,
                telehealth_url:
                  modality === 'telehealth' ? telehealthLink(settings.telehealthLinkBase) : null,
              }
            : input.location !== undefined && modality === 'in-person'
              ? { location: input.location }
              : {}),
          ...(input.status ? { status: input.status } : {}),
          ...(input.status === 'cancelled' ? { cancel_reason: input.cancelReason ?? null } : {}),
          updated_at: now,
          version: sql<number>`version + 1`,
        })
        .where('id', '=', appointmentId)
        .where('version', '=', expected)
        .returningAll()
        .executeTakeFirst();
      if (!updated) {
        throw new AppError(
          'conflict',
          `This appointment was changed by someone else (now version ${row.version}, you edited version ${expected}). Reload it and try again.`,
        );
      }
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'Appointment',
        resourceId: appointmentId,
        outcome: 'success',
        detail: {
          status: updated.status,
          moved: input.startsAt !== undefined || input.endsAt !== undefined,
          modality: updated.modality,
          version: updated.version,
        },
        at: now,
      });
      return (await viewOf(trx, principal, [updated], true))[0]!;
    });
  }

  /** The clinic's schedule: administrative fields only, scoped like the patient list. */
  async function schedule(
    principal: Principal,
    query: { from?: string | undefined; to?: string | undefined; clinicianId?: string | undefined },
  ) {
    const now = deps.clock.now();
    const from = query.from
      ? parseInstant(query.from, 'query.from')
      : DateTime.fromJSDate(now).startOf('day').toJSDate();
    const to = query.to ? parseInstant(query.to, 'query.to') : new Date(from.getTime() + 7 * 86_400_000);
    if (to <= from || to.getTime() - from.getTime() > 92 * 86_400_000) {
      throw new AppError('validation', 'Ask for a range of at most 92 days, with `to` after `from`.', [
        { field: 'query.to', message: 'must be after from, within 92 days' },
      ]);
    }
    return withTenant(db, principal.organizationId, async (trx) => {
      const scope = patientListScope(principal, await organizationPolicy(trx));
      if (scope.kind !== 'organization' && scope.kind !== 'care-team') return { items: [] };
      let q = trx
        .selectFrom('appointments as a')
        .innerJoin('patients as p', 'p.id', 'a.patient_id')
        .innerJoin('users as u', 'u.id', 'a.clinician_id')
        .select([
          'a.id',
          'a.version',
          'a.patient_id',
          'a.clinician_id',
          'a.starts_at',
          'a.ends_at',
          'a.modality',
          'a.location',
          'a.status',
          'a.reason_kind',
          'p.given_name',
          'p.family_name',
          'p.preferred_name',
          'p.mrn',
          'p.time_zone',
          'u.display_name as clinician_name',
        ])
        .where('a.starts_at', '>=', from)
        .where('a.starts_at', '<', to);
      if (scope.kind === 'care-team') {
        q = q.where('a.patient_id', 'in', careTeamPatientIds(trx, scope.userId));
      }
      if (query.clinicianId) q = q.where('a.clinician_id', '=', query.clinicianId);
      const rows = await q.orderBy('a.starts_at').orderBy('a.id').limit(1000).execute();
      await recordAudit(trx, {
        ...actor(principal),
        action: 'search',
        resourceType: 'Appointment',
        outcome: 'success',
        detail: { view: 'schedule', results: rows.length },
        at: now,
      });
      return {
        items: rows.map((r) => ({
          id: r.id,
          version: r.version,
          patient: {
            id: r.patient_id,
            mrn: r.mrn,
            givenName: r.given_name,
            familyName: r.family_name,
            preferredName: r.preferred_name,
            timeZone: r.time_zone,
          },
          clinicianId: r.clinician_id,
          clinicianName: r.clinician_name,
          startsAt: iso(r.starts_at),
          endsAt: iso(r.ends_at),
          modality: r.modality,
          location: r.location,
          status: r.status,
          reasonKind: r.reason_kind,
        })),
      };
    });
  }

  const selfPatient = (principal: Principal) => {
    if (!principal.patientId)
      throw new AppError('not-found', 'This account is not linked to a patient record.');
    return principal.patientId;
  };

  async function ownAppointment(trx: Trx, principal: Principal, appointmentId: string, now: Date) {
    const patientId = selfPatient(principal);
    await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'appointments', now);
    const row = await trx
      .selectFrom('appointments')
      .selectAll()
      .where('id', '=', appointmentId)
      // Another patient's appointment is simply not found.
      .where('patient_id', '=', patientId)
      .executeTakeFirst();
    if (!row) throw new AppError('not-found', 'Appointment was not found.');
    return { row, patientId };
  }

  async function calendar(principal: Principal, appointmentId: string) {
    const now = deps.clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      const { row, patientId } = await ownAppointment(trx, principal, appointmentId, now);
      const org = await trx.selectFrom('organizations').select('name').executeTakeFirst();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'export',
        resourceType: 'Appointment',
        resourceId: row.id,
        outcome: 'success',
        detail: { format: 'ics' },
        at: now,
      });
      return appointmentIcs(row, { organizationName: org?.name ?? 'Your clinic', now });
    });
  }

  async function requestReschedule(
    principal: Principal,
    appointmentId: string,
    input: { preferredTimes: string[]; note?: string | null | undefined },
  ) {
    const now = deps.clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      const { row, patientId } = await ownAppointment(trx, principal, appointmentId, now);
      if (row.status !== 'booked') {
        throw new AppError('conflict', `This appointment is ${row.status}; it can no longer be rescheduled.`);
      }
      const preferred = input.preferredTimes.map((t, i) => iso(parseInstant(t, `body.preferredTimes.${i}`)));
      const task = await trx
        .insertInto('tasks')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          kind: 'appointment',
          priority: 'routine',
          title: 'Reschedule request from the patient',
          detail: JSON.stringify({
            appointmentId: row.id,
            currentStartsAt: iso(row.starts_at),
            preferredTimes: preferred,
            note: input.note ?? null,
          }),
          assigned_to: null,
          created_by: principal.userId,
          created_at: now,
          updated_at: now,
        })
        .returning(['id', 'status', 'created_at'])
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'Task',
        resourceId: task.id,
        outcome: 'success',
        detail: { kind: 'appointment', appointment: row.id, options: preferred.length },
        at: now,
      });
      return {
        taskId: task.id,
        status: task.status,
        appointmentId: row.id,
        preferredTimes: preferred,
        createdAt: iso(task.created_at),
      };
    });
  }

  return {
    list: (principal: Principal, patientId: string) => listFor(principal, patientId),
    mine: (principal: Principal) => listFor(principal, selfPatient(principal), { upcomingOnly: true }),
    /** Upcoming appointments of a patient the principal may see (a guardian's view). */
    upcoming: (principal: Principal, patientId: string) =>
      listFor(principal, patientId, { upcomingOnly: true }),
    book,
    change,
    schedule,
    calendar,
    requestReschedule,
  };
}
export type AppointmentService = ReturnType<typeof createAppointmentService>;

// ——— iCalendar (RFC 5545) ———

/** TEXT escaping (RFC 5545 §3.3.11). */
function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never splitting a UTF-8 character (§3.1). */
function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const icsUtc = (at: Date | string) =>
  new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * One VEVENT. The summary and description carry no diagnosis, drug or reason: calendars are
 * synced to third parties and shown on lock screens.
 */
export function appointmentIcs(
  row: AppointmentRow,
  options: { organizationName: string; now: Date },
): string {
  // The telehealth link admits to the visit: it stays in the portal, not in synced calendars.
  const where = row.modality === 'telehealth' ? 'Video visit (link in your patient portal)' : row.location;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Titrate//Appointments//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${row.id}@titrate`,
    `DTSTAMP:${icsUtc(options.now)}`,
    `DTSTART:${icsUtc(row.starts_at)}`,
    `DTEND:${icsUtc(row.ends_at)}`,
    `SEQUENCE:${row.version - 1}`,
    `SUMMARY:${icsText('Appointment with your care team')}`,
    `DESCRIPTION:${icsText(
      row.modality === 'telehealth'
        ? `Video visit with ${options.organizationName}. Join from the link in your patient portal.`
        : `Visit at ${options.organizationName}.`,
    )}`,
    ...(where ? [`LOCATION:${icsText(where)}`] : []),
    `STATUS:${row.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
