/**
 * FDA-label pharmacogenomic dosing (FDA Table of Pharmacogenetic Associations and the labels):
 * antipsychotics metabolized by CYP2D6, thioridazine, VMAT2 inhibitors, clobazam,
 * dextromethorphan/bupropion and clozapine. Label instructions are mandatory dosing, so dose
 * halving and hard caps are `major`; a label contraindication is `contraindicated`.
 */

import type { PgxRecommendation } from '../types.js';
import { type PgxRule, PM, phenotypeOf, type RuleInput, recommendation, singleGeneRule } from './shared.js';

const FDA_TABLE = 'pgx-fda-pgx-associations';

const aripiprazole = singleGeneRule('label-aripiprazole', ['aripiprazole'], 'CYP2D6', [
  {
    phenotypes: PM,
    build: () => ({
      severity: 'major',
      action: 'reduce-dose',
      title: 'Aripiprazole: CYP2D6 poor metabolizer — half the usual dose',
      detail:
        'Without CYP2D6 activity aripiprazole exposure rises by about 80% and its half-life roughly doubles.',
      recommendation:
        'Give half the usual oral dose; if a strong CYP3A4 inhibitor is also taken, give a quarter of the usual dose. ' +
        'Long-acting injection (Abilify Maintena): 300 mg monthly, or 200 mg monthly with a strong CYP3A4 inhibitor.',
      maxDailyDose: null,
      doseFactor: 0.5,
      strength: 'label',
      sources: ['pgx-label-aripiprazole', FDA_TABLE],
    }),
  },
]);

const brexpiprazole = singleGeneRule('label-brexpiprazole', ['brexpiprazole'], 'CYP2D6', [
  {
    phenotypes: PM,
    build: () => ({
      severity: 'major',
      action: 'reduce-dose',
      title: 'Brexpiprazole: CYP2D6 poor metabolizer — half the usual dose',
      detail: 'Without CYP2D6 activity brexpiprazole exposure is substantially higher.',
      recommendation:
        'Give half the usual dose; if a strong or moderate CYP3A4 inhibitor is also taken, give a quarter of the ' +
        'usual dose.',
      maxDailyDose: null,
      doseFactor: 0.5,
      strength: 'label',
      sources: ['pgx-label-brexpiprazole', FDA_TABLE],
    }),
  },
]);

const iloperidone = singleGeneRule('label-iloperidone', ['iloperidone'], 'CYP2D6', [
  {
    phenotypes: PM,
    build: () => ({
      severity: 'major',
      action: 'reduce-dose',
      title: 'Iloperidone: CYP2D6 poor metabolizer — halve the dose',
      detail: 'Without CYP2D6 activity iloperidone exposure is higher, adding to its QT-prolonging effect.',
      recommendation: 'Reduce the iloperidone dose by half.',
      maxDailyDose: null,
      doseFactor: 0.5,
      strength: 'label',
      sources: ['pgx-label-iloperidone', FDA_TABLE],
    }),
  },
]);

function pimozide({ drug, resolved, context }: RuleInput): PgxRecommendation[] {
  const phenotype = phenotypeOf(resolved, 'CYP2D6');
  if (!phenotype || !PM.includes(phenotype)) return [];
  const child = context.age !== undefined && context.age < 18;
  const childCap =
    child && context.weightKg !== undefined ? Math.round(0.05 * context.weightKg * 100) / 100 : null;
  return [
    recommendation(drug, 'CYP2D6', phenotype, {
      severity: 'major',
      action: 'reduce-dose',
      title: child
        ? 'Pimozide: CYP2D6 poor metabolizer — maximum 0.05 mg/kg/day'
        : 'Pimozide: CYP2D6 poor metabolizer — maximum 4 mg/day',
      detail:
        'Without CYP2D6 activity pimozide levels rise, increasing the risk of QT prolongation and ventricular ' +
        'arrhythmia.',
      recommendation:
        'Do not exceed 0.05 mg/kg/day in children or 4 mg/day in adults, and do not raise the dose more often than ' +
        'every 14 days.',
      maxDailyDose: child ? childCap : 4,
      doseFactor: null,
      strength: 'label',
      sources: ['pgx-label-pimozide', FDA_TABLE],
    }),
  ];
}

const thioridazine = singleGeneRule('label-thioridazine', ['thioridazine'], 'CYP2D6', [
  {
    phenotypes: PM,
    build: () => ({
      severity: 'contraindicated',
      action: 'avoid',
      title: 'Thioridazine: CYP2D6 poor metabolizer — contraindicated',
      detail:
        'Reduced CYP2D6 activity raises thioridazine levels and its dose-related QTc prolongation, with a risk of ' +
        'torsades de pointes and sudden death (boxed warning).',
      recommendation: 'Do not use thioridazine; choose another antipsychotic.',
      maxDailyDose: null,
      doseFactor: null,
      strength: 'label',
      sources: ['pgx-label-thioridazine', FDA_TABLE],
    }),
  },
]);

const deutetrabenazine = singleGeneRule('label-deutetrabenazine', ['deutetrabenazine'], 'CYP2D6', [
  {
    phenotypes: PM,
    build: () => ({
      severity: 'major',
      action: 'reduce-dose',
      title: 'Deutetrabenazine: CYP2D6 poor metabolizer — maximum 36 mg/day',
      detail: 'Without CYP2D6 activity exposure to the active metabolites is several-fold higher.',
      recommendation: 'Do not exceed 36 mg/day (no more than 18 mg per dose for the twice-daily tablets).',
      maxDailyDose: 36,
      doseFactor: null,
      strength: 'label',
      sources: ['pgx-label-deutetrabenazine', FDA_TABLE],
    }),
  },
]);

const tetrabenazine = singleGeneRule('label-tetrabenazine', ['tetrabenazine'], 'CYP2D6', [
  {
    phenotypes: PM,
    build: () => ({
      severity: 'major',
      action: 'reduce-dose',
      title: 'Tetrabenazine: CYP2D6 poor metabolizer — maximum 50 mg/day',
      detail: 'Without CYP2D6 activity exposure to the active metabolites is markedly higher.',
      recommendation: 'Do not exceed 50 mg/day, with no single dose above 25 mg.',
      maxDailyDose: 50,
      doseFactor: null,
      strength: 'label',
      sources: ['pgx-label-tetrabenazine', FDA_TABLE],
    }),
  },
]);

const valbenazine = singleGeneRule('label-valbenazine', ['valbenazine'], 'CYP2D6', [
  {
    phenotypes: PM,
    build: () => ({
      severity: 'moderate',
      action: 'reduce-dose',
      title: 'Valbenazine: CYP2D6 poor metabolizer — 40 mg once daily',
      detail:
        'Without CYP2D6 activity exposure to the active metabolite is higher, with more QT and sedation risk.',
      recommendation: 'Use 40 mg once daily; do not escalate to the usual higher dose.',
      maxDailyDose: 40,
      doseFactor: null,
      strength: 'label',
      sources: ['pgx-label-valbenazine', FDA_TABLE],
    }),
  },
]);

const clobazam = singleGeneRule('label-clobazam', ['clobazam'], 'CYP2C19', [
  {
    phenotypes: PM,
    build: () => ({
      severity: 'moderate',
      action: 'reduce-dose',
      title: 'Clobazam: CYP2C19 poor metabolizer — start 5 mg/day, half the usual doses',
      detail:
        'Without CYP2C19 activity the active metabolite N-desmethylclobazam accumulates (several-fold higher levels).',
      recommendation:
        'Start at 5 mg/day and titrate slowly to half the usual weight-based doses; further titration toward the ' +
        'usual maximum may start from day 21 if needed.',
      maxDailyDose: null,
      doseFactor: 0.5,
      strength: 'label',
      sources: ['pgx-label-clobazam', FDA_TABLE],
    }),
  },
]);

const dextromethorphanBupropion = singleGeneRule(
  'label-dextromethorphan-bupropion',
  ['dextromethorphan/bupropion', 'bupropion/dextromethorphan', 'dextromethorphan-bupropion'],
  'CYP2D6',
  [
    {
      phenotypes: PM,
      build: () => ({
        severity: 'moderate',
        action: 'reduce-dose',
        title: 'Dextromethorphan/bupropion: CYP2D6 poor metabolizer — one tablet once daily',
        detail: 'Without CYP2D6 activity dextromethorphan levels are higher.',
        recommendation:
          'Use one tablet (45 mg/105 mg) once daily in the morning; do not increase to twice daily.',
        maxDailyDose: null,
        doseFactor: 0.5,
        strength: 'label',
        sources: ['pgx-label-dextromethorphan-bupropion', FDA_TABLE],
      }),
    },
  ],
);

const clozapine = singleGeneRule('label-clozapine', ['clozapine'], 'CYP2D6', [
  {
    phenotypes: PM,
    build: () => ({
      severity: 'minor',
      action: 'monitor',
      title: 'Clozapine: CYP2D6 poor metabolizer — a lower dose may be needed',
      detail: 'CYP2D6 poor metabolizers may reach higher clozapine levels.',
      recommendation: 'Titrate carefully; a dose reduction may be needed. Clozapine levels can guide dosing.',
      maxDailyDose: null,
      doseFactor: null,
      strength: 'label',
      sources: ['pgx-label-clozapine', FDA_TABLE],
    }),
  },
]);

export const LABEL_RULES: readonly PgxRule[] = [
  aripiprazole,
  brexpiprazole,
  iloperidone,
  { id: 'label-pimozide', drugs: ['pimozide'], evaluate: pimozide },
  thioridazine,
  deutetrabenazine,
  tetrabenazine,
  valbenazine,
  clobazam,
  dextromethorphanBupropion,
  clozapine,
];
