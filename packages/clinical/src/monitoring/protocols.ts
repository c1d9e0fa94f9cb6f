import type { Drug, MonitoringProtocolId } from '../formulary/types.js';
import type { SourceId } from '../types.js';

/** Patient facts a protocol item may depend on (all optional: unknown means "include"). */
export interface ScheduleContext {
  drug: Drug;
  age?: number;
  sex?: 'female' | 'male';
  cardiacHistory?: boolean;
}

/** Offsets from the start (or dose-change) date. */
export interface Offsets {
  days?: number[];
  weeks?: number[];
  months?: number[];
}

/** A repeating series: `from`, `from + every`, … up to `through` (inclusive) or the schedule's end. */
export interface RepeatRule {
  unit: 'days' | 'weeks' | 'months';
  from: number;
  every: number;
  through?: number;
}

export interface ProtocolItem {
  /** Test id from MONITORING_TESTS. */
  test: string;
  /** Due on the start date. */
  baseline?: boolean;
  at?: Offsets;
  repeat?: RepeatRule[];
  /** Re-checks after each dose change (used by `scheduleForRegimen` with `lastDoseChange`). */
  afterDoseChange?: Offsets;
  reason: string;
  /** When present, the item only applies if this returns true. */
  applies?: (ctx: ScheduleContext) => boolean;
  sources: SourceId[];
}

export interface MonitoringProtocol {
  id: MonitoringProtocolId;
  title: string;
  summary: string;
  items: ProtocolItem[];
  /** Other protocols whose items are part of this one (clozapine includes the SGA metabolic set). */
  includes?: MonitoringProtocolId[];
  sources: SourceId[];
}

// ---------------------------------------------------------------------------- applicability rules

/** People who can become pregnant: female (or sex unknown), age 12-50 (or age unknown). */
const canBecomePregnant = (ctx: ScheduleContext): boolean =>
  ctx.sex !== 'male' && (ctx.age === undefined || (ctx.age >= 12 && ctx.age <= 50));

/** Lithium and TCA baseline ECG: over 40, cardiac history, or age unknown. */
const ecgByAge = (ctx: ScheduleContext): boolean =>
  ctx.cardiacHistory === true || ctx.age === undefined || ctx.age > 40;

/** APA 2020: higher tardive dyskinesia risk — age 55 or older, or a first-generation antipsychotic. */
const highTdRisk = (ctx: ScheduleContext): boolean =>
  (ctx.age !== undefined && ctx.age >= 55) || ctx.drug.classes.includes('first-generation-antipsychotic');

const years65 = (ctx: ScheduleContext): boolean => ctx.age !== undefined && ctx.age >= 65;

// ---------------------------------------------------------------------------- protocol items

const ADA = ['mon-ada-apa-2004'];
const LITHIUM = ['mon-nice-cg185', 'mon-label-lithium'];
const VPA = ['mon-label-valproate'];
const CBZ = ['mon-label-carbamazepine'];
const CLOZ = ['mon-label-clozapine', 'mon-fda-clozapine-rems-2025'];

const sgaMetabolic: ProtocolItem[] = [
  {
    test: 'metabolic-history',
    baseline: true,
    repeat: [{ unit: 'months', from: 12, every: 12 }],
    reason:
      'personal/family history of obesity, diabetes, dyslipidaemia, hypertension, CVD at baseline and yearly',
    sources: ADA,
  },
  {
    test: 'weight',
    baseline: true,
    at: { weeks: [4, 8, 12] },
    repeat: [{ unit: 'months', from: 6, every: 3 }],
    reason: 'weight at 4, 8 and 12 weeks, then quarterly; consider a switch if it rises 5% or more',
    sources: ADA,
  },
  {
    test: 'bmi',
    baseline: true,
    at: { weeks: [4, 8, 12] },
    repeat: [{ unit: 'months', from: 6, every: 3 }],
    reason: 'BMI with each weight (4, 8, 12 weeks, then quarterly)',
    sources: ADA,
  },
  {
    test: 'waist',
    baseline: true,
    repeat: [{ unit: 'months', from: 12, every: 12 }],
    reason: 'waist circumference at baseline and yearly',
    sources: ADA,
  },
  {
    test: 'blood-pressure',
    baseline: true,
    at: { weeks: [12] },
    repeat: [{ unit: 'months', from: 12, every: 12 }],
    reason: 'blood pressure at baseline, 12 weeks, then yearly',
    sources: ADA,
  },
  {
    test: 'fasting-glucose',
    baseline: true,
    at: { weeks: [12] },
    repeat: [{ unit: 'months', from: 12, every: 12 }],
    reason: 'fasting glucose (or HbA1c) at baseline, 12 weeks, then yearly',
    sources: [...ADA, 'mon-apa-schizophrenia-2020'],
  },
  {
    test: 'lipid-panel',
    baseline: true,
    at: { weeks: [12] },
    repeat: [{ unit: 'months', from: 60, every: 60 }],
    reason: 'fasting lipids at baseline, 12 weeks, then every 5 years (more often if abnormal)',
    sources: ADA,
  },
];

export const MONITORING_PROTOCOLS: Readonly<Record<MonitoringProtocolId, MonitoringProtocol>> = {
  'sga-metabolic': {
    id: 'sga-metabolic',
    title: 'Antipsychotic metabolic monitoring',
    summary:
      'ADA/APA 2004 consensus: weight/BMI at baseline, 4, 8, 12 weeks then quarterly; waist yearly; BP, fasting glucose and lipids at baseline and 12 weeks, then yearly (lipids every 5 years).',
    items: sgaMetabolic,
    sources: ADA,
  },
  'antipsychotic-movement': {
    id: 'antipsychotic-movement',
    title: 'Abnormal involuntary movements (tardive dyskinesia)',
    summary:
      'APA 2020: clinical assessment at baseline; AIMS at least every 6 months if at high risk, every 12 months otherwise.',
    items: [
      {
        test: 'aims',
        baseline: true,
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason:
          'AIMS every 6 months (high tardive dyskinesia risk: age 55+ or first-generation antipsychotic)',
        applies: highTdRisk,
        sources: ['mon-apa-schizophrenia-2020'],
      },
      {
        test: 'aims',
        baseline: true,
        repeat: [{ unit: 'months', from: 12, every: 12 }],
        reason: 'AIMS at baseline and at least every 12 months',
        applies: (ctx) => !highTdRisk(ctx),
        sources: ['mon-apa-schizophrenia-2020'],
      },
    ],
    sources: ['mon-apa-schizophrenia-2020'],
  },
  prolactin: {
    id: 'prolactin',
    title: 'Hyperprolactinaemia',
    summary:
      'APA 2020: screen for symptoms of hyperprolactinaemia at baseline and each visit until stable, then yearly; measure prolactin if symptomatic.',
    items: [
      {
        test: 'prolactin-symptoms',
        baseline: true,
        at: { weeks: [4, 8, 12] },
        repeat: [{ unit: 'months', from: 12, every: 12 }],
        reason:
          'ask about galactorrhoea, menstrual or sexual dysfunction, gynaecomastia; prolactin level if present',
        sources: ['mon-apa-schizophrenia-2020', 'mon-melmed-2011'],
      },
    ],
    sources: ['mon-apa-schizophrenia-2020'],
  },
  lithium: {
    id: 'lithium',
    title: 'Lithium',
    summary:
      'NICE CG185 / label: trough level 1 week after starting and after each dose change, weekly until stable, every 3 months in the first year, then every 6 months (every 3 months from age 65); eGFR/creatinine, TSH, calcium and weight at baseline and every 6 months.',
    items: [
      {
        test: 'lithium',
        at: { days: [7, 14] },
        repeat: [
          { unit: 'months', from: 3, every: 3, through: 12 },
          { unit: 'months', from: 18, every: 6 },
        ],
        afterDoseChange: { days: [7] },
        reason:
          'trough level (12 h post-dose) 1 week after starting, weekly until stable, 3-monthly in year 1, then 6-monthly',
        applies: (ctx) => !years65(ctx),
        sources: LITHIUM,
      },
      {
        test: 'lithium',
        at: { days: [7, 14] },
        repeat: [{ unit: 'months', from: 3, every: 3 }],
        afterDoseChange: { days: [7] },
        reason:
          'trough level 1 week after starting, weekly until stable, then every 3 months (age 65 or older)',
        applies: years65,
        sources: LITHIUM,
      },
      {
        test: 'creatinine',
        baseline: true,
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'renal function at baseline and every 6 months',
        sources: LITHIUM,
      },
      {
        test: 'egfr',
        baseline: true,
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'eGFR at baseline and every 6 months (caution below 60, avoid below 30)',
        sources: LITHIUM,
      },
      {
        test: 'tsh',
        baseline: true,
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'thyroid function at baseline and every 6 months',
        sources: LITHIUM,
      },
      {
        test: 'calcium',
        baseline: true,
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'calcium at baseline and every 6 months (lithium-associated hyperparathyroidism)',
        sources: LITHIUM,
      },
      {
        test: 'sodium',
        baseline: true,
        reason: 'electrolytes before starting',
        sources: LITHIUM,
      },
      {
        test: 'weight',
        baseline: true,
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'weight/BMI at baseline and every 6 months',
        sources: LITHIUM,
      },
      {
        test: 'qtc',
        baseline: true,
        reason: 'baseline ECG if over 40 or with cardiac disease or risk factors',
        applies: ecgByAge,
        sources: LITHIUM,
      },
      {
        test: 'pregnancy-test',
        baseline: true,
        reason: 'pregnancy status before starting (cardiac malformation risk)',
        applies: canBecomePregnant,
        sources: LITHIUM,
      },
    ],
    sources: LITHIUM,
  },
  valproate: {
    id: 'valproate',
    title: 'Valproate / divalproex',
    summary:
      'Label: liver tests and blood count with platelets before starting and at frequent intervals in the first 6 months (project default: months 1, 2, 3, then every 6 months); trough level once at steady state (day 5) and after dose changes; pregnancy test.',
    items: [
      {
        test: 'alt',
        baseline: true,
        at: { months: [1, 2, 3] },
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'liver tests (boxed warning: hepatotoxicity, highest risk in the first 6 months)',
        sources: VPA,
      },
      {
        test: 'ast',
        baseline: true,
        at: { months: [1, 2, 3] },
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'liver tests (boxed warning: hepatotoxicity, highest risk in the first 6 months)',
        sources: VPA,
      },
      {
        test: 'cbc',
        baseline: true,
        at: { months: [1, 2, 3] },
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'blood count with platelets (dose-related thrombocytopenia)',
        sources: VPA,
      },
      {
        test: 'valproate',
        at: { days: [5], months: [3] },
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        afterDoseChange: { days: [5] },
        reason:
          'trough level at steady state (about 5 days) and after dose changes; target 50-125 mcg/mL for mania',
        sources: VPA,
      },
      {
        test: 'weight',
        baseline: true,
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'weight gain',
        sources: VPA,
      },
      {
        test: 'pregnancy-test',
        baseline: true,
        reason:
          'pregnancy test before starting (boxed warning: neural tube defects, lower IQ); contraception counselling',
        applies: canBecomePregnant,
        sources: VPA,
      },
    ],
    sources: VPA,
  },
  carbamazepine: {
    id: 'carbamazepine',
    title: 'Carbamazepine',
    summary:
      'Label: HLA-B*15:02 in at-risk ancestry; blood count, liver tests and sodium before starting and periodically (project default: months 1, 2, 3 for counts, then every 6 months); level at 1 and 4 weeks (autoinduction) and after dose changes.',
    items: [
      {
        test: 'hla-b-1502',
        baseline: true,
        reason: 'HLA-B*15:02 before starting in patients of Asian ancestry (SJS/TEN boxed warning)',
        sources: CBZ,
      },
      {
        test: 'cbc',
        baseline: true,
        at: { months: [1, 2, 3] },
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'blood count with platelets (boxed warning: aplastic anaemia and agranulocytosis)',
        sources: CBZ,
      },
      {
        test: 'alt',
        baseline: true,
        at: { months: [1, 3] },
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'liver tests at baseline and periodically',
        sources: CBZ,
      },
      {
        test: 'ast',
        baseline: true,
        at: { months: [1, 3] },
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'liver tests at baseline and periodically',
        sources: CBZ,
      },
      {
        test: 'sodium',
        baseline: true,
        at: { months: [1, 3] },
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'sodium (hyponatraemia/SIADH)',
        sources: CBZ,
      },
      {
        test: 'carbamazepine',
        at: { weeks: [1, 4] },
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        afterDoseChange: { days: [5] },
        reason: 'trough level at steady state and again at 4 weeks after autoinduction; target 4-12 mcg/mL',
        sources: CBZ,
      },
      {
        test: 'pregnancy-test',
        baseline: true,
        reason: 'pregnancy test before starting (teratogen; lowers hormonal contraceptive efficacy)',
        applies: canBecomePregnant,
        sources: CBZ,
      },
    ],
    sources: CBZ,
  },
  'oxcarbazepine-sodium': {
    id: 'oxcarbazepine-sodium',
    title: 'Oxcarbazepine sodium',
    summary:
      'Label: hyponatraemia mostly in the first 3 months; sodium at baseline, months 1 and 3, then yearly (project default).',
    items: [
      {
        test: 'sodium',
        baseline: true,
        at: { months: [1, 3] },
        repeat: [{ unit: 'months', from: 12, every: 12 }],
        reason: 'sodium (hyponatraemia, mostly in the first 3 months)',
        sources: ['mon-label-oxcarbazepine'],
      },
    ],
    sources: ['mon-label-oxcarbazepine'],
  },
  'lamotrigine-rash': {
    id: 'lamotrigine-rash',
    title: 'Lamotrigine rash',
    summary:
      'Label: serious rash usually within 2-8 weeks; check skin at each titration step through week 8.',
    items: [
      {
        test: 'rash-check',
        baseline: true,
        at: { weeks: [2, 4, 6, 8] },
        reason:
          'rash check during titration (boxed warning); stop at the first sign of rash unless clearly unrelated',
        sources: ['mon-label-lamotrigine'],
      },
    ],
    sources: ['mon-label-lamotrigine'],
  },
  clozapine: {
    id: 'clozapine',
    title: 'Clozapine',
    summary:
      'Label: ANC at baseline, weekly for 6 months, every 2 weeks for months 6-12, monthly after 12 months (the REMS was eliminated in 2025 but the labelled schedule still applies); troponin and CRP at baseline and weekly for 4 weeks (myocarditis); SGA metabolic monitoring.',
    includes: ['sga-metabolic'],
    items: [
      {
        test: 'anc',
        baseline: true,
        repeat: [
          { unit: 'weeks', from: 1, every: 1, through: 26 },
          { unit: 'weeks', from: 28, every: 2, through: 52 },
          { unit: 'months', from: 13, every: 1 },
        ],
        reason:
          'ANC weekly for 6 months, every 2 weeks for months 6-12, then monthly (severe neutropenia boxed warning)',
        sources: CLOZ,
      },
      {
        test: 'troponin',
        baseline: true,
        at: { days: [7, 14, 21, 28] },
        reason: 'troponin weekly for the first 4 weeks (myocarditis)',
        sources: ['mon-ronaldson-2011', 'mon-label-clozapine'],
      },
      {
        test: 'crp',
        baseline: true,
        at: { days: [7, 14, 21, 28] },
        reason: 'CRP weekly for the first 4 weeks (myocarditis)',
        sources: ['mon-ronaldson-2011', 'mon-label-clozapine'],
      },
    ],
    sources: CLOZ,
  },
  'qt-ecg': {
    id: 'qt-ecg',
    title: 'QT prolongation',
    summary:
      'ECG (QTc) before starting a QT-prolonging drug and again at steady state/after titration and after dose increases; correct potassium and magnesium.',
    items: [
      {
        test: 'qtc',
        baseline: true,
        at: { weeks: [4] },
        afterDoseChange: { weeks: [1] },
        reason:
          'ECG before starting and after titration or dose increases (act on QTc 500 ms or more, or a rise of 60 ms)',
        sources: ['mon-aha-qt-2010', 'mon-apa-schizophrenia-2020', 'mon-fda-citalopram-2012'],
      },
      {
        test: 'potassium',
        baseline: true,
        reason: 'correct hypokalaemia before QT-prolonging drugs',
        sources: ['mon-aha-qt-2010'],
      },
      {
        test: 'magnesium',
        baseline: true,
        reason: 'correct hypomagnesaemia before QT-prolonging drugs',
        sources: ['mon-aha-qt-2010'],
      },
    ],
    sources: ['mon-aha-qt-2010'],
  },
  'tca-ecg': {
    id: 'tca-ecg',
    title: 'Tricyclic ECG',
    summary: 'Baseline ECG for tricyclics when over 40 or with cardiac history (conduction delay, QT).',
    items: [
      {
        test: 'qtc',
        baseline: true,
        reason: 'baseline ECG for a tricyclic (over 40 or cardiac history)',
        applies: ecgByAge,
        sources: ['mon-aha-qt-2010'],
      },
    ],
    sources: ['mon-aha-qt-2010'],
  },
  'stimulant-cardiovascular': {
    id: 'stimulant-cardiovascular',
    title: 'Stimulant cardiovascular and growth',
    summary:
      'BP and heart rate before starting, at each titration visit and after dose changes, then at least quarterly; weight each visit and height in children; misuse assessment (2023 boxed warning).',
    items: [
      {
        test: 'blood-pressure',
        baseline: true,
        at: { months: [1, 2, 3] },
        repeat: [{ unit: 'months', from: 6, every: 3 }],
        afterDoseChange: { weeks: [4] },
        reason: 'blood pressure at each visit (monthly during titration, then quarterly)',
        sources: ['mon-aap-adhd-2019', 'mon-fda-stimulant-2023'],
      },
      {
        test: 'heart-rate',
        baseline: true,
        at: { months: [1, 2, 3] },
        repeat: [{ unit: 'months', from: 6, every: 3 }],
        afterDoseChange: { weeks: [4] },
        reason: 'heart rate at each visit (monthly during titration, then quarterly)',
        sources: ['mon-aap-adhd-2019'],
      },
      {
        test: 'weight',
        baseline: true,
        repeat: [{ unit: 'months', from: 3, every: 3 }],
        reason: 'weight (appetite suppression)',
        sources: ['mon-aap-adhd-2019'],
      },
      {
        test: 'height',
        baseline: true,
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        reason: 'growth in children and adolescents',
        applies: (ctx) => ctx.age === undefined || ctx.age < 18,
        sources: ['mon-aap-adhd-2019'],
      },
    ],
    sources: ['mon-aap-adhd-2019'],
  },
  'alpha2-cardiovascular': {
    id: 'alpha2-cardiovascular',
    title: 'Alpha-2 agonist cardiovascular',
    summary:
      'Label: BP and heart rate before starting, after each dose increase, then periodically; taper to stop.',
    items: [
      {
        test: 'blood-pressure',
        baseline: true,
        at: { weeks: [1, 2, 4] },
        repeat: [{ unit: 'months', from: 3, every: 3 }],
        afterDoseChange: { weeks: [1] },
        reason: 'blood pressure (hypotension; rebound hypertension if stopped abruptly)',
        sources: ['mon-label-guanfacine-er'],
      },
      {
        test: 'heart-rate',
        baseline: true,
        at: { weeks: [1, 2, 4] },
        repeat: [{ unit: 'months', from: 3, every: 3 }],
        afterDoseChange: { weeks: [1] },
        reason: 'heart rate (bradycardia)',
        sources: ['mon-label-guanfacine-er'],
      },
    ],
    sources: ['mon-label-guanfacine-er'],
  },
  'pregnancy-test': {
    id: 'pregnancy-test',
    title: 'Pregnancy test',
    summary:
      'Pregnancy status before starting a teratogen in people who can become pregnant; contraception counselling.',
    items: [
      {
        test: 'pregnancy-test',
        baseline: true,
        reason: 'pregnancy test before starting (teratogenic risk) and contraception counselling',
        applies: canBecomePregnant,
        sources: ['mon-label-valproate', 'mon-label-carbamazepine'],
      },
    ],
    sources: ['mon-label-valproate'],
  },
  'antidepressant-suicidality': {
    id: 'antidepressant-suicidality',
    title: 'Antidepressant suicidality (under 25)',
    summary:
      'Boxed warning (24 and younger): close monitoring in the first months and after dose changes — weekly for 4 weeks, every 2 weeks to week 8, then at 12 weeks (2004 Medication Guide cadence).',
    items: [
      {
        test: 'suicidality-check',
        baseline: true,
        at: { weeks: [1, 2, 3, 4, 6, 8, 12] },
        afterDoseChange: { weeks: [1] },
        reason:
          'check for suicidality, worsening and unusual behaviour (antidepressant boxed warning, age under 25)',
        applies: (ctx) => ctx.age === undefined || ctx.age < 25,
        sources: ['mon-fda-antidepressant-boxed', 'fu-nice-ng222'],
      },
    ],
    sources: ['mon-fda-antidepressant-boxed'],
  },
  hepatic: {
    id: 'hepatic',
    title: 'Liver tests',
    summary:
      'Liver tests at baseline, 3 months, then yearly (project default for labels that ask for baseline and periodic tests).',
    items: [
      {
        test: 'alt',
        baseline: true,
        at: { months: [3] },
        repeat: [{ unit: 'months', from: 12, every: 12 }],
        reason: 'liver tests at baseline and periodically (hepatotoxicity)',
        sources: ['mon-label-naltrexone', 'mon-fda-dili-2009'],
      },
      {
        test: 'ast',
        baseline: true,
        at: { months: [3] },
        repeat: [{ unit: 'months', from: 12, every: 12 }],
        reason: 'liver tests at baseline and periodically (hepatotoxicity)',
        sources: ['mon-label-naltrexone', 'mon-fda-dili-2009'],
      },
    ],
    sources: ['mon-fda-dili-2009'],
  },
  renal: {
    id: 'renal',
    title: 'Renal function',
    summary: 'Creatinine/eGFR at baseline and yearly for renally cleared drugs (dose by renal function).',
    items: [
      {
        test: 'creatinine',
        baseline: true,
        repeat: [{ unit: 'months', from: 12, every: 12 }],
        reason: 'renal function for dosing a renally cleared drug',
        sources: ['mon-kdigo-ckd-2012'],
      },
      {
        test: 'egfr',
        baseline: true,
        repeat: [{ unit: 'months', from: 12, every: 12 }],
        reason: 'eGFR for dosing a renally cleared drug',
        sources: ['mon-kdigo-ckd-2012'],
      },
    ],
    sources: ['mon-kdigo-ckd-2012'],
  },
  sodium: {
    id: 'sodium',
    title: 'Sodium (SSRI/SNRI in older adults)',
    summary:
      'SSRI-associated hyponatraemia occurs mostly in the first weeks in people 65 and older: sodium at baseline and 4 weeks.',
    items: [
      {
        test: 'sodium',
        baseline: true,
        at: { weeks: [4] },
        reason: 'sodium at baseline and 4 weeks (hyponatraemia risk at 65 and older)',
        applies: (ctx) => ctx.age === undefined || ctx.age >= 65,
        sources: ['mon-jacob-2006'],
      },
    ],
    sources: ['mon-jacob-2006'],
  },
  'blood-pressure': {
    id: 'blood-pressure',
    title: 'Blood pressure',
    summary:
      'Label (venlafaxine and others): BP before starting and regularly — months 1 and 3, then every 6 months, and after dose increases.',
    items: [
      {
        test: 'blood-pressure',
        baseline: true,
        at: { months: [1, 3] },
        repeat: [{ unit: 'months', from: 6, every: 6 }],
        afterDoseChange: { weeks: [4] },
        reason: 'blood pressure (dose-related sustained hypertension)',
        sources: ['mon-label-venlafaxine'],
      },
    ],
    sources: ['mon-label-venlafaxine'],
  },
  'esketamine-observation': {
    id: 'esketamine-observation',
    title: 'Esketamine session monitoring (REMS)',
    summary:
      'Label/REMS: each session in a certified setting — BP before and about 40 minutes after the dose, 2-hour observation; twice weekly in weeks 1-4, weekly in weeks 5-8, then every 2 weeks.',
    items: [
      {
        test: 'blood-pressure',
        baseline: true,
        at: { days: [3, 7, 10, 14, 17, 21, 24] },
        repeat: [
          { unit: 'weeks', from: 4, every: 1, through: 7 },
          { unit: 'weeks', from: 8, every: 2 },
        ],
        reason: 'blood pressure before and about 40 minutes after each esketamine session',
        sources: ['mon-label-spravato'],
      },
      {
        test: 'post-dose-observation',
        baseline: true,
        at: { days: [3, 7, 10, 14, 17, 21, 24] },
        repeat: [
          { unit: 'weeks', from: 4, every: 1, through: 7 },
          { unit: 'weeks', from: 8, every: 2 },
        ],
        reason: 'observe for at least 2 hours after each esketamine session (sedation, dissociation)',
        sources: ['mon-label-spravato'],
      },
    ],
    sources: ['mon-label-spravato'],
  },
  'opioid-treatment': {
    id: 'opioid-treatment',
    title: 'Opioid use disorder treatment',
    summary:
      'Urine drug testing and PDMP review at initiation and at a frequency matched to stability (project default: monthly for 6 months, then every 3 months); liver tests at baseline.',
    items: [
      {
        test: 'urine-drug-screen',
        baseline: true,
        repeat: [
          { unit: 'months', from: 1, every: 1, through: 6 },
          { unit: 'months', from: 9, every: 3 },
        ],
        reason: 'urine drug test at initiation, monthly in early treatment, then every 3 months when stable',
        sources: ['mon-asam-oud-2020'],
      },
      {
        test: 'pdmp',
        baseline: true,
        repeat: [{ unit: 'months', from: 3, every: 3 }],
        reason: 'PDMP review at initiation and at least every 3 months',
        sources: ['mon-asam-oud-2020', 'fu-dea-buprenorphine-2025'],
      },
      {
        test: 'alt',
        baseline: true,
        reason: 'liver tests at baseline',
        sources: ['mon-asam-oud-2020'],
      },
      {
        test: 'ast',
        baseline: true,
        reason: 'liver tests at baseline',
        sources: ['mon-asam-oud-2020'],
      },
    ],
    sources: ['mon-asam-oud-2020'],
  },
  'controlled-substance': {
    id: 'controlled-substance',
    title: 'Controlled substance safeguards',
    summary:
      'PDMP check before prescribing and at least every 3 months; urine drug test at baseline and at least yearly.',
    items: [
      {
        test: 'pdmp',
        baseline: true,
        repeat: [{ unit: 'months', from: 3, every: 3 }],
        reason: 'PDMP check before prescribing and at least every 3 months',
        sources: ['mon-cdc-opioids-2022', 'mon-fda-stimulant-2023'],
      },
      {
        test: 'urine-drug-screen',
        baseline: true,
        repeat: [{ unit: 'months', from: 12, every: 12 }],
        reason: 'urine drug test at baseline and at least yearly',
        sources: ['mon-cdc-opioids-2022'],
      },
    ],
    sources: ['mon-cdc-opioids-2022'],
  },
  'benzodiazepine-review': {
    id: 'benzodiazepine-review',
    title: 'Benzodiazepine review',
    summary:
      'Joint guideline 2025: reassess risks, benefits and a taper at least every 3 months (first review at 4 weeks).',
    items: [
      {
        test: 'benzodiazepine-review',
        at: { weeks: [4] },
        repeat: [{ unit: 'months', from: 3, every: 3 }],
        reason: 'review ongoing need, risks and benefits, and offer a taper',
        sources: ['taper-joint-bzd-2025'],
      },
    ],
    sources: ['taper-joint-bzd-2025'],
  },
};

/** Protocol ids a drug sets off, with included protocols expanded (each once, in order). */
export function expandProtocols(ids: readonly MonitoringProtocolId[]): MonitoringProtocolId[] {
  const out: MonitoringProtocolId[] = [];
  const visit = (id: MonitoringProtocolId): void => {
    if (out.includes(id)) return;
    out.push(id);
    for (const inc of MONITORING_PROTOCOLS[id].includes ?? []) visit(inc);
  };
  for (const id of ids) visit(id);
  return out;
}
