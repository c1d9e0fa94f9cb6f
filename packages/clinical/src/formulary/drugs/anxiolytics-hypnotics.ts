import type { Drug, Education } from '../types.js';
import { corePd, MISSED_SKIP_IF_NEAR_NEXT } from './shared.js';

/**
 * Benzodiazepines, Z-drugs, orexin receptor antagonists and other anxiolytics/hypnotics.
 * Schedules from 21 CFR 1308.14 (Schedule IV); boxed warnings from the labels and the FDA drug
 * safety communications of 2016 (opioid co-use), 2019 (complex sleep behaviors) and 2020
 * (benzodiazepine class).
 */

const BENZODIAZEPINE_BOXED_WARNINGS = [
  'Risks from concomitant use with opioids: profound sedation, respiratory depression, coma and death. Reserve co-prescribing for patients whose alternatives are inadequate; use the lowest doses for the shortest time and watch for respiratory depression and sedation.',
  'Abuse, misuse and addiction, which can lead to overdose or death, often with other drugs or alcohol. Assess each patient’s risk before prescribing and throughout treatment.',
  'Dependence and withdrawal reactions: continued use can cause clinically significant physical dependence. Abrupt discontinuation or rapid dose reduction can cause acute withdrawal reactions, which can be life-threatening; taper gradually.',
];

const Z_DRUG_BOXED_WARNING =
  'Complex sleep behaviors — sleep-walking, sleep-driving and other activities while not fully awake — can occur and may cause serious injury or death. Stop the drug immediately if one occurs; contraindicated in patients who have had a complex sleep behavior with it.';

const BENZODIAZEPINE_PD = corePd({
  cnsDepressant: 'high',
  respiratoryDepressant: true,
  misusePotential: 'moderate',
});

const HYPNOTIC_PD = corePd({ cnsDepressant: 'high', misusePotential: 'moderate' });

const NON_SEDATING_PD = corePd();

const BENZODIAZEPINE_PREGNANCY_NOTE =
  'Use late in pregnancy can cause sedation, breathing problems and withdrawal in the newborn; observational data on malformations are mixed. Use the lowest dose for the shortest time if needed, and do not stop abruptly.';

const BENZODIAZEPINE_SOURCES = [
  'fb-21cfr1308',
  'fb-fda-dsc-opioid-benzo-2016',
  'fb-fda-dsc-benzo-2020',
  'fb-asam-benzo-taper-2025',
];

/** Education shared by the benzodiazepines, with the drug-specific purpose and instructions. */
function benzodiazepineEducation(purpose: string, howToTake: string, missedDose: string): Education {
  return {
    purpose,
    howToTake: `${howToTake} Do not drink alcohol. Do not take opioid pain or cough medicines, or other medicines that make you sleepy, unless your prescriber says it is safe. Keep it locked up and never share it.`,
    weeks1to2:
      'It works within an hour or so. You may feel sleepy, dizzy or less coordinated. Do not drive or use machines until you know how it affects you.',
    weeks4to8:
      'Your prescriber will check whether you still need it. Daily use for more than a few weeks can cause your body to depend on it, so it is usually meant for short-term use alongside other treatment such as therapy or an antidepressant.',
    commonSideEffects: [
      'sleepiness',
      'dizziness',
      'feeling unsteady',
      'slowed thinking or poor memory',
      'tiredness',
    ],
    seriousSideEffects: [
      'slow or shallow breathing, or being very hard to wake — especially with opioids or alcohol',
      'falls and injuries, especially in older adults',
      'needing more to get the same effect, or craving it',
      'withdrawal if stopped suddenly: anxiety, shaking, trouble sleeping, seizures',
      'new or worse depression or thoughts of suicide',
    ],
    whenToCall:
      'Call 911 if someone taking it is very hard to wake up or breathing slowly. Call your prescriber if you feel you need more than prescribed, feel very sleepy in the day, or want to stop — never stop suddenly on your own.',
    missedDose,
    questionsToAsk: [
      'How long should I take this?',
      'How will we lower the dose when it is time to stop?',
      'Is it safe with my other medicines, including pain medicines?',
      'What other treatments could help my anxiety or sleep?',
    ],
  };
}

const BENZODIAZEPINE_MISSED_DOSE =
  'If you take it on a schedule, take it as soon as you remember. If it is almost time for your next dose, skip the missed dose. Never take two doses at once.';

/** Education shared by the bedtime hypnotics. */
function sleepMedicineEducation(
  purpose: string,
  howToTake: string,
  commonSideEffects: string[],
  seriousSideEffects: string[],
  controlled: boolean,
): Education {
  return {
    purpose,
    howToTake: `${howToTake} Do not drink alcohol or take other medicines that make you sleepy with it.${controlled ? ' Keep it in a safe place and never share it.' : ''}`,
    weeks1to2:
      'It should help from the first nights. You may feel drowsy the next morning: do not drive or do anything that needs full alertness until you know how you feel the next day.',
    weeks4to8:
      'Your prescriber will check how you are sleeping and whether you still need it. Good sleep habits and cognitive behavioral therapy for insomnia (CBT-I) work well and last longer than medicine alone.',
    commonSideEffects,
    seriousSideEffects,
    whenToCall:
      'Call your prescriber if you do anything while not fully awake (walking, driving, eating), feel very drowsy during the day, have new depression or thoughts of suicide, or your sleep problem lasts more than 7 to 10 days after starting.',
    missedDose:
      'Only take it at bedtime. If you forget, do not take it later in the night unless you can still stay in bed for the full time your label says (7 to 8 hours). Do not take two doses.',
    questionsToAsk: [
      'How long should I take this?',
      'What should I do if I wake up in the middle of the night?',
      'Is CBT for insomnia available to me?',
      'Is it safe with my other medicines?',
    ],
  };
}

export const ANXIOLYTICS_HYPNOTICS: Drug[] = [
  // -------------------------------------------------------------------------------------------
  // Benzodiazepines
  // -------------------------------------------------------------------------------------------
  {
    name: 'alprazolam',
    rxnorm: '596',
    brands: ['Xanax', 'Xanax XR'],
    classes: ['benzodiazepine', 'anxiolytic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 0.75, max: 4 },
      maxDailyMg: 10,
      startingDailyMg: 0.75,
      strengthsMg: [0.25, 0.5, 1, 2, 3],
      liquidAvailable: true,
      titration:
        'Anxiety: 0.25–0.5 mg three times daily, raised every 3–4 days; maximum 4 mg/day. Panic disorder: 0.5 mg three times daily, increased by no more than 1 mg/day every 3–4 days; doses up to 10 mg/day have been used (extended-release 3–6 mg/day). Older or debilitated patients and advanced liver disease: 0.25 mg two to three times daily. Taper by no more than 0.5 mg every 3 days when stopping, usually much slower.',
      timeToEffect: 'Within an hour of a dose.',
    },
    boxedWarnings: BENZODIAZEPINE_BOXED_WARNINGS,
    pregnancy: { risk: 'caution', note: BENZODIAZEPINE_PREGNANCY_NOTE },
    lactation:
      'Passes into breast milk; sedation and withdrawal reported in infants. Prefer a shorter course or an alternative.',
    renal: null,
    hepatic: 'Advanced liver disease: start at 0.25 mg two to three times daily; clearance is reduced.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...BENZODIAZEPINE_PD, anticholinergicBurden: 1, misusePotential: 'high' },
    monitoring: ['benzodiazepine-review', 'controlled-substance'],
    education: benzodiazepineEducation(
      'Alprazolam is a benzodiazepine. It treats anxiety and panic attacks.',
      'Take it exactly as prescribed. Swallow extended-release tablets whole. Avoid grapefruit juice and tell your prescriber about antifungal or antibiotic medicines, which can raise its level.',
      BENZODIAZEPINE_MISSED_DOSE,
    ),
    discontinuationRisk: 'high',
    halfLifeHours: 11,
    sources: [
      'label-alprazolam',
      'fb-fda-ddi-table',
      'fb-boustani-2008',
      'fb-rxnorm',
      ...BENZODIAZEPINE_SOURCES,
    ],
  },
  {
    name: 'clonazepam',
    rxnorm: '2598',
    brands: ['Klonopin'],
    classes: ['benzodiazepine', 'anxiolytic', 'anticonvulsant'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 0.5, max: 2 },
      maxDailyMg: 4,
      startingDailyMg: 0.5,
      strengthsMg: [0.125, 0.25, 0.5, 1, 2],
      titration:
        'Panic disorder: 0.25 mg twice daily, raised to 1 mg/day after 3 days; increase by 0.125–0.25 mg twice daily every 3 days; maximum 4 mg/day (1 mg/day was the optimal dose in trials). Seizure disorders use higher doses (up to 20 mg/day). Taper by 0.125 mg twice daily every 3 days or slower.',
      timeToEffect: 'Within 1–4 hours; steady effect after several days.',
    },
    boxedWarnings: BENZODIAZEPINE_BOXED_WARNINGS,
    pregnancy: { risk: 'caution', note: BENZODIAZEPINE_PREGNANCY_NOTE },
    lactation:
      'Passes into breast milk; long half-life allows accumulation. Watch the infant for sedation and poor feeding.',
    renal: 'Metabolites are renally excreted; use with caution.',
    hepatic: 'Contraindicated in significant liver disease.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...BENZODIAZEPINE_PD },
    monitoring: ['benzodiazepine-review', 'controlled-substance'],
    education: benzodiazepineEducation(
      'Clonazepam is a benzodiazepine. It treats panic disorder and some seizure disorders.',
      'Take it exactly as prescribed. Orally disintegrating tablets melt on the tongue and can be taken without water.',
      BENZODIAZEPINE_MISSED_DOSE,
    ),
    discontinuationRisk: 'high',
    halfLifeHours: 35,
    sources: ['label-clonazepam', 'fb-fda-ddi-table', 'fb-rxnorm', ...BENZODIAZEPINE_SOURCES],
  },
  {
    name: 'lorazepam',
    rxnorm: '6470',
    brands: ['Ativan', 'Loreev XR'],
    classes: ['benzodiazepine', 'anxiolytic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 2, max: 6 },
      maxDailyMg: 10,
      startingDailyMg: 2,
      strengthsMg: [0.5, 1, 2],
      liquidAvailable: true,
      titration:
        'Anxiety: 2–3 mg/day in two or three doses; range 1–10 mg/day. Insomnia due to anxiety: 2–4 mg at bedtime. Older or debilitated patients: 1–2 mg/day to start. Raise gradually, increasing the evening dose first.',
      timeToEffect: 'Within about an hour of a dose.',
    },
    boxedWarnings: BENZODIAZEPINE_BOXED_WARNINGS,
    pregnancy: { risk: 'caution', note: BENZODIAZEPINE_PREGNANCY_NOTE },
    lactation:
      'Low levels in breast milk; short-term use usually acceptable with infant monitoring for sedation.',
    renal: 'Glucuronide accumulates in renal failure; use with caution.',
    hepatic:
      'Glucuronidated, so less affected by liver disease than oxidized benzodiazepines; still use caution and lower doses in severe impairment (risk of encephalopathy).',
    metabolism: {
      substrateOf: [{ enzyme: 'UGT2B7', fraction: 'major' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...BENZODIAZEPINE_PD },
    monitoring: ['benzodiazepine-review', 'controlled-substance'],
    education: benzodiazepineEducation(
      'Lorazepam is a benzodiazepine. It treats anxiety and trouble sleeping caused by anxiety.',
      'Take it exactly as prescribed. Tell your prescriber if you take valproate (Depakote), which raises lorazepam levels.',
      BENZODIAZEPINE_MISSED_DOSE,
    ),
    discontinuationRisk: 'high',
    halfLifeHours: 12,
    sources: ['label-lorazepam', 'fb-rxnorm', ...BENZODIAZEPINE_SOURCES],
  },
  {
    name: 'diazepam',
    rxnorm: '3322',
    brands: ['Valium', 'Diastat', 'Valtoco', 'Libervant'],
    classes: ['benzodiazepine', 'anxiolytic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 4, max: 40 },
      maxDailyMg: 40,
      startingDailyMg: 4,
      strengthsMg: [2, 5, 10],
      liquidAvailable: true,
      titration:
        'Anxiety: 2–10 mg two to four times daily. Acute alcohol withdrawal: 10 mg three or four times in the first 24 hours, then 5 mg three or four times daily as needed. Older adults: 2–2.5 mg once or twice daily.',
      timeToEffect: 'Within an hour of a dose.',
    },
    boxedWarnings: BENZODIAZEPINE_BOXED_WARNINGS,
    pregnancy: { risk: 'caution', note: BENZODIAZEPINE_PREGNANCY_NOTE },
    lactation: 'Long-acting metabolite accumulates in the infant; avoid repeated doses while breastfeeding.',
    renal: null,
    hepatic:
      'Reduced clearance and prolonged half-life in cirrhosis; lower doses; avoid in severe impairment.',
    metabolism: {
      substrateOf: [
        { enzyme: 'CYP2C19', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'major' },
      ],
      inhibits: [],
      induces: [],
    },
    pd: { ...BENZODIAZEPINE_PD, anticholinergicBurden: 1 },
    monitoring: ['benzodiazepine-review', 'controlled-substance'],
    education: benzodiazepineEducation(
      'Diazepam is a long-acting benzodiazepine. It treats anxiety, alcohol withdrawal, muscle spasm and some seizures.',
      'Take it exactly as prescribed. It stays in the body for days, so the effects of extra doses add up.',
      BENZODIAZEPINE_MISSED_DOSE,
    ),
    discontinuationRisk: 'high',
    halfLifeHours: 100,
    sources: [
      'label-diazepam',
      'fb-fda-ddi-table',
      'fb-boustani-2008',
      'fb-rxnorm',
      ...BENZODIAZEPINE_SOURCES,
    ],
  },
  {
    name: 'chlordiazepoxide',
    rxnorm: '2356',
    brands: ['Librium'],
    classes: ['benzodiazepine', 'anxiolytic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 15, max: 100 },
      maxDailyMg: 300,
      startingDailyMg: 15,
      strengthsMg: [5, 10, 25],
      caps: [
        {
          when: { minAge: 65 },
          maxDailyMg: 20,
          reason:
            'Older or debilitated patients: 5 mg two to four times daily (at most 20 mg/day), increased only as needed and tolerated.',
          sources: ['label-chlordiazepoxide', 'fb-ags-beers-2023'],
        },
      ],
      titration:
        'Mild to moderate anxiety: 5–10 mg three or four times daily; severe anxiety: 20–25 mg three or four times daily. Acute alcohol withdrawal: 50–100 mg, repeated as needed up to 300 mg/day, then reduced.',
      timeToEffect: 'Within a few hours.',
    },
    boxedWarnings: BENZODIAZEPINE_BOXED_WARNINGS,
    pregnancy: { risk: 'caution', note: BENZODIAZEPINE_PREGNANCY_NOTE },
    lactation: 'Long-acting metabolites accumulate in the infant; avoid while breastfeeding if possible.',
    renal: 'Use with caution in renal impairment.',
    hepatic:
      'Long-acting metabolites accumulate in liver disease; lower doses or choose lorazepam or oxazepam.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...BENZODIAZEPINE_PD },
    monitoring: ['benzodiazepine-review', 'controlled-substance'],
    education: benzodiazepineEducation(
      'Chlordiazepoxide is a long-acting benzodiazepine. It treats anxiety and is often used for a short time to manage alcohol withdrawal.',
      'Take it exactly as prescribed; for alcohol withdrawal the dose is lowered day by day.',
      BENZODIAZEPINE_MISSED_DOSE,
    ),
    discontinuationRisk: 'high',
    halfLifeHours: 48,
    sources: ['label-chlordiazepoxide', 'fb-fda-ddi-table', 'fb-rxnorm', ...BENZODIAZEPINE_SOURCES],
  },
  {
    name: 'temazepam',
    rxnorm: '10355',
    brands: ['Restoril'],
    classes: ['benzodiazepine', 'hypnotic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 15, max: 30 },
      maxDailyMg: 30,
      startingDailyMg: 15,
      strengthsMg: [7.5, 15, 22.5, 30],
      titration:
        'Insomnia: 15 mg at bedtime (7.5–30 mg); older or debilitated patients start at 7.5 mg. Short-term use (7–10 days) is recommended.',
      timeToEffect: 'First night.',
    },
    boxedWarnings: BENZODIAZEPINE_BOXED_WARNINGS,
    pregnancy: {
      risk: 'avoid',
      note: `${BENZODIAZEPINE_PREGNANCY_NOTE} Older labeling listed pregnancy as a contraindication for this hypnotic.`,
    },
    lactation: 'Low levels in breast milk; watch the infant for sedation.',
    renal: null,
    hepatic: 'Glucuronidated; use with caution in severe impairment.',
    metabolism: {
      substrateOf: [
        { enzyme: 'UGT2B7', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'minor' },
      ],
      inhibits: [],
      induces: [],
    },
    pd: { ...BENZODIAZEPINE_PD },
    monitoring: ['benzodiazepine-review', 'controlled-substance'],
    education: benzodiazepineEducation(
      'Temazepam is a benzodiazepine sleep medicine for short-term treatment of insomnia.',
      'Take it right before bed, only when you can stay in bed 7 to 8 hours.',
      'Only take it at bedtime. If you forget, skip it for that night. Do not take two doses.',
    ),
    discontinuationRisk: 'high',
    halfLifeHours: 9,
    sources: ['label-temazepam', 'fb-aasm-insomnia-2017', 'fb-rxnorm', ...BENZODIAZEPINE_SOURCES],
  },
  {
    name: 'oxazepam',
    rxnorm: '7781',
    brands: [],
    classes: ['benzodiazepine', 'anxiolytic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 30, max: 60 },
      maxDailyMg: 120,
      startingDailyMg: 30,
      strengthsMg: [10, 15, 30],
      titration:
        'Mild to moderate anxiety: 10–15 mg three or four times daily; severe anxiety or alcohol withdrawal: 15–30 mg three or four times daily. Older adults: 10 mg three times daily, up to 15 mg three or four times daily.',
      timeToEffect: 'Within a few hours (slower onset than diazepam).',
    },
    boxedWarnings: BENZODIAZEPINE_BOXED_WARNINGS,
    pregnancy: { risk: 'caution', note: BENZODIAZEPINE_PREGNANCY_NOTE },
    lactation: 'Low levels in breast milk; short-term use usually acceptable.',
    renal: null,
    hepatic: 'Glucuronidated without active metabolites: a preferred benzodiazepine in liver disease.',
    metabolism: {
      substrateOf: [{ enzyme: 'UGT2B7', fraction: 'minor' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...BENZODIAZEPINE_PD },
    monitoring: ['benzodiazepine-review', 'controlled-substance'],
    education: benzodiazepineEducation(
      'Oxazepam is a benzodiazepine. It treats anxiety and alcohol withdrawal.',
      'Take it exactly as prescribed.',
      BENZODIAZEPINE_MISSED_DOSE,
    ),
    discontinuationRisk: 'high',
    halfLifeHours: 8,
    sources: ['label-oxazepam', 'fb-rxnorm', ...BENZODIAZEPINE_SOURCES],
  },
  {
    name: 'clorazepate',
    rxnorm: '2600',
    brands: ['Tranxene', 'Tranxene T-Tab'],
    synonyms: ['clorazepate dipotassium'],
    classes: ['benzodiazepine', 'anxiolytic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 15, max: 60 },
      maxDailyMg: 90,
      startingDailyMg: 15,
      strengthsMg: [3.75, 7.5, 15],
      titration:
        'Anxiety: 30 mg/day in divided doses (range 15–60 mg/day), or a single bedtime dose of 15 mg; older or debilitated patients start at 7.5–15 mg/day. Acute alcohol withdrawal: up to 90 mg on day 1, reduced over the following days.',
      timeToEffect: 'Within a few hours.',
    },
    boxedWarnings: BENZODIAZEPINE_BOXED_WARNINGS,
    pregnancy: { risk: 'caution', note: BENZODIAZEPINE_PREGNANCY_NOTE },
    lactation:
      'Active metabolite (nordiazepam) passes into milk and accumulates; avoid while breastfeeding if possible.',
    renal: 'Use with caution in renal impairment.',
    hepatic: 'Long-acting metabolite accumulates in liver disease; use lower doses.',
    metabolism: {
      substrateOf: [
        { enzyme: 'CYP3A4', fraction: 'major' },
        { enzyme: 'CYP2C19', fraction: 'minor' },
      ],
      inhibits: [],
      induces: [],
    },
    pd: { ...BENZODIAZEPINE_PD, anticholinergicBurden: 1 },
    monitoring: ['benzodiazepine-review', 'controlled-substance'],
    education: benzodiazepineEducation(
      'Clorazepate is a long-acting benzodiazepine. It treats anxiety and alcohol withdrawal, and helps some seizure medicines work.',
      'Take it exactly as prescribed.',
      BENZODIAZEPINE_MISSED_DOSE,
    ),
    discontinuationRisk: 'high',
    halfLifeHours: 48,
    sources: ['label-clorazepate', 'fb-boustani-2008', 'fb-rxnorm', ...BENZODIAZEPINE_SOURCES],
  },
  {
    name: 'triazolam',
    rxnorm: '10767',
    brands: ['Halcion'],
    classes: ['benzodiazepine', 'hypnotic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 0.125, max: 0.25 },
      maxDailyMg: 0.5,
      startingDailyMg: 0.25,
      strengthsMg: [0.125, 0.25],
      caps: [
        {
          when: { minAge: 65 },
          maxDailyMg: 0.25,
          reason: 'Geriatric or debilitated patients: 0.125 mg at bedtime, not to exceed 0.25 mg.',
          sources: ['label-triazolam'],
        },
      ],
      titration:
        'Insomnia: 0.25 mg at bedtime; 0.5 mg only for patients who do not respond; short-term use (7–10 days).',
      timeToEffect: 'First night.',
    },
    boxedWarnings: BENZODIAZEPINE_BOXED_WARNINGS,
    pregnancy: {
      risk: 'avoid',
      note: `${BENZODIAZEPINE_PREGNANCY_NOTE} Older labeling listed pregnancy as a contraindication for this hypnotic.`,
    },
    lactation: 'Passes into breast milk; avoid.',
    renal: null,
    hepatic: 'Reduced clearance; use the lowest dose.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major', narrowTherapeuticIndex: true }],
      inhibits: [],
      induces: [],
    },
    pd: { ...BENZODIAZEPINE_PD },
    monitoring: ['benzodiazepine-review', 'controlled-substance'],
    education: benzodiazepineEducation(
      'Triazolam is a short-acting benzodiazepine sleep medicine for short-term treatment of insomnia.',
      'Take it right before bed, only when you can stay in bed 7 to 8 hours. Avoid grapefruit juice; many antifungal, antibiotic and HIV medicines must not be taken with it.',
      'Only take it at bedtime. If you forget, skip it for that night. Do not take two doses.',
    ),
    discontinuationRisk: 'high',
    halfLifeHours: 2.5,
    sources: [
      'label-triazolam',
      'fb-fda-ddi-table',
      'fb-aasm-insomnia-2017',
      'fb-rxnorm',
      ...BENZODIAZEPINE_SOURCES,
    ],
  },
  // -------------------------------------------------------------------------------------------
  // Other anxiolytics
  // -------------------------------------------------------------------------------------------
  {
    name: 'buspirone',
    rxnorm: '1827',
    brands: ['BuSpar'],
    classes: ['anxiolytic'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 20, max: 30 },
      maxDailyMg: 60,
      minEffectiveDailyMg: 15,
      startingDailyMg: 15,
      strengthsMg: [5, 7.5, 10, 15, 30],
      titration:
        '7.5 mg twice daily, increased by 5 mg/day every 2–3 days; usual 20–30 mg/day in divided doses; maximum 60 mg/day.',
      timeToEffect: '2–4 weeks; not useful as needed.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'caution', note: 'Limited human data; no clear malformation signal.' },
    lactation: 'Limited data; probably low levels in milk.',
    renal: 'Use with caution; not recommended in severe renal impairment.',
    hepatic: 'Levels rise in cirrhosis; not recommended in severe hepatic impairment.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...NON_SEDATING_PD, serotonergic: 'low', cnsDepressant: 'low' },
    monitoring: [],
    education: {
      purpose: 'Buspirone treats ongoing anxiety. It is not habit-forming and is not a benzodiazepine.',
      howToTake:
        'Take it every day at the same times, always with food or always without food. Avoid large amounts of grapefruit juice. It does not work if taken only when you feel anxious.',
      weeks1to2: 'You may feel dizzy, lightheaded or have nausea or headache. Anxiety may not improve yet.',
      weeks4to8: 'Anxiety usually starts to ease after 2 to 4 weeks. Your prescriber may raise the dose.',
      commonSideEffects: ['dizziness', 'nausea', 'headache', 'nervousness', 'lightheadedness'],
      seriousSideEffects: [
        'serotonin syndrome when combined with other serotonin medicines: agitation, fever, sweating, fast heartbeat, muscle twitching',
        'restlessness or uncontrolled movements',
      ],
      whenToCall:
        'Call right away for fever, agitation, muscle twitching or confusion. Do not take it within 14 days of an MAO inhibitor.',
      missedDose: MISSED_SKIP_IF_NEAR_NEXT,
      questionsToAsk: ['How long before I notice a difference?', 'Can I take it with my antidepressant?'],
    },
    discontinuationRisk: 'low',
    halfLifeHours: 2.5,
    sources: ['label-buspirone', 'fb-fda-ddi-table', 'fb-rxnorm'],
  },
  {
    name: 'hydroxyzine',
    rxnorm: '5553',
    brands: ['Vistaril', 'Atarax'],
    synonyms: ['hydroxyzine pamoate', 'hydroxyzine hydrochloride'],
    classes: ['antihistamine', 'anxiolytic'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 50, max: 200 },
      maxDailyMg: 400,
      startingDailyMg: 50,
      strengthsMg: [10, 25, 50, 100],
      liquidAvailable: true,
      titration:
        'Anxiety: 50–100 mg four times daily (label); lower doses (25–50 mg as needed) are common in practice.',
      timeToEffect: 'Within 15–30 minutes of a dose.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'avoid',
      note: 'The label lists early pregnancy as a contraindication; neonatal withdrawal has been reported with use late in pregnancy.',
    },
    lactation:
      'May cause infant sedation and reduce milk supply; occasional low doses are usually acceptable.',
    renal: 'Reduce the dose in moderate to severe renal impairment.',
    hepatic: 'Reduce the dose (or dosing frequency) in hepatic impairment.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...NON_SEDATING_PD, cnsDepressant: 'moderate', qtRisk: 'conditional', anticholinergicBurden: 3 },
    monitoring: [],
    education: {
      purpose: 'Hydroxyzine is an antihistamine that calms anxiety and itching. It is not habit-forming.',
      howToTake:
        'Take it as directed, as needed or on a schedule. Avoid alcohol and other medicines that make you sleepy.',
      weeks1to2:
        'It works within about 30 minutes. It can make you sleepy and give you a dry mouth. Do not drive until you know how it affects you.',
      weeks4to8: 'Sleepiness often lessens with regular use. Your prescriber will check if it still helps.',
      commonSideEffects: ['sleepiness', 'dry mouth', 'headache', 'dizziness'],
      seriousSideEffects: [
        'fast or irregular heartbeat, fainting',
        'confusion, especially in older adults',
        'trouble passing urine or constipation',
        'skin rash with blisters or pustules',
      ],
      whenToCall:
        'Get help right away for fainting, a racing or irregular heartbeat, or a severe rash. Tell your prescriber if you might be pregnant.',
      missedDose:
        'If you take it on a schedule, take it when you remember unless it is almost time for the next dose. Do not take two doses at once.',
      questionsToAsk: [
        'Can I take it with my other medicines that cause sleepiness?',
        'Is it safe for my heart?',
      ],
    },
    discontinuationRisk: 'low',
    halfLifeHours: 20,
    sources: ['label-hydroxyzine', 'fb-boustani-2008', 'fb-crediblemeds', 'fb-ags-beers-2023', 'fb-rxnorm'],
  },
  // -------------------------------------------------------------------------------------------
  // Z-drugs
  // -------------------------------------------------------------------------------------------
  {
    name: 'zolpidem',
    rxnorm: '39993',
    brands: ['Ambien', 'Ambien CR', 'Edluar', 'Intermezzo', 'Zolpimist'],
    classes: ['z-drug', 'hypnotic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 5, max: 10 },
      maxDailyMg: 12.5,
      startingDailyMg: 5,
      strengthsMg: [1.75, 3.5, 5, 6.25, 10, 12.5],
      caps: [
        {
          when: { minAge: 65 },
          maxDailyMg: 6.25,
          reason:
            'Older adults: 5 mg immediate-release or 6.25 mg extended-release; higher doses are not recommended.',
          sources: ['label-zolpidem', 'fb-ags-beers-2023'],
        },
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 6.25,
          reason:
            'Mild to moderate hepatic impairment: 5 mg immediate-release or 6.25 mg extended-release; avoid in severe impairment.',
          sources: ['label-zolpidem'],
        },
      ],
      titration:
        'Immediate-release: 5 mg for women and 5–10 mg for men at bedtime; maximum 10 mg. Extended-release: 6.25 mg (women) or 6.25–12.5 mg (men); maximum 12.5 mg. Sublingual middle-of-night product: 1.75 mg (women) or 3.5 mg (men) with at least 4 hours left in bed.',
      timeToEffect: 'First night, within about 30 minutes.',
    },
    boxedWarnings: [Z_DRUG_BOXED_WARNING],
    pregnancy: {
      risk: 'caution',
      note: 'No clear malformation signal; use late in pregnancy may cause neonatal sedation and breathing problems.',
    },
    lactation: 'Small amounts in milk; watch the infant for sedation and poor feeding.',
    renal: null,
    hepatic: 'Exposure rises in hepatic impairment: lower doses (see caps); avoid in severe impairment.',
    metabolism: {
      substrateOf: [
        { enzyme: 'CYP3A4', fraction: 'major' },
        { enzyme: 'CYP2C9', fraction: 'minor' },
        { enzyme: 'CYP1A2', fraction: 'minor' },
      ],
      inhibits: [],
      induces: [],
    },
    pd: { ...HYPNOTIC_PD },
    monitoring: ['controlled-substance'],
    education: sleepMedicineEducation(
      'Zolpidem is a sleep medicine. It helps you fall asleep (and, in the extended-release form, stay asleep).',
      'Take it right before bed on an empty stomach, only if you can stay in bed 7 to 8 hours. Swallow extended-release tablets whole.',
      ['next-day drowsiness', 'dizziness', 'headache', 'diarrhea'],
      [
        'doing things while not fully awake (sleep-walking, sleep-driving) with no memory of it',
        'memory loss or confusion',
        'falls, especially in older adults',
        'new or worse depression or thoughts of suicide',
        'severe allergic reaction with swelling of the face or throat',
      ],
      true,
    ),
    discontinuationRisk: 'moderate',
    halfLifeHours: 2.5,
    sources: [
      'label-zolpidem',
      'fb-21cfr1308',
      'fb-fda-dsc-zdrug-2019',
      'fb-fda-ddi-table',
      'fb-aasm-insomnia-2017',
      'fb-rxnorm',
    ],
  },
  {
    name: 'eszopiclone',
    rxnorm: '461016',
    brands: ['Lunesta'],
    classes: ['z-drug', 'hypnotic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 1, max: 3 },
      maxDailyMg: 3,
      startingDailyMg: 1,
      strengthsMg: [1, 2, 3],
      caps: [
        {
          when: { minAge: 65 },
          maxDailyMg: 2,
          reason: 'Older adults: do not exceed 2 mg.',
          sources: ['label-eszopiclone'],
        },
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 2,
          reason: 'Severe hepatic impairment: do not exceed 2 mg.',
          sources: ['label-eszopiclone'],
        },
        ...['ketoconazole', 'itraconazole', 'clarithromycin', 'nefazodone', 'ritonavir'].map((inhibitor) => ({
          when: { withDrug: inhibitor },
          maxDailyMg: 2,
          reason: `With a strong CYP3A4 inhibitor (${inhibitor}): do not exceed 2 mg.`,
          sources: ['label-eszopiclone', 'fb-fda-ddi-table'],
        })),
      ],
      titration: '1 mg immediately before bed; may increase to 2 or 3 mg if needed; maximum 3 mg.',
      timeToEffect: 'First night.',
    },
    boxedWarnings: [Z_DRUG_BOXED_WARNING],
    pregnancy: {
      risk: 'caution',
      note: 'Limited human data; neonatal sedation possible with late-pregnancy use.',
    },
    lactation: 'Limited data; watch the infant for sedation.',
    renal: null,
    hepatic: 'Severe hepatic impairment: maximum 2 mg.',
    metabolism: {
      substrateOf: [
        { enzyme: 'CYP3A4', fraction: 'major' },
        { enzyme: 'CYP2C19', fraction: 'minor' },
      ],
      inhibits: [],
      induces: [],
    },
    pd: { ...HYPNOTIC_PD },
    monitoring: ['controlled-substance'],
    education: sleepMedicineEducation(
      'Eszopiclone is a sleep medicine. It helps you fall asleep and stay asleep.',
      'Take it right before bed, only if you can stay in bed 7 to 8 hours. Do not take it with or right after a heavy, high-fat meal.',
      ['unpleasant taste', 'next-day drowsiness', 'dizziness', 'headache', 'dry mouth'],
      [
        'doing things while not fully awake (sleep-walking, sleep-driving) with no memory of it',
        'memory loss or confusion',
        'new or worse depression or thoughts of suicide',
        'severe allergic reaction with swelling of the face or throat',
      ],
      true,
    ),
    discontinuationRisk: 'moderate',
    halfLifeHours: 6,
    sources: [
      'label-eszopiclone',
      'fb-21cfr1308',
      'fb-fda-dsc-zdrug-2019',
      'fb-aasm-insomnia-2017',
      'fb-rxnorm',
    ],
  },
  {
    name: 'zaleplon',
    rxnorm: '74667',
    brands: ['Sonata'],
    classes: ['z-drug', 'hypnotic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 5, max: 10 },
      maxDailyMg: 20,
      startingDailyMg: 10,
      strengthsMg: [5, 10],
      caps: [
        {
          when: { minAge: 65 },
          maxDailyMg: 10,
          reason: 'Older adults: 5 mg; doses above 10 mg are not recommended.',
          sources: ['label-zaleplon'],
        },
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 5,
          reason: 'Mild to moderate hepatic impairment: 5 mg; not recommended in severe impairment.',
          sources: ['label-zaleplon'],
        },
      ],
      titration:
        '10 mg at bedtime (5–20 mg); can be taken later in the night only if at least 4 hours remain in bed.',
      timeToEffect: 'Within 20–30 minutes.',
    },
    boxedWarnings: [Z_DRUG_BOXED_WARNING],
    pregnancy: {
      risk: 'caution',
      note: 'Limited human data; neonatal sedation possible with late-pregnancy use.',
    },
    lactation: 'Small amounts in milk; short half-life limits infant exposure.',
    renal: null,
    hepatic: 'Mild to moderate impairment: 5 mg; not recommended in severe impairment.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'minor' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...HYPNOTIC_PD },
    monitoring: ['controlled-substance'],
    education: sleepMedicineEducation(
      'Zaleplon is a short-acting sleep medicine that helps you fall asleep.',
      'Take it right before bed, or later in the night only if you can still stay in bed at least 4 hours. Do not take it with a heavy, high-fat meal.',
      ['drowsiness', 'dizziness', 'headache', 'tingling'],
      [
        'doing things while not fully awake (sleep-walking, sleep-driving) with no memory of it',
        'memory loss or confusion',
        'new or worse depression or thoughts of suicide',
        'severe allergic reaction with swelling of the face or throat',
      ],
      true,
    ),
    discontinuationRisk: 'moderate',
    halfLifeHours: 1,
    sources: [
      'label-zaleplon',
      'fb-21cfr1308',
      'fb-fda-dsc-zdrug-2019',
      'fb-aasm-insomnia-2017',
      'fb-rxnorm',
    ],
  },
  // -------------------------------------------------------------------------------------------
  // Melatonin agonist and orexin receptor antagonists
  // -------------------------------------------------------------------------------------------
  {
    name: 'ramelteon',
    rxnorm: '596205',
    brands: ['Rozerem'],
    classes: ['melatonin-agonist', 'hypnotic'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 8, max: 8 },
      maxDailyMg: 8,
      startingDailyMg: 8,
      strengthsMg: [8],
      titration: '8 mg within 30 minutes of bedtime; not with or right after a high-fat meal. No titration.',
      timeToEffect: 'Helps sleep onset within the first week; may take a few weeks for full effect.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'caution', note: 'No adequate human data.' },
    lactation: 'No human data.',
    renal: null,
    hepatic:
      'Moderate impairment: use with caution (exposure rises several-fold); severe impairment: not recommended.',
    metabolism: {
      substrateOf: [
        { enzyme: 'CYP1A2', fraction: 'major', narrowTherapeuticIndex: false },
        { enzyme: 'CYP2C9', fraction: 'minor' },
        { enzyme: 'CYP3A4', fraction: 'minor' },
      ],
      inhibits: [],
      induces: [],
    },
    pd: { ...NON_SEDATING_PD, cnsDepressant: 'low' },
    monitoring: [],
    education: sleepMedicineEducation(
      'Ramelteon is a sleep medicine that acts like the body’s own melatonin to help you fall asleep. It is not habit-forming.',
      'Take it within 30 minutes of going to bed. Do not take it with or right after a high-fat meal. Do not take it if you take fluvoxamine (Luvox).',
      ['drowsiness', 'dizziness', 'tiredness', 'nausea'],
      [
        'doing things while not fully awake',
        'new or worse depression or thoughts of suicide',
        'missed periods, milky nipple discharge or lower sex drive',
        'severe allergic reaction with swelling of the face or throat',
      ],
      false,
    ),
    discontinuationRisk: 'none',
    halfLifeHours: 1.5,
    sources: ['label-ramelteon', 'fb-fda-ddi-table', 'fb-aasm-insomnia-2017', 'fb-rxnorm'],
  },
  {
    name: 'suvorexant',
    rxnorm: '1494208',
    brands: ['Belsomra'],
    classes: ['orexin-antagonist', 'hypnotic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 10, max: 20 },
      maxDailyMg: 20,
      startingDailyMg: 10,
      strengthsMg: [5, 10, 15, 20],
      caps: ['diltiazem', 'verapamil', 'erythromycin', 'fluconazole', 'ciprofloxacin'].map((inhibitor) => ({
        when: { withDrug: inhibitor },
        maxDailyMg: 10,
        reason: `With a moderate CYP3A inhibitor (${inhibitor}): 5 mg, no more than 10 mg. Not recommended with strong CYP3A inhibitors.`,
        sources: ['label-suvorexant', 'fb-fda-ddi-table'],
      })),
      titration:
        '10 mg within 30 minutes of bedtime with at least 7 hours before waking; may increase to a maximum of 20 mg.',
      timeToEffect: 'First nights; onset is slower if taken with or soon after a meal.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'caution', note: 'No adequate human data.' },
    lactation: 'No human data; watch the infant for sedation.',
    renal: null,
    hepatic: 'Not recommended in severe hepatic impairment.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...HYPNOTIC_PD, cnsDepressant: 'moderate', misusePotential: 'low' },
    monitoring: ['controlled-substance'],
    education: sleepMedicineEducation(
      'Suvorexant is a sleep medicine that blocks orexin, a brain chemical that keeps you awake. It helps you fall asleep and stay asleep.',
      'Take it within 30 minutes of going to bed, only if you can stay in bed at least 7 hours. It works faster on an empty stomach. Do not take it if you have narcolepsy.',
      ['next-day drowsiness', 'headache', 'dizziness', 'unusual dreams'],
      [
        'being unable to move or speak for a few minutes when falling asleep or waking up (sleep paralysis)',
        'sudden leg weakness lasting seconds to minutes',
        'doing things while not fully awake',
        'new or worse depression or thoughts of suicide',
      ],
      true,
    ),
    discontinuationRisk: 'low',
    halfLifeHours: 12,
    sources: ['label-suvorexant', 'fb-21cfr1308', 'fb-fda-ddi-table', 'fb-aasm-insomnia-2017', 'fb-rxnorm'],
  },
  {
    name: 'lemborexant',
    rxnorm: '2228220',
    brands: ['Dayvigo'],
    classes: ['orexin-antagonist', 'hypnotic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 5, max: 10 },
      maxDailyMg: 10,
      startingDailyMg: 5,
      strengthsMg: [5, 10],
      caps: [
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 5,
          reason:
            'Moderate hepatic impairment: no more than 5 mg once nightly; not recommended in severe impairment.',
          sources: ['label-lemborexant'],
        },
      ],
      titration:
        '5 mg immediately before bed with at least 7 hours before waking; may increase to 10 mg. With weak CYP3A inhibitors: no more than 5 mg. Avoid with moderate or strong CYP3A inhibitors and with moderate or strong inducers.',
      timeToEffect: 'First nights.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'caution', note: 'No adequate human data.' },
    lactation: 'No human data; watch the infant for sedation.',
    renal: null,
    hepatic: 'Moderate impairment: maximum 5 mg; severe impairment: not recommended.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...HYPNOTIC_PD, cnsDepressant: 'moderate', misusePotential: 'low' },
    monitoring: ['controlled-substance'],
    education: sleepMedicineEducation(
      'Lemborexant is a sleep medicine that blocks orexin, a brain chemical that keeps you awake. It helps you fall asleep and stay asleep.',
      'Take it right before going to bed, only if you can stay in bed at least 7 hours. Do not take it if you have narcolepsy.',
      ['next-day drowsiness', 'headache', 'unusual dreams or nightmares'],
      [
        'being unable to move or speak for a few minutes when falling asleep or waking up (sleep paralysis)',
        'sudden leg weakness lasting seconds to minutes',
        'doing things while not fully awake',
        'new or worse depression or thoughts of suicide',
      ],
      true,
    ),
    discontinuationRisk: 'low',
    halfLifeHours: 18,
    sources: ['label-lemborexant', 'fb-21cfr1308', 'fb-fda-ddi-table', 'fb-rxnorm'],
  },
  {
    name: 'daridorexant',
    rxnorm: '2590418',
    brands: ['Quviviq'],
    classes: ['orexin-antagonist', 'hypnotic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 25, max: 50 },
      maxDailyMg: 50,
      startingDailyMg: 25,
      strengthsMg: [25, 50],
      caps: [
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 25,
          reason:
            'Moderate hepatic impairment: no more than 25 mg once nightly; not recommended in severe impairment.',
          sources: ['label-daridorexant'],
        },
      ],
      titration:
        '25–50 mg within 30 minutes of bedtime with at least 7 hours before waking. With moderate CYP3A inhibitors: no more than 25 mg. Avoid with strong CYP3A inhibitors and with moderate or strong inducers.',
      timeToEffect: 'First nights; slower onset after a high-fat meal.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'caution', note: 'No adequate human data.' },
    lactation: 'No human data; watch the infant for sedation.',
    renal: null,
    hepatic: 'Moderate impairment: maximum 25 mg; severe impairment: not recommended.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...HYPNOTIC_PD, cnsDepressant: 'moderate', misusePotential: 'low' },
    monitoring: ['controlled-substance'],
    education: sleepMedicineEducation(
      'Daridorexant is a sleep medicine that blocks orexin, a brain chemical that keeps you awake. It helps you fall asleep and stay asleep.',
      'Take it within 30 minutes of going to bed, only if you can stay in bed at least 7 hours. Do not take it if you have narcolepsy.',
      ['headache', 'next-day drowsiness', 'tiredness', 'dizziness'],
      [
        'being unable to move or speak for a few minutes when falling asleep or waking up (sleep paralysis)',
        'sudden leg weakness lasting seconds to minutes',
        'doing things while not fully awake',
        'new or worse depression or thoughts of suicide',
      ],
      true,
    ),
    discontinuationRisk: 'low',
    halfLifeHours: 8,
    sources: ['label-daridorexant', 'fb-21cfr1308', 'fb-fda-ddi-table', 'fb-rxnorm'],
  },
  // -------------------------------------------------------------------------------------------
  // Adrenergic agents used in anxiety and PTSD
  // -------------------------------------------------------------------------------------------
  {
    name: 'prazosin',
    rxnorm: '8629',
    brands: ['Minipress'],
    classes: ['other'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 3, max: 15 },
      maxDailyMg: 20,
      startingDailyMg: 1,
      strengthsMg: [1, 2, 5],
      titration:
        'PTSD-related nightmares (off-label): 1 mg at bedtime, raised by 1–2 mg every few days to effect, commonly 3–15 mg at bedtime. Label (hypertension): 1 mg two or three times daily, up to 20 mg/day in divided doses. If stopped for several days, restart at 1 mg (first-dose fainting).',
      timeToEffect: 'Nightmares often lessen within 1–2 weeks at an effective dose.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Limited data; used for hypertension in pregnancy without a clear malformation signal.',
    },
    lactation: 'Small amounts in milk; limited data.',
    renal: 'Start low; patients with renal impairment may respond to smaller doses.',
    hepatic: 'Extensively metabolized by the liver; use lower doses in hepatic impairment.',
    metabolism: { substrateOf: [], inhibits: [], induces: [] },
    pd: { ...NON_SEDATING_PD, cnsDepressant: 'low' },
    monitoring: ['blood-pressure'],
    education: {
      purpose: 'Prazosin is a blood pressure medicine. At bedtime it can reduce nightmares related to PTSD.',
      howToTake:
        'Take the first dose at bedtime while lying down. Get up slowly from lying or sitting. The dose is raised slowly over days to weeks.',
      weeks1to2:
        'You may feel dizzy or lightheaded, especially when standing up. Fainting can happen after the first dose or a dose increase.',
      weeks4to8:
        'Nightmares often become less frequent or less intense. Your prescriber will adjust the dose.',
      commonSideEffects: [
        'dizziness when standing',
        'headache',
        'tiredness',
        'stuffy nose',
        'fast heartbeat',
      ],
      seriousSideEffects: ['fainting', 'an erection that lasts more than 4 hours', 'chest pain'],
      whenToCall:
        'Call if you faint or nearly faint. Get help right away for an erection lasting over 4 hours. Tell your eye surgeon you take prazosin before cataract surgery.',
      missedDose:
        'If you miss a bedtime dose, skip it and take the next dose at the usual time. If you miss several days in a row, call your prescriber: you may need to restart at 1 mg.',
      questionsToAsk: ['What dose are we aiming for?', 'What should I do if I feel dizzy?'],
    },
    discontinuationRisk: 'low',
    halfLifeHours: 2.5,
    sources: ['label-prazosin', 'fb-aasm-nightmares-2018', 'fb-rxnorm'],
  },
  {
    name: 'propranolol',
    rxnorm: '8787',
    brands: ['Inderal LA', 'InnoPran XL', 'Hemangeol'],
    classes: ['beta-blocker'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 10, max: 80 },
      maxDailyMg: 640,
      startingDailyMg: 10,
      strengthsMg: [10, 20, 40, 60, 80, 120, 160],
      liquidAvailable: true,
      titration:
        'Performance anxiety (off-label): 10–40 mg once, 30–60 minutes before the event; try a test dose at home first. Label (hypertension): 40 mg twice daily, usual 120–240 mg/day, up to 640 mg/day in some patients. Do not stop abruptly after regular use: taper over 1–2 weeks.',
      timeToEffect: 'Within 1 hour of a dose.',
    },
    boxedWarnings: [
      'Abrupt cessation in patients with coronary artery disease has caused worsening angina and, in some cases, myocardial infarction. Taper over a few weeks when stopping regular use.',
    ],
    pregnancy: {
      risk: 'caution',
      note: 'Associated with fetal growth restriction, and neonatal bradycardia and hypoglycemia near delivery; occasional single doses carry less concern.',
    },
    lactation: 'Low levels in milk; generally considered compatible.',
    renal: 'No specific adjustment; use with caution.',
    hepatic: 'Extensive first-pass metabolism; bioavailability rises in liver disease — use lower doses.',
    metabolism: {
      substrateOf: [
        { enzyme: 'CYP2D6', fraction: 'major' },
        { enzyme: 'CYP1A2', fraction: 'major' },
        { enzyme: 'CYP2C19', fraction: 'minor' },
      ],
      inhibits: [],
      induces: [],
    },
    pd: { ...NON_SEDATING_PD, cnsDepressant: 'low' },
    monitoring: ['blood-pressure'],
    education: {
      purpose:
        'Propranolol is a beta-blocker. Taken before a stressful event, it calms physical signs of anxiety such as a racing heart and shaky hands. It also treats blood pressure, tremor and migraine.',
      howToTake:
        'For performance anxiety, take one dose 30 to 60 minutes before the event, and try it once at home first. Swallow extended-release capsules whole. Do not use it if you have asthma unless your prescriber says it is safe.',
      weeks1to2: 'You may feel tired, lightheaded or have cold hands. A slow pulse is expected.',
      weeks4to8: 'If you take it every day, your prescriber will check your pulse and blood pressure.',
      commonSideEffects: [
        'tiredness',
        'lightheadedness',
        'cold hands and feet',
        'vivid dreams',
        'slow heartbeat',
      ],
      seriousSideEffects: [
        'wheezing or trouble breathing',
        'very slow heartbeat or fainting',
        'hiding the warning signs of low blood sugar in people with diabetes',
        'chest pain after stopping suddenly',
      ],
      whenToCall:
        'Get help right away for wheezing, fainting or chest pain. If you take it every day, do not stop suddenly; ask how to taper.',
      missedDose:
        'If you take it every day: take it when you remember unless your next dose is due within 4 hours (8 hours for extended-release); then skip it. Do not double.',
      questionsToAsk: ['Is it safe with my asthma or diabetes?', 'How much should I take before an event?'],
    },
    discontinuationRisk: 'moderate',
    halfLifeHours: 4,
    sources: ['label-propranolol', 'fb-fda-ddi-table', 'fb-rxnorm'],
  },
];
