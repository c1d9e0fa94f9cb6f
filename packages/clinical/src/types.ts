/**
 * Shared vocabulary of the clinical engine. Every module speaks these types; the server and CLI
 * only ever see them through the package's public index.
 */

/** Key into the source registry (`SOURCES`); every drug entry and rule cites at least one. */
export type SourceId = string;

export interface Source {
  id: SourceId;
  /** A citation a clinician can look up: authors or body, title, journal or document, year. */
  citation: string;
  kind: 'label' | 'guideline' | 'paper' | 'regulation' | 'database' | 'consensus' | 'textbook';
  /** Where to read it (optional: not every source has a stable public address). */
  url?: string;
}

/** Alert severity (design.md). CDS Hooks: contraindicated/major → critical, moderate → warning, minor/info → info. */
export type Severity = 'contraindicated' | 'major' | 'moderate' | 'minor' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = {
  contraindicated: 4,
  major: 3,
  moderate: 2,
  minor: 1,
  info: 0,
};

export type AlertCategory =
  | 'interaction'
  | 'duplication'
  | 'allergy'
  | 'contraindication'
  | 'dose'
  | 'pharmacogenomic'
  | 'substance'
  | 'lab'
  | 'age'
  | 'pregnancy'
  | 'regulatory'
  | 'monitoring';

export type AlertAction =
  | 'avoid'
  | 'use-alternative'
  | 'reduce-dose'
  | 'increase-dose'
  | 'monitor'
  | 'use-standard';

export interface Alert {
  /** Stable machine code, e.g. `interaction.serotonin-syndrome`. */
  code: string;
  category: AlertCategory;
  severity: Severity;
  /** Generic names, lower case. */
  drugs: string[];
  title: string;
  detail: string;
  recommendation: string;
  action: AlertAction;
  /** Daily cap in mg where one applies, else null. */
  maxDailyDose: number | null;
  /** Human-readable citations (resolved from source ids). */
  sources: string[];
}

export interface Unrecognized {
  kind: 'drug' | 'condition' | 'allergy' | 'substance' | 'lab' | 'gene';
  input: string;
  suggestions: string[];
}

export interface CheckResult {
  alerts: Alert[];
  unrecognized: Unrecognized[];
}

// ---------------------------------------------------------------------------------------------
// Check input (the `titrate check` document, design.md)
// ---------------------------------------------------------------------------------------------

export type SubstanceStatus = 'current' | 'withdrawal' | 'recently-stopped' | 'past';

export interface SubstanceUse {
  substance: string;
  status: SubstanceStatus;
  disorder?: boolean;
}

export interface PgxInput {
  gene: string;
  diplotype?: string;
  phenotype?: string;
  allele?: string;
  result?: 'positive' | 'negative';
}

export interface LabInput {
  test: string;
  value: number;
  unit?: string;
  date?: string;
}

export interface VitalsInput {
  qtcMs?: number;
  systolic?: number;
  diastolic?: number;
  heartRate?: number;
  weightKg?: number;
  bmi?: number;
}

export interface SettingInput {
  telehealth?: boolean;
  inPersonEvaluationDone?: boolean;
}

export interface PatientInput {
  age?: number;
  sex?: 'female' | 'male';
  pregnant?: boolean;
  breastfeeding?: boolean;
  weightKg?: number;
  conditions?: string[];
  allergies?: string[];
  substances?: SubstanceUse[];
  pgx?: PgxInput[];
  labs?: LabInput[];
  vitals?: VitalsInput;
  setting?: SettingInput;
}

export interface MedicationInput {
  /** Generic name, brand name, RxNorm ingredient code, or ingredients joined with `/`. */
  drug: string;
  dose?: number;
  unit?: string;
  frequency?: string;
  refills?: number;
  /** ISO date the medication was stopped; it still counts for washout rules until washout passes. */
  stoppedOn?: string;
}

export interface CheckInput {
  /** ISO date; defaults to today. */
  asOf?: string;
  patient?: PatientInput;
  current?: MedicationInput[];
  proposed?: MedicationInput[];
}
