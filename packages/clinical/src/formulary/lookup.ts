import { DRUGS } from './index.js';
import type { Drug, DrugClass } from './types.js';

/**
 * Drug lookup over the whole formulary: generic names, synonyms, brand names and RxNorm ingredient
 * codes, case- and whitespace-insensitive; combination products; close-match suggestions.
 *
 * `createDrugLookup(drugs)` builds every index once for a given drug list (the check engine can
 * pass its own knowledge). The module-level functions (`findDrug`, `resolveMedication`, …) use one
 * shared lookup over `DRUGS`, built on first use and then reused: `DRUGS` is defined in
 * formulary/index.ts, which re-exports this module, so building at import time would read `DRUGS`
 * before that module has finished evaluating whenever formulary/index.ts is imported first.
 */

/**
 * Brand names of combination products, mapped to their ingredients (generic names as listed in
 * the formulary). `resolveMedication('Auvelity')` gives both ingredient entries.
 */
export const COMBINATIONS: Readonly<Record<string, readonly string[]>> = {
  Auvelity: ['dextromethorphan', 'bupropion'],
  Symbyax: ['olanzapine', 'fluoxetine'],
  Contrave: ['naltrexone', 'bupropion'],
  Suboxone: ['buprenorphine', 'naloxone'],
  Zubsolv: ['buprenorphine', 'naloxone'],
  Bunavail: ['buprenorphine', 'naloxone'],
  Nuedexta: ['dextromethorphan', 'quinidine'],
  Treximet: ['sumatriptan', 'naproxen'],
  Limbitrol: ['chlordiazepoxide', 'amitriptyline'],
  Etrafon: ['perphenazine', 'amitriptyline'],
  Triavil: ['perphenazine', 'amitriptyline'],
};

export interface ResolvedMedication {
  /** Ingredient entries, in the order given, without duplicates. */
  drugs: Drug[];
  /** Parts of the query that matched no drug (trimmed, as typed). */
  unrecognized: string[];
}

export interface DrugLookup {
  findDrug(query: string): Drug | undefined;
  resolveMedication(query: string): ResolvedMedication;
  suggestDrugs(query: string, limit?: number): string[];
  drugsInClass(cls: DrugClass): Drug[];
  getDrug(name: string): Drug;
}

/** Thrown by `getDrug` for a name that matches no drug; carries close matches for the message. */
export class UnknownDrugError extends Error {
  readonly query: string;
  readonly suggestions: string[];

  constructor(query: string, suggestions: string[]) {
    const hint = suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : '';
    super(`Unknown drug: "${query}".${hint}`);
    this.name = 'UnknownDrugError';
    this.query = query;
    this.suggestions = suggestions;
  }
}

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/** Lower case, accents and trademark signs removed, runs of whitespace collapsed, trimmed. */
export function normalizeDrugName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[®™©]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters and digits only ("St. John's wort" and "st johns wort" meet here). */
function compactKey(text: string): string {
  return normalizeDrugName(text).replace(/[^a-z0-9]/g, '');
}

/** Salt forms, release forms, dosage forms and units that do not change the ingredient. */
const NOISE_WORDS = new Set([
  // salts and hydrates
  'hydrochloride',
  'hcl',
  'hydrobromide',
  'hbr',
  'sodium',
  'potassium',
  'maleate',
  'mesylate',
  'dimesylate',
  'fumarate',
  'succinate',
  'tartrate',
  'bitartrate',
  'besylate',
  'citrate',
  'sulfate',
  'tosylate',
  'oxalate',
  'monohydrate',
  'dihydrate',
  'lactate',
  'acetate',
  'phosphate',
  // release and dosage forms
  'er',
  'xr',
  'xl',
  'sr',
  'cr',
  'la',
  'ir',
  'dr',
  'ec',
  'odt',
  'extended',
  'delayed',
  'immediate',
  'sustained',
  'controlled',
  'release',
  'orally',
  'disintegrating',
  'tablet',
  'tablets',
  'tab',
  'tabs',
  'capsule',
  'capsules',
  'cap',
  'caps',
  'oral',
  'solution',
  'suspension',
  'liquid',
  'concentrate',
  'injection',
  'injectable',
  'patch',
  'transdermal',
  'nasal',
  'spray',
  'sublingual',
  'film',
  'usp',
  // units
  'mg',
  'mcg',
  'g',
  'ml',
]);

const DOSE_TOKEN = /^\d+(?:[.,]\d+)?(?:mg|mcg|g|ml|%)?(?:\/\d+(?:[.,]\d+)?(?:mg|mcg|g|ml|h|hr|hours)?)?$/;

/** The query without salt, formulation and dose words, or null when nothing was removed. */
function stripNoise(normalized: string): string | null {
  const tokens = normalized.split(/[\s,()-]+/).filter((t) => t.length > 0);
  const kept = tokens.filter((t) => !NOISE_WORDS.has(t) && !DOSE_TOKEN.test(t));
  if (kept.length === 0 || kept.length === tokens.length) return null;
  return kept.join(' ');
}

const RXNORM_PREFIX = /^(?:rxnorm|rxcui)\s*[:#]?\s*/;

// ---------------------------------------------------------------------------------------------
// Edit distance (optimal string alignment: insertions, deletions, substitutions, transpositions)
// ---------------------------------------------------------------------------------------------

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (d[(i - 1) * cols + j] ?? 0) + 1,
        (d[i * cols + j - 1] ?? 0) + 1,
        (d[(i - 1) * cols + j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      }
      d[i * cols + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows * cols - 1] ?? max + 1;
}

/** Largest edit distance still treated as a likely misspelling for a query of this length. */
function allowedDistance(length: number): number {
  if (length <= 4) return 1;
  if (length <= 11) return 2;
  return 3;
}

// ---------------------------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------------------------

interface SuggestionCandidate {
  key: string;
  name: string;
}

export function createDrugLookup(
  drugs: readonly Drug[],
  combinations: Readonly<Record<string, readonly string[]>> = COMBINATIONS,
): DrugLookup {
  const byExact = new Map<string, Drug>();
  const byCompact = new Map<string, Drug>();
  const byRxnorm = new Map<string, Drug>();
  const byClass = new Map<DrugClass, Drug[]>();
  const candidates: SuggestionCandidate[] = [];

  const add = (term: string, drug: Drug) => {
    const exact = normalizeDrugName(term);
    const compact = compactKey(term);
    // First writer wins, and generic names are written before synonyms and brands.
    if (exact.length > 0 && !byExact.has(exact)) byExact.set(exact, drug);
    if (compact.length > 0 && !byCompact.has(compact)) byCompact.set(compact, drug);
    if (compact.length > 0) candidates.push({ key: compact, name: drug.name });
  };

  for (const drug of drugs) add(drug.name, drug);
  for (const drug of drugs) {
    if (!byRxnorm.has(drug.rxnorm)) byRxnorm.set(drug.rxnorm, drug);
    for (const cls of drug.classes) {
      const list = byClass.get(cls);
      if (list) list.push(drug);
      else byClass.set(cls, [drug]);
    }
  }
  for (const drug of drugs) for (const synonym of drug.synonyms ?? []) add(synonym, drug);
  for (const drug of drugs) for (const brand of drug.brands) add(brand, drug);

  const combos = new Map<string, readonly string[]>();
  for (const [brand, ingredients] of Object.entries(combinations)) {
    combos.set(compactKey(brand), ingredients);
  }

  function lookupNormalized(normalized: string): Drug | undefined {
    const exact = byExact.get(normalized);
    if (exact) return exact;
    const code = normalized.replace(RXNORM_PREFIX, '');
    if (/^\d+$/.test(code)) return byRxnorm.get(code);
    const compact = normalized.replace(/[^a-z0-9]/g, '');
    return compact.length > 0 ? byCompact.get(compact) : undefined;
  }

  function findDrug(query: string): Drug | undefined {
    const normalized = normalizeDrugName(query);
    if (normalized.length === 0) return undefined;
    const found = lookupNormalized(normalized);
    if (found) return found;
    const stripped = stripNoise(normalized);
    return stripped ? lookupNormalized(stripped) : undefined;
  }

  function resolveMedication(query: string): ResolvedMedication {
    const drugsOut: Drug[] = [];
    const unrecognized: string[] = [];
    const push = (drug: Drug) => {
      if (!drugsOut.includes(drug)) drugsOut.push(drug);
    };
    const trimmed = query.trim();
    if (normalizeDrugName(trimmed).length === 0) return { drugs: [], unrecognized: [trimmed] };

    const combo =
      combos.get(compactKey(trimmed)) ?? combos.get(compactKey(stripNoise(normalizeDrugName(trimmed)) ?? ''));
    const parts = combo ?? trimmed.split(/\s*(?:\/|\+)\s*/).filter((p) => p.length > 0);

    if (!combo && parts.length === 1) {
      const single = findDrug(trimmed);
      if (single) return { drugs: [single], unrecognized: [] };
      // "olanzapine-fluoxetine": a hyphenated pair counts only when every part is a drug.
      const hyphenParts = trimmed.split(/\s*-\s*/).filter((p) => p.length > 0);
      if (hyphenParts.length > 1) {
        const found = hyphenParts.map(findDrug);
        if (found.every((d) => d !== undefined)) {
          for (const d of found) if (d) push(d);
          return { drugs: drugsOut, unrecognized: [] };
        }
      }
      return { drugs: [], unrecognized: [trimmed] };
    }

    for (const part of parts) {
      const drug = findDrug(part);
      if (drug) push(drug);
      else unrecognized.push(part.trim());
    }
    return { drugs: drugsOut, unrecognized };
  }

  function suggestDrugs(query: string, limit = 3): string[] {
    const q = compactKey(query);
    if (q.length === 0 || limit <= 0) return [];
    const max = allowedDistance(q.length);
    const best = new Map<string, number>();
    for (const candidate of candidates) {
      let score: number | undefined;
      if (q.length >= 3 && candidate.key.startsWith(q)) {
        // Prefix of a name or brand ("zolof" → Zoloft): rank just after one-letter slips.
        score = candidate.key === q ? 0 : 0.5 + (candidate.key.length - q.length) / 100;
      } else {
        const distance = editDistance(q, candidate.key, max);
        if (distance <= max) score = distance;
      }
      if (score === undefined) continue;
      const previous = best.get(candidate.name);
      if (previous === undefined || score < previous) best.set(candidate.name, score);
    }
    return [...best.entries()]
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([name]) => name);
  }

  function drugsInClass(cls: DrugClass): Drug[] {
    return [...(byClass.get(cls) ?? [])];
  }

  function getDrug(name: string): Drug {
    const drug = findDrug(name);
    if (!drug) throw new UnknownDrugError(name, suggestDrugs(name));
    return drug;
  }

  return { findDrug, resolveMedication, suggestDrugs, drugsInClass, getDrug };
}

let shared: DrugLookup | undefined;

/** The lookup over the whole formulary (`DRUGS`), built once on first use. */
export function formularyLookup(): DrugLookup {
  shared ??= createDrugLookup(DRUGS);
  return shared;
}

/** A drug by generic name, synonym, brand name or RxNorm ingredient code; undefined when unknown. */
export function findDrug(query: string): Drug | undefined {
  return formularyLookup().findDrug(query);
}

/** Ingredients of a medication: a single drug, `a/b` (or `a + b`) ingredients, or a combination brand. */
export function resolveMedication(query: string): ResolvedMedication {
  return formularyLookup().resolveMedication(query);
}

/** Up to `limit` generic names closest to a (misspelled or partial) name, brand or synonym. */
export function suggestDrugs(query: string, limit = 3): string[] {
  return formularyLookup().suggestDrugs(query, limit);
}

/** Every drug carrying the class, in formulary order. */
export function drugsInClass(cls: DrugClass): Drug[] {
  return formularyLookup().drugsInClass(cls);
}

/** Like `findDrug`, but throws `UnknownDrugError` (with suggestions) for an unknown name. */
export function getDrug(name: string): Drug {
  return formularyLookup().getDrug(name);
}
