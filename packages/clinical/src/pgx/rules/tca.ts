/**
 * CPIC tricyclic antidepressant guideline, 2016 update (Hicks et al. 2017). Amitriptyline and
 * nortriptyline carry the graded recommendations; CPIC extends them to the other TCAs
 * (clomipramine, desipramine, doxepin, imipramine, trimipramine) as optional. CYP2C19 matters only
 * for the tertiary amines (amitriptyline, clomipramine, doxepin, imipramine, trimipramine). The
 * recommendations apply to the higher starting doses used for depression; low doses (e.g. for
 * neuropathic pain) are less affected.
 */

import type { PgxPhenotype, PgxRecommendation, RecommendationStrength } from '../types.js';
import {
  baseOf,
  capitalize,
  type PgxRule,
  phenotypeOf,
  type RecommendationBody,
  type RuleInput,
  recommendation,
} from './shared.js';

const TCA = 'pgx-cpic-tca-2016';

const TERTIARY = ['amitriptyline', 'clomipramine', 'doxepin', 'imipramine', 'trimipramine'] as const;
const SECONDARY = ['nortriptyline', 'desipramine'] as const;
/** Drugs with CPIC's graded (level A) recommendations; the others inherit them as optional. */
const GRADED = new Set(['amitriptyline', 'nortriptyline']);

const LOW_DOSE_NOTE =
  ' The advice applies to depression-range doses; low doses (e.g. for pain) are less affected.';

function cyp2d6Body(
  drug: string,
  d: PgxPhenotype,
  strengthOverride: RecommendationStrength | null,
): RecommendationBody | null {
  const graded = GRADED.has(drug);
  const Drug = capitalize(drug);
  switch (d) {
    case 'ultrarapid metabolizer':
      return {
        severity: 'moderate',
        action: 'use-alternative',
        title: `${Drug}: CYP2D6 ultrarapid metabolizer — avoid (likely ineffective)`,
        detail: `Ultrarapid CYP2D6 metabolism lowers ${drug} levels, so treatment is likely to fail.${LOW_DOSE_NOTE}`,
        recommendation:
          'Avoid the TCA and choose a drug not metabolized by CYP2D6. If a TCA is still warranted, titrate to a ' +
          'higher target dose than usual and guide it with therapeutic drug monitoring.',
        maxDailyDose: null,
        doseFactor: null,
        strength: strengthOverride ?? (graded ? 'strong' : 'optional'),
        sources: [TCA],
      };
    case 'intermediate metabolizer':
      return {
        severity: 'moderate',
        action: 'reduce-dose',
        title: `${Drug}: CYP2D6 intermediate metabolizer — start 25% lower`,
        detail: `Reduced CYP2D6 activity raises ${drug} levels and the risk of side effects.${LOW_DOSE_NOTE}`,
        recommendation:
          'Consider a starting dose 25% below the usual one and use therapeutic drug monitoring to guide changes.',
        maxDailyDose: null,
        doseFactor: 0.75,
        strength: strengthOverride ?? (drug === 'amitriptyline' ? 'moderate' : 'optional'),
        sources: [TCA],
      };
    case 'poor metabolizer':
      return {
        severity: 'major',
        action: 'avoid',
        title: `${Drug}: CYP2D6 poor metabolizer — avoid, or halve the starting dose`,
        detail:
          `Without CYP2D6 activity ${drug} levels rise sharply, increasing anticholinergic, CNS and cardiac ` +
          `(conduction) side effects.${LOW_DOSE_NOTE}`,
        recommendation:
          'Avoid the TCA and choose a drug not metabolized by CYP2D6. If a TCA is warranted, consider a 50% lower ' +
          'starting dose and use therapeutic drug monitoring.',
        maxDailyDose: null,
        doseFactor: 0.5,
        strength: strengthOverride ?? (graded ? 'strong' : 'optional'),
        sources: [TCA],
      };
    default:
      return null;
  }
}

function cyp2c19Body(drug: string, c: PgxPhenotype): RecommendationBody | null {
  const Drug = capitalize(drug);
  if (c === 'ultrarapid metabolizer' || c === 'rapid metabolizer') {
    return {
      severity: 'minor',
      action: 'use-alternative',
      title: `${Drug}: CYP2C19 ${c} — consider a secondary-amine TCA`,
      detail: `Faster CYP2C19 conversion of ${drug} may give a poorer response.${LOW_DOSE_NOTE}`,
      recommendation:
        'Consider a drug not metabolized by CYP2C19 — among TCAs, nortriptyline or desipramine. If ' +
        `${drug} is used, guide the dose with therapeutic drug monitoring.`,
      maxDailyDose: null,
      doseFactor: null,
      strength: 'optional',
      sources: [TCA],
    };
  }
  if (c === 'poor metabolizer') {
    return {
      severity: 'moderate',
      action: 'avoid',
      title: `${Drug}: CYP2C19 poor metabolizer — avoid, or halve the starting dose`,
      detail: `Without CYP2C19 activity ${drug} is converted slowly, so parent-drug levels and side effects rise.${LOW_DOSE_NOTE}`,
      recommendation:
        'Avoid tertiary-amine TCAs; consider a drug not metabolized by CYP2C19 such as nortriptyline or ' +
        `desipramine. If ${drug} is warranted, consider a 50% lower starting dose with therapeutic drug monitoring.`,
      maxDailyDose: null,
      doseFactor: 0.5,
      strength: drug === 'amitriptyline' ? 'moderate' : 'optional',
      sources: [TCA],
    };
  }
  return null;
}

/** Both genes abnormal (CPIC 2016 two-gene table for amitriptyline, applied to tertiary amines). */
function combinedBody(drug: string, c: PgxPhenotype, d: PgxPhenotype): RecommendationBody {
  const Drug = capitalize(drug);
  const cFast = c === 'ultrarapid metabolizer' || c === 'rapid metabolizer';
  if (cFast && d === 'intermediate metabolizer') {
    return {
      severity: 'minor',
      action: 'use-alternative',
      title: `${Drug}: CYP2C19 ${c}, CYP2D6 intermediate — consider a drug not metabolized by CYP2C19`,
      detail: `Faster CYP2C19 conversion with reduced CYP2D6 clearance makes ${drug} levels hard to predict.${LOW_DOSE_NOTE}`,
      recommendation:
        'Consider a drug not metabolized by CYP2C19; if a tertiary-amine TCA is used, guide it with therapeutic ' +
        'drug monitoring.',
      maxDailyDose: null,
      doseFactor: null,
      strength: 'optional',
      sources: [TCA],
    };
  }
  const toxic = d === 'poor metabolizer';
  return {
    severity: toxic ? 'major' : 'moderate',
    action: 'avoid',
    title: `${Drug}: CYP2C19 ${c} and CYP2D6 ${d} — avoid`,
    detail: `Both enzymes that clear ${drug} are abnormal, so its levels cannot be predicted safely.${LOW_DOSE_NOTE}`,
    recommendation: `Avoid ${drug}; choose an antidepressant not metabolized by CYP2D6 or CYP2C19.`,
    maxDailyDose: null,
    doseFactor: null,
    strength: 'optional',
    sources: [TCA],
  };
}

function evaluateTca({ drug, resolved }: RuleInput): PgxRecommendation[] {
  const tertiary = (TERTIARY as readonly string[]).includes(drug);
  const d = baseOf(resolved, 'CYP2D6');
  const c = tertiary ? baseOf(resolved, 'CYP2C19') : undefined;
  const dRaw = phenotypeOf(resolved, 'CYP2D6');
  const cRaw = phenotypeOf(resolved, 'CYP2C19');
  const dAbnormal = d !== undefined && d !== 'normal metabolizer';
  const cAbnormal = c === 'ultrarapid metabolizer' || c === 'rapid metabolizer' || c === 'poor metabolizer';

  if (d && c && dAbnormal && cAbnormal) {
    return [
      recommendation(drug, 'CYP2C19+CYP2D6', `CYP2C19 ${cRaw}; CYP2D6 ${dRaw}`, combinedBody(drug, c, d)),
    ];
  }
  if (d && dAbnormal) {
    // With CYP2C19 intermediate the two-gene table rates the CYP2D6-based advice as optional.
    const override: RecommendationStrength | null =
      tertiary && c === 'intermediate metabolizer' ? 'optional' : null;
    const body = cyp2d6Body(drug, d, override);
    return body ? [recommendation(drug, 'CYP2D6', dRaw ?? d, body)] : [];
  }
  if (c && cAbnormal) {
    const body = cyp2c19Body(drug, c);
    return body ? [recommendation(drug, 'CYP2C19', cRaw ?? c, body)] : [];
  }
  return [];
}

export const TCA_RULES: readonly PgxRule[] = [
  { id: 'cpic-tca', drugs: [...TERTIARY, ...SECONDARY], evaluate: evaluateTca },
];
