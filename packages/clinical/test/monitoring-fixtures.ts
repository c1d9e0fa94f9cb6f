/**
 * Literal `Drug` fixtures for the monitoring, follow-up and taper tests, so those tests do not
 * depend on formulary entries that other modules are still writing. Values mirror the US labels.
 */
import type { Drug, DrugClass, MonitoringProtocolId } from '../src/formulary/types.js';

interface FixtureInput {
  name: string;
  classes: DrugClass[];
  monitoring?: MonitoringProtocolId[];
  strengthsMg: number[];
  liquidAvailable?: boolean;
  startingDailyMg: number;
  usual: [number, number];
  maxDailyMg?: number | null;
  minEffectiveDailyMg?: number;
  schedule?: Drug['schedule'];
  halfLifeHours?: number;
  washoutDaysBeforeMaoi?: number;
  discontinuationRisk?: Drug['discontinuationRisk'];
  serotonergic?: Drug['pd']['serotonergic'];
  maoInhibitor?: boolean;
  sympathomimetic?: boolean;
}

export function makeDrug(f: FixtureInput): Drug {
  const drug: Drug = {
    name: f.name,
    rxnorm: '0',
    brands: [],
    classes: f.classes,
    psychiatric: true,
    schedule: f.schedule ?? null,
    dose: {
      usualDailyMg: { min: f.usual[0], max: f.usual[1] },
      maxDailyMg: f.maxDailyMg === undefined ? f.usual[1] : f.maxDailyMg,
      startingDailyMg: f.startingDailyMg,
      strengthsMg: f.strengthsMg,
      titration: 'fixture',
      timeToEffect: 'fixture',
      ...(f.liquidAvailable !== undefined ? { liquidAvailable: f.liquidAvailable } : {}),
      ...(f.minEffectiveDailyMg !== undefined ? { minEffectiveDailyMg: f.minEffectiveDailyMg } : {}),
    },
    boxedWarnings: [],
    pregnancy: { risk: 'caution', note: '' },
    lactation: '',
    renal: null,
    hepatic: null,
    metabolism: { substrateOf: [], inhibits: [], induces: [] },
    pd: {
      serotonergic: f.serotonergic ?? 'none',
      maoInhibitor: f.maoInhibitor ?? false,
      sympathomimetic: f.sympathomimetic ?? false,
      qtRisk: 'none',
      cnsDepressant: 'none',
      respiratoryDepressant: false,
      anticholinergicBurden: 0,
      seizureThresholdLowering: 'none',
      misusePotential: 'none',
    },
    monitoring: f.monitoring ?? [],
    education: null,
    discontinuationRisk: f.discontinuationRisk ?? 'moderate',
    sources: [],
  };
  if (f.halfLifeHours !== undefined) drug.halfLifeHours = f.halfLifeHours;
  if (f.washoutDaysBeforeMaoi !== undefined) drug.washoutDaysBeforeMaoi = f.washoutDaysBeforeMaoi;
  return drug;
}

export const LITHIUM = makeDrug({
  name: 'lithium',
  classes: ['mood-stabilizer'],
  monitoring: ['lithium', 'renal', 'pregnancy-test'],
  strengthsMg: [150, 300, 600],
  liquidAvailable: true,
  startingDailyMg: 600,
  usual: [900, 1800],
  discontinuationRisk: 'moderate',
});

export const CLOZAPINE = makeDrug({
  name: 'clozapine',
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  monitoring: ['clozapine', 'antipsychotic-movement'],
  strengthsMg: [25, 50, 100, 200],
  liquidAvailable: true,
  startingDailyMg: 12.5,
  usual: [300, 450],
  maxDailyMg: 900,
});

export const OLANZAPINE = makeDrug({
  name: 'olanzapine',
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  monitoring: ['sga-metabolic', 'antipsychotic-movement'],
  strengthsMg: [2.5, 5, 7.5, 10, 15, 20],
  startingDailyMg: 5,
  usual: [10, 20],
  minEffectiveDailyMg: 7.5,
  discontinuationRisk: 'moderate',
});

export const HALOPERIDOL = makeDrug({
  name: 'haloperidol',
  classes: ['antipsychotic', 'first-generation-antipsychotic'],
  monitoring: ['antipsychotic-movement', 'prolactin'],
  strengthsMg: [0.5, 1, 2, 5, 10, 20],
  liquidAvailable: true,
  startingDailyMg: 2,
  usual: [2, 20],
  minEffectiveDailyMg: 2,
});

export const VALPROATE = makeDrug({
  name: 'valproate',
  classes: ['mood-stabilizer', 'anticonvulsant'],
  monitoring: ['valproate', 'pregnancy-test'],
  strengthsMg: [125, 250, 500],
  startingDailyMg: 750,
  usual: [750, 2000],
});

export const CARBAMAZEPINE = makeDrug({
  name: 'carbamazepine',
  classes: ['mood-stabilizer', 'anticonvulsant'],
  monitoring: ['carbamazepine'],
  strengthsMg: [100, 200, 300, 400],
  startingDailyMg: 400,
  usual: [400, 1600],
});

export const SERTRALINE = makeDrug({
  name: 'sertraline',
  classes: ['antidepressant', 'ssri'],
  monitoring: ['antidepressant-suicidality', 'sodium'],
  strengthsMg: [25, 50, 100],
  liquidAvailable: true,
  startingDailyMg: 50,
  usual: [50, 200],
  minEffectiveDailyMg: 50,
  serotonergic: 'high',
  halfLifeHours: 26,
  discontinuationRisk: 'moderate',
});

/** Tablets only (no liquid) — for rounding tests. */
export const SERTRALINE_TABLETS = makeDrug({
  name: 'sertraline',
  classes: ['antidepressant', 'ssri'],
  strengthsMg: [25, 50, 100],
  liquidAvailable: false,
  startingDailyMg: 50,
  usual: [50, 200],
  minEffectiveDailyMg: 50,
  serotonergic: 'high',
  discontinuationRisk: 'moderate',
});

export const ESCITALOPRAM = makeDrug({
  name: 'escitalopram',
  classes: ['antidepressant', 'ssri'],
  monitoring: ['antidepressant-suicidality', 'qt-ecg'],
  strengthsMg: [5, 10, 20],
  liquidAvailable: true,
  startingDailyMg: 10,
  usual: [10, 20],
  minEffectiveDailyMg: 10,
  serotonergic: 'high',
  halfLifeHours: 30,
  discontinuationRisk: 'moderate',
});

export const PAROXETINE = makeDrug({
  name: 'paroxetine',
  classes: ['antidepressant', 'ssri'],
  strengthsMg: [10, 20, 30, 40],
  liquidAvailable: true,
  startingDailyMg: 20,
  usual: [20, 50],
  minEffectiveDailyMg: 20,
  serotonergic: 'high',
  halfLifeHours: 21,
  discontinuationRisk: 'high',
});

export const FLUOXETINE = makeDrug({
  name: 'fluoxetine',
  classes: ['antidepressant', 'ssri'],
  strengthsMg: [10, 20, 40],
  liquidAvailable: true,
  startingDailyMg: 20,
  usual: [20, 80],
  minEffectiveDailyMg: 20,
  serotonergic: 'high',
  halfLifeHours: 240,
  washoutDaysBeforeMaoi: 35,
  discontinuationRisk: 'low',
});

export const VENLAFAXINE = makeDrug({
  name: 'venlafaxine',
  classes: ['antidepressant', 'snri'],
  monitoring: ['blood-pressure', 'antidepressant-suicidality'],
  strengthsMg: [37.5, 75, 150],
  startingDailyMg: 75,
  usual: [75, 225],
  minEffectiveDailyMg: 75,
  serotonergic: 'high',
  halfLifeHours: 11,
  discontinuationRisk: 'high',
});

export const PHENELZINE = makeDrug({
  name: 'phenelzine',
  classes: ['antidepressant', 'maoi'],
  monitoring: ['blood-pressure'],
  strengthsMg: [15],
  startingDailyMg: 45,
  usual: [45, 90],
  serotonergic: 'high',
  maoInhibitor: true,
  discontinuationRisk: 'high',
});

export const BUPROPION = makeDrug({
  name: 'bupropion',
  classes: ['antidepressant', 'atypical-antidepressant'],
  strengthsMg: [75, 100, 150, 200, 300],
  startingDailyMg: 150,
  usual: [300, 450],
  serotonergic: 'none',
  sympathomimetic: true,
  halfLifeHours: 21,
  discontinuationRisk: 'low',
});

export const ALPRAZOLAM = makeDrug({
  name: 'alprazolam',
  classes: ['benzodiazepine', 'anxiolytic'],
  monitoring: ['controlled-substance', 'benzodiazepine-review'],
  strengthsMg: [0.25, 0.5, 1, 2],
  startingDailyMg: 0.75,
  usual: [0.75, 4],
  schedule: 'IV',
  halfLifeHours: 11,
  discontinuationRisk: 'high',
});

export const CLONAZEPAM = makeDrug({
  name: 'clonazepam',
  classes: ['benzodiazepine', 'anxiolytic'],
  monitoring: ['controlled-substance', 'benzodiazepine-review'],
  strengthsMg: [0.5, 1, 2],
  startingDailyMg: 0.5,
  usual: [1, 4],
  schedule: 'IV',
  halfLifeHours: 35,
  discontinuationRisk: 'high',
});

export const LORAZEPAM = makeDrug({
  name: 'lorazepam',
  classes: ['benzodiazepine', 'anxiolytic'],
  strengthsMg: [0.5, 1, 2],
  liquidAvailable: true,
  startingDailyMg: 1,
  usual: [2, 6],
  schedule: 'IV',
  discontinuationRisk: 'high',
});

export const DIAZEPAM = makeDrug({
  name: 'diazepam',
  classes: ['benzodiazepine', 'anxiolytic'],
  strengthsMg: [2, 5, 10],
  liquidAvailable: true,
  startingDailyMg: 4,
  usual: [4, 40],
  schedule: 'IV',
  halfLifeHours: 100,
  discontinuationRisk: 'high',
});

export const ZOLPIDEM = makeDrug({
  name: 'zolpidem',
  classes: ['z-drug', 'hypnotic'],
  strengthsMg: [5, 10],
  startingDailyMg: 5,
  usual: [5, 10],
  schedule: 'IV',
  discontinuationRisk: 'moderate',
});

export const METHYLPHENIDATE = makeDrug({
  name: 'methylphenidate',
  classes: ['stimulant', 'methylphenidate'],
  monitoring: ['stimulant-cardiovascular', 'controlled-substance'],
  strengthsMg: [5, 10, 20],
  startingDailyMg: 10,
  usual: [20, 60],
  schedule: 'II',
  sympathomimetic: true,
  discontinuationRisk: 'low',
});

export const GUANFACINE = makeDrug({
  name: 'guanfacine',
  classes: ['alpha-2-agonist', 'non-stimulant-adhd'],
  monitoring: ['alpha2-cardiovascular'],
  strengthsMg: [1, 2, 3, 4],
  startingDailyMg: 1,
  usual: [1, 7],
  discontinuationRisk: 'moderate',
});

export const LAMOTRIGINE = makeDrug({
  name: 'lamotrigine',
  classes: ['mood-stabilizer', 'anticonvulsant'],
  monitoring: ['lamotrigine-rash'],
  strengthsMg: [25, 100, 150, 200],
  startingDailyMg: 25,
  usual: [100, 200],
  discontinuationRisk: 'moderate',
});

export const ESKETAMINE = makeDrug({
  name: 'esketamine',
  classes: ['antidepressant', 'nmda-antagonist'],
  monitoring: ['esketamine-observation'],
  strengthsMg: [28],
  startingDailyMg: 56,
  usual: [56, 84],
  schedule: 'III',
});

export const BUPRENORPHINE = makeDrug({
  name: 'buprenorphine',
  classes: ['partial-opioid-agonist', 'opioid-use-disorder'],
  monitoring: ['opioid-treatment'],
  strengthsMg: [2, 8],
  startingDailyMg: 4,
  usual: [8, 24],
  schedule: 'III',
});

export const NALTREXONE = makeDrug({
  name: 'naltrexone',
  classes: ['opioid-antagonist', 'alcohol-use-disorder'],
  monitoring: ['hepatic'],
  strengthsMg: [50],
  startingDailyMg: 50,
  usual: [50, 50],
});

export const OXCARBAZEPINE = makeDrug({
  name: 'oxcarbazepine',
  classes: ['anticonvulsant'],
  monitoring: ['oxcarbazepine-sodium'],
  strengthsMg: [150, 300, 600],
  startingDailyMg: 600,
  usual: [600, 2400],
});

export const NORTRIPTYLINE = makeDrug({
  name: 'nortriptyline',
  classes: ['antidepressant', 'tca'],
  monitoring: ['tca-ecg', 'antidepressant-suicidality'],
  strengthsMg: [10, 25, 50, 75],
  liquidAvailable: true,
  startingDailyMg: 25,
  usual: [75, 150],
  serotonergic: 'low',
  discontinuationRisk: 'moderate',
});
