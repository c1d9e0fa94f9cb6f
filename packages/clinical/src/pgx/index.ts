/**
 * Pharmacogenomics: CPIC genotype → phenotype translation (CYP2D6, CYP2C19, CYP2B6, CYP2C9),
 * normalisation of reported phenotypes and HLA results, and drug recommendations from CPIC
 * guidelines and FDA labels.
 */

export type { AlleleFunction } from './alleles.js';
export { CYP2B6_FUNCTION, CYP2C9_ACTIVITY, CYP2C19_FUNCTION, CYP2D6_ACTIVITY } from './alleles.js';
export {
  cyp2c9PhenotypeFromScore,
  cyp2d6PhenotypeFromScore,
  interpretDiplotype,
  METABOLIZER_GENES,
  normalizeMetabolizerGene,
} from './genotype.js';
export { basePhenotype, normalizePhenotype, normalizePhenotypeForGene } from './phenotype.js';
export { PGX_RULES, pgxDrugs, pgxRecommendations, pgxRecommendationToAlert } from './recommend.js';
export { HLA_ALLELES, normalizeHlaAllele, resolvePgx } from './resolve.js';
export type { PgxRule } from './rules/shared.js';
export {
  type DiplotypeInterpretation,
  type HlaAllele,
  type HlaResult,
  type MetabolizerGene,
  PGX_PHENOTYPES,
  type PgxContext,
  PgxInputError,
  type PgxPhenotype,
  type PgxRecommendation,
  type RecommendationStrength,
  type ResolvedPgx,
} from './types.js';
