/**
 * Medication-trial assessment: was each trial adequate (dose within the formulary's therapeutic
 * range, long enough at that dose), what was its outcome, and do the adequate antidepressant trials
 * meet the usual definition of treatment-resistant depression (TRD) for a prior authorization.
 */

import { findDrug } from '../formulary/index.js';
import type { SourceId } from '../types.js';

/** Weeks at an adequate dose when the formulary gives the drug no trial length (APA MDD: 4-8). */
export const DEFAULT_ADEQUATE_TRIAL_WEEKS = 6;
/** Failed adequate antidepressant trials that define TRD (Gaynes 2020). */
export const TRD_MIN_FAILED_TRIALS = 2;

export type TrialOutcome = 'remission' | 'response' | 'partial' | 'none' | 'stopped-side-effects' | 'unknown';

export interface TrialInput {
  drug: string;
  /** Highest daily dose in mg reached and held during the trial. */
  dailyMg: number | null;
  /** Weeks taken at that dose. */
  weeks: number | null;
  /** Outcome as recorded; derived from the PHQ-9 scores when both are given and this is absent. */
  outcome?: TrialOutcome | null;
  phq9Before?: number | null;
  phq9After?: number | null;
  /** Where the trial came from (an evaluation's history, an order), passed through untouched. */
  source?: string;
  reference?: string | null;
}

export interface AssessedTrial extends TrialInput {
  /** The formulary name, or null when the drug is not in the formulary. */
  formularyDrug: string | null;
  antidepressant: boolean;
  adequateDose: boolean;
  adequateDuration: boolean;
  /** Adequate dose and adequate duration. */
  adequate: boolean;
  outcome: TrialOutcome;
  /** Dose range and weeks the trial was judged against. */
  range: { minDailyMg: number; maxDailyMg: number | null; weeks: number } | null;
  /** Plain reasons a trial is not adequate (empty when it is). */
  reasons: string[];
}

export interface TrialAssessment {
  trials: AssessedTrial[];
  /** Adequate antidepressant trials (the prior-authorization list). */
  adequateTrials: AssessedTrial[];
  /** Adequate antidepressant trials without remission or response (partial, none or unknown). */
  failedAdequateTrials: AssessedTrial[];
  treatmentResistant: boolean;
  summary: string;
  sources: SourceId[];
}

/** Outcome from PHQ-9 before/after: remission < 5, response ≥ 50 % fall, partial 25-49 %. */
export function outcomeFromScores(before: number, after: number): TrialOutcome {
  if (after < 5) return 'remission';
  if (before <= 0) return 'none';
  const fall = (before - after) / before;
  if (fall >= 0.5) return 'response';
  if (fall >= 0.25) return 'partial';
  return 'none';
}

export function assessTrial(input: TrialInput): AssessedTrial {
  const drug = findDrug(input.drug);
  const reasons: string[] = [];
  let outcome: TrialOutcome = input.outcome ?? 'unknown';
  if (!input.outcome && input.phq9Before != null && input.phq9After != null) {
    outcome = outcomeFromScores(input.phq9Before, input.phq9After);
  }
  if (!drug) {
    return {
      ...input,
      formularyDrug: null,
      antidepressant: false,
      adequateDose: false,
      adequateDuration: false,
      adequate: false,
      outcome,
      range: null,
      reasons: [`${input.drug} is not in the formulary, so its dose cannot be judged.`],
    };
  }
  const min = drug.dose.minEffectiveDailyMg ?? drug.dose.usualDailyMg.min;
  const max = drug.dose.maxDailyMg;
  const weeks = drug.dose.adequateTrialWeeks ?? DEFAULT_ADEQUATE_TRIAL_WEEKS;
  const antidepressant = drug.classes.includes('antidepressant');
  const adequateDose =
    drug.dose.nonDailyRoute === undefined &&
    input.dailyMg !== null &&
    input.dailyMg >= min &&
    (max === null || input.dailyMg <= max);
  const adequateDuration = input.weeks !== null && input.weeks >= weeks;
  if (input.dailyMg === null) reasons.push('The dose is not recorded.');
  else if (!adequateDose) {
    reasons.push(
      `${input.dailyMg} mg/day is outside the therapeutic range (${min}${max === null ? '+' : `-${max}`} mg/day).`,
    );
  }
  if (input.weeks === null) reasons.push('The duration is not recorded.');
  else if (!adequateDuration) reasons.push(`${input.weeks} weeks is shorter than the ${weeks} weeks needed.`);
  if (!antidepressant) reasons.push(`${drug.name} is not an antidepressant.`);
  return {
    ...input,
    formularyDrug: drug.name,
    antidepressant,
    adequateDose,
    adequateDuration,
    adequate: adequateDose && adequateDuration,
    outcome,
    range: { minDailyMg: min, maxDailyMg: max, weeks },
    reasons,
  };
}

/** Judges every trial and whether the adequate antidepressant trials meet the TRD definition. */
export function assessTrials(inputs: readonly TrialInput[]): TrialAssessment {
  const trials = inputs.map(assessTrial);
  const adequateTrials = trials.filter((t) => t.adequate && t.antidepressant);
  const failedAdequateTrials = adequateTrials.filter(
    (t) => t.outcome !== 'remission' && t.outcome !== 'response',
  );
  const treatmentResistant = failedAdequateTrials.length >= TRD_MIN_FAILED_TRIALS;
  const summary = treatmentResistant
    ? `${failedAdequateTrials.length} adequate antidepressant trials without response: meets the definition of treatment-resistant depression (at least ${TRD_MIN_FAILED_TRIALS}).`
    : `${failedAdequateTrials.length} adequate antidepressant trial${failedAdequateTrials.length === 1 ? '' : 's'} without response; treatment-resistant depression needs at least ${TRD_MIN_FAILED_TRIALS}.`;
  return {
    trials,
    adequateTrials,
    failedAdequateTrials,
    treatmentResistant,
    summary,
    sources: ['trd-gaynes-2020', 'trd-rush-2006-stard', 'fa-apa-mdd-2010', 'scales-cms159'],
  };
}
