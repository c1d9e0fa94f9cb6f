import type { SourceId } from '../types.js';

/** Enzymes and transporters the engine reasons about. */
export type Enzyme =
  | 'CYP1A2'
  | 'CYP2B6'
  | 'CYP2C8'
  | 'CYP2C9'
  | 'CYP2C19'
  | 'CYP2D6'
  | 'CYP3A4'
  | 'UGT1A4'
  | 'UGT2B7'
  | 'P-gp';

/** FDA drug-interaction guidance vocabulary for inhibitor and inducer strength. */
export type Strength = 'strong' | 'moderate' | 'weak';

export interface SubstrateOf {
  enzyme: Enzyme;
  /**
   * `major`: the enzyme carries a large share of clearance, so inhibition or induction changes
   * exposure in a clinically meaningful way. `minor` pathways never raise alerts on their own.
   */
  fraction: 'major' | 'minor';
  /** Narrow therapeutic index or concentration-dependent toxicity (e.g. pimozide, TCAs, clozapine). */
  narrowTherapeuticIndex?: boolean;
}

export interface EnzymeEffect {
  enzyme: Enzyme;
  strength: Strength;
}

export interface Metabolism {
  substrateOf: SubstrateOf[];
  inhibits: EnzymeEffect[];
  induces: EnzymeEffect[];
  /** Renally cleared unchanged (lithium, gabapentin…), relevant to renal caps. */
  renallyCleared?: boolean;
}

/** CredibleMeds-style QT categories. */
export type QtRisk = 'known' | 'possible' | 'conditional' | 'none';
export type Level = 'high' | 'moderate' | 'low' | 'none';

export interface Pharmacodynamics {
  /** Contribution to serotonin toxicity: high = SSRIs/SNRIs/MAOIs/clomipramine; low = weak (e.g. trazodone, mirtazapine). */
  serotonergic: Level;
  /** Irreversible or reversible MAO inhibition (MAOIs, linezolid, methylene blue, selegiline). */
  maoInhibitor: boolean;
  /** Raises blood pressure through catecholamines (stimulants, sympathomimetics) — MAOI hypertensive crisis. */
  sympathomimetic: boolean;
  qtRisk: QtRisk;
  /** Sedation / CNS depression (benzodiazepines, Z-drugs, opioids, sedating antipsychotics…). */
  cnsDepressant: Level;
  /** Respiratory depression (opioids, benzodiazepines, gabapentinoids at high dose). */
  respiratoryDepressant: boolean;
  /** Anticholinergic Cognitive Burden score 0–3 (Boustani 2008). */
  anticholinergicBurden: 0 | 1 | 2 | 3;
  seizureThresholdLowering: Level;
  misusePotential: Level;
  /** Raises lithium concentrations by reducing its renal clearance (NSAIDs, ACE inhibitors, ARBs, thiazides). */
  reducesLithiumClearance?: boolean;
  /** Raises bleeding risk (SSRIs/SNRIs with anticoagulants and NSAIDs). */
  antiplateletOrAnticoagulant?: boolean;
  /** Lowers the seizure threshold or causes hyponatremia etc. can be added as needed. */
  hyponatremia?: boolean;
  /** Causes neutropenia/agranulocytosis (clozapine, carbamazepine) — additive bone-marrow risk. */
  myelosuppressive?: boolean;
}

export interface DoseCap {
  /** When the cap applies. All given conditions must hold. */
  when: {
    minAge?: number;
    maxAge?: number;
    hepaticImpairment?: boolean;
    renalImpairment?: boolean;
    /** e.g. { gene: 'CYP2C19', phenotypes: ['poor metabolizer'] } */
    phenotype?: { gene: string; phenotypes: string[] };
    /** With a named co-medication (e.g. citalopram 20 mg with cimetidine). */
    withDrug?: string;
  };
  maxDailyMg: number;
  reason: string;
  sources: SourceId[];
}

export interface DoseInfo {
  /** Usual adult daily dose range in mg (for judging an adequate trial). */
  usualDailyMg: { min: number; max: number };
  /** Labelled adult maximum daily dose in mg; null when no ceiling is labelled (e.g. as-needed only). */
  maxDailyMg: number | null;
  /** Minimum daily dose generally accepted as therapeutic for an adequate trial (mg). */
  minEffectiveDailyMg?: number;
  /** Typical starting daily dose in mg. */
  startingDailyMg: number;
  /** Dispensable strengths in mg (tablets/capsules; liquid allows any), used to round tapers. */
  strengthsMg: number[];
  /** True when an oral liquid exists so tapers may use fractional doses. */
  liquidAvailable?: boolean;
  caps?: DoseCap[];
  titration: string;
  /** Plain statement of how long until benefit is expected, e.g. "2–4 weeks; full effect 6–8 weeks". */
  timeToEffect: string;
  /** Weeks at an adequate dose before judging an antidepressant/antipsychotic trial. */
  adequateTrialWeeks?: number;
  /** Long-acting injectable or transdermal: dose is not a daily oral mg value. */
  nonDailyRoute?: { route: 'injection' | 'transdermal' | 'nasal' | 'sublingual'; note: string };
}

export interface Education {
  purpose: string;
  howToTake: string;
  weeks1to2: string;
  weeks4to8: string;
  commonSideEffects: string[];
  seriousSideEffects: string[];
  whenToCall: string;
  missedDose: string;
  questionsToAsk: string[];
}

export type DrugClass =
  // antidepressants
  | 'antidepressant'
  | 'ssri'
  | 'snri'
  | 'tca'
  | 'maoi'
  | 'atypical-antidepressant'
  | 'nmda-antagonist'
  | 'neurosteroid'
  // antipsychotics
  | 'antipsychotic'
  | 'first-generation-antipsychotic'
  | 'second-generation-antipsychotic'
  | 'long-acting-injectable'
  // mood stabilizers and anticonvulsants
  | 'mood-stabilizer'
  | 'anticonvulsant'
  // anxiolytics and hypnotics
  | 'benzodiazepine'
  | 'z-drug'
  | 'hypnotic'
  | 'anxiolytic'
  | 'orexin-antagonist'
  | 'melatonin-agonist'
  | 'antihistamine'
  | 'gabapentinoid'
  // ADHD
  | 'stimulant'
  | 'amphetamine'
  | 'methylphenidate'
  | 'non-stimulant-adhd'
  | 'alpha-2-agonist'
  // substance use
  | 'opioid-antagonist'
  | 'opioid-agonist'
  | 'partial-opioid-agonist'
  | 'alcohol-use-disorder'
  | 'opioid-use-disorder'
  // non-psychiatric
  | 'opioid'
  | 'triptan'
  | 'nsaid'
  | 'ace-inhibitor'
  | 'arb'
  | 'thiazide'
  | 'diuretic'
  | 'macrolide'
  | 'azole-antifungal'
  | 'fluoroquinolone'
  | 'rifamycin'
  | 'hormonal-contraceptive'
  | 'anticoagulant'
  | 'antiplatelet'
  | 'h2-blocker'
  | 'proton-pump-inhibitor'
  | 'muscle-relaxant'
  | 'antiemetic'
  | 'antibiotic'
  | 'antiarrhythmic'
  | 'antitussive'
  | 'herbal'
  | 'serm'
  | 'beta-blocker'
  | 'anticholinergic'
  | 'dopamine-agonist'
  | 'other';

export type Schedule = 'II' | 'III' | 'IV' | 'V' | null;

/** Pregnancy risk summary used by the check (details in the text). */
export type PregnancyRisk = 'contraindicated' | 'avoid' | 'caution' | 'acceptable';

export interface Drug {
  /** Generic name, lower case — the identity used everywhere. */
  name: string;
  /** RxNorm ingredient concept id (RXCUI, TTY=IN). */
  rxnorm: string;
  brands: string[];
  /** Other accepted spellings (e.g. "divalproex", "valproic acid"). */
  synonyms?: string[];
  classes: DrugClass[];
  /** Part of the psychiatric formulary (as opposed to an interacting non-psychiatric drug). */
  psychiatric: boolean;
  schedule: Schedule;
  dose: DoseInfo;
  boxedWarnings: string[];
  pregnancy: { risk: PregnancyRisk; note: string };
  lactation: string;
  renal: string | null;
  hepatic: string | null;
  metabolism: Metabolism;
  pd: Pharmacodynamics;
  /** Monitoring protocols (see the monitoring module) this drug sets off when started or changed. */
  monitoring: MonitoringProtocolId[];
  /** Plain-language education (required for psychiatric drugs). */
  education: Education | null;
  /** Discontinuation-syndrome or withdrawal risk when stopped abruptly. */
  discontinuationRisk: Level;
  /** Elimination half-life in hours (parent + active metabolite where relevant). */
  halfLifeHours?: number;
  /** Days after stopping before an MAOI may be started (e.g. fluoxetine 35). Default derived from half-life. */
  washoutDaysBeforeMaoi?: number;
  sources: SourceId[];
}

/**
 * Monitoring protocols a drug can set off. The monitoring module defines each protocol's schedule
 * and thresholds; the formulary only names which ones apply.
 */
export type MonitoringProtocolId =
  | 'sga-metabolic' // weight/BMI, waist, BP, glucose/A1c, lipids (ADA/APA 2004)
  | 'antipsychotic-movement' // AIMS for tardive dyskinesia
  | 'prolactin' // symptomatic prolactin (risperidone, paliperidone, FGAs)
  | 'lithium' // levels, renal, thyroid, calcium
  | 'valproate' // levels, LFTs, CBC/platelets
  | 'carbamazepine' // levels, CBC, LFTs, sodium
  | 'oxcarbazepine-sodium' // sodium
  | 'lamotrigine-rash' // rash education/check during titration
  | 'clozapine' // ANC (REMS-era schedule), myocarditis, metabolic
  | 'qt-ecg' // baseline/after-titration ECG for QT risk
  | 'tca-ecg' // baseline ECG (age > 40 or cardiac history) for tricyclics
  | 'stimulant-cardiovascular' // BP, heart rate, weight/height
  | 'alpha2-cardiovascular' // BP, heart rate (guanfacine, clonidine)
  | 'pregnancy-test' // teratogens in people who can become pregnant
  | 'antidepressant-suicidality' // close follow-up under 25 (boxed warning)
  | 'hepatic' // liver tests (naltrexone, duloxetine with liver disease, nefazodone, disulfiram)
  | 'renal' // renal function (e.g. gabapentin, acamprosate)
  | 'sodium' // hyponatremia risk (SSRIs in older adults, oxcarbazepine)
  | 'blood-pressure' // venlafaxine/desvenlafaxine/levomilnacipran, MAOIs
  | 'esketamine-observation' // 2 h post-dose observation (REMS)
  | 'opioid-treatment' // urine drug testing, PDMP for buprenorphine/methadone
  | 'controlled-substance' // PDMP check, urine drug screen, agreement
  | 'benzodiazepine-review'; // periodic need and taper review
