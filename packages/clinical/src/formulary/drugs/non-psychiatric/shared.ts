import type { Metabolism, Pharmacodynamics } from '../../types.js';
import { corePd } from '../shared.js';

/**
 * Builders for the non-psychiatric entries. Every pharmacodynamic flag is written out, the
 * optional ones too: the defaults are explicit "no effect" values (not omissions), so a test or a
 * rule can tell "checked and absent" from "not filled in".
 */
export function pd(overrides: Partial<Pharmacodynamics> = {}): Pharmacodynamics {
  return corePd({
    reducesLithiumClearance: false,
    antiplateletOrAnticoagulant: false,
    hyponatremia: false,
    myelosuppressive: false,
    ...overrides,
  });
}

export function metabolism(overrides: Partial<Metabolism> = {}): Metabolism {
  return { substrateOf: [], inhibits: [], induces: [], renallyCleared: false, ...overrides };
}

// ---------------------------------------------------------------------------------------------
// Opioid analgesic class boxed warning (FDA class labeling, 2016 onward; wording paraphrased)
// ---------------------------------------------------------------------------------------------

export const OPIOID_ADDICTION =
  'Addiction, abuse and misuse: exposes users to risks of addiction, abuse and misuse that can lead to overdose and death; assess each patient\u2019s risk before prescribing and monitor regularly.';
export const OPIOID_RESPIRATORY =
  'Life-threatening respiratory depression: serious, life-threatening or fatal respiratory depression may occur, especially when starting and after dose increases.';
export const OPIOID_ACCIDENTAL = 'Accidental ingestion, especially by children, can cause fatal overdose.';
export const OPIOID_NOWS =
  'Neonatal opioid withdrawal syndrome: prolonged use during pregnancy can cause neonatal opioid withdrawal syndrome, which may be life-threatening if not recognized and treated.';
export const OPIOID_BENZO =
  'Concomitant use with benzodiazepines or other CNS depressants (including alcohol, gabapentinoids, sedating antipsychotics and hypnotics) may cause profound sedation, respiratory depression, coma and death; reserve for patients without alternatives, at the lowest doses and shortest durations.';
export const OPIOID_REMS = 'Opioid Analgesic Risk Evaluation and Mitigation Strategy (REMS) applies.';
export const OPIOID_CYP3A4 =
  'Cytochrome P450 3A4 interaction: starting a CYP3A4 inhibitor (or stopping a CYP3A4 inducer) can raise opioid concentrations and cause fatal respiratory depression; monitor closely when either is started, stopped or changed.';

export const OPIOID_CLASS_BOX: readonly string[] = [
  OPIOID_ADDICTION,
  OPIOID_RESPIRATORY,
  OPIOID_ACCIDENTAL,
  OPIOID_NOWS,
  OPIOID_BENZO,
  OPIOID_REMS,
];

export const NSAID_BOX: readonly string[] = [
  'Cardiovascular thrombotic events: NSAIDs increase the risk of serious cardiovascular thrombotic events, including myocardial infarction and stroke, which can be fatal; risk may appear early and rises with duration. Contraindicated in the setting of coronary artery bypass graft (CABG) surgery.',
  'Gastrointestinal bleeding, ulceration and perforation: NSAIDs increase the risk of serious GI adverse events, which can be fatal and occur without warning; older adults and patients with prior peptic ulcer disease or GI bleeding are at greater risk.',
];

export const RAAS_FETAL_BOX =
  'Fetal toxicity: drugs acting directly on the renin-angiotensin system can cause injury and death to the developing fetus; discontinue as soon as possible when pregnancy is detected.';

export const FLUOROQUINOLONE_BOX =
  'Serious adverse reactions including tendinitis and tendon rupture, peripheral neuropathy and central nervous system effects (including psychiatric reactions), which may occur together and be irreversible; discontinue at the first signs. May exacerbate muscle weakness in myasthenia gravis (avoid). Reserve for patients without alternative treatment for acute bacterial sinusitis, acute exacerbation of chronic bronchitis and uncomplicated urinary tract infection.';

export const OPIOID_PREGNANCY_NOTE =
  'Prolonged use in pregnancy can cause neonatal opioid withdrawal syndrome; use only when benefits outweigh risks, at the lowest effective dose, and plan neonatal monitoring. Do not stop abruptly in opioid-dependent pregnant patients.';
