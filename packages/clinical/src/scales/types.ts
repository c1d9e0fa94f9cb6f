/**
 * Vocabulary of the rating-scale module (measurement-based care). Instruments are typed data;
 * the scoring engine (`score.ts`) and the change/series interpretation (`change.ts`) read it.
 */

import type { SourceId } from '../types.js';

/** The instrument names the CLI and API accept (matched case-insensitively, see `getInstrument`). */
export type InstrumentId =
  | 'PHQ-9'
  | 'PHQ-2'
  | 'GAD-7'
  | 'GAD-2'
  | 'C-SSRS'
  | 'AUDIT-C'
  | 'DAST-10'
  | 'ASRS'
  | 'MDQ'
  | 'PCL-5'
  | 'ISI'
  | 'AIMS';

/**
 * One answer as it arrives from the CLI or the API: the item score as a number or numeric string,
 * an answer token (`yes`, `no`, `recent`, `past`, `none`, `minor`, `moderate`, `serious`), the
 * option's label or its LOINC answer code (all case-insensitive), a boolean for yes/no items, or
 * `null` for an unanswered item. The strings `''`, `'-'` and `'null'` also mean unanswered.
 */
export type ScaleAnswer = number | string | boolean | null;

export interface ScaleAnswerOption {
  /** Answer token, e.g. `'2'`, `'yes'`, `'recent'`, `'moderate'`. */
  value: string;
  /** Wording shown to the patient or clinician. */
  label: string;
  /** Points this answer contributes (after any reverse scoring). */
  points: number;
  /** The number that selects this option when answers are given as numbers (yes = 1, no = 0), or null. */
  numeric: number | null;
  /** LOINC answer code where one exists. */
  loinc: string | null;
}

export interface InstrumentItem {
  /** 1-based position in the answer list. */
  number: number;
  /** Item label as printed on the form (e.g. `'9'`, `'1a'`, `'6 (when)'`). */
  label: string;
  /** Our own short wording of the validated item, for display in the patient portal. */
  text: string;
  /** LOINC item code where one exists. */
  loinc: string | null;
  options: readonly ScaleAnswerOption[];
  /** Counts toward the total score. */
  scored: boolean;
  /** May be left off the end of the answer list (e.g. the PHQ-9 difficulty question). */
  optional: boolean;
  /** A positive answer needs clinician action whatever the total (PHQ-9 item 9, C-SSRS). */
  critical: boolean;
  /** Scored in reverse (DAST-10 item 3: "no" scores 1). */
  reverseScored?: boolean;
  /** Conditional items: when the item is asked, in plain words. */
  askedWhen?: string;
  /** ASRS Part A: the lowest option value (0-4) that falls in the shaded zone. */
  shadedFrom?: number;
  /** PCL-5 DSM-5 symptom cluster (B, C, D or E). */
  cluster?: 'B' | 'C' | 'D' | 'E';
}

/** A severity band over the total score, both ends inclusive. */
export interface ScoreBand {
  min: number;
  max: number;
  label: string;
}

export interface ScaleCutPoint {
  /**
   * The threshold the rule compares against, when sex is not considered: the total for sum-scored
   * instruments, the shaded-answer count (ASRS), the "yes" count of question 1 (MDQ), or the
   * single-area rating (AIMS). `rule` states the full rule.
   */
  atLeast: number;
  /** Sex-specific cut-points (AUDIT-C). */
  female?: number;
  male?: number;
  /** The rule in plain words. */
  rule: string;
  sources: SourceId[];
}

export type ScaleResponseRule =
  | { kind: 'percent-drop'; percent: number; sources: SourceId[] }
  | { kind: 'point-drop'; points: number; sources: SourceId[] };

/** Measurement-based-care conventions used by `interpretChange` and `interpretSeries`. */
export interface ScaleChangeRules {
  /** Smallest change in total points treated as reliable (real, not measurement noise). */
  reliableChange: { points: number; sources: SourceId[] } | null;
  response: ScaleResponseRule | null;
  /** Remission when the current total is strictly below this value. */
  remission: { below: number; sources: SourceId[] } | null;
  /** Why a rule is absent or how it was chosen. */
  note: string;
}

export type InstrumentPurpose = 'severity' | 'screen' | 'risk-triage' | 'clinician-rating';

export interface Instrument {
  id: InstrumentId;
  title: string;
  /** Extra names accepted by `getInstrument` (compared without case, spaces or punctuation). */
  aliases: readonly string[];
  purpose: InstrumentPurpose;
  administration: 'self-report' | 'clinician' | 'self-report or interview';
  /** The period the answers cover, in plain words. */
  lookBack: string;
  /** Instructions shown before the items, in plain words. */
  instructions: string;
  items: readonly InstrumentItem[];
  loinc: { panel: string | null; total: string | null };
  /** Range of `total`, or null when the instrument has no total (C-SSRS). */
  totalRange: { min: number; max: number } | null;
  /** What `total` means for this instrument. */
  totalDescription: string;
  bands: readonly ScoreBand[];
  /** The positive-screen rule, or null when `positive` does not apply. */
  cutPoint: ScaleCutPoint | null;
  /** Item numbers whose positive answer raises a flag regardless of the total. */
  criticalItems: readonly number[];
  /** How unanswered items are handled, in plain words. */
  missingAnswers: string;
  change: ScaleChangeRules;
  sources: SourceId[];
}

export interface InstrumentSummary {
  id: InstrumentId;
  title: string;
  purpose: InstrumentPurpose;
  itemCount: number;
  lookBack: string;
}

/**
 * Flag severity vocabulary of the scales module:
 * - `critical`: act the same day (suicide-risk answers, high C-SSRS risk).
 * - `warning`: needs a clinician task (moderate/low C-SSRS risk, positive MDQ, probable TD,
 *   unanswered safety item).
 * - `info`: interpretation help (positive screening result, assumed cut-point).
 */
export type ScaleFlagSeverity = 'critical' | 'warning' | 'info';

export interface ScaleFlag {
  code: string;
  /** Item number the flag is about, or null. */
  item: number | null;
  severity: ScaleFlagSeverity;
  message: string;
}

/** C-SSRS screener triage level. No risk identified on the screen is `risk: null`. */
export type SuicideRisk = 'low' | 'moderate' | 'high';

/** Output of `scoreInstrument` (design.md: `titrate score`). Fields that do not apply are null. */
export interface ScoreResult {
  instrument: InstrumentId;
  total: number | null;
  band: string | null;
  positive: boolean | null;
  risk: SuicideRisk | null;
  flags: ScaleFlag[];
  /** Every required item answered. */
  complete: boolean;
}

export interface ScoreOptions {
  sex?: 'female' | 'male';
}

export type ReliableChange = 'improved' | 'worsened' | 'none';

/** Output of `interpretChange` (design.md: `titrate change`). */
export interface ScoreChange {
  /** (current − baseline) / baseline × 100, one decimal; negative = fewer symptoms. Null when baseline is 0. */
  percentChange: number | null;
  response: boolean | null;
  remission: boolean | null;
  reliableChange: ReliableChange | null;
}

export interface ScoreSeriesPoint {
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  total: number;
}

export type ScoreTrend = 'improving' | 'worsening' | 'stable';

export interface ScoreSeriesInterpretation {
  /** Earliest score (the series is ordered by date first). */
  baseline: ScoreSeriesPoint;
  /** Most recent score. */
  latest: ScoreSeriesPoint;
  /** Lowest (best) score in the series; the earliest one on ties. */
  best: ScoreSeriesPoint;
  percentChange: number | null;
  response: boolean | null;
  remission: boolean | null;
  reliableChange: ReliableChange | null;
  /** Latest is worse than baseline by at least the reliable-change threshold. */
  reliableWorsening: boolean | null;
  /** Latest is worse than the best earlier score by at least the threshold (relapse after improvement). */
  worsenedFromBest: boolean | null;
  /** The two most recent scores are both in remission. */
  sustainedRemission: boolean | null;
  /** Direction from the previous score to the latest; null with a single score. */
  trend: ScoreTrend | null;
}
