/**
 * CPIC 2023 serotonin reuptake inhibitor guideline (Bousman et al.): citalopram, escitalopram and
 * sertraline (CYP2C19, sertraline also CYP2B6); paroxetine, fluvoxamine, venlafaxine and
 * vortioxetine (CYP2D6). No genotype-based recommendation exists for fluoxetine, duloxetine,
 * desvenlafaxine, levomilnacipran, milnacipran or vilazodone, so they have no rules.
 *
 * Severity policy (all PGx rules): CPIC "strong" → major; "moderate" → moderate; "optional" →
 * minor; rows that keep the usual starting dose (slower titration only) → minor; concerns that are
 * only about lack of efficacy are capped at moderate; FDA-label dose caps → major; FDA-label
 * contraindications → contraindicated. Normal metabolizers get no recommendation.
 */

import type { PgxRecommendation } from '../types.js';
import {
  baseOf,
  capitalize,
  IM,
  type PgxRule,
  PM,
  phenotypeOf,
  RM,
  type RuleInput,
  recommendation,
  singleGeneRule,
  UM,
} from './shared.js';

const SSRI = 'pgx-cpic-ssri-2023';

const citalopramLike: PgxRule = singleGeneRule(
  'cpic-ssri-cyp2c19',
  ['citalopram', 'escitalopram'],
  'CYP2C19',
  [
    {
      phenotypes: UM,
      build: (drug) => ({
        severity: 'moderate',
        action: 'use-alternative',
        title: `${capitalize(drug)}: CYP2C19 ultrarapid metabolizer — consider another antidepressant`,
        detail: `CYP2C19 ultrarapid metabolizers clear ${drug} faster; lower levels make non-response more likely.`,
        recommendation:
          `Prefer an antidepressant not mainly cleared by CYP2C19. If ${drug} is still the right choice and standard ` +
          'maintenance doses are not enough, a higher maintenance dose may be needed' +
          (drug === 'citalopram' ? ' (within the labelled 40 mg/day maximum).' : '.'),
        maxDailyDose: null,
        doseFactor: null,
        strength: 'moderate',
        sources: [SSRI],
      }),
    },
    {
      phenotypes: RM,
      build: (drug) => ({
        severity: 'minor',
        action: 'monitor',
        title: `${capitalize(drug)}: CYP2C19 rapid metabolizer — watch for non-response`,
        detail: `CYP2C19 rapid metabolizers have somewhat lower ${drug} levels than normal metabolizers.`,
        recommendation:
          'Start at the usual dose. If standard maintenance doses do not work, consider a higher maintenance dose ' +
          'or a switch to an antidepressant not mainly cleared by CYP2C19.',
        maxDailyDose: null,
        doseFactor: null,
        strength: 'optional',
        sources: [SSRI],
      }),
    },
    {
      phenotypes: IM,
      build: (drug) => ({
        severity: 'minor',
        action: 'reduce-dose',
        title: `${capitalize(drug)}: CYP2C19 intermediate metabolizer — titrate slowly`,
        detail: `Reduced CYP2C19 activity raises ${drug} levels and with them the chance of side effects.`,
        recommendation:
          'Start at the usual dose, titrate more slowly and aim for a lower maintenance dose than in a normal metabolizer.',
        maxDailyDose: null,
        doseFactor: null,
        strength: 'moderate',
        sources: [SSRI],
      }),
    },
    {
      phenotypes: PM,
      build: (drug) => ({
        severity: 'major',
        action: 'reduce-dose',
        title:
          drug === 'citalopram'
            ? 'Citalopram: CYP2C19 poor metabolizer — maximum 20 mg/day'
            : `${capitalize(drug)}: CYP2C19 poor metabolizer — halve the maintenance dose or choose another drug`,
        detail:
          `Little or no CYP2C19 activity markedly raises ${drug} levels and the risk of side effects` +
          (drug === 'citalopram' ? ', including dose-dependent QT prolongation.' : '.'),
        recommendation:
          `Prefer an antidepressant not mainly cleared by CYP2C19. If ${drug} is used, start lower, titrate slowly and ` +
          'aim for about 50% of the standard maintenance dose' +
          (drug === 'citalopram' ? '; do not exceed 20 mg/day (FDA label).' : '.'),
        maxDailyDose: drug === 'citalopram' ? 20 : null,
        doseFactor: 0.5,
        strength: 'strong',
        sources: drug === 'citalopram' ? [SSRI, 'pgx-label-citalopram', 'pgx-fda-pgx-associations'] : [SSRI],
      }),
    },
  ],
);

/**
 * Sertraline: CYP2C19 carries the main recommendation; CYP2B6 modifies it (CPIC 2023 two-gene
 * table). Where the two genes push in opposite directions (CYP2C19 rapid/ultrarapid with CYP2B6
 * intermediate/poor) CPIC gives no clear adjustment, so no recommendation is made.
 */
function sertraline({ drug, resolved }: RuleInput): PgxRecommendation[] {
  const c = baseOf(resolved, 'CYP2C19');
  const b = baseOf(resolved, 'CYP2B6');
  const cRaw = phenotypeOf(resolved, 'CYP2C19');
  const bRaw = phenotypeOf(resolved, 'CYP2B6');
  const both = `CYP2C19 ${cRaw}; CYP2B6 ${bRaw}`;

  if (c === 'poor metabolizer') {
    if (b === 'poor metabolizer') {
      return [
        recommendation(drug, 'CYP2C19+CYP2B6', both, {
          severity: 'moderate',
          action: 'use-alternative',
          title: 'Sertraline: CYP2C19 and CYP2B6 poor metabolizer — choose another antidepressant',
          detail:
            'Both enzymes that clear sertraline have little or no activity, so levels may be very high.',
          recommendation: 'Choose an antidepressant not mainly cleared by CYP2C19 or CYP2B6.',
          maxDailyDose: null,
          doseFactor: null,
          strength: 'optional',
          sources: [SSRI],
        }),
      ];
    }
    return [
      recommendation(drug, 'CYP2C19', cRaw ?? 'poor metabolizer', {
        severity: 'moderate',
        action: 'reduce-dose',
        title: 'Sertraline: CYP2C19 poor metabolizer — lower dose (about 50%) or another drug',
        detail: 'Little or no CYP2C19 activity raises sertraline levels and the chance of side effects.',
        recommendation:
          'Use a lower starting dose (about half the usual), titrate slowly and aim for a maintenance dose about ' +
          '50% lower than in a normal metabolizer — or choose an antidepressant not mainly cleared by CYP2C19.',
        maxDailyDose: null,
        doseFactor: 0.5,
        strength: 'moderate',
        sources: [SSRI],
      }),
    ];
  }
  if (c === 'intermediate metabolizer') {
    if (b === 'poor metabolizer') {
      return [
        recommendation(drug, 'CYP2C19+CYP2B6', both, {
          severity: 'moderate',
          action: 'reduce-dose',
          title: 'Sertraline: CYP2C19 intermediate and CYP2B6 poor metabolizer — lower dose',
          detail: 'Reduced CYP2C19 activity together with little CYP2B6 activity raises sertraline levels.',
          recommendation:
            'Start lower, titrate slowly and aim for a maintenance dose about 50% lower than in a normal ' +
            'metabolizer, or choose an antidepressant not mainly cleared by CYP2C19 or CYP2B6.',
          maxDailyDose: null,
          doseFactor: 0.5,
          strength: 'optional',
          sources: [SSRI],
        }),
      ];
    }
    return [
      recommendation(drug, 'CYP2C19', cRaw ?? 'intermediate metabolizer', {
        severity: 'minor',
        action: 'reduce-dose',
        title: 'Sertraline: CYP2C19 intermediate metabolizer — titrate slowly',
        detail: 'Reduced CYP2C19 activity modestly raises sertraline levels.',
        recommendation: 'Start at the usual dose; titrate more slowly and consider a lower maintenance dose.',
        maxDailyDose: null,
        doseFactor: null,
        strength: 'optional',
        sources: [SSRI],
      }),
    ];
  }
  if (c === 'rapid metabolizer' || c === 'ultrarapid metabolizer') {
    if (b === 'poor metabolizer' || b === 'intermediate metabolizer') return [];
    return [
      recommendation(drug, 'CYP2C19', cRaw ?? c, {
        severity: 'minor',
        action: 'monitor',
        title: `Sertraline: CYP2C19 ${c} — watch for non-response`,
        detail: 'Faster CYP2C19 clearance lowers sertraline levels somewhat.',
        recommendation:
          'Start at the usual dose. If standard maintenance doses do not work, consider a higher maintenance dose ' +
          'or a switch to an antidepressant not mainly cleared by CYP2C19.',
        maxDailyDose: null,
        doseFactor: null,
        strength: 'optional',
        sources: [SSRI],
      }),
    ];
  }
  // CYP2C19 normal or unknown: CYP2B6 alone decides.
  if (b === 'poor metabolizer') {
    return [
      recommendation(drug, 'CYP2B6', bRaw ?? 'poor metabolizer', {
        severity: 'minor',
        action: 'reduce-dose',
        title: 'Sertraline: CYP2B6 poor metabolizer — lower dose (about 25%)',
        detail: 'Little or no CYP2B6 activity raises sertraline levels.',
        recommendation:
          'Consider a lower starting dose and slower titration, aiming for a maintenance dose about 25% lower than ' +
          'in a normal metabolizer, or an antidepressant not mainly cleared by CYP2B6.',
        maxDailyDose: null,
        doseFactor: 0.75,
        strength: 'optional',
        sources: [SSRI],
      }),
    ];
  }
  if (b === 'intermediate metabolizer') {
    return [
      recommendation(drug, 'CYP2B6', bRaw ?? 'intermediate metabolizer', {
        severity: 'minor',
        action: 'reduce-dose',
        title: 'Sertraline: CYP2B6 intermediate metabolizer — titrate slowly',
        detail: 'Reduced CYP2B6 activity modestly raises sertraline levels.',
        recommendation: 'Start at the usual dose; titrate more slowly and consider a lower maintenance dose.',
        maxDailyDose: null,
        doseFactor: null,
        strength: 'optional',
        sources: [SSRI],
      }),
    ];
  }
  return [];
}

const sertralineRule: PgxRule = { id: 'cpic-ssri-sertraline', drugs: ['sertraline'], evaluate: sertraline };

const paroxetine: PgxRule = singleGeneRule('cpic-ssri-paroxetine', ['paroxetine'], 'CYP2D6', [
  {
    phenotypes: UM,
    build: () => ({
      severity: 'moderate',
      action: 'use-alternative',
      title: 'Paroxetine: CYP2D6 ultrarapid metabolizer — consider another antidepressant',
      detail:
        'Ultrarapid CYP2D6 clearance gives low or undetectable paroxetine levels and a higher chance of non-response.',
      recommendation: 'Choose an antidepressant not mainly cleared by CYP2D6.',
      maxDailyDose: null,
      doseFactor: null,
      strength: 'moderate',
      sources: [SSRI],
    }),
  },
  {
    phenotypes: IM,
    build: () => ({
      severity: 'minor',
      action: 'reduce-dose',
      title: 'Paroxetine: CYP2D6 intermediate metabolizer — start lower, titrate slowly',
      detail: 'Reduced CYP2D6 activity raises paroxetine levels (paroxetine also inhibits CYP2D6 itself).',
      recommendation: 'Consider a lower starting dose and a slower titration than in a normal metabolizer.',
      maxDailyDose: null,
      doseFactor: null,
      strength: 'optional',
      sources: [SSRI],
    }),
  },
  {
    phenotypes: PM,
    build: () => ({
      severity: 'moderate',
      action: 'reduce-dose',
      title: 'Paroxetine: CYP2D6 poor metabolizer — halve the dose',
      detail:
        'Without CYP2D6 activity paroxetine levels are much higher, raising the chance of side effects.',
      recommendation:
        'Consider a 50% lower starting dose, slower titration and a maintenance dose 50% lower than in a normal ' +
        'metabolizer.',
      maxDailyDose: null,
      doseFactor: 0.5,
      strength: 'moderate',
      sources: [SSRI],
    }),
  },
]);

const fluvoxamine: PgxRule = singleGeneRule('cpic-ssri-fluvoxamine', ['fluvoxamine'], 'CYP2D6', [
  {
    phenotypes: PM,
    build: () => ({
      severity: 'minor',
      action: 'reduce-dose',
      title: 'Fluvoxamine: CYP2D6 poor metabolizer — start 25–50% lower',
      detail: 'Without CYP2D6 activity fluvoxamine levels are higher, raising the chance of side effects.',
      recommendation:
        'Consider a starting dose 25–50% lower than usual with slower titration, or an antidepressant not mainly ' +
        'cleared by CYP2D6.',
      maxDailyDose: null,
      doseFactor: null,
      strength: 'optional',
      sources: [SSRI],
    }),
  },
]);

const venlafaxine: PgxRule = singleGeneRule('cpic-ssri-venlafaxine', ['venlafaxine'], 'CYP2D6', [
  {
    phenotypes: PM,
    build: () => ({
      severity: 'minor',
      action: 'use-alternative',
      title: 'Venlafaxine: CYP2D6 poor metabolizer — consider another antidepressant',
      detail:
        'Without CYP2D6 activity little venlafaxine is converted to O-desmethylvenlafaxine; the altered parent-to-' +
        'metabolite ratio has been linked to more side effects.',
      recommendation:
        'Consider an antidepressant not mainly cleared by CYP2D6. If venlafaxine is used, start low and titrate slowly.',
      maxDailyDose: null,
      doseFactor: null,
      strength: 'optional',
      sources: [SSRI],
    }),
  },
]);

const vortioxetine: PgxRule = singleGeneRule('cpic-ssri-vortioxetine', ['vortioxetine'], 'CYP2D6', [
  {
    phenotypes: UM,
    build: () => ({
      severity: 'minor',
      action: 'use-alternative',
      title: 'Vortioxetine: CYP2D6 ultrarapid metabolizer — consider another antidepressant',
      detail: 'Ultrarapid CYP2D6 clearance lowers vortioxetine levels and may reduce benefit.',
      recommendation:
        'Consider an antidepressant not mainly cleared by CYP2D6. If vortioxetine is used, start at the usual dose; ' +
        'a maintenance dose 50% or more above usual may be needed.',
      maxDailyDose: null,
      doseFactor: null,
      strength: 'optional',
      sources: [SSRI],
    }),
  },
  {
    phenotypes: PM,
    build: () => ({
      severity: 'major',
      action: 'reduce-dose',
      title: 'Vortioxetine: CYP2D6 poor metabolizer — maximum 10 mg/day',
      detail: 'Without CYP2D6 activity vortioxetine exposure is roughly doubled.',
      recommendation:
        'Start at half the usual dose (5 mg/day) and do not exceed 10 mg/day (FDA label), or choose an ' +
        'antidepressant not mainly cleared by CYP2D6.',
      maxDailyDose: 10,
      doseFactor: 0.5,
      strength: 'moderate',
      sources: [SSRI, 'pgx-label-vortioxetine', 'pgx-fda-pgx-associations'],
    }),
  },
]);

export const SSRI_RULES: readonly PgxRule[] = [
  citalopramLike,
  sertralineRule,
  paroxetine,
  fluvoxamine,
  venlafaxine,
  vortioxetine,
];
