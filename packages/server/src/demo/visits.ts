import { createHash } from 'node:crypto';
import { recommendFollowUp } from '@titrate/clinical';
import { sql, type Transaction } from 'kysely';
import { DateTime } from 'luxon';
import type { DB } from '../db/schema.js';
import { DEMO_COURSES, type DemoClinic } from './clinic.js';

const CLINIC_ADDRESS = '400 River Street, Suite 210, Riverbend, IL 60601';
const TELEHEALTH_BASE = 'https://telehealth.riverbend.example/visit';

/**
 * Demo visits: for most patients a fulfilled visit three weeks before the anchor date with a
 * signed note, and the next visit booked from the engine's recommendation (deterministic: no
 * randomness, so repeated loads match). Every sixth patient has no visit yet (a new referral).
 */
export async function insertDemoVisits(trx: Transaction<DB>, clinic: DemoClinic, anchorDate: string) {
  const org = clinic.organization.id;
  await trx
    .updateTable('organizations')
    .set({
      settings: sql`settings || ${JSON.stringify({ clinicAddress: CLINIC_ADDRESS, telehealthLinkBase: TELEHEALTH_BASE })}::jsonb`,
    })
    .where('id', '=', org)
    .execute();
  const staff = new Map(clinic.staff.map((s) => [s.email, s.id]));
  for (const [index, patient] of clinic.patients.entries()) {
    if (index % 6 === 5) continue;
    // The told courses (demo/courses.ts) have visits of their own.
    if ((Object.values(DEMO_COURSES) as number[]).includes(index + 1)) continue;
    const prescriberEmail =
      patient.careTeam.find((m) => m.role === 'prescriber' && m.isPrimary)?.email ??
      patient.careTeam.find((m) => m.role === 'prescriber')?.email;
    const clinicianId = prescriberEmail ? staff.get(prescriberEmail) : undefined;
    if (!clinicianId) continue;
    const zone = patient.timeZone;
    const visitDay = DateTime.fromISO(anchorDate, { zone }).minus({ days: 21 });
    const pastStart = visitDay.set({ hour: 9 + (index % 7), minute: 0 }).toUTC();
    const telehealth = index % 3 === 1;
    const past = await trx
      .insertInto('appointments')
      .values({
        organization_id: org,
        patient_id: patient.id,
        clinician_id: clinicianId,
        starts_at: pastStart.toJSDate(),
        ends_at: pastStart.plus({ minutes: 30 }).toJSDate(),
        modality: telehealth ? 'telehealth' : 'in-person',
        location: telehealth ? null : CLINIC_ADDRESS,
        telehealth_url: telehealth ? link(`${patient.id}-past`) : null,
        status: 'fulfilled',
        reason_kind: 'follow-up',
        recommendation: JSON.stringify(null),
        created_by: clinicianId,
        created_at: pastStart.minus({ days: 28 }).toJSDate(),
        updated_at: pastStart.plus({ minutes: 30 }).toJSDate(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const risk = index % 10 === 3 ? 'low' : 'none';
    const monthsStable = index % 4;
    const recommendation = recommendFollowUp({
      asOf: visitDay.toISODate() as string,
      safetyRisk: risk,
      monthsStable,
    });
    const signedAt = pastStart.plus({ minutes: 40 }).toJSDate();
    // The next visit at the recommended interval; if that has already passed, shortly after the anchor.
    let next = visitDay
      .plus({ days: recommendation.intervalDays })
      .set({ hour: 10 + (index % 6), minute: 0 });
    const anchor = DateTime.fromISO(anchorDate, { zone });
    if (next <= anchor)
      next = anchor.plus({ days: 1 + (index % 5) }).set({ hour: 10 + (index % 6), minute: 0 });
    const nextTelehealth = !recommendation.inPersonRequired && index % 2 === 0;
    const note = await trx
      .insertInto('visit_notes')
      .values({
        organization_id: org,
        patient_id: patient.id,
        appointment_id: past.id,
        author_id: clinicianId,
        since: null,
        prefill: JSON.stringify({ since: null, note: 'Demo visit: pre-filled content not generated.' }),
        subjective: 'Reports steady mood and sleep since the last visit; no new side effects.',
        assessment: 'Stable on the current regimen.',
        risk_level: risk,
        decisions: JSON.stringify([]),
        plan: 'Continue the current plan; rating scales before the next visit.',
        recommendation: JSON.stringify(recommendation),
        created_at: pastStart.plus({ minutes: 5 }).toJSDate(),
        updated_at: signedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const booked = await trx
      .insertInto('appointments')
      .values({
        organization_id: org,
        patient_id: patient.id,
        clinician_id: clinicianId,
        starts_at: next.toUTC().toJSDate(),
        ends_at: next.toUTC().plus({ minutes: 30 }).toJSDate(),
        modality: nextTelehealth ? 'telehealth' : 'in-person',
        location: nextTelehealth ? null : CLINIC_ADDRESS,
        telehealth_url: nextTelehealth ? link(`${patient.id}-next`) : null,
        reason_kind: 'follow-up',
        recommendation: JSON.stringify(recommendation),
        source_note_id: note.id,
        created_by: clinicianId,
        created_at: signedAt,
        updated_at: signedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Signed last: the trigger freezes the note once signed.
    await trx
      .updateTable('visit_notes')
      .set({ status: 'signed', signed_by: clinicianId, signed_at: signedAt, next_appointment_id: booked.id })
      .where('id', '=', note.id)
      .execute();
  }
}

/** A stable, unguessable-looking demo meeting link. */
function link(seed: string): string {
  return `${TELEHEALTH_BASE}/${createHash('sha256').update(seed).digest('base64url').slice(0, 24)}`;
}
