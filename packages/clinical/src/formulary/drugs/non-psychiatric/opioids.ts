import type { Drug } from '../../types.js';
import { metabolism, OPIOID_CLASS_BOX, OPIOID_CYP3A4, OPIOID_PREGNANCY_NOTE, pd } from './shared.js';

/**
 * Opioid analgesics (buprenorphine, methadone and naloxone belong to the substance-use group).
 * Schedules: 21 CFR 1308.12 (Schedule II) and 1308.14 (tramadol, Schedule IV).
 * Serotonergic opioids (FDA 2016 class labeling; clinical reference C2/C3): tramadol, meperidine,
 * tapentadol and, weakly, fentanyl. Codeine and tramadol need CYP2D6 to form their active
 * metabolites (morphine, O-desmethyltramadol): see PRODRUG_ACTIVATION in relations.ts.
 */
export const OPIOIDS: Drug[] = [
  {
    name: 'tramadol',
    rxnorm: '10689',
    brands: ['Ultram', 'ConZip', 'Qdolo'],
    synonyms: ['tramadol hydrochloride', 'tramadol er'],
    classes: ['opioid'],
    psychiatric: false,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 100, max: 400 },
      maxDailyMg: 400,
      startingDailyMg: 25,
      strengthsMg: [50, 100, 200, 300],
      liquidAvailable: true,
      caps: [
        {
          when: { minAge: 76 },
          maxDailyMg: 300,
          reason: 'Patients over 75 years: do not exceed 300 mg/day (label).',
          sources: ['label-tramadol'],
        },
        {
          when: { renalImpairment: true },
          maxDailyMg: 200,
          reason: 'Creatinine clearance below 30 mL/min: dose every 12 hours, maximum 200 mg/day (label).',
          sources: ['label-tramadol'],
        },
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 100,
          reason: 'Cirrhosis: 50 mg every 12 hours (label).',
          sources: ['label-tramadol'],
        },
        {
          when: { maxAge: 11 },
          maxDailyMg: 0,
          reason:
            'Contraindicated in children under 12 years (ultra-rapid metabolism to O-desmethyltramadol and fatal respiratory depression).',
          sources: ['label-tramadol', 'fc-fda-dsc-codeine-tramadol-2017'],
        },
      ],
      titration:
        'Immediate release: 25 mg each morning, raised by 25 mg every 3 days to 25 mg four times daily, then by 50 mg every 3 days to 50 mg four times daily; afterwards 50–100 mg every 4–6 hours as needed, no more than 400 mg/day (300 mg/day over 75 years). Extended release: 100 mg once daily, raised by 100 mg every 5 days, maximum 300 mg/day.',
      timeToEffect:
        'Analgesia within about 1 hour of an immediate-release dose; slow titration improves tolerability.',
    },
    boxedWarnings: [
      ...OPIOID_CLASS_BOX,
      'Ultra-rapid metabolism of tramadol and other risk factors for life-threatening respiratory depression in children: deaths in children, most after tonsillectomy or adenoidectomy; contraindicated under 12 years and after tonsillectomy/adenoidectomy under 18.',
      'Interactions with drugs affecting cytochrome P450 isoenzymes: adding or stopping CYP3A4 inducers or inhibitors, or CYP2D6 inhibitors, changes tramadol and O-desmethyltramadol concentrations unpredictably (overdose or withdrawal).',
    ],
    pregnancy: { risk: 'caution', note: OPIOID_PREGNANCY_NOTE },
    lactation:
      'Not recommended while breastfeeding (FDA 2017): tramadol and O-desmethyltramadol pass into milk, and infants of ultra-rapid metabolizers may receive dangerous amounts.',
    renal:
      'Creatinine clearance below 30 mL/min: lengthen the interval to every 12 hours, maximum 200 mg/day; extended-release forms are not recommended.',
    hepatic:
      'Cirrhosis: 50 mg every 12 hours; extended-release forms are not recommended in severe hepatic impairment.',
    metabolism: metabolism({
      substrateOf: [
        // O-demethylation to the active mu-agonist O-desmethyltramadol (M1): activation pathway.
        { enzyme: 'CYP2D6', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'major' },
        { enzyme: 'CYP2B6', fraction: 'minor' },
      ],
    }),
    pd: pd({
      serotonergic: 'moderate',
      cnsDepressant: 'moderate',
      respiratoryDepressant: true,
      seizureThresholdLowering: 'high',
      misusePotential: 'moderate',
    }),
    monitoring: ['controlled-substance'],
    education: null,
    discontinuationRisk: 'high',
    halfLifeHours: 7,
    sources: [
      'label-tramadol',
      'fc-21cfr1308-14',
      'fc-dea-tramadol-2014',
      'fc-cpic-opioids-2021',
      'fc-fda-dsc-codeine-tramadol-2017',
      'fc-fda-dsc-opioid-serotonin-2016',
      'fc-fda-dsc-opioid-benzo-2016',
      'fc-fda-ddi-table',
      'fc-rxnorm',
    ],
  },
  {
    name: 'meperidine',
    rxnorm: '6754',
    brands: ['Demerol'],
    synonyms: ['pethidine', 'meperidine hydrochloride'],
    classes: ['opioid'],
    psychiatric: false,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 150, max: 600 },
      maxDailyMg: null,
      startingDailyMg: 150,
      strengthsMg: [50, 100],
      liquidAvailable: true,
      titration:
        'Oral: 50–150 mg every 3–4 hours as needed, for short courses only; no labelled daily ceiling, but the neurotoxic metabolite normeperidine accumulates with repeated dosing, so it is a poor choice for more than a few days.',
      timeToEffect: 'Analgesia within 15–30 minutes of an oral dose, lasting 2–4 hours.',
    },
    boxedWarnings: [...OPIOID_CLASS_BOX, OPIOID_CYP3A4],
    pregnancy: { risk: 'caution', note: OPIOID_PREGNANCY_NOTE },
    lactation:
      'Meperidine and normeperidine accumulate in breastfed infants (sedation, poor feeding); other analgesics are preferred.',
    renal:
      'Normeperidine, which causes tremor, myoclonus and seizures, accumulates in renal impairment: avoid, or use reduced doses for short periods.',
    hepatic: 'Reduce the dose; monitor for sedation and normeperidine toxicity.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP3A4', fraction: 'major' },
        { enzyme: 'CYP2B6', fraction: 'major' },
        { enzyme: 'CYP2C19', fraction: 'minor' },
      ],
    }),
    pd: pd({
      serotonergic: 'moderate',
      cnsDepressant: 'high',
      respiratoryDepressant: true,
      anticholinergicBurden: 2,
      seizureThresholdLowering: 'moderate',
      misusePotential: 'high',
    }),
    monitoring: ['controlled-substance'],
    education: null,
    discontinuationRisk: 'high',
    halfLifeHours: 3.5,
    sources: [
      'label-meperidine',
      'fc-21cfr1308-12',
      'fc-phansalkar-2012',
      'fc-fda-dsc-opioid-serotonin-2016',
      'fc-fda-dsc-opioid-benzo-2016',
      'fc-acb-boustani-2008',
      'fc-ags-beers-2023',
      'fc-rxnorm',
    ],
  },
  {
    name: 'tapentadol',
    rxnorm: '787390',
    brands: ['Nucynta', 'Nucynta ER'],
    synonyms: ['tapentadol hydrochloride'],
    classes: ['opioid'],
    psychiatric: false,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 200, max: 600 },
      maxDailyMg: 600,
      startingDailyMg: 150,
      strengthsMg: [50, 75, 100, 150, 200, 250],
      caps: [
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 150,
          reason:
            'Moderate hepatic impairment: 50 mg no more often than every 8 hours (at most 3 doses in 24 hours); not recommended in severe impairment (label).',
          sources: ['label-tapentadol'],
        },
      ],
      titration:
        'Immediate release: 50–100 mg every 4–6 hours as needed; up to 700 mg on the first day, then no more than 600 mg/day. Extended release: 50 mg twice daily, raised by 50 mg twice daily every 3 days, maximum 500 mg/day.',
      timeToEffect: 'Analgesia within about 1 hour of an immediate-release dose.',
    },
    boxedWarnings: [...OPIOID_CLASS_BOX],
    pregnancy: { risk: 'caution', note: OPIOID_PREGNANCY_NOTE },
    lactation:
      'Passes into milk; watch the infant for sedation and breathing problems, or use an alternative.',
    renal: 'Severe renal impairment (CrCl below 30 mL/min): not recommended.',
    hepatic:
      'Moderate impairment: 50 mg no more than every 8 hours; severe impairment: not recommended (extended release: 50 mg once daily maximum 100 mg/day in moderate impairment).',
    metabolism: metabolism({
      substrateOf: [
        // Mainly glucuronidated (UGT1A9 and UGT2B7); CYP pathways are minor and it neither
        // inhibits nor induces CYP enzymes (label).
        { enzyme: 'UGT2B7', fraction: 'major' },
        { enzyme: 'CYP2C9', fraction: 'minor' },
        { enzyme: 'CYP2C19', fraction: 'minor' },
        { enzyme: 'CYP2D6', fraction: 'minor' },
      ],
    }),
    pd: pd({
      serotonergic: 'low',
      cnsDepressant: 'high',
      respiratoryDepressant: true,
      seizureThresholdLowering: 'low',
      misusePotential: 'high',
    }),
    monitoring: ['controlled-substance'],
    education: null,
    discontinuationRisk: 'high',
    halfLifeHours: 4,
    sources: [
      'label-tapentadol',
      'fc-21cfr1308-12',
      'fc-fda-dsc-opioid-serotonin-2016',
      'fc-fda-dsc-opioid-benzo-2016',
      'fc-rxnorm',
    ],
  },
  {
    name: 'oxycodone',
    rxnorm: '7804',
    brands: ['OxyContin', 'Roxicodone', 'Oxaydo', 'Xtampza ER', 'RoxyBond', 'Percocet'],
    synonyms: ['oxycodone hydrochloride', 'oxycodone/acetaminophen'],
    classes: ['opioid'],
    psychiatric: false,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 20, max: 90 },
      maxDailyMg: null,
      startingDailyMg: 20,
      strengthsMg: [5, 10, 15, 20, 30, 40, 60, 80],
      liquidAvailable: true,
      titration:
        'Opioid-naive: 5–15 mg immediate release every 4–6 hours as needed, adjusted to response; extended release only for opioid-tolerant patients. No labelled ceiling; CDC 2022 advises reassessing benefit before raising above 50 MME/day (about 33 mg oxycodone).',
      timeToEffect: 'Analgesia within 30–60 minutes of an immediate-release dose.',
    },
    boxedWarnings: [...OPIOID_CLASS_BOX, OPIOID_CYP3A4],
    pregnancy: { risk: 'caution', note: OPIOID_PREGNANCY_NOTE },
    lactation: 'Passes into milk; limit to short courses at low doses and watch the infant for sedation.',
    renal:
      'Creatinine clearance below 60 mL/min: start conservatively and titrate slowly (higher concentrations).',
    hepatic: 'Start at one-third to one-half of the usual dose and titrate carefully.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP3A4', fraction: 'major' },
        { enzyme: 'CYP2D6', fraction: 'minor' },
      ],
    }),
    pd: pd({
      cnsDepressant: 'high',
      respiratoryDepressant: true,
      misusePotential: 'high',
    }),
    monitoring: ['controlled-substance'],
    education: null,
    discontinuationRisk: 'high',
    halfLifeHours: 3.5,
    sources: [
      'label-oxycodone',
      'fc-21cfr1308-12',
      'fc-cdc-opioids-2022',
      'fc-fda-dsc-opioid-benzo-2016',
      'fc-cpic-opioids-2021',
      'fc-fda-ddi-table',
      'fc-rxnorm',
    ],
  },
  {
    name: 'hydrocodone',
    rxnorm: '5489',
    brands: ['Hysingla ER', 'Zohydro ER', 'Norco', 'Lortab'],
    synonyms: ['hydrocodone bitartrate', 'hydrocodone/acetaminophen', 'vicodin'],
    classes: ['opioid'],
    psychiatric: false,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 10, max: 60 },
      maxDailyMg: null,
      startingDailyMg: 20,
      strengthsMg: [2.5, 5, 7.5, 10, 20, 30, 40, 60, 80, 100, 120],
      liquidAvailable: true,
      titration:
        'Combination tablets with acetaminophen: 5–10 mg hydrocodone every 4–6 hours as needed (the acetaminophen content, at most 4 g/day, limits the dose). Extended release (Hysingla ER once daily, Zohydro ER twice daily) only for opioid-tolerant patients.',
      timeToEffect: 'Analgesia within about 1 hour of an immediate-release dose.',
    },
    boxedWarnings: [...OPIOID_CLASS_BOX, OPIOID_CYP3A4],
    pregnancy: { risk: 'caution', note: OPIOID_PREGNANCY_NOTE },
    lactation:
      'Passes into milk; keep doses low (30 mg/day or less) and courses short, and watch the infant for sedation.',
    renal: 'Start at a lower dose and titrate slowly in moderate to severe renal impairment.',
    hepatic: 'Severe hepatic impairment: start at half the usual dose (extended release).',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP3A4', fraction: 'major' },
        // CYP2D6 forms hydromorphone; CPIC 2021 found the evidence insufficient for dosing changes.
        { enzyme: 'CYP2D6', fraction: 'minor' },
      ],
    }),
    pd: pd({
      // QT prolongation is labelled for Hysingla ER at high doses (CredibleMeds: possible risk).
      qtRisk: 'possible',
      cnsDepressant: 'high',
      respiratoryDepressant: true,
      misusePotential: 'high',
    }),
    monitoring: ['controlled-substance'],
    education: null,
    discontinuationRisk: 'high',
    halfLifeHours: 4,
    sources: [
      'label-hydrocodone',
      'fc-21cfr1308-12',
      'fc-dea-hydrocodone-2014',
      'fc-fda-dsc-opioid-benzo-2016',
      'fc-cpic-opioids-2021',
      'fc-crediblemeds',
      'fc-fda-ddi-table',
      'fc-rxnorm',
    ],
  },
  {
    name: 'morphine',
    rxnorm: '7052',
    brands: ['MS Contin'],
    synonyms: ['morphine sulfate', 'morphine er'],
    classes: ['opioid'],
    psychiatric: false,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 30, max: 120 },
      maxDailyMg: null,
      startingDailyMg: 30,
      strengthsMg: [15, 30, 60, 100, 200],
      liquidAvailable: true,
      titration:
        'Opioid-naive: 15–30 mg immediate release every 4 hours as needed; extended release every 8–12 hours once the daily need is known (100 mg and 200 mg tablets for opioid-tolerant patients only).',
      timeToEffect: 'Analgesia within about 1 hour of an immediate-release oral dose.',
    },
    boxedWarnings: [...OPIOID_CLASS_BOX],
    pregnancy: { risk: 'caution', note: OPIOID_PREGNANCY_NOTE },
    lactation:
      'Small amounts pass into milk; short courses at low doses are usually acceptable with infant monitoring.',
    renal:
      'Active glucuronides (morphine-6- and -3-glucuronide) accumulate in renal impairment (sedation, myoclonus): reduce dose and frequency, avoid in severe impairment.',
    hepatic: 'Start low and titrate slowly; clearance falls in cirrhosis.',
    metabolism: metabolism({ substrateOf: [{ enzyme: 'UGT2B7', fraction: 'major' }] }),
    pd: pd({
      cnsDepressant: 'high',
      respiratoryDepressant: true,
      anticholinergicBurden: 1,
      misusePotential: 'high',
    }),
    monitoring: ['controlled-substance'],
    education: null,
    discontinuationRisk: 'high',
    halfLifeHours: 3,
    sources: [
      'label-morphine',
      'fc-21cfr1308-12',
      'fc-fda-dsc-opioid-benzo-2016',
      'fc-acb-boustani-2008',
      'fc-rxnorm',
    ],
  },
  {
    name: 'hydromorphone',
    rxnorm: '3423',
    brands: ['Dilaudid'],
    synonyms: ['hydromorphone hydrochloride'],
    classes: ['opioid'],
    psychiatric: false,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 8, max: 24 },
      maxDailyMg: null,
      startingDailyMg: 8,
      strengthsMg: [2, 4, 8, 12, 16, 32],
      liquidAvailable: true,
      titration:
        'Opioid-naive: 2–4 mg every 4–6 hours as needed; extended release once daily only for opioid-tolerant patients.',
      timeToEffect: 'Analgesia within 15–30 minutes of an oral dose.',
    },
    boxedWarnings: [...OPIOID_CLASS_BOX],
    pregnancy: { risk: 'caution', note: OPIOID_PREGNANCY_NOTE },
    lactation:
      'Passes into milk; use the lowest dose for the shortest time and watch the infant for sedation.',
    renal:
      'Moderate impairment: start at one-quarter to one-half of the usual dose; severe impairment: lower still.',
    hepatic: 'Moderate impairment: start at one-quarter to one-half of the usual dose.',
    metabolism: metabolism({ substrateOf: [{ enzyme: 'UGT2B7', fraction: 'major' }] }),
    pd: pd({
      cnsDepressant: 'high',
      respiratoryDepressant: true,
      misusePotential: 'high',
    }),
    monitoring: ['controlled-substance'],
    education: null,
    discontinuationRisk: 'high',
    halfLifeHours: 2.5,
    sources: ['label-hydromorphone', 'fc-21cfr1308-12', 'fc-fda-dsc-opioid-benzo-2016', 'fc-rxnorm'],
  },
  {
    name: 'fentanyl',
    rxnorm: '4337',
    brands: ['Duragesic', 'Actiq', 'Fentora'],
    synonyms: ['fentanyl citrate', 'fentanyl patch', 'fentanyl transdermal'],
    classes: ['opioid'],
    psychiatric: false,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 0.6, max: 2.4 },
      maxDailyMg: null,
      startingDailyMg: 0.6,
      strengthsMg: [0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1, 2.4],
      titration:
        'Transdermal, opioid-tolerant patients only (at least 60 mg/day oral morphine or equivalent for a week or longer): start from a conversion table, usually 25 mcg/h, change the patch every 72 hours, and raise no sooner than after 3 days (first dose) and then every 6 days.',
      timeToEffect: 'Full effect of a new patch takes 12–24 hours; steady state after 2–3 patch changes.',
      nonDailyRoute: {
        route: 'transdermal',
        note: 'Patches are labelled in mcg/hour (12, 25, 37.5, 50, 62.5, 75, 87.5, 100) and changed every 72 hours; the mg/day values here are the delivered amount (mcg/h × 24 ÷ 1000). Buccal and sublingual forms are only for breakthrough cancer pain in opioid-tolerant patients.',
      },
    },
    boxedWarnings: [
      ...OPIOID_CLASS_BOX,
      OPIOID_CYP3A4,
      'For opioid-tolerant patients only: use in opioid-naive patients can cause fatal respiratory depression.',
      'Exposure of the patch to heat (heating pads, hot baths, fever) increases fentanyl absorption and can cause fatal overdose.',
    ],
    pregnancy: { risk: 'caution', note: OPIOID_PREGNANCY_NOTE },
    lactation: 'Passes into milk in small amounts; watch the infant for sedation and breathing problems.',
    renal: 'Mild to moderate impairment: start the patch at half the usual dose; avoid in severe impairment.',
    hepatic:
      'Mild to moderate impairment: start the patch at half the usual dose; avoid in severe impairment.',
    metabolism: metabolism({
      // FDA table: fentanyl is a CYP3A substrate with a narrow therapeutic range.
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major', narrowTherapeuticIndex: true }],
    }),
    pd: pd({
      serotonergic: 'low',
      cnsDepressant: 'high',
      respiratoryDepressant: true,
      misusePotential: 'high',
    }),
    monitoring: ['controlled-substance'],
    education: null,
    discontinuationRisk: 'high',
    // Apparent half-life after patch removal (absorption from the skin depot continues).
    halfLifeHours: 20,
    sources: [
      'label-fentanyl',
      'fc-21cfr1308-12',
      'fc-fda-ddi-table',
      'fc-fda-dsc-opioid-serotonin-2016',
      'fc-fda-dsc-opioid-benzo-2016',
      'fc-rxnorm',
    ],
  },
  {
    name: 'codeine',
    rxnorm: '2670',
    brands: ['Tylenol with Codeine'],
    synonyms: ['codeine sulfate', 'codeine phosphate', 'acetaminophen/codeine'],
    classes: ['opioid', 'antitussive'],
    psychiatric: false,
    // Single-ingredient codeine is Schedule II; combinations with 90 mg or less per dosage unit
    // are Schedule III and low-dose cough preparations Schedule V.
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 60, max: 240 },
      maxDailyMg: 360,
      startingDailyMg: 60,
      strengthsMg: [15, 30, 60],
      liquidAvailable: true,
      caps: [
        {
          when: { maxAge: 11 },
          maxDailyMg: 0,
          reason:
            'Contraindicated in children under 12 years, and after tonsillectomy or adenoidectomy under 18 years (ultra-rapid metabolism to morphine and fatal respiratory depression).',
          sources: ['label-codeine', 'fc-fda-dsc-codeine-tramadol-2017'],
        },
      ],
      titration: '15–60 mg every 4 hours as needed, no more than 360 mg in 24 hours.',
      timeToEffect: 'Analgesia within 30–60 minutes; depends on CYP2D6 conversion to morphine.',
    },
    boxedWarnings: [
      ...OPIOID_CLASS_BOX,
      'Ultra-rapid metabolism of codeine and other risk factors for life-threatening respiratory depression in children: deaths in children, most after tonsillectomy or adenoidectomy, in CYP2D6 ultra-rapid metabolizers.',
      'Interactions with drugs affecting cytochrome P450 isoenzymes: CYP3A4 inhibitors (or stopping inducers) raise morphine formation; CYP2D6 inhibitors lower it (loss of analgesia).',
    ],
    pregnancy: { risk: 'caution', note: OPIOID_PREGNANCY_NOTE },
    lactation:
      'Not recommended while breastfeeding (FDA 2017): infants of ultra-rapid metabolizer mothers have died from morphine in milk.',
    renal: 'Start at a lower dose and extend the interval; morphine glucuronides accumulate.',
    hepatic: 'Start low and monitor; reduced conversion and clearance.',
    metabolism: metabolism({
      substrateOf: [
        // O-demethylation to morphine (CYP2D6) is the activation pathway.
        { enzyme: 'CYP2D6', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'major' },
        { enzyme: 'UGT2B7', fraction: 'major' },
      ],
    }),
    pd: pd({
      cnsDepressant: 'moderate',
      respiratoryDepressant: true,
      anticholinergicBurden: 1,
      misusePotential: 'moderate',
    }),
    monitoring: ['controlled-substance'],
    education: null,
    discontinuationRisk: 'high',
    halfLifeHours: 3,
    sources: [
      'label-codeine',
      'fc-21cfr1308-12',
      'fc-cpic-opioids-2021',
      'fc-fda-dsc-codeine-tramadol-2017',
      'fc-fda-dsc-opioid-benzo-2016',
      'fc-acb-boustani-2008',
      'fc-rxnorm',
    ],
  },
  {
    name: 'oxymorphone',
    rxnorm: '7814',
    brands: ['Opana'],
    synonyms: ['oxymorphone hydrochloride'],
    classes: ['opioid'],
    psychiatric: false,
    schedule: 'II',
    dose: {
      usualDailyMg: { min: 20, max: 80 },
      maxDailyMg: null,
      startingDailyMg: 20,
      strengthsMg: [5, 7.5, 10, 15, 20, 30, 40],
      titration:
        'Opioid-naive: 5–10 mg immediate release every 4–6 hours as needed, on an empty stomach; extended release every 12 hours once needs are known.',
      timeToEffect: 'Analgesia within 30–60 minutes of an immediate-release dose.',
    },
    boxedWarnings: [...OPIOID_CLASS_BOX],
    pregnancy: { risk: 'caution', note: OPIOID_PREGNANCY_NOTE },
    lactation: 'Passes into milk; watch the infant for sedation and breathing problems.',
    renal: 'Creatinine clearance below 50 mL/min: start at half the usual dose and titrate slowly.',
    hepatic:
      'Contraindicated in moderate or severe hepatic impairment; mild impairment: start at the lowest dose.',
    metabolism: metabolism({ substrateOf: [{ enzyme: 'UGT2B7', fraction: 'major' }] }),
    pd: pd({
      cnsDepressant: 'high',
      respiratoryDepressant: true,
      misusePotential: 'high',
    }),
    monitoring: ['controlled-substance'],
    education: null,
    discontinuationRisk: 'high',
    halfLifeHours: 8,
    sources: ['label-oxymorphone', 'fc-21cfr1308-12', 'fc-fda-dsc-opioid-benzo-2016', 'fc-rxnorm'],
  },
];
