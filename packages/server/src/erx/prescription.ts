import { resolveMedication } from '@titrate/clinical';
import type { Selectable, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { iso } from '../domain/care-context.js';
import { frequencyText } from '../domain/orders.js';
import type { Prescription } from './transmitter.js';

type OrderRow = Selectable<DB['medication_orders']>;

/** Directions as printed: "Take 50 mg by mouth daily", from the order's structured fields. */
export function sigOf(order: Pick<OrderRow, 'dose_amount' | 'dose_unit' | 'route' | 'frequency'>): string {
  const dose =
    order.dose_amount === null ? null : `${Number(order.dose_amount)} ${order.dose_unit ?? ''}`.trim();
  const route = order.route ? (order.route.toLowerCase() === 'oral' ? 'by mouth' : order.route) : null;
  const when = frequencyText(order.frequency);
  const parts = [dose, route, when].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? `Take ${parts.join(' ')}` : 'Use as directed';
}

/** The DEA schedule of an order's drug (the highest of a combination's parts), or null. */
export function scheduleOf(drugName: string): string | null {
  const schedules = resolveMedication(drugName)
    .drugs.map((drug) => drug.schedule)
    .filter((s): s is NonNullable<typeof s> => s !== null);
  return schedules[0] ?? null;
}

/** Everything a prescription carries, read from the order, its patient and its prescriber. */
export async function loadPrescription(
  trx: Transaction<DB>,
  order: OrderRow,
  outboxId: string,
): Promise<Prescription> {
  const patient = await trx
    .selectFrom('patients')
    .select(['id', 'given_name', 'family_name', 'date_of_birth'])
    .where('id', '=', order.patient_id)
    .executeTakeFirstOrThrow();
  const prescriber = await trx
    .selectFrom('users')
    .select(['id', 'display_name', 'credential', 'npi', 'dea_number'])
    .where('id', '=', order.prescriber_id)
    .executeTakeFirstOrThrow();
  const schedule = scheduleOf(order.drug_name);
  return {
    outboxId,
    orderId: order.id,
    patient: {
      id: patient.id,
      name: `${patient.given_name} ${patient.family_name}`,
      dateOfBirth: patient.date_of_birth,
    },
    prescriber: {
      id: prescriber.id,
      name: prescriber.display_name,
      credential: prescriber.credential,
      npi: prescriber.npi,
      dea: schedule ? prescriber.dea_number : null,
    },
    drug: order.display_name,
    strength: order.strength,
    sig: sigOf(order),
    quantity: order.quantity === null ? null : Number(order.quantity),
    refills: order.refills,
    pharmacy: order.pharmacy,
    controlled: schedule !== null,
    schedule,
    signedAt: iso(order.cosigned_at ?? order.signed_at ?? order.updated_at),
  };
}
