import { citation } from '../sources/index.js';
import { type Alert, SEVERITY_RANK } from '../types.js';
import { ATOMOXETINE_RULES } from './rules/atomoxetine.js';
import { HLA_RULES } from './rules/hla.js';
import { LABEL_RULES } from './rules/label.js';
import { OPIOID_RULES } from './rules/opioids.js';
import type { PgxRule } from './rules/shared.js';
import { SSRI_RULES } from './rules/ssri.js';
import { TCA_RULES } from './rules/tca.js';
import type { PgxContext, PgxRecommendation, ResolvedPgx } from './types.js';

/** Every PGx prescribing rule. */
export const PGX_RULES: readonly PgxRule[] = [
  ...SSRI_RULES,
  ...TCA_RULES,
  ...ATOMOXETINE_RULES,
  ...HLA_RULES,
  ...LABEL_RULES,
  ...OPIOID_RULES,
];

function normalizeDrugName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ');
}

/** Drug name → rules, built once at module load so a lookup never scans the rule list. */
const RULE_INDEX: ReadonlyMap<string, readonly PgxRule[]> = (() => {
  const index = new Map<string, PgxRule[]>();
  for (const rule of PGX_RULES) {
    for (const drug of rule.drugs) {
      const key = normalizeDrugName(drug);
      const list = index.get(key);
      if (list) list.push(rule);
      else index.set(key, [rule]);
    }
  }
  return index;
})();

/** Generic names (lower case) that have at least one pharmacogenomic rule. */
export function pgxDrugs(): string[] {
  return [...RULE_INDEX.keys()].sort();
}

/**
 * Pharmacogenomic recommendations for one drug given the patient's resolved results. Returns an
 * empty list when the drug has no PGx guidance, when the relevant gene is untested or
 * indeterminate, and for normal metabolizers / negative HLA results (no alert fatigue).
 * Highest severity first.
 */
export function pgxRecommendations(
  drugName: string,
  resolved: ResolvedPgx,
  context: PgxContext = {},
): PgxRecommendation[] {
  const drug = normalizeDrugName(drugName);
  const rules = RULE_INDEX.get(drug);
  if (!rules) return [];
  const out = rules.flatMap((rule) => rule.evaluate({ drug, resolved, context }));
  return out.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (a.gene < b.gene ? -1 : a.gene > b.gene ? 1 : 0),
  );
}

/** The `check` alert for a recommendation (category `pharmacogenomic`, sources as citations). */
export function pgxRecommendationToAlert(rec: PgxRecommendation): Alert {
  const geneCode = rec.gene
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '');
  return {
    code: `pharmacogenomic.${geneCode}.${rec.drug.replace(/[^a-z0-9]+/g, '-')}`,
    category: 'pharmacogenomic',
    severity: rec.severity,
    drugs: [rec.drug],
    title: rec.title,
    detail: rec.detail,
    recommendation: rec.recommendation,
    action: rec.action,
    maxDailyDose: rec.maxDailyDose,
    sources: rec.sources.map(citation),
  };
}
