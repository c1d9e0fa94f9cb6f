import type { DoseCap, Drug, Education, Pharmacodynamics } from '../types.js';
import {
  ANTIPSYCHOTIC_ANTIDEPRESSANT_SUICIDALITY_BOX,
  ANTIPSYCHOTIC_DEMENTIA_BOX,
  dementiaMortalityBox,
  eff,
  MISSED_STANDARD,
  PD_SOURCES,
  STRONG_3A4_INHIBITORS,
  seizureLoweringPd,
  sub,
} from './shared.js';

/**
 * Antipsychotics: first-generation (FGA), second-generation (SGA) and long-acting injectables.
 *
 * Conventions are those of antidepressants.ts. Long-acting injectable (LAI) formulations that RxNorm
 * models as a precise ingredient of the same ingredient concept (paliperidone palmitate, haloperidol
 * decanoate, fluphenazine decanoate, risperidone microspheres, olanzapine pamoate, aripiprazole
 * monohydrate) are synonyms and brands of their parent entry, whose titration text gives the LAI
 * schedule. Aripiprazole lauroxil is a distinct RxNorm ingredient (a prodrug) and has its own entry
 * with `dose.nonDailyRoute`.
 *
 * Monitoring: every SGA sets off 'sga-metabolic' and 'antipsychotic-movement' (pimavanserin is not
 * listed here: its RxNorm code could not be verified); FGAs set off 'antipsychotic-movement' and
 * 'prolactin'; known-risk QT drugs add 'qt-ecg'; SGAs with an antidepressant indication carry the
 * antidepressant suicidality boxed warning and add 'antidepressant-suicidality'.
 */

type PdCore = Pick<Pharmacodynamics, 'qtRisk' | 'anticholinergicBurden' | 'cnsDepressant'>;

/** Antipsychotics are not serotonergic in the serotonin-toxicity sense; the rest default to none. */
const pd: (core: PdCore & Partial<Pharmacodynamics>) => Pharmacodynamics = seizureLoweringPd;

const STRONG_2D6_INHIBITORS = ['fluoxetine', 'paroxetine', 'bupropion', 'quinidine', 'terbinafine'];
const MODERATE_3A4_INHIBITORS = ['erythromycin', 'fluconazole', 'diltiazem', 'verapamil'];

function withDrugCaps(
  drugs: string[],
  maxDailyMg: number,
  what: string,
  label: string,
  action: string,
): DoseCap[] {
  return drugs.map((withDrug) => ({
    when: { withDrug },
    maxDailyMg,
    reason: `With ${withDrug}, a ${what}: ${action}`,
    sources: [label, 'fa-fda-ddi-table'],
  }));
}

const AP_CLASS_SOURCES = ['fa-fda-antipsychotic-dementia-2008', 'fa-apa-schizophrenia-2020'];
const SGA_SOURCES = [...AP_CLASS_SOURCES, 'fa-ada-apa-2004'];
const AD_BOX_SOURCES = ['fa-fda-antidepressant-suicidality-2007'];

// ---------------------------------------------------------------------------------------------
// Shared wording
// ---------------------------------------------------------------------------------------------

const AP_PREGNANCY = {
  risk: 'caution' as const,
  note: 'Not a major teratogen in available data. Third-trimester exposure can cause extrapyramidal or withdrawal symptoms in the newborn (agitation, abnormal muscle tone, tremor, sleepiness, breathing or feeding problems). Relapse risk of stopping is high; the National Pregnancy Registry for Psychiatric Medications collects outcomes.',
};

const SE_NMS =
  'High fever with very stiff muscles, confusion, sweating and a fast heartbeat (neuroleptic malignant syndrome): this is an emergency';
const SE_TD = 'Movements you cannot control in the face, tongue, lips or body (tardive dyskinesia)';
const SE_SUGAR = 'Very thirsty, urinating a lot or very hungry (high blood sugar)';
const SE_ORTHO = 'Dizziness or fainting when you stand up';
const SE_WBC = 'Fever, sore throat or infections that keep coming back (low white blood cells)';
const SE_SWALLOW = 'Trouble swallowing';
const SE_SEIZURE = 'Seizures';
const SE_HEART = 'Fast, pounding or uneven heartbeat, or fainting (heart rhythm problem)';
const SE_SUICIDAL = 'New or worse thoughts of suicide, mostly in people 24 and younger';
const SE_PROLACTIN =
  'Breast swelling or milk leaking, missed periods, or sexual problems (high prolactin hormone)';

const CALL_AP =
  'Get emergency care for a high fever with stiff muscles and confusion, fainting, a seizure, or trouble breathing or swallowing. Call your prescriber about new movements you cannot control, strong restlessness, being very thirsty or urinating a lot, or new thoughts of suicide. In a crisis call or text 988, or call 911.';

const WEEKS_1_2_AP =
  'Sleepiness, dizziness or feeling restless may start early. Calmer feelings and better sleep can come in the first days; voices, fears or racing thoughts usually take longer to ease.';
const WEEKS_4_8_AP =
  'Most of the benefit usually shows by 4–6 weeks. Your prescriber will check your weight, blood pressure, blood sugar and cholesterol and look for unusual movements.';

const Q_AP = [
  'Which symptoms should get better first, and when?',
  'How will we keep track of my weight, blood sugar and cholesterol?',
  'What should I do if I feel restless, stiff or shaky?',
  'Is a long-acting injection an option for me?',
];

function apEducation(opts: {
  purpose: string;
  howToTake: string;
  common: string[];
  serious: string[];
  weeks1to2?: string;
  weeks4to8?: string;
  whenToCall?: string;
  missedDose?: string;
  questions?: string[];
}): Education {
  return {
    purpose: opts.purpose,
    howToTake: `${opts.howToTake} Avoid alcohol, and avoid getting overheated or dehydrated.`,
    weeks1to2: opts.weeks1to2 ?? WEEKS_1_2_AP,
    weeks4to8: opts.weeks4to8 ?? WEEKS_4_8_AP,
    commonSideEffects: opts.common,
    seriousSideEffects: [SE_NMS, SE_TD, ...opts.serious],
    whenToCall: opts.whenToCall ?? CALL_AP,
    missedDose: opts.missedDose ?? MISSED_STANDARD,
    questionsToAsk: opts.questions ?? Q_AP,
  };
}

const FGA_COMMON = [
  'Stiffness, shaking or slow movements',
  'Restlessness (hard to sit still)',
  'Sleepiness',
  'Dry mouth',
];
const FGA_SERIOUS = [SE_PROLACTIN, SE_ORTHO, SE_WBC, SE_SWALLOW];

// ---------------------------------------------------------------------------------------------
// First-generation antipsychotics
// ---------------------------------------------------------------------------------------------

const haloperidol: Drug = {
  name: 'haloperidol',
  rxnorm: '5093',
  brands: ['Haldol', 'Haldol Decanoate'],
  synonyms: ['haloperidol lactate', 'haloperidol decanoate'],
  classes: ['antipsychotic', 'first-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 2, max: 20 },
    maxDailyMg: 100,
    minEffectiveDailyMg: 5,
    startingDailyMg: 2,
    strengthsMg: [0.5, 1, 2, 5, 10, 20],
    liquidAvailable: true,
    titration:
      'Oral: moderate symptoms 0.5–2 mg two or three times daily; severe 3–5 mg two or three times daily; adjust to response (up to 100 mg/day in resistant cases, rarely needed). Older or debilitated patients: 0.5–2 mg two or three times daily. Haloperidol decanoate (long-acting injection): 10–15 times the daily oral dose every 4 weeks at first (not more than 100 mg for the first injection), then usually 10–15 times the oral dose monthly.',
    timeToEffect: 'Calming within hours to days; psychosis improves over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation:
    'Low amounts in milk; generally acceptable with monitoring of the infant for sleepiness and development (LactMed).',
  renal: 'No adjustment needed.',
  hepatic: 'Use with caution in hepatic impairment.',
  metabolism: {
    substrateOf: [sub('CYP3A4'), sub('CYP2D6')],
    inhibits: [eff('CYP2D6', 'weak')],
    induces: [],
  },
  pd: pd({ qtRisk: 'known', anticholinergicBurden: 1, cnsDepressant: 'low' }),
  monitoring: ['antipsychotic-movement', 'prolactin', 'qt-ecg'],
  education: apEducation({
    purpose:
      'Haloperidol is an antipsychotic. It treats schizophrenia and other psychosis, and Tourette syndrome. It lowers dopamine activity in the brain.',
    howToTake:
      'Take the tablets or liquid as prescribed, with or without food. Measure the liquid with the dropper or syringe that comes with it. The long-acting shot (Haldol Decanoate) is given in a muscle about once a month.',
    common: FGA_COMMON,
    serious: [SE_HEART, ...FGA_SERIOUS],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 21,
  sources: ['label-haloperidol', 'fa-fda-ddi-table', ...AP_CLASS_SOURCES, ...PD_SOURCES],
};

const fluphenazine: Drug = {
  name: 'fluphenazine',
  rxnorm: '4496',
  brands: ['Prolixin'],
  synonyms: ['fluphenazine hydrochloride', 'fluphenazine decanoate', 'fluphenazine enanthate'],
  classes: ['antipsychotic', 'first-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 2.5, max: 20 },
    maxDailyMg: 40,
    minEffectiveDailyMg: 5,
    startingDailyMg: 2.5,
    strengthsMg: [1, 2.5, 5, 10],
    liquidAvailable: true,
    titration:
      'Oral: start 2.5–10 mg/day in divided doses every 6–8 hours; maintenance often 1–5 mg once daily; doses above 20 mg/day need caution, up to 40 mg/day. Older adults: start 1–2.5 mg/day. Fluphenazine decanoate (long-acting injection): 12.5–25 mg every 2–4 weeks, up to 100 mg per dose.',
    timeToEffect: 'Psychosis improves over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'Little information; monitor the infant for sleepiness and development if used (LactMed).',
  renal: 'Use with caution in renal impairment.',
  hepatic: 'Contraindicated in liver damage.',
  metabolism: {
    substrateOf: [sub('CYP2D6')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'possible', anticholinergicBurden: 1, cnsDepressant: 'low' }),
  monitoring: ['antipsychotic-movement', 'prolactin'],
  education: apEducation({
    purpose:
      'Fluphenazine is an antipsychotic. It treats schizophrenia and other psychosis by lowering dopamine activity in the brain.',
    howToTake:
      'Take the tablets or liquid as prescribed. Mix the concentrate with water, juice or milk (not with coffee, tea, cola or apple juice). The long-acting shot is given every 2 to 4 weeks.',
    common: FGA_COMMON,
    serious: FGA_SERIOUS,
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 15,
  sources: ['label-fluphenazine', ...AP_CLASS_SOURCES, ...PD_SOURCES],
};

const chlorpromazine: Drug = {
  name: 'chlorpromazine',
  rxnorm: '2403',
  brands: ['Thorazine'],
  synonyms: ['chlorpromazine hydrochloride'],
  classes: ['antipsychotic', 'first-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 200, max: 800 },
    maxDailyMg: 1000,
    minEffectiveDailyMg: 200,
    startingDailyMg: 75,
    strengthsMg: [10, 25, 50, 100, 200],
    titration:
      'Outpatients: start 10 mg three or four times daily or 25 mg two or three times daily; raise by 20–50 mg twice weekly. Hospitalized patients: usually 200–800 mg/day; little is gained above 1000 mg/day. Older adults: lower doses, increased gradually.',
    timeToEffect: 'Calming within days; psychosis improves over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'Infant drowsiness reported; use with caution and monitor the infant (LactMed).',
  renal: 'Use with caution in renal impairment.',
  hepatic: 'Use with caution; cholestatic jaundice has occurred.',
  metabolism: {
    substrateOf: [sub('CYP2D6'), sub('CYP1A2'), sub('CYP3A4', 'minor')],
    inhibits: [eff('CYP2D6', 'weak')],
    induces: [],
  },
  pd: pd({
    qtRisk: 'known',
    anticholinergicBurden: 3,
    cnsDepressant: 'high',
    seizureThresholdLowering: 'moderate',
  }),
  monitoring: ['antipsychotic-movement', 'prolactin', 'qt-ecg'],
  education: apEducation({
    purpose:
      'Chlorpromazine is an older antipsychotic. It treats schizophrenia and other psychosis, severe nausea and hiccups.',
    howToTake:
      'Take it as prescribed, usually two to four times a day. Protect your skin from the sun; you may burn easily. Stand up slowly.',
    common: [
      'Sleepiness',
      'Dry mouth',
      'Constipation',
      'Dizziness when standing up',
      'Stiffness or shaking',
      'Weight gain',
    ],
    serious: [SE_HEART, SE_ORTHO, 'Yellow skin or eyes', SE_WBC, SE_SEIZURE, SE_PROLACTIN],
  }),
  discontinuationRisk: 'moderate',
  halfLifeHours: 30,
  sources: ['label-chlorpromazine', ...AP_CLASS_SOURCES, ...PD_SOURCES],
};

const perphenazine: Drug = {
  name: 'perphenazine',
  rxnorm: '8076',
  brands: ['Trilafon'],
  classes: ['antipsychotic', 'first-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 8, max: 32 },
    maxDailyMg: 64,
    minEffectiveDailyMg: 8,
    startingDailyMg: 12,
    strengthsMg: [2, 4, 8, 16],
    titration:
      'Outpatients with schizophrenia: 4–8 mg three times daily, reduced to the lowest effective dose; hospitalized patients 8–16 mg two to four times daily, avoiding more than 64 mg/day.',
    timeToEffect: 'Psychosis improves over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'Low amounts in milk; monitor the infant for sleepiness and development (LactMed).',
  renal: 'Use with caution in renal impairment.',
  hepatic: 'Use with caution in hepatic impairment.',
  metabolism: {
    substrateOf: [sub('CYP2D6')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'possible', anticholinergicBurden: 3, cnsDepressant: 'moderate' }),
  monitoring: ['antipsychotic-movement', 'prolactin'],
  education: apEducation({
    purpose: 'Perphenazine is an antipsychotic. It treats schizophrenia and severe nausea and vomiting.',
    howToTake: 'Take it as prescribed, usually two or three times a day, with or without food.',
    common: FGA_COMMON,
    serious: FGA_SERIOUS,
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 10,
  sources: ['label-perphenazine', ...AP_CLASS_SOURCES, ...PD_SOURCES],
};

const thioridazine: Drug = {
  name: 'thioridazine',
  rxnorm: '10502',
  brands: ['Mellaril'],
  synonyms: ['thioridazine hydrochloride'],
  classes: ['antipsychotic', 'first-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 200, max: 800 },
    maxDailyMg: 800,
    minEffectiveDailyMg: 200,
    startingDailyMg: 150,
    strengthsMg: [10, 25, 50, 100],
    titration:
      'Only for schizophrenia that has not responded to other antipsychotics. Start 50–100 mg three times daily; raise gradually to a maximum of 800 mg/day, then reduce to the lowest effective maintenance dose. Baseline ECG and serum potassium are required; contraindicated with QTc above 450 ms, reduced CYP2D6 activity (genetic or from inhibitors such as fluoxetine, paroxetine and fluvoxamine) and other QT-prolonging drugs. Retinal damage above 800 mg/day.',
    timeToEffect: 'Psychosis improves over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [
    ANTIPSYCHOTIC_DEMENTIA_BOX,
    'QTc prolongation: thioridazine prolongs the QTc interval in a dose-related manner and has been associated with torsades de pointes and sudden death. Reserve for schizophrenia in patients who fail to respond adequately to other antipsychotics.',
  ],
  pregnancy: AP_PREGNANCY,
  lactation: 'No data; avoid because of QT risk (LactMed).',
  renal: 'Use with caution in renal impairment.',
  hepatic: 'Use with caution in hepatic impairment.',
  metabolism: {
    substrateOf: [sub('CYP2D6', 'major', true)],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    qtRisk: 'known',
    anticholinergicBurden: 3,
    cnsDepressant: 'high',
    seizureThresholdLowering: 'moderate',
  }),
  monitoring: ['antipsychotic-movement', 'prolactin', 'qt-ecg'],
  education: apEducation({
    purpose:
      'Thioridazine is an older antipsychotic used for schizophrenia only when other medicines have not worked, because it can cause a dangerous heart rhythm.',
    howToTake:
      'Take it exactly as prescribed. You need a heart tracing (ECG) and a blood potassium test before starting and during treatment. Tell every prescriber and pharmacist you take it: many medicines cannot be taken with it.',
    common: ['Sleepiness', 'Dry mouth', 'Dizziness when standing up', 'Stiffness or shaking', 'Weight gain'],
    serious: [
      SE_HEART,
      'Blurred or brownish vision or trouble seeing at night',
      SE_ORTHO,
      SE_WBC,
      SE_SEIZURE,
    ],
  }),
  discontinuationRisk: 'moderate',
  halfLifeHours: 24,
  sources: ['label-thioridazine', 'fa-fda-pgx-table', ...AP_CLASS_SOURCES, ...PD_SOURCES],
};

const pimozide: Drug = {
  name: 'pimozide',
  rxnorm: '8331',
  brands: ['Orap'],
  classes: ['antipsychotic', 'first-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 2, max: 10 },
    maxDailyMg: 10,
    minEffectiveDailyMg: 2,
    startingDailyMg: 1,
    strengthsMg: [1, 2],
    caps: [
      {
        when: { minAge: 18, phenotype: { gene: 'CYP2D6', phenotypes: ['poor metabolizer'] } },
        maxDailyMg: 4,
        reason:
          'CYP2D6 poor metabolizers (adults): do not exceed 4 mg/day and do not raise the dose sooner than every 14 days; CYP2D6 genotyping is required above 4 mg/day.',
        sources: ['label-pimozide', 'fa-fda-pgx-table'],
      },
    ],
    titration:
      'Tourette disorder: start 1–2 mg/day in divided doses; raise every other day to at most 10 mg/day or 0.2 mg/kg/day, whichever is less. Genotype CYP2D6 before exceeding 4 mg/day in adults or 0.05 mg/kg/day in children. ECG at baseline and during dose adjustment. Contraindicated with strong CYP3A4 inhibitors, sertraline, citalopram, escitalopram, paroxetine and fluoxetine, and QT-prolonging drugs.',
    timeToEffect: 'Tics improve over 1–4 weeks as the dose is adjusted.',
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'No data; avoid because of QT risk (LactMed).',
  renal: 'Use with caution in renal impairment.',
  hepatic: 'Use with caution in hepatic impairment.',
  metabolism: {
    substrateOf: [sub('CYP3A4', 'major', true), sub('CYP2D6', 'major', true), sub('CYP1A2', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'known', anticholinergicBurden: 2, cnsDepressant: 'low' }),
  monitoring: ['antipsychotic-movement', 'prolactin', 'qt-ecg'],
  education: apEducation({
    purpose:
      'Pimozide treats the motor and vocal tics of Tourette syndrome when other medicines have not helped enough.',
    howToTake:
      'Take it exactly as prescribed; the dose is raised slowly. You need a heart tracing (ECG) before and during treatment. Do not eat grapefruit or drink grapefruit juice. Many medicines, including some antibiotics, antifungals and antidepressants, cannot be taken with it: always check first.',
    common: ['Sleepiness', 'Dry mouth', 'Constipation', 'Stiffness or restlessness', 'Changes in behavior'],
    serious: [SE_HEART, SE_SEIZURE, SE_PROLACTIN],
    questions: [
      'Which medicines and foods must I avoid with pimozide?',
      'Do I need a genetic test before my dose goes up?',
      'How often will I need an ECG?',
    ],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 55,
  sources: ['label-pimozide', 'fa-fda-pgx-table', 'fa-fda-ddi-table', ...AP_CLASS_SOURCES, ...PD_SOURCES],
};

const loxapine: Drug = {
  name: 'loxapine',
  rxnorm: '6475',
  brands: ['Loxitane', 'Adasuve'],
  synonyms: ['loxapine succinate'],
  classes: ['antipsychotic', 'first-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 60, max: 100 },
    maxDailyMg: 250,
    minEffectiveDailyMg: 60,
    startingDailyMg: 20,
    strengthsMg: [5, 10, 25, 50],
    titration:
      'Oral: start 10 mg twice daily (up to 50 mg/day if severe); raise over 7–10 days to 60–100 mg/day in two to four doses; maximum 250 mg/day. Inhaled loxapine (Adasuve) 10 mg once in 24 hours for acute agitation, only in enrolled facilities (REMS).',
    timeToEffect: 'Calming within days; psychosis improves over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [
    ANTIPSYCHOTIC_DEMENTIA_BOX,
    'Bronchospasm (inhaled loxapine, Adasuve): can cause bronchospasm with potential for respiratory distress and arrest; administer only in enrolled healthcare facilities with ready access to advanced airway management (ADASUVE REMS); contraindicated in asthma, COPD or other lung disease with bronchospasm.',
  ],
  pregnancy: AP_PREGNANCY,
  lactation: 'No data; an antipsychotic with more lactation data is preferred (LactMed).',
  renal: 'Use with caution in renal impairment.',
  hepatic: 'Use with caution in hepatic impairment.',
  metabolism: {
    substrateOf: [sub('CYP1A2'), sub('CYP3A4', 'minor'), sub('CYP2D6', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    qtRisk: 'none',
    anticholinergicBurden: 2,
    cnsDepressant: 'moderate',
    seizureThresholdLowering: 'moderate',
  }),
  monitoring: ['antipsychotic-movement', 'prolactin'],
  education: apEducation({
    purpose:
      'Loxapine is an antipsychotic. It treats schizophrenia, and the inhaled form calms severe agitation.',
    howToTake:
      'Take the capsules as prescribed, two to four times a day. The inhaled form is given only by staff in a hospital or clinic.',
    common: FGA_COMMON,
    serious: ['Wheezing, shortness of breath or chest tightness (inhaled form)', SE_SEIZURE, ...FGA_SERIOUS],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 4,
  sources: ['label-loxapine', ...AP_CLASS_SOURCES, ...PD_SOURCES],
};

const trifluoperazine: Drug = {
  name: 'trifluoperazine',
  rxnorm: '10800',
  brands: ['Stelazine'],
  synonyms: ['trifluoperazine hydrochloride'],
  classes: ['antipsychotic', 'first-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 15, max: 20 },
    maxDailyMg: 40,
    minEffectiveDailyMg: 15,
    startingDailyMg: 4,
    strengthsMg: [1, 2, 5, 10],
    titration:
      'Schizophrenia: start 2–5 mg twice daily; most patients respond to 15–20 mg/day, a few need 40 mg/day or more. Outpatients 1–2 mg twice daily. Non-psychotic anxiety: 1–2 mg twice daily, not more than 6 mg/day or 12 weeks.',
    timeToEffect: 'Psychosis improves over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'Little information; monitor the infant for sleepiness and development (LactMed).',
  renal: 'Use with caution in renal impairment.',
  hepatic: 'Use with caution in hepatic impairment.',
  metabolism: {
    substrateOf: [sub('CYP1A2')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'possible', anticholinergicBurden: 3, cnsDepressant: 'low' }),
  monitoring: ['antipsychotic-movement', 'prolactin'],
  education: apEducation({
    purpose:
      'Trifluoperazine is an older antipsychotic. It treats schizophrenia and, for short periods, severe anxiety.',
    howToTake: 'Take it as prescribed, usually twice a day. Protect your skin from strong sun.',
    common: FGA_COMMON,
    serious: FGA_SERIOUS,
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 18,
  sources: ['label-trifluoperazine', ...AP_CLASS_SOURCES, ...PD_SOURCES],
};

// ---------------------------------------------------------------------------------------------
// Second-generation antipsychotics
// ---------------------------------------------------------------------------------------------

const SGA_SERIOUS = [SE_SUGAR, SE_ORTHO, SE_WBC, SE_SWALLOW];

const aripiprazole: Drug = {
  name: 'aripiprazole',
  rxnorm: '89013',
  brands: [
    'Abilify',
    'Abilify Mycite',
    'Abilify Discmelt',
    'Abilify Maintena',
    'Abilify Asimtufii',
    'Opipza',
  ],
  synonyms: ['aripiprazole monohydrate'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 10, max: 30 },
    maxDailyMg: 30,
    minEffectiveDailyMg: 10,
    startingDailyMg: 10,
    strengthsMg: [2, 5, 10, 15, 20, 30],
    liquidAvailable: true,
    caps: [
      {
        when: { phenotype: { gene: 'CYP2D6', phenotypes: ['poor metabolizer'] } },
        maxDailyMg: 15,
        reason:
          'Known CYP2D6 poor metabolizers: give half the usual dose (a quarter if also taking a strong CYP3A4 inhibitor).',
        sources: ['label-aripiprazole', 'fa-fda-pgx-table'],
      },
      ...withDrugCaps(
        STRONG_2D6_INHIBITORS,
        15,
        'strong CYP2D6 inhibitor',
        'label-aripiprazole',
        'give half the usual oral dose (no adjustment is needed for adjunctive use in depression, whose maximum is 15 mg).',
      ),
      ...withDrugCaps(
        STRONG_3A4_INHIBITORS,
        15,
        'strong CYP3A4 inhibitor',
        'label-aripiprazole',
        'give half the usual oral dose.',
      ),
    ],
    titration:
      'Schizophrenia: start 10–15 mg once daily, range 10–30 mg; increases no sooner than every 2 weeks. Bipolar mania: 15 mg, up to 30 mg. Adjunct in depression: 2–5 mg, up to 15 mg. Double the dose with strong CYP3A4 inducers. Abilify Maintena 400 mg monthly (or Asimtufii 960 mg every 2 months) after establishing oral tolerability, with 14 days of oral overlap (or a two-injection start).',
    timeToEffect:
      'Some improvement in 1–2 weeks; full effect usually 4–6 weeks (steady state takes 2 weeks).',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX, ANTIPSYCHOTIC_ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: AP_PREGNANCY,
  lactation:
    'Low amounts in milk, but it can lower prolactin and reduce milk supply; monitor the infant and milk production (LactMed).',
  renal: 'No adjustment needed.',
  hepatic: 'No adjustment needed.',
  metabolism: {
    substrateOf: [sub('CYP2D6'), sub('CYP3A4')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'possible', anticholinergicBurden: 1, cnsDepressant: 'low' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement', 'antidepressant-suicidality'],
  education: apEducation({
    purpose:
      'Aripiprazole is an antipsychotic. It treats schizophrenia and bipolar disorder, helps antidepressants work for depression, and treats irritability in autism and Tourette syndrome.',
    howToTake:
      'Take it once a day at the same time, with or without food. Let the dissolving tablet melt on your tongue. The long-acting shot (Abilify Maintena or Asimtufii) is given in a muscle every month or every 2 months.',
    common: [
      'Restlessness (hard to sit still)',
      'Nausea',
      'Headache',
      'Trouble sleeping or sleepiness',
      'Weight gain',
    ],
    serious: [
      'Strong urges you cannot control, such as gambling, binge eating, shopping or sex',
      SE_SUICIDAL,
      ...SGA_SERIOUS,
    ],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 75,
  sources: [
    'label-aripiprazole',
    'fa-fda-pgx-table',
    'fa-fda-ddi-table',
    ...SGA_SOURCES,
    ...AD_BOX_SOURCES,
    ...PD_SOURCES,
  ],
};

const aripiprazoleLauroxil: Drug = {
  name: 'aripiprazole lauroxil',
  rxnorm: '1673265',
  brands: ['Aristada', 'Aristada Initio'],
  classes: ['antipsychotic', 'second-generation-antipsychotic', 'long-acting-injectable'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 441, max: 882 },
    maxDailyMg: 1064,
    minEffectiveDailyMg: 441,
    startingDailyMg: 441,
    strengthsMg: [441, 662, 675, 882, 1064],
    titration:
      'Schizophrenia, after oral aripiprazole is tolerated: 441 mg, 662 mg or 882 mg monthly, 882 mg every 6 weeks, or 1064 mg every 2 months (441, 662 and 882 mg correspond to 10, 15 and 20 mg/day or more of oral aripiprazole). Start with Aristada Initio 675 mg plus one 30 mg oral dose, or give 21 consecutive days of oral aripiprazole. With strong CYP2D6 or CYP3A4 inhibitors, reduce to the next lower strength; avoid 662 mg and above when both are taken.',
    timeToEffect:
      'Effective from the start when initiated with Aristada Initio or oral overlap; steady state after about 4 months.',
    adequateTrialWeeks: 12,
    nonDailyRoute: {
      route: 'injection',
      note: 'Dose fields are mg of aripiprazole lauroxil per intramuscular injection (every 4 to 8 weeks), not a daily amount.',
    },
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation:
    'Aripiprazole passes into milk in low amounts and can reduce milk supply; monitor the infant and milk production (LactMed).',
  renal: 'No adjustment needed.',
  hepatic: 'No adjustment needed.',
  metabolism: {
    substrateOf: [sub('CYP2D6'), sub('CYP3A4')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'possible', anticholinergicBurden: 1, cnsDepressant: 'low' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement'],
  education: apEducation({
    purpose:
      'Aristada is a long-acting shot of aripiprazole, an antipsychotic for schizophrenia. One shot lasts 1 to 2 months, so you do not need to take a pill every day.',
    howToTake:
      'A nurse or doctor gives the shot in your arm or buttock muscle every 4, 6 or 8 weeks. The first shot is given with a starter shot and one pill, or after 3 weeks of pills.',
    weeks1to2:
      'The shot site may be sore for a few days. Restlessness, headache or trouble sleeping can happen early.',
    weeks4to8:
      'Keep every appointment so the medicine level stays steady. Your care team will check your weight, blood sugar, cholesterol and movements.',
    common: [
      'Restlessness (hard to sit still)',
      'Pain where the shot was given',
      'Headache',
      'Trouble sleeping',
    ],
    serious: ['Strong urges you cannot control, such as gambling, binge eating or shopping', ...SGA_SERIOUS],
    missedDose:
      'If you miss a shot, call your care team right away to reschedule. Depending on how long it has been, you may need a starter shot or some pills to restart.',
    questions: [
      'When is my next shot due, and what happens if I am late?',
      'How will we check my weight, blood sugar and cholesterol?',
      'What should I do if I feel restless?',
    ],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 768,
  sources: ['label-aripiprazole-lauroxil', 'fa-fda-ddi-table', ...SGA_SOURCES, ...PD_SOURCES],
};

const brexpiprazole: Drug = {
  name: 'brexpiprazole',
  rxnorm: '1658314',
  brands: ['Rexulti'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 2, max: 4 },
    maxDailyMg: 4,
    minEffectiveDailyMg: 2,
    startingDailyMg: 1,
    strengthsMg: [0.25, 0.5, 1, 2, 3, 4],
    caps: [
      {
        when: { phenotype: { gene: 'CYP2D6', phenotypes: ['poor metabolizer'] } },
        maxDailyMg: 2,
        reason:
          'Known CYP2D6 poor metabolizers: give half the usual dose (a quarter if also taking a strong or moderate CYP3A4 inhibitor).',
        sources: ['label-brexpiprazole', 'fa-fda-pgx-table'],
      },
      {
        when: { hepaticImpairment: true },
        maxDailyMg: 3,
        reason:
          'Moderate to severe hepatic impairment (Child-Pugh 7 or more): maximum 3 mg/day for schizophrenia, 2 mg/day for depression and dementia agitation.',
        sources: ['label-brexpiprazole'],
      },
      {
        when: { renalImpairment: true },
        maxDailyMg: 3,
        reason:
          'CrCl below 60 mL/min: maximum 3 mg/day for schizophrenia, 2 mg/day for depression and dementia agitation.',
        sources: ['label-brexpiprazole'],
      },
      ...withDrugCaps(
        STRONG_3A4_INHIBITORS,
        2,
        'strong CYP3A4 inhibitor',
        'label-brexpiprazole',
        'give half the usual dose.',
      ),
      ...withDrugCaps(
        ['quinidine', 'terbinafine'],
        2,
        'strong CYP2D6 inhibitor',
        'label-brexpiprazole',
        'give half the usual dose (no adjustment for adjunctive use in depression with strong CYP2D6-inhibiting antidepressants).',
      ),
    ],
    titration:
      'Schizophrenia: 1 mg on days 1–4, 2 mg on days 5–7, then 4 mg (range 2–4 mg). Adjunct in depression: 0.5–1 mg, raised weekly to a target of 2 mg, maximum 3 mg. Agitation with Alzheimer dementia: 0.5 mg, up to a target of 2 mg, maximum 3 mg.',
    timeToEffect: 'Some improvement in 1–2 weeks; full effect usually 4–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [
    dementiaMortalityBox(
      '. Brexpiprazole is not approved for dementia-related psychosis without agitation associated with dementia due to Alzheimer disease.',
    ),
    ANTIPSYCHOTIC_ANTIDEPRESSANT_SUICIDALITY_BOX,
  ],
  pregnancy: AP_PREGNANCY,
  lactation: 'No human data; an antipsychotic with more lactation data may be preferred (LactMed).',
  renal:
    'CrCl below 60 mL/min: maximum 3 mg/day (schizophrenia) or 2 mg/day (depression, dementia agitation).',
  hepatic:
    'Child-Pugh 7 or more: maximum 3 mg/day (schizophrenia) or 2 mg/day (depression, dementia agitation).',
  metabolism: {
    substrateOf: [sub('CYP3A4'), sub('CYP2D6')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'none', anticholinergicBurden: 0, cnsDepressant: 'low' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement', 'antidepressant-suicidality'],
  education: apEducation({
    purpose:
      'Brexpiprazole is an antipsychotic. It treats schizophrenia, helps antidepressants work for depression, and treats agitation in Alzheimer disease.',
    howToTake:
      'Take it once a day at the same time, with or without food. The dose is raised over the first week or two.',
    common: ['Weight gain', 'Restlessness (hard to sit still)', 'Sleepiness', 'Headache'],
    serious: [
      'Strong urges you cannot control, such as gambling, binge eating or shopping',
      SE_SUICIDAL,
      ...SGA_SERIOUS,
    ],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 91,
  sources: [
    'label-brexpiprazole',
    'fa-fda-pgx-table',
    'fa-fda-ddi-table',
    ...SGA_SOURCES,
    ...AD_BOX_SOURCES,
    ...PD_SOURCES,
  ],
};

const cariprazine: Drug = {
  name: 'cariprazine',
  rxnorm: '1667655',
  brands: ['Vraylar'],
  synonyms: ['cariprazine hydrochloride'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 1.5, max: 6 },
    maxDailyMg: 6,
    minEffectiveDailyMg: 1.5,
    startingDailyMg: 1.5,
    strengthsMg: [1.5, 3, 4.5, 6],
    caps: withDrugCaps(
      STRONG_3A4_INHIBITORS,
      3,
      'strong CYP3A4 inhibitor',
      'label-cariprazine',
      'halve the current dose (start 1.5 mg every other day if starting cariprazine on the inhibitor).',
    ),
    titration:
      'Schizophrenia: 1.5 mg on day 1, 3 mg on day 2, then 1.5–6 mg once daily. Bipolar mania: 1.5 mg, then 3–6 mg. Bipolar depression and adjunct in depression: 1.5 mg, up to 3 mg. Long half-life: dose changes take several weeks to reach steady state, and side effects can appear late.',
    timeToEffect: 'Some improvement in 1–2 weeks; full effect often 4–6 weeks or longer.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX, ANTIPSYCHOTIC_ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'No human data; an antipsychotic with more lactation data may be preferred (LactMed).',
  renal: 'No adjustment for CrCl 30 mL/min or more; not recommended below 30 mL/min.',
  hepatic: 'No adjustment in mild to moderate impairment; not recommended in severe impairment.',
  metabolism: {
    substrateOf: [sub('CYP3A4'), sub('CYP2D6', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'none', anticholinergicBurden: 0, cnsDepressant: 'low' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement', 'antidepressant-suicidality'],
  education: apEducation({
    purpose:
      'Cariprazine is an antipsychotic. It treats schizophrenia, bipolar disorder (mania and depression) and helps antidepressants work for depression.',
    howToTake:
      'Take it once a day at the same time, with or without food. It stays in the body for weeks, so side effects may show up or go away slowly.',
    common: [
      'Restlessness (hard to sit still)',
      'Stiffness or shaking',
      'Nausea',
      'Sleepiness',
      'Weight gain',
    ],
    serious: [SE_SUICIDAL, ...SGA_SERIOUS],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 168,
  sources: ['label-cariprazine', 'fa-fda-ddi-table', ...SGA_SOURCES, ...AD_BOX_SOURCES, ...PD_SOURCES],
};

const risperidone: Drug = {
  name: 'risperidone',
  rxnorm: '35636',
  brands: ['Risperdal', 'Risperdal M-Tab', 'Risperdal Consta', 'Perseris', 'Uzedy', 'Rykindo'],
  synonyms: ['risperidone microspheres'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 2, max: 6 },
    maxDailyMg: 16,
    minEffectiveDailyMg: 2,
    startingDailyMg: 2,
    strengthsMg: [0.25, 0.5, 1, 2, 3, 4],
    liquidAvailable: true,
    titration:
      'Schizophrenia: start 2 mg/day; raise by 1–2 mg/day at intervals of at least 24 hours to 4–8 mg/day (no added benefit above 6 mg/day; doses above 16 mg/day not studied). Bipolar mania: 2–3 mg, range 1–6 mg. Severe renal or hepatic impairment: start 0.5 mg twice daily and raise by no more than 0.5 mg twice daily. Long-acting injections: Risperdal Consta 25–50 mg every 2 weeks with 3 weeks of oral overlap; Perseris, Uzedy and Rykindo per their labels.',
    timeToEffect: 'Some improvement in 1–2 weeks; full effect usually 4–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'Low amounts in milk; acceptable with infant monitoring (LactMed).',
  renal: 'Severe impairment: start 0.5 mg twice daily; titrate slowly.',
  hepatic: 'Severe impairment: start 0.5 mg twice daily; titrate slowly.',
  metabolism: {
    substrateOf: [sub('CYP2D6'), sub('CYP3A4', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'possible', anticholinergicBurden: 1, cnsDepressant: 'low' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement', 'prolactin'],
  education: apEducation({
    purpose:
      'Risperidone is an antipsychotic. It treats schizophrenia, bipolar mania and irritability in autism.',
    howToTake:
      'Take it once or twice a day, with or without food. Let the dissolving tablet melt on your tongue. Mix the liquid with water, coffee, orange juice or low-fat milk, not cola or tea. Long-acting shots are given every 2 to 8 weeks.',
    common: ['Sleepiness', 'Weight gain', 'Restlessness, stiffness or shaking', 'Dizziness', 'Runny nose'],
    serious: [SE_PROLACTIN, ...SGA_SERIOUS],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 20,
  sources: ['label-risperidone', 'fa-fda-ddi-table', ...SGA_SOURCES, ...PD_SOURCES],
};

const paliperidone: Drug = {
  name: 'paliperidone',
  rxnorm: '679314',
  brands: ['Invega', 'Invega Sustenna', 'Invega Trinza', 'Invega Hafyera', 'Erzofri'],
  synonyms: ['paliperidone palmitate', '9-hydroxyrisperidone'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 3, max: 12 },
    maxDailyMg: 12,
    minEffectiveDailyMg: 3,
    startingDailyMg: 6,
    strengthsMg: [1.5, 3, 6, 9],
    caps: [
      {
        when: { renalImpairment: true },
        maxDailyMg: 6,
        reason:
          'Renal impairment: CrCl 50–79 mL/min start 3 mg, maximum 6 mg/day; CrCl 10–49 mL/min start 1.5 mg, maximum 3 mg/day; not recommended below 10 mL/min.',
        sources: ['label-paliperidone'],
      },
    ],
    titration:
      'Oral extended release: 6 mg once each morning; adjust by 3 mg/day at intervals of more than 5 days, range 3–12 mg. Paliperidone palmitate injections: Invega Sustenna 234 mg on day 1 and 156 mg on day 8, then 39–234 mg monthly; Invega Trinza every 3 months and Invega Hafyera every 6 months after adequate monthly treatment.',
    timeToEffect: 'Some improvement in 1–2 weeks; full effect usually 4–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation:
    'Passes into milk (as the active metabolite of risperidone); acceptable with infant monitoring (LactMed).',
  renal:
    'CrCl 50–79: maximum 6 mg/day; CrCl 10–49: maximum 3 mg/day; below 10: not recommended. LAIs not recommended with CrCl below 50.',
  hepatic: 'No adjustment in mild to moderate impairment.',
  metabolism: {
    substrateOf: [sub('CYP3A4', 'minor'), sub('P-gp', 'minor')],
    inhibits: [],
    induces: [],
    renallyCleared: true,
  },
  pd: pd({ qtRisk: 'possible', anticholinergicBurden: 1, cnsDepressant: 'low' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement', 'prolactin'],
  education: apEducation({
    purpose: 'Paliperidone is an antipsychotic. It treats schizophrenia and schizoaffective disorder.',
    howToTake:
      'Take the tablet once each morning, swallowed whole with liquid; do not chew, crush or split it. You may see the empty tablet shell in your stool. Long-acting shots (Invega Sustenna, Trinza, Hafyera) are given monthly, every 3 months or every 6 months.',
    common: ['Restlessness, stiffness or shaking', 'Sleepiness', 'Fast heartbeat', 'Weight gain', 'Headache'],
    serious: [SE_PROLACTIN, SE_HEART, ...SGA_SERIOUS],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 23,
  sources: ['label-paliperidone', ...SGA_SOURCES, ...PD_SOURCES],
};

const olanzapine: Drug = {
  name: 'olanzapine',
  rxnorm: '61381',
  brands: ['Zyprexa', 'Zyprexa Zydis', 'Zyprexa Relprevv'],
  synonyms: ['olanzapine pamoate'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 10, max: 20 },
    maxDailyMg: 20,
    minEffectiveDailyMg: 10,
    startingDailyMg: 10,
    strengthsMg: [2.5, 5, 7.5, 10, 15, 20],
    titration:
      'Schizophrenia: start 5–10 mg once daily, target 10 mg/day within several days; adjust by 5 mg/day at intervals of at least 1 week; maximum 20 mg/day. Bipolar mania: 10–15 mg. Start 5 mg in debilitated patients, those prone to hypotension, or nonsmoking older women (slower metabolizers). Smoking lowers olanzapine levels; stopping smoking raises them. Olanzapine pamoate injection (Zyprexa Relprevv) 150–300 mg every 2 weeks or 405 mg every 4 weeks under its REMS.',
    timeToEffect: 'Calming and sleep improve in days; psychosis over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [
    ANTIPSYCHOTIC_DEMENTIA_BOX,
    'Post-injection delirium/sedation syndrome (olanzapine pamoate, Zyprexa Relprevv): sedation up to coma and/or delirium consistent with olanzapine overdose have followed injections; give only in registered facilities with ready access to emergency services, observe for at least 3 hours after each injection, and dispense only under the ZYPREXA RELPREVV REMS.',
  ],
  pregnancy: AP_PREGNANCY,
  lactation:
    'Low amounts in milk; among the preferred antipsychotics while breastfeeding, with infant monitoring for sedation (LactMed).',
  renal: 'No adjustment needed.',
  hepatic: 'No routine adjustment; use with caution and check liver enzymes in hepatic disease.',
  metabolism: {
    substrateOf: [sub('CYP1A2'), sub('UGT1A4'), sub('CYP2D6', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'possible', anticholinergicBurden: 3, cnsDepressant: 'high' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement'],
  education: apEducation({
    purpose:
      'Olanzapine is an antipsychotic. It treats schizophrenia and bipolar disorder. With fluoxetine (Symbyax) it treats some kinds of depression.',
    howToTake:
      'Take it once a day, usually in the evening, with or without food. Let the dissolving tablet (Zydis) melt on your tongue. Tell your prescriber if you start or stop smoking: the dose may need to change.',
    common: ['Sleepiness', 'Bigger appetite and weight gain', 'Dry mouth', 'Constipation', 'Dizziness'],
    serious: [...SGA_SERIOUS, 'Rash with fever and swollen glands (DRESS)'],
  }),
  discontinuationRisk: 'moderate',
  halfLifeHours: 30,
  sources: ['label-olanzapine', 'fa-fda-ddi-table', ...SGA_SOURCES, ...PD_SOURCES],
};

const quetiapine: Drug = {
  name: 'quetiapine',
  rxnorm: '51272',
  brands: ['Seroquel', 'Seroquel XR'],
  synonyms: ['quetiapine fumarate'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 150, max: 800 },
    maxDailyMg: 800,
    minEffectiveDailyMg: 300,
    startingDailyMg: 50,
    strengthsMg: [25, 50, 100, 150, 200, 300, 400],
    titration:
      'Schizophrenia (IR): 25 mg twice daily on day 1, raised by 25–50 mg two or three times daily to 300–400 mg/day by day 4; range 150–750 mg/day. Bipolar mania: up to 800 mg/day. Bipolar depression: 50 mg at bedtime raised to 300 mg by day 4. XR adjunct in depression: 50 mg, then 150–300 mg. Older or debilitated patients and hepatic impairment: start 25–50 mg/day and raise slowly. With strong CYP3A4 inhibitors give one sixth of the dose; with strong inducers up to 5 times the dose.',
    timeToEffect: 'Sleep and calming in days; psychosis or mood over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX, ANTIPSYCHOTIC_ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'Very low amounts in milk; among the preferred antipsychotics while breastfeeding (LactMed).',
  renal: 'No adjustment needed.',
  hepatic: 'Start 25 mg/day (IR) or 50 mg/day (XR) and raise by 25–50 mg/day.',
  metabolism: {
    substrateOf: [sub('CYP3A4')],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    qtRisk: 'conditional',
    anticholinergicBurden: 3,
    cnsDepressant: 'high',
    misusePotential: 'low',
  }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement', 'antidepressant-suicidality'],
  education: apEducation({
    purpose:
      'Quetiapine is an antipsychotic. It treats schizophrenia, bipolar disorder (mania and depression) and, with an antidepressant, depression.',
    howToTake:
      'Take it as prescribed, often at bedtime. Swallow the extended-release (XR) tablets whole, without food or with a light meal. Stand up slowly. Tell your prescriber about other medicines: several can raise or lower its level.',
    common: ['Sleepiness', 'Dizziness when standing up', 'Dry mouth', 'Weight gain', 'Constipation'],
    serious: [SE_SUICIDAL, 'Cloudy vision (cataracts): have your eyes checked', ...SGA_SERIOUS],
  }),
  discontinuationRisk: 'moderate',
  halfLifeHours: 7,
  sources: ['label-quetiapine', 'fa-fda-ddi-table', ...SGA_SOURCES, ...AD_BOX_SOURCES, ...PD_SOURCES],
};

const ziprasidone: Drug = {
  name: 'ziprasidone',
  rxnorm: '115698',
  brands: ['Geodon'],
  synonyms: ['ziprasidone hydrochloride', 'ziprasidone mesylate'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 80, max: 160 },
    maxDailyMg: 160,
    minEffectiveDailyMg: 80,
    startingDailyMg: 40,
    strengthsMg: [20, 40, 60, 80],
    titration:
      'Schizophrenia: 20 mg twice daily with food, raised at intervals of at least 2 days up to 80 mg twice daily. Bipolar mania: 40 mg twice daily on day 1, 60–80 mg twice daily on day 2. Must be taken with a meal of at least 500 calories. Contraindicated with a history of QT prolongation, recent myocardial infarction, uncompensated heart failure and other QT-prolonging drugs. Intramuscular 10–20 mg for agitation, maximum 40 mg/day.',
    timeToEffect: 'Some improvement in 1–2 weeks; full effect usually 4–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'Limited data; an antipsychotic with more lactation data may be preferred (LactMed).',
  renal:
    'No adjustment for the capsules; use the injection with caution in renal impairment (cyclodextrin excipient).',
  hepatic: 'Use with caution in hepatic impairment.',
  metabolism: {
    // About two thirds by aldehyde oxidase (no clinically relevant inhibitors); one third by CYP3A4.
    substrateOf: [sub('CYP3A4', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'known', anticholinergicBurden: 1, cnsDepressant: 'moderate' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement', 'qt-ecg'],
  education: apEducation({
    purpose: 'Ziprasidone is an antipsychotic. It treats schizophrenia and bipolar mania.',
    howToTake:
      'Take it twice a day with a full meal (at least 500 calories); without food your body absorbs only about half. Swallow capsules whole. Tell every prescriber you take it: several heart-rhythm-affecting medicines cannot be used with it.',
    common: ['Sleepiness', 'Restlessness', 'Nausea', 'Dizziness', 'Stiffness or shaking'],
    serious: [SE_HEART, 'Rash with fever and swollen glands (DRESS)', ...SGA_SERIOUS],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 7,
  sources: ['label-ziprasidone', ...SGA_SOURCES, ...PD_SOURCES],
};

const lurasidone: Drug = {
  name: 'lurasidone',
  rxnorm: '1040028',
  brands: ['Latuda'],
  synonyms: ['lurasidone hydrochloride'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 40, max: 120 },
    maxDailyMg: 160,
    minEffectiveDailyMg: 40,
    startingDailyMg: 40,
    strengthsMg: [20, 40, 60, 80, 120],
    caps: [
      {
        when: { hepaticImpairment: true },
        maxDailyMg: 80,
        reason:
          'Moderate hepatic impairment (Child-Pugh 7–9): maximum 80 mg/day; severe (10–15): maximum 40 mg/day.',
        sources: ['label-lurasidone'],
      },
      {
        when: { renalImpairment: true },
        maxDailyMg: 80,
        reason: 'Moderate to severe renal impairment (CrCl below 50 mL/min): start 20 mg, maximum 80 mg/day.',
        sources: ['label-lurasidone'],
      },
      ...withDrugCaps(
        MODERATE_3A4_INHIBITORS,
        80,
        'moderate CYP3A4 inhibitor',
        'label-lurasidone',
        'start 20 mg and do not exceed 80 mg/day (strong CYP3A4 inhibitors and inducers are contraindicated).',
      ),
    ],
    titration:
      'Take with food (at least 350 calories). Schizophrenia: start 40 mg once daily, range 40–160 mg. Bipolar depression (alone or with lithium or valproate): start 20 mg, range 20–120 mg. Contraindicated with strong CYP3A4 inhibitors (e.g. ketoconazole, clarithromycin) and strong inducers (e.g. rifampin, carbamazepine).',
    timeToEffect: 'Some improvement in 1–2 weeks; full effect usually 4–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX, ANTIPSYCHOTIC_ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'No human data; an antipsychotic with more lactation data may be preferred (LactMed).',
  renal: 'CrCl below 50 mL/min: start 20 mg, maximum 80 mg/day.',
  hepatic: 'Moderate impairment: maximum 80 mg/day; severe: maximum 40 mg/day.',
  metabolism: {
    substrateOf: [sub('CYP3A4')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'none', anticholinergicBurden: 0, cnsDepressant: 'moderate' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement', 'antidepressant-suicidality'],
  education: apEducation({
    purpose:
      'Lurasidone is an antipsychotic. It treats schizophrenia and the depression of bipolar disorder.',
    howToTake:
      'Take it once a day with food (a meal or snack of at least 350 calories), usually in the evening. Do not eat grapefruit or drink grapefruit juice.',
    common: ['Sleepiness', 'Restlessness (hard to sit still)', 'Nausea', 'Stiffness or shaking'],
    serious: [SE_SUICIDAL, ...SGA_SERIOUS],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 18,
  sources: ['label-lurasidone', 'fa-fda-ddi-table', ...SGA_SOURCES, ...AD_BOX_SOURCES, ...PD_SOURCES],
};

const asenapine: Drug = {
  name: 'asenapine',
  rxnorm: '784649',
  brands: ['Saphris', 'Secuado'],
  synonyms: ['asenapine maleate'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 10, max: 20 },
    maxDailyMg: 20,
    minEffectiveDailyMg: 10,
    startingDailyMg: 10,
    strengthsMg: [2.5, 5, 10],
    titration:
      'Sublingual. Schizophrenia: 5 mg twice daily (up to 10 mg twice daily; no clear added benefit). Bipolar mania: 10 mg twice daily alone, or 5–10 mg twice daily with lithium or valproate. Secuado transdermal 3.8–7.6 mg/24 h for schizophrenia. Contraindicated in severe hepatic impairment.',
    timeToEffect: 'Some improvement in 1–2 weeks; full effect usually 4–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'No human data; an antipsychotic with more lactation data may be preferred (LactMed).',
  renal: 'No adjustment needed.',
  hepatic: 'Contraindicated in severe hepatic impairment (Child-Pugh C; about 7-fold exposure).',
  metabolism: {
    substrateOf: [sub('UGT1A4'), sub('CYP1A2')],
    inhibits: [eff('CYP2D6', 'weak')],
    induces: [],
  },
  pd: pd({ qtRisk: 'possible', anticholinergicBurden: 1, cnsDepressant: 'moderate' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement'],
  education: apEducation({
    purpose: 'Asenapine is an antipsychotic. It treats schizophrenia and bipolar mania.',
    howToTake:
      'Place the tablet under your tongue and let it dissolve fully; do not chew or swallow it. Do not eat or drink for 10 minutes afterward. The skin patch (Secuado) is changed once a day.',
    common: ['Sleepiness', 'Numb mouth or tongue', 'Dizziness', 'Restlessness', 'Weight gain'],
    serious: [
      'Swelling of the tongue or throat, trouble breathing or rash (allergic reaction)',
      'Mouth sores or blisters',
      ...SGA_SERIOUS,
    ],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 24,
  sources: ['label-asenapine', ...SGA_SOURCES, ...PD_SOURCES],
};

const iloperidone: Drug = {
  name: 'iloperidone',
  rxnorm: '73178',
  brands: ['Fanapt'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 12, max: 24 },
    maxDailyMg: 24,
    minEffectiveDailyMg: 12,
    startingDailyMg: 2,
    strengthsMg: [1, 2, 4, 6, 8, 10, 12],
    caps: [
      {
        when: { phenotype: { gene: 'CYP2D6', phenotypes: ['poor metabolizer'] } },
        maxDailyMg: 12,
        reason: 'Known CYP2D6 poor metabolizers: reduce the dose by one half.',
        sources: ['label-iloperidone', 'fa-fda-pgx-table'],
      },
      ...withDrugCaps(
        STRONG_2D6_INHIBITORS,
        12,
        'strong CYP2D6 inhibitor',
        'label-iloperidone',
        'reduce the iloperidone dose by one half.',
      ),
      ...withDrugCaps(
        STRONG_3A4_INHIBITORS,
        12,
        'strong CYP3A4 inhibitor',
        'label-iloperidone',
        'reduce the iloperidone dose by one half.',
      ),
    ],
    titration:
      'Slow titration to avoid orthostatic hypotension: 1 mg twice daily on day 1, then 2, 4, 6, 8, 10 and 12 mg twice daily on days 2–7; target 12–24 mg/day in two doses. Re-titrate if doses are missed for more than 3 days. Not recommended in severe hepatic impairment.',
    timeToEffect: 'Improvement usually over 2–6 weeks after the titration week.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'No human data; an antipsychotic with more lactation data may be preferred (LactMed).',
  renal: 'No adjustment needed.',
  hepatic: 'Use with caution in moderate impairment; not recommended in severe impairment.',
  metabolism: {
    substrateOf: [sub('CYP2D6'), sub('CYP3A4')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'possible', anticholinergicBurden: 1, cnsDepressant: 'moderate' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement'],
  education: apEducation({
    purpose: 'Iloperidone is an antipsychotic. It treats schizophrenia and bipolar mania.',
    howToTake:
      'Take it twice a day, with or without food. The dose starts low and goes up over the first week to prevent dizziness. If you miss more than 3 days, call your prescriber: you may need to start the slow increase again.',
    common: ['Dizziness', 'Dry mouth', 'Sleepiness', 'Stuffy nose', 'Fast heartbeat', 'Weight gain'],
    serious: [SE_HEART, 'An erection that lasts more than 4 hours (priapism)', ...SGA_SERIOUS],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 18,
  sources: ['label-iloperidone', 'fa-fda-pgx-table', 'fa-fda-ddi-table', ...SGA_SOURCES, ...PD_SOURCES],
};

const clozapine: Drug = {
  name: 'clozapine',
  rxnorm: '2626',
  brands: ['Clozaril', 'Versacloz', 'FazaClo'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 300, max: 600 },
    maxDailyMg: 900,
    minEffectiveDailyMg: 300,
    startingDailyMg: 12.5,
    strengthsMg: [12.5, 25, 50, 100, 150, 200],
    liquidAvailable: true,
    titration:
      'Start 12.5 mg once or twice on day 1; raise by 25–50 mg/day to 300–450 mg/day by the end of week 2 in divided doses; then raise by no more than 100 mg once or twice weekly; maximum 900 mg/day. Baseline ANC at least 1500/µL (1000/µL with benign ethnic neutropenia), then ANC weekly for 6 months, every 2 weeks for months 6–12 and monthly after. If doses are missed for 2 days or more, restart at 12.5 mg. With strong CYP1A2 inhibitors (fluvoxamine, ciprofloxacin) use one third of the dose; when smoking stops, levels rise. Stop gradually over 1–2 weeks unless stopping for neutropenia or myocarditis.',
    timeToEffect: 'Some response within weeks; full effect may take 3–6 months at a therapeutic level.',
    adequateTrialWeeks: 12,
  },
  boxedWarnings: [
    'Severe neutropenia: clozapine can cause severe neutropenia (ANC below 500/µL), which can lead to serious and fatal infections. Obtain a baseline ANC before starting and monitor ANC regularly during treatment; advise patients to report fever or signs of infection at once.',
    'Orthostatic hypotension, bradycardia and syncope: risk is highest during initial titration and with rapid dose increases; start at 12.5 mg, titrate slowly and use divided doses. Use cautiously with cardiovascular or cerebrovascular disease.',
    'Seizures: dose-related; use caution in patients with a history of seizures or other risk factors; advise patients not to drive or do other hazardous activities.',
    'Myocarditis, cardiomyopathy and mitral valve incompetence: can be fatal; stop clozapine and obtain a cardiac evaluation if suspected (most myocarditis occurs in the first 2 months).',
    ANTIPSYCHOTIC_DEMENTIA_BOX,
  ],
  pregnancy: {
    risk: 'caution',
    note: 'Not a major teratogen in available data; metabolic and neonatal extrapyramidal/withdrawal risks as for other antipsychotics; continuing usually outweighs relapse risk for treatment-resistant illness.',
  },
  lactation:
    'Not recommended: passes into milk with reports of infant sedation and agranulocytosis (LactMed).',
  renal: 'Use with caution; dose reduction may be needed in significant renal impairment.',
  hepatic:
    'Use with caution; dose reduction may be needed in significant hepatic impairment; monitor liver tests.',
  metabolism: {
    substrateOf: [sub('CYP1A2', 'major', true), sub('CYP3A4', 'minor'), sub('CYP2D6', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    qtRisk: 'possible',
    anticholinergicBurden: 3,
    cnsDepressant: 'high',
    seizureThresholdLowering: 'high',
    myelosuppressive: true,
  }),
  monitoring: ['clozapine', 'sga-metabolic', 'antipsychotic-movement'],
  education: apEducation({
    purpose:
      'Clozapine is the most effective medicine for schizophrenia that has not improved with other antipsychotics. It also lowers the risk of suicidal behavior in schizophrenia.',
    howToTake:
      'Take it exactly as prescribed; the dose goes up slowly over weeks. You must have regular blood tests (ANC) to check your white blood cells: weekly at first. Tell your prescriber before you start or stop smoking, and about any new medicine, including antibiotics.',
    weeks1to2:
      'Sleepiness, drooling at night, dizziness when standing and a faster heartbeat are common early. Get up slowly. Weekly blood tests start now.',
    weeks4to8:
      'Improvement often builds over several months. Blood tests continue. Tell your team right away about fever, chest pain, shortness of breath or constipation.',
    common: [
      'Sleepiness',
      'Drooling, especially at night',
      'Constipation',
      'Fast heartbeat',
      'Dizziness when standing up',
      'Weight gain',
    ],
    serious: [
      'Fever, sore throat, mouth sores, flu-like illness or any sign of infection (very low white blood cells)',
      'Chest pain, shortness of breath, fast heartbeat or fever in the first 2 months (heart inflammation)',
      'Severe constipation, belly pain or swelling, or not passing stool (bowel blockage)',
      SE_SEIZURE,
      'Fainting',
      SE_SUGAR,
    ],
    whenToCall:
      'Call right away for any fever, sore throat or infection, chest pain or shortness of breath, severe constipation or belly pain, or fainting. Get emergency care for a seizure or high fever with stiff muscles. In a crisis call or text 988, or call 911.',
    missedDose:
      'If you miss one dose, take it if you remember within a few hours; otherwise skip it. Do not double up. If you miss 2 days or more, do not restart on your own: call your prescriber, because you will need to start again at a low dose.',
    questions: [
      'How often do I need blood tests, and where do I get them?',
      'What should I do about constipation and drooling?',
      'What should I do if I start or stop smoking?',
      'Which symptoms mean I must call right away?',
    ],
  }),
  discontinuationRisk: 'high',
  halfLifeHours: 12,
  sources: ['label-clozapine', 'fa-clozapine-rems-2025', 'fa-fda-ddi-table', ...SGA_SOURCES, ...PD_SOURCES],
};

const lumateperone: Drug = {
  name: 'lumateperone',
  // RxNorm ingredient for lumateperone (Caplyta), approved 2019.
  rxnorm: '2275602',
  brands: ['Caplyta'],
  synonyms: ['lumateperone tosylate'],
  classes: ['antipsychotic', 'second-generation-antipsychotic'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 42, max: 42 },
    maxDailyMg: 42,
    minEffectiveDailyMg: 42,
    startingDailyMg: 42,
    strengthsMg: [10.5, 21, 42],
    caps: [
      {
        when: { hepaticImpairment: true },
        maxDailyMg: 21,
        reason: 'Moderate or severe hepatic impairment (Child-Pugh B or C): 21 mg once daily.',
        sources: ['label-lumateperone'],
      },
      ...withDrugCaps(
        MODERATE_3A4_INHIBITORS,
        21,
        'moderate CYP3A4 inhibitor',
        'label-lumateperone',
        '21 mg once daily.',
      ),
      ...withDrugCaps(
        STRONG_3A4_INHIBITORS,
        10.5,
        'strong CYP3A4 inhibitor',
        'label-lumateperone',
        '10.5 mg once daily.',
      ),
    ],
    titration:
      '42 mg once daily; no titration. Avoid CYP3A4 inducers. Used for schizophrenia and bipolar depression (alone or with lithium or valproate).',
    timeToEffect: 'Some improvement in 1–2 weeks; full effect usually 4–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIPSYCHOTIC_DEMENTIA_BOX, ANTIPSYCHOTIC_ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: AP_PREGNANCY,
  lactation: 'No human data; an antipsychotic with more lactation data may be preferred (LactMed).',
  renal: 'No adjustment needed.',
  hepatic: 'Moderate or severe impairment: 21 mg once daily.',
  metabolism: {
    substrateOf: [sub('CYP3A4')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ qtRisk: 'none', anticholinergicBurden: 0, cnsDepressant: 'moderate' }),
  monitoring: ['sga-metabolic', 'antipsychotic-movement', 'antidepressant-suicidality'],
  education: apEducation({
    purpose:
      'Lumateperone is an antipsychotic. It treats schizophrenia and the depression of bipolar disorder.',
    howToTake:
      'Take one capsule once a day, usually in the evening, with or without food. Do not eat grapefruit or drink grapefruit juice.',
    common: ['Sleepiness', 'Dizziness', 'Nausea', 'Dry mouth'],
    serious: [SE_SUICIDAL, ...SGA_SERIOUS],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 18,
  sources: ['label-lumateperone', 'fa-fda-ddi-table', ...SGA_SOURCES, ...AD_BOX_SOURCES, ...PD_SOURCES],
};

export const ANTIPSYCHOTICS: Drug[] = [
  haloperidol,
  fluphenazine,
  chlorpromazine,
  perphenazine,
  thioridazine,
  pimozide,
  loxapine,
  trifluoperazine,
  aripiprazole,
  aripiprazoleLauroxil,
  brexpiprazole,
  cariprazine,
  risperidone,
  paliperidone,
  olanzapine,
  quetiapine,
  ziprasidone,
  lurasidone,
  asenapine,
  iloperidone,
  clozapine,
  lumateperone,
];
