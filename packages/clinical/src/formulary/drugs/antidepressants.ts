import type { DoseCap, Drug, Education, Pharmacodynamics } from '../types.js';
import {
  ANTIDEPRESSANT_SUICIDALITY_BOX,
  eff,
  MISSED_STANDARD,
  PD_SOURCES,
  STRONG_3A4_INHIBITORS,
  seizureLoweringPd,
  sub,
} from './shared.js';

/**
 * Antidepressants: SSRIs, SNRIs, tricyclics, MAOIs, atypical agents, esketamine and zuranolone.
 *
 * Conventions (shared with antipsychotics.ts):
 * - Doses are adult oral mg/day from the US label unless `dose.nonDailyRoute` says otherwise.
 * - Metabolism: `major` substrate pathways and inhibitor/inducer strengths follow the FDA table of
 *   substrates, inhibitors and inducers where the drug is listed there, otherwise the label's
 *   interaction section.
 * - QT categories follow CredibleMeds; anticholinergic burden follows the ACB scale (Boustani 2008,
 *   2012 update), falling back to the majority of other published scales where the ACB is silent.
 * - Age caps: `minAge` is inclusive, so the label's "older than 60" is `minAge: 61`.
 * - Dextromethorphan/bupropion (Auvelity) is resolved by the lookup as its two ingredients;
 *   dextromethorphan itself lives in non-psychiatric.ts.
 */

// ---------------------------------------------------------------------------------------------
// Small builders (keep the entries readable)
// ---------------------------------------------------------------------------------------------

type PdCore = Pick<Pharmacodynamics, 'serotonergic' | 'qtRisk' | 'anticholinergicBurden'>;

/** Entries write out serotonergic, QT and anticholinergic burden; the rest default to "no effect". */
const pd: (core: PdCore & Partial<Pharmacodynamics>) => Pharmacodynamics = seizureLoweringPd;

const SSRI_SNRI_PD = { antiplateletOrAnticoagulant: true, hyponatremia: true } as const;

// Source id groups
const AD_CLASS_SOURCES = ['fa-fda-antidepressant-suicidality-2007', 'fa-apa-mdd-2010'];

// ---------------------------------------------------------------------------------------------
// Shared wording
// ---------------------------------------------------------------------------------------------

const CALL_AD =
  'Call your prescriber right away if you have new or worse thoughts of suicide or hurting yourself, feel very agitated, restless or unusually "high", cannot sleep for several nights, or have a fever with stiff muscles, shaking, fast heartbeat or confusion. In a crisis call or text 988, or call 911.';

const SE_SUICIDAL =
  'New or worse thoughts of suicide, mostly in people 24 and younger and after dose changes';
const SE_SEROTONIN =
  'Serotonin syndrome (rare): agitation, fever, sweating, shaking, stiff or jerking muscles, fast heartbeat, diarrhea';
const SE_BLEEDING =
  'Easy bruising or bleeding, more likely with aspirin, ibuprofen-type pain relievers or blood thinners';
const SE_SODIUM =
  'Low blood sodium (more likely in older adults): headache, confusion, weakness, unsteadiness';
const SE_MANIA =
  'Mania (very high energy, little need for sleep, racing thoughts), mainly in people with bipolar disorder';
const SE_EYE = 'Sudden eye pain, vision changes or red, swollen eye (angle-closure glaucoma)';
const SE_SEXUAL = 'Lower sex drive, trouble reaching orgasm or erection problems';

const Q_AD = [
  'How long until I should notice a difference, and how will we measure it?',
  'Which side effects should make me call you right away?',
  'Is this safe with my other medicines, supplements, alcohol or cannabis?',
  'How will we stop this medicine safely when the time comes?',
];

const WEEKS_1_2_SRI =
  'Side effects like upset stomach, headache, sleep changes or feeling jittery often come first and usually fade within 1–2 weeks. Sleep, energy or appetite may get better before mood does.';
const WEEKS_4_8_SRI =
  'Mood and worry usually get better over 4–8 weeks. If you are not clearly better by then, ask about changing the dose or trying another option. Keep taking it even after you feel well.';
const STOP_SLOWLY =
  'Do not stop suddenly; your prescriber will lower the dose slowly when it is time to stop.';

function ssriEducation(opts: {
  purpose: string;
  howToTake: string;
  common?: string[];
  serious?: string[];
  questions?: string[];
  missedDose?: string;
}): Education {
  return {
    purpose: opts.purpose,
    howToTake: `${opts.howToTake} ${STOP_SLOWLY}`,
    weeks1to2: WEEKS_1_2_SRI,
    weeks4to8: WEEKS_4_8_SRI,
    commonSideEffects: opts.common ?? [
      'Upset stomach or diarrhea',
      'Headache',
      'Trouble sleeping or feeling sleepy',
      'Sweating',
      SE_SEXUAL,
    ],
    seriousSideEffects: [
      SE_SUICIDAL,
      SE_SEROTONIN,
      SE_BLEEDING,
      SE_SODIUM,
      SE_MANIA,
      ...(opts.serious ?? []),
    ],
    whenToCall: CALL_AD,
    missedDose: opts.missedDose ?? MISSED_STANDARD,
    questionsToAsk: opts.questions ?? Q_AD,
  };
}

const TCA_EDU_COMMON = [
  'Dry mouth',
  'Constipation',
  'Sleepiness',
  'Dizziness when standing up',
  'Blurred vision',
  'Weight gain',
];
const TCA_EDU_SERIOUS = [
  SE_SUICIDAL,
  'Fast or uneven heartbeat, fainting',
  'Trouble passing urine',
  'Confusion, especially in older adults',
  'Seizures',
  SE_EYE,
  'Overdose is very dangerous: keep only the amount you need and store it safely',
];
const TCA_WEEKS_1_2 =
  'You may feel sleepy, dizzy or have a dry mouth at first; these often ease. Stand up slowly. Sleep may improve early.';
const TCA_WEEKS_4_8 =
  'Mood usually improves over 4–8 weeks as the dose is raised. Your prescriber may check a blood level or an ECG (heart tracing).';
const TCA_MISSED =
  'Take it as soon as you remember the same day. If you take it once at bedtime and remember the next morning, skip it. Never take two doses at once.';

const MAOI_DIET =
  'Avoid foods and drinks high in tyramine (aged cheese, cured or fermented meats, soy sauce and other fermented soy, tap beer, sauerkraut, spoiled or overripe food) during treatment and for 2 weeks after stopping.';
const MAOI_MEDS =
  'Do not take any other antidepressant, cold or cough medicine (including dextromethorphan and decongestants), stimulant, diet pill, St John’s wort, tramadol, meperidine or other opioid pain medicine without checking with your prescriber or pharmacist first.';
const MAOI_SERIOUS = [
  'Sudden severe headache, pounding heartbeat, stiff neck, chest pain or vomiting (dangerously high blood pressure)',
  SE_SEROTONIN,
  SE_SUICIDAL,
  SE_MANIA,
];
const MAOI_CALL = `Get emergency care for a sudden severe headache, chest pain or a stiff neck. ${CALL_AD}`;

// ---------------------------------------------------------------------------------------------
// SSRIs
// ---------------------------------------------------------------------------------------------

const fluoxetine: Drug = {
  name: 'fluoxetine',
  rxnorm: '4493',
  brands: ['Prozac', 'Prozac Weekly', 'Sarafem'],
  synonyms: ['fluoxetine hydrochloride'],
  classes: ['antidepressant', 'ssri'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 20, max: 80 },
    maxDailyMg: 80,
    minEffectiveDailyMg: 20,
    startingDailyMg: 20,
    strengthsMg: [10, 20, 40, 60],
    liquidAvailable: true,
    titration:
      'Start 20 mg each morning; if response is inadequate after several weeks, raise in 10–20 mg steps. Doses above 20 mg may be given once daily or split morning and noon. Use lower or less frequent doses in hepatic impairment and in older adults.',
    timeToEffect: 'Some change in 1–2 weeks; full effect usually 4–6 weeks or longer (long half-life).',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Not a major teratogen in large cohorts. Third-trimester exposure is linked to neonatal adaptation problems and a small increase in persistent pulmonary hypertension of the newborn; weigh against the risk of untreated depression.',
  },
  lactation:
    'Passes into milk more than sertraline or paroxetine and builds up because of the long half-life; irritability and poor feeding reported in infants. Usually acceptable if taken during pregnancy; otherwise another SSRI may be preferred (LactMed).',
  renal: 'No dose adjustment needed in renal impairment; not removed by dialysis.',
  hepatic: 'Half-life is prolonged in cirrhosis: use a lower or less frequent dose.',
  metabolism: {
    substrateOf: [sub('CYP2D6'), sub('CYP2C9', 'minor'), sub('CYP2C19', 'minor'), sub('CYP3A4', 'minor')],
    inhibits: [eff('CYP2D6', 'strong'), eff('CYP2C19', 'strong')],
    induces: [],
  },
  pd: pd({ serotonergic: 'high', qtRisk: 'conditional', anticholinergicBurden: 1, ...SSRI_SNRI_PD }),
  monitoring: ['antidepressant-suicidality', 'sodium'],
  education: ssriEducation({
    purpose:
      'Fluoxetine treats depression, obsessive-compulsive disorder (OCD), panic disorder and bulimia. It helps balance serotonin, a brain chemical that affects mood and worry.',
    howToTake:
      'Take it once a day, usually in the morning, with or without food. If it keeps you awake, take it earlier in the day. Swallow capsules whole.',
    common: ['Trouble sleeping', 'Nervousness or restlessness', 'Upset stomach', 'Headache', SE_SEXUAL],
    serious: ['Rash or hives'],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 216,
  washoutDaysBeforeMaoi: 35,
  sources: ['label-fluoxetine', 'fa-fda-ddi-table', 'fa-fava-2015', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const sertraline: Drug = {
  name: 'sertraline',
  rxnorm: '36437',
  brands: ['Zoloft'],
  synonyms: ['sertraline hydrochloride'],
  classes: ['antidepressant', 'ssri'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 50, max: 200 },
    maxDailyMg: 200,
    minEffectiveDailyMg: 50,
    startingDailyMg: 50,
    strengthsMg: [25, 50, 100],
    liquidAvailable: true,
    titration:
      'Start 50 mg once daily (25 mg for panic disorder, PTSD and social anxiety, raised to 50 mg after one week). Increase in 25–50 mg steps no more often than once a week, up to 200 mg/day.',
    timeToEffect: 'Some change in 1–2 weeks; full effect usually 4–8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Among the best-studied antidepressants in pregnancy and often preferred. Third-trimester exposure can cause neonatal adaptation problems and a small increase in persistent pulmonary hypertension of the newborn.',
  },
  lactation:
    'Low amounts in milk and usually undetectable in infant serum; a preferred antidepressant while breastfeeding (LactMed).',
  renal: 'No dose adjustment needed in renal impairment.',
  hepatic: 'Use with caution in hepatic impairment; lower or less frequent doses.',
  metabolism: {
    substrateOf: [
      sub('CYP2C19'),
      sub('CYP2B6', 'minor'),
      sub('CYP2C9', 'minor'),
      sub('CYP3A4', 'minor'),
      sub('CYP2D6', 'minor'),
    ],
    // Dose-dependent: weak at 50–100 mg/day, approaching moderate at 150–200 mg/day.
    inhibits: [eff('CYP2D6', 'weak')],
    induces: [],
  },
  pd: pd({ serotonergic: 'high', qtRisk: 'conditional', anticholinergicBurden: 1, ...SSRI_SNRI_PD }),
  monitoring: ['antidepressant-suicidality', 'sodium'],
  education: ssriEducation({
    purpose:
      'Sertraline treats depression, anxiety disorders (panic, social anxiety), OCD, PTSD and severe premenstrual mood symptoms. It helps balance serotonin, a brain chemical that affects mood and worry.',
    howToTake:
      'Take it once a day at the same time, morning or evening, with or without food. The liquid must be mixed with 4 ounces of water, juice or ginger ale right before you take it.',
    common: [
      'Upset stomach or loose stools',
      'Trouble sleeping or feeling sleepy',
      'Sweating',
      'Shaking',
      SE_SEXUAL,
    ],
  }),
  discontinuationRisk: 'moderate',
  halfLifeHours: 26,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-sertraline', 'fa-cpic-ssri-2023', 'fa-fava-2015', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const paroxetine: Drug = {
  name: 'paroxetine',
  rxnorm: '32937',
  brands: ['Paxil', 'Paxil CR', 'Pexeva', 'Brisdelle'],
  synonyms: ['paroxetine hydrochloride', 'paroxetine mesylate'],
  classes: ['antidepressant', 'ssri'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 20, max: 50 },
    maxDailyMg: 62.5,
    minEffectiveDailyMg: 20,
    startingDailyMg: 20,
    strengthsMg: [7.5, 10, 12.5, 20, 25, 30, 37.5, 40],
    liquidAvailable: true,
    caps: [
      {
        when: { minAge: 65 },
        maxDailyMg: 40,
        reason:
          'Older or debilitated patients: start 10 mg/day and do not exceed 40 mg/day (immediate release; 50 mg/day for Paxil CR).',
        sources: ['label-paroxetine'],
      },
      {
        when: { renalImpairment: true },
        maxDailyMg: 40,
        reason:
          'Severe renal impairment (CrCl below 30 mL/min): start 10 mg/day and do not exceed 40 mg/day (Paxil CR 50 mg/day).',
        sources: ['label-paroxetine'],
      },
      {
        when: { hepaticImpairment: true },
        maxDailyMg: 40,
        reason:
          'Severe hepatic impairment: start 10 mg/day and do not exceed 40 mg/day (Paxil CR 50 mg/day).',
        sources: ['label-paroxetine'],
      },
    ],
    titration:
      'Immediate release: start 20 mg once daily (10 mg for panic disorder); raise by 10 mg/day no faster than weekly. Maximum 50 mg/day for depression, 60 mg/day for OCD and panic disorder; Paxil CR up to 62.5 mg/day for depression. Taper slowly when stopping.',
    timeToEffect: 'Some change in 1–2 weeks; full effect usually 4–8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'avoid',
    note: 'First-trimester exposure has been associated with cardiac malformations (FDA 2005 advisory); avoid starting in people planning pregnancy or early in pregnancy when alternatives exist. Third-trimester neonatal adaptation problems as with other SSRIs.',
  },
  lactation:
    'Low amounts in milk and usually undetectable in infant serum; acceptable while breastfeeding (LactMed).',
  renal: 'Severe renal impairment (CrCl below 30 mL/min): start 10 mg/day, maximum 40 mg/day.',
  hepatic: 'Severe hepatic impairment: start 10 mg/day, maximum 40 mg/day.',
  metabolism: {
    substrateOf: [sub('CYP2D6')],
    inhibits: [eff('CYP2D6', 'strong')],
    induces: [],
  },
  pd: pd({
    serotonergic: 'high',
    qtRisk: 'conditional',
    anticholinergicBurden: 3,
    cnsDepressant: 'low',
    ...SSRI_SNRI_PD,
  }),
  monitoring: ['antidepressant-suicidality', 'sodium', 'pregnancy-test'],
  education: ssriEducation({
    purpose:
      'Paroxetine treats depression, panic disorder, social anxiety, generalized anxiety, OCD and PTSD. It helps balance serotonin, a brain chemical that affects mood and worry.',
    howToTake:
      'Take it once a day, usually in the morning, with or without food. Swallow controlled-release tablets whole; do not crush or chew them. Shake the liquid well.',
    common: ['Sleepiness', 'Dry mouth', 'Constipation', 'Sweating', 'Weight gain', SE_SEXUAL],
    serious: [
      'Dizziness, "brain zaps", nausea, anxiety or flu-like feelings if doses are missed or it is stopped quickly',
      SE_EYE,
    ],
    questions: [...Q_AD, 'Could I become pregnant while taking this, and what birth control should I use?'],
  }),
  discontinuationRisk: 'high',
  halfLifeHours: 21,
  washoutDaysBeforeMaoi: 14,
  sources: [
    'label-paroxetine',
    'fa-fda-paroxetine-pregnancy-2005',
    'fa-cpic-ssri-2023',
    'fa-fava-2015',
    ...AD_CLASS_SOURCES,
    ...PD_SOURCES,
  ],
};

const CITALOPRAM_20 = (reason: string, when: DoseCap['when']): DoseCap => ({
  when,
  maxDailyMg: 20,
  reason,
  sources: ['label-citalopram', 'fa-fda-citalopram-qt-2012'],
});

const citalopram: Drug = {
  name: 'citalopram',
  rxnorm: '2556',
  brands: ['Celexa'],
  synonyms: ['citalopram hydrobromide'],
  classes: ['antidepressant', 'ssri'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 20, max: 40 },
    maxDailyMg: 40,
    minEffectiveDailyMg: 20,
    startingDailyMg: 20,
    strengthsMg: [10, 20, 40],
    liquidAvailable: true,
    caps: [
      CITALOPRAM_20('Patients older than 60: maximum 20 mg/day because of dose-dependent QT prolongation.', {
        minAge: 61,
      }),
      CITALOPRAM_20('Hepatic impairment: maximum 20 mg/day (higher exposure, QT prolongation).', {
        hepaticImpairment: true,
      }),
      CITALOPRAM_20(
        'CYP2C19 poor metabolizers: maximum 20 mg/day (about 2-fold exposure, QT prolongation).',
        {
          phenotype: { gene: 'CYP2C19', phenotypes: ['poor metabolizer', 'likely poor metabolizer'] },
        },
      ),
      CITALOPRAM_20('With cimetidine: maximum 20 mg/day (raised citalopram exposure, QT prolongation).', {
        withDrug: 'cimetidine',
      }),
      ...['fluvoxamine', 'fluconazole', 'omeprazole', 'esomeprazole'].map((withDrug) =>
        CITALOPRAM_20(
          `With ${withDrug}, a CYP2C19 inhibitor: maximum 20 mg/day (raised citalopram exposure, QT prolongation).`,
          { withDrug },
        ),
      ),
    ],
    titration:
      'Start 20 mg once daily; may increase to 40 mg after at least one week. Doses above 40 mg/day are not recommended (QT prolongation without added benefit).',
    timeToEffect: 'Some change in 1–2 weeks; full effect usually 4–8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Not a major teratogen in large cohorts. Third-trimester exposure is linked to neonatal adaptation problems and persistent pulmonary hypertension of the newborn.',
  },
  lactation:
    'Passes into milk in moderate amounts; occasional infant sleepiness reported. Acceptable with infant monitoring (LactMed).',
  renal: 'No adjustment in mild to moderate renal impairment; use with caution when CrCl is below 20 mL/min.',
  hepatic: 'Maximum 20 mg/day in hepatic impairment.',
  metabolism: {
    substrateOf: [sub('CYP2C19'), sub('CYP3A4', 'minor'), sub('CYP2D6', 'minor')],
    inhibits: [eff('CYP2D6', 'weak')],
    induces: [],
  },
  pd: pd({ serotonergic: 'high', qtRisk: 'known', anticholinergicBurden: 1, ...SSRI_SNRI_PD }),
  monitoring: ['antidepressant-suicidality', 'qt-ecg', 'sodium'],
  education: ssriEducation({
    purpose:
      'Citalopram treats depression. It helps balance serotonin, a brain chemical that affects mood. Higher doses can change the heart rhythm, so the dose is kept at 40 mg or less (20 mg or less after age 60).',
    howToTake: 'Take it once a day at the same time, morning or evening, with or without food.',
    serious: ['Fast, pounding or uneven heartbeat, fainting or dizziness (heart rhythm problem)'],
  }),
  discontinuationRisk: 'moderate',
  halfLifeHours: 35,
  washoutDaysBeforeMaoi: 14,
  sources: [
    'label-citalopram',
    'fa-fda-citalopram-qt-2012',
    'fa-cpic-ssri-2023',
    ...AD_CLASS_SOURCES,
    ...PD_SOURCES,
  ],
};

const escitalopram: Drug = {
  name: 'escitalopram',
  rxnorm: '321988',
  brands: ['Lexapro'],
  synonyms: ['escitalopram oxalate'],
  classes: ['antidepressant', 'ssri'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 10, max: 20 },
    maxDailyMg: 20,
    minEffectiveDailyMg: 10,
    startingDailyMg: 10,
    strengthsMg: [5, 10, 20],
    liquidAvailable: true,
    caps: [
      {
        when: { minAge: 65 },
        maxDailyMg: 10,
        reason: 'Older adults: 10 mg/day is the recommended dose.',
        sources: ['label-escitalopram'],
      },
      {
        when: { hepaticImpairment: true },
        maxDailyMg: 10,
        reason: 'Hepatic impairment: 10 mg/day is the recommended dose.',
        sources: ['label-escitalopram'],
      },
    ],
    titration: 'Start 10 mg once daily; may increase to 20 mg after at least one week.',
    timeToEffect: 'Some change in 1–2 weeks; full effect usually 4–8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Not a major teratogen in large cohorts. Third-trimester exposure is linked to neonatal adaptation problems and persistent pulmonary hypertension of the newborn.',
  },
  lactation: 'Low amounts in milk; acceptable while breastfeeding with infant monitoring (LactMed).',
  renal: 'No adjustment in mild to moderate impairment; use with caution when CrCl is below 20 mL/min.',
  hepatic: 'Recommended dose 10 mg/day in hepatic impairment.',
  metabolism: {
    substrateOf: [sub('CYP2C19'), sub('CYP3A4', 'minor'), sub('CYP2D6', 'minor')],
    inhibits: [eff('CYP2D6', 'weak')],
    induces: [],
  },
  pd: pd({ serotonergic: 'high', qtRisk: 'known', anticholinergicBurden: 1, ...SSRI_SNRI_PD }),
  monitoring: ['antidepressant-suicidality', 'qt-ecg', 'sodium'],
  education: ssriEducation({
    purpose:
      'Escitalopram treats depression and generalized anxiety disorder. It helps balance serotonin, a brain chemical that affects mood and worry.',
    howToTake: 'Take it once a day at the same time, morning or evening, with or without food.',
    serious: ['Fast or uneven heartbeat or fainting'],
  }),
  discontinuationRisk: 'moderate',
  halfLifeHours: 30,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-escitalopram', 'fa-cpic-ssri-2023', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const fluvoxamine: Drug = {
  name: 'fluvoxamine',
  rxnorm: '42355',
  brands: ['Luvox', 'Luvox CR'],
  synonyms: ['fluvoxamine maleate'],
  classes: ['antidepressant', 'ssri'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 100, max: 300 },
    maxDailyMg: 300,
    minEffectiveDailyMg: 100,
    startingDailyMg: 50,
    strengthsMg: [25, 50, 100, 150],
    caps: [
      {
        when: { minAge: 8, maxAge: 11 },
        maxDailyMg: 200,
        reason: 'Children 8–11 years with OCD: maximum 200 mg/day.',
        sources: ['label-fluvoxamine'],
      },
    ],
    titration:
      'Start 50 mg at bedtime; raise by 50 mg every 4–7 days. Give doses above 100 mg/day as two divided doses (larger dose at bedtime). Slower titration in older adults and hepatic impairment.',
    timeToEffect: 'OCD improves over 6–12 weeks; depression and anxiety over 4–8 weeks.',
    adequateTrialWeeks: 8,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Limited data; class third-trimester risks (neonatal adaptation, persistent pulmonary hypertension of the newborn).',
  },
  lactation: 'Low amounts in milk; acceptable with infant monitoring (LactMed).',
  renal: 'No specific adjustment; use with caution.',
  hepatic: 'Clearance reduced about 30% in hepatic impairment: lower starting dose and slower titration.',
  metabolism: {
    substrateOf: [sub('CYP2D6'), sub('CYP1A2', 'minor')],
    inhibits: [
      eff('CYP1A2', 'strong'),
      eff('CYP2C19', 'strong'),
      eff('CYP3A4', 'moderate'),
      eff('CYP2C9', 'weak'),
      eff('CYP2D6', 'weak'),
    ],
    induces: [],
  },
  pd: pd({
    serotonergic: 'high',
    qtRisk: 'conditional',
    anticholinergicBurden: 1,
    cnsDepressant: 'low',
    ...SSRI_SNRI_PD,
  }),
  monitoring: ['antidepressant-suicidality', 'sodium'],
  education: ssriEducation({
    purpose:
      'Fluvoxamine treats obsessive-compulsive disorder (OCD). It helps balance serotonin, a brain chemical that affects worry and repeated thoughts.',
    howToTake:
      'Take it at bedtime; if your dose is above 100 mg, split it into two doses with the larger one at bedtime. It changes how the body handles many other medicines, including caffeine, so tell every prescriber and pharmacist you take it.',
    common: ['Nausea', 'Sleepiness or trouble sleeping', 'Weakness', 'Dry mouth', SE_SEXUAL],
  }),
  discontinuationRisk: 'moderate',
  halfLifeHours: 16,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-fluvoxamine', 'fa-fda-ddi-table', 'fa-cpic-ssri-2023', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

// ---------------------------------------------------------------------------------------------
// SNRIs
// ---------------------------------------------------------------------------------------------

const SNRI_SERIOUS = ['Higher blood pressure: have it checked', 'Trouble passing urine'];

const venlafaxine: Drug = {
  name: 'venlafaxine',
  rxnorm: '39786',
  brands: ['Effexor', 'Effexor XR'],
  synonyms: ['venlafaxine hydrochloride', 'venlafaxine er', 'venlafaxine xr'],
  classes: ['antidepressant', 'snri'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 75, max: 225 },
    maxDailyMg: 375,
    minEffectiveDailyMg: 75,
    startingDailyMg: 75,
    strengthsMg: [25, 37.5, 50, 75, 100, 150, 225],
    caps: [
      {
        when: { hepaticImpairment: true },
        maxDailyMg: 112.5,
        reason:
          'Hepatic impairment: reduce the total daily dose by 50% (by 50% or more in cirrhosis or severe impairment); shown as half of the 225 mg outpatient maximum.',
        sources: ['label-venlafaxine'],
      },
      {
        when: { renalImpairment: true },
        maxDailyMg: 112.5,
        reason:
          'Renal impairment: reduce the total daily dose by 25–50% (mild–moderate) and by 50% or more on dialysis or with severe impairment; shown as half of the 225 mg outpatient maximum.',
        sources: ['label-venlafaxine'],
      },
    ],
    titration:
      'Extended release: start 75 mg once daily with food (37.5 mg for 4–7 days if needed); raise by up to 75 mg/day at intervals of at least 4 days, to 225 mg/day for outpatients. Immediate-release tablets in severely depressed inpatients up to 375 mg/day in divided doses. Taper gradually when stopping.',
    timeToEffect: 'Some change in 1–2 weeks; full effect usually 4–8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Not a major teratogen in available data. Third-trimester exposure can cause neonatal adaptation problems; possible increase in gestational hypertension.',
  },
  lactation:
    'Venlafaxine and its active metabolite pass into milk and are found in infant serum; usually acceptable with infant monitoring (LactMed).',
  renal:
    'Reduce the total daily dose by 25–50% in mild to moderate, and 50% or more in severe impairment or dialysis.',
  hepatic: 'Reduce the total daily dose by 50% in mild to moderate hepatic impairment; more in cirrhosis.',
  metabolism: {
    substrateOf: [sub('CYP2D6'), sub('CYP3A4', 'minor')],
    inhibits: [eff('CYP2D6', 'weak')],
    induces: [],
  },
  pd: pd({ serotonergic: 'high', qtRisk: 'possible', anticholinergicBurden: 1, ...SSRI_SNRI_PD }),
  monitoring: ['antidepressant-suicidality', 'blood-pressure', 'sodium'],
  education: ssriEducation({
    purpose:
      'Venlafaxine treats depression, generalized anxiety disorder, social anxiety and panic disorder. It raises serotonin and norepinephrine, brain chemicals that affect mood, worry and energy.',
    howToTake:
      'Take the extended-release capsule once a day with food, at about the same time each day. Swallow it whole, or open it and sprinkle it on a spoonful of applesauce. Do not crush or chew.',
    common: ['Nausea', 'Sweating', 'Dizziness', 'Dry mouth', 'Trouble sleeping', SE_SEXUAL],
    serious: [
      ...SNRI_SERIOUS,
      'Dizziness, "brain zaps", nausea or flu-like feelings if a dose is late or it is stopped quickly',
    ],
  }),
  discontinuationRisk: 'high',
  halfLifeHours: 11,
  washoutDaysBeforeMaoi: 7,
  sources: ['label-venlafaxine', 'fa-cpic-ssri-2023', 'fa-fava-2015', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const desvenlafaxine: Drug = {
  name: 'desvenlafaxine',
  rxnorm: '734064',
  brands: ['Pristiq', 'Khedezla'],
  synonyms: ['desvenlafaxine succinate', 'o-desmethylvenlafaxine'],
  classes: ['antidepressant', 'snri'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 50, max: 100 },
    maxDailyMg: 400,
    minEffectiveDailyMg: 50,
    startingDailyMg: 50,
    strengthsMg: [25, 50, 100],
    caps: [
      {
        when: { renalImpairment: true },
        maxDailyMg: 50,
        reason:
          'Moderate renal impairment (CrCl 30–50 mL/min): maximum 50 mg/day; severe impairment or end-stage renal disease: 25 mg daily or 50 mg every other day.',
        sources: ['label-desvenlafaxine'],
      },
      {
        when: { hepaticImpairment: true },
        maxDailyMg: 100,
        reason: 'Moderate to severe hepatic impairment: 50 mg/day; do not exceed 100 mg/day.',
        sources: ['label-desvenlafaxine'],
      },
    ],
    titration:
      'The recommended dose is 50 mg once daily; doses from 50 to 400 mg/day were effective in trials but gave no added benefit above 50 mg and more side effects. Taper gradually when stopping.',
    timeToEffect: 'Some change in 1–2 weeks; full effect usually 4–8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Limited data; class third-trimester risks (neonatal adaptation problems).',
  },
  lactation: 'Passes into milk; infant levels low. Acceptable with infant monitoring (LactMed).',
  renal: 'Moderate impairment: maximum 50 mg/day; severe or ESRD: 25 mg daily or 50 mg every other day.',
  hepatic: 'Moderate to severe impairment: 50 mg/day, not more than 100 mg/day.',
  metabolism: {
    substrateOf: [sub('CYP3A4', 'minor')],
    inhibits: [eff('CYP2D6', 'weak')],
    induces: [],
    renallyCleared: true,
  },
  pd: pd({ serotonergic: 'high', qtRisk: 'none', anticholinergicBurden: 0, ...SSRI_SNRI_PD }),
  monitoring: ['antidepressant-suicidality', 'blood-pressure', 'sodium'],
  education: ssriEducation({
    purpose:
      'Desvenlafaxine treats depression. It raises serotonin and norepinephrine, brain chemicals that affect mood and energy.',
    howToTake:
      'Take one tablet once a day at about the same time, with or without food. Swallow it whole. You may see the empty tablet shell in your stool; this is normal.',
    common: ['Nausea', 'Dizziness', 'Sweating', 'Constipation', 'Trouble sleeping', SE_SEXUAL],
    serious: [...SNRI_SERIOUS, 'Dizziness, nausea or "brain zaps" if stopped quickly'],
  }),
  discontinuationRisk: 'high',
  halfLifeHours: 11,
  washoutDaysBeforeMaoi: 7,
  sources: ['label-desvenlafaxine', 'fa-fava-2015', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const duloxetine: Drug = {
  name: 'duloxetine',
  rxnorm: '72625',
  brands: ['Cymbalta', 'Drizalma Sprinkle'],
  synonyms: ['duloxetine hydrochloride'],
  classes: ['antidepressant', 'snri'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 60, max: 60 },
    maxDailyMg: 120,
    minEffectiveDailyMg: 60,
    startingDailyMg: 30,
    strengthsMg: [20, 30, 40, 60],
    titration:
      'Depression: 40–60 mg/day (start 30 mg for a week if nausea is a concern). Generalized anxiety: start 30–60 mg, target 60 mg, up to 120 mg/day in 30 mg steps. Doses above 60 mg/day gave no added benefit for depression. Taper gradually when stopping.',
    timeToEffect: 'Some change in 1–2 weeks; full effect usually 4–8 weeks; pain may ease within 1–2 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Not a major teratogen in available data; possible small increase in postpartum hemorrhage with use near delivery; class third-trimester neonatal risks.',
  },
  lactation: 'Low amounts in milk; acceptable with infant monitoring (LactMed).',
  renal: 'Avoid when CrCl is below 30 mL/min (exposure roughly doubles).',
  hepatic:
    'Avoid in chronic liver disease or cirrhosis and in substantial alcohol use (hepatotoxicity, reduced clearance).',
  metabolism: {
    substrateOf: [sub('CYP1A2'), sub('CYP2D6')],
    inhibits: [eff('CYP2D6', 'moderate')],
    induces: [],
  },
  pd: pd({ serotonergic: 'high', qtRisk: 'none', anticholinergicBurden: 0, ...SSRI_SNRI_PD }),
  monitoring: ['antidepressant-suicidality', 'blood-pressure', 'sodium'],
  education: ssriEducation({
    purpose:
      'Duloxetine treats depression, generalized anxiety disorder and some long-lasting pain (nerve pain from diabetes, fibromyalgia, back and joint pain). It raises serotonin and norepinephrine, brain chemicals that affect mood and pain.',
    howToTake:
      'Take it once a day with or without food. Swallow the capsule whole; do not chew, crush or open it (Drizalma Sprinkle may be sprinkled on applesauce). Limit alcohol because of liver risk.',
    common: ['Nausea', 'Dry mouth', 'Sleepiness', 'Constipation', 'Less appetite', 'Sweating'],
    serious: [
      ...SNRI_SERIOUS,
      'Liver problems: dark urine, yellow skin or eyes, pain in the upper right belly',
      'Dizziness or fainting when standing up',
    ],
  }),
  discontinuationRisk: 'moderate',
  halfLifeHours: 12,
  washoutDaysBeforeMaoi: 5,
  sources: ['label-duloxetine', 'fa-fda-ddi-table', 'fa-fava-2015', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const levomilnacipran: Drug = {
  name: 'levomilnacipran',
  rxnorm: '1433212',
  brands: ['Fetzima'],
  synonyms: ['levomilnacipran hydrochloride'],
  classes: ['antidepressant', 'snri'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 40, max: 120 },
    maxDailyMg: 120,
    minEffectiveDailyMg: 40,
    startingDailyMg: 20,
    strengthsMg: [20, 40, 80, 120],
    caps: [
      {
        when: { renalImpairment: true },
        maxDailyMg: 80,
        reason:
          'Moderate renal impairment (CrCl 30–59 mL/min): maximum 80 mg/day; severe (CrCl 15–29 mL/min): maximum 40 mg/day.',
        sources: ['label-levomilnacipran'],
      },
      ...['ketoconazole', 'itraconazole', 'clarithromycin', 'voriconazole'].map((withDrug) => ({
        when: { withDrug },
        maxDailyMg: 80,
        reason: `With ${withDrug}, a strong CYP3A4 inhibitor: do not exceed 80 mg/day.`,
        sources: ['label-levomilnacipran', 'fa-fda-ddi-table'],
      })),
    ],
    titration:
      'Start 20 mg once daily for 2 days, then 40 mg; raise in 40 mg steps at intervals of 2 or more days, to 40–120 mg once daily.',
    timeToEffect: 'Some change in 1–2 weeks; full effect usually 4–8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'No adequate human data; class third-trimester risks (neonatal adaptation problems).',
  },
  lactation: 'No human data; consider an antidepressant with more lactation data (LactMed).',
  renal:
    'Moderate impairment: maximum 80 mg/day; severe: maximum 40 mg/day; not recommended in end-stage renal disease.',
  hepatic: 'No adjustment needed in hepatic impairment.',
  metabolism: {
    substrateOf: [sub('CYP3A4')],
    inhibits: [],
    induces: [],
    renallyCleared: true,
  },
  pd: pd({ serotonergic: 'high', qtRisk: 'none', anticholinergicBurden: 0, ...SSRI_SNRI_PD }),
  monitoring: ['antidepressant-suicidality', 'blood-pressure', 'sodium'],
  education: ssriEducation({
    purpose:
      'Levomilnacipran treats depression. It raises norepinephrine and serotonin, brain chemicals that affect mood and energy.',
    howToTake:
      'Take one capsule once a day at about the same time, with or without food. Swallow it whole; do not open, chew or crush it.',
    common: ['Nausea', 'Constipation', 'Sweating', 'Faster heartbeat', 'Erection or ejaculation problems'],
    serious: [...SNRI_SERIOUS, 'Pounding or fast heartbeat that does not settle'],
  }),
  discontinuationRisk: 'moderate',
  halfLifeHours: 12,
  washoutDaysBeforeMaoi: 7,
  sources: ['label-levomilnacipran', 'fa-fda-ddi-table', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

// ---------------------------------------------------------------------------------------------
// Tricyclic antidepressants
// ---------------------------------------------------------------------------------------------

const TCA_SOURCES = ['fa-cpic-tca-2016', 'fa-ags-beers-2023'];
const TCA_PREGNANCY = {
  risk: 'caution' as const,
  note: 'Not clearly teratogenic; neonatal withdrawal and anticholinergic effects reported after third-trimester use.',
};
const TCA_HEPATIC = 'Use with caution and lower doses in hepatic impairment.';
const TCA_RENAL = 'No specific adjustment; use with caution and watch for urinary retention.';

function tcaEducation(purpose: string, howToTake: string, extraCommon: string[] = []): Education {
  return {
    purpose,
    howToTake,
    weeks1to2: TCA_WEEKS_1_2,
    weeks4to8: TCA_WEEKS_4_8,
    commonSideEffects: [...TCA_EDU_COMMON, ...extraCommon],
    seriousSideEffects: TCA_EDU_SERIOUS,
    whenToCall: `Call right away for fainting, a fast or uneven heartbeat, a seizure, or if you cannot pass urine. If someone may have taken too much, call 911 or Poison Control (1-800-222-1222) at once. ${CALL_AD}`,
    missedDose: TCA_MISSED,
    questionsToAsk: [...Q_AD, 'Do I need an ECG or a blood level before or during treatment?'],
  };
}

const amitriptyline: Drug = {
  name: 'amitriptyline',
  rxnorm: '704',
  brands: ['Elavil'],
  synonyms: ['amitriptyline hydrochloride'],
  classes: ['antidepressant', 'tca'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 50, max: 150 },
    maxDailyMg: 300,
    minEffectiveDailyMg: 100,
    startingDailyMg: 25,
    strengthsMg: [10, 25, 50, 75, 100, 150],
    titration:
      'Outpatients: start 25–75 mg/day (often at bedtime), raise gradually to 150 mg/day; hospitalized patients up to 300 mg/day. Older adults and adolescents: 10 mg three times daily plus 20 mg at bedtime may suffice. Pain and headache doses (10–50 mg) are lower than depression doses.',
    timeToEffect: 'Sleep may improve in days; mood over 2–4 weeks, full effect up to 8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: TCA_PREGNANCY,
  lactation:
    'Low amounts of amitriptyline and nortriptyline in milk; generally acceptable, watch the infant for sedation (LactMed).',
  renal: TCA_RENAL,
  hepatic: TCA_HEPATIC,
  metabolism: {
    substrateOf: [
      sub('CYP2C19', 'major', true),
      sub('CYP2D6', 'major', true),
      sub('CYP3A4', 'minor'),
      sub('CYP1A2', 'minor'),
    ],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    serotonergic: 'moderate',
    qtRisk: 'conditional',
    anticholinergicBurden: 3,
    cnsDepressant: 'high',
    seizureThresholdLowering: 'moderate',
  }),
  monitoring: ['antidepressant-suicidality', 'tca-ecg'],
  education: tcaEducation(
    'Amitriptyline is an older antidepressant. It treats depression and is also used in low doses for nerve pain, headache prevention and sleep.',
    'Take it once a day at bedtime (it causes drowsiness), or as your prescriber tells you. Do not drink alcohol. Take care driving until you know how it affects you.',
  ),
  discontinuationRisk: 'moderate',
  halfLifeHours: 25,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-amitriptyline', ...TCA_SOURCES, ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const nortriptyline: Drug = {
  name: 'nortriptyline',
  rxnorm: '7531',
  brands: ['Pamelor', 'Aventyl'],
  synonyms: ['nortriptyline hydrochloride'],
  classes: ['antidepressant', 'tca'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 75, max: 100 },
    maxDailyMg: 150,
    minEffectiveDailyMg: 75,
    startingDailyMg: 25,
    strengthsMg: [10, 25, 50, 75],
    liquidAvailable: true,
    titration:
      'Adults: 25 mg three or four times daily (or the total once daily), starting low and raising gradually; above 100 mg/day check plasma levels (therapeutic window about 50–150 ng/mL); maximum 150 mg/day. Older adults and adolescents: 30–50 mg/day.',
    timeToEffect: 'Mood improves over 2–4 weeks; full effect up to 8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: TCA_PREGNANCY,
  lactation: 'Low amounts in milk; among the preferred tricyclics while breastfeeding (LactMed).',
  renal: TCA_RENAL,
  hepatic: TCA_HEPATIC,
  metabolism: {
    substrateOf: [sub('CYP2D6', 'major', true), sub('CYP1A2', 'minor'), sub('CYP3A4', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    serotonergic: 'low',
    qtRisk: 'conditional',
    anticholinergicBurden: 3,
    cnsDepressant: 'moderate',
    seizureThresholdLowering: 'moderate',
  }),
  monitoring: ['antidepressant-suicidality', 'tca-ecg'],
  education: tcaEducation(
    'Nortriptyline is an older antidepressant. It treats depression and is also used for nerve pain and to help people stop smoking.',
    'Take it as prescribed, often once a day at bedtime. Shake the liquid and measure with a dosing cup or syringe. Avoid alcohol.',
  ),
  discontinuationRisk: 'moderate',
  halfLifeHours: 30,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-nortriptyline', ...TCA_SOURCES, ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const imipramine: Drug = {
  name: 'imipramine',
  rxnorm: '5691',
  brands: ['Tofranil', 'Tofranil-PM'],
  synonyms: ['imipramine hydrochloride', 'imipramine pamoate'],
  classes: ['antidepressant', 'tca'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 75, max: 150 },
    maxDailyMg: 300,
    minEffectiveDailyMg: 100,
    startingDailyMg: 75,
    strengthsMg: [10, 25, 50, 75, 100, 125, 150],
    caps: [
      {
        when: { minAge: 65 },
        maxDailyMg: 100,
        reason: 'Older adults: start 25–50 mg/day; it is generally not necessary to exceed 100 mg/day.',
        sources: ['label-imipramine'],
      },
      {
        when: { minAge: 12, maxAge: 17 },
        maxDailyMg: 100,
        reason: 'Adolescents: start 25–50 mg/day; it is generally not necessary to exceed 100 mg/day.',
        sources: ['label-imipramine'],
      },
    ],
    titration:
      'Outpatients: start 75 mg/day, raise to 150 mg/day, maximum 200 mg/day; hospitalized patients up to 250–300 mg/day. Once stable the total dose may be given at bedtime (Tofranil-PM capsules).',
    timeToEffect: 'Mood improves over 2–4 weeks; full effect up to 8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: TCA_PREGNANCY,
  lactation: 'Low amounts in milk; generally acceptable with infant monitoring (LactMed).',
  renal: TCA_RENAL,
  hepatic: TCA_HEPATIC,
  metabolism: {
    substrateOf: [
      sub('CYP2C19', 'major', true),
      sub('CYP2D6', 'major', true),
      sub('CYP1A2', 'minor'),
      sub('CYP3A4', 'minor'),
    ],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    serotonergic: 'moderate',
    qtRisk: 'conditional',
    anticholinergicBurden: 3,
    cnsDepressant: 'moderate',
    seizureThresholdLowering: 'moderate',
  }),
  monitoring: ['antidepressant-suicidality', 'tca-ecg'],
  education: tcaEducation(
    'Imipramine is an older antidepressant. It treats depression and is sometimes used for bedwetting in children.',
    'Take it as prescribed, often once a day at bedtime after the dose is settled. Avoid alcohol. Use sunscreen; your skin may burn more easily.',
  ),
  discontinuationRisk: 'moderate',
  halfLifeHours: 12,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-imipramine', ...TCA_SOURCES, ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const desipramine: Drug = {
  name: 'desipramine',
  rxnorm: '3247',
  brands: ['Norpramin'],
  synonyms: ['desipramine hydrochloride'],
  classes: ['antidepressant', 'tca'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 100, max: 200 },
    maxDailyMg: 300,
    minEffectiveDailyMg: 100,
    startingDailyMg: 50,
    strengthsMg: [10, 25, 50, 75, 100, 150],
    caps: [
      {
        when: { minAge: 65 },
        maxDailyMg: 150,
        reason: 'Older adults: usual 25–100 mg/day; doses above 150 mg/day are not recommended.',
        sources: ['label-desipramine'],
      },
      {
        when: { minAge: 12, maxAge: 17 },
        maxDailyMg: 150,
        reason: 'Adolescents: usual 25–100 mg/day; doses above 150 mg/day are not recommended.',
        sources: ['label-desipramine'],
      },
    ],
    titration:
      'Start low and raise gradually to the usual 100–200 mg/day, in single or divided doses; up to 300 mg/day in severely ill patients, with plasma levels.',
    timeToEffect: 'Mood improves over 2–4 weeks; full effect up to 8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: TCA_PREGNANCY,
  lactation: 'Low amounts in milk; generally acceptable with infant monitoring (LactMed).',
  renal: TCA_RENAL,
  hepatic: TCA_HEPATIC,
  metabolism: {
    substrateOf: [sub('CYP2D6', 'major', true)],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    serotonergic: 'low',
    qtRisk: 'conditional',
    anticholinergicBurden: 3,
    cnsDepressant: 'low',
    seizureThresholdLowering: 'moderate',
  }),
  monitoring: ['antidepressant-suicidality', 'tca-ecg'],
  education: tcaEducation(
    'Desipramine is an older antidepressant that mainly raises norepinephrine, a brain chemical that affects mood and energy.',
    'Take it as prescribed, once a day or in divided doses. Avoid alcohol.',
  ),
  discontinuationRisk: 'moderate',
  halfLifeHours: 24,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-desipramine', ...TCA_SOURCES, ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const clomipramine: Drug = {
  name: 'clomipramine',
  rxnorm: '2597',
  brands: ['Anafranil'],
  synonyms: ['clomipramine hydrochloride'],
  classes: ['antidepressant', 'tca'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 100, max: 250 },
    maxDailyMg: 250,
    minEffectiveDailyMg: 100,
    startingDailyMg: 25,
    strengthsMg: [25, 50, 75],
    caps: [
      {
        when: { minAge: 10, maxAge: 17 },
        maxDailyMg: 200,
        reason:
          'Children and adolescents (10 years and older): maximum 3 mg/kg/day or 200 mg/day, whichever is less.',
        sources: ['label-clomipramine'],
      },
    ],
    titration:
      'Start 25 mg/day with meals; raise to about 100 mg/day over the first 2 weeks in divided doses, then gradually over several weeks to a maximum of 250 mg/day; once stable give the total at bedtime. Seizure risk rises with dose.',
    timeToEffect: 'OCD symptoms improve over 6–12 weeks.',
    adequateTrialWeeks: 10,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: TCA_PREGNANCY,
  lactation: 'Passes into milk in low amounts; generally acceptable with infant monitoring (LactMed).',
  renal: TCA_RENAL,
  hepatic: TCA_HEPATIC,
  metabolism: {
    substrateOf: [
      sub('CYP2D6', 'major', true),
      sub('CYP2C19', 'major', true),
      sub('CYP1A2', 'major', true),
      sub('CYP3A4', 'minor'),
    ],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    serotonergic: 'high',
    qtRisk: 'conditional',
    anticholinergicBurden: 3,
    cnsDepressant: 'moderate',
    seizureThresholdLowering: 'high',
  }),
  monitoring: ['antidepressant-suicidality', 'tca-ecg'],
  education: tcaEducation(
    'Clomipramine treats obsessive-compulsive disorder (OCD). It raises serotonin, a brain chemical that affects repeated thoughts and urges.',
    'Take it with meals while the dose is being raised, then once a day at bedtime. Avoid alcohol.',
    ['Shaking', 'Sweating', SE_SEXUAL],
  ),
  discontinuationRisk: 'moderate',
  halfLifeHours: 32,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-clomipramine', ...TCA_SOURCES, ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const doxepin: Drug = {
  name: 'doxepin',
  rxnorm: '3638',
  brands: ['Silenor', 'Sinequan', 'Prudoxin', 'Zonalon'],
  synonyms: ['doxepin hydrochloride'],
  classes: ['antidepressant', 'tca'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 75, max: 150 },
    maxDailyMg: 300,
    minEffectiveDailyMg: 75,
    startingDailyMg: 75,
    strengthsMg: [3, 6, 10, 25, 50, 75, 100, 150],
    liquidAvailable: true,
    titration:
      'Depression or anxiety: start 75 mg/day (25–50 mg/day if mild), usual 75–150 mg/day, up to 300 mg/day if severe; the total may be given at bedtime (150 mg maximum as a single dose). Insomnia (Silenor): 3–6 mg 30 minutes before bed, 3 mg in older adults.',
    timeToEffect: 'Sleep improves in days; mood over 2–4 weeks, full effect up to 8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: TCA_PREGNANCY,
  lactation:
    'Avoid at antidepressant doses: the metabolite accumulates and infant sedation and breathing problems were reported; low-dose (3–6 mg) use carries less risk (LactMed).',
  renal: TCA_RENAL,
  hepatic: TCA_HEPATIC,
  metabolism: {
    substrateOf: [
      sub('CYP2C19', 'major', true),
      sub('CYP2D6', 'major', true),
      sub('CYP1A2', 'minor'),
      sub('CYP3A4', 'minor'),
    ],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    serotonergic: 'moderate',
    qtRisk: 'conditional',
    anticholinergicBurden: 3,
    cnsDepressant: 'high',
    seizureThresholdLowering: 'moderate',
  }),
  monitoring: ['antidepressant-suicidality', 'tca-ecg'],
  education: tcaEducation(
    'Doxepin is an older antidepressant. At usual doses it treats depression and anxiety; at very low doses (3–6 mg) it helps people stay asleep.',
    'Take it at bedtime. Mix the liquid concentrate with about half a glass of water, milk or juice (not a fizzy drink) just before taking. For sleep, do not take it within 3 hours of a meal. Avoid alcohol.',
  ),
  discontinuationRisk: 'moderate',
  halfLifeHours: 17,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-doxepin', ...TCA_SOURCES, ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const protriptyline: Drug = {
  name: 'protriptyline',
  rxnorm: '8886',
  brands: ['Vivactil'],
  synonyms: ['protriptyline hydrochloride'],
  classes: ['antidepressant', 'tca'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 15, max: 40 },
    maxDailyMg: 60,
    minEffectiveDailyMg: 15,
    startingDailyMg: 15,
    strengthsMg: [5, 10],
    titration:
      'Usual 15–40 mg/day in 3–4 divided doses, up to 60 mg/day; make increases in the morning dose. Older adults and adolescents: start 5 mg three times daily and raise slowly; monitor heart rate and rhythm in older adults above 20 mg/day.',
    timeToEffect: 'Mood improves over 2–4 weeks; full effect up to 8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: TCA_PREGNANCY,
  lactation:
    'No data on milk levels; another tricyclic with more data (nortriptyline) is preferred (LactMed).',
  renal: TCA_RENAL,
  hepatic: TCA_HEPATIC,
  metabolism: {
    substrateOf: [sub('CYP2D6', 'major', true)],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    serotonergic: 'low',
    qtRisk: 'conditional',
    anticholinergicBurden: 3,
    cnsDepressant: 'low',
    seizureThresholdLowering: 'moderate',
  }),
  monitoring: ['antidepressant-suicidality', 'tca-ecg'],
  education: tcaEducation(
    'Protriptyline is an older antidepressant. It tends to give energy rather than cause sleepiness.',
    'Take it in the morning and early afternoon, not at bedtime, because it can keep you awake. Avoid alcohol.',
    ['Trouble sleeping'],
  ),
  discontinuationRisk: 'moderate',
  halfLifeHours: 74,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-protriptyline', ...TCA_SOURCES, ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

// ---------------------------------------------------------------------------------------------
// MAO inhibitors
// ---------------------------------------------------------------------------------------------

function maoiEducation(
  purpose: string,
  howToTake: string,
  common: string[],
  missedDose = MISSED_STANDARD,
): Education {
  return {
    purpose,
    howToTake: `${howToTake} ${MAOI_DIET} ${MAOI_MEDS}`,
    weeks1to2:
      'Dizziness when standing up, sleep changes and dry mouth are common at first. Stand up slowly. Follow the food and medicine rules from the first dose.',
    weeks4to8:
      'Mood usually improves over 4–8 weeks as the dose is adjusted. Keep following the food and medicine rules for as long as you take it and for 2 weeks after stopping.',
    commonSideEffects: common,
    seriousSideEffects: MAOI_SERIOUS,
    whenToCall: MAOI_CALL,
    missedDose,
    questionsToAsk: [
      'Which foods and drinks must I avoid, and for how long after stopping?',
      'Which over-the-counter medicines are safe for colds, coughs and pain?',
      'Should I carry a card saying I take an MAOI?',
      ...Q_AD.slice(0, 2),
    ],
  };
}

const MAOI_PD = {
  serotonergic: 'high' as const,
  maoInhibitor: true,
  qtRisk: 'none' as const,
};

const phenelzine: Drug = {
  name: 'phenelzine',
  rxnorm: '8123',
  brands: ['Nardil'],
  synonyms: ['phenelzine sulfate'],
  classes: ['antidepressant', 'maoi'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 45, max: 90 },
    maxDailyMg: 90,
    minEffectiveDailyMg: 45,
    startingDailyMg: 45,
    strengthsMg: [15],
    titration:
      'Start 15 mg three times daily; raise to at least 60 mg/day fairly quickly as tolerated, up to 90 mg/day. After the maximum benefit, reduce slowly over several weeks to the lowest effective maintenance dose (as low as 15 mg daily or every other day).',
    timeToEffect: 'Benefit may take 4 weeks at 60 mg/day or more.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Limited human data; hypertensive reactions are a concern in pregnancy.',
  },
  lactation: 'No data on milk levels; another antidepressant is preferred while breastfeeding (LactMed).',
  renal: 'Contraindicated in severe renal impairment.',
  hepatic: 'Contraindicated in liver disease or abnormal liver tests.',
  metabolism: { substrateOf: [], inhibits: [], induces: [] },
  pd: pd({ ...MAOI_PD, anticholinergicBurden: 1, cnsDepressant: 'low' }),
  monitoring: ['antidepressant-suicidality', 'blood-pressure'],
  education: maoiEducation(
    'Phenelzine is an MAO inhibitor, an older antidepressant used when other treatments have not worked, especially for depression with anxiety or oversensitivity.',
    'Take it as prescribed, usually three times a day.',
    [
      'Dizziness when standing up',
      'Sleepiness or trouble sleeping',
      'Weight gain',
      'Swelling of ankles',
      SE_SEXUAL,
    ],
  ),
  discontinuationRisk: 'high',
  halfLifeHours: 12,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-phenelzine', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const tranylcypromine: Drug = {
  name: 'tranylcypromine',
  rxnorm: '10734',
  brands: ['Parnate'],
  synonyms: ['tranylcypromine sulfate'],
  classes: ['antidepressant', 'maoi'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 30, max: 60 },
    maxDailyMg: 60,
    minEffectiveDailyMg: 30,
    startingDailyMg: 30,
    strengthsMg: [10],
    titration:
      'Start 30 mg/day in divided doses; if response is inadequate after 2 weeks, raise by 10 mg/day every 1–3 weeks to a maximum of 60 mg/day.',
    timeToEffect: 'Benefit usually within 2–3 weeks; full effect over 4–8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [
    ANTIDEPRESSANT_SUICIDALITY_BOX,
    'Hypertensive crisis with significant tyramine use: excessive consumption of foods or beverages with significant tyramine content, or use of certain drugs, can precipitate hypertensive crisis; patients must follow dietary and drug restrictions.',
  ],
  pregnancy: {
    risk: 'caution',
    note: 'Limited human data; hypertensive reactions are a concern in pregnancy.',
  },
  lactation: 'No data on milk levels; another antidepressant is preferred while breastfeeding (LactMed).',
  renal: 'Use with caution; lower doses in renal impairment.',
  hepatic: 'Use with caution in hepatic impairment (hepatotoxicity reported).',
  metabolism: { substrateOf: [], inhibits: [], induces: [] },
  pd: pd({ ...MAOI_PD, anticholinergicBurden: 0, misusePotential: 'low' }),
  monitoring: ['antidepressant-suicidality', 'blood-pressure'],
  education: maoiEducation(
    'Tranylcypromine is an MAO inhibitor, an older antidepressant used for depression that has not improved with other treatments.',
    'Take it as prescribed, in divided doses, not late in the day (it can keep you awake).',
    ['Trouble sleeping', 'Dizziness when standing up', 'Dry mouth', 'Restlessness'],
  ),
  discontinuationRisk: 'high',
  halfLifeHours: 2.5,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-tranylcypromine', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const isocarboxazid: Drug = {
  name: 'isocarboxazid',
  rxnorm: '6011',
  brands: ['Marplan'],
  classes: ['antidepressant', 'maoi'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 20, max: 40 },
    maxDailyMg: 60,
    minEffectiveDailyMg: 20,
    startingDailyMg: 20,
    strengthsMg: [10],
    titration:
      'Start 10 mg twice daily; raise by 10 mg every 2–4 days to 40 mg/day by the end of the first week, then by up to 20 mg/week to a maximum of 60 mg/day in 2–4 divided doses.',
    timeToEffect: 'Benefit may take 3–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Limited human data; hypertensive reactions are a concern in pregnancy.',
  },
  lactation: 'No data on milk levels; another antidepressant is preferred while breastfeeding (LactMed).',
  renal: 'Contraindicated in severe renal impairment.',
  hepatic: 'Contraindicated in liver disease or abnormal liver tests.',
  metabolism: { substrateOf: [], inhibits: [], induces: [] },
  pd: pd({ ...MAOI_PD, anticholinergicBurden: 0 }),
  monitoring: ['antidepressant-suicidality', 'blood-pressure'],
  education: maoiEducation(
    'Isocarboxazid is an MAO inhibitor, an older antidepressant used for depression that has not improved with other treatments.',
    'Take it as prescribed, in 2 to 4 doses a day.',
    ['Dizziness when standing up', 'Headache', 'Dry mouth', 'Sleep changes', 'Constipation'],
  ),
  discontinuationRisk: 'moderate',
  washoutDaysBeforeMaoi: 14,
  sources: ['label-isocarboxazid', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const selegiline: Drug = {
  name: 'selegiline',
  rxnorm: '9639',
  brands: ['Emsam', 'Eldepryl', 'Zelapar'],
  synonyms: ['selegiline hydrochloride', 'l-deprenyl', 'deprenyl', 'selegiline transdermal'],
  classes: ['antidepressant', 'maoi'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 6, max: 12 },
    maxDailyMg: 12,
    minEffectiveDailyMg: 6,
    startingDailyMg: 6,
    strengthsMg: [6, 9, 12],
    titration:
      'Emsam: start 6 mg/24 h; raise by 3 mg/24 h at intervals of at least 2 weeks to a maximum of 12 mg/24 h. Older adults: 6 mg/24 h, increase cautiously. Tyramine restrictions are required at 9 and 12 mg/24 h. Oral selegiline for Parkinson disease (5 mg twice daily, or Zelapar 1.25–2.5 mg) is the same ingredient and is selective for MAO-B only at those low doses.',
    timeToEffect: 'Mood improves over 4–8 weeks.',
    adequateTrialWeeks: 6,
    nonDailyRoute: {
      route: 'transdermal',
      note: 'Dose is the patch delivery rate in mg per 24 hours (one patch a day); oral tablets for Parkinson disease are dosed in mg/day.',
    },
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Limited human data; hypertensive reactions are a concern in pregnancy.',
  },
  lactation: 'No data on milk levels; another antidepressant is preferred while breastfeeding (LactMed).',
  renal: 'No adjustment needed in mild to moderate renal impairment (transdermal).',
  hepatic: 'No adjustment needed in mild to moderate hepatic impairment (transdermal).',
  metabolism: {
    substrateOf: [sub('CYP2B6'), sub('CYP2C9', 'minor'), sub('CYP3A4', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ ...MAOI_PD, anticholinergicBurden: 1 }),
  monitoring: ['antidepressant-suicidality', 'blood-pressure'],
  education: maoiEducation(
    'Selegiline patch (Emsam) is an MAO inhibitor antidepressant worn on the skin. Selegiline tablets are a low-dose form used for Parkinson disease.',
    'Put one new patch on clean, dry, hairless skin of the upper chest, back, upper thigh or outer arm once every 24 hours, in a new spot each day. Remove the old patch first. Keep the patch away from heating pads and hot tubs. At the 6 mg patch you do not need the special diet, but at 9 mg and 12 mg you do.',
    ['Skin redness or itching where the patch was', 'Headache', 'Trouble sleeping', 'Diarrhea', 'Dry mouth'],
    'If you forget to change the patch, put on a new one as soon as you remember, then go back to your usual schedule. Never wear two patches at once.',
  ),
  discontinuationRisk: 'low',
  halfLifeHours: 20,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-selegiline', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

// ---------------------------------------------------------------------------------------------
// Atypical antidepressants
// ---------------------------------------------------------------------------------------------

const bupropion: Drug = {
  name: 'bupropion',
  rxnorm: '42347',
  brands: ['Wellbutrin', 'Wellbutrin SR', 'Wellbutrin XL', 'Aplenzin', 'Forfivo XL', 'Zyban'],
  synonyms: ['bupropion hydrochloride', 'bupropion hydrobromide', 'amfebutamone'],
  classes: ['antidepressant', 'atypical-antidepressant'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 300, max: 450 },
    maxDailyMg: 450,
    minEffectiveDailyMg: 300,
    startingDailyMg: 150,
    strengthsMg: [75, 100, 150, 174, 200, 300, 348, 450, 522],
    caps: [
      {
        when: { hepaticImpairment: true },
        maxDailyMg: 100,
        reason:
          'Moderate to severe hepatic impairment: XL 150 mg every other day at most; SR 100 mg daily or 150 mg every other day (seizure risk from accumulation).',
        sources: ['label-bupropion'],
      },
    ],
    titration:
      'XL: start 150 mg each morning, raise to 300 mg after 4 days; maximum 450 mg/day. SR: 150 mg each morning, then 150 mg twice daily (at least 8 hours apart); maximum 400 mg/day. IR: 100 mg twice daily, then three times daily; no single IR dose above 150 mg. Aplenzin (hydrobromide) 522 mg equals 450 mg of the hydrochloride. Seizure risk is dose-related.',
    timeToEffect: 'Energy may improve in 1–2 weeks; mood over 4–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'No consistent pattern of major malformations in available data; weigh against risks of untreated depression or smoking.',
  },
  lactation:
    'Low amounts in milk; rare reports of seizure-like events in infants. Acceptable with infant monitoring (LactMed).',
  renal:
    'Consider a lower dose or less frequent dosing in renal impairment (GFR below 90 mL/min); metabolites accumulate.',
  hepatic:
    'Moderate to severe impairment: XL 150 mg every other day at most; mild impairment: consider a lower dose.',
  metabolism: {
    substrateOf: [sub('CYP2B6')],
    inhibits: [eff('CYP2D6', 'strong')],
    induces: [],
  },
  pd: pd({
    serotonergic: 'none',
    qtRisk: 'none',
    anticholinergicBurden: 1,
    // Noradrenergic and dopaminergic: the label contraindicates MAOIs for hypertensive reactions.
    sympathomimetic: true,
    seizureThresholdLowering: 'high',
    misusePotential: 'low',
  }),
  monitoring: ['antidepressant-suicidality', 'blood-pressure'],
  education: {
    purpose:
      'Bupropion treats depression and seasonal depression and helps people stop smoking (Zyban). It raises norepinephrine and dopamine, brain chemicals that affect mood, energy and cravings.',
    howToTake:
      'Take it in the morning (a second SR dose at least 8 hours later, and not near bedtime). Swallow tablets whole; do not crush, chew or split them. Limit or avoid alcohol, and do not stop alcohol or sedatives suddenly while taking it.',
    weeks1to2:
      'You may feel more energy, trouble sleeping, dry mouth, headache or a little jittery. Sleep often settles. Appetite may drop.',
    weeks4to8:
      'Mood usually improves over 4–6 weeks. For quitting smoking, set a quit date in the second week of treatment.',
    commonSideEffects: [
      'Trouble sleeping',
      'Dry mouth',
      'Headache',
      'Nausea',
      'Less appetite, weight loss',
      'Shakiness',
    ],
    seriousSideEffects: [
      'Seizures (more likely with high doses, eating disorders, or stopping alcohol or sedatives suddenly)',
      'High blood pressure',
      SE_SUICIDAL,
      'Unusual changes in behavior, hostility or confusion',
      SE_MANIA,
      SE_EYE,
    ],
    whenToCall: `Get emergency care for a seizure. ${CALL_AD}`,
    missedDose:
      'Skip the missed dose and take the next one at the usual time. Do not take an extra tablet to make up for it: too much bupropion raises the chance of a seizure.',
    questionsToAsk: [
      ...Q_AD,
      'Do I have anything (seizures, eating disorder, heavy drinking) that makes bupropion unsafe for me?',
    ],
  },
  discontinuationRisk: 'low',
  halfLifeHours: 21,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-bupropion', 'fa-fda-ddi-table', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const mirtazapine: Drug = {
  name: 'mirtazapine',
  rxnorm: '15996',
  brands: ['Remeron', 'RemeronSolTab'],
  classes: ['antidepressant', 'atypical-antidepressant'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 15, max: 45 },
    maxDailyMg: 45,
    minEffectiveDailyMg: 15,
    startingDailyMg: 15,
    strengthsMg: [7.5, 15, 30, 45],
    titration:
      'Start 15 mg at bedtime; raise in 15 mg steps at intervals of at least 1–2 weeks, up to 45 mg/day. Clearance is lower in older adults and in renal or hepatic impairment.',
    timeToEffect: 'Sleep and appetite improve within 1 week; mood over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'No increase in major malformations in available data; limited late-pregnancy data.',
  },
  lactation: 'Low amounts in milk; acceptable with infant monitoring for sedation (LactMed).',
  renal: 'Clearance reduced 30–50% in moderate to severe renal impairment: titrate cautiously.',
  hepatic: 'Clearance reduced about 30% in hepatic impairment: titrate cautiously.',
  metabolism: {
    substrateOf: [sub('CYP3A4'), sub('CYP2D6', 'minor'), sub('CYP1A2', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    serotonergic: 'low',
    qtRisk: 'possible',
    anticholinergicBurden: 1,
    cnsDepressant: 'high',
    hyponatremia: true,
  }),
  monitoring: ['antidepressant-suicidality'],
  education: {
    purpose:
      'Mirtazapine treats depression. It can also help with sleep and appetite, which depression often disturbs.',
    howToTake:
      'Take it once a day at bedtime. Let the dissolving tablet (SolTab) melt on your tongue; no water is needed. Avoid alcohol and take care driving until you know how it affects you.',
    weeks1to2:
      'Sleepiness and bigger appetite are common in the first days. Sleep and appetite often improve within a week.',
    weeks4to8: 'Mood usually improves over 2–6 weeks. Keep an eye on your weight.',
    commonSideEffects: [
      'Sleepiness',
      'Increased appetite and weight gain',
      'Dry mouth',
      'Constipation',
      'Dizziness',
    ],
    seriousSideEffects: [
      'Fever, sore throat, mouth sores or other signs of infection (very low white blood cells, rare)',
      SE_SUICIDAL,
      SE_SEROTONIN,
      SE_SODIUM,
      SE_MANIA,
    ],
    whenToCall: `Call right away for fever, sore throat or mouth sores. ${CALL_AD}`,
    missedDose: MISSED_STANDARD,
    questionsToAsk: [...Q_AD, 'What can I do to limit weight gain?'],
  },
  discontinuationRisk: 'moderate',
  halfLifeHours: 30,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-mirtazapine', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const trazodone: Drug = {
  name: 'trazodone',
  rxnorm: '10737',
  brands: ['Desyrel', 'Oleptro'],
  synonyms: ['trazodone hydrochloride'],
  classes: ['antidepressant', 'atypical-antidepressant'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 150, max: 400 },
    maxDailyMg: 600,
    minEffectiveDailyMg: 150,
    startingDailyMg: 150,
    strengthsMg: [50, 100, 150, 300],
    titration:
      'Depression: start 150 mg/day in divided doses after food; raise by 50 mg/day every 3–4 days; maximum 400 mg/day for outpatients, 600 mg/day for inpatients. Low doses (25–100 mg at bedtime) are widely used off-label for sleep.',
    timeToEffect: 'Sleep improves in days; mood over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: { risk: 'caution', note: 'No clear increase in malformations in limited human data.' },
  lactation: 'Low amounts in milk; acceptable at low doses with infant monitoring (LactMed).',
  renal: 'No specific adjustment; use with caution.',
  hepatic: 'Use with caution in hepatic impairment.',
  metabolism: {
    substrateOf: [sub('CYP3A4'), sub('CYP2D6', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    serotonergic: 'low',
    qtRisk: 'conditional',
    anticholinergicBurden: 1,
    cnsDepressant: 'high',
  }),
  monitoring: ['antidepressant-suicidality'],
  education: {
    purpose: 'Trazodone treats depression. In low doses it is often used to help with sleep.',
    howToTake:
      'Take it shortly after a meal or snack, often at bedtime. Avoid alcohol and take care driving until you know how it affects you.',
    weeks1to2:
      'Sleepiness and dizziness are common at first, especially when standing up. Sleep often improves within days.',
    weeks4to8: 'At depression doses, mood usually improves over 2–6 weeks.',
    commonSideEffects: ['Sleepiness', 'Dizziness', 'Dry mouth', 'Headache', 'Blurred vision'],
    seriousSideEffects: [
      'An erection that lasts more than 4 hours (priapism): this is an emergency',
      'Fainting or a fast, uneven heartbeat',
      SE_SUICIDAL,
      SE_SEROTONIN,
      SE_BLEEDING,
    ],
    whenToCall: `Get emergency care for an erection lasting more than 4 hours or fainting. ${CALL_AD}`,
    missedDose: MISSED_STANDARD,
    questionsToAsk: Q_AD,
  },
  discontinuationRisk: 'low',
  halfLifeHours: 7,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-trazodone', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const STRONG_2D6_INHIBITORS = ['bupropion', 'fluoxetine', 'paroxetine', 'quinidine', 'terbinafine'];

const vortioxetine: Drug = {
  name: 'vortioxetine',
  rxnorm: '1455099',
  brands: ['Trintellix', 'Brintellix'],
  synonyms: ['vortioxetine hydrobromide'],
  classes: ['antidepressant', 'atypical-antidepressant'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 10, max: 20 },
    maxDailyMg: 20,
    minEffectiveDailyMg: 10,
    startingDailyMg: 10,
    strengthsMg: [5, 10, 20],
    caps: [
      {
        when: { phenotype: { gene: 'CYP2D6', phenotypes: ['poor metabolizer'] } },
        maxDailyMg: 10,
        reason: 'Known CYP2D6 poor metabolizers: maximum 10 mg/day.',
        sources: ['label-vortioxetine', 'fa-fda-pgx-table'],
      },
      ...STRONG_2D6_INHIBITORS.map((withDrug) => ({
        when: { withDrug },
        maxDailyMg: 10,
        reason: `With ${withDrug}, a strong CYP2D6 inhibitor: halve the vortioxetine dose.`,
        sources: ['label-vortioxetine', 'fa-fda-ddi-table'],
      })),
    ],
    titration:
      'Start 10 mg once daily; raise to 20 mg as tolerated, or lower to 5 mg if side effects are not tolerated. At 15–20 mg, reduce to 10 mg for a week before stopping.',
    timeToEffect: 'Some change in 2 weeks; full effect usually 4–8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Limited human data; class third-trimester risks (neonatal adaptation problems).',
  },
  lactation:
    'No human data on milk levels; an antidepressant with more lactation data may be preferred (LactMed).',
  renal: 'No adjustment needed.',
  hepatic: 'No adjustment in mild to moderate impairment; not recommended in severe impairment.',
  metabolism: {
    substrateOf: [sub('CYP2D6'), sub('CYP3A4', 'minor')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ serotonergic: 'high', qtRisk: 'none', anticholinergicBurden: 0, ...SSRI_SNRI_PD }),
  monitoring: ['antidepressant-suicidality', 'sodium'],
  education: ssriEducation({
    purpose: 'Vortioxetine treats depression. It works on serotonin, a brain chemical that affects mood.',
    howToTake: 'Take it once a day at the same time, with or without food.',
    common: ['Nausea (usually in the first week or two)', 'Constipation', 'Vomiting', 'Itching', SE_SEXUAL],
  }),
  discontinuationRisk: 'low',
  halfLifeHours: 66,
  washoutDaysBeforeMaoi: 21,
  sources: [
    'label-vortioxetine',
    'fa-cpic-ssri-2023',
    'fa-fda-pgx-table',
    ...AD_CLASS_SOURCES,
    ...PD_SOURCES,
  ],
};

const vilazodone: Drug = {
  name: 'vilazodone',
  rxnorm: '1086769',
  brands: ['Viibryd'],
  synonyms: ['vilazodone hydrochloride'],
  classes: ['antidepressant', 'atypical-antidepressant'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 20, max: 40 },
    maxDailyMg: 40,
    minEffectiveDailyMg: 20,
    startingDailyMg: 10,
    strengthsMg: [10, 20, 40],
    caps: STRONG_3A4_INHIBITORS.map((withDrug) => ({
      when: { withDrug },
      maxDailyMg: 20,
      reason: `With ${withDrug}, a strong CYP3A4 inhibitor: maximum 20 mg/day.`,
      sources: ['label-vilazodone', 'fa-fda-ddi-table'],
    })),
    titration:
      'Take with food: 10 mg once daily for 7 days, then 20 mg; may raise to 40 mg after at least 7 more days. When stopping from 40 mg, taper to 20 mg for 4 days, then 10 mg for 3 days.',
    timeToEffect: 'Some change in 1–2 weeks; full effect usually 4–8 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [ANTIDEPRESSANT_SUICIDALITY_BOX],
  pregnancy: {
    risk: 'caution',
    note: 'Limited human data; class third-trimester risks (neonatal adaptation problems).',
  },
  lactation:
    'No human data on milk levels; an antidepressant with more lactation data may be preferred (LactMed).',
  renal: 'No adjustment needed.',
  hepatic: 'No adjustment in mild to moderate impairment; not studied in severe impairment.',
  metabolism: {
    substrateOf: [sub('CYP3A4')],
    inhibits: [],
    induces: [],
  },
  pd: pd({ serotonergic: 'high', qtRisk: 'none', anticholinergicBurden: 0, ...SSRI_SNRI_PD }),
  monitoring: ['antidepressant-suicidality', 'sodium'],
  education: ssriEducation({
    purpose: 'Vilazodone treats depression. It works on serotonin, a brain chemical that affects mood.',
    howToTake:
      'Take it once a day with food; without food the body absorbs much less of it. The dose is raised over the first 2 weeks.',
    common: ['Diarrhea', 'Nausea', 'Trouble sleeping', 'Vomiting', SE_SEXUAL],
  }),
  discontinuationRisk: 'moderate',
  halfLifeHours: 25,
  washoutDaysBeforeMaoi: 14,
  sources: ['label-vilazodone', 'fa-fda-ddi-table', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const nefazodone: Drug = {
  name: 'nefazodone',
  rxnorm: '31565',
  brands: ['Serzone'],
  synonyms: ['nefazodone hydrochloride'],
  classes: ['antidepressant', 'atypical-antidepressant'],
  psychiatric: true,
  schedule: null,
  dose: {
    usualDailyMg: { min: 300, max: 600 },
    maxDailyMg: 600,
    minEffectiveDailyMg: 300,
    startingDailyMg: 200,
    strengthsMg: [50, 100, 150, 200, 250],
    titration:
      'Start 100 mg twice daily (50 mg twice daily in older or debilitated patients); raise by 100–200 mg/day at intervals of at least one week, to 300–600 mg/day in two doses.',
    timeToEffect: 'Mood improves over 2–6 weeks.',
    adequateTrialWeeks: 6,
  },
  boxedWarnings: [
    ANTIDEPRESSANT_SUICIDALITY_BOX,
    'Hepatotoxicity: cases of life-threatening hepatic failure (about 1 case leading to death or transplant per 250,000–300,000 patient-years). Do not start in active liver disease or with elevated baseline transaminases; stop if clinical signs of liver injury occur or AST/ALT reach 3 times the upper limit of normal, and do not restart.',
  ],
  pregnancy: { risk: 'caution', note: 'Limited human data.' },
  lactation: 'Infant sedation and poor feeding reported; another antidepressant is preferred (LactMed).',
  renal: 'No adjustment needed.',
  hepatic: 'Contraindicated in active liver disease or elevated baseline transaminases (boxed warning).',
  metabolism: {
    substrateOf: [sub('CYP3A4')],
    inhibits: [eff('CYP3A4', 'strong')],
    induces: [],
  },
  pd: pd({
    serotonergic: 'moderate',
    qtRisk: 'none',
    anticholinergicBurden: 0,
    cnsDepressant: 'moderate',
  }),
  monitoring: ['antidepressant-suicidality', 'hepatic'],
  education: {
    purpose:
      'Nefazodone treats depression. It is used less often because it can rarely cause serious liver damage.',
    howToTake:
      'Take it twice a day. Tell every prescriber and pharmacist you take it: it raises the levels of many other medicines.',
    weeks1to2: 'Sleepiness, dizziness, dry mouth and nausea are common at first.',
    weeks4to8: 'Mood usually improves over 2–6 weeks. Your prescriber may check liver blood tests.',
    commonSideEffects: ['Sleepiness', 'Dizziness', 'Dry mouth', 'Nausea', 'Constipation', 'Blurred vision'],
    seriousSideEffects: [
      'Liver damage: yellow skin or eyes, dark urine, pale stools, belly pain, loss of appetite, unusual tiredness',
      SE_SUICIDAL,
      SE_SEROTONIN,
      'An erection that lasts more than 4 hours',
    ],
    whenToCall: `Stop taking it and call right away if you notice yellow skin or eyes, dark urine or belly pain. ${CALL_AD}`,
    missedDose: MISSED_STANDARD,
    questionsToAsk: [...Q_AD, 'How often will my liver be checked?'],
  },
  discontinuationRisk: 'low',
  halfLifeHours: 4,
  washoutDaysBeforeMaoi: 7,
  sources: ['label-nefazodone', 'fa-fda-ddi-table', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

// ---------------------------------------------------------------------------------------------
// Newer mechanisms
// ---------------------------------------------------------------------------------------------

const esketamine: Drug = {
  name: 'esketamine',
  // RxNorm ingredient for esketamine (Spravato), approved 2019.
  rxnorm: '2119365',
  brands: ['Spravato'],
  synonyms: ['esketamine hydrochloride', 's-ketamine'],
  classes: ['antidepressant', 'nmda-antagonist'],
  psychiatric: true,
  schedule: 'III',
  dose: {
    usualDailyMg: { min: 56, max: 84 },
    maxDailyMg: 84,
    minEffectiveDailyMg: 56,
    startingDailyMg: 56,
    strengthsMg: [28],
    titration:
      'Alone (monotherapy approved 2025) or with an oral antidepressant. Treatment-resistant depression: weeks 1–4, 56 mg on day 1 then 56 or 84 mg twice weekly; weeks 5–8, 56 or 84 mg once weekly; from week 9, 56 or 84 mg every week or every 2 weeks. Each 28 mg device delivers two sprays; 84 mg is the most given in one session. Check blood pressure before and about 40 minutes after each dose.',
    timeToEffect: 'Can help within hours to days; judge benefit at the end of the 4-week induction.',
    adequateTrialWeeks: 4,
    nonDailyRoute: {
      route: 'nasal',
      note: 'Dose is mg per treatment session (at most twice weekly), given under supervision in a certified healthcare setting under the SPRAVATO REMS.',
    },
  },
  boxedWarnings: [
    'Sedation, dissociation and respiratory depression: patients are at risk for sedation, dissociative or perceptual changes and respiratory depression after administration; monitor for at least 2 hours after each dose in a certified healthcare setting.',
    'Abuse and misuse: esketamine has potential for abuse and misuse; assess risk before prescribing and monitor for signs of abuse.',
    'Available only through a restricted program (SPRAVATO REMS) because of the risks of serious adverse outcomes from sedation, dissociation, respiratory depression, and abuse and misuse.',
    ANTIDEPRESSANT_SUICIDALITY_BOX,
  ],
  pregnancy: {
    risk: 'avoid',
    note: 'Not recommended during pregnancy (fetal harm in animal studies; NMDA antagonists affect the developing brain); people who could become pregnant should use contraception.',
  },
  lactation: 'Not recommended while breastfeeding (no human data; animal neurotoxicity concerns).',
  renal: 'No adjustment needed.',
  hepatic:
    'Moderate impairment (Child-Pugh B) may need longer monitoring; not recommended in severe impairment (Child-Pugh C).',
  metabolism: {
    substrateOf: [sub('CYP2B6'), sub('CYP3A4')],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    serotonergic: 'none',
    qtRisk: 'none',
    anticholinergicBurden: 0,
    cnsDepressant: 'high',
    respiratoryDepressant: true,
    misusePotential: 'moderate',
  }),
  monitoring: [
    'esketamine-observation',
    'blood-pressure',
    'antidepressant-suicidality',
    'controlled-substance',
  ],
  education: {
    purpose:
      'Esketamine nasal spray treats depression that has not improved with other treatment, and depression with suicidal thoughts. It is often used together with an antidepressant pill.',
    howToTake:
      'You use it at a certified clinic, never at home. Do not eat for 2 hours or drink for 30 minutes before. You spray it yourself while a staff member watches, then you stay at least 2 hours until you are safe to leave. Do not drive or use machines until the next day after a good night’s sleep; arrange a ride home.',
    weeks1to2:
      'Treatments are twice a week. Feeling sleepy, dizzy, "floaty" or disconnected, nausea and higher blood pressure are common for an hour or two after each dose, then fade.',
    weeks4to8:
      'Many people notice change within the first 4 weeks. After week 4 sessions usually drop to once a week, then weekly or every other week.',
    commonSideEffects: [
      'Feeling disconnected or seeing things differently (dissociation) for a short time',
      'Dizziness',
      'Nausea or vomiting',
      'Sleepiness',
      'Higher blood pressure after the dose',
      'Bad taste',
    ],
    seriousSideEffects: [
      'Very deep sleepiness or slow or shallow breathing',
      'Chest pain, severe headache or other signs of very high blood pressure',
      'Misuse or craving for the medicine',
      SE_SUICIDAL,
      'Bladder pain or trouble passing urine',
    ],
    whenToCall: `Tell the clinic staff at once if you feel very sleepy, short of breath or have chest pain or a severe headache. After you leave, ${CALL_AD.charAt(0).toLowerCase()}${CALL_AD.slice(1)}`,
    missedDose:
      'If you miss a treatment session, call the clinic to reschedule. If your depression gets worse after missed sessions, your prescriber may change your dose or schedule.',
    questionsToAsk: [
      'How will I get home after each session?',
      'Which of my other medicines (sleeping pills, pain medicines, stimulants) could interact with it?',
      'How will we decide whether it is working and how long to continue?',
    ],
  },
  discontinuationRisk: 'low',
  halfLifeHours: 10,
  sources: ['label-esketamine', 'fa-21cfr1308', ...AD_CLASS_SOURCES, ...PD_SOURCES],
};

const zuranolone: Drug = {
  name: 'zuranolone',
  // RxNorm ingredient for zuranolone (Zurzuvae), approved 2023.
  rxnorm: '2669905',
  brands: ['Zurzuvae'],
  classes: ['antidepressant', 'neurosteroid'],
  psychiatric: true,
  schedule: 'IV',
  dose: {
    usualDailyMg: { min: 40, max: 50 },
    maxDailyMg: 50,
    minEffectiveDailyMg: 40,
    startingDailyMg: 50,
    strengthsMg: [20, 25, 30],
    caps: [
      {
        when: { hepaticImpairment: true },
        maxDailyMg: 30,
        reason: 'Severe hepatic impairment (Child-Pugh C): 30 mg once daily for 14 days.',
        sources: ['label-zuranolone'],
      },
      {
        when: { renalImpairment: true },
        maxDailyMg: 30,
        reason:
          'Moderate or severe renal impairment (eGFR below 60 mL/min/1.73 m²): 30 mg once daily for 14 days.',
        sources: ['label-zuranolone'],
      },
      ...STRONG_3A4_INHIBITORS.map((withDrug) => ({
        when: { withDrug },
        maxDailyMg: 30,
        reason: `With ${withDrug}, a strong CYP3A4 inhibitor: 30 mg once daily.`,
        sources: ['label-zuranolone', 'fa-fda-ddi-table'],
      })),
    ],
    titration:
      'Postpartum depression: 50 mg once daily in the evening with fat-containing food for 14 days; reduce to 40 mg if CNS depressant effects occur. A single 14-day course; may be used alone or with an oral antidepressant.',
    timeToEffect: 'Improvement can begin by day 3; assessed at the end of the 14-day course.',
  },
  boxedWarnings: [
    'Impaired ability to drive or engage in other potentially hazardous activities: zuranolone causes driving impairment due to CNS depressant effects. Advise patients not to drive or operate machinery until at least 12 hours after each dose; patients may not be able to judge their own impairment.',
  ],
  pregnancy: {
    risk: 'avoid',
    note: 'May cause fetal harm based on animal data; use effective contraception during treatment and for one week after the last dose.',
  },
  lactation: 'Low amounts in milk in a lactation study; limited infant data (LactMed).',
  renal: 'eGFR below 60 mL/min/1.73 m²: 30 mg once daily.',
  hepatic: 'Severe hepatic impairment: 30 mg once daily.',
  metabolism: {
    substrateOf: [sub('CYP3A4')],
    inhibits: [],
    induces: [],
  },
  pd: pd({
    serotonergic: 'none',
    qtRisk: 'none',
    anticholinergicBurden: 0,
    cnsDepressant: 'high',
    respiratoryDepressant: true,
    misusePotential: 'moderate',
  }),
  monitoring: ['antidepressant-suicidality', 'controlled-substance'],
  education: {
    purpose:
      'Zuranolone treats depression after having a baby (postpartum depression). It is taken for only 14 days.',
    howToTake:
      'Take it once a day in the evening with food that has some fat (for example, a meal with eggs, cheese, meat or nuts). Do not drive or do anything that needs you to be alert for at least 12 hours after each dose, even if you feel fine. Do not drink alcohol or take other sedating medicines without asking.',
    weeks1to2:
      'Sleepiness, dizziness and feeling slowed down are common. Many people feel better within the first week. Finish all 14 days.',
    weeks4to8:
      'After the course, keep your follow-up visits so your prescriber can check that your mood stays better and decide on next steps.',
    commonSideEffects: ['Sleepiness', 'Dizziness', 'Diarrhea', 'Tiredness', 'Common cold symptoms'],
    seriousSideEffects: [
      'Being too drowsy to drive safely or to care for your baby safely',
      'Confusion or very slow breathing, especially with alcohol, opioids or sleeping pills',
      SE_SUICIDAL,
    ],
    whenToCall: CALL_AD,
    missedDose:
      'If you miss a dose, skip it and take the next dose at the usual time the next evening. Do not take extra capsules. Keep taking one dose a day until the 14-day course ends.',
    questionsToAsk: [
      'Who can help care for my baby while I feel drowsy?',
      'Can I breastfeed while taking it?',
      'What happens after the 14 days if I still feel depressed?',
    ],
  },
  discontinuationRisk: 'low',
  halfLifeHours: 20,
  sources: ['label-zuranolone', 'fa-21cfr1308', 'fa-fda-ddi-table', ...PD_SOURCES],
};

export const ANTIDEPRESSANTS: Drug[] = [
  fluoxetine,
  sertraline,
  paroxetine,
  citalopram,
  escitalopram,
  fluvoxamine,
  venlafaxine,
  desvenlafaxine,
  duloxetine,
  levomilnacipran,
  amitriptyline,
  nortriptyline,
  imipramine,
  desipramine,
  clomipramine,
  doxepin,
  protriptyline,
  phenelzine,
  tranylcypromine,
  isocarboxazid,
  selegiline,
  bupropion,
  mirtazapine,
  trazodone,
  vortioxetine,
  vilazodone,
  nefazodone,
  esketamine,
  zuranolone,
];
