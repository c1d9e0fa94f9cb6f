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

// ---------------------------------------------------------------------------- units

type Converter = (v: number) => number;
const same: Converter = (v) => v;
const times =
  (f: number): Converter =>
  (v) =>
    v * f;

/** Accepted units per test (normalised: lower case, no spaces, µ → u) → conversion to canonical. */
const UNITS: Record<string, Record<string, Converter>> = {
  lithium: { 'mmol/l': same, 'meq/l': same },
  tsh: { 'miu/l': same, 'uiu/ml': same, 'mu/l': same },
  creatinine: { 'mg/dl': same, 'umol/l': (v) => v / 88.42 },
  egfr: { 'ml/min/1.73m2': same, 'ml/min/{1.73_m2}': same, 'ml/min/1.73m^2': same, 'ml/min': same },
  calcium: { 'mg/dl': same, 'mmol/l': times(4.008) },
  sodium: { 'mmol/l': same, 'meq/l': same },
  potassium: { 'mmol/l': same, 'meq/l': same },
  magnesium: { 'mg/dl': same, 'mmol/l': times(2.431) },
  a1c: { '%': same, 'mmol/mol': (v) => v / 10.929 + 2.15 },
  'fasting-glucose': { 'mg/dl': same, 'mmol/l': times(18.016) },
  ldl: { 'mg/dl': same, 'mmol/l': times(38.67) },
  triglycerides: { 'mg/dl': same, 'mmol/l': times(88.57) },
  weight: { kg: same, lb: times(0.45359237), lbs: times(0.45359237), g: times(0.001) },
  bmi: { 'kg/m2': same, 'kg/m^2': same },
  waist: { cm: same, in: times(2.54) },
  'blood-pressure': { mmhg: same, 'mm[hg]': same },
  diastolic: { mmhg: same, 'mm[hg]': same },
  'heart-rate': { '/min': same, bpm: same, 'beats/min': same, '{beats}/min': same },
  anc: {
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
  platelets: {
    '10^3/ul': same,
    'k/ul': same,
    '10^9/l': same,
    'x10^9/l': same,
    '10*9/l': same,
    '/ul': times(0.001),
  },
  alt: { 'u/l': same, 'iu/l': same },
  ast: { 'u/l': same, 'iu/l': same },
  valproate: { 'mcg/ml': same, 'ug/ml': same, 'mg/l': same, 'umol/l': times(0.14421) },
  carbamazepine: { 'mcg/ml': same, 'ug/ml': same, 'mg/l': same, 'umol/l': times(0.23627) },
  qtc: { ms: same, msec: same },
  prolactin: { 'ng/ml': same, 'ug/l': same, 'miu/l': (v) => v / 21.2 },
  troponin: { 'ng/l': same, 'pg/ml': same, 'ng/ml': times(1000) },
  crp: { 'mg/l': same, 'mg/dl': times(10) },
  'pregnancy-test': { '': same, 'miu/ml': same, 'iu/l': same },
};

function normaliseUnit(unit: string): string {
  return unit.trim().toLowerCase().replace(/µ|μ/g, 'u').replace(/\s+/g, '');
}

function toCanonical(test: MonitoringTest, value: number, unit: string | undefined): number {
  const table = UNITS[test.id];
  if (!table) throw new ClinicalInputError(`No numeric interpretation for "${test.name}"`);
  if (unit === undefined || unit.trim() === '') return value;
  const convert = table[normaliseUnit(unit)];
  if (!convert) {
    throw new ClinicalInputError(
      `Unit "${unit}" is not accepted for ${test.name}; use ${Object.keys(table).filter(Boolean).join(', ')}`,
    );
  }
  return convert(value);
}

// ---------------------------------------------------------------------------- helpers

const on = (ctx: InterpretContext, drug: string): boolean =>
  (ctx.drugs ?? []).some((d) => d.trim().toLowerCase() === drug);

const normal = (band: string, message: string, sources: SourceId[]): Finding => ({
  band,
  flag: 'normal',
  severity: null,
  message,
  sources,
});

const round = (v: number, digits = 2): number => Math.round(v * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------- rules per test

function lithium(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-label-lithium', 'mon-nice-cg185'];
  const acute = ctx.phase === 'acute';
  const [low, high] = acute ? [0.8, 1.2] : [0.6, 1.0];
  const range = `${low}-${high} mmol/L (${acute ? 'acute' : 'maintenance'})`;
  if (v >= 2.0)
    return {
      band: 'critical',
      flag: 'critical-high',
      severity: 'contraindicated',
      message: `Lithium ${v} mmol/L is a critical level (2.0 or more): serious toxicity risk.`,
      recommendation:
        'Hold lithium and arrange same-day emergency assessment (neurological signs, renal function, ECG); consider haemodialysis per toxicology advice.',
      action: 'avoid',
      sources: S,
    };
  if (v >= 1.5)
    return {
      band: 'toxic-risk',
      flag: 'high',
      severity: 'major',
      message: `Lithium ${v} mmol/L is in the toxic-risk range (1.5 or more).`,
      recommendation:
        'Withhold the next dose, check for toxicity (tremor, ataxia, confusion, vomiting, diarrhoea), repeat a 12-hour trough level with renal function and review interacting drugs and fluid status.',
      action: 'reduce-dose',
      sources: S,
    };
  if (v > 1.2)
    return {
      band: 'high',
      flag: 'high',
      severity: 'moderate',
      message: `Lithium ${v} mmol/L is above the therapeutic range (${range}).`,
      recommendation:
        'Confirm it was a 12-hour trough, look for toxicity and interacting drugs, and reduce the dose.',
      action: 'reduce-dose',
      sources: S,
    };
  if (v > high)
    return {
      band: 'above-target',
      flag: 'high',
      severity: 'minor',
      message: `Lithium ${v} mmol/L is above the maintenance target (${range}) but within the acute range.`,
      recommendation: 'Consider a dose reduction for maintenance and recheck the level in 1 week.',
      action: 'monitor',
      sources: S,
    };
  if (v < low)
    return {
      band: 'subtherapeutic',
      flag: 'low',
      severity: 'minor',
      message: `Lithium ${v} mmol/L is below the target range (${range}).`,
      recommendation: 'Check adherence and timing of the sample; adjust the dose if clinically indicated.',
      action: 'monitor',
      sources: S,
    };
  return normal('therapeutic', `Lithium ${v} mmol/L is within the target range (${range}).`, S);
}

function anc(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-label-clozapine'];
  const cloz = on(ctx, 'clozapine');
  if (ctx.benignEthnicNeutropenia) {
    if (v >= 1000) return normal('normal-ben', `ANC ${v}/µL is within the BEN range (1000/µL or more).`, S);
    if (v >= 500)
      return {
        band: 'ben-neutropenia',
        flag: 'low',
        severity: 'moderate',
        message: `ANC ${v}/µL is BEN neutropenia (500-999/µL).`,
        recommendation: cloz
          ? 'Continue clozapine; ANC three times weekly until 1000/µL or the patient’s baseline; haematology consultation.'
          : 'Repeat within 24 hours and seek haematology advice.',
        action: 'monitor',
        sources: S,
      };
    return {
      band: 'severe-neutropenia',
      flag: 'critical-low',
      severity: 'contraindicated',
      message: `ANC ${v}/µL is severe neutropenia (below 500/µL) in BEN.`,
      recommendation: cloz
        ? 'Interrupt clozapine; ANC daily until 500/µL, then three times weekly to baseline; haematology consultation; do not rechallenge unless benefit clearly outweighs risk.'
        : 'Urgent haematology assessment; stop myelosuppressive drugs.',
      action: 'avoid',
      sources: S,
    };
  }
  if (v >= 1500) return normal('normal', `ANC ${v}/µL is in the normal range (1500/µL or more).`, S);
  if (v >= 1000)
    return {
      band: 'mild-neutropenia',
      flag: 'low',
      severity: 'moderate',
      message: `ANC ${v}/µL is mild neutropenia (1000-1499/µL).`,
      recommendation: cloz
        ? 'Continue clozapine; ANC three times weekly until 1500/µL or more, then return to the previous interval.'
        : 'Repeat the count and review myelosuppressive drugs.',
      action: 'monitor',
      sources: S,
    };
  if (v >= 500)
    return {
      band: 'moderate-neutropenia',
      flag: 'low',
      severity: 'major',
      message: `ANC ${v}/µL is moderate neutropenia (500-999/µL).`,
      recommendation: cloz
        ? 'Interrupt clozapine; ANC daily until 1000/µL, then three times weekly until 1500/µL; haematology consultation. May resume once ANC is 1000/µL or more.'
        : 'Haematology advice; stop suspected myelosuppressive drugs.',
      action: 'avoid',
      sources: S,
    };
  return {
    band: 'severe-neutropenia',
    flag: 'critical-low',
    severity: 'contraindicated',
    message: `ANC ${v}/µL is severe neutropenia (below 500/µL).`,
    recommendation: cloz
      ? 'Interrupt clozapine; ANC daily until 1000/µL; haematology consultation; do not rechallenge unless benefit clearly outweighs risk.'
      : 'Urgent haematology assessment; stop myelosuppressive drugs.',
    action: 'avoid',
    sources: S,
  };
}

function qtc(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-aha-qt-2010', 'mon-goldenberg-2006'];
  const limit = ctx.sex === 'female' ? 470 : 450;
  const who =
    ctx.sex === 'female'
      ? 'women'
      : ctx.sex === 'male'
        ? 'men'
        : 'men (sex not given: the lower limit is used)';
  const rise = ctx.baseline !== undefined ? v - ctx.baseline : undefined;
  if (v >= 500)
    return {
      band: 'high-risk',
      flag: 'critical-high',
      severity: 'major',
      message: `QTc ${v} ms is 500 ms or more: high risk of torsades de pointes.`,
      recommendation:
        'Stop or reduce QT-prolonging drugs where possible, check potassium and magnesium, repeat the ECG and seek cardiology advice.',
      action: 'avoid',
      sources: S,
    };
  if (rise !== undefined && rise >= 60)
    return {
      band: 'high-risk-rise',
      flag: 'high',
      severity: 'major',
      message: `QTc rose ${rise} ms from baseline (${ctx.baseline} ms): a rise of 60 ms or more carries high risk.`,
      recommendation: 'Review QT-prolonging drugs and electrolytes; repeat the ECG.',
      action: 'avoid',
      sources: S,
    };
  if (v > limit)
    return {
      band: 'prolonged',
      flag: 'high',
      severity: 'moderate',
      message: `QTc ${v} ms is prolonged (above ${limit} ms in ${who}).`,
      recommendation:
        'Avoid adding QT-prolonging drugs, correct electrolytes and repeat the ECG after dose changes.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `QTc ${v} ms is not prolonged (${limit} ms or less in ${who}).`, S);
}

function egfr(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-kdigo-ckd-2012'];
  if (on(ctx, 'lithium')) {
    const L: SourceId[] = ['mon-nice-cg185', 'mon-label-lithium', ...S];
    if (v < 30)
      return {
        band: 'lithium-avoid',
        flag: 'low',
        severity: 'major',
        message: `eGFR ${v} is below 30: lithium should generally be avoided.`,
        recommendation:
          'Review lithium with the patient and a nephrologist; consider an alternative mood stabiliser.',
        action: 'use-alternative',
        sources: L,
      };
    if (v < 60)
      return {
        band: 'lithium-caution',
        flag: 'low',
        severity: 'moderate',
        message: `eGFR ${v} is below 60: use lithium with caution.`,
        recommendation:
          'Check levels and renal function more often (at least every 3 months); lower the dose or target level; avoid NSAIDs, ACE inhibitors, ARBs and thiazides.',
        action: 'monitor',
        sources: L,
      };
    return normal('normal', `eGFR ${v} is 60 or more.`, S);
  }
  if (v < 15)
    return {
      band: 'kidney-failure',
      flag: 'critical-low',
      severity: 'major',
      message: `eGFR ${v} is below 15 (KDIGO G5).`,
      recommendation: 'Review every renally cleared drug; nephrology care.',
      action: 'reduce-dose',
      sources: S,
    };
  if (v < 30)
    return {
      band: 'severely-decreased',
      flag: 'low',
      severity: 'moderate',
      message: `eGFR ${v} is severely decreased (KDIGO G4, 15-29).`,
      recommendation: 'Adjust renally cleared drugs (e.g. gabapentin, pregabalin, acamprosate, lithium).',
      action: 'reduce-dose',
      sources: S,
    };
  if (v < 60)
    return {
      band: 'decreased',
      flag: 'low',
      severity: 'minor',
      message: `eGFR ${v} is decreased (KDIGO G3, 30-59).`,
      recommendation: 'Check doses of renally cleared drugs.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `eGFR ${v} is 60 or more.`, S);
}

function creatinine(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-kdigo-aki-2012'];
  if (ctx.baseline !== undefined && (v >= 1.5 * ctx.baseline || v - ctx.baseline >= 0.3)) {
    return {
      band: 'rise',
      flag: 'high',
      severity: 'moderate',
      message: `Creatinine ${round(v)} mg/dL has risen from ${ctx.baseline} mg/dL (1.5 times baseline or by 0.3 mg/dL meets KDIGO acute kidney injury criteria).`,
      recommendation: on(ctx, 'lithium')
        ? 'Check a lithium level and hydration; hold interacting drugs; repeat renal function.'
        : 'Repeat renal function and review nephrotoxic and renally cleared drugs.',
      action: 'monitor',
      sources: S,
    };
  }
  return normal(
    'recorded',
    `Creatinine ${round(v)} mg/dL — interpret through eGFR and change from baseline.`,
    S,
  );
}

function valproate(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-label-valproate'];
  if (v > 125)
    return {
      band: 'high',
      flag: 'high',
      severity: 'moderate',
      message: `Valproate ${round(v, 1)} mcg/mL is above the range for mania (50-125 mcg/mL).`,
      recommendation:
        'Reduce the dose; check platelets, liver tests and ammonia if symptomatic (sedation, confusion, tremor).',
      action: 'reduce-dose',
      sources: S,
    };
  if (v < 50)
    return {
      band: 'subtherapeutic',
      flag: 'low',
      severity: 'minor',
      message: `Valproate ${round(v, 1)} mcg/mL is below the range for mania (50-125 mcg/mL).`,
      recommendation: 'Check adherence and sample timing (trough); adjust if clinically indicated.',
      action: 'monitor',
      sources: S,
    };
  if (ctx.sex === 'female' && v > 110)
    return {
      band: 'thrombocytopenia-risk',
      flag: 'high',
      severity: 'minor',
      message: `Valproate ${round(v, 1)} mcg/mL is within range but above 110 mcg/mL, where thrombocytopenia becomes more likely in women.`,
      recommendation: 'Check the platelet count.',
      action: 'monitor',
      sources: S,
    };
  return normal('therapeutic', `Valproate ${round(v, 1)} mcg/mL is within 50-125 mcg/mL.`, S);
}

function carbamazepine(v: number): Finding {
  const S: SourceId[] = ['mon-label-carbamazepine'];
  if (v > 12)
    return {
      band: 'high',
      flag: 'high',
      severity: 'moderate',
      message: `Carbamazepine ${round(v, 1)} mcg/mL is above the usual range (4-12 mcg/mL).`,
      recommendation:
        'Look for toxicity (ataxia, diplopia, nystagmus, sedation), reduce the dose and check sodium.',
      action: 'reduce-dose',
      sources: S,
    };
  if (v < 4)
    return {
      band: 'subtherapeutic',
      flag: 'low',
      severity: 'minor',
      message: `Carbamazepine ${round(v, 1)} mcg/mL is below the usual range (4-12 mcg/mL).`,
      recommendation:
        'Check adherence and autoinduction (levels fall over the first weeks); adjust if indicated.',
      action: 'monitor',
      sources: S,
    };
  return normal('therapeutic', `Carbamazepine ${round(v, 1)} mcg/mL is within 4-12 mcg/mL.`, S);
}

function sodium(v: number): Finding {
  const S: SourceId[] = ['mon-spasovski-2014'];
  if (v < 125)
    return {
      band: 'profound-hyponatraemia',
      flag: 'critical-low',
      severity: 'major',
      message: `Sodium ${v} mmol/L is profound hyponatraemia (below 125).`,
      recommendation:
        'Urgent assessment; stop likely causes (SSRIs, SNRIs, carbamazepine, oxcarbazepine, diuretics).',
      action: 'avoid',
      sources: S,
    };
  if (v < 130)
    return {
      band: 'moderate-hyponatraemia',
      flag: 'low',
      severity: 'moderate',
      message: `Sodium ${v} mmol/L is moderate hyponatraemia (125-129).`,
      recommendation: 'Review and consider stopping sodium-lowering drugs; repeat within days.',
      action: 'use-alternative',
      sources: S,
    };
  if (v < 135)
    return {
      band: 'mild-hyponatraemia',
      flag: 'low',
      severity: 'minor',
      message: `Sodium ${v} mmol/L is mild hyponatraemia (130-134).`,
      recommendation: 'Repeat and review sodium-lowering drugs.',
      action: 'monitor',
      sources: S,
    };
  if (v > 145)
    return {
      band: 'hypernatraemia',
      flag: 'high',
      severity: 'minor',
      message: `Sodium ${v} mmol/L is above 145 (hypernatraemia; with lithium consider nephrogenic diabetes insipidus).`,
      recommendation: 'Assess hydration and urine output.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `Sodium ${v} mmol/L is within 135-145.`, S);
}

function potassium(v: number): Finding {
  const S: SourceId[] = ['mon-aha-qt-2010'];
  if (v < 3.0)
    return {
      band: 'severe-hypokalaemia',
      flag: 'critical-low',
      severity: 'major',
      message: `Potassium ${v} mmol/L is severely low: torsades risk with QT-prolonging drugs.`,
      recommendation: 'Replace potassium before QT-prolonging drugs.',
      action: 'avoid',
      sources: S,
    };
  if (v < 3.5)
    return {
      band: 'hypokalaemia',
      flag: 'low',
      severity: 'moderate',
      message: `Potassium ${v} mmol/L is low (below 3.5): raises torsades risk.`,
      recommendation: 'Correct before starting or increasing QT-prolonging drugs.',
      action: 'monitor',
      sources: S,
    };
  if (v > 5.5)
    return {
      band: 'hyperkalaemia',
      flag: 'high',
      severity: 'moderate',
      message: `Potassium ${v} mmol/L is high (above 5.5).`,
      recommendation: 'Repeat and assess renal function.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `Potassium ${v} mmol/L is within range.`, S);
}

function magnesium(v: number): Finding {
  const S: SourceId[] = ['mon-aha-qt-2010'];
  if (v < 1.7)
    return {
      band: 'hypomagnesaemia',
      flag: 'low',
      severity: 'minor',
      message: `Magnesium ${round(v)} mg/dL is low (below 1.7): raises torsades risk.`,
      recommendation: 'Correct before QT-prolonging drugs.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `Magnesium ${round(v)} mg/dL is within range.`, S);
}

function aminotransferase(name: string, v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-fda-dili-2009'];
  const uln = ctx.upperLimitOfNormal ?? 40;
  const x = round(v / uln, 1);
  const suspects = [
    'valproate',
    'divalproex',
    'naltrexone',
    'duloxetine',
    'nefazodone',
    'disulfiram',
    'carbamazepine',
  ].filter((d) => on(ctx, d));
  const drugNote = suspects.length > 0 ? ` Consider ${suspects.join(', ')} as a cause.` : '';
  if (v > 5 * uln)
    return {
      band: 'above-5x-uln',
      flag: 'critical-high',
      severity: 'major',
      message: `${name} ${v} U/L is ${x} times the upper limit of normal (above 5x).${drugNote}`,
      recommendation: 'Stop the suspected hepatotoxic drug and evaluate for liver injury (bilirubin, INR).',
      action: 'avoid',
      sources: S,
    };
  if (v > 3 * uln)
    return {
      band: 'above-3x-uln',
      flag: 'high',
      severity: 'moderate',
      message: `${name} ${v} U/L is ${x} times the upper limit of normal (above 3x).${drugNote}`,
      recommendation:
        'Repeat within days with bilirubin; stop the suspected drug if symptoms or bilirubin rise.',
      action: 'monitor',
      sources: S,
    };
  if (v > uln)
    return {
      band: 'above-uln',
      flag: 'high',
      severity: 'minor',
      message: `${name} ${v} U/L is above the upper limit of normal (${uln} U/L) but below 3 times it.${drugNote}`,
      recommendation: 'Repeat at the next scheduled check.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `${name} ${v} U/L is within normal limits (up to ${uln} U/L).`, S);
}

function a1c(v: number): Finding {
  const S: SourceId[] = ['mon-ada-standards-2025'];
  if (v >= 6.5)
    return {
      band: 'diabetes',
      flag: 'high',
      severity: 'moderate',
      message: `HbA1c ${round(v, 1)}% is in the diabetes range (6.5% or more).`,
      recommendation: 'Confirm and manage diabetes; review metabolically adverse antipsychotics.',
      action: 'monitor',
      sources: [...S, 'mon-ada-apa-2004'],
    };
  if (v >= 5.7)
    return {
      band: 'prediabetes',
      flag: 'high',
      severity: 'minor',
      message: `HbA1c ${round(v, 1)}% is in the prediabetes range (5.7-6.4%).`,
      recommendation: 'Lifestyle intervention; recheck in 3-6 months.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `HbA1c ${round(v, 1)}% is below 5.7%.`, S);
}

function glucose(v: number): Finding {
  const S: SourceId[] = ['mon-ada-standards-2025'];
  const g = round(v, 0);
  if (v < 70)
    return {
      band: 'hypoglycaemia',
      flag: 'low',
      severity: 'moderate',
      message: `Glucose ${g} mg/dL is low (below 70).`,
      recommendation: 'Treat hypoglycaemia and review glucose-lowering drugs.',
      action: 'monitor',
      sources: S,
    };
  if (v >= 126)
    return {
      band: 'diabetes',
      flag: 'high',
      severity: 'moderate',
      message: `Fasting glucose ${g} mg/dL is in the diabetes range (126 or more).`,
      recommendation: 'Confirm with a repeat test or HbA1c; manage diabetes; review antipsychotic choice.',
      action: 'monitor',
      sources: [...S, 'mon-ada-apa-2004'],
    };
  if (v >= 100)
    return {
      band: 'prediabetes',
      flag: 'high',
      severity: 'minor',
      message: `Fasting glucose ${g} mg/dL is in the prediabetes range (100-125).`,
      recommendation: 'Lifestyle intervention; recheck.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `Fasting glucose ${g} mg/dL is below 100.`, S);
}

function ldl(v: number): Finding {
  const S: SourceId[] = ['mon-ncep-atp3-2002'];
  const g = round(v, 0);
  if (v >= 190)
    return {
      band: 'very-high',
      flag: 'high',
      severity: 'moderate',
      message: `LDL ${g} mg/dL is very high (190 or more).`,
      recommendation: 'High-intensity statin is indicated regardless of calculated risk.',
      action: 'monitor',
      sources: [...S, 'mon-acc-aha-cholesterol-2018'],
    };
  if (v >= 160)
    return {
      band: 'high',
      flag: 'high',
      severity: 'minor',
      message: `LDL ${g} mg/dL is high (160-189).`,
      recommendation: 'Assess cardiovascular risk and treat per lipid guidelines.',
      action: 'monitor',
      sources: S,
    };
  if (v >= 130)
    return {
      band: 'borderline-high',
      flag: 'high',
      severity: 'info',
      message: `LDL ${g} mg/dL is borderline high (130-159).`,
      recommendation: 'Lifestyle measures; assess cardiovascular risk.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `LDL ${g} mg/dL is below 130.`, S);
}

function triglycerides(v: number): Finding {
  const S: SourceId[] = ['mon-ncep-atp3-2002'];
  const g = round(v, 0);
  if (v >= 500)
    return {
      band: 'very-high',
      flag: 'high',
      severity: 'moderate',
      message: `Triglycerides ${g} mg/dL are very high (500 or more): pancreatitis risk.`,
      recommendation: 'Treat to lower triglycerides; review clozapine/olanzapine/quetiapine.',
      action: 'monitor',
      sources: S,
    };
  if (v >= 200)
    return {
      band: 'high',
      flag: 'high',
      severity: 'minor',
      message: `Triglycerides ${g} mg/dL are high (200-499).`,
      recommendation: 'Lifestyle measures and cardiovascular risk assessment.',
      action: 'monitor',
      sources: S,
    };
  if (v >= 150)
    return {
      band: 'borderline-high',
      flag: 'high',
      severity: 'info',
      message: `Triglycerides ${g} mg/dL are borderline high (150-199).`,
      recommendation: 'Lifestyle measures.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `Triglycerides ${g} mg/dL are below 150.`, S);
}

function bloodPressure(
  systolic: number | undefined,
  diastolic: number | undefined,
  ctx: InterpretContext,
): Finding {
  const S: SourceId[] = ['mon-acc-aha-bp-2017'];
  const sys = systolic ?? 0;
  const dia = diastolic ?? 0;
  const text = `${systolic ?? '–'}/${diastolic ?? '–'} mm Hg`;
  const stimulant = [
    'methylphenidate',
    'dexmethylphenidate',
    'amphetamine',
    'dextroamphetamine',
    'lisdexamfetamine',
    'mixed amphetamine salts',
  ].some((d) => on(ctx, d));
  if (sys > 180 || dia > 120)
    return {
      band: 'severe',
      flag: 'critical-high',
      severity: 'major',
      message: `Blood pressure ${text} is severely raised (above 180 and/or 120).`,
      recommendation:
        'Repeat now; same-day medical assessment for end-organ damage; hold sympathomimetic drugs.',
      action: 'avoid',
      sources: S,
    };
  if (sys >= 140 || dia >= 90)
    return {
      band: 'stage-2',
      flag: 'high',
      severity: 'moderate',
      message: `Blood pressure ${text} is stage 2 hypertension (140/90 or more).`,
      recommendation: stimulant
        ? 'Repeat to confirm; reduce or pause the stimulant or consider a non-stimulant; treat hypertension.'
        : 'Repeat to confirm and treat; review BP-raising drugs (stimulants, venlafaxine, MAOIs).',
      action: stimulant ? 'reduce-dose' : 'monitor',
      sources: stimulant ? [...S, 'mon-aap-adhd-2019'] : S,
    };
  if (sys >= 130 || dia >= 80)
    return {
      band: 'stage-1',
      flag: 'high',
      severity: 'minor',
      message: `Blood pressure ${text} is stage 1 hypertension (130-139/80-89).`,
      recommendation: 'Repeat and monitor; lifestyle measures.',
      action: 'monitor',
      sources: S,
    };
  if (systolic !== undefined && systolic >= 120)
    return {
      band: 'elevated',
      flag: 'high',
      severity: 'info',
      message: `Blood pressure ${text} is elevated (120-129/below 80).`,
      recommendation: 'Recheck at the next visit.',
      action: 'monitor',
      sources: S,
    };
  if (systolic !== undefined && systolic < 90)
    return {
      band: 'hypotension',
      flag: 'low',
      severity: 'minor',
      message: `Blood pressure ${text} is low (systolic below 90).`,
      recommendation: 'Check for orthostasis (clozapine, alpha-2 agonists, TCAs, MAOIs) and falls risk.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `Blood pressure ${text} is normal.`, S);
}

function heartRate(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-acc-aha-bradycardia-2018'];
  if (v < 40)
    return {
      band: 'marked-bradycardia',
      flag: 'critical-low',
      severity: 'moderate',
      message: `Heart rate ${v}/min is markedly slow (below 40).`,
      recommendation: 'ECG and review rate-slowing drugs (alpha-2 agonists, beta-blockers, lithium).',
      action: 'monitor',
      sources: S,
    };
  if (v < 50)
    return {
      band: 'bradycardia',
      flag: 'low',
      severity: 'minor',
      message: `Heart rate ${v}/min is slow (below 50).`,
      recommendation:
        'Ask about dizziness or syncope; review alpha-2 agonists; torsades risk with QT-prolonging drugs.',
      action: 'monitor',
      sources: S,
    };
  if (v > 120)
    return {
      band: 'marked-tachycardia',
      flag: 'high',
      severity: 'moderate',
      message: `Heart rate ${v}/min is markedly fast (above 120).${on(ctx, 'clozapine') ? ' With clozapine, consider myocarditis (troponin, CRP) in the first 2 months.' : ''}`,
      recommendation: 'ECG; review stimulants, clozapine, TCAs and withdrawal states.',
      action: 'monitor',
      sources: on(ctx, 'clozapine') ? [...S, 'mon-ronaldson-2011'] : S,
    };
  if (v > 100)
    return {
      band: 'tachycardia',
      flag: 'high',
      severity: 'minor',
      message: `Heart rate ${v}/min is fast (above 100).`,
      recommendation: 'Repeat at rest; review stimulants and clozapine.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `Heart rate ${v}/min is within 50-100.`, S);
}

function bmi(v: number): Finding {
  const S: SourceId[] = ['mon-who-bmi-2000'];
  const b = round(v, 1);
  if (v >= 40)
    return {
      band: 'obesity-class-3',
      flag: 'high',
      severity: 'moderate',
      message: `BMI ${b} is class III obesity (40 or more).`,
      recommendation: 'Weight management; prefer weight-neutral psychotropics.',
      action: 'monitor',
      sources: [...S, 'mon-ada-apa-2004'],
    };
  if (v >= 30)
    return {
      band: 'obesity',
      flag: 'high',
      severity: 'minor',
      message: `BMI ${b} is in the obesity range (30 or more).`,
      recommendation: 'Weight management; prefer weight-neutral psychotropics.',
      action: 'monitor',
      sources: [...S, 'mon-ada-apa-2004'],
    };
  if (v >= 25)
    return {
      band: 'overweight',
      flag: 'high',
      severity: 'info',
      message: `BMI ${b} is overweight (25-29.9).`,
      recommendation: 'Lifestyle advice; monitor weight on antipsychotics.',
      action: 'monitor',
      sources: S,
    };
  if (v < 18.5)
    return {
      band: 'underweight',
      flag: 'low',
      severity: 'minor',
      message: `BMI ${b} is underweight (below 18.5).`,
      recommendation: 'Assess nutrition and eating disorders; caution with appetite-suppressing drugs.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `BMI ${b} is within 18.5-24.9.`, S);
}

function weight(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-ada-apa-2004'];
  if (ctx.baseline !== undefined && ctx.baseline > 0) {
    const gain = ((v - ctx.baseline) / ctx.baseline) * 100;
    if (gain >= 5)
      return {
        band: 'gain-5-percent',
        flag: 'high',
        severity: 'moderate',
        message: `Weight ${round(v, 1)} kg is ${round(gain, 1)}% above baseline (${ctx.baseline} kg): a gain of 5% or more.`,
        recommendation:
          'Consider switching to a more weight-neutral drug; lifestyle intervention; check glucose and lipids.',
        action: 'use-alternative',
        sources: S,
      };
    return normal(
      'stable',
      `Weight ${round(v, 1)} kg is ${round(gain, 1)}% from baseline (below a 5% gain).`,
      S,
    );
  }
  return normal('recorded', `Weight ${round(v, 1)} kg recorded (give a baseline to assess change).`, S);
}

function waist(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-ncep-atp3-2002'];
  const limit = ctx.sex === 'male' ? 102 : 88;
  if (v > limit)
    return {
      band: 'abdominal-obesity',
      flag: 'high',
      severity: 'minor',
      message: `Waist ${round(v, 1)} cm is above ${limit} cm (abdominal obesity, metabolic syndrome criterion${ctx.sex ? '' : '; 102 cm applies to men'}).`,
      recommendation: 'Metabolic risk assessment.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `Waist ${round(v, 1)} cm is ${limit} cm or less.`, S);
}

function tsh(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-surks-2004'];
  const li = on(ctx, 'lithium')
    ? ' Lithium commonly causes hypothyroidism; it can usually be continued with thyroxine.'
    : '';
  if (v > 10)
    return {
      band: 'overt-range',
      flag: 'high',
      severity: 'moderate',
      message: `TSH ${v} mIU/L is above 10.${li}`,
      recommendation: 'Check free T4; thyroxine replacement is usually indicated.',
      action: 'monitor',
      sources: S,
    };
  if (v > 4.5)
    return {
      band: 'subclinical-hypothyroid',
      flag: 'high',
      severity: 'minor',
      message: `TSH ${v} mIU/L is above the reference range (0.45-4.5).${li}`,
      recommendation: 'Repeat with free T4 in 6-12 weeks.',
      action: 'monitor',
      sources: S,
    };
  if (v < 0.1)
    return {
      band: 'suppressed',
      flag: 'low',
      severity: 'moderate',
      message: `TSH ${v} mIU/L is suppressed (below 0.1).`,
      recommendation: 'Check free T4/T3 for hyperthyroidism.',
      action: 'monitor',
      sources: S,
    };
  if (v < 0.45)
    return {
      band: 'low',
      flag: 'low',
      severity: 'minor',
      message: `TSH ${v} mIU/L is below the reference range (0.45-4.5).`,
      recommendation: 'Repeat with free T4.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `TSH ${v} mIU/L is within 0.45-4.5.`, S);
}

function calcium(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-minisola-2015'];
  const c = round(v, 1);
  const li = on(ctx, 'lithium') ? ' With lithium, check PTH for lithium-associated hyperparathyroidism.' : '';
  if (v > 14)
    return {
      band: 'severe-hypercalcaemia',
      flag: 'critical-high',
      severity: 'major',
      message: `Calcium ${c} mg/dL is severely raised (above 14).${li}`,
      recommendation: 'Urgent assessment and treatment.',
      action: 'avoid',
      sources: S,
    };
  if (v >= 12)
    return {
      band: 'moderate-hypercalcaemia',
      flag: 'high',
      severity: 'moderate',
      message: `Calcium ${c} mg/dL is moderately raised (12-14).${li}`,
      recommendation: 'Check PTH and treat; review lithium and thiazides.',
      action: 'monitor',
      sources: S,
    };
  if (v > 10.5)
    return {
      band: 'mild-hypercalcaemia',
      flag: 'high',
      severity: 'minor',
      message: `Calcium ${c} mg/dL is mildly raised (above 10.5).${li}`,
      recommendation: 'Repeat with albumin and PTH.',
      action: 'monitor',
      sources: on(ctx, 'lithium') ? [...S, 'mon-nice-cg185'] : S,
    };
  if (v < 8.5)
    return {
      band: 'hypocalcaemia',
      flag: 'low',
      severity: 'minor',
      message: `Calcium ${c} mg/dL is low (below 8.5).`,
      recommendation: 'Repeat with albumin.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `Calcium ${c} mg/dL is within 8.5-10.5.`, S);
}

function platelets(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-label-valproate'];
  const p = round(v, 0);
  if (v < 50)
    return {
      band: 'severe-thrombocytopenia',
      flag: 'critical-low',
      severity: 'major',
      message: `Platelets ${p} x10^3/µL are severely low (below 50).`,
      recommendation: 'Urgent haematology advice; stop valproate or carbamazepine if implicated.',
      action: 'avoid',
      sources: S,
    };
  if (v < 100)
    return {
      band: 'moderate-thrombocytopenia',
      flag: 'low',
      severity: 'moderate',
      message: `Platelets ${p} x10^3/µL are low (50-99).${on(ctx, 'valproate') || on(ctx, 'divalproex') ? ' Valproate thrombocytopenia is dose-related.' : ''}`,
      recommendation: 'Reduce or stop the suspected drug; repeat.',
      action: 'reduce-dose',
      sources: S,
    };
  if (v < 150)
    return {
      band: 'mild-thrombocytopenia',
      flag: 'low',
      severity: 'minor',
      message: `Platelets ${p} x10^3/µL are mildly low (100-149).`,
      recommendation: 'Repeat at the next check; look for bleeding.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `Platelets ${p} x10^3/µL are 150 or more.`, S);
}

function prolactin(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-melmed-2011'];
  const uln = ctx.sex === 'male' ? 20 : 25;
  const p = round(v, 1);
  if (v >= 200)
    return {
      band: 'markedly-raised',
      flag: 'high',
      severity: 'moderate',
      message: `Prolactin ${p} ng/mL is markedly raised (200 or more).`,
      recommendation:
        'Levels this high are unusual with most drugs (risperidone and paliperidone can reach them): consider pituitary imaging.',
      action: 'monitor',
      sources: S,
    };
  if (v > uln)
    return {
      band: 'raised',
      flag: 'high',
      severity: 'minor',
      message: `Prolactin ${p} ng/mL is above the upper limit (${uln} ng/mL).`,
      recommendation:
        'If symptomatic, consider a prolactin-sparing antipsychotic (e.g. aripiprazole) or dose reduction.',
      action: 'monitor',
      sources: [...S, 'mon-apa-schizophrenia-2020'],
    };
  return normal('normal', `Prolactin ${p} ng/mL is within the reference range.`, S);
}

function troponin(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-ronaldson-2011'];
  const uln = ctx.upperLimitOfNormal;
  if (uln === undefined)
    throw new ClinicalInputError(
      'Troponin needs the assay upper limit of normal (context.upperLimitOfNormal)',
    );
  if (v > 2 * uln)
    return {
      band: 'above-2x-uln',
      flag: 'critical-high',
      severity: 'major',
      message: `Troponin ${v} ng/L is more than twice the upper limit (${uln} ng/L).`,
      recommendation: on(ctx, 'clozapine')
        ? 'Stop clozapine and refer urgently for cardiac assessment (suspected myocarditis).'
        : 'Urgent cardiac assessment.',
      action: 'avoid',
      sources: S,
    };
  if (v > uln)
    return {
      band: 'above-uln',
      flag: 'high',
      severity: 'moderate',
      message: `Troponin ${v} ng/L is above the upper limit (${uln} ng/L).`,
      recommendation: 'Repeat troponin and CRP daily until falling; assess for myocarditis.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `Troponin ${v} ng/L is within the reference limit.`, S);
}

function crp(v: number, ctx: InterpretContext): Finding {
  const S: SourceId[] = ['mon-ronaldson-2011'];
  const cloz = on(ctx, 'clozapine');
  if (v > 100)
    return {
      band: 'above-100',
      flag: 'critical-high',
      severity: 'major',
      message: `CRP ${v} mg/L is above 100.`,
      recommendation: cloz
        ? 'Stop clozapine and assess urgently for myocarditis.'
        : 'Assess for serious infection or inflammation.',
      action: cloz ? 'avoid' : 'monitor',
      sources: S,
    };
  if (v > 50)
    return {
      band: 'above-50',
      flag: 'high',
      severity: 'moderate',
      message: `CRP ${v} mg/L is above 50.`,
      recommendation: cloz
        ? 'Check troponin and CRP daily; assess for myocarditis.'
        : 'Assess for infection or inflammation.',
      action: 'monitor',
      sources: S,
    };
  if (v > 10)
    return {
      band: 'raised',
      flag: 'high',
      severity: 'info',
      message: `CRP ${v} mg/L is raised (above 10).`,
      recommendation: 'Repeat; look for infection.',
      action: 'monitor',
      sources: S,
    };
  return normal('normal', `CRP ${v} mg/L is 10 or less.`, S);
}

function pregnancy(v: number, unit: string | undefined): Finding {
  const S: SourceId[] = ['mon-label-valproate'];
  const quantitative = unit !== undefined && unit.trim() !== '';
  const positive = quantitative ? v >= 5 : v >= 1;
  if (positive)
    return {
      band: 'positive',
      flag: 'abnormal',
      severity: 'major',
      message: 'Pregnancy test is positive.',
      recommendation:
        'Review every teratogenic drug (valproate, carbamazepine, lithium, topiramate, paroxetine) with the patient now; do not stop abruptly without a plan.',
      action: 'use-alternative',
      sources: S,
    };
  return normal('negative', 'Pregnancy test is negative.', S);
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
  const v = round(toCanonical(t, value, unit), 4);
  let finding: Finding;
  switch (t.id) {
    case 'lithium':
      finding = lithium(v, context);
      break;
    case 'anc':
      finding = anc(v, context);
      break;
    case 'qtc':
      finding = qtc(v, context);
      break;
    case 'egfr':
      finding = egfr(v, context);
      break;
    case 'creatinine':
      finding = creatinine(v, context);
      break;
    case 'valproate':
      finding = valproate(v, context);
      break;
    case 'carbamazepine':
      finding = carbamazepine(v);
      break;
    case 'sodium':
      finding = sodium(v);
      break;
    case 'potassium':
      finding = potassium(v);
      break;
    case 'magnesium':
      finding = magnesium(v);
      break;
    case 'alt':
      finding = aminotransferase('ALT', v, context);
      break;
    case 'ast':
      finding = aminotransferase('AST', v, context);
      break;
    case 'a1c':
      finding = a1c(v);
      break;
    case 'fasting-glucose':
      finding = glucose(v);
      break;
    case 'ldl':
      finding = ldl(v);
      break;
    case 'triglycerides':
      finding = triglycerides(v);
      break;
    case 'blood-pressure':
      finding = bloodPressure(v, context.diastolic, context);
      break;
    case 'diastolic':
      finding = bloodPressure(undefined, v, context);
      break;
    case 'heart-rate':
      finding = heartRate(v, context);
      break;
    case 'bmi':
      finding = bmi(v);
      break;
    case 'weight':
      finding = weight(v, context);
      break;
    case 'waist':
      finding = waist(v, context);
      break;
    case 'tsh':
      finding = tsh(v, context);
      break;
    case 'calcium':
      finding = calcium(v, context);
      break;
    case 'platelets':
      finding = platelets(v, context);
      break;
    case 'prolactin':
      finding = prolactin(v, context);
      break;
    case 'troponin':
      finding = troponin(v, context);
      break;
    case 'crp':
      finding = crp(v, context);
      break;
    case 'pregnancy-test':
      finding = pregnancy(v, unit);
      break;
    default:
      throw new ClinicalInputError(`No numeric interpretation for "${t.name}"`);
  }
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
