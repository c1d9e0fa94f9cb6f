/**
 * Diplotype → activity score → phenotype, following CPIC's genotype-to-phenotype tables.
 *
 * Accepted diplotype forms (whitespace ignored, case-insensitive gene prefix):
 *   `*1/*4`, `CYP2D6*1/*4`, `CYP2D6 *1/*4`, `CYP2D6*1/CYP2D6*4`, `*1/*2x2`, `*2xN/*4`, `*1x≥3/*1`,
 *   `*36+*10/*10` (tandem arrangements, CYP2D6 only), `1/4` (star added).
 * Old sub-allele suffixes (`*4A`, `*2.001`) are reduced to the core allele.
 *
 * Copy number (CYP2D6): the allele's activity value is multiplied by its copy number. CPIC's tables
 * bin three or more copies as "x≥3", so any copy number of 3 or more is counted as 3 and the score
 * is a lower bound. `xN` (copy number not determined) means two or more copies: the score is
 * computed for 2 copies (lower bound) and for 3; if the two give different phenotypes the result is
 * `indeterminate`.
 */

import type { AlleleFunction } from './alleles.js';
import { CYP2B6_FUNCTION, CYP2C9_ACTIVITY, CYP2C19_FUNCTION, CYP2D6_ACTIVITY } from './alleles.js';
import {
  type DiplotypeInterpretation,
  type MetabolizerGene,
  PgxInputError,
  type PgxPhenotype,
} from './types.js';

export const METABOLIZER_GENES: readonly MetabolizerGene[] = ['CYP2D6', 'CYP2C19', 'CYP2B6', 'CYP2C9'];

/** One gene copy (or run of identical copies) on a chromosome. */
interface Component {
  allele: string;
  /** Number of copies; `'N'` when the copy number is not determined (two or more). */
  copies: number | 'N';
}

type Haplotype = Component[];

/** Canonical gene symbol for a metabolizer gene given in any common spelling, else null. */
export function normalizeMetabolizerGene(input: string): MetabolizerGene | null {
  const compact = input.replace(/[\s_-]+/g, '').toUpperCase();
  const withPrefix = compact.startsWith('CYP') ? compact : `CYP${compact}`;
  return (METABOLIZER_GENES as readonly string[]).includes(withPrefix)
    ? (withPrefix as MetabolizerGene)
    : null;
}

const COMPONENT = /^\*?(\d+)(?:[A-W])?(?:\.\d+)?(?:x(\d+|N|≥3|>=3))?$/;

function parseComponent(text: string, raw: string): Component {
  const match = COMPONENT.exec(text);
  if (!match) {
    throw new PgxInputError('diplotype', `"${raw}" is not a star-allele diplotype (expected e.g. *1/*4)`);
  }
  const allele = `*${Number(match[1])}`;
  const copyText = match[2];
  if (copyText === undefined) return { allele, copies: 1 };
  if (copyText === 'N') return { allele, copies: 'N' };
  if (copyText === '≥3' || copyText === '>=3') return { allele, copies: 3 };
  const copies = Number(copyText);
  if (!Number.isInteger(copies) || copies < 1) {
    throw new PgxInputError('diplotype', `"${raw}" has an invalid copy number x${copyText}`);
  }
  return { allele, copies };
}

function formatComponent(c: Component): string {
  if (c.copies === 1) return c.allele;
  return `${c.allele}x${c.copies === 'N' ? 'N' : c.copies}`;
}

function alleleNumber(h: Haplotype): number {
  return Number((h[0]?.allele ?? '*0').slice(1));
}

/** Strip a gene prefix (`CYP2D6*1`, `CYP2D6:*1`); a different gene's name is an error. */
function stripGenePrefix(gene: MetabolizerGene, part: string, raw: string): string {
  if (!/^[A-Za-z]/.test(part)) return part;
  const at = part.search(/[*:]/);
  if (at <= 0) {
    throw new PgxInputError('diplotype', `"${raw}" is not a star-allele diplotype (expected e.g. *1/*4)`);
  }
  const prefix = part.slice(0, at);
  if (normalizeMetabolizerGene(prefix) !== gene) {
    throw new PgxInputError('diplotype', `"${raw}" names ${prefix.toUpperCase()}, not ${gene}`);
  }
  return part.slice(at).replace(/^:/, '');
}

/** Parse a diplotype for `gene`; throws PgxInputError('diplotype', …) when unreadable. */
export function parseDiplotype(gene: MetabolizerGene, raw: string): [Haplotype, Haplotype] {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new PgxInputError('diplotype', 'is empty (expected e.g. *1/*4)');
  }
  const text = raw
    .replace(/\s+/g, '')
    .replace(/×/g, 'x')
    .replace(/[xX][nN](?=$|[/+])/g, 'xN')
    .replace(/X(?=\d|≥|>)/g, 'x');
  const halves = text.split('/');
  if (halves.length !== 2 || halves.some((h) => h === '')) {
    throw new PgxInputError('diplotype', `"${raw}" must name exactly two haplotypes separated by "/"`);
  }
  const parsed = halves.map((half) =>
    half.split('+').map((part) => {
      if (part === '') throw new PgxInputError('diplotype', `"${raw}" has an empty haplotype`);
      return parseComponent(stripGenePrefix(gene, part, raw), raw);
    }),
  ) as [Haplotype, Haplotype];
  return alleleNumber(parsed[0]) <= alleleNumber(parsed[1]) ? parsed : [parsed[1], parsed[0]];
}

export function formatDiplotype(d: [Haplotype, Haplotype]): string {
  return d.map((h) => h.map(formatComponent).join('+')).join('/');
}

/** CPIC CYP2D6 activity score → phenotype (2020 thresholds). */
export function cyp2d6PhenotypeFromScore(score: number): PgxPhenotype {
  if (score === 0) return 'poor metabolizer';
  if (score < 1.25) return 'intermediate metabolizer';
  if (score <= 2.25) return 'normal metabolizer';
  return 'ultrarapid metabolizer';
}

/** CPIC CYP2C9 activity score → phenotype (2 normal; 1–1.5 intermediate; 0–0.5 poor). */
export function cyp2c9PhenotypeFromScore(score: number): PgxPhenotype {
  if (score >= 2) return 'normal metabolizer';
  if (score >= 1) return 'intermediate metabolizer';
  return 'poor metabolizer';
}

const INDETERMINATE = { activityScore: null, phenotype: 'indeterminate' } as const;

function cyp2d6(d: [Haplotype, Haplotype]): { activityScore: number | null; phenotype: PgxPhenotype } {
  let low = 0;
  let high = 0;
  for (const haplotype of d) {
    for (const c of haplotype) {
      const value = CYP2D6_ACTIVITY.get(c.allele);
      if (value === undefined) return INDETERMINATE;
      low += value * (c.copies === 'N' ? 2 : Math.min(c.copies, 3));
      high += value * (c.copies === 'N' ? 3 : Math.min(c.copies, 3));
    }
  }
  const phenotype = cyp2d6PhenotypeFromScore(low);
  if (cyp2d6PhenotypeFromScore(high) !== phenotype) return INDETERMINATE;
  return { activityScore: low, phenotype };
}

function singleCopies(d: [Haplotype, Haplotype]): [string, string] | null {
  const [a, b] = d;
  if (a.length !== 1 || b.length !== 1) return null;
  const [ca] = a;
  const [cb] = b;
  if (!ca || !cb || ca.copies !== 1 || cb.copies !== 1) return null;
  return [ca.allele, cb.allele];
}

function cyp2c9(d: [Haplotype, Haplotype]): { activityScore: number | null; phenotype: PgxPhenotype } {
  const alleles = singleCopies(d);
  if (!alleles) return INDETERMINATE;
  const [va, vb] = alleles.map((a) => CYP2C9_ACTIVITY.get(a));
  if (va === undefined || vb === undefined) return INDETERMINATE;
  const score = va + vb;
  return { activityScore: score, phenotype: cyp2c9PhenotypeFromScore(score) };
}

const FUNCTION_ORDER: Record<AlleleFunction, number> = { increased: 0, normal: 1, decreased: 2, no: 3 };

/** CPIC CYP2C19 function-pair → phenotype (incl. the "likely" categories for decreased alleles). */
const CYP2C19_PAIRS: Record<string, PgxPhenotype> = {
  'increased/increased': 'ultrarapid metabolizer',
  'increased/normal': 'rapid metabolizer',
  'normal/normal': 'normal metabolizer',
  'increased/decreased': 'likely intermediate metabolizer',
  'normal/decreased': 'likely intermediate metabolizer',
  'decreased/decreased': 'likely intermediate metabolizer',
  'increased/no': 'intermediate metabolizer',
  'normal/no': 'intermediate metabolizer',
  'decreased/no': 'likely poor metabolizer',
  'no/no': 'poor metabolizer',
};

/** CPIC CYP2B6 function-pair → phenotype (Desta 2019). */
const CYP2B6_PAIRS: Record<string, PgxPhenotype> = {
  'increased/increased': 'ultrarapid metabolizer',
  'increased/normal': 'rapid metabolizer',
  'normal/normal': 'normal metabolizer',
  'increased/decreased': 'intermediate metabolizer',
  'normal/decreased': 'intermediate metabolizer',
  'increased/no': 'intermediate metabolizer',
  'normal/no': 'intermediate metabolizer',
  'decreased/decreased': 'poor metabolizer',
  'decreased/no': 'poor metabolizer',
  'no/no': 'poor metabolizer',
};

function byFunction(
  d: [Haplotype, Haplotype],
  table: ReadonlyMap<string, AlleleFunction>,
  pairs: Record<string, PgxPhenotype>,
): { activityScore: null; phenotype: PgxPhenotype } {
  const alleles = singleCopies(d);
  if (!alleles) return INDETERMINATE;
  const fns = alleles.map((a) => table.get(a));
  const [fa, fb] = fns;
  if (fa === undefined || fb === undefined) return INDETERMINATE;
  const key = [fa, fb].sort((x, y) => FUNCTION_ORDER[x] - FUNCTION_ORDER[y]).join('/');
  return { activityScore: null, phenotype: pairs[key] ?? 'indeterminate' };
}

/**
 * `titrate pgx GENE DIPLOTYPE`. Throws PgxInputError naming `gene` or `diplotype` for input that
 * cannot be read; a well-formed diplotype with an allele of unknown or uncertain function gives
 * `indeterminate`.
 */
export function interpretDiplotype(gene: string, diplotype: string): DiplotypeInterpretation {
  const symbol = typeof gene === 'string' ? normalizeMetabolizerGene(gene) : null;
  if (!symbol) {
    throw new PgxInputError(
      'gene',
      `"${String(gene)}" is not a supported gene (expected one of ${METABOLIZER_GENES.join(', ')})`,
    );
  }
  const parsed = parseDiplotype(symbol, diplotype);
  const normalized = formatDiplotype(parsed);
  let result: { activityScore: number | null; phenotype: PgxPhenotype };
  switch (symbol) {
    case 'CYP2D6':
      result = cyp2d6(parsed);
      break;
    case 'CYP2C9':
      result = cyp2c9(parsed);
      break;
    case 'CYP2C19':
      result = byFunction(parsed, CYP2C19_FUNCTION, CYP2C19_PAIRS);
      break;
    case 'CYP2B6':
      result = byFunction(parsed, CYP2B6_FUNCTION, CYP2B6_PAIRS);
      break;
  }
  return { gene: symbol, diplotype: normalized, ...result };
}
