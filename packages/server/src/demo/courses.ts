import { findDrug, type MedicationChange, recommendFollowUp, scoreInstrument } from '@titrate/clinical';
import type { Transaction } from 'kysely';
import { DateTime } from 'luxon';
import type { DB, OrderAction, OrderStatus } from '../db/schema.js';
import { ageOn } from '../domain/care-context.js';
import { DEMO_COURSES, type DemoClinic, type DemoPatient } from './clinic.js';

/**
 * Two demo courses of care, told over months so the treatment timeline and the trial judgements
 * have a story to show (deterministic, no random draws; names come from the generated clinic):
 *
 * - `switched` (an adult): sertraline titrated to 150 mg and held ten weeks with the PHQ-9 barely
 *   moving (18 → 16: an adequate trial without response), then a cross-taper to venlafaxine, after
 *   which the PHQ-9 falls by more than half (a response).
 * - `adolescent` (15-16, with a guardian): fluoxetine started at 10 mg and raised to 20 mg after a
 *   week, each change reviewed after a week as the engine recommends for under-25s (boxed warning),
 *   a weekly PHQ-9 assigned, and the adolescent's consent sharing medications (dose reminders) with
 *   the linked guardian.
 */
const CLINIC_ADDRESS = '400 River Street, Suite 210, Riverbend, IL 60601';

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Item answers (0–3) adding up to `total` over nine items, item 9 (self-harm) always 0. */
function phq9Answers(total: number): number[] {
  const free = 8;
  const capped = Math.max(0, Math.min(total, free * 3));
  return [
    ...Array.from({ length: free }, (_, i) => Math.floor(capped / free) + (i < capped % free ? 1 : 0)),
    0,
  ];
}

interface OrderSpec {
  drug: string;
  mg: number;
  action: OrderAction;
  status: OrderStatus;
  /** Days from the anchor date (negative: before). */
  from: number;
  /** Null while active. */
  to: number | null;
  replaces?: string | null;
  reason?: string | null;
  strength: string;
  frequency: string;
}

export async function insertDemoCourses(trx: Transaction<DB>, clinic: DemoClinic, anchorDate: string) {
  const org = clinic.organization.id;
  const staff = new Map(clinic.staff.map((s) => [s.email, s]));
  const day = (offset: number) => addDays(anchorDate, offset);

  const prescriberOf = (patient: DemoPatient) => {
    const email = patient.careTeam.find((m) => m.role === 'prescriber' && m.isPrimary)?.email;
    const prescriber = email ? staff.get(email) : undefined;
    if (!prescriber) throw new Error(`Demo course patient ${patient.email} has no prescriber.`);
    return prescriber;
  };

  async function order(patient: DemoPatient, spec: OrderSpec): Promise<string> {
    const drug = findDrug(spec.drug);
    if (!drug) throw new Error(`Demo course drug ${spec.drug} is not in the formulary.`);
    const prescriber = prescriberOf(patient);
    const signed = `${day(spec.from)}T16:00:00Z`;
    const changed = spec.to === null ? signed : `${day(spec.to)}T16:00:00Z`;
    const row = await trx
      .insertInto('medication_orders')
      .values({
        organization_id: org,
        patient_id: patient.id,
        drug_name: drug.name,
        rxnorm: drug.rxnorm,
        display_name: drug.name,
        strength: spec.strength,
        dose_amount: spec.mg,
        dose_unit: 'mg',
        route: 'oral',
        frequency: JSON.stringify({ timesPerDay: 1, text: spec.frequency }),
        titration: '[]',
        quantity: 30,
        refills: spec.status === 'active' ? 2 : 0,
        pharmacy: patient.preferredPharmacy.name,
        indication: 'Major depressive disorder',
        action: spec.action,
        status: spec.status,
        reason: spec.reason ?? null,
        start_date: day(spec.from),
        end_date: spec.to === null ? null : day(spec.to),
        replaces_order_id: spec.replaces ?? null,
        prescriber_id: prescriber.id,
        signed_at: signed,
        status_changed_at: changed,
        created_at: signed,
        updated_at: changed,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function phq9(patient: DemoPatient, offset: number, total: number, byPatient: boolean) {
    const answers = phq9Answers(total);
    const result = scoreInstrument('PHQ-9', answers);
    await trx
      .insertInto('questionnaire_responses')
      .values({
        organization_id: org,
        patient_id: patient.id,
        instrument: result.instrument,
        answers: JSON.stringify(answers),
        total: result.total,
        band: result.band,
        positive: result.positive,
        risk: result.risk,
        flags: JSON.stringify(result.flags),
        complete: result.complete,
        entered_by: byPatient ? patient.userId : prescriberOf(patient).id,
        entered_by_kind: byPatient ? 'patient' : 'staff',
        authored_at: `${day(offset)}T15:${byPatient ? '20' : '05'}:00Z`,
      })
      .execute();
  }

  async function diagnosis(patient: DemoPatient, offset: number, code: string, display: string) {
    const at = `${day(offset)}T16:00:00Z`;
    await trx
      .insertInto('conditions')
      .values({
        organization_id: org,
        patient_id: patient.id,
        code,
        display,
        clinical_status: 'active',
        onset_date: null,
        substance_use: false,
        note: null,
        recorded_by: prescriberOf(patient).id,
        recorded_at: at,
        updated_at: at,
      })
      .execute();
  }

  /**
   * Fulfilled visits with signed notes, oldest first; each note books the next visit, and the last
   * books one after the anchor date at the engine's recommended interval.
   */
  async function visits(
    patient: DemoPatient,
    age: number,
    entries: {
      offset: number;
      subjective: string;
      assessment: string;
      plan: string;
      change: MedicationChange[];
    }[],
  ) {
    const clinicianId = prescriberOf(patient).id;
    const zone = patient.timeZone;
    const at = (offset: number, hour: number) =>
      DateTime.fromISO(day(offset), { zone }).set({ hour, minute: 0 }).toUTC();
    const appointment = async (start: DateTime, status: 'fulfilled' | 'booked', recommendation: unknown) =>
      (
        await trx
          .insertInto('appointments')
          .values({
            organization_id: org,
            patient_id: patient.id,
            clinician_id: clinicianId,
            starts_at: start.toJSDate(),
            ends_at: start.plus({ minutes: 30 }).toJSDate(),
            modality: 'in-person',
            location: CLINIC_ADDRESS,
            telehealth_url: null,
            status,
            reason_kind: 'follow-up',
            recommendation: JSON.stringify(recommendation),
            created_by: clinicianId,
            created_at: start.minus({ days: 7 }).toJSDate(),
            updated_at:
              status === 'fulfilled'
                ? start.plus({ minutes: 30 }).toJSDate()
                : start.minus({ days: 7 }).toJSDate(),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const past = [];
    for (const entry of entries) {
      past.push({
        entry,
        id: await appointment(at(entry.offset, 10), 'fulfilled', null),
        start: at(entry.offset, 10),
      });
    }
    for (const [index, { entry, id, start }] of past.entries()) {
      const recommendation = recommendFollowUp({
        asOf: day(entry.offset),
        age,
        diagnoses: ['depression'],
        changes: entry.change,
        safetyRisk: 'none',
        monthsStable: 0,
      });
      const following = past[index + 1];
      // The next visit at the recommended interval; if that has passed already, soon after the anchor.
      let next = at(entry.offset + recommendation.intervalDays, 11);
      if (next <= at(0, 0)) next = at(3, 11);
      const nextId = following?.id ?? (await appointment(next, 'booked', recommendation));
      const signedAt = start.plus({ minutes: 40 }).toJSDate();
      const note = await trx
        .insertInto('visit_notes')
        .values({
          organization_id: org,
          patient_id: patient.id,
          appointment_id: id,
          author_id: clinicianId,
          since: null,
          prefill: JSON.stringify({ since: null, note: 'Demo visit: pre-filled content not generated.' }),
          subjective: entry.subjective,
          assessment: entry.assessment,
          risk_level: 'none',
          decisions: JSON.stringify([]),
          plan: entry.plan,
          recommendation: JSON.stringify(recommendation),
          created_at: start.plus({ minutes: 5 }).toJSDate(),
          updated_at: signedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // Signed last: the trigger freezes the note once signed.
      await trx
        .updateTable('visit_notes')
        .set({ status: 'signed', signed_by: clinicianId, signed_at: signedAt, next_appointment_id: nextId })
        .where('id', '=', note.id)
        .execute();
    }
  }

  const byNumber = (n: number) => {
    const patient = clinic.patients[n - 1];
    if (!patient) throw new Error(`The demo clinic has no patient ${n}.`);
    return patient;
  };

  // ---- A non-responder switched by cross-taper: sertraline (adequate, no response) → venlafaxine.
  const switched = byNumber(DEMO_COURSES.switched);
  await diagnosis(switched, -186, 'F33.1', 'Major depressive disorder, recurrent, moderate');
  const s50 = await order(switched, {
    drug: 'sertraline',
    mg: 50,
    action: 'start',
    status: 'completed',
    from: -182,
    to: -168,
    strength: '50 mg tablet',
    frequency: 'once daily in the morning',
  });
  const s100 = await order(switched, {
    drug: 'sertraline',
    mg: 100,
    action: 'change-dose',
    status: 'completed',
    from: -168,
    to: -154,
    replaces: s50,
    strength: '100 mg tablet',
    frequency: 'once daily in the morning',
  });
  const s150 = await order(switched, {
    drug: 'sertraline',
    mg: 150,
    action: 'change-dose',
    status: 'completed',
    from: -154,
    to: -84,
    replaces: s100,
    strength: '50 mg tablet',
    frequency: 'three tablets once daily in the morning',
  });
  await order(switched, {
    drug: 'sertraline',
    mg: 75,
    action: 'taper',
    status: 'completed',
    from: -84,
    to: -70,
    replaces: s150,
    reason: 'Cross-taper to venlafaxine: no response after ten weeks at 150 mg.',
    strength: '25 mg tablet',
    frequency: 'three tablets once daily in the morning',
  });
  const v75 = await order(switched, {
    drug: 'venlafaxine',
    mg: 75,
    action: 'start',
    status: 'completed',
    from: -84,
    to: -70,
    reason: 'Adequate sertraline trial without response (PHQ-9 18 → 16); cross-taper over two weeks.',
    strength: '75 mg extended-release capsule',
    frequency: 'once daily with breakfast',
  });
  await order(switched, {
    drug: 'venlafaxine',
    mg: 150,
    action: 'change-dose',
    status: 'active',
    from: -70,
    to: null,
    replaces: v75,
    strength: '150 mg extended-release capsule',
    frequency: 'once daily with breakfast',
  });
  // PHQ-9: 18 at the start, 16 after ten weeks at 150 mg; then falling on venlafaxine (16 → 6).
  for (const [offset, total, byPatient] of [
    [-184, 18, false],
    [-168, 18, false],
    [-154, 17, false],
    [-133, 17, true],
    [-112, 16, true],
    [-98, 17, true],
    [-85, 16, false],
    [-70, 15, false],
    [-56, 13, true],
    [-42, 11, true],
    [-28, 9, true],
    [-21, 8, false],
    [-9, 7, true],
    [-2, 6, true],
  ] as const) {
    await phq9(switched, offset, total, byPatient);
  }
  const switchedAge = ageOn(switched.dateOfBirth, anchorDate);
  await visits(switched, switchedAge, [
    {
      offset: -184,
      subjective: 'Low mood, poor sleep and concentration for four months; a second episode.',
      assessment: 'Recurrent major depression, moderate (PHQ-9 18). No suicidal ideation.',
      plan: 'Start sertraline 50 mg, raising every two weeks toward 150 mg. PHQ-9 every two to three weeks.',
      change: [{ kind: 'start', drug: 'sertraline' }],
    },
    {
      offset: -85,
      subjective: 'Taking sertraline 150 mg daily for ten weeks; little change in mood or sleep.',
      assessment: 'Adequate sertraline trial without response (PHQ-9 18 → 16).',
      plan: 'Cross-taper to venlafaxine XR: sertraline 75 mg for two weeks then stop; venlafaxine 75 mg, then 150 mg.',
      change: [{ kind: 'switch', drug: 'venlafaxine' }],
    },
    {
      offset: -70,
      subjective: 'Cross-taper finished; mild nausea in the first week, now settled.',
      assessment: 'Tolerating venlafaxine; early improvement (PHQ-9 15).',
      plan: 'Venlafaxine XR 150 mg daily; check blood pressure at the next visit.',
      change: [{ kind: 'dose-increase', drug: 'venlafaxine' }],
    },
    {
      offset: -21,
      subjective: 'Mood and energy clearly better; sleeping through the night.',
      assessment: 'Response to venlafaxine (PHQ-9 16 → 8). Blood pressure normal.',
      plan: 'Continue venlafaxine XR 150 mg; aim for remission.',
      change: [],
    },
  ]);

  // ---- An adolescent starting fluoxetine, with a guardian who sees the medicine reminders.
  const teen = byNumber(DEMO_COURSES.adolescent);
  const guardian = teen.guardian;
  if (!guardian) throw new Error('The demo adolescent has no guardian.');
  const teenAge = ageOn(teen.dateOfBirth, anchorDate);
  await diagnosis(teen, -36, 'F32.1', 'Major depressive disorder, single episode, moderate');
  const f10 = await order(teen, {
    drug: 'fluoxetine',
    mg: 10,
    action: 'start',
    status: 'completed',
    from: -35,
    to: -28,
    strength: '10 mg capsule',
    frequency: 'once daily in the morning',
  });
  const f20 = await order(teen, {
    drug: 'fluoxetine',
    mg: 20,
    action: 'change-dose',
    status: 'active',
    from: -28,
    to: null,
    replaces: f10,
    strength: '20 mg capsule',
    frequency: 'once daily in the morning',
  });
  for (const [offset, total, byPatient] of [
    [-36, 17, false],
    [-28, 16, false],
    [-21, 15, false],
    [-14, 13, true],
    [-7, 12, true],
    [-1, 11, true],
  ] as const) {
    await phq9(teen, offset, total, byPatient);
  }
  await visits(teen, teenAge, [
    {
      offset: -35,
      subjective: `Sad and withdrawn for three months, falling grades; seen together with the ${guardian.relationship}.`,
      assessment: 'Major depression, moderate (PHQ-9 17). No suicidal ideation; safety plan made.',
      plan: 'Fluoxetine 10 mg for a week, then 20 mg. Weekly PHQ-9. Review in one week (boxed warning).',
      change: [{ kind: 'start', drug: 'fluoxetine' }],
    },
    {
      offset: -28,
      subjective: 'No side effects; no thoughts of self-harm.',
      assessment: 'Tolerating fluoxetine 10 mg.',
      plan: 'Raise to 20 mg daily. Review in one week.',
      change: [{ kind: 'dose-increase', drug: 'fluoxetine' }],
    },
    {
      offset: -21,
      subjective: 'Sleeping a little better; no agitation or self-harm thoughts.',
      assessment: 'Early change on fluoxetine 20 mg (PHQ-9 15).',
      plan: 'Continue fluoxetine 20 mg; weekly PHQ-9 at home.',
      change: [],
    },
  ]);
  const prescriber = prescriberOf(teen);
  await trx
    .insertInto('scale_assignments')
    .values({
      organization_id: org,
      patient_id: teen.id,
      instrument: 'PHQ-9',
      cadence: 'interval',
      interval_days: 7,
      phase: null,
      start_date: day(-35),
      created_by: prescriber.id,
      created_at: `${day(-35)}T16:30:00Z`,
      updated_at: `${day(-35)}T16:30:00Z`,
    })
    .execute();
  // The adolescent's own consent lets the guardian see medications (and so the dose reminders).
  await trx
    .insertInto('consents')
    .values({
      organization_id: org,
      patient_id: teen.id,
      grantee_user_id: guardian.id,
      sections: ['medications'],
      purpose: 'treatment',
      period_start: `${day(-35)}T17:00:00Z`,
      period_end: null,
      authority: 'patient',
      recorded_by: teen.userId,
      recorded_at: `${day(-35)}T17:00:00Z`,
    })
    .execute();
  await trx
    .insertInto('patient_routines')
    .values({
      patient_id: teen.id,
      organization_id: org,
      anchors: JSON.stringify({ wake: '06:45', breakfast: '07:15', dinner: '18:00', bedtime: '22:00' }),
      weekdays: JSON.stringify({
        sat: { wake: '09:30', breakfast: '10:00' },
        sun: { wake: '09:30', breakfast: '10:00' },
      }),
      shift_pattern: JSON.stringify(null),
      quiet_start: '22:00',
      quiet_end: '06:45',
      web_push_subscriptions: JSON.stringify([]),
      sms_number: null,
      updated_by: teen.userId,
    })
    .onConflict((oc) => oc.column('patient_id').doNothing())
    .execute();
  await trx
    .insertInto('dose_schedules')
    .values({
      organization_id: org,
      patient_id: teen.id,
      medication_order_id: f20,
      anchor: 'breakfast',
      offset_minutes: 0,
      dose_text: 'one 20 mg capsule',
      start_date: day(-28),
      created_by: prescriber.id,
    })
    .execute();
}
