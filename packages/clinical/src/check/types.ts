import type { Drug } from '../formulary/types.js';
import type { PgxRecommendation, ResolvedPgx } from '../pgx/types.js';
import type {
  AlertAction,
  AlertCategory,
  PgxInput,
  Severity,
  Source,
  SourceId,
  Unrecognized,
} from '../types.js';

/** Bad input to `check` (the CLI exits 2 with this message; the server answers 400). */
export class CheckInputError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'CheckInputError';
    this.field = field;
  }
}

export interface CheckOptions {
  /** Today's date (ISO), used when the input has no `asOf`. The engine never reads a clock. */
  today?: string;
}

/**
 * One period of the controlled-substance telemedicine policy. Periods are data so a clinic (or a
 * future extension or final rule) can change them without code: `createChecker({ telemedicinePolicy })`.
 */
export interface TelemedicinePolicyPeriod {
  /** First day the period applies (ISO, inclusive). */
  from: string;
  /** Last day the period applies (ISO, inclusive); null = open-ended. */
  to: string | null;
  /**
   * `flexibility`: prescribing without a prior in-person evaluation is allowed under the stated
   * conditions; `in-person-required`: the Ryan Haight Act in-person evaluation is required.
   */
  rule: 'flexibility' | 'in-person-required';
  severity: Severity;
  title: string;
  detail: string;
  recommendation: string;
  /**
   * Drugs exempt from the in-person requirement in this period (generic names), with the
   * severity and text used for them instead (e.g. buprenorphine for opioid use disorder).
   */
  exemptions?: Array<{
    drugs: string[];
    severity: Severity;
    detail: string;
    recommendation: string;
    sources: SourceId[];
  }>;
  sources: SourceId[];
}

export interface TelemedicinePolicy {
  periods: TelemedicinePolicyPeriod[];
}

/** Pharmacogenomic knowledge the checker consults (default: the `pgx` module). */
export interface PgxProvider {
  resolve(inputs: PgxInput[]): ResolvedPgx;
  recommend(
    drug: string,
    resolved: ResolvedPgx,
    context: { age?: number; weightKg?: number },
  ): PgxRecommendation[];
}

/** One interpreted lab or ECG result (the monitoring module's reading, reduced to what the check needs). */
export interface LabInterpretation {
  /** Display name of the test, e.g. "Lithium". */
  name: string;
  /** Value and unit as interpreted (canonical unit). */
  value: number;
  unit: string;
  /** Named band, e.g. `toxic-risk`, `mild-neutropenia`. */
  band: string;
  /** Null when the value is in the expected range. */
  severity: Severity | null;
  message: string;
  recommendation: string;
  action: AlertAction;
  sources: SourceId[];
}

export interface LabInterpretContext {
  /** Active drugs (generic names): the interpretation is tailored to them (lithium, clozapine…). */
  drugs: string[];
  sex?: 'female' | 'male';
  age?: number;
  benignEthnicNeutropenia?: boolean;
}

/** Lab result interpretation the checker consults (default: the monitoring module). */
export interface LabInterpreter {
  /** `test` is the check's lab id; `value` is in the canonical unit. Null when not interpretable. */
  interpret(test: string, value: number, context: LabInterpretContext): LabInterpretation | null;
}

/** Everything the checker knows. `createChecker` takes a partial override of the default. */
export interface CheckKnowledge {
  drugs: readonly Drug[];
  /** Citation registry used to turn source ids into human-readable citations. */
  sources: ReadonlyMap<SourceId, Source>;
  pgx: PgxProvider;
  labs: LabInterpreter;
  telemedicinePolicy: TelemedicinePolicy;
}

/** Internal alert before sources are resolved and duplicates merged. */
export interface Finding {
  code: string;
  category: AlertCategory;
  severity: Severity;
  drugs: string[];
  title: string;
  detail: string;
  recommendation: string;
  action: AlertAction;
  maxDailyDose: number | null;
  sources: SourceId[];
  /**
   * Deduplication key: one alert per mechanism per drug set (highest severity wins). Defaults to
   * the code. Specific rules that restate a generic mechanism share its key and a higher priority.
   */
  mechanism?: string;
  /** Tie-breaker between findings with the same mechanism and severity (higher wins). */
  priority?: number;
}

export type { Unrecognized };
