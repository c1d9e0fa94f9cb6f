import type { Prescription } from '../erx/transmitter.js';
import { field, heading, renderPdf } from './pdf.js';

export interface ClinicHeader {
  clinic: string;
  generatedOn: string;
}

/** A printable prescription (the same content the e-prescribing adapter transmits). */
export function prescriptionPdf(header: ClinicHeader, rx: Prescription): Promise<Buffer> {
  return renderPdf('Prescription', (doc) => {
    doc.font('Helvetica-Bold').fontSize(16).text(header.clinic);
    doc.font('Helvetica').fontSize(10).text('Prescription');
    heading(doc, 'Prescriber');
    field(
      doc,
      'Name',
      `${rx.prescriber.name}${rx.prescriber.credential ? `, ${rx.prescriber.credential}` : ''}`,
    );
    field(doc, 'NPI', rx.prescriber.npi);
    // The DEA number is printed only where the law needs it: a controlled substance.
    if (rx.controlled) field(doc, 'DEA', rx.prescriber.dea);
    heading(doc, 'Patient');
    field(doc, 'Name', rx.patient.name);
    field(doc, 'Date of birth', rx.patient.dateOfBirth);
    heading(doc, 'Medication');
    field(doc, 'Drug', rx.drug);
    field(doc, 'Strength', rx.strength);
    field(doc, 'Directions (sig)', rx.sig);
    field(doc, 'Quantity', rx.quantity);
    field(doc, 'Refills', rx.refills ?? 0);
    if (rx.controlled) field(doc, 'Controlled substance', `Schedule ${rx.schedule}`);
    field(doc, 'Pharmacy', rx.pharmacy);
    field(doc, 'Signed', rx.signedAt.slice(0, 10));
    doc.moveDown(1.5).text('Signature: ______________________________');
    doc
      .moveDown(1)
      .fontSize(8)
      .text(
        'Void if altered. Electronically signed in Titrate; this copy is for printing or the patient’s records.',
      );
  });
}

export interface ListedMedication {
  name: string;
  strength: string | null;
  howToTake: string;
  purpose: string | null;
  startedOn: string | null;
  prescriber: string | null;
}

/** The patient's current medications in plain words. */
export function medicationListPdf(
  header: ClinicHeader,
  patient: { name: string; dateOfBirth: string },
  medications: ListedMedication[],
): Promise<Buffer> {
  return renderPdf('Medication list', (doc) => {
    doc.font('Helvetica-Bold').fontSize(16).text(header.clinic);
    doc.font('Helvetica').fontSize(12).text(`My medications — as of ${header.generatedOn}`);
    field(doc, 'Name', patient.name);
    field(doc, 'Date of birth', patient.dateOfBirth);
    if (medications.length === 0) {
      doc.moveDown().text('No current medications are prescribed by this clinic.');
    }
    for (const med of medications) {
      heading(doc, `${med.name}${med.strength ? ` ${med.strength}` : ''}`);
      field(doc, 'How to take it', med.howToTake);
      field(doc, 'What it is for', med.purpose);
      field(doc, 'Started', med.startedOn);
      field(doc, 'Prescribed by', med.prescriber);
    }
    doc
      .moveDown(1.5)
      .fontSize(8)
      .text(
        'Bring this list to every visit and show it to your pharmacist. Do not stop or change a medication without talking to your prescriber.',
      );
  });
}

export interface SummarizedTrial {
  drug: string;
  dailyMg: number | null;
  weeks: number | null;
  phq9Before: number | null;
  phq9After: number | null;
  outcome: string;
  source: string;
}

/** The prior-authorization summary for treatment-resistant depression: adequate trials only. */
export function priorAuthorizationPdf(
  header: ClinicHeader,
  patient: { name: string; dateOfBirth: string },
  prescriber: { name: string; npi: string | null },
  diagnoses: { code: string; display: string }[],
  trials: SummarizedTrial[],
  conclusion: string,
  citations: string[],
): Promise<Buffer> {
  return renderPdf('Prior authorization: treatment-resistant depression', (doc) => {
    doc.font('Helvetica-Bold').fontSize(16).text(header.clinic);
    doc.font('Helvetica').fontSize(12).text('Prior authorization summary: treatment-resistant depression');
    field(doc, 'Date', header.generatedOn);
    heading(doc, 'Patient');
    field(doc, 'Name', patient.name);
    field(doc, 'Date of birth', patient.dateOfBirth);
    field(doc, 'Diagnoses', diagnoses.map((d) => `${d.code} ${d.display}`).join('; ') || null);
    heading(doc, 'Requesting prescriber');
    field(doc, 'Name', prescriber.name);
    field(doc, 'NPI', prescriber.npi);
    heading(doc, 'Adequate antidepressant trials');
    if (trials.length === 0) doc.text('No adequate antidepressant trial is documented.');
    trials.forEach((trial, index) => {
      const scores =
        trial.phq9Before === null && trial.phq9After === null
          ? 'not recorded'
          : `${trial.phq9Before ?? '?'} before, ${trial.phq9After ?? '?'} after`;
      doc
        .moveDown(0.4)
        .font('Helvetica-Bold')
        .text(`${index + 1}. ${trial.drug}`)
        .font('Helvetica')
        .text(
          `Dose ${trial.dailyMg ?? '?'} mg/day for ${trial.weeks ?? '?'} weeks; PHQ-9 ${scores}; outcome: ${trial.outcome} (${trial.source}).`,
        );
    });
    heading(doc, 'Assessment');
    doc.text(conclusion);
    doc
      .moveDown()
      .fontSize(8)
      .text(`Criteria: ${citations.join(' ')}`);
  });
}
