/**
 * HLA rules: carbamazepine and oxcarbazepine (CPIC 2017 update, Phillips et al.), phenytoin and
 * fosphenytoin (CPIC 2020, Karnes et al.), allopurinol (CPIC 2015, Saito et al.). Only positive
 * results raise a recommendation; a negative result means standard use.
 */

import type { PgxRecommendation } from '../types.js';
import { capitalize, type PgxRule, type RuleInput, recommendation } from './shared.js';

const CBZ = 'pgx-cpic-hla-carbamazepine-2017';

const PRIOR_TOLERANCE =
  ' If the patient has already taken it continuously for more than 3 months without a skin reaction, cautious ' +
  'continued use may be considered (reactions almost always start within the first 3 months).';

function carbamazepine({ drug, resolved }: RuleInput): PgxRecommendation[] {
  if (resolved.hla['HLA-B*15:02'] === 'positive') {
    return [
      recommendation(drug, 'HLA-B*15:02', 'positive', {
        severity: 'contraindicated',
        action: 'avoid',
        title: 'Carbamazepine: HLA-B*15:02 positive — do not start',
        detail:
          'HLA-B*15:02 carriers have a greatly increased risk of Stevens–Johnson syndrome and toxic epidermal ' +
          'necrolysis with carbamazepine (FDA boxed warning).',
        recommendation:
          'Do not use carbamazepine in a patient who has not taken it before; choose an alternative. Oxcarbazepine ' +
          'and phenytoin carry the same risk, and other aromatic anticonvulsants need caution.' +
          PRIOR_TOLERANCE,
        maxDailyDose: null,
        doseFactor: null,
        strength: 'strong',
        sources: [CBZ, 'pgx-label-carbamazepine', 'pgx-fda-pgx-associations'],
      }),
    ];
  }
  if (resolved.hla['HLA-A*31:01'] === 'positive') {
    return [
      recommendation(drug, 'HLA-A*31:01', 'positive', {
        severity: 'major',
        action: 'avoid',
        title: 'Carbamazepine: HLA-A*31:01 positive — avoid if alternatives exist',
        detail:
          'HLA-A*31:01 carriers have a higher risk of carbamazepine hypersensitivity, including SJS/TEN, DRESS and ' +
          'maculopapular eruption.',
        recommendation:
          'Do not start carbamazepine when another suitable drug is available. If there is no alternative, use it ' +
          'with closer monitoring and stop at the first sign of a skin reaction.' +
          PRIOR_TOLERANCE,
        maxDailyDose: null,
        doseFactor: null,
        strength: 'strong',
        sources: [CBZ, 'pgx-label-carbamazepine'],
      }),
    ];
  }
  return [];
}

function oxcarbazepine({ drug, resolved }: RuleInput): PgxRecommendation[] {
  if (resolved.hla['HLA-B*15:02'] !== 'positive') return [];
  return [
    recommendation(drug, 'HLA-B*15:02', 'positive', {
      severity: 'contraindicated',
      action: 'avoid',
      title: 'Oxcarbazepine: HLA-B*15:02 positive — do not start',
      detail: 'HLA-B*15:02 carriers have an increased risk of SJS/TEN with oxcarbazepine.',
      recommendation:
        'Do not use oxcarbazepine in a patient who has not taken it before; choose an alternative (not ' +
        'carbamazepine or phenytoin).' +
        PRIOR_TOLERANCE,
      maxDailyDose: null,
      doseFactor: null,
      strength: 'strong',
      sources: [CBZ, 'pgx-label-oxcarbazepine'],
    }),
  ];
}

function phenytoin({ drug, resolved }: RuleInput): PgxRecommendation[] {
  if (resolved.hla['HLA-B*15:02'] !== 'positive') return [];
  return [
    recommendation(drug, 'HLA-B*15:02', 'positive', {
      severity: 'major',
      action: 'avoid',
      title: `${capitalize(drug)}: HLA-B*15:02 positive — do not start`,
      detail: `HLA-B*15:02 carriers have an increased risk of SJS/TEN with ${drug}.`,
      recommendation:
        `Do not use ${drug} in a patient who has not taken it before; avoid carbamazepine and oxcarbazepine as ` +
        'alternatives.' +
        PRIOR_TOLERANCE,
      maxDailyDose: null,
      doseFactor: null,
      strength: 'strong',
      sources: ['pgx-cpic-phenytoin-2020'],
    }),
  ];
}

function otherAromatic({ drug, resolved }: RuleInput): PgxRecommendation[] {
  if (resolved.hla['HLA-B*15:02'] !== 'positive') return [];
  return [
    recommendation(drug, 'HLA-B*15:02', 'positive', {
      severity: 'minor',
      action: 'monitor',
      title: `${capitalize(drug)}: HLA-B*15:02 positive — use with caution`,
      detail:
        `Evidence linking ${drug} to SJS/TEN in HLA-B*15:02 carriers is limited, but CPIC advises caution when ` +
        'choosing an aromatic anticonvulsant as an alternative to carbamazepine.',
      recommendation: 'Warn the patient about rash and stop at the first sign of a skin reaction.',
      maxDailyDose: null,
      doseFactor: null,
      strength: 'optional',
      sources: [CBZ],
    }),
  ];
}

function allopurinol({ drug, resolved }: RuleInput): PgxRecommendation[] {
  if (resolved.hla['HLA-B*58:01'] !== 'positive') return [];
  return [
    recommendation(drug, 'HLA-B*58:01', 'positive', {
      severity: 'contraindicated',
      action: 'avoid',
      title: 'Allopurinol: HLA-B*58:01 positive — contraindicated',
      detail:
        'HLA-B*58:01 carriers have a much higher risk of allopurinol-induced severe cutaneous reactions (SJS/TEN, DRESS).',
      recommendation: 'Do not use allopurinol; choose an alternative urate-lowering treatment.',
      maxDailyDose: null,
      doseFactor: null,
      strength: 'strong',
      sources: ['pgx-cpic-allopurinol-2015'],
    }),
  ];
}

export const HLA_RULES: readonly PgxRule[] = [
  { id: 'cpic-hla-carbamazepine', drugs: ['carbamazepine'], evaluate: carbamazepine },
  { id: 'cpic-hla-oxcarbazepine', drugs: ['oxcarbazepine'], evaluate: oxcarbazepine },
  { id: 'cpic-hla-phenytoin', drugs: ['phenytoin', 'fosphenytoin'], evaluate: phenytoin },
  {
    id: 'cpic-hla-aromatic',
    drugs: ['lamotrigine', 'eslicarbazepine', 'phenobarbital'],
    evaluate: otherAromatic,
  },
  { id: 'cpic-hla-allopurinol', drugs: ['allopurinol'], evaluate: allopurinol },
];
