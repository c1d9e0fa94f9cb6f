import type { Transaction } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../db/schema.js';
import { localToUtc } from '../reminders/schedule.js';
import type { DemoClinic } from './clinic.js';

/**
 * Demo routines, dose schedules and two weeks of dose log for the patients who have an active
 * order (from `insertDemoCare`), deterministic like the rest of the demo: most take nearly every
 * dose, every fifth misses often (so the adherence view and the sweep's task have something to
 * show), and skips carry reasons.
 */
const SKIP_REASONS = ['forgot', 'side-effects', 'cost', 'felt-fine'] as const;

export async function insertDemoReminders(trx: Transaction<DB>, clinic: DemoClinic, anchorDate: string) {
  const org = clinic.organization.id;
  const orders = await trx
    .selectFrom('medication_orders')
    .select(['id', 'patient_id'])
    .where('status', '=', 'active')
    .orderBy('created_at')
    .execute();
  const patients = new Map(clinic.patients.map((p) => [p.id, p]));
  for (const [index, order] of orders.entries()) {
    const patient = patients.get(order.patient_id);
    if (!patient) continue;
    const breakfast = index % 3 === 0 ? '07:30' : '08:00';
    await trx
      .insertInto('patient_routines')
      .values({
        patient_id: patient.id,
        organization_id: org,
        anchors: JSON.stringify({ wake: '07:00', breakfast, dinner: '18:30', bedtime: '22:30' }),
        weekdays: JSON.stringify({
          sat: { wake: '09:00', breakfast: '09:30' },
          sun: { wake: '09:00', breakfast: '09:30' },
        }),
        shift_pattern: JSON.stringify(null),
        quiet_start: '22:00',
        quiet_end: '07:00',
        web_push_subscriptions: JSON.stringify([]),
        sms_number: null,
        updated_by: patient.userId,
      })
      .onConflict((oc) => oc.column('patient_id').doNothing())
      .execute();
    const start = DateTime.fromISO(anchorDate, { zone: 'UTC' }).minus({ days: 21 }).toISODate() as string;
    await trx
      .insertInto('dose_schedules')
      .values({
        organization_id: org,
        patient_id: patient.id,
        medication_order_id: order.id,
        anchor: 'breakfast',
        offset_minutes: 0,
        dose_text: 'as prescribed',
        start_date: start,
        created_by: null,
      })
      .execute();
    const poor = index % 5 === 4;
    for (let day = 14; day >= 1; day--) {
      const date = DateTime.fromISO(anchorDate, { zone: 'UTC' }).minus({ days: day }).toISODate() as string;
      const scheduledFor = localToUtc(date, breakfast, patient.timeZone);
      const missed = poor ? day % 3 !== 0 : (day + index) % 11 === 0;
      const skipped = missed && day % 2 === 0;
      if (missed && !skipped) continue;
      await trx
        .insertInto('dose_events')
        .values({
          organization_id: org,
          patient_id: patient.id,
          medication_order_id: order.id,
          scheduled_for: scheduledFor,
          status: skipped ? 'skipped' : day % 6 === 0 ? 'late' : 'taken',
          reason: skipped ? SKIP_REASONS[(day + index) % SKIP_REASONS.length]! : null,
          taken_at: skipped ? null : new Date(scheduledFor.getTime() + (day % 6 === 0 ? 150 : 10) * 60_000),
          recorded_at: new Date(scheduledFor.getTime() + (day % 6 === 0 ? 155 : 12) * 60_000),
          recorded_by: patient.userId,
        })
        .execute();
    }
  }
}
