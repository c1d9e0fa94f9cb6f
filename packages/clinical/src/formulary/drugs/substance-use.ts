import type { Drug } from '../types.js';
import { corePd, MISSED_SKIP_IF_NEAR_NEXT } from './shared.js';

/**
 * Medications for alcohol, opioid and tobacco use disorders, plus naloxone for overdose reversal.
 * A buprenorphine/naloxone combination is named by its ingredients (`buprenorphine/naloxone`) and
 * resolves to the two entries below.
 */

const INERT_PD = corePd();

export const SUBSTANCE_USE_MEDICATIONS: Drug[] = [
  {
    name: 'naltrexone',
    rxnorm: '7243',
    brands: ['Vivitrol', 'Revia'],
    synonyms: ['naltrexone hydrochloride', 'naltrexone er', 'extended-release naltrexone', 'xr-ntx'],
    classes: ['opioid-antagonist', 'alcohol-use-disorder', 'opioid-use-disorder'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 50, max: 50 },
      maxDailyMg: 50,
      startingDailyMg: 25,
      strengthsMg: [50],
      titration:
        'Oral: 25 mg on day 1 (to check for precipitated withdrawal), then 50 mg daily; a 50 mg/day average may also be given as 100 mg Monday and Wednesday and 150 mg Friday. Extended-release injection (Vivitrol): 380 mg deep gluteal intramuscular injection every 4 weeks — not a daily oral dose. For opioid use disorder, the patient must be opioid-free for at least 7–10 days (7–14 days after buprenorphine or methadone) before starting.',
      timeToEffect:
        'Blocks opioids from the first dose; fewer heavy drinking days over the first weeks to months.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Limited human data. For opioid use disorder in pregnancy, buprenorphine or methadone is preferred; continuing naltrexone in someone already stable on it may be reasonable.',
    },
    lactation: 'Small amounts in milk; limited data suggest it is acceptable.',
    renal: 'Use with caution in moderate to severe renal impairment.',
    hepatic:
      'Hepatocellular injury has occurred at excessive doses; avoid in acute hepatitis or liver failure. Check liver tests at baseline and periodically.',
    metabolism: { substrateOf: [], inhibits: [], induces: [] },
    pd: { ...INERT_PD },
    monitoring: ['hepatic'],
    education: {
      purpose:
        'Naltrexone lowers cravings and the pleasure of drinking, and blocks the effects of opioids. It treats alcohol use disorder and helps prevent relapse in opioid use disorder. It is not habit-forming.',
      howToTake:
        'Tablets: take one each day, with food if it upsets your stomach. Injection (Vivitrol): a shot in the buttock every 4 weeks at the clinic. You must not have used any opioids for at least 7 to 10 days before starting, or you can go into sudden withdrawal. Carry a card saying you take naltrexone.',
      weeks1to2:
        'You may have nausea, headache, dizziness or tiredness. With the injection, the spot may be sore or swollen.',
      weeks4to8:
        'Cravings often ease. Counseling or support groups help the medicine work better. Your prescriber may check liver tests.',
      commonSideEffects: [
        'nausea',
        'headache',
        'dizziness',
        'tiredness',
        'trouble sleeping',
        'soreness where the shot was given',
      ],
      seriousSideEffects: [
        'overdose: after stopping naltrexone, or when trying to overcome the block, even a small amount of opioid can kill',
        'sudden opioid withdrawal if opioids were used recently',
        'liver injury: yellow skin or eyes, dark urine, stomach pain',
        'a hard, painful or blistering lump where the shot was given',
        'depression or thoughts of suicide',
      ],
      whenToCall:
        'Call 911 for trouble breathing or extreme sleepiness after any opioid use. Call your prescriber for yellow skin or eyes, a painful injection site that does not improve, or thoughts of suicide. Tell any doctor treating pain that you take naltrexone.',
      missedDose:
        'Tablets: take it as soon as you remember unless it is almost time for the next dose; do not double. Injection: if you miss your shot, get it as soon as possible.',
      questionsToAsk: [
        'How long do I need to be off opioids before I start?',
        'How will pain be treated if I need surgery?',
        'Should I use tablets or the monthly shot?',
      ],
    },
    discontinuationRisk: 'none',
    halfLifeHours: 13,
    sources: ['label-naltrexone', 'fb-apa-aud-2018', 'fb-asam-oud-2020', 'fb-samhsa-tip63', 'fb-rxnorm'],
  },
  {
    name: 'acamprosate',
    rxnorm: '82819',
    brands: ['Campral'],
    synonyms: ['acamprosate calcium'],
    classes: ['alcohol-use-disorder'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 1998, max: 1998 },
      maxDailyMg: 1998,
      startingDailyMg: 1998,
      strengthsMg: [333],
      caps: [
        {
          when: { renalImpairment: true },
          maxDailyMg: 999,
          reason:
            'Moderate renal impairment (CrCl 30–50 mL/min): 333 mg three times daily. Contraindicated when CrCl is 30 mL/min or below.',
          sources: ['label-acamprosate'],
        },
      ],
      titration:
        '666 mg (two 333 mg delayed-release tablets) three times daily, started as soon as possible after alcohol withdrawal, and continued during relapses. No titration.',
      timeToEffect: 'Supports abstinence over weeks to months.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'caution', note: 'Limited human data.' },
    lactation: 'No human data.',
    renal:
      'Cleared unchanged by the kidneys: CrCl 30–50 mL/min, 333 mg three times daily; CrCl 30 or below, contraindicated.',
    hepatic: 'Not metabolized by the liver; no adjustment, including in cirrhosis.',
    metabolism: { substrateOf: [], inhibits: [], induces: [], renallyCleared: true },
    pd: { ...INERT_PD },
    monitoring: ['renal'],
    education: {
      purpose:
        'Acamprosate helps you stay away from alcohol after you have stopped drinking. It eases the restless, uneasy feelings that can lead back to drinking. It is not habit-forming.',
      howToTake:
        'Take two tablets three times a day, with or without food. Swallow them whole. Keep taking it even if you drink again, and tell your prescriber.',
      weeks1to2: 'You may have loose stools or diarrhea, which often improves.',
      weeks4to8:
        'It works best with counseling or support groups. Your prescriber may check kidney function.',
      commonSideEffects: ['diarrhea', 'nausea', 'gas', 'itching', 'trouble sleeping'],
      seriousSideEffects: ['depression or thoughts of suicide', 'severe or long-lasting diarrhea'],
      whenToCall:
        'Call right away for thoughts of suicide or new depression, or for diarrhea that will not stop.',
      missedDose: MISSED_SKIP_IF_NEAR_NEXT,
      questionsToAsk: ['How long should I take it?', 'Do my kidneys work well enough for this dose?'],
    },
    discontinuationRisk: 'none',
    halfLifeHours: 30,
    sources: ['label-acamprosate', 'fb-apa-aud-2018', 'fb-rxnorm'],
  },
  {
    name: 'disulfiram',
    rxnorm: '3554',
    brands: ['Antabuse'],
    classes: ['alcohol-use-disorder'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 125, max: 500 },
      maxDailyMg: 500,
      startingDailyMg: 250,
      strengthsMg: [250, 500],
      titration:
        'Start at least 12 hours after the last drink: up to 500 mg once daily for 1–2 weeks, then usually 250 mg daily (range 125–500 mg). Works best with supervised dosing.',
      timeToEffect:
        'A reaction with alcohol is possible within 12 hours of the first dose and for up to 2 weeks after the last.',
    },
    boxedWarnings: [
      'Never give disulfiram to a patient who is in a state of alcohol intoxication or without the patient’s full knowledge; relatives must be told the same.',
    ],
    pregnancy: { risk: 'caution', note: 'Safety in pregnancy has not been established.' },
    lactation: 'No human data; not recommended.',
    renal: null,
    hepatic:
      'Hepatotoxicity, including fatal hepatitis, has occurred. Check liver tests at baseline and after 10–14 days, then periodically; avoid in significant liver disease.',
    metabolism: { substrateOf: [], inhibits: [], induces: [] },
    pd: { ...INERT_PD, cnsDepressant: 'low' },
    monitoring: ['hepatic'],
    education: {
      purpose:
        'Disulfiram helps you not drink. If you drink any alcohol while taking it, you get a very unpleasant and possibly dangerous reaction.',
      howToTake:
        'Take it once a day, often in the morning, ideally with a support person watching. Avoid ALL alcohol, including in cough syrups, mouthwash, sauces, vinegars and some skin products. Wait at least 12 hours after your last drink before the first dose. Carry a card saying you take disulfiram.',
      weeks1to2: 'You may feel drowsy or tired, or notice a metallic or garlic taste.',
      weeks4to8: 'Your prescriber will check liver tests. Counseling helps it work better.',
      commonSideEffects: ['drowsiness', 'metallic or garlic taste', 'headache', 'acne or skin rash'],
      seriousSideEffects: [
        'reaction with alcohol: flushing, pounding headache, vomiting, fast heartbeat, trouble breathing, fainting',
        'liver damage: yellow skin or eyes, dark urine, severe tiredness',
        'numbness or tingling in the hands or feet',
        'confusion or unusual behavior',
      ],
      whenToCall:
        'Get emergency help for chest pain, trouble breathing or fainting after alcohol. Call your prescriber for yellow skin or eyes or dark urine. The reaction can happen up to 2 weeks after your last dose.',
      missedDose: MISSED_SKIP_IF_NEAR_NEXT,
      questionsToAsk: [
        'Which products contain hidden alcohol?',
        'How long after stopping is alcohol still dangerous?',
      ],
    },
    discontinuationRisk: 'none',
    sources: ['label-disulfiram', 'fb-apa-aud-2018', 'fb-rxnorm'],
  },
  {
    name: 'buprenorphine',
    rxnorm: '1819',
    brands: ['Sublocade', 'Brixadi', 'Suboxone', 'Zubsolv', 'Subutex', 'Butrans', 'Belbuca'],
    synonyms: ['buprenorphine hydrochloride', 'bupe'],
    classes: ['partial-opioid-agonist', 'opioid', 'opioid-use-disorder'],
    psychiatric: true,
    schedule: 'III',
    dose: {
      usualDailyMg: { min: 8, max: 24 },
      maxDailyMg: 24,
      minEffectiveDailyMg: 8,
      startingDailyMg: 4,
      strengthsMg: [2, 4, 8, 12],
      titration:
        'Opioid use disorder (sublingual): begin when objective withdrawal signs appear; 2–4 mg, repeated to 8 mg on day 1 (up to 16 mg in practice), then adjust in 2–4 mg steps to the usual target of 16 mg/day (range 4–24 mg/day; doses above 24 mg/day have not shown added benefit in labelling). Zubsolv 5.7/1.4 mg matches Suboxone 8/2 mg. Extended-release injections (Sublocade monthly, Brixadi weekly or monthly) follow their own schedules after sublingual stabilization.',
      timeToEffect: 'Relieves withdrawal within an hour; cravings fall over days as the dose is stabilized.',
    },
    boxedWarnings: [
      'Extended-release injections (Sublocade, Brixadi): serious harm or death could result if given intravenously; available only through a restricted REMS program and must be administered by a health care provider. Sublingual and buccal products for opioid use disorder carry no boxed warning.',
    ],
    pregnancy: {
      risk: 'acceptable',
      note: 'Recommended treatment for opioid use disorder in pregnancy (mono-product or with naloxone). Neonatal opioid withdrawal syndrome can occur and is expected and treatable; do not stop treatment because of pregnancy.',
    },
    lactation: 'Small amounts in milk; breastfeeding is encouraged for stable patients in treatment.',
    renal: 'No adjustment needed.',
    hepatic:
      'Severe impairment: consider a lower dose of the mono-product; avoid buprenorphine/naloxone (naloxone exposure rises and can precipitate withdrawal). Moderate impairment: buprenorphine/naloxone not recommended for induction. Hepatitis has been reported: check liver tests at baseline and periodically.',
    metabolism: {
      substrateOf: [
        { enzyme: 'CYP3A4', fraction: 'major' },
        { enzyme: 'UGT2B7', fraction: 'minor' },
      ],
      inhibits: [],
      induces: [],
    },
    pd: {
      ...INERT_PD,
      serotonergic: 'low',
      qtRisk: 'possible',
      cnsDepressant: 'moderate',
      respiratoryDepressant: true,
      misusePotential: 'moderate',
    },
    monitoring: ['opioid-treatment', 'hepatic'],
    education: {
      purpose:
        'Buprenorphine treats opioid use disorder. It eases withdrawal and cravings and lowers the risk of overdose death. It is often combined with naloxone (Suboxone, Zubsolv) to discourage injecting it.',
      howToTake:
        'Put the film or tablet under your tongue (or inside your cheek if directed) and let it dissolve completely — do not chew or swallow it. Do not eat, drink or talk until it is gone. Afterward, take a sip of water, swish and swallow, and wait an hour before brushing your teeth to protect them. Keep it locked away from children: a single dose can kill a child.',
      weeks1to2:
        'Wait until you feel clear withdrawal before the first dose, or you may feel worse. The dose is adjusted over the first days. You may have headache, constipation, nausea or sweating.',
      weeks4to8:
        'Cravings and withdrawal should be well controlled. You will have regular visits and urine tests. Counseling and support help, but are not required to stay on medicine.',
      commonSideEffects: [
        'constipation',
        'headache',
        'nausea',
        'sweating',
        'trouble sleeping',
        'mouth numbness or redness',
      ],
      seriousSideEffects: [
        'slow or shallow breathing or extreme sleepiness — especially with alcohol, benzodiazepines or other sedatives',
        'liver problems: yellow skin or eyes, dark urine',
        'dental problems such as cavities or tooth loss',
        'withdrawal if stopped suddenly',
      ],
      whenToCall:
        'Call 911 for slow breathing, blue lips or someone you cannot wake — use naloxone if you have it. Call your prescriber for yellow skin or eyes, or if you are struggling with cravings or use. Tell every doctor and dentist you take buprenorphine.',
      missedDose: `${MISSED_SKIP_IF_NEAR_NEXT} Keep a naloxone kit at home.`,
      questionsToAsk: [
        'How will we decide my dose?',
        'How should pain be treated if I need surgery?',
        'Is the monthly injection an option for me?',
        'Where can my family get naloxone?',
      ],
    },
    discontinuationRisk: 'high',
    halfLifeHours: 37,
    sources: [
      'label-buprenorphine',
      'fb-21cfr1308',
      'fb-asam-oud-2020',
      'fb-samhsa-tip63',
      'fb-acog-oud-pregnancy-2017',
      'fb-fda-ddi-table',
      'fb-crediblemeds',
      'fb-rxnorm',
    ],
  },
  {
    name: 'naloxone',
    rxnorm: '7242',
    brands: ['Narcan', 'Kloxxado', 'Zimhi', 'RiVive'],
    synonyms: ['naloxone hydrochloride'],
    classes: ['opioid-antagonist'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 4, max: 8 },
      maxDailyMg: null,
      startingDailyMg: 4,
      strengthsMg: [3, 4, 5, 8],
      nonDailyRoute: {
        route: 'nasal',
        note: 'Emergency use only: one spray (4 mg) in one nostril for a suspected opioid overdose; give another dose in the other nostril every 2–3 minutes if there is no response. No daily maximum. As a component of sublingual buprenorphine/naloxone it is poorly absorbed and has no effect unless injected.',
      },
      titration: 'No titration: emergency dosing is repeated until the person responds or help arrives.',
      timeToEffect:
        'Within 2–5 minutes; lasts 30–90 minutes, shorter than many opioids, so overdose can return.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'acceptable',
      note: 'Use to reverse a life-threatening overdose in pregnancy; may cause withdrawal in the fetus as well as the mother.',
    },
    lactation: 'Poorly absorbed by mouth; compatible with breastfeeding.',
    renal: null,
    hepatic: null,
    metabolism: {
      substrateOf: [{ enzyme: 'UGT2B7', fraction: 'minor' }],
      inhibits: [],
      induces: [],
    },
    pd: { ...INERT_PD },
    monitoring: [],
    education: {
      purpose:
        'Naloxone reverses an opioid overdose and can save a life. Anyone who uses opioids, or lives with someone who does, should carry it.',
      howToTake:
        'If someone will not wake up or is breathing slowly: call 911, lay them on their back, put the nozzle in one nostril and press the plunger. If they do not wake in 2 to 3 minutes, give a second spray in the other nostril. Stay with them and roll them on their side.',
      weeks1to2: 'Keep it where you and others can find it quickly. Teach family and friends how to use it.',
      weeks4to8:
        'Check the expiration date and replace used or expired kits. It is available at pharmacies without a prescription.',
      commonSideEffects: [
        'sudden opioid withdrawal: body aches, sweating, runny nose, nausea, fast heartbeat, irritability',
      ],
      seriousSideEffects: [
        'overdose can come back after naloxone wears off',
        'severe withdrawal, rarely with seizures or heart problems',
      ],
      whenToCall: 'Always call 911 after using naloxone, even if the person wakes up.',
      missedDose: 'Not a scheduled medicine: it is used only in an emergency.',
      questionsToAsk: ['Where can I get more naloxone?', 'How do I store it?'],
    },
    discontinuationRisk: 'none',
    halfLifeHours: 2,
    sources: ['label-naloxone', 'fb-asam-oud-2020', 'fb-samhsa-tip63', 'fb-rxnorm'],
  },
  {
    name: 'methadone',
    rxnorm: '6813',
    brands: ['Dolophine', 'Methadose', 'Diskets'],
    synonyms: ['methadone hydrochloride'],
    classes: ['opioid-agonist', 'opioid', 'opioid-use-disorder'],
    psychiatric: true,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 60, max: 120 },
      maxDailyMg: null,
      minEffectiveDailyMg: 60,
      startingDailyMg: 20,
      strengthsMg: [5, 10, 40],
      liquidAvailable: true,
      titration:
        'Opioid use disorder (opioid treatment programs only): first dose 20–30 mg, with at most 40 mg on day 1; increase by no more than 5–10 mg every 3–5 days because levels keep rising for about a week. Usual maintenance 80–120 mg/day; no labelled ceiling. Reduce the starting dose and go slower in people with low tolerance.',
      timeToEffect: 'Steady state after about 5–7 days at a dose; full stabilization over weeks.',
    },
    boxedWarnings: [
      'Addiction, abuse and misuse that can lead to overdose and death.',
      'Life-threatening respiratory depression, greatest during initiation and dose increases; the peak respiratory effect comes later and lasts longer than the pain-relieving effect.',
      'Accidental ingestion, especially by children, can cause fatal overdose.',
      'Life-threatening QT prolongation and torsades de pointes, mostly at higher doses; monitor patients at risk.',
      'Neonatal opioid withdrawal syndrome with prolonged use in pregnancy.',
      'Interactions with CYP3A4, CYP2B6, CYP2C19, CYP2C9 or CYP2D6 inhibitors, or stopping inducers, can raise methadone levels and cause fatal respiratory depression.',
      'Concomitant use with benzodiazepines or other CNS depressants can cause profound sedation, respiratory depression, coma and death.',
      'Conditions for distribution and use for opioid addiction: dispensed for opioid use disorder only by opioid treatment programs certified under 42 CFR 8.12.',
    ],
    pregnancy: {
      risk: 'acceptable',
      note: 'Standard treatment for opioid use disorder in pregnancy; doses often need to rise in the third trimester. Neonatal opioid withdrawal syndrome is expected and treatable.',
    },
    lactation:
      'Low levels in milk; breastfeeding is encouraged for stable patients. Do not stop suddenly when weaning.',
    renal: 'Use with caution; start with lower doses and longer intervals in severe impairment.',
    hepatic: 'Use with caution; start low and titrate slowly in severe impairment.',
    metabolism: {
      substrateOf: [
        { enzyme: 'CYP3A4', fraction: 'major', narrowTherapeuticIndex: true },
        { enzyme: 'CYP2B6', fraction: 'major', narrowTherapeuticIndex: true },
        { enzyme: 'CYP2C19', fraction: 'minor' },
        { enzyme: 'CYP2D6', fraction: 'minor' },
      ],
      inhibits: [{ enzyme: 'CYP2D6', strength: 'weak' }],
      induces: [],
    },
    pd: {
      ...INERT_PD,
      serotonergic: 'low',
      qtRisk: 'known',
      cnsDepressant: 'high',
      respiratoryDepressant: true,
      misusePotential: 'high',
    },
    monitoring: ['opioid-treatment', 'qt-ecg'],
    education: {
      purpose:
        'Methadone treats opioid use disorder. It stops withdrawal and cravings for a full day and greatly lowers the risk of overdose death. It is given through a licensed treatment program.',
      howToTake:
        'Take it once a day as directed by your program. Take-home doses must be locked up — a single dose can kill a child or an adult who does not use opioids. Never take extra doses, even if you still feel some withdrawal early on.',
      weeks1to2:
        'The dose goes up slowly because methadone builds up in the body over several days. Feeling sleepy or "nodding" a few hours after a dose is a danger sign. Do not use alcohol, benzodiazepines or sleeping pills.',
      weeks4to8:
        'Most people reach a steady dose that controls cravings. You may have a heart tracing (ECG) to check your heart rhythm. Constipation and sweating are common.',
      commonSideEffects: [
        'constipation',
        'sweating',
        'drowsiness',
        'nausea',
        'lower sex drive',
        'weight gain',
      ],
      seriousSideEffects: [
        'slow or shallow breathing, extreme sleepiness or being hard to wake',
        'fainting, a pounding or irregular heartbeat (heart rhythm problem)',
        'low hormone levels: tiredness, low sex drive',
        'withdrawal if stopped suddenly',
      ],
      whenToCall:
        'Call 911 for slow breathing, blue lips or someone you cannot wake — use naloxone if you have it. Tell your program right away about new medicines (including antibiotics, antifungals and HIV medicines), fainting or heart pounding.',
      missedDose:
        'Do not take an extra dose to make up for a missed one. Contact your program. If you miss several days in a row, your dose may need to be lowered for safety.',
      questionsToAsk: [
        'When can I have take-home doses?',
        'Do I need an ECG?',
        'Which medicines should I avoid with methadone?',
        'Where can my family get naloxone?',
      ],
    },
    discontinuationRisk: 'high',
    halfLifeHours: 24,
    sources: [
      'label-methadone',
      'fb-21cfr1308',
      'fb-fda-ddi-table',
      'fb-crediblemeds',
      'fb-asam-oud-2020',
      'fb-samhsa-tip63',
      'fb-acog-oud-pregnancy-2017',
      'fb-rxnorm',
    ],
  },
  {
    name: 'varenicline',
    rxnorm: '591622',
    brands: ['Chantix'],
    synonyms: ['varenicline tartrate'],
    classes: ['other'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 2, max: 2 },
      maxDailyMg: 2,
      startingDailyMg: 0.5,
      strengthsMg: [0.5, 1],
      caps: [
        {
          when: { renalImpairment: true },
          maxDailyMg: 1,
          reason:
            'Severe renal impairment (CrCl below 30 mL/min): start 0.5 mg once daily, maximum 0.5 mg twice daily. End-stage renal disease on dialysis: maximum 0.5 mg once daily.',
          sources: ['label-varenicline'],
        },
      ],
      titration:
        'Days 1–3: 0.5 mg once daily; days 4–7: 0.5 mg twice daily; then 1 mg twice daily for 12 weeks (another 12 weeks for those who quit). Set a quit date 1 week after starting, or quit gradually over 12 weeks.',
      timeToEffect: 'Cravings ease in the first 1–2 weeks; quit date usually at day 8.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Observational data show no large increase in malformations; counselling is first-line in pregnancy.',
    },
    lactation: 'No human data; watch the infant for seizures and vomiting.',
    renal:
      'About 92% excreted unchanged: severe impairment, maximum 0.5 mg twice daily; dialysis, 0.5 mg once daily.',
    hepatic: null,
    metabolism: { substrateOf: [], inhibits: [], induces: [], renallyCleared: true },
    pd: { ...INERT_PD, seizureThresholdLowering: 'low' },
    monitoring: [],
    education: {
      purpose:
        'Varenicline helps you quit smoking or vaping. It eases cravings and makes smoking less satisfying.',
      howToTake:
        'Take it after eating, with a full glass of water. The dose goes up over the first week. Pick a quit date about 1 week after you start, or cut down gradually over 12 weeks.',
      weeks1to2:
        'Nausea is common and usually gets better; eating first helps. You may have vivid dreams or trouble sleeping.',
      weeks4to8:
        'Keep taking it for the full 12 weeks even if you have quit, or if you slip. If you quit, your prescriber may suggest 12 more weeks.',
      commonSideEffects: [
        'nausea',
        'vivid or strange dreams',
        'trouble sleeping',
        'constipation or gas',
        'headache',
      ],
      seriousSideEffects: [
        'changes in mood or behavior, agitation, depression or thoughts of suicide',
        'seizures',
        'sleep-walking',
        'allergic or serious skin reactions',
        'heart or blood vessel problems in people with heart disease',
      ],
      whenToCall:
        'Stop taking it and call right away for thoughts of suicide, unusual mood or behavior changes, a seizure, swelling of the face or mouth, or a skin rash with blisters. Drink less alcohol until you know how it affects you.',
      missedDose: MISSED_SKIP_IF_NEAR_NEXT,
      questionsToAsk: [
        'When should my quit date be?',
        'Can I use nicotine patches or gum too?',
        'How long should I take it?',
      ],
    },
    discontinuationRisk: 'low',
    halfLifeHours: 24,
    sources: ['label-varenicline', 'fb-fda-dsc-varenicline-2016', 'fb-rxnorm'],
  },
];
