import { resolveMedication, type Schedule } from '@titrate/clinical';
import { type Selectable, sql } from 'kysely';
import { withTenant } from '../db/database.js';
import type { DB, RefillStatus } from '../db/schema.js';
import { careTeamPatientIds, patientListScope, requirePatientAccess } from './access.js';
import { actor, recordAudit } from './audit.js';
import { clinicToday, lastVisitDate, openTask } from './between-visits.js';
import { iso, isoOrNull, organizationPolicy } from './care-context.js';
import type { Deps } from './deps.js';
import { AppError } from './errors.js';
import type { Principal } from './principal.js';
import { decideRefill, readRefillPolicy } from './refill-policy.js';

/**
 * Refill requests (issue #6 item 6). The patient asks; the clinic's policy (`refill-policy.ts`)
 * sorts the request at once (queued, needs a visit, needs a new prescription) and tells the
 * patient when it will be looked at; the care team's queue then decides. Approving is a
 * prescriber's act: nothing is authorised without one.
 */

type RefillRow = Selectable<DB['refill_requests']> & { display_name: string };

/** Statuses still waiting for the care team (the caseload lists them as pending refills). */
export const OPEN_REFILL_STATUSES: readonly RefillStatus[] = [
  'requested',
  'needs-visit',
  'needs-prescription',
];
const OPEN = OPEN_REFILL_STATUSES;
/** Statuses that used one of the prescription's refills. */
const USED: readonly RefillStatus[] = ['approved', 'sent'];

const SCHEDULE_RANK: Record<Exclude<Schedule, null>, number> = { II: 4, III: 3, IV: 2, V: 1 };

/** The most restrictive schedule among an order's drugs (a combination can mix). */
export function strictestSchedule(drugName: string): Schedule {
  let strictest: Schedule = null;
  for (const drug of resolveMedication(drugName).drugs) {
    if (drug.schedule && (strictest === null || SCHEDULE_RANK[drug.schedule] > SCHEDULE_RANK[strictest])) {
      strictest = drug.schedule;
    }
  }
  return strictest;
}

function toRefill(row: RefillRow) {
  return {
    id: row.id,
    version: row.version,
    patientId: row.patient_id,
    medicationOrderId: row.medication_order_id,
    medication: row.display_name,
    status: row.status,
    policyDecision: row.policy_decision,
    policyReason: row.policy_reason,
    reviewDate: row.review_date,
    note: row.note,
    requestedAt: iso(row.requested_at),
    decidedBy: row.decided_by,
    decidedAt: isoOrNull(row.decided_at),
    decisionNote: row.decision_note,
    taskId: row.task_id,
  };
}

export type RefillDecisionInput = {
  decision: 'approve' | 'deny' | 'needs-visit';
  note?: string | null | undefined;
};

export function createRefillService(deps: Deps) {
  const { db } = deps;
  const now = () => deps.clock.now();

  async function request(
    principal: Principal,
    input: { medicationOrderId: string; note?: string | null | undefined },
  ) {
    const patientId = principal.patientId;
    if (!patientId) throw new AppError('not-found', 'This account is not linked to a patient record.');
    return withTenant(db, principal.organizationId, async (trx) => {
      await requirePatientAccess(
        trx,
        principal,
        patientId,
        await organizationPolicy(trx),
        'medications',
        now(),
      );
      const order = await trx
        .selectFrom('medication_orders')
        .select(['id', 'drug_name', 'display_name', 'status', 'refills'])
        .where('id', '=', input.medicationOrderId)
        .where('patient_id', '=', patientId)
        .executeTakeFirst();
      // Another patient's order is simply not found: an id reveals nothing.
      if (!order) throw new AppError('not-found', 'Medication was not found.');
      if (order.status !== 'active') {
        throw new AppError('unprocessable', 'Only a medicine you are currently taking can be refilled.', [
          { field: 'body.medicationOrderId', message: `the order is ${order.status}` },
        ]);
      }
      const open = await trx
        .selectFrom('refill_requests')
        .select('id')
        .where('medication_order_id', '=', order.id)
        .where('status', 'in', OPEN)
        .executeTakeFirst();
      if (open) {
        throw new AppError(
          'conflict',
          'You already asked for a refill of this medicine; its status is shown in your list.',
        );
      }
      const used = await trx
        .selectFrom('refill_requests')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('medication_order_id', '=', order.id)
        .where('status', 'in', USED)
        .executeTakeFirstOrThrow();
      const at = now();
      const org = await trx.selectFrom('organizations').select('settings').executeTakeFirst();
      const decision = decideRefill(
        {
          today: await clinicToday(trx, at),
          schedule: strictestSchedule(order.drug_name),
          refillsAuthorized: order.refills,
          refillsUsed: Number(used.count),
          lastVisitDate: await lastVisitDate(trx, patientId, at),
        },
        readRefillPolicy(org?.settings),
      );
      const taskId = await openTask(
        trx,
        principal,
        patientId,
        {
          kind: 'refill',
          priority: 'routine',
          title:
            decision.status === 'requested'
              ? `Refill request: ${order.display_name}`
              : `Refill request: ${order.display_name} (${decision.status})`,
          detail: {
            source: 'refill-request',
            orderId: order.id,
            policy: decision.code,
            reviewDate: decision.reviewDate,
          },
        },
        at,
      );
      const row = await trx
        .insertInto('refill_requests')
        .values({
          organization_id: principal.organizationId,
          patient_id: patientId,
          medication_order_id: order.id,
          status: decision.status,
          policy_decision: decision.code,
          policy_reason: decision.reason,
          review_date: decision.reviewDate,
          note: input.note ?? null,
          requested_by: principal.userId,
          requested_at: at,
          task_id: taskId,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'create',
        resourceType: 'RefillRequest',
        resourceId: row.id,
        outcome: 'success',
        detail: { status: row.status, policy: decision.code },
        at,
      });
      return { ...toRefill({ ...row, display_name: order.display_name }), deferred: decision.deferred };
    });
  }

  async function mine(principal: Principal) {
    const patientId = principal.patientId;
    if (!patientId) throw new AppError('not-found', 'This account is not linked to a patient record.');
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
        .selectFrom('refill_requests as r')
        .innerJoin('medication_orders as o', 'o.id', 'r.medication_order_id')
        .selectAll('r')
        .select('o.display_name')
        .where('r.patient_id', '=', patientId)
        .orderBy('r.requested_at', 'desc')
        .limit(200)
        .execute();
      await recordAudit(trx, {
        ...actor(principal),
        patientId,
        action: 'read',
        resourceType: 'RefillRequest',
        outcome: 'success',
        detail: { results: rows.length },
        at: now(),
      });
      return { items: rows.map(toRefill) };
    });
  }

  /** The clinic's queue: only patients the principal may see, oldest review date first. */
  async function queue(principal: Principal, filter: { status?: RefillStatus | undefined }) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const scope = patientListScope(principal, await organizationPolicy(trx));
      let query = trx
        .selectFrom('refill_requests as r')
        .innerJoin('medication_orders as o', 'o.id', 'r.medication_order_id')
        .innerJoin('patients as p', 'p.id', 'r.patient_id')
        .selectAll('r')
        .select(['o.display_name', 'p.given_name', 'p.family_name', 'p.mrn']);
      if (scope.kind === 'care-team') {
        query = query.where('r.patient_id', 'in', careTeamPatientIds(trx, scope.userId));
      } else if (scope.kind !== 'organization') {
        return { items: [] };
      }
      query = filter.status
        ? query.where('r.status', '=', filter.status)
        : query.where('r.status', 'in', OPEN);
      const rows = await query.orderBy('r.review_date').orderBy('r.requested_at').limit(500).execute();
      await recordAudit(trx, {
        ...actor(principal),
        action: 'search',
        resourceType: 'RefillRequest',
        outcome: 'success',
        detail: { results: rows.length },
        at: now(),
      });
      return {
        items: rows.map((row) => ({
          ...toRefill(row),
          patient: {
            id: row.patient_id,
            givenName: row.given_name,
            familyName: row.family_name,
            mrn: row.mrn,
          },
        })),
      };
    });
  }

  async function decide(principal: Principal, requestId: string, input: RefillDecisionInput) {
    return withTenant(db, principal.organizationId, async (trx) => {
      const current = await trx
        .selectFrom('refill_requests as r')
        .innerJoin('medication_orders as o', 'o.id', 'r.medication_order_id')
        .selectAll('r')
        .select('o.display_name')
        .where('r.id', '=', requestId)
        .executeTakeFirst();
      if (!current) throw new AppError('not-found', 'Refill request was not found.');
      try {
        await requirePatientAccess(
          trx,
          principal,
          current.patient_id,
          await organizationPolicy(trx),
          'medications',
          now(),
        );
      } catch (error) {
        if (error instanceof AppError && error.status === 404)
          throw new AppError('not-found', 'Refill request was not found.');
        throw error;
      }
      if (input.decision === 'approve' && !principal.roles.includes('prescriber')) {
        throw new AppError('forbidden', 'Only a prescriber can approve a refill.');
      }
      if (!OPEN.includes(current.status)) {
        throw new AppError('conflict', `This request was already decided (${current.status}).`);
      }
      if (input.decision === 'approve' && current.status === 'needs-prescription') {
        throw new AppError(
          'conflict',
          'This medicine cannot be refilled under the clinic policy: write a new prescription instead.',
        );
      }
      if (input.decision === 'approve' && current.status === 'needs-visit' && !input.note) {
        throw new AppError('validation', 'Approving without the required visit needs a note saying why.', [
          { field: 'body.note', message: 'required to approve a request that needs a visit' },
        ]);
      }
      const status: RefillStatus =
        input.decision === 'approve' ? 'approved' : input.decision === 'deny' ? 'denied' : 'needs-visit';
      const at = now();
      const row = await trx
        .updateTable('refill_requests')
        .set({
          status,
          decided_by: principal.userId,
          decided_at: at,
          decision_note: input.note ?? null,
          updated_at: at,
          version: sql`version + 1`,
        } as never)
        .where('id', '=', requestId)
        .where('version', '=', current.version)
        .returningAll()
        .executeTakeFirst();
      if (!row)
        throw new AppError('conflict', 'This request was changed by someone else. Reload it and try again.');
      // A final decision closes the refill task; "needs a visit" leaves it open for booking.
      if (current.task_id && status !== 'needs-visit') {
        await trx
          .updateTable('tasks')
          .set({
            status: 'done',
            closed_by: principal.userId,
            closed_at: at,
            updated_at: at,
            version: sql`version + 1`,
          } as never)
          .where('id', '=', current.task_id)
          .where('status', '<>', 'done')
          .execute();
      }
      await recordAudit(trx, {
        ...actor(principal),
        patientId: current.patient_id,
        action: 'update',
        resourceType: 'RefillRequest',
        resourceId: requestId,
        outcome: 'success',
        detail: { status },
        at,
      });
      return toRefill({ ...row, display_name: current.display_name });
    });
  }

  return { request, mine, queue, decide };
}

export type RefillService = ReturnType<typeof createRefillService>;
