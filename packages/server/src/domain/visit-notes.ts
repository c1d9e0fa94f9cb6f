import {
  DEFAULT_TELEHEALTH_POLICY,
  type Drug,
  type FollowUpRecommendation,
  type FollowUpSituation,
  findDrug,
  followUpDiagnoses,
  interpretChange,
  type MedicationChange,
  recommendFollowUp,
  resolveMedication,
  type SafetyRisk,
  type SideEffectSeverity,
  SOURCES,
} from '@titrate/clinical';
import { type Selectable, sql, type Transaction } from 'kysely';
import { DateTime } from 'luxon';
import { withTenant } from '../db/database.js';
import type {
  AppointmentModality,
  DB,
  OrderAction,
  OrderFrequency,
  VisitDecision,
  VisitDecisionKind,
} from '../db/schema.js';
import { type PatientAccess, requirePatientAccess } from './access.js';
import { bookIn, refuseTelehealthIfInPersonRequired, toAppointment } from './appointments.js';
import { actor, recordAudit } from './audit.js';
import { ageOn, iso, isoOrNull, organizationPolicy } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';
import { createReminderService } from './reminders.js';

type Trx = Transaction<DB>;
type NoteRow = Selectable<DB['visit_notes']>;

export interface NotePatch {
  subjective?: string | null | undefined;
  assessment?: string | null | undefined;
  riskLevel?: SafetyRisk | null | undefined;
  decisions?: VisitDecision[] | undefined;
  plan?: string | null | undefined;
}

export interface SignInput {
  /** Preferred modality; refused when the engine requires in person. Default: the engine's. */
  modality?: AppointmentModality | undefined;
  /** A specific time for the next visit, no later than the engine's interval. */
  startsAt?: string | undefined;
  durationMinutes?: number | undefined;
  clinicianId?: string | undefined;
}

/** A decision maps onto the engine's medication-change vocabulary (`keep` is no change). */
const CHANGE_KIND: Record<VisitDecisionKind, MedicationChange['kind'] | null> = {
  keep: null,
  raise: 'dose-increase',
  lower: 'dose-decrease',
  switch: 'switch',
  add: 'start',
  taper: 'taper',
  stop: 'stop',
};

/** Local hour a default next visit is booked at, in the patient's time zone. */
const DEFAULT_VISIT_HOUR = 9;

/** Before a patient's first signed note, orders and side effects this recent count as new. */
const FIRST_NOTE_WINDOW_MS = 30 * 86_400_000;

/** A signed order's action as a medication change (`change-dose` depends on the dose it replaces). */
const ORDER_CHANGE: Partial<Record<OrderAction, MedicationChange['kind']>> = {
  start: 'start',
  switch: 'switch',
  taper: 'taper',
  stop: 'stop',
};

const SIDE_EFFECT_RANK: Record<SideEffectSeverity, number> = {
  none: 0,
  mild: 1,
  moderate: 2,
  severe: 3,
  'life-threatening': 4,
};

interface OrderDose {
  dose_amount: string | null;
  dose_unit: string | null;
  frequency: OrderFrequency;
}

/**
 * Whether a dose change raised or lowered the dose it replaced (amount × times a day, same unit);
 * null when the orders do not say enough to tell, so no direction is guessed.
 */
function doseDirection(before: OrderDose, after: OrderDose): MedicationChange['kind'] | null {
  if (before.dose_amount === null || after.dose_amount === null) return null;
  if ((before.dose_unit ?? '').trim().toLowerCase() !== (after.dose_unit ?? '').trim().toLowerCase())
    return null;
  const timesBefore = before.frequency?.timesPerDay ?? null;
  const timesAfter = after.frequency?.timesPerDay ?? null;
  if ((timesBefore === null) !== (timesAfter === null)) return null;
  const daily = (amount: string, times: number | null) => Number(amount) * (times ?? 1);
  const from = daily(before.dose_amount, timesBefore);
  const to = daily(after.dose_amount, timesAfter);
  if (!Number.isFinite(from) || !Number.isFinite(to) || from === to) return null;
  return to > from ? 'dose-increase' : 'dose-decrease';
}

async function orderChangeKind(
  trx: Trx,
  order: OrderDose & { action: OrderAction; replaces_order_id: string | null },
): Promise<MedicationChange['kind'] | null> {
  if (order.action !== 'change-dose') return ORDER_CHANGE[order.action] ?? null;
  if (!order.replaces_order_id) return null;
  const before = await trx
    .selectFrom('medication_orders')
    .select(['dose_amount', 'dose_unit', 'frequency'])
    .where('id', '=', order.replaces_order_id)
    .executeTakeFirst();
  return before ? doseDirection(before, order) : null;
}

function toNote(row: NoteRow, amendments: Selectable<DB['visit_note_amendments']>[] = []) {
  return {
    id: row.id,
    version: row.version,
    patientId: row.patient_id,
    appointmentId: row.appointment_id,
    authorId: row.author_id,
    status: row.status,
    since: isoOrNull(row.since),
    prefill: row.prefill,
    subjective: row.subjective,
    assessment: row.assessment,
    riskLevel: row.risk_level,
    decisions: row.decisions,
    plan: row.plan,
    recommendation: row.recommendation,
    nextAppointmentId: row.next_appointment_id,
    signedBy: row.signed_by,
    signedAt: isoOrNull(row.signed_at),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    amendments: amendments.map((a) => ({
      id: a.id,
      noteId: a.note_id,
      text: a.text,
      reason: a.reason,
      authorId: a.author_id,
      createdAt: iso(a.created_at),
    })),
  };
}
export type VisitNote = ReturnType<typeof toNote>;

type Adherence = Awaited<ReturnType<ReturnType<typeof createReminderService>['adherence']>>;

/**
 * Everything since `since` (exclusive; null = the whole chart): the note is written from this, so
 * nothing from before the last signed note appears. Scores count when answered or entered since: a
 * paper form answered before the last note but entered after it has not been in any note yet.
 */
async function buildPrefill(trx: Trx, patientId: string, since: Date | null, adherence: Adherence | null) {
  const after = since ?? new Date(0);
  const responses = await trx
    .selectFrom('questionnaire_responses')
    .select(['instrument', 'total', 'band', 'answers', 'authored_at', 'recorded_at'])
    .where('patient_id', '=', patientId)
    .where('status', '=', 'final')
    .where('total', 'is not', null)
    .where((eb) => eb.or([eb('authored_at', '>', after), eb('recorded_at', '>', after)]))
    .orderBy('authored_at')
    .execute();
  const byInstrument = new Map<string, typeof responses>();
  for (const r of responses) byInstrument.set(r.instrument, [...(byInstrument.get(r.instrument) ?? []), r]);
  const scores = [...byInstrument].map(([instrument, rows]) => {
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    let change: ReturnType<typeof interpretChange> | null = null;
    if (rows.length > 1) {
      try {
        change = interpretChange(instrument, first.total!, last.total!);
      } catch {
        // An instrument without change criteria: the two totals still show.
        change = null;
      }
    }
    return {
      instrument,
      count: rows.length,
      first: { total: first.total, band: first.band, at: iso(first.authored_at) },
      last: { total: last.total, band: last.band, at: iso(last.authored_at) },
      // Answered before the last signed note but entered since (a paper form entered late).
      enteredLate: rows.filter((r) => new Date(r.authored_at).getTime() <= after.getTime()).length,
      change,
    };
  });

  const doseEvents = await trx
    .selectFrom('dose_events')
    .select(['status', 'reason'])
    .where('patient_id', '=', patientId)
    .where('status', '<>', 'entered-in-error')
    .where('recorded_at', '>', after)
    .execute();
  const doseCounts: Record<string, number> = {};
  const skipReasons: Record<string, number> = {};
  for (const e of doseEvents) {
    doseCounts[e.status] = (doseCounts[e.status] ?? 0) + 1;
    if (e.status === 'skipped') {
      const reason = e.reason ?? 'unspecified';
      skipReasons[reason] = (skipReasons[reason] ?? 0) + 1;
    }
  }

  const sideEffects = await trx
    .selectFrom('side_effect_reports')
    .select(['id', 'symptom', 'severity', 'since', 'medication_order_id', 'created_at'])
    .where('patient_id', '=', patientId)
    .where('status', '=', 'final')
    .where('created_at', '>', after)
    .orderBy('created_at')
    .execute();
  const messages = await trx
    .selectFrom('messages')
    .select(['id', 'subject', 'body', 'sender_kind', 'not_safe', 'created_at'])
    .where('patient_id', '=', patientId)
    .where('created_at', '>', after)
    .orderBy('created_at')
    .limit(50)
    .execute();
  const labs = await trx
    .selectFrom('observations')
    .select(['id', 'code', 'name', 'value', 'unit', 'diastolic', 'flag', 'effective_at'])
    .where('patient_id', '=', patientId)
    .where('status', '=', 'final')
    .where('effective_at', '>', after)
    .orderBy('effective_at')
    .execute();
  const orders = await trx
    .selectFrom('medication_orders')
    .select(['id', 'drug_name', 'display_name', 'action', 'dose_amount', 'dose_unit', 'status', 'signed_at'])
    .where('patient_id', '=', patientId)
    .where('signed_at', 'is not', null)
    .where('signed_at', '>', after)
    .where('status', '<>', 'entered-in-error')
    .orderBy('signed_at')
    .execute();

  return {
    since: isoOrNull(since),
    scores,
    adherence: adherence
      ? { asOf: adherence.asOf, items: adherence.items }
      : { asOf: null, items: [], note: 'Adherence could not be read for this patient.' },
    doseLog: { counts: doseCounts, skipReasons },
    sideEffects: sideEffects.map((s) => ({
      id: s.id,
      symptom: s.symptom,
      severity: s.severity,
      since: s.since,
      medicationOrderId: s.medication_order_id,
      reportedAt: iso(s.created_at),
    })),
    messages: messages.map((m) => ({
      id: m.id,
      subject: m.subject,
      // A preview: the full thread is in messages.
      preview: m.body.length > 200 ? `${m.body.slice(0, 199)}…` : m.body,
      senderKind: m.sender_kind,
      notSafe: m.not_safe,
      sentAt: iso(m.created_at),
    })),
    labs: labs.map((o) => ({
      id: o.id,
      code: o.code,
      name: o.name,
      value: o.value === null ? null : Number(o.value),
      diastolic: o.diastolic === null ? null : Number(o.diastolic),
      unit: o.unit,
      flag: o.flag,
      effectiveAt: iso(o.effective_at),
    })),
    medicationChanges: orders.map((o) => ({
      orderId: o.id,
      drug: o.drug_name,
      displayName: o.display_name,
      action: o.action,
      doseAmount: o.dose_amount === null ? null : Number(o.dose_amount),
      doseUnit: o.dose_unit,
      status: o.status,
      signedAt: isoOrNull(o.signed_at),
    })),
  };
}

/** `reminders` supplies adherence; pass the app's instance so no second one is built. */
export function createVisitNoteService(
  deps: Deps,
  reminders: Pick<ReturnType<typeof createReminderService>, 'adherence'> = createReminderService(deps),
) {
  const { db } = deps;

  async function access(trx: Trx, principal: Principal, patientId: string, now: Date) {
    return requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'notes', now);
  }

  async function loadNote(trx: Trx, patientId: string, noteId: string) {
    const row = await trx
      .selectFrom('visit_notes')
      .selectAll()
      .where('id', '=', noteId)
      .where('patient_id', '=', patientId)
      .executeTakeFirst();
    if (!row) throw new AppError('not-found', 'Visit note was not found.');
    return row;
  }

  async function amendmentsOf(trx: Trx, noteIds: string[]) {
    if (noteIds.length === 0) return [];
    return trx
      .selectFrom('visit_note_amendments')
      .selectAll()
      .where('note_id', 'in', noteIds)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async function audit(
    trx: Trx,
    principal: Principal,
    patientId: string,
    event: {
      action: 'read' | 'create' | 'update';
      id?: string;
      detail?: Record<string, string | number | boolean | null>;
      at: Date;
    },
  ) {
    await recordAudit(trx, {
      ...actor(principal),
      patientId,
      action: event.action,
      resourceType: 'VisitNote',
      resourceId: event.id ?? null,
      outcome: 'success',
      ...(event.detail ? { detail: event.detail } : {}),
      at: event.at,
    });
  }

  async function list(principal: Principal, patientId: string) {
    const now = deps.clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      await access(trx, principal, patientId, now);
      const rows = await trx
        .selectFrom('visit_notes')
        .selectAll()
        .where('patient_id', '=', patientId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      const amendments = await amendmentsOf(
        trx,
        rows.map((r) => r.id),
      );
      await audit(trx, principal, patientId, { action: 'read', detail: { count: rows.length }, at: now });
      return rows.map((r) =>
        toNote(
          r,
          amendments.filter((a) => a.note_id === r.id),
        ),
      );
    });
  }

  async function get(principal: Principal, patientId: string, noteId: string) {
    const now = deps.clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      await access(trx, principal, patientId, now);
      const row = await loadNote(trx, patientId, noteId);
      await audit(trx, principal, patientId, { action: 'read', id: noteId, at: now });
      return toNote(row, await amendmentsOf(trx, [noteId]));
    });
  }

  async function createDraft(
    principal: Principal,
    patientId: string,
    input: { appointmentId?: string | undefined },
  ) {
    const now = deps.clock.now();
    // Adherence runs in its own transaction (it audits its own read); read it first, so the two
    // transactions never wait on each other. Without medication access the note says so.
    let adherence: Adherence | null = null;
    try {
      adherence = await reminders.adherence(principal, patientId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
    return withTenant(db, principal.organizationId, async (trx) => {
      await access(trx, principal, patientId, now);
      if (input.appointmentId) {
        const appointment = await trx
          .selectFrom('appointments')
          .select('id')
          .where('id', '=', input.appointmentId)
          .where('patient_id', '=', patientId)
          .executeTakeFirst();
        if (!appointment) {
          throw new AppError('validation', 'That appointment is not this patient’s.', [
            { field: 'body.appointmentId', message: 'not an appointment of this patient' },
          ]);
        }
      }
      const last = await trx
        .selectFrom('visit_notes')
        .select('signed_at')
        .where('patient_id', '=', patientId)
        .where('status', '=', 'signed')
        .orderBy('signed_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      const since = last?.signed_at ? new Date(last.signed_at) : null;
      const prefill = await buildPrefill(trx, patientId, since, adherence);
      const row = await trx
        .insertInto('visit_notes')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          appointment_id: input.appointmentId ?? null,
          author_id: principal.userId,
          since,
          prefill: JSON.stringify(prefill),
          decisions: JSON.stringify([]),
          recommendation: JSON.stringify(null),
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, principal, patientId, { action: 'create', id: row.id, at: now });
      return toNote(row);
    });
  }

  function refuseSigned(row: NoteRow) {
    if (row.status === 'signed') {
      throw new AppError('conflict', 'Signed notes cannot be edited; add an amendment.');
    }
  }

  async function validateDecisions(trx: Trx, patientId: string, decisions: VisitDecision[]) {
    for (const [i, d] of decisions.entries()) {
      if (!d.orderId && !d.drug) {
        throw new AppError('validation', 'Each decision names the order or the drug it is about.', [
          { field: `body.decisions.${i}`, message: 'give orderId or drug' },
        ]);
      }
      if (d.orderId) {
        const order = await trx
          .selectFrom('medication_orders')
          .select('id')
          .where('id', '=', d.orderId)
          .where('patient_id', '=', patientId)
          .executeTakeFirst();
        if (!order) {
          throw new AppError('validation', 'That order is not this patient’s.', [
            { field: `body.decisions.${i}.orderId`, message: 'not an order of this patient' },
          ]);
        }
      }
    }
  }

  async function update(
    principal: Principal,
    patientId: string,
    noteId: string,
    versionOf: () => number,
    patch: NotePatch,
  ) {
    const now = deps.clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      await access(trx, principal, patientId, now);
      const row = await loadNote(trx, patientId, noteId);
      refuseSigned(row);
      const expected = versionOf();
      if (patch.decisions) await validateDecisions(trx, patientId, patch.decisions);
      const updated = await trx
        .updateTable('visit_notes')
        .set({
          ...(patch.subjective !== undefined ? { subjective: patch.subjective } : {}),
          ...(patch.assessment !== undefined ? { assessment: patch.assessment } : {}),
          ...(patch.riskLevel !== undefined ? { risk_level: patch.riskLevel } : {}),
          ...(patch.decisions !== undefined ? { decisions: JSON.stringify(patch.decisions) } : {}),
          ...(patch.plan !== undefined ? { plan: patch.plan } : {}),
          updated_at: now,
          version: sql<number>`version + 1`,
        })
        .where('id', '=', noteId)
        .where('version', '=', expected)
        .where('status', '=', 'draft')
        .returningAll()
        .executeTakeFirst();
      if (!updated) {
        throw new AppError(
          'conflict',
          `This note was changed by someone else (now version ${row.version}, you edited version ${expected}). Reload it and try again.`,
        );
      }
      await audit(trx, principal, patientId, {
        action: 'update',
        id: noteId,
        detail: { version: updated.version },
        at: now,
      });
      return toNote(updated);
    });
  }

  /**
   * The engine's situation from the note, the chart and the clock: the note's own decisions and
   * risk level, orders signed since the previous signed note (or the last 30 days), the worst
   * side effect reported in that window, active recorded diagnoses, the latest PHQ-9s, and, when a
   * controlled substance starts, whether it is the first one and an in-person visit took place.
   * `sections`: the caller's chart access (substance-use diagnoses only with that section).
   */
  async function situationFor(
    trx: Trx,
    row: NoteRow,
    now: Date,
    day: string,
    sections: PatientAccess,
  ): Promise<FollowUpSituation> {
    const patient = await trx
      .selectFrom('patients')
      .select('date_of_birth')
      .where('id', '=', row.patient_id)
      .executeTakeFirstOrThrow();
    const windowStart = row.since ? new Date(row.since) : new Date(now.getTime() - FIRST_NOTE_WINDOW_MS);
    const changes = new Map<string, MedicationChange>();
    const addChange = (kind: MedicationChange['kind'], drug: string) => {
      changes.set(`${drug}|${kind}`, { kind, drug });
    };
    /** When each controlled drug starts (orders: when signed; the note's decisions: now). */
    const controlledStarts: Date[] = [];
    const markControlledStart = (kind: MedicationChange['kind'], schedule: Drug['schedule'], at: Date) => {
      if (schedule !== null && (kind === 'start' || kind === 'switch')) controlledStarts.push(at);
    };

    for (const d of row.decisions) {
      const kind = CHANGE_KIND[d.kind];
      if (!kind) continue;
      let drugName = d.drug ?? null;
      if (!drugName && d.orderId) {
        const order = await trx
          .selectFrom('medication_orders')
          .select('drug_name')
          .where('id', '=', d.orderId)
          .executeTakeFirst();
        drugName = order?.drug_name ?? null;
      }
      // A drug the formulary does not know adds no drug-specific interval; the rest still applies.
      const drug = drugName ? findDrug(drugName) : undefined;
      if (drug) {
        addChange(kind, drug.name);
        markControlledStart(kind, drug.schedule, now);
      }
    }

    const orders = await trx
      .selectFrom('medication_orders')
      .select([
        'drug_name',
        'action',
        'dose_amount',
        'dose_unit',
        'frequency',
        'replaces_order_id',
        'signed_at',
      ])
      .where('patient_id', '=', row.patient_id)
      .where('signed_at', 'is not', null)
      .where('signed_at', '>', windowStart)
      .where('signed_at', '<=', now)
      .where('status', 'not in', ['draft', 'entered-in-error'])
      .orderBy('signed_at')
      .execute();
    for (const order of orders) {
      const kind = await orderChangeKind(trx, order);
      if (!kind) continue;
      for (const drug of resolveMedication(order.drug_name).drugs) {
        addChange(kind, drug.name);
        markControlledStart(kind, drug.schedule, new Date(order.signed_at!));
      }
    }

    const reports = await trx
      .selectFrom('side_effect_reports')
      .select('severity')
      .where('patient_id', '=', row.patient_id)
      .where('status', '=', 'final')
      .where('created_at', '>', windowStart)
      .where('created_at', '<=', now)
      .execute();
    const sideEffects = reports.reduce<SideEffectSeverity>(
      (worst, r) => (SIDE_EFFECT_RANK[r.severity] > SIDE_EFFECT_RANK[worst] ? r.severity : worst),
      'none',
    );

    let conditions = trx
      .selectFrom('conditions')
      .select('code')
      .where('patient_id', '=', row.patient_id)
      .where('status', '=', 'recorded')
      .where('clinical_status', '=', 'active');
    // 42 CFR Part 2: a substance-use diagnosis is used only by those allowed to see it.
    if (!sections.has('substance-use')) conditions = conditions.where('substance_use', '=', false);
    const diagnoses = followUpDiagnoses((await conditions.execute()).map((c) => c.code));

    let controlledSubstance: FollowUpSituation['controlledSubstance'];
    if (controlledStarts.length > 0) {
      const first = new Date(Math.min(...controlledStarts.map((d) => d.getTime())));
      const earlier = await trx
        .selectFrom('medication_orders')
        .select('drug_name')
        .where('patient_id', '=', row.patient_id)
        .where('signed_at', 'is not', null)
        .where('signed_at', '<', first)
        .where('status', 'not in', ['draft', 'entered-in-error'])
        .where('action', 'not in', ['stop', 'avoid'])
        .execute();
      const inPerson = await trx
        .selectFrom('appointments')
        .select('id')
        .where('patient_id', '=', row.patient_id)
        .where('modality', '=', 'in-person')
        .where('status', '=', 'fulfilled')
        .where('starts_at', '<=', now)
        .limit(1)
        .executeTakeFirst();
      controlledSubstance = {
        newPrescription: !earlier.some((o) =>
          resolveMedication(o.drug_name).drugs.some((drug) => drug.schedule !== null),
        ),
        inPersonEvaluationDone: Boolean(inPerson),
      };
    }

    const phq9 = await trx
      .selectFrom('questionnaire_responses')
      .select(['total', 'answers'])
      .where('patient_id', '=', row.patient_id)
      .where('instrument', '=', 'PHQ-9')
      .where('status', '=', 'final')
      .where('total', 'is not', null)
      .orderBy('authored_at', 'desc')
      .limit(2)
      .execute();
    const latest = phq9[0];
    const item9 = latest ? Number(latest.answers[8]) : Number.NaN;
    return {
      asOf: day,
      age: ageOn(String(patient.date_of_birth).slice(0, 10), day),
      ...(diagnoses.length > 0 ? { diagnoses } : {}),
      changes: [...changes.values()],
      ...(sideEffects !== 'none' ? { sideEffects } : {}),
      safetyRisk: row.risk_level ?? 'none',
      ...(controlledSubstance ? { controlledSubstance } : {}),
      ...(latest
        ? {
            phq9: {
              total: latest.total!,
              ...(phq9[1] ? { previousTotal: phq9[1].total! } : {}),
              ...(Number.isFinite(item9) ? { item9 } : {}),
            },
          }
        : {}),
    };
  }

  /**
   * What signing this note would book, computed once for both signing and its preview: the engine's
   * recommendation, the modality and time booked when the signer chooses none, and the inputs used.
   */
  async function recommendationFor(trx: Trx, row: NoteRow, now: Date, sections: PatientAccess) {
    const patient = await trx
      .selectFrom('patients')
      .select('time_zone')
      .where('id', '=', row.patient_id)
      .executeTakeFirstOrThrow();
    const zone = patient.time_zone;
    const day = DateTime.fromJSDate(now, { zone }).toISODate() as string;
    const situation = await situationFor(trx, row, now, day, sections);
    const recommendation: FollowUpRecommendation = recommendFollowUp(situation, {
      telehealthPolicy: DEFAULT_TELEHEALTH_POLICY,
      // Preference is decided here, not by the engine: it only says whether in person is required.
    });
    const modality: AppointmentModality =
      recommendation.inPersonRequired || recommendation.modality !== 'telehealth'
        ? 'in-person'
        : 'telehealth';
    // Default: the recommended day at the usual morning hour; the same day means the next free hour.
    let at = DateTime.fromISO(recommendation.nextVisitBy ?? day, { zone }).set({
      hour: DEFAULT_VISIT_HOUR,
      minute: 0,
      second: 0,
      millisecond: 0,
    });
    if (at.toJSDate() <= now) at = DateTime.fromJSDate(now, { zone }).plus({ hours: 1 }).startOf('hour');
    return { recommendation, situation, zone, day, modality, startsAt: at.toJSDate() };
  }

  /** What signing would book now, without signing: for the note's "next visit" panel. */
  async function preview(principal: Principal, patientId: string, noteId: string) {
    const now = deps.clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      const sections = await access(trx, principal, patientId, now);
      const row = await loadNote(trx, patientId, noteId);
      if (row.status === 'signed') {
        throw new AppError(
          'conflict',
          'This note is signed: its recommendation and booking are on the note.',
        );
      }
      const next = await recommendationFor(trx, row, now, sections);
      await audit(trx, principal, patientId, {
        action: 'read',
        id: noteId,
        detail: { recommendation: true },
        at: now,
      });
      const { recommendation: rec } = next;
      return {
        noteId,
        asOf: next.day,
        intervalDays: rec.intervalDays,
        nextVisitBy: rec.nextVisitBy,
        modality: rec.modality,
        inPersonRequired: rec.inPersonRequired,
        levelOfCare: rec.levelOfCare,
        reasons: rec.reasons,
        rules: rec.rules,
        sources: rec.sources.map((id) => ({
          id,
          citation: SOURCES.get(id)?.citation ?? id,
          url: SOURCES.get(id)?.url ?? null,
        })),
        /** What signing books when the signer chooses neither a modality nor a time. */
        booking: { modality: next.modality, startsAt: next.startsAt.toISOString(), timeZone: next.zone },
        /** Signing needs the risk level; until it is recorded the preview assumes none. */
        riskLevelRecorded: row.risk_level !== null,
        inputs: next.situation,
      };
    });
  }

  async function sign(principal: Principal, patientId: string, noteId: string, input: SignInput) {
    const now = deps.clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      const sections = await access(trx, principal, patientId, now);
      const row = await loadNote(trx, patientId, noteId);
      if (row.status === 'signed') throw new AppError('conflict', 'This note is already signed.');
      if (!row.risk_level) {
        throw new AppError('unprocessable', 'Record the risk level before signing: it sets the next visit.', [
          { field: 'riskLevel', message: 'required to sign' },
        ]);
      }
      const next = await recommendationFor(trx, row, now, sections);
      const { recommendation, zone, day } = next;
      if (input.modality === 'telehealth') refuseTelehealthIfInPersonRequired(recommendation);
      const modality: AppointmentModality = input.modality ?? next.modality;
      // Latest acceptable moment: the end of the recommended day in the patient's zone.
      const by = DateTime.fromISO(recommendation.nextVisitBy ?? day, { zone }).endOf('day');
      let startsAt: Date;
      if (input.startsAt) {
        startsAt = new Date(input.startsAt);
        if (Number.isNaN(startsAt.getTime())) {
          throw new AppError('validation', 'Give the time as an ISO date-time.', [
            { field: 'body.startsAt', message: 'must be an ISO date-time' },
          ]);
        }
        if (startsAt > by.toJSDate()) {
          throw new AppError(
            'unprocessable',
            `The next visit is due within ${recommendation.intervalDays} days (by ${recommendation.nextVisitBy}): ${recommendation.reasons[0] ?? ''}`,
            [{ field: 'body.startsAt', message: 'later than the recommended interval' }],
          );
        }
      } else {
        startsAt = next.startsAt;
      }
      const stored = JSON.parse(JSON.stringify(recommendation)) as Record<string, unknown>;
      const appointment = await bookIn(
        trx,
        principal,
        patientId,
        {
          clinicianId: input.clinicianId,
          startsAt: startsAt.toISOString(),
          durationMinutes: input.durationMinutes,
          modality,
          reasonKind: 'follow-up',
          recommendation: stored,
          sourceNoteId: noteId,
        },
        now,
      );
      const signed = await trx
        .updateTable('visit_notes')
        .set({
          status: 'signed',
          signed_by: principal.userId,
          signed_at: now,
          recommendation: JSON.stringify(stored),
          next_appointment_id: appointment.id,
          updated_at: now,
          version: sql<number>`version + 1`,
        })
        .where('id', '=', noteId)
        .where('status', '=', 'draft')
        .returningAll()
        .executeTakeFirst();
      if (!signed) throw new AppError('conflict', 'This note was signed by someone else meanwhile.');
      await audit(trx, principal, patientId, {
        action: 'update',
        id: noteId,
        detail: { signed: true, intervalDays: recommendation.intervalDays, modality },
        at: now,
      });
      const clinician = await trx
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', appointment.clinician_id)
        .executeTakeFirst();
      return {
        note: toNote(signed),
        appointment: toAppointment(appointment, {
          timeZone: zone,
          clinicianName: clinician?.display_name ?? null,
          clinical: true,
        }),
      };
    });
  }

  async function amend(
    principal: Principal,
    patientId: string,
    noteId: string,
    input: { text: string; reason: string },
  ) {
    const now = deps.clock.now();
    return withTenant(db, principal.organizationId, async (trx) => {
      await access(trx, principal, patientId, now);
      const row = await loadNote(trx, patientId, noteId);
      if (row.status !== 'signed') {
        throw new AppError('conflict', 'This note is still a draft: edit it instead of amending it.');
      }
      const amendment = await trx
        .insertInto('visit_note_amendments')
        .values({
          organization_id: principal.organizationId,
          note_id: noteId,
          patient_id: patientId,
          text: input.text,
          reason: input.reason,
          author_id: principal.userId,
          created_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'VisitNoteAmendment',
        resourceId: amendment.id,
        outcome: 'success',
        detail: { note: noteId },
        at: now,
      });
      return toNote(row, await amendmentsOf(trx, [noteId]));
    });
  }

  return { list, get, createDraft, update, preview, sign, amend };
}
export type VisitNoteService = ReturnType<typeof createVisitNoteService>;
