/**
 * Normalised view of one check document: the patient (conditions, substances, labs, genotype,
 * derived risk states) and the medications resolved to formulary drugs.
 */
import type { Drug } from '../formulary/types.js';
import type { ResolvedPgx } from '../pgx/types.js';
import type { MedicationInput, SettingInput } from '../types.js';
import type { ConditionId } from './conditions.js';
import type { Release } from './drugs.js';
import type { ParsedFrequency } from './frequency.js';
import type { LabId, LabValue } from './labs.js';
import type { DrugProfile } from './profile.js';
import type { ResolvedSubstances } from './substances.js';

export interface Medication {
  input: MedicationInput;
  list: 'current' | 'proposed';
  index: number;
  /** Display string the prescriber wrote. */
  label: string;
  components: Component[];
  /** Active (current and not stopped, or proposed). */
  active: boolean;
  /** Day number the medication was stopped (only for inactive current entries). */
  stoppedDay: number | null;
  release: Release;
  frequency: ParsedFrequency | null;
  /** Daily dose in mg when it can be computed (single-ingredient products only). */
  dailyMg: number | null;
  /** Why no daily dose could be computed although a dose was given (for an info alert). */
  doseProblem: string | null;
}

export interface Component {
  drug: Drug;
  profile: DrugProfile;
  med: Medication;
}

export interface CheckContext {
  asOf: string;
  asOfDay: number;
  age: number | null;
  sex: 'female' | 'male' | null;
  pregnant: boolean;
  breastfeeding: boolean;
  weightKg: number | null;
  conditions: ReadonlySet<ConditionId>;
  substances: ResolvedSubstances;
  labs: ReadonlyMap<LabId, LabValue>;
  /** eGFR from a result, or computed from creatinine (CKD-EPI 2021) when age and sex are known. */
  egfr: { value: number; computed: boolean } | null;
  qtcMs: number | null;
  /** QTc at or above the sex-specific prolonged threshold (470 ms women, 450 ms men, 460 unknown). */
  qtProlonged: boolean;
  /** Plain-language QT risk factors present (for text and for 'conditional' QT drugs). */
  qtRiskFactors: string[];
  hepaticImpairment: boolean;
  renalImpairment: boolean;
  severeRenalImpairment: boolean;
  pgx: ResolvedPgx;
  setting: SettingInput;
  medications: Medication[];
  active: Component[];
  /** Stopped medications still inside a washout window (MAOI rules). */
  stopped: Component[];
}
