/**
 * CPIC opioid guideline (Crews et al. 2021): codeine and tramadol are activated by CYP2D6.
 * Ultrarapid metabolizers risk toxicity; poor metabolizers get little analgesia. FDA (2017)
 * contraindicates both drugs in children under 12, so an ultrarapid result in a child is
 * `contraindicated`.
 */

import { capitalize, IM, type PgxRule, PM, singleGeneRule, UM } from './shared.js';

const OPIOIDS = 'pgx-cpic-opioids-2021';

function opioidRule(drug: 'codeine' | 'tramadol'): PgxRule {
  const other = drug === 'codeine' ? 'tramadol' : 'codeine';
  const active = drug === 'codeine' ? 'morphine' : 'O-desmethyltramadol';
  const Drug = capitalize(drug);
  return singleGeneRule(`cpic-opioid-${drug}`, [drug], 'CYP2D6', [
    {
      phenotypes: UM,
      build: (_d, { context }) => {
        const child = context.age !== undefined && context.age < 12;
        return {
          severity: child ? 'contraindicated' : 'major',
          action: 'avoid',
          title: `${Drug}: CYP2D6 ultrarapid metabolizer — avoid (risk of toxicity)`,
          detail:
            `Ultrarapid CYP2D6 activity converts ${drug} to ${active} quickly, which can cause life-threatening ` +
            'respiratory depression.' +
            (child ? ` ${Drug} is also contraindicated in children under 12 (FDA).` : ''),
          recommendation: `Avoid ${drug}. If an opioid is needed, use one that is not activated by CYP2D6 (not ${other}).`,
          maxDailyDose: null,
          doseFactor: null,
          strength: 'strong',
          sources: child ? [OPIOIDS, 'pgx-fda-codeine-tramadol-children-2017'] : [OPIOIDS],
        };
      },
    },
    {
      phenotypes: PM,
      build: () => ({
        severity: drug === 'codeine' ? 'moderate' : 'minor',
        action: 'avoid',
        title: `${Drug}: CYP2D6 poor metabolizer — avoid (little pain relief)`,
        detail: `Without CYP2D6 activity little ${active} is formed, so ${drug} gives little or no analgesia.`,
        recommendation: `Avoid ${drug}. If an opioid is needed, use one that is not activated by CYP2D6 (not ${other}).`,
        maxDailyDose: null,
        doseFactor: null,
        strength: drug === 'codeine' ? 'strong' : 'optional',
        sources: [OPIOIDS],
      }),
    },
    {
      phenotypes: IM,
      build: () => ({
        severity: 'minor',
        action: 'monitor',
        title: `${Drug}: CYP2D6 intermediate metabolizer — check analgesic response`,
        detail: `Reduced CYP2D6 activity forms less ${active}, so pain relief may be weaker.`,
        recommendation: `Use the usual labelled dose. If pain relief is inadequate, switch to an opioid not activated by CYP2D6 (not ${other}) rather than escalating.`,
        maxDailyDose: null,
        doseFactor: null,
        strength: drug === 'codeine' ? 'moderate' : 'optional',
        sources: [OPIOIDS],
      }),
    },
  ]);
}

export const OPIOID_RULES: readonly PgxRule[] = [opioidRule('codeine'), opioidRule('tramadol')];
