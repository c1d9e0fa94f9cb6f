import { findDrug, findTest, interpretResult } from '@titrate/clinical';
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { DemoClinic } from './clinic.js';
import { seededRandom } from './random.js';

/**
 * Demo clinical record: diagnoses, an allergy and result series for three adult patients after
 * those `demo/care.ts` uses — a lithium patient with levels, creatinine/eGFR and TSH over time, a
 * clozapine patient with an ANC series, and a patient with alcohol use disorder (F10.20, marked
 * substance use). Its own seed, so the rest of the demo does not shift. Values are read by the
 * engine's `interpretResult`, so the stored flags are the engine's.
 */
const FIRST_PATIENT = 12;
const DAY_MS = 86_400_000;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export async function insertDemoClinicalRecord(trx: Transaction<DB>, clinic: DemoClinic, anchorDate: string) {
  const random = seededRandom(0x11c0de);
  const org = clinic.organization.id;
  const staff = new Map(clinic.staff.map((s) => [s.email, s]));
  const adults = clinic.patients.filter((p) => !p.guardian).slice(FIRST_PATIENT, FIRST_PATIENT + 3);
  const [lithiumPatient, clozapinePatient, audPatient] = adults;

  const prescriberOf = (patient: DemoClinic['patients'][number]) => {
    const email = patient.careTeam.find((m) => m.role === 'prescriber')?.email;
    return email ? staff.get(email) : undefined;
  };
  const nurseOf = (patient: DemoClinic['patients'][number]) => {
    const email = patient.careTeam.find((m) => m.role === 'nurse')?.email;
    return (email ? staff.get(email) : undefined) ?? prescriberOf(patient);
  };

  async function condition(
    patient: DemoClinic['patients'][number],
    code: string,
    display: string,
    substanceUse = false,
  ) {
    const by = prescriberOf(patient);
    if (!by) return;
    const at = `${patient.enrolledOn}T16:00:00Z`;
    await trx
      .insertInto('conditions')
      .values({
        organization_id: org,
        patient_id: patient.id,
        code,
        display,
        clinical_status: 'active',
        onset_date: null,
        substance_use: substanceUse,
        note: null,
        recorded_by: by.id,
        recorded_at: at,
        updated_at: at,
      })
      .execute();
  }

  async function order(
    patient: DemoClinic['patients'][number],
    name: string,
    dose: number,
    timesPerDay: number,
  ) {
    const by = prescriberOf(patient);
    const drug = findDrug(name);
    if (!by || !drug) return;
    const at = `${patient.enrolledOn}T16:00:00Z`;
    await trx
      .insertInto('medication_orders')
      .values({
        organization_id: org,
        patient_id: patient.id,
        drug_name: drug.name,
        rxnorm: drug.rxnorm,
        display_name: drug.name,
        strength: `${dose} mg`,
        dose_amount: dose,
        dose_unit: 'mg',
        route: 'oral',
        frequency: JSON.stringify({ timesPerDay }),
        titration: '[]',
        quantity: 30 * timesPerDay,
        refills: 1,
        pharmacy: patient.preferredPharmacy.name,
        indication: null,
        action: 'start',
        status: 'active',
        start_date: patient.enrolledOn,
        prescriber_id: by.id,
        signed_at: at,
        status_changed_at: at,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }

  async function result(
    patient: DemoClinic['patients'][number],
    code: string,
    value: number,
    date: string,
    drugs: string[],
  ) {
    const test = findTest(code);
    const by = nurseOf(patient);
    if (!test || !by || date > anchorDate) return;
    const reading = interpretResult(test.id, value, undefined, { drugs });
    const at = `${date}T14:30:00Z`;
    await trx
      .insertInto('observations')
      .values({
        organization_id: org,
        patient_id: patient.id,
        code: test.id,
        loinc: test.loinc,
        name: test.name,
        value,
        canonical_value: reading.value,
        unit: test.unit ?? null,
        diastolic: null,
        gene: null,
        phenotype: null,
        effective_at: at,
        flag: reading.flag,
        band: reading.band,
        severity: reading.severity,
        message: reading.message,
        source: 'external-lab',
        task_id: null,
        error_reason: null,
        recorded_by: by.id,
        recorded_at: at,
        updated_at: at,
      })
      .execute();
  }

  const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

  if (lithiumPatient) {
    const p = lithiumPatient;
    await condition(p, 'F31.9', 'Bipolar disorder, unspecified');
    await order(p, 'lithium', 300, 3);
    // Baseline, then levels at 1 and 2 weeks, then every 3 months; renal and thyroid every 6 months.
    const levelDays = [7, 14];
    for (let d = 90; addDays(p.enrolledOn, d) <= anchorDate; d += 90) levelDays.push(d);
    for (const d of levelDays) {
      await result(p, 'lithium', round(0.6 + random.next() * 0.35, 2), addDays(p.enrolledOn, d), ['lithium']);
    }
    for (let d = 0; addDays(p.enrolledOn, d) <= anchorDate; d += 180) {
      const date = addDays(p.enrolledOn, d);
      const creatinine = round(0.85 + d / 3000 + random.next() * 0.08, 2);
      await result(p, 'creatinine', creatinine, date, ['lithium']);
      await result(p, 'egfr', Math.round(98 - d / 40 - random.next() * 4), date, ['lithium']);
      await result(p, 'tsh', round(1.6 + d / 400 + random.next() * 0.6, 2), date, ['lithium']);
    }
  }

  if (clozapinePatient) {
    const p = clozapinePatient;
    await condition(p, 'F20.9', 'Schizophrenia, unspecified');
    await order(p, 'clozapine', 150, 2);
    // ANC weekly for 6 months, every 2 weeks to 12 months, then monthly (clozapine labelling).
    const days: number[] = [0];
    for (let d = 7; d <= 182; d += 7) days.push(d);
    for (let d = 196; d <= 364; d += 14) days.push(d);
    for (let d = 394; addDays(p.enrolledOn, d) <= anchorDate; d += 30) days.push(d);
    for (const d of days) {
      await result(p, 'anc', Math.round(2600 + random.next() * 1400), addDays(p.enrolledOn, d), [
        'clozapine',
      ]);
    }
    await result(p, 'weight', round(82 + random.next() * 3, 1), p.enrolledOn, ['clozapine']);
    await result(p, 'a1c', round(5.3 + random.next() * 0.2, 1), p.enrolledOn, ['clozapine']);
  }

  if (audPatient) {
    const p = audPatient;
    await condition(p, 'F10.20', 'Alcohol use disorder, moderate', true);
    await condition(p, 'F32.1', 'Major depressive disorder, single episode, moderate');
    const by = nurseOf(p);
    if (by) {
      const at = `${p.enrolledOn}T16:00:00Z`;
      await trx
        .insertInto('allergies')
        .values({
          organization_id: org,
          patient_id: p.id,
          substance: 'Penicillin',
          resolved_drug: null,
          reaction: 'Hives',
          severity: 'moderate',
          type: 'allergy',
          clinical_status: 'active',
          error_reason: null,
          recorded_by: by.id,
          recorded_at: at,
          updated_at: at,
        })
        .execute();
    }
    await result(p, 'alt', Math.round(48 + random.next() * 10), addDays(anchorDate, -20), []);
    await result(p, 'ast', Math.round(62 + random.next() * 10), addDays(anchorDate, -20), []);
  }
}
