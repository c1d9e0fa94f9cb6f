/**
 * Laboratory vocabulary: test-name synonyms, canonical units and unit conversion. Results are
 * reduced to the latest usable value per test.
 */
import type { LabInput } from '../types.js';
import { closestMatches, isoToDay, normalizeText } from './util.js';

export type LabId =
  | 'lithium'
  | 'anc'
  | 'wbc'
  | 'qtc'
  | 'egfr'
  | 'creatinine'
  | 'sodium'
  | 'potassium'
  | 'magnesium'
  | 'alt'
  | 'ast'
  | 'bilirubin'
  | 'platelets'
  | 'valproate'
  | 'carbamazepine'
  | 'clozapine'
  | 'ammonia'
  | 'tsh'
  | 'glucose'
  | 'a1c'
  | 'lipids'
  | 'calcium'
  | 'troponin'
  | 'crp'
  | 'hcg'
  | 'weight'
  | 'prolactin';

interface LabEntry {
  id: LabId;
  label: string;
  unit: string;
  names: string[];
  /** Converts a value in `unit` (normalised lower case) to the canonical unit; null = unknown unit. */
  convert?: (value: number, unit: string | null) => number | null;
}

const same = (accepted: string[]) => (value: number, unit: string | null) =>
  unit === null || accepted.includes(unit) ? value : null;

export const LAB_VOCABULARY: readonly LabEntry[] = [
  {
    id: 'lithium',
    label: 'serum lithium',
    unit: 'mmol/L',
    names: [
      'lithium',
      'li',
      'lithium level',
      'serum lithium',
      'lithium serum level',
      'lithium concentration',
      'li level',
    ],
    convert: same(['mmol/l', 'meq/l', 'mm']),
  },
  {
    id: 'anc',
    label: 'absolute neutrophil count',
    unit: '/µL',
    names: [
      'anc',
      'absolute neutrophil count',
      'neutrophils',
      'neutrophil count',
      'absolute neutrophils',
      'neut abs',
    ],
    convert: (value, unit) => {
      if (unit === null) return value < 50 ? value * 1000 : value;
      if (['/ul', 'cells/ul', '/mm3', 'cells/mm3', '/µl', 'cells/µl', 'per ul'].includes(unit)) return value;
      if (
        [
          '10^9/l',
          'x10^9/l',
          '10*9/l',
          '10e9/l',
          'k/ul',
          '10^3/ul',
          'x10^3/ul',
          'thou/ul',
          'k/µl',
          '10^3/µl',
          'g/l',
        ].includes(unit)
      )
        return value * 1000;
      return null;
    },
  },
  {
    id: 'wbc',
    label: 'white cell count',
    unit: '10^9/L',
    names: ['wbc', 'white blood cells', 'white cell count', 'white blood cell count', 'leukocytes'],
  },
  {
    id: 'qtc',
    label: 'QTc interval',
    unit: 'ms',
    names: ['qtc', 'qtc interval', 'corrected qt', 'qt corrected', 'qtcf', 'qtcb', 'ecg qtc'],
    convert: (value, unit) =>
      unit === null || unit === 'ms' || unit === 'msec' ? value : unit === 's' ? value * 1000 : null,
  },
  {
    id: 'egfr',
    label: 'eGFR',
    unit: 'mL/min/1.73m²',
    names: [
      'egfr',
      'gfr',
      'estimated gfr',
      'estimated glomerular filtration rate',
      'crcl',
      'creatinine clearance',
    ],
  },
  {
    id: 'creatinine',
    label: 'serum creatinine',
    unit: 'mg/dL',
    names: ['creatinine', 'serum creatinine', 'scr', 'cr', 'creat'],
    convert: (value, unit) => {
      if (unit === null) return value > 20 ? value / 88.4 : value;
      if (unit === 'mg/dl') return value;
      if (unit === 'umol/l' || unit === 'µmol/l' || unit === 'micromol/l') return value / 88.4;
      return null;
    },
  },
  {
    id: 'sodium',
    label: 'serum sodium',
    unit: 'mmol/L',
    names: ['sodium', 'na', 'serum sodium', 'na+'],
    convert: same(['mmol/l', 'meq/l']),
  },
  {
    id: 'potassium',
    label: 'serum potassium',
    unit: 'mmol/L',
    names: ['potassium', 'k', 'serum potassium', 'k+'],
    convert: same(['mmol/l', 'meq/l']),
  },
  {
    id: 'magnesium',
    label: 'serum magnesium',
    unit: 'mg/dL',
    names: ['magnesium', 'mg level', 'serum magnesium', 'mg2+'],
    convert: (value, unit) => {
      if (unit === null) return value < 1.2 ? value * 2.43 : value;
      if (unit === 'mg/dl') return value;
      if (unit === 'mmol/l') return value * 2.43;
      if (unit === 'meq/l') return value * 1.215;
      return null;
    },
  },
  {
    id: 'alt',
    label: 'ALT',
    unit: 'U/L',
    names: ['alt', 'alanine aminotransferase', 'sgpt', 'alt (sgpt)'],
    convert: same(['u/l', 'iu/l', 'units/l']),
  },
  {
    id: 'ast',
    label: 'AST',
    unit: 'U/L',
    names: ['ast', 'aspartate aminotransferase', 'sgot', 'ast (sgot)'],
    convert: same(['u/l', 'iu/l', 'units/l']),
  },
  { id: 'bilirubin', label: 'bilirubin', unit: 'mg/dL', names: ['bilirubin', 'total bilirubin', 'tbili'] },
  {
    id: 'platelets',
    label: 'platelet count',
    unit: '10^3/µL',
    names: ['platelets', 'platelet count', 'plt', 'plts'],
    convert: (value, unit) => {
      if (unit === null) return value > 2000 ? value / 1000 : value;
      if (['10^9/l', 'x10^9/l', 'k/ul', '10^3/ul', 'x10^3/ul', 'thou/ul', 'k/µl', '10^3/µl'].includes(unit))
        return value;
      if (['/ul', '/µl', '/mm3', 'cells/ul'].includes(unit)) return value / 1000;
      return null;
    },
  },
  {
    id: 'valproate',
    label: 'valproate level',
    unit: 'µg/mL',
    names: [
      'valproate',
      'valproic acid',
      'valproate level',
      'valproic acid level',
      'vpa',
      'vpa level',
      'depakote level',
      'divalproex level',
    ],
    convert: (value, unit) => {
      if (unit === null || ['ug/ml', 'µg/ml', 'mcg/ml', 'mg/l'].includes(unit)) return value;
      if (unit === 'umol/l' || unit === 'µmol/l') return value / 6.93;
      return null;
    },
  },
  {
    id: 'carbamazepine',
    label: 'carbamazepine level',
    unit: 'µg/mL',
    names: ['carbamazepine', 'carbamazepine level', 'cbz level', 'tegretol level'],
    convert: (value, unit) => {
      if (unit === null || ['ug/ml', 'µg/ml', 'mcg/ml', 'mg/l'].includes(unit)) return value;
      if (unit === 'umol/l' || unit === 'µmol/l') return value / 4.23;
      return null;
    },
  },
  {
    id: 'clozapine',
    label: 'clozapine level',
    unit: 'ng/mL',
    names: ['clozapine', 'clozapine level', 'clozapine plasma level', 'clozapine concentration'],
    convert: (value, unit) => {
      if (unit === null || ['ng/ml', 'ug/l', 'µg/l', 'mcg/l'].includes(unit)) return value;
      if (unit === 'nmol/l') return value / 3.06;
      if (unit === 'mg/l') return value * 1000;
      return null;
    },
  },
  { id: 'ammonia', label: 'ammonia', unit: 'µmol/L', names: ['ammonia', 'nh3', 'serum ammonia'] },
  { id: 'tsh', label: 'TSH', unit: 'mIU/L', names: ['tsh', 'thyroid stimulating hormone', 'thyrotropin'] },
  {
    id: 'glucose',
    label: 'glucose',
    unit: 'mg/dL',
    names: ['glucose', 'fasting glucose', 'fasting plasma glucose', 'fpg'],
  },
  { id: 'a1c', label: 'HbA1c', unit: '%', names: ['a1c', 'hba1c', 'hemoglobin a1c', 'glycated hemoglobin'] },
  {
    id: 'lipids',
    label: 'lipid panel',
    unit: 'mg/dL',
    names: ['ldl', 'hdl', 'triglycerides', 'total cholesterol', 'cholesterol', 'lipid panel', 'lipids'],
  },
  { id: 'calcium', label: 'calcium', unit: 'mg/dL', names: ['calcium', 'ca', 'serum calcium'] },
  {
    id: 'troponin',
    label: 'troponin',
    unit: 'ng/L',
    names: ['troponin', 'troponin i', 'troponin t', 'hs troponin'],
  },
  { id: 'crp', label: 'CRP', unit: 'mg/L', names: ['crp', 'c-reactive protein'] },
  {
    id: 'hcg',
    label: 'hCG',
    unit: 'mIU/mL',
    names: ['hcg', 'beta hcg', 'pregnancy test', 'urine pregnancy test'],
  },
  { id: 'weight', label: 'weight', unit: 'kg', names: ['weight', 'body weight'] },
  { id: 'prolactin', label: 'prolactin', unit: 'ng/mL', names: ['prolactin', 'prl'] },
];

export interface LabValue {
  id: LabId;
  label: string;
  /** Value in the canonical unit. */
  value: number;
  unit: string;
  date: string | null;
}

export interface ResolvedLabs {
  latest: Map<LabId, LabValue>;
  /** Unknown test names, and results in a unit the engine cannot convert. */
  unrecognized: Array<{ input: string; suggestions: string[] }>;
}

const byName = new Map<string, LabEntry>();
const suggestionMap = new Map<string, string>();
for (const entry of LAB_VOCABULARY) {
  for (const name of entry.names) {
    byName.set(normalizeText(name), entry);
    suggestionMap.set(normalizeText(name), name);
  }
}

export function labEntry(name: string): LabEntry | undefined {
  const key = normalizeText(name);
  return byName.get(key) ?? byName.get(key.replace(/\(.*?\)/g, '').trim());
}

function normalizeUnit(unit: string | undefined): string | null {
  if (unit === undefined || unit === null) return null;
  const u = unit.trim().toLowerCase().replace(/\s+/g, '').replace('μ', 'µ').replace('×', 'x');
  return u === '' ? null : u;
}

/** Results more than this many days before `asOf` are too old to act on at a check. */
export const LAB_MAX_AGE_DAYS = 180;

export function resolveLabs(inputs: readonly LabInput[], asOfDay: number): ResolvedLabs {
  const latest = new Map<LabId, LabValue & { day: number }>();
  const unrecognized: ResolvedLabs['unrecognized'] = [];
  inputs.forEach((lab, index) => {
    if (!lab || typeof lab.test !== 'string' || typeof lab.value !== 'number' || !Number.isFinite(lab.value))
      return;
    const entry = labEntry(lab.test);
    if (!entry) {
      unrecognized.push({ input: lab.test, suggestions: closestMatches(lab.test, suggestionMap, 5) });
      return;
    }
    const unit = normalizeUnit(lab.unit);
    const value = entry.convert ? entry.convert(lab.value, unit) : lab.value;
    if (value === null) {
      unrecognized.push({
        input: `${lab.test} (${lab.unit ?? ''})`,
        suggestions: [`${entry.label} in ${entry.unit}`],
      });
      return;
    }
    const day = lab.date ? isoToDay(lab.date) : null;
    // Undated results are taken as current; dated ones must not be in the future or stale.
    const effectiveDay = day ?? asOfDay;
    if (effectiveDay > asOfDay || asOfDay - effectiveDay > LAB_MAX_AGE_DAYS) return;
    const previous = latest.get(entry.id);
    // Later date wins; on the same date the later entry in the list wins.
    const order = effectiveDay + index / 1e6;
    if (!previous || order >= previous.day) {
      latest.set(entry.id, {
        id: entry.id,
        label: entry.label,
        value,
        unit: entry.unit,
        date: lab.date ?? null,
        day: order,
      });
    }
  });
  const out = new Map<LabId, LabValue>();
  for (const [id, { day: _day, ...value }] of latest) out.set(id, value);
  return { latest: out, unrecognized };
}

/**
 * CKD-EPI 2021 creatinine equation (race-free; Inker et al., NEJM 2021). Serum creatinine in
 * mg/dL; returns mL/min/1.73 m².
 */
export function ckdEpi2021(creatinineMgDl: number, age: number, sex: 'female' | 'male'): number {
  const kappa = sex === 'female' ? 0.7 : 0.9;
  const alpha = sex === 'female' ? -0.241 : -0.302;
  const ratio = creatinineMgDl / kappa;
  const egfr =
    142 *
    Math.min(ratio, 1) ** alpha *
    Math.max(ratio, 1) ** -1.2 *
    0.9938 ** age *
    (sex === 'female' ? 1.012 : 1);
  return Math.round(egfr);
}
