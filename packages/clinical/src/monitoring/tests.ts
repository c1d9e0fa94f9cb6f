import type { SourceId } from '../types.js';

/**
 * Catalogue of monitored tests: a stable id (used in schedules, results and `completed` lists), a
 * display name, the LOINC code (null for clinical assessments LOINC has no single code for in
 * common use here) and accepted aliases. LOINC codes verified against LOINC 2.80 / HL7 value sets.
 */
export interface MonitoringTest {
  id: string;
  name: string;
  loinc: string | null;
  /** Other LOINC codes that report the same quantity (accepted as input, never emitted). */
  altLoinc?: string[];
  aliases: string[];
  /** Canonical unit of `interpretResult`. */
  unit?: string;
  /** Other tests whose result also satisfies this one in `dueItems` (e.g. A1c for fasting glucose). */
  satisfiedBy?: string[];
  sources: SourceId[];
}

const L: SourceId[] = ['mon-loinc'];

export const MONITORING_TESTS: readonly MonitoringTest[] = [
  {
    id: 'lithium',
    name: 'Serum lithium level (12-hour trough)',
    loinc: '14334-7',
    aliases: ['lithium level', 'li', 'serum lithium'],
    unit: 'mmol/L',
    sources: L,
  },
  {
    id: 'tsh',
    name: 'TSH',
    loinc: '3016-3',
    aliases: ['thyrotropin', 'thyroid stimulating hormone', 'thyroid function'],
    unit: 'mIU/L',
    sources: L,
  },
  {
    id: 'creatinine',
    name: 'Serum creatinine',
    loinc: '2160-0',
    aliases: ['creat', 'scr', 'serum creatinine'],
    unit: 'mg/dL',
    satisfiedBy: ['egfr'],
    sources: L,
  },
  {
    id: 'egfr',
    name: 'eGFR (CKD-EPI 2021)',
    loinc: '98979-8',
    altLoinc: ['62238-1', '33914-3'],
    aliases: ['gfr', 'estimated gfr', 'renal function'],
    unit: 'mL/min/1.73m2',
    satisfiedBy: ['creatinine'],
    sources: ['mon-loinc', 'mon-inker-2021'],
  },
  {
    id: 'calcium',
    name: 'Serum calcium',
    loinc: '17861-6',
    aliases: ['ca', 'serum calcium'],
    unit: 'mg/dL',
    sources: L,
  },
  {
    id: 'sodium',
    name: 'Serum sodium',
    loinc: '2951-2',
    aliases: ['na', 'serum sodium'],
    unit: 'mmol/L',
    sources: L,
  },
  {
    id: 'potassium',
    name: 'Serum potassium',
    loinc: '2823-3',
    aliases: ['k', 'serum potassium'],
    unit: 'mmol/L',
    sources: L,
  },
  {
    id: 'magnesium',
    name: 'Serum magnesium',
    loinc: '19123-9',
    aliases: ['mg', 'serum magnesium'],
    unit: 'mg/dL',
    sources: L,
  },
  {
    id: 'a1c',
    name: 'Hemoglobin A1c',
    loinc: '4548-4',
    aliases: ['hba1c', 'hemoglobin a1c', 'haemoglobin a1c', 'glycated hemoglobin'],
    unit: '%',
    sources: L,
  },
  {
    id: 'fasting-glucose',
    name: 'Fasting plasma glucose (or HbA1c)',
    loinc: '1558-6',
    aliases: ['fasting glucose', 'fpg', 'glucose', 'fasting blood glucose'],
    unit: 'mg/dL',
    satisfiedBy: ['a1c'],
    sources: L,
  },
  {
    id: 'lipid-panel',
    name: 'Fasting lipid panel',
    loinc: '57698-3',
    aliases: ['lipids', 'lipid profile', 'fasting lipid profile', 'cholesterol'],
    satisfiedBy: ['ldl', 'triglycerides'],
    sources: L,
  },
  {
    id: 'ldl',
    name: 'LDL cholesterol (calculated)',
    loinc: '13457-7',
    altLoinc: ['18262-6'],
    aliases: ['ldl-c', 'ldl cholesterol'],
    unit: 'mg/dL',
    sources: L,
  },
  {
    id: 'triglycerides',
    name: 'Triglycerides',
    loinc: '2571-8',
    aliases: ['tg', 'trigs'],
    unit: 'mg/dL',
    sources: L,
  },
  {
    id: 'weight',
    name: 'Body weight',
    loinc: '29463-7',
    aliases: ['body weight', 'wt'],
    unit: 'kg',
    sources: L,
  },
  {
    id: 'height',
    name: 'Body height',
    loinc: '8302-2',
    aliases: ['body height', 'ht'],
    unit: 'cm',
    sources: L,
  },
  {
    id: 'bmi',
    name: 'Body mass index',
    loinc: '39156-5',
    aliases: ['body mass index'],
    unit: 'kg/m2',
    satisfiedBy: ['weight'],
    sources: L,
  },
  {
    id: 'waist',
    name: 'Waist circumference',
    loinc: '8280-0',
    aliases: ['waist circumference'],
    unit: 'cm',
    sources: L,
  },
  {
    id: 'blood-pressure',
    name: 'Blood pressure',
    loinc: '85354-9',
    aliases: ['bp', 'blood pressure panel', 'systolic', 'sbp'],
    unit: 'mmHg',
    sources: L,
  },
  {
    id: 'diastolic',
    name: 'Diastolic blood pressure',
    loinc: '8462-4',
    aliases: ['dbp', 'diastolic blood pressure'],
    unit: 'mmHg',
    sources: L,
  },
  {
    id: 'heart-rate',
    name: 'Heart rate',
    loinc: '8867-4',
    aliases: ['hr', 'pulse', 'pulse rate'],
    unit: '/min',
    sources: L,
  },
  {
    id: 'anc',
    name: 'Absolute neutrophil count',
    loinc: '751-8',
    aliases: ['neutrophils', 'absolute neutrophil count'],
    unit: '/uL',
    satisfiedBy: ['cbc'],
    sources: L,
  },
  {
    id: 'cbc',
    name: 'Complete blood count with platelets',
    loinc: '58410-2',
    aliases: ['full blood count', 'fbc', 'complete blood count'],
    sources: L,
  },
  {
    id: 'platelets',
    name: 'Platelet count',
    loinc: '777-3',
    aliases: ['plt', 'platelet count'],
    unit: '10^3/uL',
    satisfiedBy: ['cbc'],
    sources: L,
  },
  {
    id: 'alt',
    name: 'ALT',
    loinc: '1742-6',
    aliases: ['alanine aminotransferase', 'sgpt', 'liver function', 'lfts'],
    unit: 'U/L',
    sources: L,
  },
  {
    id: 'ast',
    name: 'AST',
    loinc: '1920-8',
    aliases: ['aspartate aminotransferase', 'sgot'],
    unit: 'U/L',
    sources: L,
  },
  {
    id: 'valproate',
    name: 'Valproate level (trough)',
    loinc: '4086-1',
    aliases: ['valproic acid', 'valproate level', 'depakote level', 'vpa'],
    unit: 'mcg/mL',
    sources: L,
  },
  {
    id: 'carbamazepine',
    name: 'Carbamazepine level (trough)',
    loinc: '3432-7',
    aliases: ['carbamazepine level', 'tegretol level', 'cbz'],
    unit: 'mcg/mL',
    sources: L,
  },
  {
    id: 'qtc',
    name: 'ECG with QTc',
    loinc: '8636-3',
    aliases: ['ecg', 'ekg', 'qt', 'qtc interval', 'electrocardiogram'],
    unit: 'ms',
    sources: L,
  },
  {
    id: 'pregnancy-test',
    name: 'Pregnancy test (hCG)',
    loinc: '2106-3',
    altLoinc: ['2118-8'],
    aliases: ['hcg', 'urine hcg', 'serum hcg', 'pregnancy'],
    sources: L,
  },
  { id: 'prolactin', name: 'Prolactin', loinc: '2842-3', aliases: ['prl'], unit: 'ng/mL', sources: L },
  {
    id: 'troponin',
    name: 'Troponin I (high-sensitivity)',
    loinc: '89579-7',
    aliases: ['hs-troponin', 'troponin i', 'hs-tni'],
    unit: 'ng/L',
    sources: L,
  },
  {
    id: 'crp',
    name: 'C-reactive protein',
    loinc: '1988-5',
    aliases: ['c-reactive protein'],
    unit: 'mg/L',
    sources: L,
  },
  // Clinical assessments without a single LOINC code in routine use.
  {
    id: 'aims',
    name: 'AIMS (abnormal involuntary movements)',
    loinc: null,
    aliases: ['abnormal involuntary movement scale', 'tardive dyskinesia screen'],
    sources: ['mon-apa-schizophrenia-2020'],
  },
  {
    id: 'prolactin-symptoms',
    name: 'Screen for symptoms of hyperprolactinaemia',
    loinc: null,
    aliases: ['hyperprolactinemia symptoms'],
    satisfiedBy: ['prolactin'],
    sources: ['mon-apa-schizophrenia-2020'],
  },
  {
    id: 'metabolic-history',
    name: 'Personal and family history (obesity, diabetes, dyslipidaemia, hypertension, CVD)',
    loinc: null,
    aliases: ['family history'],
    sources: ['mon-ada-apa-2004'],
  },
  {
    id: 'hla-b-1502',
    name: 'HLA-B*15:02 genotype (at-risk ancestry)',
    loinc: null,
    aliases: ['hla-b*15:02', 'hla-b*1502'],
    sources: ['mon-label-carbamazepine'],
  },
  {
    id: 'rash-check',
    name: 'Skin rash check',
    loinc: null,
    aliases: ['rash'],
    sources: ['mon-label-lamotrigine'],
  },
  {
    id: 'suicidality-check',
    name: 'Suicidality and clinical worsening check',
    loinc: null,
    aliases: ['suicide risk', 'c-ssrs', 'cssrs'],
    sources: ['mon-fda-antidepressant-boxed'],
  },
  {
    id: 'post-dose-observation',
    name: 'Post-dose observation (2 hours)',
    loinc: null,
    aliases: ['observation'],
    sources: ['mon-label-spravato'],
  },
  {
    id: 'pdmp',
    name: 'Prescription drug monitoring program (PDMP) check',
    loinc: null,
    aliases: ['pdmp check', 'prescription monitoring'],
    sources: ['mon-cdc-opioids-2022'],
  },
  {
    id: 'urine-drug-screen',
    name: 'Urine drug test',
    loinc: null,
    aliases: ['uds', 'urine drug test', 'udt', 'toxicology screen'],
    sources: ['mon-cdc-opioids-2022'],
  },
  {
    id: 'benzodiazepine-review',
    name: 'Benzodiazepine risk-benefit and taper review',
    loinc: null,
    aliases: ['bzd review'],
    sources: ['taper-joint-bzd-2025'],
  },
];

const BY_KEY = new Map<string, MonitoringTest>();
for (const t of MONITORING_TESTS) {
  BY_KEY.set(t.id, t);
  if (t.loinc) BY_KEY.set(t.loinc, t);
  for (const code of t.altLoinc ?? []) BY_KEY.set(code, t);
}
for (const t of MONITORING_TESTS) {
  for (const a of t.aliases) if (!BY_KEY.has(a)) BY_KEY.set(a, t);
}

/** Finds a test by id, alias or LOINC code (case-insensitive); undefined when unknown. */
export function findTest(query: string): MonitoringTest | undefined {
  return BY_KEY.get(query.trim().toLowerCase());
}

export function testById(id: string): MonitoringTest {
  const t = BY_KEY.get(id);
  if (!t) throw new Error(`Monitoring test "${id}" is not in the catalogue`);
  return t;
}
