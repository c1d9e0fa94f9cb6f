import {
  DEFAULT_ADEQUATE_TRIAL_WEEKS,
  findDrug,
  getInstrument,
  interpretSeries,
  type ScaleAnswer,
  ScaleInputError,
  type ScoreResult,
  scoreInstrument,
} from '@titrate/clinical';
import type { Selectable, Transaction } from 'kysely';
import { DateTime } from 'luxon';
import { withTenant } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { dateOf, daysBetween, iso, organizationPolicy } from './care-context.js';
import { CRISIS_MESSAGE, CRISIS_RESOURCES } from './crisis.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { dailyMg } from './orders.js';
import type { Principal } from './principal.js';

type ResponseRow = Selectable<DB['questionnaire_responses']>;

/** A date-time this far ahead of the server's clock is clock skew, not the future. */
const CLOCK_SKEW_MS = 60_000;
/** A date without a time is taken as midday in the patient's zone: the same calendar day in any view. */
const DATE_ONLY_HOUR = 12;

export interface SubmitOptions {
  /** When the scale was answered (ISO date or date-time), for a paper form entered later in clinic. */
  authoredAt?: string | undefined;
}

/**
 * The moment a back-dated response was answered. A date alone is midday in the patient's zone, or
 * now when that is still ahead (today). Refused when in the future or before the date of birth: the
 * person entering it can fix the date.
 */
function authoredMoment(
  input: string,
  patient: { date_of_birth: string; time_zone: string },
  clinicZone: string,
  now: Date,
): Date {
  const refuse = (message: string, detail: string) =>
    new AppError('validation', message, [{ field: 'body.authoredAt', message: detail }]);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(input);
  const parsed = dateOnly
    ? DateTime.fromISO(input, { zone: patient.time_zone }).set({ hour: DATE_ONLY_HOUR })
    : DateTime.fromISO(input, { setZone: true });
  if (!parsed.isValid) {
    throw refuse('Give the date the scale was answered as YYYY-MM-DD or an ISO date-time.', 'not a date');
  }
  let at = parsed.toJSDate();
  if (dateOnly) {
    // "Today" is the patient's or the clinic's (their zones can be a day apart) and is stored as now.
    const [patientToday, clinicToday] = [patient.time_zone, clinicZone].map(
      (zone) => DateTime.fromJSDate(now, { zone }).toISODate() ?? dateOf(now),
    ) as [string, string];
    if (input > patientToday && input > clinicToday) {
      throw refuse(
        `The date given (${input}) is in the future: enter the day the patient answered, today or earlier.`,
        'in the future',
      );
    }
    if (input >= patientToday) at = now;
  } else if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw refuse(
      'The time given is in the future: enter when the patient answered, now or earlier.',
      'in the future',
    );
  }
  if (at > now) at = now;
  const born = String(patient.date_of_birth).slice(0, 10);
  const day = DateTime.fromJSDate(at, { zone: patient.time_zone }).toISODate() ?? dateOf(at);
  if (day < born) {
    throw refuse(
      `The date given (${day}) is before the patient's date of birth (${born}): check the date.`,
      'before the date of birth',
    );
  }
  return at;
}

/** Flags that mean a positive suicide-risk screen: the care team must act the same day. */
export function safetyFlags(result: ScoreResult) {
  return result.flags.filter(
    (flag) => flag.code === 'suicidal-ideation' || flag.code.startsWith('suicide-risk-'),
  );
}

function toResponse(row: ResponseRow) {
  return {
    id: row.id,
    patientId: row.patient_id,
    instrument: row.instrument,
    answers: row.answers,
    total: row.total,
    band: row.band,
    positive: row.positive,
    risk: row.risk,
    flags: row.flags,
    complete: row.complete,
    enteredBy: row.entered_by,
    enteredByKind: row.entered_by_kind,
    status: row.status,
    authoredAt: iso(row.authored_at),
  };
}

/** Turns the scales module's input errors into a 422 naming the item. */
function score(instrument: string, answers: ScaleAnswer[], sex: 'female' | 'male' | undefined) {
  try {
    return scoreInstrument(instrument, answers, sex ? { sex } : {});
  } catch (error) {
    if (error instanceof ScaleInputError) {
      const field =
        error.field === 'answers' && error.item !== null ? `answers[${error.item - 1}]` : error.field;
      throw new AppError('unprocessable', error.message, [{ field, message: error.message }]);
    }
    throw error;
  }
}

export function createScoreService(deps: Deps) {
  const { db } = deps;

  async function submitIn(
    trx: Transaction<DB>,
    principal: Principal,
    patientId: string,
    instrument: string,
    answers: ScaleAnswer[],
    options: SubmitOptions = {},
  ) {
    await requirePatientAccess(
      trx,
      principal,
      patientId,
      await organizationPolicy(trx),
      'measures',
      deps.clock.now(),
    );
    const patient = await trx
      .selectFrom('patients')
      .select(['sex_assigned_at_birth', 'phone', 'email', 'date_of_birth', 'time_zone'])
      .where('id', '=', patientId)
      .executeTakeFirstOrThrow();
    const sex = patient.sex_assigned_at_birth;
    const result = score(instrument, answers, sex === 'female' || sex === 'male' ? sex : undefined);
    const now = deps.clock.now();
    const byPatient = principal.roles.includes('patient') && principal.patientId === patientId;
    // Only staff enter a paper form after the fact; a patient's own answers are always "now".
    let authoredAt = now;
    if (options.authoredAt !== undefined && !byPatient) {
      const org = await trx.selectFrom('organizations').select('time_zone').executeTakeFirst();
      authoredAt = authoredMoment(options.authoredAt, patient, org?.time_zone ?? 'UTC', now);
    }
    const backDated = authoredAt.getTime() < now.getTime();
    const answeredDay =
      DateTime.fromJSDate(authoredAt, { zone: patient.time_zone }).toISODate() ?? dateOf(authoredAt);
    const row = await trx
      .insertInto('questionnaire_responses')
      .values({
        organization_id: principal.organizationId,
        patient_id: patientId,
        instrument: result.instrument,
        answers: JSON.stringify(answers),
        total: result.total,
        band: result.band,
        positive: result.positive,
        risk: result.risk,
        flags: JSON.stringify(result.flags),
        complete: result.complete,
        entered_by: principal.userId,
        entered_by_kind: byPatient ? 'patient' : 'staff',
        authored_at: authoredAt,
        recorded_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      ...actor(principal),
      patientId,
      action: 'create',
      resourceType: 'QuestionnaireResponse',
      resourceId: row.id,
      outcome: 'success',
      detail: {
        instrument: result.instrument,
        ...(backDated ? { authoredAt: authoredAt.toISOString(), backDated: true } : {}),
      },
      at: now,
    });

    // A positive suicide-risk answer opens an urgent task for the care team in the same
    // transaction: the answer and the task are stored together or not at all. A back-dated form
    // too: the task is opened now, since nobody has acted on the answer yet.
    const flags = safetyFlags(result);
    let taskId: string | null = null;
    if (flags.length > 0) {
      const first = flags[0]!;
      const items = getInstrument(result.instrument)?.items ?? [];
      const trigger = flags.map((flag) => {
        const item = flag.item === null ? undefined : items[flag.item - 1];
        return {
          code: flag.code,
          severity: flag.severity,
          item: flag.item,
          itemText: item?.text ?? null,
          answer: flag.item === null ? null : (answers[flag.item - 1] ?? null),
          message: flag.message,
        };
      });
      const headline =
        result.instrument === 'C-SSRS'
          ? `C-SSRS screen positive (${result.risk ?? 'risk'}): same-day safety review`
          : `${result.instrument} item ${first.item ?? ''} positive: same-day safety review`.replace(
              '  ',
              ' ',
            );
      const task = await trx
        .insertInto('tasks')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          kind: 'safety',
          priority: 'urgent',
          title: backDated ? `${headline} (answered ${answeredDay})` : headline,
          detail: JSON.stringify({
            instrument: result.instrument,
            responseId: row.id,
            authoredAt: authoredAt.toISOString(),
            trigger,
            contact: { phone: patient.phone, email: patient.email },
          }),
          source_response_id: row.id,
          // Unassigned: the whole care team sees it until someone takes it.
          assigned_to: null,
          created_by: principal.userId,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      taskId = task.id;
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'Task',
        resourceId: task.id,
        outcome: 'success',
        detail: { kind: 'safety', priority: 'urgent', responseId: row.id },
        at: now,
      });
    }
    return {
      ...toResponse(row),
      safetyTaskCreated: taskId !== null,
      safetyTaskId: taskId,
      ...(taskId !== null ? { crisisMessage: CRISIS_MESSAGE, crisisResources: CRISIS_RESOURCES } : {}),
    };
  }

  async function submit(
    principal: Principal,
    patientId: string,
    instrument: string,
    answers: ScaleAnswer[],
    options: SubmitOptions = {},
  ) {
    return withTenant(db, principal.organizationId, (trx) =>
      submitIn(trx, principal, patientId, instrument, answers, options),
    );
  }

  /** "No adequate response after an adequate trial": PHQ-9 not responding on an antidepressant
   * taken ≥ 6 weeks (or the drug's own trial length) at a dose within its therapeutic range. */
  async function inadequateTrial(trx: Transaction<DB>, patientId: string, response: boolean | null) {
    if (response !== false) return [];
    const rows = await trx
      .selectFrom('medication_orders')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('status', '=', 'active')
      .execute();
    const trials = [];
    for (const row of rows) {
      const drug = findDrug(row.drug_name);
      if (!drug?.classes.includes('antidepressant')) continue;
      const daily = dailyMg(row);
      const minimum = drug.dose.minEffectiveDailyMg ?? drug.dose.usualDailyMg.min;
      const weeks = drug.dose.adequateTrialWeeks ?? DEFAULT_ADEQUATE_TRIAL_WEEKS;
      const since = row.start_date ?? row.signed_at ?? row.created_at;
      const days = daysBetween(since, deps.clock.now());
      if (daily !== null && daily >= minimum && days >= weeks * 7) {
        trials.push({ orderId: row.id, drug: drug.name, dailyMg: daily, weeks: Math.floor(days / 7) });
      }
    }
    return trials;
  }

  async function listIn(trx: Transaction<DB>, principal: Principal, patientId: string, instrument?: string) {
    await requirePatientAccess(
      trx,
      principal,
      patientId,
      await organizationPolicy(trx),
      'measures',
      deps.clock.now(),
    );
    let canonical: string | undefined;
    if (instrument) {
      canonical = getInstrument(instrument)?.id;
      if (!canonical) {
        throw new AppError('validation', `"${instrument}" is not an instrument this clinic scores.`, [
          { field: 'querystring.instrument', message: 'unknown instrument' },
        ]);
      }
    }
    let query = trx
      .selectFrom('questionnaire_responses')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('status', '=', 'final');
    if (canonical) query = query.where('instrument', '=', canonical);
    const rows = await query.orderBy('authored_at', 'desc').orderBy('id', 'desc').limit(500).execute();
    const byInstrument = new Map<string, ResponseRow[]>();
    for (const row of rows)
      byInstrument.set(row.instrument, [...(byInstrument.get(row.instrument) ?? []), row]);
    const series = [];
    for (const [name, list] of byInstrument) {
      const points = list
        .filter((row) => row.total !== null)
        .map((row) => ({ date: dateOf(row.authored_at), total: row.total as number }))
        .reverse();
      if (points.length === 0 || !getInstrument(name)?.totalRange) continue;
      const interpretation = interpretSeries(name, points);
      const trials =
        name === 'PHQ-9' && points.length >= 2
          ? await inadequateTrial(trx, patientId, interpretation.response)
          : [];
      series.push({
        instrument: name,
        points,
        interpretation,
        noAdequateResponseAfterAdequateTrial: trials.length > 0,
        adequateTrials: trials,
      });
    }
    await recordAudit(trx, {
      ...actor(principal),
      patientId,
      action: 'read',
      resourceType: 'QuestionnaireResponse',
      outcome: 'success',
      detail: { results: rows.length },
      at: deps.clock.now(),
    });
    return { items: rows.map(toResponse), series };
  }

  async function list(principal: Principal, patientId: string, instrument?: string) {
    return withTenant(db, principal.organizationId, (trx) => listIn(trx, principal, patientId, instrument));
  }

  // `submitIn` lets a signing evaluation store its C-SSRS (and open the safety task) in its own transaction.
  return { submit, submitIn, list };
}

export type ScoreService = ReturnType<typeof createScoreService>;
