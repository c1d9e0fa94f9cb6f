import { type Selectable, sql, type Transaction } from 'kysely';
import { withTenant } from '../db/database.js';
import type { DB, ErxStatus } from '../db/schema.js';
import { loadPrescription } from '../erx/prescription.js';
import { OutboxTransmitter, type Prescription, type PrescriptionTransmitter } from '../erx/transmitter.js';
import { careTeamPatientIds, organizationPolicy, patientListScope } from './access.js';
import { actor, recordAudit } from './audit.js';
import { iso, isoOrNull } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import { hasAnyRole, type Principal } from './principal.js';

type OrderRow = Selectable<DB['medication_orders']>;
type OutboxRow = Selectable<DB['erx_outbox']>;

/** Automatic attempts before an entry waits for a person to retry it (from the outbox list). */
export const ERX_MAX_AUTOMATIC_ATTEMPTS = 10;

/** The administrator's view of an entry: delivery status only, no drug, no patient. */
function withoutClinicalDetail(entry: ReturnType<typeof toEntry>) {
  return { ...entry, patientId: null, prescription: null };
}

/** What the clinic's outbox list shows: the prescription without the patient's name or birth date. */
function toEntry(row: OutboxRow) {
  const payload = row.payload as unknown as Prescription;
  return {
    id: row.id,
    orderId: row.order_id,
    patientId: row.patient_id,
    status: row.status,
    reference: row.reference,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    sentAt: isoOrNull(row.sent_at),
    prescription: {
      drug: payload.drug,
      strength: payload.strength,
      sig: payload.sig,
      quantity: payload.quantity,
      refills: payload.refills,
      pharmacy: payload.pharmacy,
      controlled: payload.controlled,
      prescriberId: payload.prescriber.id,
      signedAt: payload.signedAt,
    },
  };
}

/**
 * Hands signed prescriptions to the transmission adapter. `enqueue` runs inside the signing
 * transaction, so a prescription that became active always has its outbox entry (exactly one, by
 * a unique index); `deliver` runs after the commit, and a failure leaves the entry `failed` with
 * the error and the attempt count, to be retried — the prescription itself is never lost.
 */
export function createErxService(deps: Deps, transmitter: PrescriptionTransmitter = new OutboxTransmitter()) {
  const { db } = deps;

  async function enqueue(trx: Transaction<DB>, order: OrderRow, now: Date) {
    if (order.status !== 'active') return;
    const inserted = await trx
      .insertInto('erx_outbox')
      .values({
        organization_id: order.organization_id,
        patient_id: order.patient_id,
        order_id: order.id,
        payload: JSON.stringify({}),
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['organization_id', 'order_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return;
    const prescription = await loadPrescription(trx, order, inserted.id);
    await trx
      .updateTable('erx_outbox')
      .set({ payload: JSON.stringify(prescription) })
      .where('id', '=', inserted.id)
      .execute();
  }

  /** Transmits one order's pending or failed entry; never throws (a failure is recorded). */
  async function deliver(organizationId: string, orderId: string): Promise<ErxStatus | null> {
    try {
      return await withTenant(db, organizationId, async (trx) => {
        const row = await trx
          .selectFrom('erx_outbox')
          .selectAll()
          .where('order_id', '=', orderId)
          .where('status', 'in', ['pending', 'failed'])
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!row) return null;
        const now = deps.clock.now();
        let result: Awaited<ReturnType<PrescriptionTransmitter['transmit']>>;
        try {
          result = await transmitter.transmit(row.payload as unknown as Prescription);
        } catch (error) {
          result = {
            status: 'failed',
            reference: null,
            error:
              `${transmitter.name}: ${error instanceof Error ? error.message : 'transmission failed'}`.slice(
                0,
                500,
              ),
          };
        }
        await trx
          .updateTable('erx_outbox')
          .set({
            status: result.status,
            reference: result.reference,
            last_error: result.status === 'failed' ? (result.error ?? 'transmission failed') : null,
            attempts: row.attempts + 1,
            sent_at: result.status === 'sent' ? now : null,
            updated_at: now,
          })
          .where('id', '=', row.id)
          .execute();
        return result.status;
      });
    } catch {
      // The entry stays pending (its transaction rolled back); a retry or the next attempt sends it.
      return 'pending';
    }
  }

  function requireStaff(principal: Principal) {
    if (!principal.roles.some((role) => role === 'prescriber' || role === 'admin')) {
      throw new AppError('forbidden', 'Only prescribers and administrators can see the prescription outbox.');
    }
  }

  async function list(principal: Principal, status?: ErxStatus) {
    requireStaff(principal);
    return withTenant(db, principal.organizationId, async (trx) => {
      let query = trx.selectFrom('erx_outbox').selectAll();
      if (status) query = query.where('status', '=', status);
      // Least privilege: a prescriber sees the prescriptions of their care teams' patients (or the
      // clinic's, under clinic-wide access); an administrator watches delivery without clinical detail.
      const prescriber = hasAnyRole(principal, ['prescriber']);
      if (prescriber) {
        const scope = patientListScope(principal, await organizationPolicy(trx));
        if (scope.kind === 'care-team')
          query = query.where('patient_id', 'in', careTeamPatientIds(trx, scope.userId));
      }
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(500).execute();
      await recordAudit(trx, {
        ...actor(principal),
        action: 'read',
        resourceType: 'MedicationRequest',
        outcome: 'success',
        detail: { view: 'erx-outbox', status: status ?? 'all', results: rows.length },
        at: deps.clock.now(),
      });
      return rows.map((row) => (prescriber ? toEntry(row) : withoutClinicalDetail(toEntry(row))));
    });
  }

  /** Sends a failed (or stuck pending) entry again. */
  async function retry(principal: Principal, entryId: string) {
    requireStaff(principal);
    const row = await withTenant(db, principal.organizationId, (trx) =>
      trx.selectFrom('erx_outbox').selectAll().where('id', '=', entryId).executeTakeFirst(),
    );
    if (!row) throw new AppError('not-found', 'Outbox entry was not found.');
    if (row.status === 'sent') throw new AppError('conflict', 'This prescription has already been sent.');
    await deliver(principal.organizationId, row.order_id);
    return withTenant(db, principal.organizationId, async (trx) => {
      const updated = await trx
        .selectFrom('erx_outbox')
        .selectAll()
        .where('id', '=', entryId)
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId: updated.patient_id,
        action: 'update',
        resourceType: 'MedicationRequest',
        resourceId: updated.order_id,
        outcome: updated.status === 'sent' ? 'success' : 'failure',
        detail: { operation: 'erx-retry', status: updated.status, attempts: updated.attempts },
        at: deps.clock.now(),
      });
      return toEntry(updated);
    });
  }

  /** The retry sweep (job `erx.retry`): sends pending and failed entries again; returns how many were sent. */
  async function deliverDue(scope: { organizationId?: string | undefined } = {}) {
    const due = await sql<{ organization_id: string; order_id: string }>`
      select organization_id, order_id from erx_outbox_due(${ERX_MAX_AUTOMATIC_ATTEMPTS})`.execute(db);
    let sent = 0;
    for (const row of due.rows) {
      if (scope.organizationId && row.organization_id !== scope.organizationId) continue;
      if ((await deliver(row.organization_id, row.order_id)) === 'sent') sent += 1;
    }
    return sent;
  }

  return { enqueue, deliver, deliverDue, list, retry };
}

export type ErxService = ReturnType<typeof createErxService>;
