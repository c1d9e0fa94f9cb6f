import type { Drug } from '../formulary/types.js';
import { ClinicalInputError } from '../monitoring/dates.js';
import type { SourceId } from '../types.js';

export interface DiazepamEquivalent {
  /** Oral dose (mg) approximately equivalent to diazepam 10 mg. */
  mgPer10mgDiazepam: number;
  /** Ashton's range where she gives one; the value above is its midpoint. */
  range?: [number, number];
  sources: SourceId[];
}

const A: SourceId[] = ['taper-ashton-2002', 'taper-joint-bzd-2025'];

/**
 * Approximate oral equivalents of diazepam 10 mg (Ashton Manual table, as reproduced in the 2025
 * Joint Clinical Practice Guideline's equivalence table). Equivalence is approximate and varies
 * between people; switch gradually (over 1-2 weeks) and titrate to symptoms.
 */
export const DIAZEPAM_EQUIVALENTS: Readonly<Record<string, DiazepamEquivalent>> = {
  alprazolam: { mgPer10mgDiazepam: 0.5, sources: A },
  chlordiazepoxide: { mgPer10mgDiazepam: 25, sources: A },
  clobazam: { mgPer10mgDiazepam: 20, sources: ['taper-ashton-2002'] },
  clonazepam: { mgPer10mgDiazepam: 0.5, sources: A },
  clorazepate: { mgPer10mgDiazepam: 15, sources: A },
  diazepam: { mgPer10mgDiazepam: 10, sources: A },
  estazolam: { mgPer10mgDiazepam: 1.5, range: [1, 2], sources: A },
  flurazepam: { mgPer10mgDiazepam: 22.5, range: [15, 30], sources: A },
  lorazepam: { mgPer10mgDiazepam: 1, sources: A },
  oxazepam: { mgPer10mgDiazepam: 20, sources: A },
  quazepam: { mgPer10mgDiazepam: 20, sources: A },
  temazepam: { mgPer10mgDiazepam: 20, sources: A },
  triazolam: { mgPer10mgDiazepam: 0.5, sources: A },
  // Z-drugs (Ashton's table lists them alongside the benzodiazepines).
  zaleplon: { mgPer10mgDiazepam: 20, sources: ['taper-ashton-2002'] },
  zolpidem: { mgPer10mgDiazepam: 20, sources: ['taper-ashton-2002'] },
  zopiclone: { mgPer10mgDiazepam: 15, sources: ['taper-ashton-2002'] },
};

function nameOf(drug: Drug | string): string {
  return (typeof drug === 'string' ? drug : drug.name).trim().toLowerCase();
}

export function hasDiazepamEquivalent(drug: Drug | string): boolean {
  return DIAZEPAM_EQUIVALENTS[nameOf(drug)] !== undefined;
}

/**
 * Daily dose of `drug` expressed in diazepam mg (e.g. alprazolam 2 mg/day → 40 mg diazepam).
 * Throws for drugs without an established equivalent.
 */
export function benzodiazepineEquivalent(drug: Drug | string, dailyDose: number): number {
  const name = nameOf(drug);
  const eq = DIAZEPAM_EQUIVALENTS[name];
  if (!eq) throw new ClinicalInputError(`No diazepam equivalent is established for "${name}"`);
  if (!Number.isFinite(dailyDose) || dailyDose < 0) {
    throw new ClinicalInputError(`Daily dose must be a non-negative number (got ${dailyDose})`);
  }
  return Math.round((dailyDose * 10 * 1000) / eq.mgPer10mgDiazepam) / 1000;
}

/** Inverse: the daily dose of `drug` equivalent to `diazepamMg`. */
export function fromDiazepamEquivalent(drug: Drug | string, diazepamMg: number): number {
  const name = nameOf(drug);
  const eq = DIAZEPAM_EQUIVALENTS[name];
  if (!eq) throw new ClinicalInputError(`No diazepam equivalent is established for "${name}"`);
  return Math.round((diazepamMg * eq.mgPer10mgDiazepam * 1000) / 10) / 1000;
}
