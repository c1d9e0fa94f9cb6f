import type { Drug, Education } from '../types.js';
import { corePd } from './shared.js';

/**
 * ADHD medications: stimulants (Schedule II, 21 CFR 1308.12) and non-stimulants. Stimulant boxed
 * warning wording follows the 2023 FDA class update on abuse, misuse and addiction.
 */

const STIMULANT_BOXED_WARNING =
  'Abuse, misuse and addiction: CNS stimulants have a high potential for abuse and misuse, which can lead to a substance use disorder, including addiction; misuse and abuse can result in overdose and death. Assess each patient’s risk before prescribing, monitor for signs of abuse, misuse and addiction throughout treatment, and counsel patients not to share the medicine.';

const STIMULANT_PD = corePd({
  sympathomimetic: true,
  seizureThresholdLowering: 'low',
  misusePotential: 'high',
});

const NON_STIMULANT_PD = corePd();

const STIMULANT_PREGNANCY_NOTE =
  'Observational data show no large increase in malformations; possible small risks of preeclampsia, preterm birth and low birth weight. Weigh the benefit of continued treatment; discuss before pregnancy.';

const STIMULANT_SOURCES = ['fb-21cfr1308', 'fb-fda-dsc-stimulants-2023', 'fb-aap-adhd-2019', 'fb-rxnorm'];

function stimulantEducation(purpose: string, howToTake: string, missedDose: string): Education {
  return {
    purpose,
    howToTake: `${howToTake} Keep it locked up, count your pills, and never sell or share it — that is illegal and dangerous.`,
    weeks1to2:
      'It starts working the first day you take it. You may have less appetite, trouble falling asleep, headache or stomach ache. Your prescriber may raise the dose each week.',
    weeks4to8:
      'Your prescriber will check your blood pressure, pulse and weight (and growth in children) and ask how focus, school or work are going.',
    commonSideEffects: [
      'less appetite and weight loss',
      'trouble sleeping',
      'headache',
      'stomach ache',
      'fast heartbeat',
      'feeling nervous or irritable',
    ],
    seriousSideEffects: [
      'chest pain, fainting or shortness of breath',
      'very high blood pressure',
      'new or worse mood swings, seeing or hearing things, or paranoia',
      'fingers or toes that feel numb, cold or turn white or blue',
      'taking more than prescribed or craving the medicine',
      'slowed growth in children',
    ],
    whenToCall:
      'Get help right away for chest pain, fainting, shortness of breath, or seeing or hearing things that are not there. Call your prescriber if you feel you need more than prescribed. Do not take it within 14 days of an MAO inhibitor.',
    missedDose,
    questionsToAsk: [
      'How will we know it is working?',
      'How often will you check my blood pressure and heart rate?',
      'Is it safe with my other medicines and with caffeine?',
      'What should I do on days I do not need it?',
    ],
  };
}

const MORNING_MISSED_DOSE =
  'If you miss the morning dose, take it as soon as you remember early in the day. If it is already afternoon, skip it so it does not keep you awake. Never take two doses at once.';

export const ADHD_MEDICATIONS: Drug[] = [
  {
    name: 'methylphenidate',
    rxnorm: '6901',
    brands: [
      'Ritalin',
      'Ritalin LA',
      'Concerta',
      'Metadate CD',
      'Methylin',
      'Daytrana',
      'Quillivant XR',
      'QuilliChew ER',
      'Aptensio XR',
      'Cotempla XR-ODT',
      'Jornay PM',
      'Adhansia XR',
      'Relexxii',
    ],
    classes: ['stimulant', 'methylphenidate'],
    psychiatric: true,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 20, max: 60 },
      maxDailyMg: 72,
      startingDailyMg: 10,
      strengthsMg: [5, 10, 18, 20, 27, 30, 36, 40, 54, 60, 72],
      liquidAvailable: true,
      caps: [
        {
          when: { maxAge: 12 },
          maxDailyMg: 60,
          reason:
            'Children 6–12: immediate-release and most extended-release forms up to 60 mg/day; Concerta up to 54 mg/day.',
          sources: ['label-methylphenidate'],
        },
      ],
      titration:
        'Immediate-release: 5 mg twice daily (before breakfast and lunch), raised by 5–10 mg weekly; maximum 60 mg/day. Concerta (OROS): 18 mg (children, adolescents) or 18–36 mg (adults) each morning, raised by 18 mg weekly; maximum 54 mg/day ages 6–12 and 72 mg/day ages 13–65 (not above 2 mg/kg/day in adolescents).',
      timeToEffect: 'Effect within 30–60 minutes of a dose; dose is adjusted weekly.',
    },
    boxedWarnings: [STIMULANT_BOXED_WARNING],
    pregnancy: { risk: 'caution', note: STIMULANT_PREGNANCY_NOTE },
    lactation:
      'Low levels in breast milk; generally considered acceptable while watching the infant for irritability, poor sleep and poor weight gain.',
    renal: null,
    hepatic: null,
    metabolism: { substrateOf: [], inhibits: [], induces: [] },
    pd: { ...STIMULANT_PD },
    monitoring: ['stimulant-cardiovascular', 'controlled-substance'],
    education: stimulantEducation(
      'Methylphenidate is a stimulant. It helps with focus, attention and impulse control in ADHD.',
      'Take it in the morning (and at lunch for short-acting forms). Swallow extended-release tablets whole; do not crush or chew them. Some capsules can be opened and sprinkled on applesauce.',
      MORNING_MISSED_DOSE,
    ),
    discontinuationRisk: 'low',
    halfLifeHours: 3,
    sources: ['label-methylphenidate', ...STIMULANT_SOURCES],
  },
  {
    name: 'dexmethylphenidate',
    rxnorm: '352372',
    brands: ['Focalin', 'Focalin XR', 'Azstarys'],
    classes: ['stimulant', 'methylphenidate'],
    psychiatric: true,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 10, max: 30 },
      maxDailyMg: 40,
      startingDailyMg: 5,
      strengthsMg: [2.5, 5, 10, 15, 20, 25, 30, 35, 40],
      caps: [
        {
          when: { maxAge: 17 },
          maxDailyMg: 30,
          reason:
            'Pediatric patients: Focalin XR up to 30 mg/day (immediate-release Focalin up to 20 mg/day).',
          sources: ['label-dexmethylphenidate'],
        },
      ],
      titration:
        'Immediate-release: 2.5 mg twice daily, raised by 2.5–5 mg weekly; maximum 20 mg/day. Extended-release: 5 mg (children) or 10 mg (adults) each morning, raised weekly by 5 mg (children) or 10 mg (adults); maximum 30 mg/day in children and 40 mg/day in adults. Patients switching from methylphenidate start at half the methylphenidate dose.',
      timeToEffect: 'Effect within 30–60 minutes; dose adjusted weekly.',
    },
    boxedWarnings: [STIMULANT_BOXED_WARNING],
    pregnancy: { risk: 'caution', note: STIMULANT_PREGNANCY_NOTE },
    lactation: 'Limited data; by analogy with methylphenidate, low levels in milk.',
    renal: null,
    hepatic: null,
    metabolism: { substrateOf: [], inhibits: [], induces: [] },
    pd: { ...STIMULANT_PD },
    monitoring: ['stimulant-cardiovascular', 'controlled-substance'],
    education: stimulantEducation(
      'Dexmethylphenidate is a stimulant. It helps with focus, attention and impulse control in ADHD.',
      'Take it in the morning. Extended-release capsules may be opened and sprinkled on applesauce; do not chew the beads.',
      MORNING_MISSED_DOSE,
    ),
    discontinuationRisk: 'low',
    halfLifeHours: 2.5,
    sources: ['label-dexmethylphenidate', ...STIMULANT_SOURCES],
  },
  {
    name: 'amphetamine',
    rxnorm: '725',
    brands: ['Adderall', 'Adderall XR', 'Mydayis', 'Adzenys XR-ODT', 'Dyanavel XR', 'Evekeo'],
    synonyms: [
      'mixed amphetamine salts',
      'amphetamine salts',
      'dextroamphetamine/amphetamine',
      'amphetamine/dextroamphetamine',
      'dextroamphetamine-amphetamine',
      'amphetamine sulfate',
    ],
    classes: ['stimulant', 'amphetamine'],
    psychiatric: true,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 10, max: 40 },
      maxDailyMg: 40,
      startingDailyMg: 5,
      strengthsMg: [5, 7.5, 10, 12.5, 15, 20, 25, 30],
      liquidAvailable: true,
      titration:
        'Mixed salts immediate-release (ADHD, age 6 and older): 5 mg once or twice daily, raised by 5 mg weekly; only in rare cases is more than 40 mg/day needed. Extended-release (Adderall XR): 10 mg each morning in children, 20 mg in adults; increase weekly in 5–10 mg steps. Narcolepsy doses reach 60 mg/day.',
      timeToEffect: 'Effect within 30–60 minutes; dose adjusted weekly.',
    },
    boxedWarnings: [STIMULANT_BOXED_WARNING],
    pregnancy: { risk: 'caution', note: STIMULANT_PREGNANCY_NOTE },
    lactation: 'Passes into breast milk; may reduce milk supply. Usually advised against at higher doses.',
    renal: 'Urinary excretion depends on urine pH; severe renal impairment may need lower doses.',
    hepatic: null,
    metabolism: {
      substrateOf: [{ enzyme: 'CYP2D6', fraction: 'minor' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...STIMULANT_PD, serotonergic: 'low' },
    monitoring: ['stimulant-cardiovascular', 'controlled-substance'],
    education: stimulantEducation(
      'Amphetamine (mixed amphetamine salts, such as Adderall) is a stimulant. It helps with focus, attention and impulse control in ADHD.',
      'Take the first dose when you wake up; a second short-acting dose 4 to 6 hours later. Extended-release capsules may be opened and sprinkled on applesauce. Avoid taking it late in the day.',
      MORNING_MISSED_DOSE,
    ),
    discontinuationRisk: 'low',
    halfLifeHours: 10,
    sources: ['label-amphetamine', 'fb-fda-ddi-table', ...STIMULANT_SOURCES],
  },
  {
    name: 'dextroamphetamine',
    rxnorm: '3288',
    brands: ['Dexedrine Spansule', 'Zenzedi', 'ProCentra', 'Xelstrym'],
    synonyms: ['dextroamphetamine sulfate', 'dexamfetamine', 'dexamphetamine'],
    classes: ['stimulant', 'amphetamine'],
    psychiatric: true,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 5, max: 40 },
      maxDailyMg: 40,
      startingDailyMg: 5,
      strengthsMg: [2.5, 5, 7.5, 10, 15, 20, 30],
      liquidAvailable: true,
      titration:
        'ADHD (age 6 and older): 5 mg once or twice daily, raised by 5 mg weekly; only in rare cases is more than 40 mg/day needed. Narcolepsy: 5–60 mg/day.',
      timeToEffect: 'Effect within 30–60 minutes; dose adjusted weekly.',
    },
    boxedWarnings: [STIMULANT_BOXED_WARNING],
    pregnancy: { risk: 'caution', note: STIMULANT_PREGNANCY_NOTE },
    lactation: 'Passes into breast milk; may reduce milk supply.',
    renal: 'Urinary excretion depends on urine pH; severe renal impairment may need lower doses.',
    hepatic: null,
    metabolism: {
      substrateOf: [{ enzyme: 'CYP2D6', fraction: 'minor' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...STIMULANT_PD, serotonergic: 'low' },
    monitoring: ['stimulant-cardiovascular', 'controlled-substance'],
    education: stimulantEducation(
      'Dextroamphetamine is a stimulant. It helps with focus, attention and impulse control in ADHD, and treats narcolepsy.',
      'Take the first dose when you wake up. Swallow long-acting capsules whole. Avoid taking it late in the day.',
      MORNING_MISSED_DOSE,
    ),
    discontinuationRisk: 'low',
    halfLifeHours: 11,
    sources: ['label-dextroamphetamine', ...STIMULANT_SOURCES],
  },
  {
    name: 'lisdexamfetamine',
    rxnorm: '700810',
    brands: ['Vyvanse'],
    synonyms: ['lisdexamfetamine dimesylate'],
    classes: ['stimulant', 'amphetamine'],
    psychiatric: true,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 30, max: 70 },
      maxDailyMg: 70,
      startingDailyMg: 30,
      strengthsMg: [10, 20, 30, 40, 50, 60, 70],
      caps: [
        {
          when: { renalImpairment: true },
          maxDailyMg: 50,
          reason:
            'Severe renal impairment (GFR 15 to below 30 mL/min/1.73 m²): maximum 50 mg/day; end-stage renal disease (GFR below 15): maximum 30 mg/day.',
          sources: ['label-lisdexamfetamine'],
        },
      ],
      titration:
        'ADHD: 30 mg each morning, raised by 10–20 mg weekly; maximum 70 mg/day. Binge-eating disorder (adults): 30 mg, raised by 20 mg weekly to 50–70 mg/day.',
      timeToEffect: 'Effect within 1–2 hours, lasting up to about 13 hours; dose adjusted weekly.',
    },
    boxedWarnings: [STIMULANT_BOXED_WARNING],
    pregnancy: { risk: 'caution', note: STIMULANT_PREGNANCY_NOTE },
    lactation: 'Amphetamine passes into breast milk; may reduce milk supply.',
    renal: 'GFR 15–30: maximum 50 mg/day; GFR below 15 or dialysis: maximum 30 mg/day.',
    hepatic: null,
    metabolism: {
      substrateOf: [{ enzyme: 'CYP2D6', fraction: 'minor' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...STIMULANT_PD, serotonergic: 'low' },
    monitoring: ['stimulant-cardiovascular', 'controlled-substance'],
    education: stimulantEducation(
      'Lisdexamfetamine is a long-acting stimulant. It helps with focus, attention and impulse control in ADHD, and treats binge-eating disorder in adults.',
      'Take it once in the morning. You can open the capsule and mix the powder in water, yogurt or orange juice and take it right away. Chewable tablets must be chewed fully.',
      MORNING_MISSED_DOSE,
    ),
    discontinuationRisk: 'low',
    halfLifeHours: 12,
    sources: ['label-lisdexamfetamine', ...STIMULANT_SOURCES],
  },
  {
    name: 'atomoxetine',
    rxnorm: '38400',
    brands: ['Strattera'],
    classes: ['non-stimulant-adhd'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 40, max: 100 },
      maxDailyMg: 100,
      minEffectiveDailyMg: 80,
      startingDailyMg: 40,
      strengthsMg: [10, 18, 25, 40, 60, 80, 100],
      caps: [
        {
          when: { phenotype: { gene: 'CYP2D6', phenotypes: ['poor metabolizer'] } },
          maxDailyMg: 80,
          reason:
            'Known CYP2D6 poor metabolizers (adults and children over 70 kg): start 40 mg/day and increase to 80 mg/day only if symptoms fail to improve after 4 weeks and the first dose is well tolerated; exposure is about 10-fold higher than in normal metabolizers.',
          sources: ['label-atomoxetine', 'fb-cpic-atomoxetine-2019'],
        },
        ...['fluoxetine', 'paroxetine', 'bupropion', 'quinidine'].map((inhibitor) => ({
          when: { withDrug: inhibitor },
          maxDailyMg: 80,
          reason: `With a strong CYP2D6 inhibitor (${inhibitor}): start 40 mg/day and increase to 80 mg/day only after 4 weeks if needed and tolerated.`,
          sources: ['label-atomoxetine', 'fb-fda-ddi-table'],
        })),
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 50,
          reason:
            'Moderate hepatic impairment (Child-Pugh B): 50% of the usual dose; severe (Child-Pugh C): 25%.',
          sources: ['label-atomoxetine'],
        },
      ],
      titration:
        'Adults and children over 70 kg: 40 mg/day, raised after at least 3 days to 80 mg/day (once daily or split morning and late afternoon); after 2–4 more weeks may go to a maximum of 100 mg/day. Children up to 70 kg: 0.5 mg/kg/day, raised after 3 days to 1.2 mg/kg/day; maximum 1.4 mg/kg/day or 100 mg, whichever is less.',
      timeToEffect: 'Some effect in 1–2 weeks; full effect often takes 4–6 weeks or longer.',
    },
    boxedWarnings: [
      'Suicidal ideation in children and adolescents: atomoxetine increased the risk of suicidal thinking in short-term pediatric studies. Monitor closely for suicidality, clinical worsening and unusual changes in behavior, especially in the first months and after dose changes.',
    ],
    pregnancy: { risk: 'caution', note: 'Limited human data; no clear malformation signal.' },
    lactation: 'No human data; watch the infant for irritability and poor feeding.',
    renal: null,
    hepatic:
      'Moderate impairment: half the usual dose; severe: a quarter. Rare severe liver injury: stop for jaundice or lab evidence of liver injury.',
    metabolism: {
      substrateOf: [
        { enzyme: 'CYP2D6', fraction: 'major' },
        { enzyme: 'CYP2C19', fraction: 'minor' },
      ],
      inhibits: [],
      induces: [],
    },
    pd: { ...NON_STIMULANT_PD, qtRisk: 'possible' },
    monitoring: ['stimulant-cardiovascular', 'antidepressant-suicidality'],
    education: {
      purpose:
        'Atomoxetine is a non-stimulant ADHD medicine. It helps with focus, attention and impulse control. It is not habit-forming.',
      howToTake:
        'Take it once in the morning or split into morning and late-afternoon doses, with or without food. Swallow capsules whole; if a capsule opens, wash the powder off skin and out of eyes at once.',
      weeks1to2:
        'You may have an upset stomach, less appetite, tiredness or dizziness. Taking it with food can help. Improvement starts slowly.',
      weeks4to8:
        'Benefit keeps building over several weeks. Your prescriber will check blood pressure, pulse and mood.',
      commonSideEffects: [
        'upset stomach or nausea',
        'less appetite',
        'tiredness',
        'dizziness',
        'dry mouth',
        'trouble sleeping',
      ],
      seriousSideEffects: [
        'thoughts of suicide or new or worse depression, anxiety or agitation',
        'liver problems: yellow skin or eyes, dark urine, pain in the right upper belly',
        'fast heartbeat or raised blood pressure',
        'an erection that lasts more than 4 hours',
      ],
      whenToCall:
        'Call right away for thoughts of suicide, sudden mood or behavior changes, yellow skin or eyes, or dark urine. Tell your prescriber if you start or stop fluoxetine, paroxetine or bupropion.',
      missedDose:
        'Take it as soon as you remember that day, but do not take more than your total daily dose in 24 hours.',
      questionsToAsk: [
        'When should I expect to see a difference?',
        'Would a genetic test (CYP2D6) change my dose?',
        'What mood changes should we watch for?',
      ],
    },
    discontinuationRisk: 'none',
    halfLifeHours: 5.2,
    sources: [
      'label-atomoxetine',
      'fb-cpic-atomoxetine-2019',
      'fb-fda-ddi-table',
      'fb-crediblemeds',
      'fb-aap-adhd-2019',
      'fb-rxnorm',
    ],
  },
  {
    name: 'viloxazine',
    rxnorm: '11248',
    brands: ['Qelbree'],
    classes: ['non-stimulant-adhd'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 200, max: 600 },
      maxDailyMg: 600,
      startingDailyMg: 200,
      strengthsMg: [100, 150, 200],
      caps: [
        {
          when: { maxAge: 11 },
          maxDailyMg: 400,
          reason:
            'Children 6–11: start 100 mg once daily, raise weekly by 100 mg to a maximum of 400 mg/day.',
          sources: ['label-viloxazine'],
        },
        {
          when: { minAge: 12, maxAge: 17 },
          maxDailyMg: 400,
          reason:
            'Adolescents 12–17: start 200 mg once daily, may raise after 1 week to a maximum of 400 mg/day.',
          sources: ['label-viloxazine'],
        },
        {
          when: { renalImpairment: true },
          maxDailyMg: 200,
          reason:
            'Severe renal impairment (eGFR below 30 mL/min/1.73 m²): start 100 mg once daily and titrate by 50–100 mg weekly to a maximum of 200 mg/day.',
          sources: ['label-viloxazine'],
        },
      ],
      titration:
        'Adults: 200 mg once daily, raised by 200 mg weekly as tolerated to a maximum of 600 mg/day.',
      timeToEffect: 'Some improvement within 1–2 weeks; full effect over several weeks.',
    },
    boxedWarnings: [
      'Suicidal thoughts and behaviors: higher rates of suicidal thoughts and behaviors occurred in pediatric and adult patients treated with viloxazine. Monitor for worsening and emergent suicidal thoughts and behaviors.',
    ],
    pregnancy: {
      risk: 'caution',
      note: 'No adequate human data; animal data showed developmental toxicity at high doses.',
    },
    lactation: 'No human data.',
    renal: 'eGFR below 30: start 100 mg, maximum 200 mg/day.',
    hepatic: 'Not recommended in hepatic impairment (not studied).',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP2D6', fraction: 'major' }],
      inhibits: [
        { enzyme: 'CYP1A2', strength: 'strong' },
        { enzyme: 'CYP2D6', strength: 'weak' },
        { enzyme: 'CYP3A4', strength: 'weak' },
      ],
      induces: [],
    },
    pd: { ...NON_STIMULANT_PD, cnsDepressant: 'low' },
    monitoring: ['stimulant-cardiovascular', 'antidepressant-suicidality'],
    education: {
      purpose:
        'Viloxazine is a non-stimulant ADHD medicine. It helps with focus, attention and impulse control. It is not habit-forming.',
      howToTake:
        'Take it once a day, with or without food. Swallow the capsule whole, or open it and sprinkle all of it on a spoonful of applesauce and swallow without chewing. Tell your prescriber about all medicines, because it raises the level of some (such as caffeine and tizanidine).',
      weeks1to2: 'You may feel sleepy, less hungry, tired or have nausea. Improvement starts slowly.',
      weeks4to8:
        'Benefit builds over several weeks. Your prescriber will check mood, heart rate and blood pressure.',
      commonSideEffects: [
        'sleepiness',
        'less appetite',
        'tiredness',
        'nausea or vomiting',
        'trouble sleeping',
        'irritability',
      ],
      seriousSideEffects: [
        'thoughts of suicide or new or worse mood changes',
        'fast heartbeat or raised blood pressure',
        'manic symptoms in people with bipolar disorder',
      ],
      whenToCall:
        'Call right away for thoughts of suicide or sudden mood or behavior changes. Do not take it within 14 days of an MAO inhibitor.',
      missedDose:
        'If you miss a dose, skip it and take the next dose at the usual time. Do not take two doses at once.',
      questionsToAsk: [
        'When should I expect to see a difference?',
        'Does this interact with my other medicines or caffeine?',
      ],
    },
    discontinuationRisk: 'none',
    halfLifeHours: 7,
    sources: ['label-viloxazine', 'fb-fda-ddi-table', 'fb-rxnorm'],
  },
  {
    name: 'guanfacine',
    rxnorm: '40114',
    brands: ['Intuniv', 'Tenex'],
    synonyms: ['guanfacine er', 'guanfacine extended-release'],
    classes: ['alpha-2-agonist', 'non-stimulant-adhd'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 1, max: 4 },
      maxDailyMg: 7,
      startingDailyMg: 1,
      strengthsMg: [1, 2, 3, 4],
      caps: [
        {
          when: { maxAge: 12 },
          maxDailyMg: 4,
          reason: 'Children 6–12: doses above 4 mg/day have not been evaluated.',
          sources: ['label-guanfacine'],
        },
      ],
      titration:
        'Extended-release (Intuniv): 1 mg once daily, raised by no more than 1 mg/week; target 0.05–0.12 mg/kg/day; maximum 4 mg/day (ages 6–12) and 7 mg/day (ages 13–17). With strong CYP3A4 inhibitors use half the dose; with strong inducers the dose may need to double. Adult ADHD use is off-label; immediate-release Tenex (hypertension) is dosed 1–3 mg at bedtime. Taper by no more than 1 mg every 3–7 days.',
      timeToEffect: '1–2 weeks at each dose; full effect in 4–6 weeks.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'caution', note: 'Limited human data; no clear malformation signal.' },
    lactation: 'No human data; watch the infant for sleepiness.',
    renal: 'Significant renal impairment may need lower doses.',
    hepatic: 'Significant hepatic impairment may need lower doses.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...NON_STIMULANT_PD, cnsDepressant: 'moderate' },
    monitoring: ['alpha2-cardiovascular'],
    education: {
      purpose:
        'Guanfacine extended-release is a non-stimulant ADHD medicine. It can help attention, impulsivity and irritability. It is not habit-forming.',
      howToTake:
        'Take it once a day at the same time. Swallow the tablet whole. Do not take it with a high-fat meal. Avoid grapefruit juice. Drink fluids and avoid getting overheated.',
      weeks1to2:
        'You may feel sleepy, tired or dizzy, especially when standing up. Do not drive until you know how it affects you. The dose goes up once a week.',
      weeks4to8:
        'Benefit builds over several weeks. Your prescriber will check your blood pressure and pulse.',
      commonSideEffects: ['sleepiness', 'tiredness', 'headache', 'stomach ache', 'dizziness', 'dry mouth'],
      seriousSideEffects: [
        'low blood pressure, slow heartbeat or fainting',
        'a sudden rise in blood pressure if stopped all at once',
      ],
      whenToCall:
        'Call right away if you faint or feel your heart beating very slowly. Do not stop suddenly; your prescriber will lower the dose slowly.',
      missedDose:
        'Skip the missed dose and take the next one at the usual time. If you miss 2 or more days in a row, call your prescriber — you may need to restart at a lower dose.',
      questionsToAsk: [
        'How long before I notice a difference?',
        'Can I take it with my stimulant?',
        'How do I stop it safely?',
      ],
    },
    discontinuationRisk: 'moderate',
    halfLifeHours: 18,
    sources: ['label-guanfacine', 'fb-fda-ddi-table', 'fb-aap-adhd-2019', 'fb-rxnorm'],
  },
  {
    name: 'clonidine',
    rxnorm: '2599',
    brands: ['Kapvay', 'Catapres', 'Catapres-TTS', 'Onyda XR'],
    synonyms: ['clonidine er', 'clonidine extended-release', 'clonidine hydrochloride'],
    classes: ['alpha-2-agonist', 'non-stimulant-adhd'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 0.1, max: 0.4 },
      maxDailyMg: 2.4,
      startingDailyMg: 0.1,
      strengthsMg: [0.1, 0.2, 0.3],
      liquidAvailable: true,
      caps: [
        {
          when: { maxAge: 17 },
          maxDailyMg: 0.4,
          reason:
            'ADHD (Kapvay, ages 6–17): 0.1 mg at bedtime, raised by 0.1 mg/day weekly to a maximum of 0.4 mg/day in two doses.',
          sources: ['label-clonidine'],
        },
      ],
      titration:
        'ADHD (extended-release): 0.1 mg at bedtime, raised by 0.1 mg/day weekly, given twice daily; maximum 0.4 mg/day. Hypertension (immediate-release Catapres): 0.1 mg twice daily, usual 0.2–0.6 mg/day; 2.4 mg/day is the highest labelled dose. Taper by no more than 0.1 mg every 3–7 days.',
      timeToEffect: '1–2 weeks at each dose; full effect in several weeks.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Limited data; used for hypertension in pregnancy without a clear malformation signal.',
    },
    lactation:
      'Passes into milk at levels that can cause infant sleepiness and low blood pressure; use with caution.',
    renal: 'About half is excreted unchanged in urine: use lower doses in renal impairment.',
    hepatic: null,
    metabolism: {
      substrateOf: [{ enzyme: 'CYP2D6', fraction: 'minor' }],
      inhibits: [],
      induces: [],
      renallyCleared: true,
    },
    pd: { ...NON_STIMULANT_PD, cnsDepressant: 'moderate' },
    monitoring: ['alpha2-cardiovascular'],
    education: {
      purpose:
        'Clonidine is a blood pressure medicine. The extended-release form treats ADHD, and it can also help with sleep problems and withdrawal symptoms. It is not habit-forming.',
      howToTake:
        'Take it at the same times each day. Swallow extended-release tablets whole. Never run out: stopping suddenly can make blood pressure rise quickly.',
      weeks1to2:
        'You may feel sleepy, tired or dizzy, or have a dry mouth. Do not drive until you know how it affects you.',
      weeks4to8: 'Sleepiness often eases. Your prescriber will check blood pressure and pulse.',
      commonSideEffects: ['sleepiness', 'tiredness', 'dry mouth', 'dizziness', 'headache', 'constipation'],
      seriousSideEffects: [
        'low blood pressure, slow heartbeat or fainting',
        'a dangerous rise in blood pressure with headache, shaking and agitation if stopped suddenly',
      ],
      whenToCall:
        'Call right away if you faint, feel your heart beating very slowly, or have a severe headache after missing doses. Do not stop suddenly.',
      missedDose:
        'Skip the missed dose and take the next dose at the usual time. Do not take two doses at once. If you miss several doses, call your prescriber.',
      questionsToAsk: [
        'How do I stop this safely?',
        'Can I take it with my other medicines that cause sleepiness?',
      ],
    },
    discontinuationRisk: 'high',
    halfLifeHours: 13,
    sources: ['label-clonidine', 'fb-aap-adhd-2019', 'fb-rxnorm'],
  },
];
