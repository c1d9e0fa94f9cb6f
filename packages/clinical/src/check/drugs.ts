/**
 * Drug resolution for the check, built once per checker from the knowledge's drug list (so a test
 * can pass a small fixture formulary).
 */
import { createDrugLookup } from '../formulary/index.js';
import type { Drug } from '../formulary/types.js';
import { normalizeText } from './util.js';

export type Release = 'long' | 'short' | 'unknown';

export interface DrugResolution {
  /** Ingredients found (one for a single-ingredient product). */
  drugs: Drug[];
  /** Parts of the query that matched nothing. */
  unknown: Array<{ input: string; suggestions: string[] }>;
  release: Release;
}

export interface DrugIndex {
  readonly drugs: readonly Drug[];
  resolve(query: string): DrugResolution;
  /** Resolves one name (no combinations); null when unknown. */
  find(query: string): Drug | null;
  suggest(query: string): string[];
}

const LONG_TOKENS = new Set([
  'er',
  'xr',
  'xl',
  'sr',
  'cr',
  'la',
  'cd',
  'xr-odt',
  'er-odt',
  'pm',
  'extended',
  'extended-release',
]);
const SHORT_TOKENS = new Set(['ir', 'immediate', 'immediate-release']);

/** Brands that are long-acting formulations of a short-acting molecule (stimulants mainly). */
const LONG_ACTING_BRANDS = new Set([
  'concerta',
  'ritalin la',
  'metadate cd',
  'metadate er',
  'aptensio',
  'aptensio xr',
  'focalin xr',
  'quillivant',
  'quillivant xr',
  'quillichew',
  'quillichew er',
  'cotempla',
  'cotempla xr-odt',
  'adhansia',
  'adhansia xr',
  'jornay',
  'jornay pm',
  'relexxii',
  'daytrana',
  'azstarys',
  'vyvanse',
  'adderall xr',
  'mydayis',
  'dyanavel',
  'dyanavel xr',
  'adzenys',
  'adzenys xr-odt',
  'xelstrym',
  'dexedrine spansule',
  'intuniv',
  'kapvay',
  'qelbree',
]);
const SHORT_ACTING_BRANDS = new Set([
  'ritalin',
  'methylin',
  'focalin',
  'adderall',
  'evekeo',
  'zenzedi',
  'procentra',
  'desoxyn',
]);
/** Molecules that are long-acting whatever the product. */
const ALWAYS_LONG = new Set(['lisdexamfetamine', 'serdexmethylphenidate']);

function releaseOf(text: string, drug: Drug | undefined): Release {
  if (drug && ALWAYS_LONG.has(drug.name)) return 'long';
  if (LONG_ACTING_BRANDS.has(text)) return 'long';
  if (SHORT_ACTING_BRANDS.has(text)) return 'short';
  const tokens = text.split(/[\s]+/);
  if (tokens.some((t) => LONG_TOKENS.has(t))) return 'long';
  if (tokens.some((t) => SHORT_TOKENS.has(t))) return 'short';
  return 'unknown';
}

/**
 * The check's drug index over a drug list: resolution is the formulary lookup's (`createDrugLookup`,
 * which handles generic names, synonyms, brands, RxNorm codes, salt/formulation/dose words,
 * `a/b` combinations and combination brands); the check adds the release type (long- or
 * short-acting) used by the duplication rule.
 */
export function createDrugIndex(drugs: readonly Drug[]): DrugIndex {
  const lookup = createDrugLookup(drugs);
  const suggest = (query: string) => lookup.suggestDrugs(query, 5);
  return {
    drugs,
    find: (query) => lookup.findDrug(query) ?? null,
    suggest,
    resolve(query) {
      const resolved = lookup.resolveMedication(query);
      const single = resolved.drugs.length === 1 ? resolved.drugs[0] : undefined;
      return {
        drugs: resolved.drugs,
        unknown: resolved.unrecognized.map((input) => ({ input, suggestions: suggest(input) })),
        release: single ? releaseOf(normalizeText(query), single) : 'unknown',
      };
    },
  };
}

/** Lower-case names a drug answers to (generic + synonyms), for rule matching. */
export function drugNames(drug: Drug): string[] {
  return [drug.name, ...(drug.synonyms ?? []).map((s) => s.toLowerCase())];
}
