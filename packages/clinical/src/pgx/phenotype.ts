import type { MetabolizerGene, PgxPhenotype } from './types.js';

/**
 * Phenotype synonyms seen on lab reports and in older guidelines. "Extensive metabolizer" is the
 * pre-2017 name for a normal metabolizer (CPIC term standardisation, Caudle et al. 2017).
 */
const SYNONYMS: Record<string, PgxPhenotype> = {
  pm: 'poor metabolizer',
  poor: 'poor metabolizer',
  slow: 'poor metabolizer',
  'likely pm': 'likely poor metabolizer',
  'likely poor': 'likely poor metabolizer',
  'possible poor': 'likely poor metabolizer',
  im: 'intermediate metabolizer',
  intermediate: 'intermediate metabolizer',
  'likely im': 'likely intermediate metabolizer',
  'likely intermediate': 'likely intermediate metabolizer',
  'possible intermediate': 'likely intermediate metabolizer',
  nm: 'normal metabolizer',
  em: 'normal metabolizer',
  normal: 'normal metabolizer',
  extensive: 'normal metabolizer',
  rm: 'rapid metabolizer',
  rapid: 'rapid metabolizer',
  um: 'ultrarapid metabolizer',
  urm: 'ultrarapid metabolizer',
  ultrarapid: 'ultrarapid metabolizer',
  'ultra rapid': 'ultrarapid metabolizer',
  indeterminate: 'indeterminate',
  unknown: 'indeterminate',
  undetermined: 'indeterminate',
};

/** Phenotypes CPIC defines for each gene; anything else is unrecognized for that gene. */
const ALLOWED: Record<MetabolizerGene, readonly PgxPhenotype[]> = {
  CYP2D6: [
    'ultrarapid metabolizer',
    'normal metabolizer',
    'intermediate metabolizer',
    'poor metabolizer',
    'indeterminate',
  ],
  CYP2C19: [
    'ultrarapid metabolizer',
    'rapid metabolizer',
    'normal metabolizer',
    'likely intermediate metabolizer',
    'intermediate metabolizer',
    'likely poor metabolizer',
    'poor metabolizer',
    'indeterminate',
  ],
  CYP2B6: [
    'ultrarapid metabolizer',
    'rapid metabolizer',
    'normal metabolizer',
    'intermediate metabolizer',
    'poor metabolizer',
    'indeterminate',
  ],
  CYP2C9: ['normal metabolizer', 'intermediate metabolizer', 'poor metabolizer', 'indeterminate'],
};

/** Normalise a phenotype as written ("PM", "Poor Metaboliser", "extensive metabolizer"…); null if unknown. */
export function normalizePhenotype(input: string): PgxPhenotype | null {
  if (typeof input !== 'string') return null;
  const key = input
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/metabolis/g, 'metaboliz')
    .replace(/[_-]+/g, ' ')
    .replace(/\bmetabolizers?\b|\bmetabolism\b|\bphenotype\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return SYNONYMS[key] ?? null;
}

/** Normalise a phenotype for a gene, rejecting categories CPIC does not use for that gene. */
export function normalizePhenotypeForGene(gene: MetabolizerGene, input: string): PgxPhenotype | null {
  const phenotype = normalizePhenotype(input);
  return phenotype && ALLOWED[gene].includes(phenotype) ? phenotype : null;
}

/** Collapse CPIC's "likely" categories onto the category whose recommendation they share. */
export function basePhenotype(p: PgxPhenotype | undefined): PgxPhenotype | undefined {
  if (p === 'likely poor metabolizer') return 'poor metabolizer';
  if (p === 'likely intermediate metabolizer') return 'intermediate metabolizer';
  return p;
}
