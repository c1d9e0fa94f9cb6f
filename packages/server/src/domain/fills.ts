import type { Selectable, Transaction } from 'kysely';
import { withTenant } from '../db/database.js';
import type { DB, FillSource } from '../db/schema.js';
import { computedDaysSupply } from '../reminders/adherence.js';
import { requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { iso, organizationPolicy } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';

/**
 * Medication fills (FHIR MedicationDispense; issue #6): the dates a prescription was picked up,
 * from which adherence by refill dates (proportion of days covered) is computed. Staff record
 * fills the pharmacy reports or the clinic learns of; a patient can say "I picked up my medicine".
 */

type FillRow = Selectable<DB['medication_fills']>;
type Trx = Transaction<DB>;

export interface FillInput {
  medicationOrderId: string;
  filledOn: string;
  quantity: number;
  daysSupply?: number | null | undefined;
}

function toFill(row: FillRow & { display_name: string }) {
  return {
    id: row.id,
    patientId: row.patient_id,
    medicationOrderId: row.medication_order_id,
    medication: row.display_name,
    filledOn: row.filled_on,
    quantity: Number(row.quantity),
    daysSupply: row.days_supply,
    daysSupplyComputed: row.days_supply_computed,
    source: row.source,
    status: row.status,
    errorReason: row.error_reason,
    recordedBy: row.recorded_by,
    recordedAt: iso(row.recorded_at),
  };
}

/** Completed fills of one order, oldest first, as the adherence arithmetic takes them. */
export async function fillsOfOrder(trx: Trx, orderId: string) {
  const rows = await trx
    .selectFrom('medication_fills')
    .select(['filled_on', 'days_supply'])
    .where('medication_order_id', '=', orderId)
    .where('status', '=', 'completed')
    .orderBy('filled_on')
    .execute();
  return rows.map((row) => ({ date: row.filled_on, daysSupply: row.days_supply }));
}

export function createFillService(deps: Deps) {
  const { db } = deps;
  const now = () => deps.clock.now();

  async function record(
    trx: Trx,
    principal: Principal,
    patientId: string,
    input: FillInput,
    source: FillSource,
  ) {
    const at = now();
    await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'medications', at);
    const order = await trx
      .selectFrom('medication_orders')
      .select(['id', 'display_name', 'status', 'dose_amount', 'dose_unit', 'strength', 'frequency'])
      .where('id', '=', input.medicationOrderId)
      .where('patient_id', '=', patientId)
      .executeTakeFirst();
    // Another patient's order is simply not found: an id reveals nothing.
    if (!order) throw new AppError('not-found', 'Medication was not found.');
    if (order.status !== 'active' && order.status !== 'completed' && order.status !== 'stopped') {
      throw new AppError('unprocessable', 'A fill can be recorded only for a signed prescription.', [
        { field: 'body.medicationOrderId', message: `the order is ${order.status}` },
      ]);
    }
    if (input.filledOn > at.toISOString().slice(0, 10)) {
      throw new AppError('unprocessable', 'A fill date cannot be in the future.', [
        { field: 'body.filledOn', message: 'must be today or earlier' },
      ]);
    }
    let daysSupply = input.daysSupply ?? null;
    const computed = daysSupply === null;
    if (daysSupply === null) {
      daysSupply = computedDaysSupply(input.quantity, {
        doseAmount: order.dose_amount === null ? null : Number(order.dose_amount),
        doseUnit: order.dose_unit,
        strength: order.strength,
        timesPerDay: order.frequency?.timesPerDay,
      });
      if (daysSupply === null || daysSupply > 365) {
        throw new AppError(
          'unprocessable',
          "The days' supply cannot be worked out from this prescription (its dose, strength or times a day are not stated); enter the days' supply from the pharmacy label.",
          [{ field: 'body.daysSupply', message: 'required for this prescription' }],
        );
      }
    }
    const row = await trx
      .insertInto('medication_fills')
      .values({
        organization_id: principal.organizationId,
        patient_id: patientId,
        medication_order_id: order.id,
        filled_on: input.filledOn,
        quantity: input.quantity,
        days_supply: daysSupply,
        days_supply_computed: computed,
        source,
        recorded_by: principal.userId,
        recorded_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      ...actor(principal),
      patientId,
      action: 'create',
      resourceType: 'MedicationDispense',
      resourceId: row.id,
      outcome: 'success',
      detail: { source },
      at,
    });
    return toFill({ ...row, display_name: order.display_name });
  }

  async function list(trx: Trx, principal: Principal, patientId: string) {
    const at = now();
    await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'medications', at);
    const rows = await trx
      .selectFrom('medication_fills as f')
      .innerJoin('medication_orders as o', 'o.id', 'f.medication_order_id')
      .selectAll('f')
      .select('o.display_name')
      .where('f.patient_id', '=', patientId)
      .orderBy('f.filled_on', 'desc')
      .orderBy('f.recorded_at', 'desc')
      .limit(500)
      .execute();
    await recordAudit(trx, {
      ...actor(principal),
      patientId,
      action: 'read',
      resourceType: 'MedicationDispense',
      outcome: 'success',
      detail: { count: rows.length },
      at,
    });
    return { items: rows.map(toFill) };
  }

  /**
   * A fill recorded in error (wrong patient, wrong drug, a pickup that never happened) is kept and
   * marked, with the reason; it no longer counts towards adherence by refill dates.
   */
  async function enteredInError(principal: Principal, patientId: string, fillId: string, reason: string) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const at = now();
      await requirePatientAccess(trx, principal, patientId, await organizationPolicy(trx), 'medications', at);
      const existing = await trx
        .selectFrom('medication_fills')
        .select(['id', 'status'])
        .where('id', '=', fillId)
        .where('patient_id', '=', patientId)
        .executeTakeFirst();
      // Another patient's fill is simply not found: an id reveals nothing.
      if (!existing) throw new AppError('not-found', 'Fill was not found.');
      if (existing.status === 'entered-in-error') {
        throw new AppError('conflict', 'This fill is already marked entered in error.');
      }
      const row = await trx
        .updateTable('medication_fills')
        .set({
          status: 'entered-in-error',
          error_reason: reason,
          status_changed_at: at,
          status_changed_by: principal.userId,
        })
        .where('id', '=', fillId)
        .where('status', '=', 'completed')
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new AppError('conflict', 'This fill is already marked entered in error.');
      const order = await trx
        .selectFrom('medication_orders')
        .select('display_name')
        .where('id', '=', row.medication_order_id)
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'update',
        resourceType: 'MedicationDispense',
        resourceId: row.id,
        outcome: 'success',
        detail: { status: 'entered-in-error' },
        at,
      });
      return toFill({ ...row, display_name: order.display_name });
    });
  }

  return {
    enteredInError,
    /** Staff record a fill the pharmacy reported or the clinic learnt of. */
    async recordForPatient(principal: Principal, patientId: string, input: FillInput) {
      return withTenant(db, principal.organizationId, (trx) =>
        record(trx, principal, patientId, input, 'clinic-recorded'),
      );
    },
    /** "I picked up my medicine." */
    async recordMine(principal: Principal, input: FillInput) {
      const patientId = principal.patientId;
      if (!patientId) throw new AppError('not-found', 'This account is not linked to a patient record.');
      return withTenant(db, principal.organizationId, (trx) =>
        record(trx, principal, patientId, input, 'patient-reported'),
      );
    },
    async list(principal: Principal, patientId: string) {
      return withTenant(db, principal.organizationId, (trx) => list(trx, principal, patientId));
    },
  };
}

export type FillService = ReturnType<typeof createFillService>;
