import { citation } from '../sources/index.js';
import type { Alert, AlertAction, Severity, SourceId } from '../types.js';
import { ClinicalInputError } from './dates.js';
import { findTest, type MonitoringTest } from './tests.js';

export interface InterpretContext {
  /** Current drugs (generic names) — tailors the message (e.g. eGFR with lithium, ANC with clozapine). */
  drugs?: string[];
  sex?: 'female' | 'male';
  age?: number;
  /** Lithium target range: acute 0.8-1.2, maintenance 0.6-1.0 mmol/L (default maintenance). */
  phase?: 'acute' | 'maintenance';
  /** Benign ethnic (Duffy-null associated) neutropenia: clozapine ANC thresholds are lower. */
  benignEthnicNeutropenia?: boolean;
  /** Baseline value of the same test (QTc rise, weight gain, creatinine rise). */
  baseline?: number;
  /** The laboratory's upper limit of normal (ALT/AST default 40 U/L; troponin requires it). */
  upperLimitOfNormal?: number;
  /** Diastolic pressure when `test` is blood pressure and `value` the systolic. */
  diastolic?: number;
}

export type ResultFlag = 'normal' | 'low' | 'high' | 'critical-low' | 'critical-high' | 'abnormal';

export interface ResultInterpretation {
  test: string;
  name: string;
  loinc: string | null;
  /** Value in the canonical unit. */
  value: number;
  unit: string;
  /** Named band, e.g. `therapeutic`, `toxic-risk`, `mild-neutropenia`. */
  band: string;
  flag: ResultFlag;
  /** Null when the value is within the expected range (then `alert` is null too). */
  severity: Severity | null;
  message: string;
  alert: Alert | null;
  sources: SourceId[];
}

interface Finding {
  band: string;
  flag: ResultFlag;
  severity: Severity | null;
  message: string;
  recommendation?: string;
  action?: AlertAction;
  sources: SourceId[];
}

// ---------------------------------------------------------------------------- the table's shape

type Converter = (v: number) => number;
const same: Converter = (v) => v;
const times =
  (f: number): Converter =>
  (v) =>
    v * f;

/** A value being read, with the facts its test derives from the context (limits, drug notes). */
type Reading<F> = F & { v: number; ctx: InterpretContext };
type Limit<F> = number | ((r: Reading<F>) => number);
type ByReading<F, T> = T | ((r: Reading<F>) => T);

interface Band<F> {
  band: string;
  flag: ResultFlag;
  severity: Severity;
  /** The band holds when the value is at or above / above / below every limit given… */
  atLeast?: Limit<F>;
  above?: Limit<F>;
  below?: Limit<F>;
  /** …and this holds, where a limit alone does not decide (baseline rise, two pressures, sex). */
  when?: (r: Reading<F>) => boolean;
  message: (r: Reading<F>) => string;
  recommendation: ByReading<F, string>;
  action: ByReading<F, AlertAction>;
  /** Replaces the test's sources for this band. */
  sources?: SourceId[];
  /** Replaces them again when the condition holds (a drug-specific guideline). */
  sourcesIf?: { when: (r: Reading<F>) => boolean; sources: SourceId[] };
}

interface BandSet<F> {
  /** Most severe first; the first band that holds wins. */
  bands: Band<F>[];
  /** What is said when no band holds: no severity, no alert. */
  inRange: { band: string; message: (r: Reading<F>) => string };
}

interface TestSpec<F> extends BandSet<F> {
  test: string;
  /** Accepted units (normalised: lower case, no spaces, µ → u) → conversion to the canonical unit. */
  units: Record<string, Converter>;
  sources: SourceId[];
  /** Facts the limits and messages use; may reject a reading it cannot interpret. */
  facts?: (v: number, ctx: InterpretContext, unit: string | undefined) => F;
  /** A context that reads the value against other bands (eGFR on lithium, ANC in BEN). */
  variant?: BandSet<F> & { when: (r: Reading<F>) => boolean };
}

/** One row of the table, its facts type erased so that rows of every test sit in one list. */
export interface ResultRule {
  test: string;
  units: Readonly<Record<string, Converter>>;
  sources: readonly SourceId[];
  /** Every band of the row (variant bands included) with every source list it can cite. */
  bands: readonly { band: string; severity: Severity; sources: readonly SourceId[][] }[];
  interpret(v: number, ctx: InterpretContext, unit: string | undefined): Finding;
}

const limit = <F>(l: Limit<F>, r: Reading<F>): number => (typeof l === 'number' ? l : l(r));
const pick = <F, T>(x: ByReading<F, T>, r: Reading<F>): T =>
  typeof x === 'function' ? (x as (r: Reading<F>) => T)(r) : x;

/** The one interpreter: the first band of the applicable set that holds, else the in-range finding. */
function interpretWith<F>(
  spec: TestSpec<F>,
  v: number,
  ctx: InterpretContext,
  unit: string | undefined,
): Finding {
  const r = { ...(spec.facts ? spec.facts(v, ctx, unit) : ({} as F)), v, ctx } as Reading<F>;
  const set: BandSet<F> = spec.variant?.when(r) ? spec.variant : spec;
  for (const b of set.bands) {
    if (b.atLeast !== undefined && !(v >= limit(b.atLeast, r))) continue;
    if (b.above !== undefined && !(v > limit(b.above, r))) continue;
    if (b.below !== undefined && !(v < limit(b.below, r))) continue;
    if (b.when && !b.when(r)) continue;
    return {
      band: b.band,
      flag: b.flag,
      severity: b.severity,
      message: b.message(r),
      recommendation: pick(b.recommendation, r),
      action: pick(b.action, r),
      // A copy: callers own what they are given, the table stays as written.
      sources: [...(b.sourcesIf?.when(r) ? b.sourcesIf.sources : (b.sources ?? spec.sources))],
    };
  }
  return {
    band: set.inRange.band,
    flag: 'normal',
    severity: null,
    message: set.inRange.message(r),
    sources: [...spec.sources],
  };
}

function row<F = Record<never, never>>(spec: TestSpec<F>): ResultRule {
  const bands = [...spec.bands, ...(spec.variant?.bands ?? [])].map((b) => ({
    band: b.band,
    severity: b.severity,
    sources: [b.sources ?? spec.sources, ...(b.sourcesIf ? [b.sourcesIf.sources] : [])],
  }));
  return {
    test: spec.test,
    units: spec.units,
    sources: spec.sources,
    bands,
    interpret: (v, ctx, unit) => interpretWith(spec, v, ctx, unit),
  };
}

// ---------------------------------------------------------------------------- helpers

const on = (ctx: InterpretContext, drug: string): boolean =>
  (ctx.drugs ?? []).some((d) => d.trim().toLowerCase() === drug);

const round = (v: number, digits = 2): number => Math.round(v * 10 ** digits) / 10 ** digits;

const CONCENTRATION = { 'mcg/ml': same, 'ug/ml': same, 'mg/l': same };
const MMOL = { 'mmol/l': same, 'meq/l': same };
const MMHG = { mmhg: same, 'mm[hg]': same };
const ENZYME = { 'u/l': same, 'iu/l': same };

const STIMULANTS = [
  'methylphenidate',
  'dexmethylphenidate',
  'amphetamine',
  'dextroamphetamine',
  'lisdexamfetamine',
  'mixed amphetamine salts',
];
const HEPATOTOXIC = [
  'valproate',
  'divalproex',
  'naltrexone',
  'duloxetine',
  'nefazodone',
  'disulfiram',
  'carbamazepine',
];

function aminotransferase(test: 'alt' | 'ast', name: string): ResultRule {
  return row({
    test,
    units: ENZYME,
    sources: ['mon-fda-dili-2009'],
    facts: (v, ctx) => {
      const uln = ctx.upperLimitOfNormal ?? 40;
      const suspects = HEPATOTOXIC.filter((d) => on(ctx, d));
      return {
        uln,
        x: round(v / uln, 1),
        drugNote: suspects.length > 0 ? ` Consider ${suspects.join(', ')} as a cause.` : '',
      };
    },
    bands: [
      {
        band: 'above-5x-uln',
        flag: 'critical-high',
        severity: 'major',
        above: (r) => 5 * r.uln,
        message: (r) =>
          `${name} ${r.v} U/L is ${r.x} times the upper limit of normal (above 5x).${r.drugNote}`,
        recommendation: 'Stop the suspected hepatotoxic drug and evaluate for liver injury (bilirubin, INR).',
        action: 'avoid',
      },
      {
        band: 'above-3x-uln',
        flag: 'high',
        severity: 'moderate',
        above: (r) => 3 * r.uln,
        message: (r) =>
          `${name} ${r.v} U/L is ${r.x} times the upper limit of normal (above 3x).${r.drugNote}`,
        recommendation:
          'Repeat within days with bilirubin; stop the suspected drug if symptoms or bilirubin rise.',
        action: 'monitor',
      },
      {
        band: 'above-uln',
        flag: 'high',
        severity: 'minor',
        above: (r) => r.uln,
        message: (r) =>
          `${name} ${r.v} U/L is above the upper limit of normal (${r.uln} U/L) but below 3 times it.${r.drugNote}`,
        recommendation: 'Repeat at the next scheduled check.',
        action: 'monitor',
      },
    ],
    inRange: {
      band: 'normal',
      message: (r) => `${name} ${r.v} U/L is within normal limits (up to ${r.uln} U/L).`,
    },
  });
}

function bloodPressure(test: 'blood-pressure' | 'diastolic'): ResultRule {
  return row({
    test,
    units: MMHG,
    sources: ['mon-acc-aha-bp-2017'],
    // `blood-pressure` reads the systolic (diastolic from the context); `diastolic` reads only that.
    facts: (v, ctx) => {
      const systolic = test === 'blood-pressure' ? v : undefined;
      const diastolic = test === 'blood-pressure' ? ctx.diastolic : v;
      return {
        systolic,
        sys: systolic ?? 0,
        dia: diastolic ?? 0,
        text: `${systolic ?? '–'}/${diastolic ?? '–'} mm Hg`,
        stimulant: STIMULANTS.some((d) => on(ctx, d)),
      };
    },
    bands: [
      {
        band: 'severe',
        flag: 'critical-high',
        severity: 'major',
        when: (r) => r.sys > 180 || r.dia > 120,
        message: (r) => `Blood pressure ${r.text} is severely raised (above 180 and/or 120).`,
        recommendation:
          'Repeat now; same-day medical assessment for end-organ damage; hold sympathomimetic drugs.',
        action: 'avoid',
      },
      {
        band: 'stage-2',
        flag: 'high',
        severity: 'moderate',
        when: (r) => r.sys >= 140 || r.dia >= 90,
        message: (r) => `Blood pressure ${r.text} is stage 2 hypertension (140/90 or more).`,
        recommendation: (r) =>
          r.stimulant
            ? 'Repeat to confirm; reduce or pause the stimulant or consider a non-stimulant; treat hypertension.'
            : 'Repeat to confirm and treat; review BP-raising drugs (stimulants, venlafaxine, MAOIs).',
        action: (r) => (r.stimulant ? 'reduce-dose' : 'monitor'),
        sourcesIf: { when: (r) => r.stimulant, sources: ['mon-acc-aha-bp-2017', 'mon-aap-adhd-2019'] },
      },
      {
        band: 'stage-1',
        flag: 'high',
        severity: 'minor',
        when: (r) => r.sys >= 130 || r.dia >= 80,
        message: (r) => `Blood pressure ${r.text} is stage 1 hypertension (130-139/80-89).`,
        recommendation: 'Repeat and monitor; lifestyle measures.',
        action: 'monitor',
      },
      {
        band: 'elevated',
        flag: 'high',
        severity: 'info',
        when: (r) => r.systolic !== undefined && r.systolic >= 120,
        message: (r) => `Blood pressure ${r.text} is elevated (120-129/below 80).`,
        recommendation: 'Recheck at the next visit.',
        action: 'monitor',
      },
      {
        band: 'hypotension',
        flag: 'low',
        severity: 'minor',
        when: (r) => r.systolic !== undefined && r.systolic < 90,
        message: (r) => `Blood pressure ${r.text} is low (systolic below 90).`,
        recommendation: 'Check for orthostasis (clozapine, alpha-2 agonists, TCAs, MAOIs) and falls risk.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `Blood pressure ${r.text} is normal.` },
  });
}

// ---------------------------------------------------------------------------- the table

const LITHIUM_SOURCES: SourceId[] = ['mon-label-lithium', 'mon-nice-cg185'];
const KDIGO_CKD: SourceId[] = ['mon-kdigo-ckd-2012'];
const EGFR_ON_LITHIUM: SourceId[] = ['mon-nice-cg185', 'mon-label-lithium', ...KDIGO_CKD];
const ADA: SourceId[] = ['mon-ada-standards-2025'];
const ATP3: SourceId[] = ['mon-ncep-atp3-2002'];
const WHO_BMI: SourceId[] = ['mon-who-bmi-2000'];

/**
 * How each monitored test is read: accepted units, bands with their limits (critical first),
 * what each band means for the prescriber, and the sources behind them.
 */
export const RESULT_RULES: readonly ResultRule[] = [
  row({
    test: 'lithium',
    units: MMOL,
    sources: LITHIUM_SOURCES,
    facts: (_v, ctx) => {
      const acute = ctx.phase === 'acute';
      const [low, high] = acute ? [0.8, 1.2] : [0.6, 1.0];
      return { low, high, range: `${low}-${high} mmol/L (${acute ? 'acute' : 'maintenance'})` };
    },
    bands: [
      {
        band: 'critical',
        flag: 'critical-high',
        severity: 'contraindicated',
        atLeast: 2.0,
        message: (r) => `Lithium ${r.v} mmol/L is a critical level (2.0 or more): serious toxicity risk.`,
        recommendation:
          'Hold lithium and arrange same-day emergency assessment (neurological signs, renal function, ECG); consider haemodialysis per toxicology advice.',
        action: 'avoid',
      },
      {
        band: 'toxic-risk',
        flag: 'high',
        severity: 'major',
        atLeast: 1.5,
        message: (r) => `Lithium ${r.v} mmol/L is in the toxic-risk range (1.5 or more).`,
        recommendation:
          'Withhold the next dose, check for toxicity (tremor, ataxia, confusion, vomiting, diarrhoea), repeat a 12-hour trough level with renal function and review interacting drugs and fluid status.',
        action: 'reduce-dose',
      },
      {
        band: 'high',
        flag: 'high',
        severity: 'moderate',
        above: 1.2,
        message: (r) => `Lithium ${r.v} mmol/L is above the therapeutic range (${r.range}).`,
        recommendation:
          'Confirm it was a 12-hour trough, look for toxicity and interacting drugs, and reduce the dose.',
        action: 'reduce-dose',
      },
      {
        band: 'above-target',
        flag: 'high',
        severity: 'minor',
        above: (r) => r.high,
        message: (r) =>
          `Lithium ${r.v} mmol/L is above the maintenance target (${r.range}) but within the acute range.`,
        recommendation: 'Consider a dose reduction for maintenance and recheck the level in 1 week.',
        action: 'monitor',
      },
      {
        band: 'subtherapeutic',
        flag: 'low',
        severity: 'minor',
        below: (r) => r.low,
        message: (r) => `Lithium ${r.v} mmol/L is below the target range (${r.range}).`,
        recommendation: 'Check adherence and timing of the sample; adjust the dose if clinically indicated.',
        action: 'monitor',
      },
    ],
    inRange: {
      band: 'therapeutic',
      message: (r) => `Lithium ${r.v} mmol/L is within the target range (${r.range}).`,
    },
  }),

  row({
    test: 'anc',
    units: {
      '/ul': same,
      'cells/ul': same,
      '/mm3': same,
      'cells/mm3': same,
      '10^9/l': times(1000),
      'x10^9/l': times(1000),
      '10*9/l': times(1000),
      '10^3/ul': times(1000),
      'k/ul': times(1000),
    },
    sources: ['mon-label-clozapine'],
    facts: (_v, ctx) => ({ cloz: on(ctx, 'clozapine') }),
    variant: {
      // Benign ethnic neutropenia: the clozapine label's lower thresholds.
      when: (r) => Boolean(r.ctx.benignEthnicNeutropenia),
      bands: [
        {
          band: 'severe-neutropenia',
          flag: 'critical-low',
          severity: 'contraindicated',
          below: 500,
          message: (r) => `ANC ${r.v}/µL is severe neutropenia (below 500/µL) in BEN.`,
          recommendation: (r) =>
            r.cloz
              ? 'Interrupt clozapine; ANC daily until 500/µL, then three times weekly to baseline; haematology consultation; do not rechallenge unless benefit clearly outweighs risk.'
              : 'Urgent haematology assessment; stop myelosuppressive drugs.',
          action: 'avoid',
        },
        {
          band: 'ben-neutropenia',
          flag: 'low',
          severity: 'moderate',
          below: 1000,
          message: (r) => `ANC ${r.v}/µL is BEN neutropenia (500-999/µL).`,
          recommendation: (r) =>
            r.cloz
              ? 'Continue clozapine; ANC three times weekly until 1000/µL or the patient’s baseline; haematology consultation.'
              : 'Repeat within 24 hours and seek haematology advice.',
          action: 'monitor',
        },
      ],
      inRange: {
        band: 'normal-ben',
        message: (r) => `ANC ${r.v}/µL is within the BEN range (1000/µL or more).`,
      },
    },
    bands: [
      {
        band: 'severe-neutropenia',
        flag: 'critical-low',
        severity: 'contraindicated',
        below: 500,
        message: (r) => `ANC ${r.v}/µL is severe neutropenia (below 500/µL).`,
        recommendation: (r) =>
          r.cloz
            ? 'Interrupt clozapine; ANC daily until 1000/µL; haematology consultation; do not rechallenge unless benefit clearly outweighs risk.'
            : 'Urgent haematology assessment; stop myelosuppressive drugs.',
        action: 'avoid',
      },
      {
        band: 'moderate-neutropenia',
        flag: 'low',
        severity: 'major',
        below: 1000,
        message: (r) => `ANC ${r.v}/µL is moderate neutropenia (500-999/µL).`,
        recommendation: (r) =>
          r.cloz
            ? 'Interrupt clozapine; ANC daily until 1000/µL, then three times weekly until 1500/µL; haematology consultation. May resume once ANC is 1000/µL or more.'
            : 'Haematology advice; stop suspected myelosuppressive drugs.',
        action: 'avoid',
      },
      {
        band: 'mild-neutropenia',
        flag: 'low',
        severity: 'moderate',
        below: 1500,
        message: (r) => `ANC ${r.v}/µL is mild neutropenia (1000-1499/µL).`,
        recommendation: (r) =>
          r.cloz
            ? 'Continue clozapine; ANC three times weekly until 1500/µL or more, then return to the previous interval.'
            : 'Repeat the count and review myelosuppressive drugs.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `ANC ${r.v}/µL is in the normal range (1500/µL or more).` },
  }),

  row({
    test: 'qtc',
    units: { ms: same, msec: same },
    sources: ['mon-aha-qt-2010', 'mon-goldenberg-2006'],
    facts: (v, ctx) => ({
      limit: ctx.sex === 'female' ? 470 : 450,
      who:
        ctx.sex === 'female'
          ? 'women'
          : ctx.sex === 'male'
            ? 'men'
            : 'men (sex not given: the lower limit is used)',
      rise: ctx.baseline !== undefined ? v - ctx.baseline : undefined,
    }),
    bands: [
      {
        band: 'high-risk',
        flag: 'critical-high',
        severity: 'major',
        atLeast: 500,
        message: (r) => `QTc ${r.v} ms is 500 ms or more: high risk of torsades de pointes.`,
        recommendation:
          'Stop or reduce QT-prolonging drugs where possible, check potassium and magnesium, repeat the ECG and seek cardiology advice.',
        action: 'avoid',
      },
      {
        band: 'high-risk-rise',
        flag: 'high',
        severity: 'major',
        when: (r) => r.rise !== undefined && r.rise >= 60,
        message: (r) =>
          `QTc rose ${r.rise} ms from baseline (${r.ctx.baseline} ms): a rise of 60 ms or more carries high risk.`,
        recommendation: 'Review QT-prolonging drugs and electrolytes; repeat the ECG.',
        action: 'avoid',
      },
      {
        band: 'prolonged',
        flag: 'high',
        severity: 'moderate',
        above: (r) => r.limit,
        message: (r) => `QTc ${r.v} ms is prolonged (above ${r.limit} ms in ${r.who}).`,
        recommendation:
          'Avoid adding QT-prolonging drugs, correct electrolytes and repeat the ECG after dose changes.',
        action: 'monitor',
      },
    ],
    inRange: {
      band: 'normal',
      message: (r) => `QTc ${r.v} ms is not prolonged (${r.limit} ms or less in ${r.who}).`,
    },
  }),

  row({
    test: 'egfr',
    units: { 'ml/min/1.73m2': same, 'ml/min/{1.73_m2}': same, 'ml/min/1.73m^2': same, 'ml/min': same },
    sources: KDIGO_CKD,
    variant: {
      when: (r) => on(r.ctx, 'lithium'),
      bands: [
        {
          band: 'lithium-avoid',
          flag: 'low',
          severity: 'major',
          below: 30,
          message: (r) => `eGFR ${r.v} is below 30: lithium should generally be avoided.`,
          recommendation:
            'Review lithium with the patient and a nephrologist; consider an alternative mood stabiliser.',
          action: 'use-alternative',
          sources: EGFR_ON_LITHIUM,
        },
        {
          band: 'lithium-caution',
          flag: 'low',
          severity: 'moderate',
          below: 60,
          message: (r) => `eGFR ${r.v} is below 60: use lithium with caution.`,
          recommendation:
            'Check levels and renal function more often (at least every 3 months); lower the dose or target level; avoid NSAIDs, ACE inhibitors, ARBs and thiazides.',
          action: 'monitor',
          sources: EGFR_ON_LITHIUM,
        },
      ],
      inRange: { band: 'normal', message: (r) => `eGFR ${r.v} is 60 or more.` },
    },
    bands: [
      {
        band: 'kidney-failure',
        flag: 'critical-low',
        severity: 'major',
        below: 15,
        message: (r) => `eGFR ${r.v} is below 15 (KDIGO G5).`,
        recommendation: 'Review every renally cleared drug; nephrology care.',
        action: 'reduce-dose',
      },
      {
        band: 'severely-decreased',
        flag: 'low',
        severity: 'moderate',
        below: 30,
        message: (r) => `eGFR ${r.v} is severely decreased (KDIGO G4, 15-29).`,
        recommendation: 'Adjust renally cleared drugs (e.g. gabapentin, pregabalin, acamprosate, lithium).',
        action: 'reduce-dose',
      },
      {
        band: 'decreased',
        flag: 'low',
        severity: 'minor',
        below: 60,
        message: (r) => `eGFR ${r.v} is decreased (KDIGO G3, 30-59).`,
        recommendation: 'Check doses of renally cleared drugs.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `eGFR ${r.v} is 60 or more.` },
  }),

  row({
    test: 'creatinine',
    units: { 'mg/dl': same, 'umol/l': (v) => v / 88.42 },
    sources: ['mon-kdigo-aki-2012'],
    facts: (v, ctx) => ({ shown: round(v), baseline: ctx.baseline }),
    bands: [
      {
        band: 'rise',
        flag: 'high',
        severity: 'moderate',
        // KDIGO acute kidney injury: 1.5 times baseline, or a rise of 0.3 mg/dL.
        when: (r) => r.baseline !== undefined && (r.v >= 1.5 * r.baseline || r.v - r.baseline >= 0.3),
        message: (r) =>
          `Creatinine ${r.shown} mg/dL has risen from ${r.baseline} mg/dL (1.5 times baseline or by 0.3 mg/dL meets KDIGO acute kidney injury criteria).`,
        recommendation: (r) =>
          on(r.ctx, 'lithium')
            ? 'Check a lithium level and hydration; hold interacting drugs; repeat renal function.'
            : 'Repeat renal function and review nephrotoxic and renally cleared drugs.',
        action: 'monitor',
      },
    ],
    inRange: {
      band: 'recorded',
      message: (r) => `Creatinine ${r.shown} mg/dL — interpret through eGFR and change from baseline.`,
    },
  }),

  row({
    test: 'valproate',
    units: { ...CONCENTRATION, 'umol/l': times(0.14421) },
    sources: ['mon-label-valproate'],
    facts: (v) => ({ shown: round(v, 1) }),
    bands: [
      {
        band: 'high',
        flag: 'high',
        severity: 'moderate',
        above: 125,
        message: (r) => `Valproate ${r.shown} mcg/mL is above the range for mania (50-125 mcg/mL).`,
        recommendation:
          'Reduce the dose; check platelets, liver tests and ammonia if symptomatic (sedation, confusion, tremor).',
        action: 'reduce-dose',
      },
      {
        band: 'subtherapeutic',
        flag: 'low',
        severity: 'minor',
        below: 50,
        message: (r) => `Valproate ${r.shown} mcg/mL is below the range for mania (50-125 mcg/mL).`,
        recommendation: 'Check adherence and sample timing (trough); adjust if clinically indicated.',
        action: 'monitor',
      },
      {
        band: 'thrombocytopenia-risk',
        flag: 'high',
        severity: 'minor',
        above: 110,
        when: (r) => r.ctx.sex === 'female',
        message: (r) =>
          `Valproate ${r.shown} mcg/mL is within range but above 110 mcg/mL, where thrombocytopenia becomes more likely in women.`,
        recommendation: 'Check the platelet count.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'therapeutic', message: (r) => `Valproate ${r.shown} mcg/mL is within 50-125 mcg/mL.` },
  }),

  row({
    test: 'carbamazepine',
    units: { ...CONCENTRATION, 'umol/l': times(0.23627) },
    sources: ['mon-label-carbamazepine'],
    facts: (v) => ({ shown: round(v, 1) }),
    bands: [
      {
        band: 'high',
        flag: 'high',
        severity: 'moderate',
        above: 12,
        message: (r) => `Carbamazepine ${r.shown} mcg/mL is above the usual range (4-12 mcg/mL).`,
        recommendation:
          'Look for toxicity (ataxia, diplopia, nystagmus, sedation), reduce the dose and check sodium.',
        action: 'reduce-dose',
      },
      {
        band: 'subtherapeutic',
        flag: 'low',
        severity: 'minor',
        below: 4,
        message: (r) => `Carbamazepine ${r.shown} mcg/mL is below the usual range (4-12 mcg/mL).`,
        recommendation:
          'Check adherence and autoinduction (levels fall over the first weeks); adjust if indicated.',
        action: 'monitor',
      },
    ],
    inRange: {
      band: 'therapeutic',
      message: (r) => `Carbamazepine ${r.shown} mcg/mL is within 4-12 mcg/mL.`,
    },
  }),

  row({
    test: 'sodium',
    units: MMOL,
    sources: ['mon-spasovski-2014'],
    bands: [
      {
        band: 'profound-hyponatraemia',
        flag: 'critical-low',
        severity: 'major',
        below: 125,
        message: (r) => `Sodium ${r.v} mmol/L is profound hyponatraemia (below 125).`,
        recommendation:
          'Urgent assessment; stop likely causes (SSRIs, SNRIs, carbamazepine, oxcarbazepine, diuretics).',
        action: 'avoid',
      },
      {
        band: 'moderate-hyponatraemia',
        flag: 'low',
        severity: 'moderate',
        below: 130,
        message: (r) => `Sodium ${r.v} mmol/L is moderate hyponatraemia (125-129).`,
        recommendation: 'Review and consider stopping sodium-lowering drugs; repeat within days.',
        action: 'use-alternative',
      },
      {
        band: 'mild-hyponatraemia',
        flag: 'low',
        severity: 'minor',
        below: 135,
        message: (r) => `Sodium ${r.v} mmol/L is mild hyponatraemia (130-134).`,
        recommendation: 'Repeat and review sodium-lowering drugs.',
        action: 'monitor',
      },
      {
        band: 'hypernatraemia',
        flag: 'high',
        severity: 'minor',
        above: 145,
        message: (r) =>
          `Sodium ${r.v} mmol/L is above 145 (hypernatraemia; with lithium consider nephrogenic diabetes insipidus).`,
        recommendation: 'Assess hydration and urine output.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `Sodium ${r.v} mmol/L is within 135-145.` },
  }),

  row({
    test: 'potassium',
    units: MMOL,
    sources: ['mon-aha-qt-2010'],
    bands: [
      {
        band: 'severe-hypokalaemia',
        flag: 'critical-low',
        severity: 'major',
        below: 3.0,
        message: (r) => `Potassium ${r.v} mmol/L is severely low: torsades risk with QT-prolonging drugs.`,
        recommendation: 'Replace potassium before QT-prolonging drugs.',
        action: 'avoid',
      },
      {
        band: 'hypokalaemia',
        flag: 'low',
        severity: 'moderate',
        below: 3.5,
        message: (r) => `Potassium ${r.v} mmol/L is low (below 3.5): raises torsades risk.`,
        recommendation: 'Correct before starting or increasing QT-prolonging drugs.',
        action: 'monitor',
      },
      {
        band: 'hyperkalaemia',
        flag: 'high',
        severity: 'moderate',
        above: 5.5,
        message: (r) => `Potassium ${r.v} mmol/L is high (above 5.5).`,
        recommendation: 'Repeat and assess renal function.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `Potassium ${r.v} mmol/L is within range.` },
  }),

  row({
    test: 'magnesium',
    units: { 'mg/dl': same, 'mmol/l': times(2.431) },
    sources: ['mon-aha-qt-2010'],
    facts: (v) => ({ shown: round(v) }),
    bands: [
      {
        band: 'hypomagnesaemia',
        flag: 'low',
        severity: 'minor',
        below: 1.7,
        message: (r) => `Magnesium ${r.shown} mg/dL is low (below 1.7): raises torsades risk.`,
        recommendation: 'Correct before QT-prolonging drugs.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `Magnesium ${r.shown} mg/dL is within range.` },
  }),

  aminotransferase('alt', 'ALT'),
  aminotransferase('ast', 'AST'),

  row({
    test: 'a1c',
    units: { '%': same, 'mmol/mol': (v) => v / 10.929 + 2.15 },
    sources: ADA,
    facts: (v) => ({ shown: round(v, 1) }),
    bands: [
      {
        band: 'diabetes',
        flag: 'high',
        severity: 'moderate',
        atLeast: 6.5,
        message: (r) => `HbA1c ${r.shown}% is in the diabetes range (6.5% or more).`,
        recommendation: 'Confirm and manage diabetes; review metabolically adverse antipsychotics.',
        action: 'monitor',
        sources: [...ADA, 'mon-ada-apa-2004'],
      },
      {
        band: 'prediabetes',
        flag: 'high',
        severity: 'minor',
        atLeast: 5.7,
        message: (r) => `HbA1c ${r.shown}% is in the prediabetes range (5.7-6.4%).`,
        recommendation: 'Lifestyle intervention; recheck in 3-6 months.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `HbA1c ${r.shown}% is below 5.7%.` },
  }),

  row({
    test: 'fasting-glucose',
    units: { 'mg/dl': same, 'mmol/l': times(18.016) },
    sources: ADA,
    facts: (v) => ({ shown: round(v, 0) }),
    bands: [
      {
        band: 'hypoglycaemia',
        flag: 'low',
        severity: 'moderate',
        below: 70,
        message: (r) => `Glucose ${r.shown} mg/dL is low (below 70).`,
        recommendation: 'Treat hypoglycaemia and review glucose-lowering drugs.',
        action: 'monitor',
      },
      {
        band: 'diabetes',
        flag: 'high',
        severity: 'moderate',
        atLeast: 126,
        message: (r) => `Fasting glucose ${r.shown} mg/dL is in the diabetes range (126 or more).`,
        recommendation: 'Confirm with a repeat test or HbA1c; manage diabetes; review antipsychotic choice.',
        action: 'monitor',
        sources: [...ADA, 'mon-ada-apa-2004'],
      },
      {
        band: 'prediabetes',
        flag: 'high',
        severity: 'minor',
        atLeast: 100,
        message: (r) => `Fasting glucose ${r.shown} mg/dL is in the prediabetes range (100-125).`,
        recommendation: 'Lifestyle intervention; recheck.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `Fasting glucose ${r.shown} mg/dL is below 100.` },
  }),

  row({
    test: 'ldl',
    units: { 'mg/dl': same, 'mmol/l': times(38.67) },
    sources: ATP3,
    facts: (v) => ({ shown: round(v, 0) }),
    bands: [
      {
        band: 'very-high',
        flag: 'high',
        severity: 'moderate',
        atLeast: 190,
        message: (r) => `LDL ${r.shown} mg/dL is very high (190 or more).`,
        recommendation: 'High-intensity statin is indicated regardless of calculated risk.',
        action: 'monitor',
        sources: [...ATP3, 'mon-acc-aha-cholesterol-2018'],
      },
      {
        band: 'high',
        flag: 'high',
        severity: 'minor',
        atLeast: 160,
        message: (r) => `LDL ${r.shown} mg/dL is high (160-189).`,
        recommendation: 'Assess cardiovascular risk and treat per lipid guidelines.',
        action: 'monitor',
      },
      {
        band: 'borderline-high',
        flag: 'high',
        severity: 'info',
        atLeast: 130,
        message: (r) => `LDL ${r.shown} mg/dL is borderline high (130-159).`,
        recommendation: 'Lifestyle measures; assess cardiovascular risk.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `LDL ${r.shown} mg/dL is below 130.` },
  }),

  row({
    test: 'triglycerides',
    units: { 'mg/dl': same, 'mmol/l': times(88.57) },
    sources: ATP3,
    facts: (v) => ({ shown: round(v, 0) }),
    bands: [
      {
        band: 'very-high',
        flag: 'high',
        severity: 'moderate',
        atLeast: 500,
        message: (r) => `Triglycerides ${r.shown} mg/dL are very high (500 or more): pancreatitis risk.`,
        recommendation: 'Treat to lower triglycerides; review clozapine/olanzapine/quetiapine.',
        action: 'monitor',
      },
      {
        band: 'high',
        flag: 'high',
        severity: 'minor',
        atLeast: 200,
        message: (r) => `Triglycerides ${r.shown} mg/dL are high (200-499).`,
        recommendation: 'Lifestyle measures and cardiovascular risk assessment.',
        action: 'monitor',
      },
      {
        band: 'borderline-high',
        flag: 'high',
        severity: 'info',
        atLeast: 150,
        message: (r) => `Triglycerides ${r.shown} mg/dL are borderline high (150-199).`,
        recommendation: 'Lifestyle measures.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `Triglycerides ${r.shown} mg/dL are below 150.` },
  }),

  bloodPressure('blood-pressure'),
  bloodPressure('diastolic'),

  row({
    test: 'heart-rate',
    units: { '/min': same, bpm: same, 'beats/min': same, '{beats}/min': same },
    sources: ['mon-acc-aha-bradycardia-2018'],
    facts: (_v, ctx) => ({ cloz: on(ctx, 'clozapine') }),
    bands: [
      {
        band: 'marked-bradycardia',
        flag: 'critical-low',
        severity: 'moderate',
        below: 40,
        message: (r) => `Heart rate ${r.v}/min is markedly slow (below 40).`,
        recommendation: 'ECG and review rate-slowing drugs (alpha-2 agonists, beta-blockers, lithium).',
        action: 'monitor',
      },
      {
        band: 'bradycardia',
        flag: 'low',
        severity: 'minor',
        below: 50,
        message: (r) => `Heart rate ${r.v}/min is slow (below 50).`,
        recommendation:
          'Ask about dizziness or syncope; review alpha-2 agonists; torsades risk with QT-prolonging drugs.',
        action: 'monitor',
      },
      {
        band: 'marked-tachycardia',
        flag: 'high',
        severity: 'moderate',
        above: 120,
        message: (r) =>
          `Heart rate ${r.v}/min is markedly fast (above 120).${r.cloz ? ' With clozapine, consider myocarditis (troponin, CRP) in the first 2 months.' : ''}`,
        recommendation: 'ECG; review stimulants, clozapine, TCAs and withdrawal states.',
        action: 'monitor',
        sourcesIf: { when: (r) => r.cloz, sources: ['mon-acc-aha-bradycardia-2018', 'mon-ronaldson-2011'] },
      },
      {
        band: 'tachycardia',
        flag: 'high',
        severity: 'minor',
        above: 100,
        message: (r) => `Heart rate ${r.v}/min is fast (above 100).`,
        recommendation: 'Repeat at rest; review stimulants and clozapine.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `Heart rate ${r.v}/min is within 50-100.` },
  }),

  row({
    test: 'bmi',
    units: { 'kg/m2': same, 'kg/m^2': same },
    sources: WHO_BMI,
    facts: (v) => ({ shown: round(v, 1) }),
    bands: [
      {
        band: 'obesity-class-3',
        flag: 'high',
        severity: 'moderate',
        atLeast: 40,
        message: (r) => `BMI ${r.shown} is class III obesity (40 or more).`,
        recommendation: 'Weight management; prefer weight-neutral psychotropics.',
        action: 'monitor',
        sources: [...WHO_BMI, 'mon-ada-apa-2004'],
      },
      {
        band: 'obesity',
        flag: 'high',
        severity: 'minor',
        atLeast: 30,
        message: (r) => `BMI ${r.shown} is in the obesity range (30 or more).`,
        recommendation: 'Weight management; prefer weight-neutral psychotropics.',
        action: 'monitor',
        sources: [...WHO_BMI, 'mon-ada-apa-2004'],
      },
      {
        band: 'overweight',
        flag: 'high',
        severity: 'info',
        atLeast: 25,
        message: (r) => `BMI ${r.shown} is overweight (25-29.9).`,
        recommendation: 'Lifestyle advice; monitor weight on antipsychotics.',
        action: 'monitor',
      },
      {
        band: 'underweight',
        flag: 'low',
        severity: 'minor',
        below: 18.5,
        message: (r) => `BMI ${r.shown} is underweight (below 18.5).`,
        recommendation: 'Assess nutrition and eating disorders; caution with appetite-suppressing drugs.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `BMI ${r.shown} is within 18.5-24.9.` },
  }),

  row({
    test: 'weight',
    units: { kg: same, lb: times(0.45359237), lbs: times(0.45359237), g: times(0.001) },
    sources: ['mon-ada-apa-2004'],
    facts: (v, ctx) => ({
      shown: round(v, 1),
      baseline: ctx.baseline,
      gain: ctx.baseline !== undefined && ctx.baseline > 0 ? ((v - ctx.baseline) / ctx.baseline) * 100 : 0,
    }),
    variant: {
      // Change from a baseline is what matters; without one the weight is only recorded.
      when: (r) => r.baseline !== undefined && r.baseline > 0,
      bands: [
        {
          band: 'gain-5-percent',
          flag: 'high',
          severity: 'moderate',
          when: (r) => r.gain >= 5,
          message: (r) =>
            `Weight ${r.shown} kg is ${round(r.gain, 1)}% above baseline (${r.baseline} kg): a gain of 5% or more.`,
          recommendation:
            'Consider switching to a more weight-neutral drug; lifestyle intervention; check glucose and lipids.',
          action: 'use-alternative',
        },
      ],
      inRange: {
        band: 'stable',
        message: (r) => `Weight ${r.shown} kg is ${round(r.gain, 1)}% from baseline (below a 5% gain).`,
      },
    },
    bands: [],
    inRange: {
      band: 'recorded',
      message: (r) => `Weight ${r.shown} kg recorded (give a baseline to assess change).`,
    },
  }),

  row({
    test: 'waist',
    units: { cm: same, in: times(2.54) },
    sources: ['mon-ncep-atp3-2002'],
    facts: (v, ctx) => ({ shown: round(v, 1), limit: ctx.sex === 'male' ? 102 : 88 }),
    bands: [
      {
        band: 'abdominal-obesity',
        flag: 'high',
        severity: 'minor',
        above: (r) => r.limit,
        message: (r) =>
          `Waist ${r.shown} cm is above ${r.limit} cm (abdominal obesity, metabolic syndrome criterion${r.ctx.sex ? '' : '; 102 cm applies to men'}).`,
        recommendation: 'Metabolic risk assessment.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `Waist ${r.shown} cm is ${r.limit} cm or less.` },
  }),

  row({
    test: 'tsh',
    units: { 'miu/l': same, 'uiu/ml': same, 'mu/l': same },
    sources: ['mon-surks-2004'],
    facts: (_v, ctx) => ({
      li: on(ctx, 'lithium')
        ? ' Lithium commonly causes hypothyroidism; it can usually be continued with thyroxine.'
        : '',
    }),
    bands: [
      {
        band: 'overt-range',
        flag: 'high',
        severity: 'moderate',
        above: 10,
        message: (r) => `TSH ${r.v} mIU/L is above 10.${r.li}`,
        recommendation: 'Check free T4; thyroxine replacement is usually indicated.',
        action: 'monitor',
      },
      {
        band: 'subclinical-hypothyroid',
        flag: 'high',
        severity: 'minor',
        above: 4.5,
        message: (r) => `TSH ${r.v} mIU/L is above the reference range (0.45-4.5).${r.li}`,
        recommendation: 'Repeat with free T4 in 6-12 weeks.',
        action: 'monitor',
      },
      {
        band: 'suppressed',
        flag: 'low',
        severity: 'moderate',
        below: 0.1,
        message: (r) => `TSH ${r.v} mIU/L is suppressed (below 0.1).`,
        recommendation: 'Check free T4/T3 for hyperthyroidism.',
        action: 'monitor',
      },
      {
        band: 'low',
        flag: 'low',
        severity: 'minor',
        below: 0.45,
        message: (r) => `TSH ${r.v} mIU/L is below the reference range (0.45-4.5).`,
        recommendation: 'Repeat with free T4.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `TSH ${r.v} mIU/L is within 0.45-4.5.` },
  }),

  row({
    test: 'calcium',
    units: { 'mg/dl': same, 'mmol/l': times(4.008) },
    sources: ['mon-minisola-2015'],
    facts: (v, ctx) => ({
      shown: round(v, 1),
      lithium: on(ctx, 'lithium'),
      li: on(ctx, 'lithium') ? ' With lithium, check PTH for lithium-associated hyperparathyroidism.' : '',
    }),
    bands: [
      {
        band: 'severe-hypercalcaemia',
        flag: 'critical-high',
        severity: 'major',
        above: 14,
        message: (r) => `Calcium ${r.shown} mg/dL is severely raised (above 14).${r.li}`,
        recommendation: 'Urgent assessment and treatment.',
        action: 'avoid',
      },
      {
        band: 'moderate-hypercalcaemia',
        flag: 'high',
        severity: 'moderate',
        atLeast: 12,
        message: (r) => `Calcium ${r.shown} mg/dL is moderately raised (12-14).${r.li}`,
        recommendation: 'Check PTH and treat; review lithium and thiazides.',
        action: 'monitor',
      },
      {
        band: 'mild-hypercalcaemia',
        flag: 'high',
        severity: 'minor',
        above: 10.5,
        message: (r) => `Calcium ${r.shown} mg/dL is mildly raised (above 10.5).${r.li}`,
        recommendation: 'Repeat with albumin and PTH.',
        action: 'monitor',
        sourcesIf: { when: (r) => r.lithium, sources: ['mon-minisola-2015', 'mon-nice-cg185'] },
      },
      {
        band: 'hypocalcaemia',
        flag: 'low',
        severity: 'minor',
        below: 8.5,
        message: (r) => `Calcium ${r.shown} mg/dL is low (below 8.5).`,
        recommendation: 'Repeat with albumin.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `Calcium ${r.shown} mg/dL is within 8.5-10.5.` },
  }),

  row({
    test: 'platelets',
    units: {
      '10^3/ul': same,
      'k/ul': same,
      '10^9/l': same,
      'x10^9/l': same,
      '10*9/l': same,
      '/ul': times(0.001),
    },
    sources: ['mon-label-valproate'],
    facts: (v, ctx) => ({
      shown: round(v, 0),
      valproate: on(ctx, 'valproate') || on(ctx, 'divalproex'),
    }),
    bands: [
      {
        band: 'severe-thrombocytopenia',
        flag: 'critical-low',
        severity: 'major',
        below: 50,
        message: (r) => `Platelets ${r.shown} x10^3/µL are severely low (below 50).`,
        recommendation: 'Urgent haematology advice; stop valproate or carbamazepine if implicated.',
        action: 'avoid',
      },
      {
        band: 'moderate-thrombocytopenia',
        flag: 'low',
        severity: 'moderate',
        below: 100,
        message: (r) =>
          `Platelets ${r.shown} x10^3/µL are low (50-99).${r.valproate ? ' Valproate thrombocytopenia is dose-related.' : ''}`,
        recommendation: 'Reduce or stop the suspected drug; repeat.',
        action: 'reduce-dose',
      },
      {
        band: 'mild-thrombocytopenia',
        flag: 'low',
        severity: 'minor',
        below: 150,
        message: (r) => `Platelets ${r.shown} x10^3/µL are mildly low (100-149).`,
        recommendation: 'Repeat at the next check; look for bleeding.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `Platelets ${r.shown} x10^3/µL are 150 or more.` },
  }),

  row({
    test: 'prolactin',
    units: { 'ng/ml': same, 'ug/l': same, 'miu/l': (v) => v / 21.2 },
    sources: ['mon-melmed-2011'],
    facts: (v, ctx) => ({ shown: round(v, 1), uln: ctx.sex === 'male' ? 20 : 25 }),
    bands: [
      {
        band: 'markedly-raised',
        flag: 'high',
        severity: 'moderate',
        atLeast: 200,
        message: (r) => `Prolactin ${r.shown} ng/mL is markedly raised (200 or more).`,
        recommendation:
          'Levels this high are unusual with most drugs (risperidone and paliperidone can reach them): consider pituitary imaging.',
        action: 'monitor',
      },
      {
        band: 'raised',
        flag: 'high',
        severity: 'minor',
        above: (r) => r.uln,
        message: (r) => `Prolactin ${r.shown} ng/mL is above the upper limit (${r.uln} ng/mL).`,
        recommendation:
          'If symptomatic, consider a prolactin-sparing antipsychotic (e.g. aripiprazole) or dose reduction.',
        action: 'monitor',
        sources: ['mon-melmed-2011', 'mon-apa-schizophrenia-2020'],
      },
    ],
    inRange: { band: 'normal', message: (r) => `Prolactin ${r.shown} ng/mL is within the reference range.` },
  }),

  row({
    test: 'troponin',
    units: { 'ng/l': same, 'pg/ml': same, 'ng/ml': times(1000) },
    sources: ['mon-ronaldson-2011'],
    facts: (_v, ctx) => {
      // Troponin assays differ too much for a default limit.
      const uln = ctx.upperLimitOfNormal;
      if (uln === undefined)
        throw new ClinicalInputError(
          'Troponin needs the assay upper limit of normal (context.upperLimitOfNormal)',
        );
      return { uln, cloz: on(ctx, 'clozapine') };
    },
    bands: [
      {
        band: 'above-2x-uln',
        flag: 'critical-high',
        severity: 'major',
        above: (r) => 2 * r.uln,
        message: (r) => `Troponin ${r.v} ng/L is more than twice the upper limit (${r.uln} ng/L).`,
        recommendation: (r) =>
          r.cloz
            ? 'Stop clozapine and refer urgently for cardiac assessment (suspected myocarditis).'
            : 'Urgent cardiac assessment.',
        action: 'avoid',
      },
      {
        band: 'above-uln',
        flag: 'high',
        severity: 'moderate',
        above: (r) => r.uln,
        message: (r) => `Troponin ${r.v} ng/L is above the upper limit (${r.uln} ng/L).`,
        recommendation: 'Repeat troponin and CRP daily until falling; assess for myocarditis.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `Troponin ${r.v} ng/L is within the reference limit.` },
  }),

  row({
    test: 'crp',
    units: { 'mg/l': same, 'mg/dl': times(10) },
    sources: ['mon-ronaldson-2011'],
    facts: (_v, ctx) => ({ cloz: on(ctx, 'clozapine') }),
    bands: [
      {
        band: 'above-100',
        flag: 'critical-high',
        severity: 'major',
        above: 100,
        message: (r) => `CRP ${r.v} mg/L is above 100.`,
        recommendation: (r) =>
          r.cloz
            ? 'Stop clozapine and assess urgently for myocarditis.'
            : 'Assess for serious infection or inflammation.',
        action: (r) => (r.cloz ? 'avoid' : 'monitor'),
      },
      {
        band: 'above-50',
        flag: 'high',
        severity: 'moderate',
        above: 50,
        message: (r) => `CRP ${r.v} mg/L is above 50.`,
        recommendation: (r) =>
          r.cloz
            ? 'Check troponin and CRP daily; assess for myocarditis.'
            : 'Assess for infection or inflammation.',
        action: 'monitor',
      },
      {
        band: 'raised',
        flag: 'high',
        severity: 'info',
        above: 10,
        message: (r) => `CRP ${r.v} mg/L is raised (above 10).`,
        recommendation: 'Repeat; look for infection.',
        action: 'monitor',
      },
    ],
    inRange: { band: 'normal', message: (r) => `CRP ${r.v} mg/L is 10 or less.` },
  }),

  row({
    test: 'pregnancy-test',
    units: { '': same, 'miu/ml': same, 'iu/l': same },
    sources: ['mon-label-valproate'],
    // A quantitative hCG is positive from 5 mIU/mL; a qualitative result is 1 (positive) or 0.
    facts: (v, _ctx, unit) => ({ positive: unit !== undefined && unit.trim() !== '' ? v >= 5 : v >= 1 }),
    bands: [
      {
        band: 'positive',
        flag: 'abnormal',
        severity: 'major',
        when: (r) => r.positive,
        message: () => 'Pregnancy test is positive.',
        recommendation:
          'Review every teratogenic drug (valproate, carbamazepine, lithium, topiramate, paroxetine) with the patient now; do not stop abruptly without a plan.',
        action: 'use-alternative',
      },
    ],
    inRange: { band: 'negative', message: () => 'Pregnancy test is negative.' },
  }),
];

const RULES_BY_TEST = new Map(RESULT_RULES.map((r) => [r.test, r]));

// ---------------------------------------------------------------------------- units

function normaliseUnit(unit: string): string {
  return unit.trim().toLowerCase().replace(/µ|μ/g, 'u').replace(/\s+/g, '');
}

function toCanonical(
  test: MonitoringTest,
  rule: ResultRule,
  value: number,
  unit: string | undefined,
): number {
  if (unit === undefined || unit.trim() === '') return value;
  const convert = rule.units[normaliseUnit(unit)];
  if (!convert) {
    throw new ClinicalInputError(
      `Unit "${unit}" is not accepted for ${test.name}; use ${Object.keys(rule.units).filter(Boolean).join(', ')}`,
    );
  }
  return convert(value);
}

// ---------------------------------------------------------------------------- public API

/**
 * Interprets a monitored result. `test` is a test id, alias or LOINC code; `unit` defaults to the
 * test's canonical unit (converted when another accepted unit is given). Values within the expected
 * range give `severity: null` and no alert.
 */
export function interpretResult(
  test: string,
  value: number,
  unit?: string,
  context: InterpretContext = {},
): ResultInterpretation {
  const t = findTest(test);
  if (!t) throw new ClinicalInputError(`Unknown test "${test}"`);
  if (!Number.isFinite(value)) throw new ClinicalInputError(`Value for ${t.name} must be a number`);
  const rule = RULES_BY_TEST.get(t.id);
  if (!rule) throw new ClinicalInputError(`No numeric interpretation for "${t.name}"`);
  const v = round(toCanonical(t, rule, value, unit), 4);
  const finding = rule.interpret(v, context, unit);
  const alert: Alert | null =
    finding.severity === null
      ? null
      : {
          code: `lab.${t.id}.${finding.band}`,
          category: 'lab',
          severity: finding.severity,
          drugs: (context.drugs ?? []).map((d) => d.trim().toLowerCase()),
          title: `${t.name}: ${finding.band.replace(/-/g, ' ')}`,
          detail: finding.message,
          recommendation: finding.recommendation ?? '',
          action: finding.action ?? 'monitor',
          maxDailyDose: null,
          sources: finding.sources.map(citation),
        };
  return {
    test: t.id,
    name: t.name,
    loinc: t.loinc,
    value: v,
    unit: t.unit ?? unit ?? '',
    band: finding.band,
    flag: finding.flag,
    severity: finding.severity,
    message: finding.message,
    alert,
    sources: finding.sources,
  };
}
