/**
 * Allergy checks: the drug itself, a class the patient reports ("benzodiazepines"), and labelled
 * or published cross-sensitivity (carbamazepine ↔ oxcarbazepine, aromatic anticonvulsants,
 * phenothiazines).
 */
import type { Drug } from '../../formulary/types.js';
import type { Severity } from '../../types.js';
import type { CheckContext } from '../context.js';
import type { DrugIndex } from '../drugs.js';
import type { DrugProfile } from '../profile.js';
import type { Finding } from '../types.js';
import { normalizeText } from '../util.js';
import { cap } from './text.js';

interface ClassAllergy {
  label: string;
  names: string[];
  test: (p: DrugProfile) => boolean;
}

const CLASS_ALLERGIES: ClassAllergy[] = [
  {
    label: 'benzodiazepines',
    names: ['benzodiazepine', 'benzodiazepines', 'benzos'],
    test: (p) => p.benzodiazepine,
  },
  {
    label: 'SSRIs',
    names: ['ssri', 'ssris', 'selective serotonin reuptake inhibitors'],
    test: (p) => p.ssri,
  },
  { label: 'SNRIs', names: ['snri', 'snris'], test: (p) => p.snri },
  {
    label: 'tricyclic antidepressants',
    names: ['tca', 'tcas', 'tricyclics', 'tricyclic antidepressants', 'tricyclic'],
    test: (p) => p.tca,
  },
  { label: 'MAO inhibitors', names: ['maoi', 'maois', 'mao inhibitors'], test: (p) => p.maoi },
  {
    label: 'antipsychotics',
    names: ['antipsychotic', 'antipsychotics', 'neuroleptics'],
    test: (p) => p.antipsychotic,
  },
  { label: 'phenothiazines', names: ['phenothiazine', 'phenothiazines'], test: (p) => p.phenothiazine },
  {
    label: 'aromatic anticonvulsants',
    names: ['aromatic anticonvulsants', 'aromatic antiepileptics', 'aromatic antiepileptic drugs'],
    test: (p) => p.aromaticAnticonvulsant,
  },
  {
    label: 'opioids',
    names: ['opioid', 'opioids', 'opiates', 'opiate', 'narcotics'],
    test: (p) => p.opioid,
  },
  { label: 'NSAIDs', names: ['nsaid', 'nsaids'], test: (p) => p.nsaid },
  {
    label: 'stimulants',
    names: ['stimulants', 'amphetamines', 'amphetamine salts'],
    test: (p) => p.stimulant,
  },
  { label: 'triptans', names: ['triptans', 'triptan'], test: (p) => p.triptan },
  { label: 'Z-drugs', names: ['z-drugs', 'z drugs'], test: (p) => p.zDrug },
];

/** Allergens outside the formulary that are recognised (and irrelevant to these drugs). */
const KNOWN_OTHER_ALLERGENS = new Set([
  'nkda',
  'nka',
  'no known drug allergies',
  'no known allergies',
  'none',
  'penicillin',
  'penicillins',
  'amoxicillin',
  'ampicillin',
  'cephalosporins',
  'cephalexin',
  'sulfa',
  'sulfa drugs',
  'sulfonamides',
  'sulfamethoxazole',
  'trimethoprim-sulfamethoxazole',
  'latex',
  'iodine',
  'contrast',
  'iodinated contrast',
  'shellfish',
  'peanuts',
  'peanut',
  'eggs',
  'tree nuts',
  'bee stings',
  'adhesive tape',
  'morphine',
  'codeine',
  'aspirin',
  'erythromycin',
  'azithromycin',
  'doxycycline',
  'tetracycline',
  'vancomycin',
  'contrast dye',
  'gluten',
  'lactose',
]);

export interface ResolvedAllergy {
  input: string;
  drug: Drug | null;
  cls: ClassAllergy | null;
}

export function resolveAllergies(
  inputs: readonly string[],
  index: DrugIndex,
): { allergies: ResolvedAllergy[]; unrecognized: Array<{ input: string; suggestions: string[] }> } {
  const allergies: ResolvedAllergy[] = [];
  const unrecognized: Array<{ input: string; suggestions: string[] }> = [];
  for (const raw of inputs) {
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    // "lamotrigine (rash)", "carbamazepine - SJS": keep the substance.
    const text = normalizeText(raw.replace(/\(.*?\)/g, ' ').replace(/\s[-:–].*$/, ' '));
    const drug = index.find(text);
    if (drug) {
      allergies.push({ input: raw.trim(), drug, cls: null });
      continue;
    }
    const cls = CLASS_ALLERGIES.find((c) => c.names.includes(text));
    if (cls) {
      allergies.push({ input: raw.trim(), drug: null, cls });
      continue;
    }
    if (KNOWN_OTHER_ALLERGENS.has(text)) continue;
    unrecognized.push({ input: raw.trim(), suggestions: index.suggest(text) });
  }
  return { allergies, unrecognized };
}

interface CrossSensitivity {
  severity: Severity;
  detail: string;
  sources: string[];
}

function crossSensitivity(allergen: DrugProfile, drug: DrugProfile): CrossSensitivity | null {
  const pair = new Set([allergen.name, drug.name]);
  if (pair.has('carbamazepine') && (pair.has('oxcarbazepine') || pair.has('eslicarbazepine'))) {
    return {
      severity: 'major',
      detail:
        'About 25–30% of patients with a hypersensitivity reaction to carbamazepine react to oxcarbazepine (label); eslicarbazepine shares the structure.',
      sources: ['check-label-oxcarbazepine', 'check-hirsch-2008'],
    };
  }
  if (
    pair.has('carbamazepine') &&
    (pair.has('phenytoin') || pair.has('fosphenytoin') || pair.has('phenobarbital'))
  ) {
    return {
      severity: 'major',
      detail:
        'Rash cross-sensitivity between carbamazepine and phenytoin or phenobarbital is high (about 40–60% in a large epilepsy clinic series).',
      sources: ['check-hirsch-2008'],
    };
  }
  if (allergen.aromaticAnticonvulsant && drug.aromaticAnticonvulsant) {
    return {
      severity: 'moderate',
      detail: `${cap(allergen.name)} and ${drug.name} are aromatic anticonvulsants; rash cross-sensitivity between them is in the range of 20–40% in published series.`,
      sources: ['check-hirsch-2008'],
    };
  }
  if (allergen.phenothiazine && drug.phenothiazine) {
    return {
      severity: 'moderate',
      detail: `${cap(allergen.name)} and ${drug.name} are both phenothiazines; labels warn of possible cross-sensitivity between phenothiazine derivatives.`,
      sources: ['check-label-antipsychotic-class'],
    };
  }
  return null;
}

export function allergyFindings(
  ctx: CheckContext,
  allergies: readonly ResolvedAllergy[],
  profileOf: (drug: Drug) => DrugProfile,
): Finding[] {
  const out: Finding[] = [];
  if (allergies.length === 0) return out;
  for (const comp of ctx.active) {
    const p = comp.profile;
    for (const allergy of allergies) {
      if (allergy.drug && allergy.drug.name === p.name) {
        out.push({
          code: 'allergy.drug',
          mechanism: 'allergy',
          category: 'allergy',
          severity: 'contraindicated',
          drugs: [p.name],
          title: `Allergy recorded to ${p.name}`,
          detail: `The patient's allergy list includes "${allergy.input}", and ${p.name} is in the regimen${
            comp.med.components.length > 1 ? ` (as part of ${comp.med.label})` : ''
          }.`,
          recommendation: `Do not give ${p.name}. Confirm the reaction history; choose an alternative.`,
          action: 'avoid',
          maxDailyDose: null,
          // Every label contraindicates known hypersensitivity to the drug: cite the drug's label.
          sources: p.drug.sources.slice(0, 1),
        });
        continue;
      }
      if (allergy.drug) {
        const cross = crossSensitivity(profileOf(allergy.drug), p);
        if (cross) {
          out.push({
            code: 'allergy.cross-sensitivity',
            mechanism: 'allergy',
            category: 'allergy',
            severity: cross.severity,
            drugs: [p.name],
            title: `Possible cross-sensitivity: allergy to ${allergy.drug.name}, ${p.name} in the regimen`,
            detail: cross.detail,
            recommendation: `Confirm the nature of the reaction to ${allergy.drug.name}. If it was a serious rash (SJS/TEN, DRESS) avoid ${p.name}; otherwise use only with close monitoring for rash and stop at the first sign.`,
            action: cross.severity === 'major' ? 'use-alternative' : 'monitor',
            maxDailyDose: null,
            sources: cross.sources,
          });
        }
        continue;
      }
      if (allergy.cls?.test(p)) {
        out.push({
          code: 'allergy.class',
          mechanism: 'allergy',
          category: 'allergy',
          severity: 'major',
          drugs: [p.name],
          title: `Allergy recorded to ${allergy.cls.label}; ${p.name} is one`,
          detail: `The allergy list includes "${allergy.input}". ${cap(p.name)} belongs to that class.`,
          recommendation: `Clarify which drug caused the reaction and what it was; if a true class hypersensitivity, choose a drug from another class.`,
          action: 'use-alternative',
          maxDailyDose: null,
          sources: [
            ...p.drug.sources.slice(0, 1),
            ...(p.phenothiazine ? ['check-label-antipsychotic-class'] : []),
          ],
        });
      }
    }
  }
  return out;
}
