import type { AlertAction, Severity, SourceId } from '../types.js';

/** Metabolizer genes the engine interprets from a diplotype. */
export type MetabolizerGene = 'CYP2D6' | 'CYP2C19' | 'CYP2B6' | 'CYP2C9';

/** HLA alleles with prescribing rules (carbamazepine/oxcarbazepine/phenytoin, allopurinol). */
export type HlaAllele = 'HLA-B*15:02' | 'HLA-A*31:01' | 'HLA-B*58:01';

export type HlaResult = 'positive' | 'negative';

/** Phenotype vocabulary in CPIC's words (design.md, `titrate pgx`). */
export type PgxPhenotype =
  | 'ultrarapid metabolizer'
  | 'rapid metabolizer'
  | 'normal metabolizer'
  | 'likely intermediate metabolizer'
  | 'intermediate metabolizer'
  | 'likely poor metabolizer'
  | 'poor metabolizer'
  | 'indeterminate';

export const PGX_PHENOTYPES: readonly PgxPhenotype[] = [
  'ultrarapid metabolizer',
  'rapid metabolizer',
  'normal metabolizer',
  'likely intermediate metabolizer',
  'intermediate metabolizer',
  'likely poor metabolizer',
  'poor metabolizer',
  'indeterminate',
];

/** `titrate pgx GENE DIPLOTYPE` output. */
export interface DiplotypeInterpretation {
  gene: MetabolizerGene;
  /** Normalised diplotype, e.g. `*1/*2x2`. */
  diplotype: string;
  /**
   * CPIC activity score (CYP2D6, CYP2C9); null for genes CPIC translates by allele function
   * (CYP2C19, CYP2B6) and whenever the phenotype is indeterminate. For duplications of unknown
   * or ≥3 copy number this is the lower bound (CPIC writes such scores as "≥").
   */
  activityScore: number | null;
  phenotype: PgxPhenotype;
}

/** Output of `resolvePgx`: one phenotype per gene plus HLA carrier status. */
export interface ResolvedPgx {
  phenotypes: Map<MetabolizerGene, PgxPhenotype>;
  /** Activity scores where a diplotype was given for a gene that uses them (CYP2D6, CYP2C9). */
  activityScores: Map<MetabolizerGene, number>;
  hla: Partial<Record<HlaAllele, HlaResult>>;
  /** Inputs that could not be interpreted (unknown gene, unreadable diplotype or phenotype…). */
  unrecognized: string[];
}

/** CPIC strength of recommendation, or `label` for an FDA-label instruction. */
export type RecommendationStrength = 'strong' | 'moderate' | 'optional' | 'label';

export interface PgxRecommendation {
  /** Generic drug name, lower case. */
  drug: string;
  /** Gene or genes the recommendation rests on, e.g. `CYP2C19` or `CYP2C19+CYP2D6` or `HLA-B*15:02`. */
  gene: string;
  /** The patient's phenotype(s) the rule matched, e.g. `poor metabolizer` or `positive`. */
  phenotype: string;
  severity: Severity;
  action: AlertAction;
  title: string;
  detail: string;
  recommendation: string;
  /** Daily cap in mg where the source gives one, else null. */
  maxDailyDose: number | null;
  /** Fraction of the usual dose the source recommends (0.5 = half), else null. */
  doseFactor: number | null;
  strength: RecommendationStrength;
  sources: SourceId[];
}

export interface PgxContext {
  age?: number;
  weightKg?: number;
}

/** Bad `pgx` input (CLI exits 2 with this message). `field` names the offending field. */
export class PgxInputError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'PgxInputError';
    this.field = field;
  }
}
