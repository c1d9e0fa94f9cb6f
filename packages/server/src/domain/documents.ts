import {
  assessTrials,
  citation,
  resolveMedication,
  type TrialInput,
  type TrialOutcome,
} from '@titrate/clinical';
import type { Transaction } from 'kysely';
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

  /** Trials from the evaluation history and from the record's antidepressant orders with PHQ-9s. */
  async function trialInputs(trx: Transaction<DB>, patientId: string): Promise<TrialInput[]> {
    const history = await trx
      .selectFrom('medication_trials')
      .selectAll()
      .where('patient_id', '=', patientId)
      .orderBy('recorded_at')
      .execute();
    const inputs: TrialInput[] = history.map((t) => ({
      drug: t.drug,
      dailyMg: t.daily_mg === null ? null : Number(t.daily_mg),
      weeks: t.weeks === null ? null : Number(t.weeks),
      outcome: (t.response as TrialOutcome | null) ?? null,
      phq9Before: t.phq9_before,
      phq9After: t.phq9_after,
      source: 'history (intake evaluation)',
      reference: t.evaluation_id,
    }));
    const orders = await trx
      .selectFrom('medication_orders')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('status', 'in', [...PRESCRIBED])
      .where('action', 'not in', ['stop', 'avoid'])
      .orderBy('start_date')
      .execute();
    const phq9 = await trx
      .selectFrom('questionnaire_responses')
      .select(['total', 'authored_at'])
      .where('patient_id', '=', patientId)
      .where('instrument', '=', 'PHQ-9')
      .where('status', '=', 'final')
      .where('total', 'is not', null)
      .orderBy('authored_at')
      .execute();
    const now = deps.clock.now();
    for (const order of orders) {
      if (!resolveMedication(order.drug_name).drugs.some((d) => d.classes.includes('antidepressant')))
        continue;
      const start = new Date(order.start_date ?? order.signed_at ?? order.created_at);
      const end = order.status === 'active' ? now : new Date(order.end_date ?? order.status_changed_at);
      const baselineUntil = start.getTime() + BASELINE_GRACE_DAYS * 86_400_000;
      const before = phq9.filter((r) => new Date(r.authored_at).getTime() <= baselineUntil).at(-1);
      const after = phq9
        .filter((r) => {
          const t = new Date(r.authored_at).getTime();
          return t > baselineUntil && t <= end.getTime();
        })
        .at(-1);
      inputs.push({
        drug: order.drug_name,
        dailyMg: dailyMg(order),
        weeks: Math.floor(daysBetween(start, end) / 7),
        phq9Before: before?.total ?? null,
        phq9After: after?.total ?? null,
        source: 'order',
        reference: order.id,
      });
    }
    return inputs;
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

  return { prescription, medicationList, priorAuthorization };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
