/**
 * Per-drug feature profile computed once when a checker is created. Rules read these flags
 * instead of re-deriving them from classes, names and pharmacology on every check.
 */

import { PRODRUG_ACTIVATION } from '../formulary/drugs/non-psychiatric.js';
import type { Drug, DrugClass, Enzyme, Level, Strength } from '../formulary/types.js';
import { drugNames } from './drugs.js';

export const STRENGTH_RANK: Record<Strength, number> = { weak: 1, moderate: 2, strong: 3 };
export const LEVEL_RANK: Record<Level, number> = { none: 0, low: 1, moderate: 2, high: 3 };

const VALPROATE = [
  'valproate',
  'valproic acid',
  'divalproex',
  'divalproex sodium',
  'sodium valproate',
  'valproate sodium',
];
const PHENOTHIAZINES = [
  'chlorpromazine',
  'fluphenazine',
  'perphenazine',
  'thioridazine',
  'trifluoperazine',
  'prochlorperazine',
  'promethazine',
  'mesoridazine',
  'thiethylperazine',
];
/** Aromatic anticonvulsants (arene-oxide forming): cross-sensitivity for hypersensitivity reactions. */
const AROMATIC_ANTICONVULSANTS = [
  'carbamazepine',
  'oxcarbazepine',
  'eslicarbazepine',
  'phenytoin',
  'fosphenytoin',
  'phenobarbital',
  'primidone',
  'lamotrigine',
];
/** Opioid antagonists that block opioid analgesia when taken by mouth (not naloxone rescue). */
const ORAL_OPIOID_ANTAGONISTS = ['naltrexone', 'samidorphan'];
/** Prodrugs activated by CYP2D6 / CYP2C19 whose effect falls with strong inhibition (formulary data). */
const PRODRUG_ENZYME: ReadonlyMap<string, Enzyme> = new Map(
  PRODRUG_ACTIVATION.map((p) => [p.drug, p.enzyme]),
);

export interface DrugProfile {
  id: number;
  drug: Drug;
  name: string;
  names: ReadonlySet<string>;
  classes: ReadonlySet<DrugClass>;
  maoi: boolean;
  serotonergic: number;
  sympathomimetic: boolean;
  qt: 'known' | 'possible' | 'conditional' | 'none';
  cns: number;
  respiratory: boolean;
  acb: number;
  seizure: number;
  misuse: number;
  antipsychotic: boolean;
  antidepressant: boolean;
  sri: boolean;
  tca: boolean;
  ssri: boolean;
  snri: boolean;
  benzodiazepine: boolean;
  zDrug: boolean;
  gabapentinoid: boolean;
  /** Full or partial mu-opioid agonist. */
  opioid: boolean;
  buprenorphine: boolean;
  methadone: boolean;
  opioidAntagonist: boolean;
  stimulant: boolean;
  stimulantKind: 'amphetamine' | 'methylphenidate' | 'other' | null;
  lithium: boolean;
  valproate: boolean;
  lamotrigine: boolean;
  carbamazepine: boolean;
  oxcarbazepine: boolean;
  clozapine: boolean;
  bupropion: boolean;
  disulfiram: boolean;
  triptan: boolean;
  phenothiazine: boolean;
  aromaticAnticonvulsant: boolean;
  hormonalContraceptive: boolean;
  estrogen: boolean;
  nsaid: boolean;
  anticoagulant: boolean;
  antiplatelet: boolean;
  ppi: boolean;
  lithiumClearance: boolean;
  myelosuppressive: boolean;
  hyponatremia: boolean;
  moodStabilizer: boolean;
  alpha2: boolean;
  prodrugEnzyme: Enzyme | null;
  inhibits: ReadonlyMap<Enzyme, Strength>;
  induces: ReadonlyMap<Enzyme, Strength>;
  /** Enzymes carrying a major share of clearance → narrow therapeutic index flag. */
  majorSubstrate: ReadonlyMap<Enzyme, boolean>;
  renallyCleared: boolean;
  controlled: boolean;
}

function has(names: ReadonlySet<string>, list: readonly string[]): boolean {
  return list.some((n) => names.has(n));
}

function strongest(effects: Drug['metabolism']['inhibits']): Map<Enzyme, Strength> {
  const out = new Map<Enzyme, Strength>();
  for (const effect of effects) {
    const previous = out.get(effect.enzyme);
    if (!previous || STRENGTH_RANK[effect.strength] > STRENGTH_RANK[previous])
      out.set(effect.enzyme, effect.strength);
  }
  return out;
}

export function buildProfile(drug: Drug, id: number): DrugProfile {
  const names = new Set(drugNames(drug));
  const classes = new Set(drug.classes);
  const c = (cls: DrugClass) => classes.has(cls);
  const pd = drug.pd;
  const majorSubstrate = new Map<Enzyme, boolean>();
  for (const s of drug.metabolism.substrateOf) {
    if (s.fraction === 'major')
      majorSubstrate.set(
        s.enzyme,
        Boolean(s.narrowTherapeuticIndex) || Boolean(majorSubstrate.get(s.enzyme)),
      );
  }
  const buprenorphine = names.has('buprenorphine');
  const opioid = c('opioid') || c('opioid-agonist') || c('partial-opioid-agonist') || buprenorphine;
  const valproate = has(names, VALPROATE);
  const lithium = names.has('lithium') || names.has('lithium carbonate') || names.has('lithium citrate');
  const carbamazepine = names.has('carbamazepine');
  const lamotrigine = names.has('lamotrigine');
  const antipsychotic =
    c('antipsychotic') || c('first-generation-antipsychotic') || c('second-generation-antipsychotic');
  const tca = c('tca');
  const ssri = c('ssri');
  const snri = c('snri');
  const antidepressant =
    c('antidepressant') || ssri || snri || tca || c('maoi') || c('atypical-antidepressant');
  const stimulantKind = c('amphetamine')
    ? 'amphetamine'
    : c('methylphenidate')
      ? 'methylphenidate'
      : c('stimulant')
        ? 'other'
        : null;
  const estrogen = [...names].some((n) => /estradiol|estrogen|mestranol|estetrol/.test(n));
  return {
    id,
    drug,
    name: drug.name,
    names,
    classes,
    maoi: pd.maoInhibitor || c('maoi'),
    serotonergic: LEVEL_RANK[pd.serotonergic],
    sympathomimetic: pd.sympathomimetic,
    qt: pd.qtRisk,
    cns: LEVEL_RANK[pd.cnsDepressant],
    respiratory: pd.respiratoryDepressant,
    acb: pd.anticholinergicBurden,
    seizure: LEVEL_RANK[pd.seizureThresholdLowering],
    misuse: LEVEL_RANK[pd.misusePotential],
    antipsychotic,
    antidepressant,
    sri: ssri || snri || has(names, ['vortioxetine', 'vilazodone', 'clomipramine']),
    tca,
    ssri,
    snri,
    benzodiazepine: c('benzodiazepine'),
    zDrug: c('z-drug'),
    gabapentinoid: c('gabapentinoid'),
    opioid,
    buprenorphine,
    methadone: names.has('methadone'),
    opioidAntagonist: has(names, ORAL_OPIOID_ANTAGONISTS),
    stimulant: stimulantKind !== null,
    stimulantKind,
    lithium,
    valproate,
    lamotrigine,
    carbamazepine,
    oxcarbazepine: names.has('oxcarbazepine'),
    clozapine: names.has('clozapine'),
    bupropion: names.has('bupropion'),
    disulfiram: names.has('disulfiram'),
    triptan: c('triptan'),
    phenothiazine: has(names, PHENOTHIAZINES),
    aromaticAnticonvulsant: has(names, AROMATIC_ANTICONVULSANTS),
    hormonalContraceptive: c('hormonal-contraceptive'),
    estrogen,
    nsaid: c('nsaid'),
    anticoagulant: c('anticoagulant'),
    antiplatelet: c('antiplatelet'),
    ppi: c('proton-pump-inhibitor'),
    // Each drug states it (aspirin, an NSAID, does not reduce lithium clearance: Ragheb 1990).
    lithiumClearance: Boolean(pd.reducesLithiumClearance),
    myelosuppressive: Boolean(pd.myelosuppressive),
    hyponatremia: Boolean(pd.hyponatremia),
    moodStabilizer: c('mood-stabilizer') || lithium || valproate || carbamazepine || lamotrigine,
    alpha2: c('alpha-2-agonist'),
    prodrugEnzyme: PRODRUG_ENZYME.get(drug.name) ?? null,
    inhibits: strongest(drug.metabolism.inhibits),
    induces: strongest(drug.metabolism.induces),
    majorSubstrate,
    renallyCleared: Boolean(drug.metabolism.renallyCleared),
    controlled: drug.schedule !== null,
  };
}

export { AROMATIC_ANTICONVULSANTS, PHENOTHIAZINES, VALPROATE };
