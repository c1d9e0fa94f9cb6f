import type { Drug } from '../../types.js';
import { metabolism, pd } from './shared.js';

const PPI_LONG_TERM =
  'Long-term use (over a year): hypomagnesemia, low vitamin B12, fractures and C. difficile infection; review the need regularly (Beers 2023: avoid beyond 8 weeks without a clear indication).';

/**
 * Acid suppressants, muscle relaxants, antiemetics and sedating antihistamines.
 * Cimetidine is a weak inhibitor of CYP3A, CYP1A2 and CYP2D6 (FDA table) and the citalopram label
 * caps citalopram at 20 mg with it; famotidine and pantoprazole have no clinically relevant CYP
 * effects. Omeprazole and esomeprazole are moderate CYP2C19 inhibitors. Tizanidine is a sensitive
 * CYP1A2 substrate, contraindicated with fluvoxamine and ciprofloxacin (label; ONC high-priority
 * list). Metoclopramide and promethazine block dopamine receptors (extrapyramidal symptoms and
 * NMS with antipsychotics); the Pharmacodynamics type has no field for that yet.
 */
export const GI_CNS: Drug[] = [
  {
    name: 'cimetidine',
    rxnorm: '2541',
    brands: ['Tagamet HB'],
    synonyms: ['tagamet'],
    classes: ['h2-blocker'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 400, max: 800 },
      maxDailyMg: 2400,
      startingDailyMg: 400,
      strengthsMg: [200, 300, 400, 800],
      liquidAvailable: true,
      caps: [
        {
          when: { renalImpairment: true },
          maxDailyMg: 600,
          reason: 'Severe renal impairment: 300 mg every 12 hours (label).',
          sources: ['label-cimetidine'],
        },
      ],
      titration:
        'Ulcer or reflux: 400 mg twice daily or 800 mg at bedtime; hypersecretory states up to 2400 mg/day. OTC 200 mg up to twice daily.',
      timeToEffect:
        'Acid suppression within an hour; enzyme inhibition within a day and gone within a few days of stopping.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'acceptable', note: 'No increase in malformations in human studies.' },
    lactation: 'Passes into milk; famotidine is preferred while breastfeeding.',
    renal:
      'Excreted largely unchanged: reduce the dose in severe renal impairment; confusion is more likely.',
    hepatic: 'Confusion is more likely in severe liver disease.',
    metabolism: metabolism({
      renallyCleared: true,
      inhibits: [
        { enzyme: 'CYP3A4', strength: 'weak' },
        { enzyme: 'CYP1A2', strength: 'weak' },
        { enzyme: 'CYP2D6', strength: 'weak' },
      ],
    }),
    pd: pd({ cnsDepressant: 'low', anticholinergicBurden: 1 }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 2,
    sources: ['label-cimetidine', 'fc-fda-ddi-table', 'fc-acb-boustani-2008', 'fc-rxnorm'],
  },
  {
    name: 'famotidine',
    rxnorm: '4278',
    brands: ['Pepcid', 'Pepcid AC'],
    synonyms: [],
    classes: ['h2-blocker'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 20, max: 40 },
      maxDailyMg: 80,
      startingDailyMg: 20,
      strengthsMg: [10, 20, 40],
      liquidAvailable: true,
      caps: [
        {
          when: { renalImpairment: true },
          maxDailyMg: 20,
          reason:
            'Creatinine clearance below 60 mL/min: lower doses (for example 20 mg once daily for reflux) because CNS adverse reactions (confusion, delirium, seizures) have occurred (label).',
          sources: ['label-famotidine'],
        },
      ],
      titration:
        'Reflux or ulcer: 20–40 mg once or twice daily (hypersecretory states need higher doses under specialist care). OTC 10–20 mg up to twice daily.',
      timeToEffect: 'Acid suppression within an hour.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'acceptable', note: 'No increase in malformations in human studies.' },
    lactation: 'Preferred acid suppressant while breastfeeding (low milk levels).',
    renal:
      'Mostly excreted unchanged: reduce the dose or lengthen the interval below 60 mL/min to avoid CNS effects.',
    hepatic: null,
    metabolism: metabolism({
      // No clinically relevant CYP450 inhibition or induction (label).
      renallyCleared: true,
    }),
    pd: pd({ qtRisk: 'conditional' }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 3,
    sources: ['label-famotidine', 'fc-crediblemeds', 'fc-lactmed', 'fc-rxnorm'],
  },
  {
    name: 'omeprazole',
    rxnorm: '7646',
    brands: ['Prilosec', 'Prilosec OTC'],
    synonyms: ['omeprazole magnesium'],
    classes: ['proton-pump-inhibitor'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 20, max: 40 },
      maxDailyMg: 40,
      startingDailyMg: 20,
      strengthsMg: [10, 20, 40],
      liquidAvailable: true,
      caps: [
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 20,
          reason:
            'Hepatic impairment (Child-Pugh A–C): 10–20 mg/day for erosive esophagitis healing maintenance (label).',
          sources: ['label-omeprazole'],
        },
      ],
      titration: `20–40 mg once daily before a meal (hypersecretory states need higher doses under specialist care). CYP2C19 poor and intermediate metabolizers on long-term therapy: consider a 50% dose reduction; ultrarapid metabolizers may need double doses (CPIC). ${PPI_LONG_TERM}`,
      timeToEffect: 'Full acid suppression after 3–5 days of daily dosing.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'acceptable', note: 'Large studies show no increase in malformations.' },
    lactation: 'Acceptable; low milk levels and destroyed by infant stomach acid.',
    renal: null,
    hepatic: 'Hepatic impairment: 10–20 mg/day.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP2C19', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'minor' },
      ],
      // FDA table: moderate CYP2C19 inhibitor (clopidogrel activation, citalopram, escitalopram,
      // diazepam exposure).
      inhibits: [{ enzyme: 'CYP2C19', strength: 'moderate' }],
    }),
    pd: pd({ qtRisk: 'conditional' }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 1,
    sources: [
      'label-omeprazole',
      'fc-fda-ddi-table',
      'fc-cpic-ppi-2020',
      'fc-crediblemeds',
      'fc-ags-beers-2023',
      'fc-rxnorm',
    ],
  },
  {
    name: 'esomeprazole',
    rxnorm: '283742',
    brands: ['Nexium', 'Nexium 24HR'],
    synonyms: ['esomeprazole magnesium'],
    classes: ['proton-pump-inhibitor'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 20, max: 40 },
      maxDailyMg: 40,
      startingDailyMg: 20,
      strengthsMg: [20, 40],
      liquidAvailable: true,
      caps: [
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 20,
          reason: 'Severe hepatic impairment (Child-Pugh C): no more than 20 mg/day (label).',
          sources: ['label-esomeprazole'],
        },
      ],
      titration: `20–40 mg once daily before a meal. ${PPI_LONG_TERM}`,
      timeToEffect: 'Full acid suppression after 3–5 days of daily dosing.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'acceptable',
      note: 'Human data (largely from omeprazole) show no increase in malformations.',
    },
    lactation: 'Acceptable; low milk levels.',
    renal: null,
    hepatic: 'Severe impairment: maximum 20 mg/day.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP2C19', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'minor' },
      ],
      inhibits: [{ enzyme: 'CYP2C19', strength: 'moderate' }],
    }),
    pd: pd({ qtRisk: 'conditional' }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 1.3,
    sources: [
      'label-esomeprazole',
      'fc-fda-ddi-table',
      'fc-cpic-ppi-2020',
      'fc-crediblemeds',
      'fc-ags-beers-2023',
      'fc-rxnorm',
    ],
  },
  {
    name: 'pantoprazole',
    rxnorm: '40790',
    brands: ['Protonix'],
    synonyms: ['pantoprazole sodium'],
    classes: ['proton-pump-inhibitor'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 40, max: 40 },
      maxDailyMg: 80,
      startingDailyMg: 40,
      strengthsMg: [20, 40],
      liquidAvailable: true,
      titration: `40 mg once daily (up to 40 mg twice daily; hypersecretory states need higher doses under specialist care). ${PPI_LONG_TERM}`,
      timeToEffect: 'Full acid suppression after 3–5 days of daily dosing.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'acceptable', note: 'Human data show no increase in malformations.' },
    lactation: 'Acceptable; low milk levels.',
    renal: null,
    hepatic: null,
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP2C19', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'minor' },
      ],
      // No clinically relevant CYP inhibition or induction in interaction studies (label); the
      // preferred PPI with clopidogrel and CYP2C19-cleared antidepressants.
      inhibits: [],
      induces: [],
    }),
    pd: pd({ qtRisk: 'conditional' }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 1,
    sources: ['label-pantoprazole', 'fc-cpic-ppi-2020', 'fc-crediblemeds', 'fc-ags-beers-2023', 'fc-rxnorm'],
  },
  {
    name: 'tizanidine',
    rxnorm: '57258',
    brands: ['Zanaflex'],
    synonyms: ['tizanidine hydrochloride'],
    classes: ['muscle-relaxant', 'alpha-2-agonist'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 6, max: 24 },
      maxDailyMg: 36,
      startingDailyMg: 2,
      strengthsMg: [2, 4, 6],
      caps: [
        {
          when: { withDrug: 'fluvoxamine' },
          maxDailyMg: 0,
          reason:
            'Contraindicated with fluvoxamine (strong CYP1A2 inhibitor: tizanidine exposure rises about 33-fold, with severe hypotension and sedation) (label; ONC high-priority list).',
          sources: ['label-tizanidine', 'fc-phansalkar-2012'],
        },
        {
          when: { withDrug: 'ciprofloxacin' },
          maxDailyMg: 0,
          reason:
            'Contraindicated with ciprofloxacin (strong CYP1A2 inhibitor: tizanidine exposure rises about 10-fold, with hypotension and sedation) (label; Granfors 2004; ONC high-priority list).',
          sources: ['label-tizanidine', 'fc-granfors-2004', 'fc-phansalkar-2012'],
        },
      ],
      titration:
        'Start 2 mg, raise by 2–4 mg per dose every 1–4 days; doses every 6–8 hours, no more than 3 doses and 36 mg in 24 hours. Take consistently with or without food (food changes absorption).',
      timeToEffect: 'Peak effect 1–2 hours after a dose, lasting 3–6 hours.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Limited human data; animal studies showed fetal harm at high doses.',
    },
    lactation: 'No data; watch the infant for sedation and low blood pressure, or choose another drug.',
    renal: 'Creatinine clearance below 25 mL/min: reduce individual doses (clearance falls by about half).',
    hepatic:
      'Hepatotoxicity: check liver tests at baseline and at 1, 3 and 6 months; avoid in hepatic impairment.',
    metabolism: metabolism({
      // Sensitive CYP1A2 substrate (FDA index substrate) with dose-related hypotension.
      substrateOf: [{ enzyme: 'CYP1A2', fraction: 'major', narrowTherapeuticIndex: true }],
    }),
    pd: pd({ cnsDepressant: 'moderate', qtRisk: 'possible', misusePotential: 'low' }),
    monitoring: ['hepatic'],
    education: null,
    // Abrupt withdrawal after long use at high doses: rebound hypertension, tachycardia, hypertonia.
    discontinuationRisk: 'moderate',
    halfLifeHours: 2.5,
    sources: [
      'label-tizanidine',
      'fc-fda-ddi-table',
      'fc-phansalkar-2012',
      'fc-granfors-2004',
      'fc-granfors-2005',
      'fc-crediblemeds',
      'fc-rxnorm',
    ],
  },
  {
    name: 'cyclobenzaprine',
    rxnorm: '21949',
    brands: ['Amrix', 'Fexmid', 'Flexeril'],
    synonyms: ['cyclobenzaprine hydrochloride'],
    classes: ['muscle-relaxant'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 15, max: 30 },
      maxDailyMg: 30,
      startingDailyMg: 15,
      strengthsMg: [5, 7.5, 10, 15, 30],
      titration:
        '5 mg three times daily, up to 10 mg three times daily (extended release 15–30 mg once daily), for no more than 2–3 weeks. Older adults and mild hepatic impairment: start 5 mg and dose less often.',
      timeToEffect: 'Relief of muscle spasm within 1–2 days.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'caution', note: 'Human data are limited but have not shown clear harm.' },
    lactation: 'No data; tricyclic-like structure suggests low milk levels; watch for infant sedation.',
    renal: null,
    hepatic: 'Mild impairment: 5 mg less often; moderate to severe impairment: not recommended.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP3A4', fraction: 'major' },
        { enzyme: 'CYP1A2', fraction: 'major' },
        { enzyme: 'CYP2D6', fraction: 'minor' },
      ],
    }),
    pd: pd({
      // Tricyclic structure: serotonin syndrome reported with SSRIs/SNRIs/MAOIs (label); ACB 2.
      serotonergic: 'low',
      cnsDepressant: 'moderate',
      anticholinergicBurden: 2,
      seizureThresholdLowering: 'low',
      misusePotential: 'low',
    }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'low',
    halfLifeHours: 18,
    sources: ['label-cyclobenzaprine', 'fc-acb-boustani-2008', 'fc-ags-beers-2023', 'fc-rxnorm'],
  },
  {
    name: 'ondansetron',
    rxnorm: '26225',
    brands: ['Zofran', 'Zuplenz'],
    synonyms: ['ondansetron odt', 'ondansetron hydrochloride'],
    classes: ['antiemetic'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 8, max: 16 },
      maxDailyMg: 24,
      startingDailyMg: 8,
      strengthsMg: [4, 8, 24],
      liquidAvailable: true,
      caps: [
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 8,
          reason: 'Severe hepatic impairment (Child-Pugh C): no more than 8 mg/day (label).',
          sources: ['label-ondansetron'],
        },
      ],
      titration:
        'Chemotherapy: 8 mg twice daily (24 mg once for highly emetogenic regimens); postoperative: 16 mg once. CYP2D6 ultrarapid metabolizers: consider granisetron (CPIC).',
      timeToEffect: 'Antiemetic effect within 30 minutes.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Most studies show no major increase in malformations; some found a small increase in oral clefts with first-trimester use.',
    },
    lactation: 'No data; generally considered acceptable (used directly in infants).',
    renal: null,
    hepatic: 'Severe impairment: maximum 8 mg/day.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP3A4', fraction: 'major' },
        { enzyme: 'CYP1A2', fraction: 'minor' },
        { enzyme: 'CYP2D6', fraction: 'minor' },
      ],
    }),
    pd: pd({ serotonergic: 'low', qtRisk: 'known' }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 4,
    sources: ['label-ondansetron', 'fc-crediblemeds', 'fc-cpic-ondansetron-2017', 'fc-rxnorm'],
  },
  {
    name: 'metoclopramide',
    rxnorm: '6915',
    brands: ['Reglan', 'Gimoti'],
    synonyms: ['metoclopramide hydrochloride'],
    classes: ['antiemetic'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 20, max: 40 },
      maxDailyMg: 60,
      startingDailyMg: 40,
      strengthsMg: [5, 10],
      liquidAvailable: true,
      caps: [
        {
          when: { phenotype: { gene: 'CYP2D6', phenotypes: ['poor metabolizer'] } },
          maxDailyMg: 20,
          reason: 'CYP2D6 poor metabolizers: 5 mg four times daily, maximum 20 mg/day (label).',
          sources: ['label-metoclopramide'],
        },
        ...(['fluoxetine', 'paroxetine', 'bupropion', 'quinidine'] as const).map((withDrug) => ({
          when: { withDrug },
          maxDailyMg: 20,
          reason: `With a strong CYP2D6 inhibitor (${withDrug}): 5 mg four times daily, maximum 20 mg/day (label).`,
          sources: ['label-metoclopramide'],
        })),
        {
          when: { renalImpairment: true },
          maxDailyMg: 20,
          reason:
            'Creatinine clearance 60 mL/min or less: 5 mg four times daily, maximum 20 mg/day; end-stage renal disease 10 mg/day (label).',
          sources: ['label-metoclopramide'],
        },
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 20,
          reason:
            'Moderate or severe hepatic impairment (Child-Pugh B or C): 5 mg four times daily, maximum 20 mg/day (label).',
          sources: ['label-metoclopramide'],
        },
      ],
      titration:
        'Reflux: 10–15 mg up to four times daily before meals and at bedtime; diabetic gastroparesis: 10 mg four times daily; older adults 5 mg per dose. Total treatment no longer than 12 weeks (tardive dyskinesia).',
      timeToEffect: 'Gastric emptying improves within 30–60 minutes of a dose.',
    },
    boxedWarnings: [
      'Tardive dyskinesia: can cause often irreversible tardive dyskinesia; risk rises with duration and total dose. Avoid treatment longer than 12 weeks, and stop in patients who develop signs of it.',
    ],
    pregnancy: {
      risk: 'acceptable',
      note: 'Large studies show no increase in malformations; watch the newborn for extrapyramidal signs after late use.',
    },
    lactation: 'Passes into milk; short courses acceptable. Maternal depression is a reason to avoid it.',
    renal: 'CrCl 60 mL/min or less: maximum 20 mg/day; end-stage renal disease: 5 mg twice daily.',
    hepatic: 'Child-Pugh B or C: maximum 20 mg/day.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP2D6', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'minor' },
      ],
    }),
    pd: pd({
      // Dopamine D2 antagonist: extrapyramidal symptoms, NMS and tardive dyskinesia, additive
      // with antipsychotics; the label also warns of depression and suicidal ideation.
      serotonergic: 'low',
      qtRisk: 'conditional',
      cnsDepressant: 'low',
    }),
    monitoring: ['antipsychotic-movement'],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 5.5,
    sources: ['label-metoclopramide', 'fc-crediblemeds', 'fc-ags-beers-2023', 'fc-rxnorm'],
  },
  {
    name: 'promethazine',
    rxnorm: '8745',
    brands: ['Phenergan', 'Promethegan'],
    synonyms: ['promethazine hydrochloride'],
    classes: ['antihistamine', 'antiemetic'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 25, max: 100 },
      maxDailyMg: 100,
      startingDailyMg: 25,
      strengthsMg: [12.5, 25, 50],
      liquidAvailable: true,
      caps: [
        {
          when: { maxAge: 1 },
          maxDailyMg: 0,
          reason: 'Contraindicated under 2 years of age (fatal respiratory depression) (label).',
          sources: ['label-promethazine'],
        },
      ],
      titration:
        'Nausea: 12.5–25 mg every 4–6 hours as needed; allergy 25 mg at bedtime or 12.5 mg before meals; sedation 25–50 mg at bedtime.',
      timeToEffect: 'Effect within 20 minutes, lasting 4–6 hours (sedation up to 12 hours).',
    },
    boxedWarnings: [
      'Respiratory depression in pediatric patients: do not use in children under 2 years (fatal respiratory depression); use caution in children 2 years and older.',
      'Severe tissue injury, including gangrene, with injection regardless of route; deep intramuscular injection is preferred.',
    ],
    pregnancy: {
      risk: 'caution',
      note: 'Widely used for nausea in pregnancy; use near delivery can cause neonatal respiratory depression and platelet effects.',
    },
    lactation: 'May reduce milk supply and sedate the infant; occasional low doses only.',
    renal: null,
    hepatic: 'Use with caution; can cause cholestatic jaundice.',
    metabolism: metabolism({ substrateOf: [{ enzyme: 'CYP2D6', fraction: 'major' }] }),
    pd: pd({
      // Phenothiazine: also a weak dopamine antagonist (extrapyramidal symptoms, NMS).
      qtRisk: 'possible',
      cnsDepressant: 'high',
      respiratoryDepressant: true,
      anticholinergicBurden: 3,
      seizureThresholdLowering: 'low',
      misusePotential: 'low',
    }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 12,
    sources: [
      'label-promethazine',
      'fc-acb-boustani-2008',
      'fc-crediblemeds',
      'fc-ags-beers-2023',
      'fc-rxnorm',
    ],
  },
  {
    name: 'diphenhydramine',
    rxnorm: '3498',
    brands: ['Benadryl', 'ZzzQuil', 'Sominex', 'Nytol'],
    synonyms: ['diphenhydramine hydrochloride'],
    classes: ['antihistamine', 'anticholinergic'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 25, max: 150 },
      maxDailyMg: 300,
      startingDailyMg: 25,
      strengthsMg: [12.5, 25, 50],
      liquidAvailable: true,
      titration:
        'Allergy: 25–50 mg every 4–6 hours, no more than 300 mg in 24 hours (OTC Drug Facts). Sleep aid: 50 mg at bedtime.',
      timeToEffect: 'Drowsiness within 30–60 minutes; tolerance to the sedative effect develops within days.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'acceptable', note: 'Long experience without clear fetal harm.' },
    lactation:
      'Occasional small doses are acceptable; larger or repeated doses can sedate the infant and reduce milk supply.',
    renal: null,
    hepatic: null,
    metabolism: metabolism({
      substrateOf: [{ enzyme: 'CYP2D6', fraction: 'major' }],
      // FDA table: weak CYP2D6 inhibitor (metoprolol exposure roughly doubles in extensive
      // metabolizers).
      inhibits: [{ enzyme: 'CYP2D6', strength: 'weak' }],
    }),
    pd: pd({
      qtRisk: 'conditional',
      cnsDepressant: 'high',
      anticholinergicBurden: 3,
      seizureThresholdLowering: 'low',
      misusePotential: 'low',
    }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 8,
    sources: [
      'label-diphenhydramine',
      'fc-fda-ddi-table',
      'fc-acb-boustani-2008',
      'fc-crediblemeds',
      'fc-ags-beers-2023',
      'fc-rxnorm',
    ],
  },
];
