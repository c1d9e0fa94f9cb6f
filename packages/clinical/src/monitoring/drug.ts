import { findDrug } from '../formulary/lookup.js';
import type { Drug } from '../formulary/types.js';
import { ClinicalInputError } from './dates.js';

/**
 * Accepts a formulary `Drug` or a name (generic, brand, synonym or RxNorm code, case-insensitive,
 * resolved through the formulary lookup). Unknown names throw a RangeError (CLI exit 2).
 */
export function resolveDrug(drug: Drug | string): Drug {
  if (typeof drug !== 'string') return drug;
  if (drug.trim() === '') throw new ClinicalInputError('A drug name is required');
  const found = findDrug(drug);
  if (!found) throw new ClinicalInputError(`Unknown drug "${drug}"`);
  return found;
}

export function hasClass(drug: Drug, ...classes: Drug['classes']): boolean {
  return classes.some((c) => drug.classes.includes(c));
}

export function isAntidepressant(drug: Drug): boolean {
  return hasClass(drug, 'antidepressant', 'ssri', 'snri', 'tca', 'maoi', 'atypical-antidepressant');
}

export function isAntipsychotic(drug: Drug): boolean {
  return hasClass(drug, 'antipsychotic', 'first-generation-antipsychotic', 'second-generation-antipsychotic');
}

export function isBenzodiazepine(drug: Drug): boolean {
  return hasClass(drug, 'benzodiazepine');
}

export function isMaoi(drug: Drug): boolean {
  return drug.pd.maoInhibitor || hasClass(drug, 'maoi');
}

export function isStimulantOrAdhd(drug: Drug): boolean {
  return hasClass(drug, 'stimulant', 'amphetamine', 'methylphenidate', 'non-stimulant-adhd');
}
