import type { Drug } from '../formulary/types.js';

/** Daily amounts that can be given as whole (and, where allowed, half) tablets or capsules. */
export interface Dispensable {
  /** Sorted ascending, in mg, excluding 0. */
  amounts: number[];
  /** Smallest single piece (mg). */
  smallestPiece: number;
  liquid: boolean;
}

const SCALE = 1000;
const MAX_PIECES = 6;

const toUnits = (mg: number): number => Math.round(mg * SCALE);
const fromUnits = (u: number): number => u / SCALE;

/**
 * All daily doses up to `maxMg` made from at most six pieces of the listed strengths (and halves of
 * them when `splitTablets`). The formulary does not yet record which tablets are scored, so halves are
 * allowed by default; pass `splitTablets: false` for capsules.
 */
export function dispensable(drug: Drug, maxMg: number, splitTablets = true): Dispensable {
  const strengths = [...new Set(drug.dose.strengthsMg.filter((s) => s > 0))];
  const pieces = [
    ...new Set([...strengths, ...(splitTablets ? strengths.map((s) => s / 2) : [])].map(toUnits)),
  ].sort((a, b) => a - b);
  const limit = toUnits(maxMg);
  let frontier = new Set<number>([0]);
  const all = new Set<number>();
  for (let n = 0; n < MAX_PIECES; n++) {
    const next = new Set<number>();
    for (const total of frontier) {
      for (const p of pieces) {
        const t = total + p;
        if (t <= limit && !all.has(t)) {
          all.add(t);
          next.add(t);
        }
      }
    }
    frontier = next;
    if (frontier.size === 0) break;
  }
  return {
    amounts: [...all].sort((a, b) => a - b).map(fromUnits),
    smallestPiece: pieces.length > 0 ? fromUnits(pieces[0]!) : 0,
    liquid: drug.dose.liquidAvailable === true,
  };
}

/** Rounds a liquid or compounded dose to two significant figures (at least 0.01 mg). */
export function roundFine(mg: number): number {
  if (mg <= 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(mg)) - 1);
  const step = Math.max(magnitude, 0.01);
  return Math.round(Math.round(mg / step) * step * 1000) / 1000;
}

/** Smallest two-significant-figure amount that is at least `mg` (used to respect rate limits). */
export function ceilFine(mg: number): number {
  if (mg <= 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(mg)) - 1);
  const step = Math.max(magnitude, 0.01);
  return Math.round(Math.ceil(mg / step - 1e-9) * step * 1000) / 1000;
}

/** Nearest dispensable amount to `target` (ties go to the larger); 0 if none. */
export function nearest(amounts: readonly number[], target: number): number {
  let best = 0;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const a of amounts) {
    const gap = Math.abs(a - target);
    if (gap < bestGap - 1e-9 || (Math.abs(gap - bestGap) <= 1e-9 && a > best)) {
      best = a;
      bestGap = gap;
    }
  }
  return best;
}
