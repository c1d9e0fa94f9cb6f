import type { Enzyme, EnzymeEffect, Pharmacodynamics, Strength, SubstrateOf } from '../types.js';

/**
 * Builders and class-level wording shared by the psychiatric drug files (antidepressants,
 * antipsychotics, mood stabilizers, anxiolytics/hypnotics, ADHD and substance-use medicines), so
 * that a class boxed warning or a patient instruction is written once and reads the same on
 * every entry that carries it. The non-psychiatric files build on these in non-psychiatric/shared.ts.
 */

// ---------------------------------------------------------------------------------------------
// Metabolism and pharmacodynamics
// ---------------------------------------------------------------------------------------------

export function sub(
  enzyme: Enzyme,
  fraction: 'major' | 'minor' = 'major',
  narrowTherapeuticIndex = false,
): SubstrateOf {
  return narrowTherapeuticIndex ? { enzyme, fraction, narrowTherapeuticIndex } : { enzyme, fraction };
}

export function eff(enzyme: Enzyme, strength: Strength): EnzymeEffect {
  return { enzyme, strength };
}

/**
 * Pharmacodynamics whose nine core flags default to "no effect". The optional flags (lithium
 * clearance, bleeding, hyponatremia, myelosuppression) are written only where an entry sets them,
 * so psychiatric entries carry just what was assessed for them.
 */
export function corePd(flags: Partial<Pharmacodynamics> = {}): Pharmacodynamics {
  return {
    serotonergic: 'none',
    maoInhibitor: false,
    sympathomimetic: false,
    qtRisk: 'none',
    cnsDepressant: 'none',
    respiratoryDepressant: false,
    anticholinergicBurden: 0,
    seizureThresholdLowering: 'none',
    misusePotential: 'none',
    ...flags,
  };
}

/**
 * Antidepressants and antipsychotics: every label warns of a lowered seizure threshold, so it
 * defaults to low. Each file narrows the parameter type to the flags its entries must write out.
 */
export function seizureLoweringPd(core: Partial<Pharmacodynamics>): Pharmacodynamics {
  return corePd({ seizureThresholdLowering: 'low', ...core });
}

/** Shared references behind the QT, anticholinergic, interaction and lactation fields. */
export const PD_SOURCES = ['fa-crediblemeds', 'fa-acb-boustani-2008', 'fa-fda-ddi-table', 'fa-lactmed'];

export const STRONG_3A4_INHIBITORS = ['ketoconazole', 'itraconazole', 'clarithromycin', 'voriconazole'];

// ---------------------------------------------------------------------------------------------
// Class boxed warnings (FDA class labeling; wording paraphrased)
// ---------------------------------------------------------------------------------------------

/** Antidepressant class boxed warning as the antidepressant labels give it (FDA 2007). */
export const ANTIDEPRESSANT_SUICIDALITY_BOX =
  'Suicidal thoughts and behaviors: antidepressants increased the risk of suicidal thoughts and behaviors in children, adolescents and young adults (24 years and younger) in short-term trials; no increase was seen in adults older than 24 and the risk was lower in adults 65 and older. Monitor all treated patients closely for clinical worsening and emergence of suicidal thoughts and behaviors, especially during the first few months and after dose changes.';

/** The same class warning as the labels of antipsychotics with an antidepressant indication word it. */
export const ANTIPSYCHOTIC_ANTIDEPRESSANT_SUICIDALITY_BOX =
  'Suicidal thoughts and behaviors: antidepressants increased the risk of suicidal thoughts and behaviors in children, adolescents and young adults (24 years and younger) in short-term trials. Monitor all antidepressant-treated patients closely for clinical worsening and emergence of suicidal thoughts and behaviors, especially during the first few months and after dose changes.';

/** Antipsychotic class boxed warning (FDA 2005/2008), with what a given label adds after it. */
export function dementiaMortalityBox(labelSpecific: string): string {
  return `Increased mortality in elderly patients with dementia-related psychosis: elderly patients with dementia-related psychosis treated with antipsychotic drugs are at an increased risk of death${labelSpecific}`;
}

export const ANTIPSYCHOTIC_DEMENTIA_BOX = dementiaMortalityBox(
  ' (about 1.6 to 1.7 times placebo in trials; deaths mostly cardiovascular or infectious). Not approved for the treatment of dementia-related psychosis.',
);

// ---------------------------------------------------------------------------------------------
// Missed-dose instructions (patient education)
// ---------------------------------------------------------------------------------------------

export const MISSED_STANDARD =
  'Take the missed dose as soon as you remember. If it is almost time for your next dose, skip the missed dose and take the next one at the usual time. Do not take two doses at once.';

export const MISSED_SKIP_IF_NEAR_NEXT =
  'Take it as soon as you remember. If it is almost time for your next dose, skip the missed dose. Do not take two doses at once.';
