import {
  type Alert,
  type CheckInput,
  type CheckResult,
  checkRegimen,
  crossTaperPlan,
  type Drug,
  type MedicationInput,
  resolveMedication,
  taperPlan,
} from '@titrate/clinical';
import { type Selectable, sql, type Transaction } from 'kysely';
import { withTenant } from '../db/database.js';
import type { DB, OrderAction, OrderFrequency, OrderStatus, TitrationStep } from '../db/schema.js';
import { requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { ageOn, dateOf, daysBetween, iso, isoOrNull, organizationPolicy } from './care-context.js';
import { checkContext } from './clinical-record.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import type { ErxService } from './erx.js';
import { verifyStepUp } from './mfa.js';
import type { Principal } from './principal.js';

type OrderRow = Selectable<DB['medication_orders']>;
type AlertRow = Selectable<DB['order_alerts']>;

/** Severities that stop a signature until the prescriber gives a reason (design.md: critical). */
const NEEDS_REASON = new Set(['contraindicated', 'major']);
/** Severities that blocked or warned at signing (critical and warning indicators). */
const WARNED = ['contraindicated', 'major', 'moderate'];
/** Actions that supersede an active order of the patient. */
const REPLACING: readonly OrderAction[] = ['change-dose', 'switch', 'taper', 'stop'];
/** Actions that start a medication the patient is not taking: a shared decision goes with them. */
const NEW_MEDICATION: readonly OrderAction[] = ['start', 'switch'];
/** How long a stopped medication still counts for washout rules (fluoxetine before an MAOI: 5 weeks). */
const WASHOUT_LOOKBACK_DAYS = 42;

export interface OrderInput {
  drug: string;
  strength?: string | null | undefined;
  doseAmount?: number | null | undefined;
  doseUnit?: string | null | undefined;
  route?: string | null | undefined;
  frequency?: OrderFrequency | undefined;
  titration?: TitrationStep[] | undefined;
  quantity?: number | null | undefined;
  refills?: number | null | undefined;
  pharmacy?: string | null | undefined;
  indication?: string | null | undefined;
  action: OrderAction;
  reason?: string | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  replacesOrderId?: string | null | undefined;
}
export type OrderPatch = Partial<Omit<OrderInput, 'action' | 'replacesOrderId'>>;

export interface SharedDecisionInput {
  optionsDiscussed: string[];
  benefitsRisksExplained: boolean;
  patientPreference: string;
}

export interface SignInput {
  overrides?: { key: string; reason: string }[] | undefined;
  sharedDecision?: SharedDecisionInput | undefined;
  pdmpChecked?: boolean | undefined;
  mfaCode?: string | undefined;
}

/** An alert of the check as the API shows it; `key` names it in overrides. */
export interface CheckedAlert extends Alert {
  key: string;
  requiresOverride: boolean;
}

export const alertKey = (alert: Pick<Alert, 'code' | 'drugs'>) =>
  `${alert.code}:${[...alert.drugs].sort().join('+')}`;

function checked(result: CheckResult): { alerts: CheckedAlert[]; unrecognized: CheckResult['unrecognized'] } {
  return {
    alerts: result.alerts.map((alert) => ({
      ...alert,
      key: alertKey(alert),
      requiresOverride: NEEDS_REASON.has(alert.severity),
    })),
    unrecognized: result.unrecognized,
  };
}

/**
 * The day a superseded order ends: the day its replacement starts when that is in the past (a change
 * made at an outside visit and entered late), else today; never before the replaced order began.
 * A switch ends the old order the same way: its cross-taper is the switch order's own plan, counted
 * from the switch's start date.
 */
function replacedEndDate(replacementStart: string | null, replacedStart: string | null, today: string) {
  let end = replacementStart !== null && replacementStart < today ? replacementStart : today;
  if (replacedStart !== null && end < replacedStart) end = replacedStart < today ? replacedStart : today;
  return end;
}

const num = (value: string | number | null) => (value === null ? null : Number(value));

export function frequencyText(frequency: OrderFrequency): string | undefined {
  if (frequency.text) return frequency.text;
  const n = frequency.timesPerDay;
  if (!n) return undefined;
  return (
    { 1: 'daily', 2: 'twice daily', 3: 'three times daily', 4: 'four times daily' }[n] ?? `${n} times a day`
  );
}

/** Daily dose in mg when the order states it plainly (mg and a number of times a day). */
export function dailyMg(row: Pick<OrderRow, 'dose_amount' | 'dose_unit' | 'frequency'>): number | null {
  const amount = num(row.dose_amount);
  if (amount === null || row.dose_unit?.toLowerCase() !== 'mg') return null;
  return amount * (row.frequency.timesPerDay ?? 1);
}

function toMedication(row: OrderRow, stoppedOn?: string): MedicationInput {
  const frequency = frequencyText(row.frequency);
  const dose = num(row.dose_amount);
  return {
    drug: row.drug_name,
    ...(dose !== null ? { dose } : {}),
    ...(row.dose_unit ? { unit: row.dose_unit } : {}),
    ...(frequency ? { frequency } : {}),
    ...(row.refills !== null ? { refills: row.refills } : {}),
    ...(stoppedOn ? { stoppedOn } : {}),
  };
}

export function toOrder(row: OrderRow) {
  return {
    id: row.id,
    patientId: row.patient_id,
    version: row.version,
    drug: row.drug_name,
    rxnorm: row.rxnorm,
    displayName: row.display_name,
    strength: row.strength,
    doseAmount: num(row.dose_amount),
    doseUnit: row.dose_unit,
    route: row.route,
    frequency: row.frequency,
    titration: row.titration,
    quantity: num(row.quantity),
    refills: row.refills,
    pharmacy: row.pharmacy,
    indication: row.indication,
    action: row.action,
    status: row.status,
    reason: row.reason,
    startDate: row.start_date,
    endDate: row.end_date,
    replacesOrderId: row.replaces_order_id,
    prescriberId: row.prescriber_id,
    signedAt: isoOrNull(row.signed_at),
    cosignerId: row.cosigner_id,
    cosignedAt: isoOrNull(row.cosigned_at),
    pdmpCheckedAt: isoOrNull(row.pdmp_checked_at),
    errorReason: row.error_reason,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
export type MedicationOrder = ReturnType<typeof toOrder>;

function toAlert(row: AlertRow) {
  return {
    id: row.id,
    orderId: row.order_id,
    key: alertKey({ code: row.code, drugs: row.drugs }),
    code: row.code,
    category: row.category,
    severity: row.severity,
    drugs: row.drugs,
    title: row.title,
    detail: row.detail,
    recommendation: row.recommendation,
    sources: row.sources,
    requiresOverride: row.requires_override,
    shownAt: iso(row.shown_at),
    override:
      row.override_reason === null
        ? null
        : {
            reason: row.override_reason,
            userId: row.overridden_by,
            at: isoOrNull(row.overridden_at),
          },
  };
}

/** The formulary entries of an order's drug (a combination gives several), or a 422 naming it. */
function resolveDrugs(name: string): Drug[] {
  const resolved = resolveMedication(name);
  if (resolved.drugs.length === 0 || resolved.unrecognized.length > 0) {
    throw new AppError('unprocessable', `"${name}" is not a drug in the formulary; check the spelling.`, [
      { field: 'body.drug', message: 'not recognized' },
    ]);
  }
  return resolved.drugs;
}

const isControlled = (drugs: Drug[]) => drugs.some((drug) => drug.schedule !== null);

/** `erx`: signed prescriptions are handed to e-prescribing once active (signed, or co-signed for a PA). */
export function createOrderService(deps: Deps, options: { erx?: ErxService } = {}) {
  const { db } = deps;
  const today = () => dateOf(deps.clock.now());

  /** `lock`: signing and co-signing hold the row, so two signatures of one draft cannot both pass. */
  async function loadOrder(trx: Transaction<DB>, patientId: string, orderId: string, lock = false) {
    let query = trx
      .selectFrom('medication_orders')
      .selectAll()
      .where('id', '=', orderId)
      .where('patient_id', '=', patientId);
    if (lock) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    if (!row) throw new AppError('not-found', 'Medication order was not found.');
    return row;
  }

  /**
   * Runs the clinical check of `order` against the patient's other active orders (and recently
   * stopped ones, for washout rules), with age, sex and what the clinical record holds
   * (conditions, allergies, recent labs and vitals, PGx phenotypes, a positive pregnancy test).
   */
  async function runCheck(trx: Transaction<DB>, order: OrderRow) {
    const asOf = today();
    const patient = await trx
      .selectFrom('patients')
      .select(['date_of_birth', 'sex_assigned_at_birth'])
      .where('id', '=', order.patient_id)
      .executeTakeFirstOrThrow();
    const others = await trx
      .selectFrom('medication_orders')
      .selectAll()
      .where('patient_id', '=', order.patient_id)
      .where('id', '!=', order.id)
      .where((eb) =>
        eb.or([
          eb('status', 'in', ['active', 'pending-cosign']),
          eb.and([
            eb('status', '=', 'stopped'),
            eb(
              'status_changed_at',
              '>=',
              new Date(deps.clock.now().getTime() - WASHOUT_LOOKBACK_DAYS * 86_400_000),
            ),
          ]),
        ]),
      )
      .execute();
    const current = others
      // The order being superseded is what this one replaces: it is not taken alongside it.
      .filter((row) => row.id !== order.replaces_order_id && !['stop', 'avoid'].includes(row.action))
      .map((row) => toMedication(row, row.status === 'stopped' ? dateOf(row.status_changed_at) : undefined));
    const sex = patient.sex_assigned_at_birth;
    const input: CheckInput = {
      asOf,
      patient: {
        // Conditions, allergies, recent labs and vitals, PGx and pregnancy from the clinical record.
        ...(await checkContext(trx, order.patient_id, deps.clock.now())),
        age: ageOn(patient.date_of_birth, asOf),
        ...(sex === 'female' || sex === 'male' ? { sex } : {}),
      },
      current,
      proposed: ['stop', 'avoid'].includes(order.action) ? [] : [toMedication(order)],
    };
    if ((input.proposed?.length ?? 0) === 0) return { alerts: [], unrecognized: [] };
    return checked(checkRegimen(input, { today: asOf }));
  }

  async function validateReplacement(trx: Transaction<DB>, patientId: string, input: OrderInput) {
    if (!REPLACING.includes(input.action)) return null;
    if (!input.replacesOrderId) {
      throw new AppError('validation', `A ${input.action} order names the active order it replaces.`, [
        { field: 'body.replacesOrderId', message: 'required for this action' },
      ]);
    }
    const previous = await trx
      .selectFrom('medication_orders')
      .selectAll()
      .where('id', '=', input.replacesOrderId)
      .where('patient_id', '=', patientId)
      .executeTakeFirst();
    if (previous?.status !== 'active') {
      throw new AppError('unprocessable', 'The order to replace is not an active order of this patient.', [
        { field: 'body.replacesOrderId', message: 'not an active order of this patient' },
      ]);
    }
    if (input.action !== 'switch') {
      const same = resolveDrugs(input.drug)
        .map((d) => d.name)
        .join('/');
      if (
        same !==
        resolveDrugs(previous.drug_name)
          .map((d) => d.name)
          .join('/')
      ) {
        throw new AppError(
          'unprocessable',
          `A ${input.action} order must be for the same drug as the order it replaces.`,
          [{ field: 'body.drug', message: `the replaced order is for ${previous.drug_name}` }],
        );
      }
    }
    return previous;
  }

  function requireReason(action: OrderAction, reason: string | null | undefined) {
    if ((action === 'avoid' || action === 'stop') && !reason?.trim()) {
      throw new AppError('validation', `Give the reason for the decision to ${action} this drug.`, [
        { field: 'body.reason', message: `required for ${action}` },
      ]);
    }
  }

  async function create(principal: Principal, patientId: string, input: OrderInput) {
    requireReason(input.action, input.reason);
    const drugs = resolveDrugs(input.drug);
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        deps.clock.now(),
      );
      await validateReplacement(trx, patientId, input);
      const now = deps.clock.now();
      const row = await trx
        .insertInto('medication_orders')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          drug_name: drugs.map((d) => d.name).join('/'),
          rxnorm: drugs.length === 1 ? drugs[0]!.rxnorm : null,
          display_name: input.drug.trim(),
          strength: input.strength ?? null,
          dose_amount: input.doseAmount ?? null,
          dose_unit: input.doseUnit ?? null,
          route: input.route ?? null,
          frequency: JSON.stringify(input.frequency ?? {}),
          titration: JSON.stringify(input.titration ?? []),
          quantity: input.quantity ?? null,
          refills: input.refills ?? null,
          pharmacy: input.pharmacy ?? null,
          indication: input.indication ?? null,
          action: input.action,
          reason: input.reason?.trim() || null,
          start_date: input.startDate ?? null,
          end_date: input.endDate ?? null,
          replaces_order_id: input.replacesOrderId ?? null,
          prescriber_id: principal.userId,
          status_changed_at: now,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const check = await runCheck(trx, row);
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'MedicationRequest',
        resourceId: row.id,
        outcome: 'success',
        detail: { orderAction: row.action, alerts: check.alerts.length },
        at: now,
      });
      return { order: toOrder(row), ...check };
    });
  }

  async function update(
    principal: Principal,
    patientId: string,
    orderId: string,
    /** Read after the access check, so an invisible record answers 404 before a missing If-Match. */
    versionOf: () => number,
    patch: OrderPatch,
  ) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        deps.clock.now(),
      );
      const current = await loadOrder(trx, patientId, orderId);
      const expectedVersion = versionOf();
      if (current.status !== 'draft') {
        throw new AppError('conflict', 'Only a draft order can be edited; this one has been signed.');
      }
      const drugs = patch.drug === undefined ? null : resolveDrugs(patch.drug);
      if (drugs && current.replaces_order_id && current.action !== 'switch') {
        // A dose change, taper or stop stays about the drug of the order it replaces.
        const name = drugs.map((d) => d.name).join('/');
        if (name !== current.drug_name) {
          throw new AppError(
            'unprocessable',
            `A ${current.action} order must stay on ${current.drug_name}.`,
            [{ field: 'body.drug', message: `the replaced order is for ${current.drug_name}` }],
          );
        }
      }
      const reason = patch.reason === undefined ? current.reason : patch.reason?.trim() || null;
      requireReason(current.action, reason);
      const columns = Object.fromEntries(
        Object.entries({
          drug_name: drugs?.map((d) => d.name).join('/'),
          rxnorm: drugs ? (drugs.length === 1 ? drugs[0]!.rxnorm : null) : undefined,
          display_name: patch.drug?.trim(),
          strength: patch.strength,
          dose_amount: patch.doseAmount,
          dose_unit: patch.doseUnit,
          route: patch.route,
          frequency: patch.frequency === undefined ? undefined : JSON.stringify(patch.frequency),
          titration: patch.titration === undefined ? undefined : JSON.stringify(patch.titration),
          quantity: patch.quantity,
          refills: patch.refills,
          pharmacy: patch.pharmacy,
          indication: patch.indication,
          reason: patch.reason === undefined ? undefined : reason,
          start_date: patch.startDate,
          end_date: patch.endDate,
        }).filter(([, value]) => value !== undefined),
      );
      const now = deps.clock.now();
      const row = await trx
        .updateTable('medication_orders')
        .set({ ...columns, updated_at: now, version: sql`version + 1` } as never)
        .where('id', '=', orderId)
        .where('version', '=', expectedVersion)
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        throw new AppError(
          'conflict',
          `This order was changed by someone else (now version ${current.version}, you edited version ${expectedVersion}). Reload it and apply your change again.`,
        );
      }
      const check = await runCheck(trx, row);
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'MedicationRequest',
        resourceId: row.id,
        outcome: 'success',
        detail: { version: row.version, fields: Object.keys(patch).join(','), alerts: check.alerts.length },
        at: now,
      });
      return { order: toOrder(row), ...check };
    });
  }

  /** Makes a signed order take effect: the order it replaces ends, a stop or avoid is recorded. */
  async function activate(trx: Transaction<DB>, row: OrderRow, now: Date): Promise<OrderRow> {
    // Stop and avoid are decisions, complete once signed; the others become the active order.
    const status: OrderStatus = row.action === 'stop' || row.action === 'avoid' ? 'completed' : 'active';
    if (row.replaces_order_id) {
      const ended: OrderStatus = row.action === 'stop' || row.action === 'switch' ? 'stopped' : 'completed';
      const previous = await trx
        .selectFrom('medication_orders')
        .select('start_date')
        .where('id', '=', row.replaces_order_id)
        .executeTakeFirst();
      const replaced = await trx
        .updateTable('medication_orders')
        .set({
          status: ended,
          status_changed_at: now,
          end_date: replacedEndDate(row.start_date, previous?.start_date ?? null, dateOf(now)),
          updated_at: now,
          version: sql`version + 1`,
        } as never)
        .where('id', '=', row.replaces_order_id)
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (Number(replaced.numUpdatedRows) !== 1) {
        throw new AppError(
          'conflict',
          'The order this one replaces is no longer active (it was changed or stopped meanwhile). Review the medication list and draft again.',
        );
      }
    }
    return trx
      .updateTable('medication_orders')
      .set({
        status,
        status_changed_at: now,
        start_date: row.start_date ?? dateOf(now),
        updated_at: now,
        version: sql`version + 1`,
      } as never)
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async function sign(principal: Principal, patientId: string, orderId: string, input: SignInput) {
    const result = await withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        deps.clock.now(),
      );
      const row = await loadOrder(trx, patientId, orderId, true);
      if (row.status !== 'draft') {
        throw new AppError('conflict', `This order is already ${row.status}; only a draft can be signed.`);
      }
      const now = deps.clock.now();
      const check = await runCheck(trx, row);
      const reasons = new Map<string, string>();
      for (const override of input.overrides ?? []) {
        if (override.reason.trim()) reasons.set(override.key, override.reason.trim());
      }
      const missing = check.alerts.filter((alert) => alert.requiresOverride && !reasons.has(alert.key));
      if (missing.length > 0) {
        throw new AppError(
          'unprocessable',
          `${missing.length} alert${missing.length === 1 ? '' : 's'} must be acknowledged with a reason before this order can be signed.`,
          missing.map((alert) => ({
            field: `overrides.${alert.key}`,
            message: `${alert.severity}: ${alert.title}`,
          })),
        );
      }
      if (NEW_MEDICATION.includes(row.action) && !input.sharedDecision) {
        throw new AppError(
          'unprocessable',
          'Record the shared decision (options discussed, benefits and risks explained, the patient’s preference) to sign a new medication.',
          [{ field: 'sharedDecision', message: 'required for a new medication' }],
        );
      }
      const controlled = !['stop', 'avoid'].includes(row.action) && isControlled(resolveDrugs(row.drug_name));
      if (controlled) {
        if (input.pdmpChecked !== true) {
          throw new AppError(
            'unprocessable',
            'This is a controlled substance: check the prescription-monitoring program (PDMP) and attest that you did.',
            [{ field: 'pdmpChecked', message: 'must be true for a controlled substance' }],
          );
        }
        if (!input.mfaCode) {
          throw new AppError(
            'forbidden',
            'Signing a controlled-substance order needs a fresh verification code from your authenticator app.',
            [{ field: 'mfaCode', message: 'required for a controlled substance' }],
          );
        }
        await verifyStepUp(trx, principal, input.mfaCode, deps.clock);
      }

      for (const alert of check.alerts) {
        const reason = reasons.get(alert.key) ?? null;
        const stored = await trx
          .insertInto('order_alerts')
          .values({
            organization_id: principal.organizationId,
            order_id: row.id,
            patient_id: patientId,
            code: alert.code,
            category: alert.category,
            severity: alert.severity,
            drugs: JSON.stringify(alert.drugs),
            title: alert.title,
            detail: alert.detail,
            recommendation: alert.recommendation,
            sources: JSON.stringify(alert.sources),
            requires_override: alert.requiresOverride,
            shown_at: now,
            override_reason: reason,
            overridden_by: reason ? principal.userId : null,
            overridden_at: reason ? now : null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (reason) {
          await recordAudit(trx, {
            ...actor(principal),
            patientId,
            action: 'create',
            resourceType: 'DetectedIssue',
            resourceId: stored.id,
            outcome: 'success',
            detail: { operation: 'override', orderId: row.id, severity: alert.severity, code: alert.code },
            at: now,
          });
        }
      }
      if (input.sharedDecision) {
        await trx
          .insertInto('shared_decisions')
          .values({
            organization_id: principal.organizationId,
            order_id: row.id,
            patient_id: patientId,
            options_discussed: JSON.stringify(input.sharedDecision.optionsDiscussed),
            benefits_risks_explained: input.sharedDecision.benefitsRisksExplained,
            patient_preference: input.sharedDecision.patientPreference,
            recorded_by: principal.userId,
            recorded_at: now,
          })
          .execute();
      }
      // A physician assistant's order waits for the supervising psychiatrist's co-signature.
      const needsCosign = principal.credential === 'PA';
      let signed = await trx
        .updateTable('medication_orders')
        .set({
          prescriber_id: principal.userId,
          signed_at: now,
          pdmp_checked_at: controlled ? now : null,
          status: needsCosign ? 'pending-cosign' : row.status,
          status_changed_at: now,
          updated_at: now,
          version: sql`version + 1`,
        } as never)
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (!needsCosign) signed = await activate(trx, signed, now);
      // Queued in this transaction: an active prescription always has its outbox entry.
      await options.erx?.enqueue(trx, signed, now);
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'MedicationRequest',
        resourceId: row.id,
        outcome: 'success',
        detail: {
          operation: 'sign',
          status: signed.status,
          alerts: check.alerts.length,
          overrides: reasons.size,
          controlled,
        },
        at: now,
      });
      return { order: toOrder(signed), ...check };
    });
    // Transmitted after the commit; a failure is recorded on the entry, never on the signature.
    if (result.order.status === 'active') await options.erx?.deliver(principal.organizationId, orderId);
    return result;
  }

  async function cosign(principal: Principal, patientId: string, orderId: string) {
    const result = await withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        deps.clock.now(),
        // The supervising psychiatrist of the ordering PA reviews the order before co-signing.
        { cosignReview: true },
      );
      const row = await loadOrder(trx, patientId, orderId, true);
      if (row.status !== 'pending-cosign') {
        throw new AppError(
          'conflict',
          `This order is ${row.status}; only an order awaiting co-signature can be co-signed.`,
        );
      }
      const signer = await trx
        .selectFrom('users')
        .select('supervising_user_id')
        .where('id', '=', row.prescriber_id)
        .executeTakeFirst();
      if (signer?.supervising_user_id !== principal.userId) {
        throw new AppError(
          'forbidden',
          'Only the prescriber’s supervising psychiatrist can co-sign this order.',
        );
      }
      const now = deps.clock.now();
      const cosigned = await trx
        .updateTable('medication_orders')
        .set({
          cosigner_id: principal.userId,
          cosigned_at: now,
          updated_at: now,
          version: sql`version + 1`,
        } as never)
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const active = await activate(trx, cosigned, now);
      await options.erx?.enqueue(trx, active, now);
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'MedicationRequest',
        resourceId: row.id,
        outcome: 'success',
        detail: { operation: 'cosign', status: active.status },
        at: now,
      });
      return toOrder(active);
    });
    if (result.status === 'active') await options.erx?.deliver(principal.organizationId, orderId);
    return result;
  }

  /**
   * Marks an order entered in error (kept, never deleted): a draft being discarded, an order
   * awaiting co-signature, or an active order that superseded nothing (undoing a supersession
   * would silently restart the old order; draft a new order instead).
   */
  async function enteredInError(principal: Principal, patientId: string, orderId: string, reason: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        deps.clock.now(),
      );
      const row = await loadOrder(trx, patientId, orderId, true);
      const allowed =
        row.status === 'draft' ||
        row.status === 'pending-cosign' ||
        (row.status === 'active' && row.replaces_order_id === null);
      if (!allowed) {
        throw new AppError(
          'conflict',
          row.status === 'active'
            ? 'This order replaced an earlier one; draft a new order to correct it instead.'
            : `This order is ${row.status} and cannot be marked entered in error.`,
        );
      }
      const now = deps.clock.now();
      const updated = await trx
        .updateTable('medication_orders')
        .set({
          status: 'entered-in-error',
          error_reason: reason,
          status_changed_at: now,
          updated_at: now,
          version: sql`version + 1`,
        } as never)
        .where('id', '=', orderId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'MedicationRequest',
        resourceId: orderId,
        outcome: 'success',
        detail: { operation: 'entered-in-error', from: row.status },
        at: now,
      });
      return toOrder(updated);
    });
  }

  async function list(principal: Principal, patientId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        deps.clock.now(),
        // The supervising psychiatrist of the ordering PA reviews the order before co-signing.
        { cosignReview: true },
      );
      const rows = await trx
        .selectFrom('medication_orders')
        .selectAll()
        .where('patient_id', '=', patientId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(500)
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'MedicationRequest',
        outcome: 'success',
        detail: { results: rows.length },
        at: deps.clock.now(),
      });
      return rows.map(toOrder);
    });
  }

  async function get(principal: Principal, patientId: string, orderId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        deps.clock.now(),
        // The supervising psychiatrist of the ordering PA reviews the order before co-signing.
        { cosignReview: true },
      );
      const row = await loadOrder(trx, patientId, orderId);
      const alerts = await trx
        .selectFrom('order_alerts')
        .selectAll()
        .where('order_id', '=', orderId)
        .orderBy('shown_at')
        .orderBy('id')
        .execute();
      const decision = await trx
        .selectFrom('shared_decisions')
        .selectAll()
        .where('order_id', '=', orderId)
        .executeTakeFirst();
      // History: the chain of orders this one superseded, newest first.
      const history: MedicationOrder[] = [];
      let previousId = row.replaces_order_id;
      while (previousId && history.length < 50) {
        const previous = await trx
          .selectFrom('medication_orders')
          .selectAll()
          .where('id', '=', previousId)
          .executeTakeFirst();
        if (!previous) break;
        history.push(toOrder(previous));
        previousId = previous.replaces_order_id;
      }
      const replacedBy = await trx
        .selectFrom('medication_orders')
        .select('id')
        .where('replaces_order_id', '=', orderId)
        .where('status', '!=', 'entered-in-error')
        .execute();
      let crossTaper: ReturnType<typeof crossTaperPlan> | null = null;
      const previousOrder = row.action === 'switch' ? history[0] : undefined;
      if (previousOrder) {
        const fromDose = dailyMg({
          dose_amount: previousOrder.doseAmount === null ? null : String(previousOrder.doseAmount),
          dose_unit: previousOrder.doseUnit,
          frequency: previousOrder.frequency,
        });
        const toDose = dailyMg(row);
        try {
          if (fromDose && toDose)
            crossTaper = crossTaperPlan(previousOrder.drug, fromDose, row.drug_name, toDose);
        } catch {
          crossTaper = null; // a combination or non-oral drug has no computed cross-taper
        }
      }
      // A taper without steps of its own gets the engine's plan from the dose it starts at.
      let computedTaper: ReturnType<typeof taperPlan> | null = null;
      const taperFrom = row.action === 'taper' && row.titration.length === 0 ? dailyMg(row) : null;
      if (taperFrom) {
        try {
          computedTaper = taperPlan(row.drug_name, taperFrom);
        } catch {
          computedTaper = null; // not a drug the taper module plans for
        }
      }
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'MedicationRequest',
        resourceId: orderId,
        outcome: 'success',
        at: deps.clock.now(),
      });
      return {
        order: toOrder(row),
        alerts: alerts.map(toAlert),
        sharedDecision: decision
          ? {
              optionsDiscussed: decision.options_discussed,
              benefitsRisksExplained: decision.benefits_risks_explained,
              patientPreference: decision.patient_preference,
              recordedBy: decision.recorded_by,
              recordedAt: iso(decision.recorded_at),
            }
          : null,
        history,
        replacedBy: replacedBy.map((r) => r.id),
        crossTaper,
        taperPlan: computedTaper,
      };
    });
  }

  async function alerts(principal: Principal, patientId: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        deps.clock.now(),
        // The supervising psychiatrist of the ordering PA reviews the order before co-signing.
        { cosignReview: true },
      );
      const rows = await trx
        .selectFrom('order_alerts')
        .selectAll()
        .where('patient_id', '=', patientId)
        .where('severity', 'in', WARNED)
        .orderBy('shown_at', 'desc')
        .orderBy('id')
        .limit(500)
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'DetectedIssue',
        outcome: 'success',
        detail: { results: rows.length },
        at: deps.clock.now(),
      });
      return rows.map(toAlert);
    });
  }

  /** The patient's own active medications, each with its plain-language education. */
  async function myMedications(principal: Principal) {
    const patientId = principal.patientId;
    if (!patientId) throw new AppError('not-found', 'This account is not linked to a patient record.');
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
        .selectAll()
        .where('patient_id', '=', patientId)
        .where('status', '=', 'active')
        .orderBy('display_name')
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'MedicationRequest',
        outcome: 'success',
        detail: { results: rows.length, view: 'patient' },
        at: deps.clock.now(),
      });
      return rows.map((row) => {
        const order = toOrder(row);
        const drugs = resolveMedication(row.drug_name).drugs;
        return {
          id: order.id,
          drug: order.drug,
          displayName: order.displayName,
          strength: order.strength,
          doseAmount: order.doseAmount,
          doseUnit: order.doseUnit,
          route: order.route,
          frequency: order.frequency,
          titration: order.titration,
          indication: order.indication,
          startDate: order.startDate,
          refills: order.refills,
          pharmacy: order.pharmacy,
          education: drugs.map((drug) => ({ drug: drug.name, ...drug.education })),
        };
      });
    });
  }

  /** Active orders with how long they have run (for "no adequate response after an adequate trial"). */
  async function activeOrders(trx: Transaction<DB>, patientId: string) {
    const rows = await trx
      .selectFrom('medication_orders')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('status', '=', 'active')
      .execute();
    return rows.map((row) => ({
      row,
      days: daysBetween(row.start_date ?? row.signed_at ?? row.created_at, deps.clock.now()),
    }));
  }

  /**
   * Orders of the physician assistants this prescriber supervises that await their co-signature,
   * oldest signature first, with what a reviewer needs to identify the patient (the review itself
   * reads the chart through the cosign-review sections). Audited as one search, like the caseload.
   */
  async function cosignQueue(principal: Principal) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const rows = await trx
        .selectFrom('medication_orders as o')
        .innerJoin('users as u', 'u.id', 'o.prescriber_id')
        .innerJoin('patients as p', 'p.id', 'o.patient_id')
        .selectAll('o')
        .select((eb) => [
          'u.display_name as pa_name',
          'p.given_name',
          'p.family_name',
          'p.preferred_name',
          'p.date_of_birth',
          'p.mrn',
          eb
            .selectFrom('order_alerts as a')
            .select((a) => a.fn.countAll<string>().as('n'))
            .whereRef('a.order_id', '=', 'o.id')
            .where('a.override_reason', 'is not', null)
            .as('overridden'),
        ])
        .where('o.status', '=', 'pending-cosign')
        .where('u.supervising_user_id', '=', principal.userId)
        .orderBy('o.signed_at')
        .orderBy('o.id')
        .limit(200)
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        action: 'search',
        resourceType: 'MedicationRequest',
        outcome: 'success',
        detail: { view: 'cosign-queue', results: rows.length },
        at: deps.clock.now(),
      });
      return {
        items: rows.map((row) => {
          const {
            pa_name,
            given_name,
            family_name,
            preferred_name,
            date_of_birth,
            mrn,
            overridden,
            ...order
          } = row;
          return {
            order: toOrder(order),
            patient: {
              id: row.patient_id,
              givenName: given_name,
              familyName: family_name,
              preferredName: preferred_name,
              dateOfBirth: date_of_birth,
              mrn,
            },
            prescriberName: pa_name,
            signedAt: isoOrNull(row.signed_at),
            overriddenAlerts: Number(overridden ?? 0),
          };
        }),
      };
    });
  }

  return {
    create,
    update,
    sign,
    cosign,
    cosignQueue,
    enteredInError,
    list,
    get,
    alerts,
    myMedications,
    activeOrders,
  };
}

export type OrderService = ReturnType<typeof createOrderService>;
