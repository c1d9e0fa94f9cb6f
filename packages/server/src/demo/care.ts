import { findDrug, scoreInstrument } from '@titrate/clinical';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { DemoClinic } from './clinic.js';

/**
 * Demo prescribing and measurement history, derived deterministically from the generated clinic
 * (no random draws, so the rest of the demo data does not shift): for the first adult patients an
 * active antidepressant started at enrolment and fortnightly PHQ-9 and GAD-7 scores since then —
 * most improving, one worsening, one with a positive item 9 and its open safety task — so the
 * caseload, score trends and "no adequate response" flag have something to show.
 */
const REGIMENS = [
  { drug: 'sertraline', dose: 100 },
  { drug: 'escitalopram', dose: 10 },
  { drug: 'bupropion', dose: 300 },
  { drug: 'fluoxetine', dose: 20 },
] as const;

const DEMO_PATIENTS_WITH_CARE = 12;

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Item answers (0–3) that add up to `total` over `items` items, the last `fixed` values appended. */
function answersFor(total: number, items: number, fixed: number[] = []): number[] {
  const free = items - fixed.length;
  const capped = Math.max(0, Math.min(total, free * 3));
  return [
    ...Array.from({ length: free }, (_, i) => Math.floor(capped / free) + (i < capped % free ? 1 : 0)),
    ...fixed,
  ];
}

export async function insertDemoCare(trx: Transaction<DB>, clinic: DemoClinic, anchorDate: string) {
  const org = clinic.organization.id;
  const staff = new Map(clinic.staff.map((s) => [s.email, s]));
  const adults = clinic.patients.filter((p) => !p.guardian).slice(0, DEMO_PATIENTS_WITH_CARE);
  for (const [index, patient] of adults.entries()) {
    const prescriberEmail = patient.careTeam.find((m) => m.role === 'prescriber')?.email;
    const prescriber = prescriberEmail ? staff.get(prescriberEmail) : undefined;
    if (!prescriber) continue;
    const supervisor = prescriber.supervisorEmail ? staff.get(prescriber.supervisorEmail) : undefined;
    const regimen = REGIMENS[index % REGIMENS.length]!;
    const drug = findDrug(regimen.drug);
    if (!drug) continue;
    const start = `${patient.enrolledOn}T16:00:00Z`;
    await trx
      .insertInto('medication_orders')
      .values({
        organization_id: org,
        patient_id: patient.id,
        drug_name: drug.name,
        rxnorm: drug.rxnorm,
        display_name: drug.name,
        strength: `${regimen.dose} mg`,
        dose_amount: regimen.dose,
        dose_unit: 'mg',
        route: 'oral',
        frequency: JSON.stringify({ timesPerDay: 1, text: 'once daily in the morning' }),
        titration: '[]',
        quantity: 30,
        refills: 2,
        pharmacy: patient.preferredPharmacy.name,
        indication: 'Major depressive disorder',
        action: 'start',
        status: 'active',
        start_date: patient.enrolledOn,
        prescriber_id: prescriber.id,
        signed_at: start,
        cosigner_id: supervisor?.id ?? null,
        cosigned_at: supervisor ? start : null,
        status_changed_at: start,
        created_at: start,
        updated_at: start,
      })
      .execute();

    // Fortnightly scores up to a few days before the anchor date (at most eight, none before enrolment).
    const baselinePhq = 14 + (index % 6);
    const baselineGad = 10 + (index % 5);
    const worsening = index === 2;
    const safetyFlag = index === 4;
    const respondsSlowly = index % 4 === 3; // no adequate response after an adequate trial
    const dates: string[] = [];
    for (
      let day = -(index % 5);
      addDays(anchorDate, day) >= patient.enrolledOn && dates.length < 8;
      day -= 14
    ) {
      dates.unshift(addDays(anchorDate, day));
    }
    for (const [step, date] of dates.entries()) {
      const last = step === dates.length - 1;
      const drop = respondsSlowly ? step : step * 2;
      let phq = Math.max(2, baselinePhq - drop);
      let gad = Math.max(1, baselineGad - Math.round(drop * 0.8));
      if (worsening && last && step > 0) {
        phq += 6;
        gad += 5;
      }
      const item9 = safetyFlag && last ? 1 : 0;
      if (item9) phq = Math.max(phq, 10);
      for (const [instrument, answers] of [
        ['PHQ-9', answersFor(phq - item9, 9, [item9])],
        ['GAD-7', answersFor(gad, 7)],
      ] as const) {
        const result = scoreInstrument(instrument, answers);
        const authored = `${date}T14:${String(10 + step).padStart(2, '0')}:00Z`;
        const row = await trx
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
            entered_by: patient.userId,
            entered_by_kind: 'patient',
            authored_at: authored,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const flag = result.flags.find((f) => f.code === 'suicidal-ideation');
        if (flag) {
          await trx
            .insertInto('tasks')
            .values({
              organization_id: org,
              patient_id: patient.id,
              kind: 'safety',
              priority: 'urgent',
              title: 'PHQ-9 item 9 positive: same-day safety review',
              detail: JSON.stringify({
                instrument: 'PHQ-9',
                responseId: row.id,
                trigger: [
                  { code: flag.code, severity: flag.severity, item: 9, answer: 1, message: flag.message },
                ],
                contact: { phone: patient.phone, email: patient.email },
              }),
              source_response_id: row.id,
              assigned_to: null,
              created_by: patient.userId,
              created_at: authored,
              updated_at: authored,
            })
            .execute();
        }
      }
    }
  }
}
