import { basePhenotype } from '../phenotype.js';
import type { MetabolizerGene, PgxContext, PgxPhenotype, PgxRecommendation, ResolvedPgx } from '../types.js';

export interface RuleInput {
  drug: string;
  resolved: ResolvedPgx;
  context: PgxContext;
}

/** A prescribing rule for one or more drugs; the index maps each drug name to its rules. */
export interface PgxRule {
  id: string;
  drugs: readonly string[];
  evaluate(input: RuleInput): PgxRecommendation[];
}

export type RecommendationBody = Omit<PgxRecommendation, 'drug' | 'gene' | 'phenotype'>;

export const UM: readonly PgxPhenotype[] = ['ultrarapid metabolizer'];
export const RM: readonly PgxPhenotype[] = ['rapid metabolizer'];
export const IM: readonly PgxPhenotype[] = ['intermediate metabolizer', 'likely intermediate metabolizer'];
export const PM: readonly PgxPhenotype[] = ['poor metabolizer', 'likely poor metabolizer'];

/** The patient's phenotype for a gene, if known and determinate. */
export function phenotypeOf(resolved: ResolvedPgx, gene: MetabolizerGene): PgxPhenotype | undefined {
  const p = resolved.phenotypes.get(gene);
  return p === 'indeterminate' ? undefined : p;
}

/** Phenotype with CPIC's "likely" categories collapsed (they share the recommendation). */
export function baseOf(resolved: ResolvedPgx, gene: MetabolizerGene): PgxPhenotype | undefined {
  return basePhenotype(phenotypeOf(resolved, gene));
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function recommendation(
  drug: string,
  gene: string,
  phenotype: string,
  body: RecommendationBody,
): PgxRecommendation {
  return { drug, gene, phenotype, ...body };
}

export interface PhenotypeRow {
  phenotypes: readonly PgxPhenotype[];
  build(drug: string, input: RuleInput, phenotype: PgxPhenotype): RecommendationBody | null;
}

/** A rule keyed on one gene's phenotype: the first row listing the patient's phenotype applies. */
export function singleGeneRule(
  id: string,
  drugs: readonly string[],
  gene: MetabolizerGene,
  rows: readonly PhenotypeRow[],
): PgxRule {
  return {
    id,
    drugs,
    evaluate(input) {
      const phenotype = phenotypeOf(input.resolved, gene);
      if (!phenotype) return [];
      const row = rows.find((r) => r.phenotypes.includes(phenotype));
      const body = row?.build(input.drug, input, phenotype);
      return body ? [recommendation(input.drug, gene, phenotype, body)] : [];
    },
  };
}
