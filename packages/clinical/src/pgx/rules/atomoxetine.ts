/**
 * CPIC atomoxetine guideline (Brown et al. 2019) with the Strattera label. CPIC keys the advice on
 * the CYP2D6 activity score: scores of 1.0 and above (normal and ultrarapid metabolizers, and
 * intermediate metabolizers at exactly 1.0) get the standard titration, so they get no alert.
 * Poor metabolizers and intermediate metabolizers below 1.0 get a slower, level-guided titration.
 * When only the phenotype "intermediate metabolizer" is known (no score), the alert says so.
 */

import type { PgxRecommendation } from '../types.js';
import { type PgxRule, phenotypeOf, type RuleInput, recommendation } from './shared.js';

const SOURCES = ['pgx-cpic-atomoxetine-2019', 'pgx-label-atomoxetine'];

function adultText(): string {
  return (
    'Adults: start at 40 mg/day and raise to 80 mg/day only if, after 2 weeks, symptoms have not improved and ' +
    'there are no side effects (the FDA label waits 4 weeks in known poor metabolizers). If response is still ' +
    'inadequate, a plasma level 2–4 hours after the dose can guide further increases: if it is below 200 ng/mL, ' +
    'raise the dose proportionally toward about 400 ng/mL. Lower the dose if side effects appear.'
  );
}

function childText(): string {
  return (
    'Children and adolescents: start at 0.5 mg/kg/day and raise to 1.2 mg/kg/day only if, after 2 weeks, ' +
    'symptoms have not improved and there are no side effects (the FDA label waits 4 weeks in known poor ' +
    'metabolizers up to 70 kg). If response is still inadequate, use a post-dose plasma level to guide ' +
    'further increases (below 200 ng/mL: raise proportionally toward about 400 ng/mL). Lower the dose if side ' +
    'effects appear.'
  );
}

function evaluate({ drug, resolved, context }: RuleInput): PgxRecommendation[] {
  const phenotype = phenotypeOf(resolved, 'CYP2D6');
  if (!phenotype) return [];
  const score = resolved.activityScores.get('CYP2D6');
  const poor = phenotype === 'poor metabolizer';
  const lowIntermediate = phenotype === 'intermediate metabolizer' && score !== undefined && score < 1;
  const intermediateNoScore = phenotype === 'intermediate metabolizer' && score === undefined;
  if (!poor && !lowIntermediate && !intermediateNoScore) return [];

  const age = context.age;
  const dosing = age === undefined ? `${adultText()} ${childText()}` : age < 18 ? childText() : adultText();
  const label = score === undefined ? phenotype : `${phenotype} (activity score ${score})`;
  return [
    recommendation(drug, 'CYP2D6', label, {
      severity: intermediateNoScore ? 'minor' : 'moderate',
      action: 'monitor',
      title: poor
        ? 'Atomoxetine: CYP2D6 poor metabolizer — slow, level-guided titration'
        : 'Atomoxetine: CYP2D6 intermediate metabolizer — slow titration if activity score is below 1',
      detail:
        'Low CYP2D6 activity gives much higher atomoxetine exposure, with more side effects but also a better ' +
        'chance of response at a given dose.' +
        (intermediateNoScore
          ? ' CPIC uses the standard titration at activity score 1.0 and the slow one below 1.0; the score is not known here.'
          : ''),
      recommendation: dosing,
      maxDailyDose: null,
      doseFactor: null,
      strength: 'moderate',
      sources: SOURCES,
    }),
  ];
}

export const ATOMOXETINE_RULES: readonly PgxRule[] = [
  { id: 'cpic-atomoxetine', drugs: ['atomoxetine'], evaluate },
];
