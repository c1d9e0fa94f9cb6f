import type { Transaction } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../db/schema.js';
import type { DemoClinic } from './clinic.js';

/**
 * Demo pharmacy fills for the active orders (from `insertDemoCare`), deterministic: most patients
 * refill every 30-day supply on time or a little early; every fifth refills late and is now
 * overdue, so adherence by refill dates has something to show next to the dose log.
 */
export async function insertDemoFills(trx: Transaction<DB>, clinic: DemoClinic, anchorDate: string) {
  const org = clinic.organization.id;
  const orders = await trx
    .selectFrom('medication_orders')
    .select(['id', 'patient_id', 'prescriber_id'])
    .where('status', '=', 'active')
    .orderBy('created_at')
    .execute();
  const patients = new Map(clinic.patients.map((p) => [p.id, p]));
  const anchor = DateTime.fromISO(anchorDate, { zone: 'UTC' });
  for (const [index, order] of orders.entries()) {
    const patient = patients.get(order.patient_id);
    if (!patient) continue;
    const poor = index % 5 === 4;
    // Days before the anchor date: refilled a little early every 30 days, or (poor) two fills with
    // a gap and none since: covered 60 of the last 90 days, and the refill 20 days overdue.
    const daysAgo = poor ? [88, 50] : [85 - (index % 3), 56 - (index % 3), 27 - (index % 3)];
    for (const [n, ago] of daysAgo.entries()) {
      const patientReported = n === daysAgo.length - 1 && index % 2 === 0;
      await trx
        .insertInto('medication_fills')
        .values({
          organization_id: org,
          patient_id: patient.id,
          medication_order_id: order.id,
          filled_on: anchor.minus({ days: ago }).toISODate() as string,
          quantity: 30,
          days_supply: 30,
          source: patientReported ? 'patient-reported' : 'pharmacy-report',
          recorded_by: patientReported ? patient.userId : order.prescriber_id,
          recorded_at: anchor.minus({ days: ago }).plus({ hours: 18 }).toJSDate(),
        })
        .execute();
    }
  }
}
