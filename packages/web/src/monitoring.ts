// Labs and vitals, the monitoring schedule, rating-scale assignments and staff-recorded consents:
// types and calls for the chart pages that show them (the server's shapes, see
// packages/server/src/domain/clinical-record.ts, between-visits.ts and consents.ts).

import { apiRequest } from './api.js';
import { formatDate, todayIso } from './format.js';
import type { Session } from './types.js';

const patientPath = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`;
/** The server's ETag for a record of this version (it parses W/"n"). */
const etagOf = (version: number) => `W/"${version}"`;

// ——— Who sees what (the server enforces it; these decide which pages and controls to offer) ———

const has = (session: Session, roles: readonly string[]) => session.user.roles.some((r) => roles.includes(r));

/** Results and the monitoring schedule: therapists and collaborators as the patient's consent grants. */
export const canReadLabs = (session: Session) =>
  has(session, ['prescriber', 'nurse', 'care-coordinator', 'therapist', 'collaborator']);
/** Recording results and marking them entered in error. */
export const canRecordLabs = (session: Session) => has(session, ['prescriber', 'nurse']);
export const canReadScales = canReadLabs;
export const canAssignScales = (session: Session) =>
  has(session, ['prescriber', 'nurse', 'care-coordinator']);

// ——— Results ———

export type ResultFlag = 'normal' | 'low' | 'high' | 'critical-low' | 'critical-high' | 'abnormal';

export interface Observation {
  id: string;
  patientId: string;
  version: number;
  /** The monitoring test id (e.g. `lithium`, `weight`), or `pgx`. */
  code: string;
  loinc: string | null;
  name: string;
  value: number | null;
  unit: string | null;
  diastolic: number | null;
  gene: string | null;
  phenotype: string | null;
  effectiveAt: string;
  interpretation: {
    flag: ResultFlag;
    band: string | null;
    severity: string | null;
    message: string | null;
    canonicalValue: number | null;
  } | null;
  source: 'clinic' | 'external-lab' | 'patient-reported' | 'device';
  taskId: string | null;
  status: 'final' | 'entered-in-error';
  errorReason: string | null;
  recordedBy: string;
  recordedAt: string;
}

/** The answer to recording a result: the stored result with the engine's alert, if any. */
export interface RecordedObservation extends Observation {
  alert: {
    title: string;
    detail: string;
    recommendation: string;
    severity: string;
    sources: string[];
  } | null;
  taskCreated: boolean;
}

export interface ObservationInput {
  code: string;
  value?: number;
  unit?: string;
  diastolic?: number;
  effectiveAt?: string;
  source?: Observation['source'];
}

export type MonitoringStatus = 'overdue' | 'due' | 'up-to-date';

export interface MonitoringItem {
  test: string;
  name: string;
  loinc: string | null;
  due: string;
  status: MonitoringStatus;
  daysOverdue: number;
  kind: 'baseline' | 'follow-up' | 'after-dose-change';
  reason: string;
  drugs: string[];
  sources: string[];
  lastResult: {
    observationId: string;
    value: number | null;
    unit: string | null;
    flag: ResultFlag | null;
    effectiveAt: string;
  } | null;
}

export interface MonitoringSchedule {
  asOf: string;
  items: MonitoringItem[];
}

/**
 * The tests offered for quick entry. Ids are the server's monitoring test ids and the units are ones
 * its interpretation accepts (the first is the canonical unit). The clinical engine owns the ranges;
 * this only lists what can be typed in. Tests without a unit list (height) are stored without a reading.
 */
export interface EntryTest {
  id: string;
  label: string;
  units: string[];
  /** How the value is entered: a number, systolic/diastolic, or positive/negative. */
  entry?: 'number' | 'blood-pressure' | 'positive-negative';
  group: 'Vitals' | 'Metabolic' | 'Drug levels' | 'Blood count' | 'Kidney, liver and thyroid' | 'Other';
}

export const ENTRY_TESTS: readonly EntryTest[] = [
  { id: 'weight', label: 'Weight', units: ['kg', 'lb'], group: 'Vitals' },
  { id: 'height', label: 'Height', units: ['cm'], group: 'Vitals' },
  { id: 'bmi', label: 'Body mass index (BMI)', units: ['kg/m2'], group: 'Vitals' },
  { id: 'waist', label: 'Waist circumference', units: ['cm', 'in'], group: 'Vitals' },
  {
    id: 'blood-pressure',
    label: 'Blood pressure',
    units: ['mmHg'],
    entry: 'blood-pressure',
    group: 'Vitals',
  },
  { id: 'heart-rate', label: 'Heart rate', units: ['/min'], group: 'Vitals' },
  { id: 'qtc', label: 'ECG QTc', units: ['ms'], group: 'Vitals' },
  { id: 'fasting-glucose', label: 'Fasting glucose', units: ['mg/dL', 'mmol/L'], group: 'Metabolic' },
  { id: 'a1c', label: 'Hemoglobin A1c', units: ['%', 'mmol/mol'], group: 'Metabolic' },
  { id: 'ldl', label: 'LDL cholesterol', units: ['mg/dL', 'mmol/L'], group: 'Metabolic' },
  { id: 'triglycerides', label: 'Triglycerides', units: ['mg/dL', 'mmol/L'], group: 'Metabolic' },
  { id: 'prolactin', label: 'Prolactin', units: ['ng/mL', 'mIU/L'], group: 'Metabolic' },
  { id: 'lithium', label: 'Lithium level', units: ['mmol/L', 'mEq/L'], group: 'Drug levels' },
  { id: 'valproate', label: 'Valproate level', units: ['mcg/mL', 'umol/L'], group: 'Drug levels' },
  { id: 'carbamazepine', label: 'Carbamazepine level', units: ['mcg/mL', 'umol/L'], group: 'Drug levels' },
  { id: 'anc', label: 'Absolute neutrophil count (ANC)', units: ['/uL', '10^9/L'], group: 'Blood count' },
  { id: 'platelets', label: 'Platelets', units: ['10^3/uL', '10^9/L'], group: 'Blood count' },
  { id: 'creatinine', label: 'Creatinine', units: ['mg/dL', 'umol/L'], group: 'Kidney, liver and thyroid' },
  { id: 'egfr', label: 'eGFR', units: ['mL/min/1.73m2'], group: 'Kidney, liver and thyroid' },
  { id: 'sodium', label: 'Sodium', units: ['mmol/L'], group: 'Kidney, liver and thyroid' },
  { id: 'calcium', label: 'Calcium', units: ['mg/dL', 'mmol/L'], group: 'Kidney, liver and thyroid' },
  { id: 'alt', label: 'ALT', units: ['U/L'], group: 'Kidney, liver and thyroid' },
  { id: 'ast', label: 'AST', units: ['U/L'], group: 'Kidney, liver and thyroid' },
  { id: 'tsh', label: 'TSH', units: ['mIU/L'], group: 'Kidney, liver and thyroid' },
  {
    id: 'pregnancy-test',
    label: 'Pregnancy test',
    units: [],
    entry: 'positive-negative',
    group: 'Other',
  },
];

export const ENTRY_TEST_GROUPS = [...new Set(ENTRY_TESTS.map((t) => t.group))];

/** Tests whose results are drawn as a small trend (weight and drug levels). */
export const TREND_TESTS = new Set(['weight', 'lithium', 'valproate', 'carbamazepine']);

/** The calendar day of a timestamp in the browser's time zone, e.g. `Nov 23, 2026`. */
export function formatDay(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : formatDate(todayIso(date));
}

/** Units as people write them (the server accepts `u` for `µ`). */
export function unitLabel(unit: string | null | undefined): string {
  return (unit ?? '').replace(/u(L|mol|g)\b/g, 'µ$1');
}

export const FLAG_LABELS: Record<ResultFlag, string> = {
  normal: 'Normal',
  low: 'Low',
  high: 'High',
  'critical-low': 'Critical low',
  'critical-high': 'Critical high',
  abnormal: 'Abnormal',
};

/** Badge class for a flag: critical in red, any other abnormal in amber. */
export function flagTone(flag: ResultFlag | null | undefined): 'danger' | 'warning' | 'muted' | null {
  if (!flag) return null;
  if (flag.startsWith('critical')) return 'danger';
  return flag === 'normal' ? 'muted' : 'warning';
}

/** A result's value as written: "120/80 mmHg", "0.8 mmol/L", "Positive". */
export function resultValue(
  result: Pick<Observation, 'code' | 'value' | 'unit' | 'diastolic' | 'phenotype' | 'gene'>,
): string {
  if (result.code === 'pgx') return `${result.gene ?? ''} ${result.phenotype ?? ''}`.trim();
  if (result.value === null) return '—';
  if (result.code === 'pregnancy-test' && !result.unit) return result.value >= 1 ? 'Positive' : 'Negative';
  const value = result.diastolic !== null ? `${result.value}/${result.diastolic}` : String(result.value);
  return result.unit ? `${value} ${unitLabel(result.unit)}` : value;
}

// ——— Scale assignments ———

export interface ScaleAssignment {
  id: string;
  version: number;
  patientId: string;
  instrument: string;
  cadence: 'interval' | 'phase';
  intervalDays: number | null;
  phase: 'acute' | 'stable' | null;
  effectiveIntervalDays: number;
  beforeVisit: boolean;
  startDate: string;
  active: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface AssignmentInput {
  instrument: string;
  cadence: 'interval' | 'phase';
  intervalDays?: number | null;
  phase?: 'acute' | 'stable' | null;
  beforeVisit?: boolean;
  startDate?: string;
}

export type AssignmentChange = Partial<Omit<AssignmentInput, 'instrument' | 'startDate'>> & {
  active?: boolean;
};

/** Self-report scales a patient can answer in the portal (the clinical registry's names). */
export const ASSIGNABLE_INSTRUMENTS = [
  'PHQ-9',
  'GAD-7',
  'PHQ-2',
  'GAD-2',
  'ISI',
  'PCL-5',
  'ASRS',
  'MDQ',
  'AUDIT-C',
  'DAST-10',
] as const;

// ——— Calls ———

export const monitoringApi = {
  async observations(patientId: string, signal?: AbortSignal): Promise<Observation[]> {
    const page = await apiRequest<{ items: Observation[] }>('GET', `${patientPath(patientId)}/observations`, {
      signal,
    });
    return page.items;
  },

  recordObservation(patientId: string, input: ObservationInput): Promise<RecordedObservation> {
    return apiRequest<RecordedObservation>('POST', `${patientPath(patientId)}/observations`, { body: input });
  },

  enteredInError(patientId: string, observationId: string, reason: string): Promise<Observation> {
    return apiRequest<Observation>(
      'POST',
      `${patientPath(patientId)}/observations/${encodeURIComponent(observationId)}/entered-in-error`,
      { body: { reason } },
    );
  },

  schedule(patientId: string, signal?: AbortSignal): Promise<MonitoringSchedule> {
    return apiRequest<MonitoringSchedule>('GET', `${patientPath(patientId)}/monitoring`, { signal });
  },

  async assignments(patientId: string, signal?: AbortSignal): Promise<ScaleAssignment[]> {
    const page = await apiRequest<{ items: ScaleAssignment[] }>(
      'GET',
      `${patientPath(patientId)}/scale-assignments`,
      { signal },
    );
    return page.items;
  },

  assign(patientId: string, input: AssignmentInput): Promise<ScaleAssignment> {
    return apiRequest<ScaleAssignment>('POST', `${patientPath(patientId)}/scale-assignments`, {
      body: input,
    });
  },

  changeAssignment(
    patientId: string,
    assignment: Pick<ScaleAssignment, 'id' | 'version'>,
    change: AssignmentChange,
  ): Promise<ScaleAssignment> {
    return apiRequest<ScaleAssignment>(
      'PATCH',
      `${patientPath(patientId)}/scale-assignments/${encodeURIComponent(assignment.id)}`,
      { body: change, headers: { 'If-Match': etagOf(assignment.version) } },
    );
  },
};
