import {
  assessTrial,
  assessTrials,
  citation,
  resolveMedication,
  type TrialInput,
  type TrialOutcome,
} from '@titrate/clinical';
import type { Selectable, Transaction } from 'kysely';
import { withTenant } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { medicationListPdf, prescriptionPdf, priorAuthorizationPdf } from '../documents/render.js';
import { loadPrescription, sigOf } from '../erx/prescription.js';
import { requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { dateOf, daysBetween, organizationPolicy } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { dailyMg } from './orders.js';
import type { Principal } from './principal.js';

export interface DocumentFile {
  /** Carries no name or other identifier: downloads land in shared folders. */
  filename: string;
  body: Buffer;
}

/** Statuses of an order that was signed and took effect (a prescription exists). */
const PRESCRIBED = ['active', 'completed', 'stopped'] as const;
/** A PHQ-9 this many days after the start still counts as the baseline. */
const BASELINE_GRACE_DAYS = 7;
/** Orders of one drug this close together are one course (a dose change ends one and starts the next). */
const COURSE_GAP_DAYS = 1;

type OrderRow = Selectable<DB['medication_orders']>;

/** One antidepressant order as taken: its dates and daily dose. */
interface Segment {
  order: OrderRow;
  start: Date;
  end: Date;
  mg: number | null;
}

/** A trial with where it came from. */
interface RecordTrial {
  input: TrialInput;
  origin: {
    kind: 'history' | 'order';
    evaluationId: string | null;
    /** The orders of the course, oldest first (empty for a history entry). */
    orderIds: string[];
    startDate: string | null;
    /** Null while the course is ongoing. */
    endDate: string | null;
  };
}

/** `GET /patients/:id/medication-trials`: every trial judged, and the TRD summary. */
export interface MedicationTrials {
  items: {
    drug: string;
    formularyDrug: string | null;
    antidepressant: boolean;
    dailyMg: number | null;
    weeks: number | null;
    adequateDose: boolean;
    adequateDuration: boolean;
    adequate: boolean;
    outcome: TrialOutcome;
    phq9Before: number | null;
    phq9After: number | null;
    range: { minDailyMg: number; maxDailyMg: number | null; weeks: number } | null;
    reasons: string[];
    source: 'history' | 'order';
    evaluationId: string | null;
    orderIds: string[];
    startDate: string | null;
    endDate: string | null;
  }[];
  /** Adequate antidepressant trials without remission or response. */
  adequateFailedTrials: number;
  treatmentResistant: boolean;
  summary: string;
  sources: string[];
}

/** Consecutive orders of the same drug, each run one course (a trial), oldest first. */
function coursesOf(segments: Segment[]): Segment[][] {
  const byDrug = new Map<string, Segment[]>();
  for (const segment of segments) {
    byDrug.set(segment.order.drug_name, [...(byDrug.get(segment.order.drug_name) ?? []), segment]);
  }
  const courses: Segment[][] = [];
  for (const runs of byDrug.values()) {
    runs.sort((a, b) => a.start.getTime() - b.start.getTime());
    let current: Segment[] = [];
    for (const segment of runs) {
      const previousEnd = Math.max(0, ...current.map((s) => s.end.getTime()));
      if (current.length > 0 && segment.start.getTime() - previousEnd > COURSE_GAP_DAYS * 86_400_000) {
        courses.push(current);
        current = [];
      }
      current.push(segment);
    }
    if (current.length > 0) courses.push(current);
  }
  return courses.sort((a, b) => a[0]!.start.getTime() - b[0]!.start.getTime());
}

export function createDocumentService(deps: Deps) {
  const { db } = deps;

  async function header(trx: Transaction<DB>) {
    const org = await trx.selectFrom('organizations').select('name').executeTakeFirstOrThrow();
    return { clinic: org.name, generatedOn: dateOf(deps.clock.now()) };
  }

  async function patientOf(trx: Transaction<DB>, patientId: string) {
    const row = await trx
      .selectFrom('patients')
      .select(['given_name', 'family_name', 'date_of_birth'])
      .where('id', '=', patientId)
      .executeTakeFirstOrThrow();
    return { name: `${row.given_name} ${row.family_name}`, dateOfBirth: row.date_of_birth };
  }

  async function exported(
    trx: Transaction<DB>,
    principal: Principal,
    patientId: string,
    resourceType: string,
    resourceId: string | null,
    document: string,
  ) {
    await recordAudit(trx, {
      ...actor(principal),
      patientId,
      action: 'export',
      resourceType,
      resourceId,
      outcome: 'success',
      detail: { document, format: 'pdf' },
      at: deps.clock.now(),
    });
  }

  async function prescription(
    principal: Principal,
    patientId: string,
    orderId: string,
  ): Promise<DocumentFile> {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        deps.clock.now(),
      );
      const order = await trx
        .selectFrom('medication_orders')
        .selectAll()
        .where('id', '=', orderId)
        .where('patient_id', '=', patientId)
        .executeTakeFirst();
      if (!order) throw new AppError('not-found', 'Medication order was not found.');
      if (
        !(PRESCRIBED as readonly string[]).includes(order.status) ||
        ['stop', 'avoid'].includes(order.action)
      ) {
        throw new AppError(
          'conflict',
          order.status === 'draft' || order.status === 'pending-cosign'
            ? 'This order is not signed yet (or awaits co-signature); a prescription prints once it is active.'
            : 'This order has no prescription to print.',
        );
      }
      const rx = await loadPrescription(trx, order, orderId);
      const body = await prescriptionPdf(await header(trx), rx);
      await exported(trx, principal, patientId, 'MedicationRequest', orderId, 'prescription');
      return { filename: 'prescription.pdf', body };
    });
  }

  async function medicationList(principal: Principal, patientId: string): Promise<DocumentFile> {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        deps.clock.now(),
      );
      const rows = await trx
        .selectFrom('medication_orders')
        .leftJoin('users', 'users.id', 'medication_orders.prescriber_id')
        .selectAll('medication_orders')
        .select('users.display_name as prescriber_name')
        .where('medication_orders.patient_id', '=', patientId)
        .where('medication_orders.status', '=', 'active')
        .orderBy('medication_orders.display_name')
        .execute();
      const body = await medicationListPdf(
        await header(trx),
        await patientOf(trx, patientId),
        rows.map((row) => ({
          name: row.display_name,
          strength: row.strength,
          howToTake: sigOf(row),
          purpose:
            row.indication ??
            (resolveMedication(row.drug_name)
              .drugs.map((d) => d.education?.purpose)
              .filter(Boolean)
              .join(' ') ||
              null),
          startedOn: row.start_date,
          prescriber: row.prescriber_name,
        })),
      );
      await exported(trx, principal, patientId, 'MedicationRequest', null, 'medication-list');
      return { filename: 'medication-list.pdf', body };
    });
  }

  /**
   * Trials from the evaluation history and from the record's antidepressant orders with PHQ-9s. One
   * entry per trial, with where it came from (`origin`) for the API; the PDF reads only `input`.
   */
  async function recordTrials(trx: Transaction<DB>, patientId: string): Promise<RecordTrial[]> {
    const history = await trx
      .selectFrom('medication_trials')
      .selectAll()
      .where('patient_id', '=', patientId)
      .orderBy('recorded_at')
      .execute();
    const trials: RecordTrial[] = history.map((t) => ({
      input: {
        drug: t.drug,
        dailyMg: t.daily_mg === null ? null : Number(t.daily_mg),
        weeks: t.weeks === null ? null : Number(t.weeks),
        outcome: (t.response as TrialOutcome | null) ?? null,
        phq9Before: t.phq9_before,
        phq9After: t.phq9_after,
        source: 'history (intake evaluation)',
        reference: t.evaluation_id,
      },
      origin: {
        kind: 'history',
        evaluationId: t.evaluation_id,
        orderIds: [],
        startDate: null,
        endDate: null,
      },
    }));
    const orders = await trx
      .selectFrom('medication_orders')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('status', 'in', [...PRESCRIBED])
      .where('action', 'not in', ['stop', 'avoid'])
      .orderBy('start_date')
      .orderBy('created_at')
      .execute();
    const phq9 = (
      await trx
        .selectFrom('questionnaire_responses')
        .select(['total', 'authored_at'])
        .where('patient_id', '=', patientId)
        .where('instrument', '=', 'PHQ-9')
        .where('status', '=', 'final')
        .where('total', 'is not', null)
        .orderBy('authored_at')
        .execute()
    ).map((r) => ({ total: r.total as number, at: new Date(r.authored_at).getTime() }));
    const now = deps.clock.now();
    const segments = orders
      .filter((order) =>
        resolveMedication(order.drug_name).drugs.some((d) => d.classes.includes('antidepressant')),
      )
      .map((order): Segment => {
        const start = new Date(order.start_date ?? order.signed_at ?? order.created_at);
        const end = order.status === 'active' ? now : new Date(order.end_date ?? order.status_changed_at);
        return { order, start, end: end < start ? start : end, mg: dailyMg(order) };
      });
    for (const course of coursesOf(segments)) trials.push(courseTrial(course, phq9));
    return trials;
  }

  /** The course judged at its best dose: the highest daily dose held long enough, else the highest. */
  function courseTrial(course: Segment[], phq9: { total: number; at: number }[]): RecordTrial {
    const first = course[0]!;
    const last = course.at(-1)!;
    const baselineUntil = first.start.getTime() + BASELINE_GRACE_DAYS * 86_400_000;
    const before = phq9.filter((r) => r.at <= baselineUntil).at(-1);
    const levels = [...new Set(course.map((s) => s.mg).filter((mg): mg is number => mg !== null))];
    // Each dose level is a candidate: weeks at that dose or more, and the PHQ-9 when it ended.
    const candidates: TrialInput[] = (levels.length > 0 ? levels : [null]).map((level) => {
      const held = course.filter((s) => level === null || (s.mg !== null && s.mg >= level));
      const days = held.reduce((sum, s) => sum + daysBetween(s.start, s.end), 0);
      const until = Math.max(...held.map((s) => s.end.getTime()));
      const after = phq9.filter((r) => r.at > baselineUntil && r.at <= until).at(-1);
      return {
        drug: first.order.drug_name,
        dailyMg: level,
        weeks: Math.floor(days / 7),
        phq9Before: before?.total ?? null,
        phq9After: after?.total ?? null,
        source: 'order',
        reference: first.order.id,
      };
    });
    const rank = (input: TrialInput) => {
      const judged = assessTrial(input);
      return (judged.adequate ? 2 : 0) + (judged.adequateDose ? 1 : 0);
    };
    const best = candidates.reduce((a, b) =>
      rank(b) > rank(a) || (rank(b) === rank(a) && (b.dailyMg ?? 0) > (a.dailyMg ?? 0)) ? b : a,
    );
    return {
      input: best,
      origin: {
        kind: 'order',
        evaluationId: null,
        orderIds: course.map((s) => s.order.id),
        startDate: dateOf(first.start),
        endDate: last.order.status === 'active' ? null : dateOf(last.end),
      },
    };
  }

  async function trialInputs(trx: Transaction<DB>, patientId: string): Promise<TrialInput[]> {
    return (await recordTrials(trx, patientId)).map((t) => t.input);
  }

  /** The trials judged for the clinician's chart (timeline labels, the TRD line); an audited read. */
  async function medicationTrials(principal: Principal, patientId: string): Promise<MedicationTrials> {
    return withTenant(db, principal.organizationId, async (trx) => {
      const policy = await organizationPolicy(trx);
      await requirePatientAccess(trx, principal, patientId, policy, 'medications', deps.clock.now());
      await requirePatientAccess(trx, principal, patientId, policy, 'measures', deps.clock.now());
      const record = await recordTrials(trx, patientId);
      const assessment = assessTrials(record.map((t) => t.input));
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'MedicationRequest',
        resourceId: null,
        outcome: 'success',
        detail: { view: 'medication-trials', trials: record.length },
        at: deps.clock.now(),
      });
      return {
        items: assessment.trials.map((t, i) => {
          const origin = record[i]!.origin;
          return {
            drug: t.drug,
            formularyDrug: t.formularyDrug,
            antidepressant: t.antidepressant,
            dailyMg: t.dailyMg,
            weeks: t.weeks,
            adequateDose: t.adequateDose,
            adequateDuration: t.adequateDuration,
            adequate: t.adequate,
            outcome: t.outcome,
            phq9Before: t.phq9Before ?? null,
            phq9After: t.phq9After ?? null,
            range: t.range,
            reasons: t.reasons,
            source: origin.kind,
            evaluationId: origin.evaluationId,
            orderIds: origin.orderIds,
            startDate: origin.startDate,
            endDate: origin.endDate,
          };
        }),
        adequateFailedTrials: assessment.failedAdequateTrials.length,
        treatmentResistant: assessment.treatmentResistant,
        summary: assessment.summary,
        sources: assessment.sources,
      };
    });
  }

  async function priorAuthorization(principal: Principal, patientId: string): Promise<DocumentFile> {
    return withTenant(db, principal.organizationId, async (trx) => {
      const policy = await organizationPolicy(trx);
      await requirePatientAccess(trx, principal, patientId, policy, 'medications', deps.clock.now());
      await requirePatientAccess(trx, principal, patientId, policy, 'measures', deps.clock.now());
      const assessment = assessTrials(await trialInputs(trx, patientId));
      // Substance-use diagnoses never go to a payer on this form (42 CFR Part 2).
      const diagnoses = await trx
        .selectFrom('conditions')
        .select(['code', 'display'])
        .where('patient_id', '=', patientId)
        .where('status', '=', 'recorded')
        .where('clinical_status', '=', 'active')
        .where('substance_use', '=', false)
        .orderBy('recorded_at')
        .execute();
      const prescriber = await trx
        .selectFrom('users')
        .select(['display_name', 'credential', 'npi'])
        .where('id', '=', principal.userId)
        .executeTakeFirstOrThrow();
      const body = await priorAuthorizationPdf(
        await header(trx),
        await patientOf(trx, patientId),
        {
          name: `${prescriber.display_name}${prescriber.credential ? `, ${prescriber.credential}` : ''}`,
          npi: prescriber.npi,
        },
        diagnoses,
        assessment.adequateTrials.map((t) => ({
          drug: t.formularyDrug ?? t.drug,
          dailyMg: t.dailyMg,
          weeks: t.weeks,
          phq9Before: t.phq9Before ?? null,
          phq9After: t.phq9After ?? null,
          outcome: t.outcome,
          source: t.source ?? 'record',
        })),
        assessment.summary,
        assessment.sources.map((id) => citation(id)),
      );
      await exported(trx, principal, patientId, 'MedicationRequest', null, 'prior-authorization');
      return { filename: 'prior-authorization.pdf', body };
    });
  }

  return { prescription, medicationList, priorAuthorization, medicationTrials };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
