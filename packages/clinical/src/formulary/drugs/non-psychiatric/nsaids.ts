import type { Drug } from '../../types.js';
import { metabolism, NSAID_BOX, pd } from './shared.js';

const NSAID_PREGNANCY =
  'Avoid from 20 weeks of gestation (fetal renal dysfunction and oligohydramnios; FDA 2020) and from 30 weeks (premature closure of the ductus arteriosus). Earlier use only when clearly needed, at the lowest dose for the shortest time.';

/**
 * NSAIDs and aspirin. Lithium: NSAIDs including COX-2 inhibitors reduce renal lithium clearance
 * (lithium label; Ragheb 1990), but aspirin (and sulindac, not listed here) did not raise lithium
 * levels in Ragheb's review, so aspirin carries reducesLithiumClearance: false. All of them add to
 * the bleeding risk of SSRIs/SNRIs and anticoagulants.
 */
export const NSAIDS: Drug[] = [
  {
    name: 'ibuprofen',
    rxnorm: '5640',
    brands: ['Advil', 'Motrin', 'Motrin IB'],
    synonyms: [],
    classes: ['nsaid'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 1200, max: 2400 },
      maxDailyMg: 3200,
      startingDailyMg: 1200,
      strengthsMg: [200, 400, 600, 800],
      liquidAvailable: true,
      caps: [
        {
          when: { phenotype: { gene: 'CYP2C9', phenotypes: ['poor metabolizer'] } },
          maxDailyMg: 1600,
          reason:
            'CYP2C9 poor metabolizers: start at 25–50% of the lowest starting dose and titrate to no more than 25–50% of the maximum dose (CPIC 2020).',
          sources: ['fc-cpic-nsaids-2020'],
        },
      ],
      titration:
        'OTC: 200–400 mg every 4–6 hours, no more than 1200 mg/day without medical advice. Prescription: 400–800 mg three or four times daily, maximum 3200 mg/day; use the lowest effective dose for the shortest time.',
      timeToEffect:
        'Pain relief within 30–60 minutes; anti-inflammatory effect over 1–2 weeks of regular use.',
    },
    boxedWarnings: [...NSAID_BOX],
    pregnancy: { risk: 'avoid', note: NSAID_PREGNANCY },
    lactation: 'Preferred NSAID while breastfeeding: very little passes into milk.',
    renal:
      'Avoid in advanced renal disease; NSAIDs can cause acute kidney injury, especially with ACE inhibitors, ARBs, diuretics or dehydration.',
    hepatic: 'Use with caution; stop if liver tests rise markedly.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP2C9', fraction: 'major' },
        { enzyme: 'CYP2C8', fraction: 'minor' },
      ],
    }),
    pd: pd({ reducesLithiumClearance: true, antiplateletOrAnticoagulant: true }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 2,
    sources: [
      'label-ibuprofen',
      'fc-lithium-label-interactions',
      'fc-ragheb-1990',
      'fc-cpic-nsaids-2020',
      'fc-fda-dsc-nsaid-pregnancy-2020',
      'fc-lactmed',
      'fc-rxnorm',
    ],
  },
  {
    name: 'naproxen',
    rxnorm: '7258',
    brands: ['Naprosyn', 'EC-Naprosyn', 'Anaprox DS', 'Aleve', 'Naprelan'],
    synonyms: ['naproxen sodium'],
    classes: ['nsaid'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 500, max: 1000 },
      maxDailyMg: 1500,
      startingDailyMg: 500,
      strengthsMg: [220, 250, 275, 375, 500, 550],
      liquidAvailable: true,
      titration:
        '250–500 mg twice daily; up to 1500 mg/day for limited periods. OTC naproxen sodium 220 mg every 8–12 hours, no more than 660 mg/day without medical advice.',
      timeToEffect: 'Pain relief within 1 hour; anti-inflammatory effect over 1–2 weeks.',
    },
    boxedWarnings: [...NSAID_BOX],
    pregnancy: { risk: 'avoid', note: NSAID_PREGNANCY },
    lactation: 'Acceptable for short courses; its long half-life makes ibuprofen preferable for regular use.',
    renal: 'Not recommended when creatinine clearance is below 30 mL/min.',
    hepatic: 'Use the lowest effective dose in hepatic impairment.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'UGT2B7', fraction: 'major' },
        { enzyme: 'CYP2C9', fraction: 'minor' },
        { enzyme: 'CYP1A2', fraction: 'minor' },
      ],
    }),
    pd: pd({ reducesLithiumClearance: true, antiplateletOrAnticoagulant: true }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 14,
    sources: [
      'label-naproxen',
      'fc-lithium-label-interactions',
      'fc-ragheb-1990',
      'fc-fda-dsc-nsaid-pregnancy-2020',
      'fc-rxnorm',
    ],
  },
  {
    name: 'diclofenac',
    rxnorm: '3355',
    brands: ['Cataflam', 'Cambia', 'Zipsor', 'Zorvolex', 'Voltaren'],
    synonyms: ['diclofenac sodium', 'diclofenac potassium'],
    classes: ['nsaid'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 100, max: 150 },
      maxDailyMg: 200,
      startingDailyMg: 100,
      strengthsMg: [18, 25, 35, 50, 75, 100],
      titration:
        'Osteoarthritis 100–150 mg/day and rheumatoid arthritis 150–200 mg/day in divided doses; acute pain 50 mg three times daily. Topical gel gives much lower systemic exposure.',
      timeToEffect:
        'Pain relief within 30–60 minutes (potassium salt); anti-inflammatory effect over 1–2 weeks.',
    },
    boxedWarnings: [...NSAID_BOX],
    pregnancy: { risk: 'avoid', note: NSAID_PREGNANCY },
    lactation: 'Low levels in milk; acceptable for short courses.',
    renal: 'Not recommended in advanced renal disease.',
    hepatic:
      'Hepatotoxicity, sometimes severe, occurs more often than with other NSAIDs: check liver tests within 4–8 weeks of starting long-term use.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP2C9', fraction: 'major' },
        { enzyme: 'UGT2B7', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'minor' },
        { enzyme: 'CYP2C8', fraction: 'minor' },
      ],
    }),
    pd: pd({ reducesLithiumClearance: true, antiplateletOrAnticoagulant: true }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 2,
    sources: [
      'label-diclofenac',
      'fc-lithium-label-interactions',
      'fc-cpic-nsaids-2020',
      'fc-fda-dsc-nsaid-pregnancy-2020',
      'fc-rxnorm',
    ],
  },
  {
    name: 'celecoxib',
    rxnorm: '140587',
    brands: ['Celebrex', 'Elyxyb'],
    synonyms: [],
    classes: ['nsaid'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 200, max: 400 },
      maxDailyMg: 400,
      startingDailyMg: 200,
      strengthsMg: [50, 100, 200, 400],
      caps: [
        {
          when: { phenotype: { gene: 'CYP2C9', phenotypes: ['poor metabolizer'] } },
          maxDailyMg: 200,
          reason:
            'CYP2C9 poor metabolizers: start at half the lowest recommended dose (label) and titrate to no more than 25–50% of the maximum dose (CPIC 2020).',
          sources: ['label-celecoxib', 'fc-cpic-nsaids-2020'],
        },
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 200,
          reason:
            'Moderate hepatic impairment (Child-Pugh B): reduce the daily dose by 50%; avoid in severe impairment (label).',
          sources: ['label-celecoxib'],
        },
      ],
      titration:
        'Osteoarthritis 200 mg/day; rheumatoid arthritis 100–200 mg twice daily; acute pain 400 mg then 200 mg.',
      timeToEffect: 'Pain relief within 1 hour; anti-inflammatory effect over 1–2 weeks.',
    },
    boxedWarnings: [...NSAID_BOX],
    pregnancy: { risk: 'avoid', note: NSAID_PREGNANCY },
    lactation: 'Very low levels in milk; acceptable.',
    renal: 'Not recommended in severe renal impairment.',
    hepatic: 'Moderate impairment: halve the dose; severe impairment: not recommended.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP2C9', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'minor' },
      ],
      // FDA table: weak CYP2D6 inhibitor (label: raises dextromethorphan and metoprolol exposure).
      inhibits: [{ enzyme: 'CYP2D6', strength: 'weak' }],
    }),
    pd: pd({ reducesLithiumClearance: true, antiplateletOrAnticoagulant: true }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 11,
    sources: [
      'label-celecoxib',
      'fc-lithium-label-interactions',
      'fc-cpic-nsaids-2020',
      'fc-fda-ddi-table',
      'fc-fda-dsc-nsaid-pregnancy-2020',
      'fc-rxnorm',
    ],
  },
  {
    name: 'meloxicam',
    rxnorm: '41493',
    brands: ['Mobic', 'Vivlodex', 'Qmiiz ODT'],
    synonyms: [],
    classes: ['nsaid'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 7.5, max: 15 },
      maxDailyMg: 15,
      startingDailyMg: 7.5,
      strengthsMg: [5, 7.5, 10, 15],
      liquidAvailable: true,
      caps: [
        {
          when: { phenotype: { gene: 'CYP2C9', phenotypes: ['poor metabolizer'] } },
          maxDailyMg: 0,
          reason:
            'CYP2C9 poor metabolizers: markedly prolonged half-life; choose an alternative not metabolized by CYP2C9 (CPIC 2020).',
          sources: ['fc-cpic-nsaids-2020'],
        },
      ],
      titration: '7.5 mg once daily, up to 15 mg once daily.',
      timeToEffect: 'Anti-inflammatory effect over 1–2 weeks; steady state after about 5 days.',
    },
    boxedWarnings: [...NSAID_BOX],
    pregnancy: { risk: 'avoid', note: NSAID_PREGNANCY },
    lactation: 'No human data; a shorter-acting NSAID such as ibuprofen is preferred.',
    renal: 'Not recommended in severe renal impairment unless on dialysis (then at most 7.5 mg/day).',
    hepatic: 'No adjustment in mild to moderate impairment; not studied in severe impairment.',
    metabolism: metabolism({
      substrateOf: [
        { enzyme: 'CYP2C9', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'minor' },
      ],
    }),
    pd: pd({ reducesLithiumClearance: true, antiplateletOrAnticoagulant: true }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 20,
    sources: [
      'label-meloxicam',
      'fc-lithium-label-interactions',
      'fc-cpic-nsaids-2020',
      'fc-fda-dsc-nsaid-pregnancy-2020',
      'fc-rxnorm',
    ],
  },
  {
    name: 'aspirin',
    rxnorm: '1191',
    brands: ['Bayer', 'Ecotrin', 'Bufferin', 'Durlaza'],
    synonyms: ['acetylsalicylic acid', 'asa'],
    classes: ['nsaid', 'antiplatelet'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 81, max: 325 },
      maxDailyMg: 4000,
      startingDailyMg: 81,
      strengthsMg: [81, 325, 500],
      titration:
        'Antiplatelet: 81–325 mg once daily. Analgesic: 325–650 mg every 4 hours as needed, no more than 4000 mg/day (OTC Drug Facts). Not for children or teenagers with viral illness (Reye syndrome).',
      timeToEffect: 'Platelet inhibition within 1 hour and lasting the life of the platelet (7–10 days).',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Low-dose aspirin (81 mg) is recommended from 12 weeks for women at high risk of preeclampsia; avoid analgesic doses from 20 weeks (NSAID fetal renal and ductal effects).',
    },
    lactation:
      'Low-dose aspirin is acceptable; avoid regular analgesic doses (salicylate in milk, theoretical Reye risk).',
    renal: 'Avoid analgesic doses in severe renal impairment.',
    hepatic: 'Avoid in severe hepatic impairment (bleeding risk).',
    metabolism: metabolism({
      // Hydrolysed by esterases to salicylate, which is conjugated; no CYP involvement.
      substrateOf: [],
    }),
    pd: pd({
      // Aspirin did not raise serum lithium (Ragheb 1990; Finley 1995), unlike other NSAIDs.
      reducesLithiumClearance: false,
      antiplateletOrAnticoagulant: true,
    }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 0.3,
    sources: ['label-aspirin', 'fc-ragheb-1990', 'fc-finley-1995', 'fc-ags-beers-2023', 'fc-rxnorm'],
  },
  {
    name: 'ketorolac',
    rxnorm: '35827',
    brands: ['Toradol', 'Sprix'],
    synonyms: ['ketorolac tromethamine'],
    classes: ['nsaid'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 20, max: 40 },
      maxDailyMg: 40,
      startingDailyMg: 20,
      strengthsMg: [10],
      titration:
        'Oral tablets only as continuation of IV/IM therapy: 20 mg first dose (10 mg if 65 or older, under 50 kg or with reduced renal function), then 10 mg every 4–6 hours, no more than 40 mg/day; total treatment by all routes no longer than 5 days.',
      timeToEffect: 'Pain relief within 30–60 minutes.',
    },
    boxedWarnings: [
      'Limited to 5 days of total use (all routes combined) for moderately severe acute pain; oral tablets only as continuation of parenteral therapy.',
      ...NSAID_BOX,
      'Renal risk: contraindicated in advanced renal impairment and in patients at risk of renal failure from volume depletion.',
      'Bleeding risk: inhibits platelet function; contraindicated with suspected or confirmed cerebrovascular bleeding, bleeding disorders, incomplete hemostasis and as prophylaxis before major surgery.',
      'Contraindicated with aspirin or other NSAIDs, probenecid or pentoxifylline, and during labor and delivery.',
    ],
    pregnancy: { risk: 'avoid', note: `${NSAID_PREGNANCY} Contraindicated in labor and delivery.` },
    lactation: 'Low levels in milk; acceptable for a short course.',
    renal: 'Contraindicated in advanced renal impairment; reduce the dose in milder impairment.',
    hepatic: 'Use with caution; stop if liver disease develops.',
    metabolism: metabolism({ renallyCleared: true }),
    pd: pd({ reducesLithiumClearance: true, antiplateletOrAnticoagulant: true }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 5,
    sources: [
      'label-ketorolac',
      'fc-lithium-label-interactions',
      'fc-fda-dsc-nsaid-pregnancy-2020',
      'fc-rxnorm',
    ],
  },
];
