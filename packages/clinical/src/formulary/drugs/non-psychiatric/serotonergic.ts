import type { Drug } from '../../types.js';
import { metabolism, pd } from './shared.js';

/**
 * Non-opioid drugs that add to serotonin toxicity or inhibit monoamine oxidase: linezolid and
 * methylene blue (MAO inhibitors; FDA Drug Safety Communications 2011), triptans (FDA 2006
 * advisory, weak contribution per Orlova 2018), dextromethorphan and St John's wort.
 * Triptans are MAO-A substrates (sumatriptan, rizatriptan, the active zolmitriptan metabolite):
 * MAO is not in the engine's enzyme vocabulary, so that is carried by LABEL_CONTRAINDICATIONS.
 */
export const SEROTONERGIC_OTHER: Drug[] = [
  {
    name: 'linezolid',
    rxnorm: '190376',
    brands: ['Zyvox'],
    synonyms: ['linezolid injection'],
    classes: ['antibiotic'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 1200, max: 1200 },
      maxDailyMg: 1200,
      startingDailyMg: 1200,
      strengthsMg: [600],
      liquidAvailable: true,
      titration: '600 mg every 12 hours by mouth or IV, usually for 10–28 days; no titration.',
      timeToEffect: 'Clinical response to infection usually within 48–72 hours.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Limited human data; animal studies showed lower fetal weights at maternally toxic doses. Use when the infection requires it.',
    },
    lactation:
      'Passes into milk in small amounts; acceptable for short courses with the infant watched for diarrhea.',
    renal:
      'No dose adjustment; its two main metabolites accumulate in severe renal impairment and on dialysis (dose after dialysis).',
    hepatic: null,
    metabolism: metabolism({
      // Cleared by non-enzymatic oxidation of the morpholine ring; no CYP involvement.
      substrateOf: [],
    }),
    pd: pd({
      // Reversible, non-selective MAO inhibitor (label): serotonin syndrome with serotonergic
      // psychiatric drugs; pressor response to tyramine and sympathomimetics.
      serotonergic: 'high',
      maoInhibitor: true,
      myelosuppressive: true,
    }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 5,
    sources: ['label-linezolid', 'fc-fda-dsc-linezolid-2011', 'fc-rxnorm'],
  },
  {
    name: 'methylene blue',
    rxnorm: '6878',
    brands: ['ProvayBlue'],
    synonyms: ['methylthioninium chloride', 'methylene blue injection'],
    classes: ['other'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 70, max: 140 },
      maxDailyMg: null,
      startingDailyMg: 70,
      strengthsMg: [50],
      liquidAvailable: true,
      titration:
        'Acquired methemoglobinemia: 1 mg/kg IV over 5–30 minutes; a second dose of up to 1 mg/kg may be given 1 hour later if methemoglobin stays high. If it has not resolved after two doses, consider other treatment.',
      timeToEffect: 'Methemoglobin levels fall within 30–60 minutes.',
      nonDailyRoute: {
        route: 'injection',
        note: 'Dosed by weight (1 mg/kg IV, at most two doses); milligram values here assume a 70 kg adult. Vials hold 50 mg in 10 mL.',
      },
    },
    boxedWarnings: [
      'Serotonin syndrome with concomitant use of serotonergic drugs (SSRIs, SNRIs, MAO inhibitors and others): avoid the combination; if emergency use cannot be avoided, give the lowest possible dose and observe closely for CNS effects for up to 4 hours.',
    ],
    pregnancy: {
      risk: 'avoid',
      note: 'May cause fetal harm (intra-amniotic use has been linked to intestinal atresia and fetal death); use only when life-saving.',
    },
    lactation: 'Do not breastfeed for 8 days after a dose (label).',
    renal:
      'Severe renal impairment: not studied; use lower doses and monitor for longer, since it is mainly excreted in urine.',
    hepatic: 'Monitor for toxicity and drug interactions for longer in hepatic impairment.',
    metabolism: metabolism(),
    pd: pd({
      // Potent reversible MAO-A inhibitor at IV doses (FDA 2011).
      serotonergic: 'high',
      maoInhibitor: true,
    }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 24,
    sources: ['label-methylene-blue', 'fc-fda-dsc-methylene-blue-2011', 'fc-rxnorm'],
  },
  {
    name: 'sumatriptan',
    rxnorm: '37418',
    brands: ['Imitrex', 'Tosymra', 'Zembrace SymTouch', 'Onzetra Xsail'],
    synonyms: ['sumatriptan succinate'],
    classes: ['triptan'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 50, max: 100 },
      maxDailyMg: 200,
      startingDailyMg: 50,
      strengthsMg: [25, 50, 100],
      titration:
        'Tablets: 50 or 100 mg at migraine onset, may repeat after 2 hours, no more than 200 mg in 24 hours (injection 6 mg, at most 12 mg/24 h; nasal spray 20 mg, at most 40 mg/24 h). Safety of treating more than 4 headaches a month is not established.',
      timeToEffect: 'Relief within about 10–15 minutes (injection) to 1–2 hours (tablets).',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Pregnancy registry data have not shown an increase in major malformations; acceptable when needed for severe migraine.',
    },
    lactation:
      'Excreted in milk; infant exposure can be minimized by not breastfeeding for 12 hours after a dose (label).',
    renal: null,
    hepatic:
      'Mild to moderate impairment: single oral doses no larger than 50 mg; contraindicated in severe impairment.',
    metabolism: metabolism({
      // Metabolized by MAO-A (contraindicated with MAO-A inhibitors); not a CYP substrate.
      substrateOf: [],
    }),
    pd: pd({ serotonergic: 'low', cnsDepressant: 'low' }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 2,
    sources: [
      'label-sumatriptan',
      'fc-fda-triptan-ssri-2006',
      'fc-orlova-2018',
      'fc-phansalkar-2012',
      'fc-rxnorm',
    ],
  },
  {
    name: 'rizatriptan',
    rxnorm: '88014',
    brands: ['Maxalt', 'Maxalt-MLT'],
    synonyms: ['rizatriptan benzoate'],
    classes: ['triptan'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 10, max: 20 },
      maxDailyMg: 30,
      startingDailyMg: 10,
      strengthsMg: [5, 10],
      caps: [
        {
          when: { withDrug: 'propranolol' },
          maxDailyMg: 15,
          reason:
            'With propranolol (which raises rizatriptan levels by about 70%): 5 mg per dose, at most 3 doses (15 mg) in 24 hours (label).',
          sources: ['label-rizatriptan'],
        },
      ],
      titration: '5 or 10 mg at migraine onset; may repeat after 2 hours; no more than 30 mg in 24 hours.',
      timeToEffect: 'Relief within 1–2 hours.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Registry data are limited but have not shown a clear increase in malformations; sumatriptan has the most data.',
    },
    lactation: 'No human data; sumatriptan is usually preferred while breastfeeding.',
    renal: 'Dialysis patients: exposure about 44% higher; use with caution.',
    hepatic: 'Moderate hepatic impairment: higher concentrations; use with caution.',
    metabolism: metabolism({
      // Oxidative deamination by MAO-A; minor CYP involvement.
      substrateOf: [],
    }),
    pd: pd({ serotonergic: 'low', cnsDepressant: 'low' }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 2.5,
    sources: [
      'label-rizatriptan',
      'fc-fda-triptan-ssri-2006',
      'fc-orlova-2018',
      'fc-phansalkar-2012',
      'fc-rxnorm',
    ],
  },
  {
    name: 'zolmitriptan',
    rxnorm: '135775',
    brands: ['Zomig', 'Zomig-ZMT'],
    synonyms: [],
    classes: ['triptan'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 2.5, max: 5 },
      maxDailyMg: 10,
      startingDailyMg: 2.5,
      strengthsMg: [2.5, 5],
      caps: [
        {
          when: { withDrug: 'cimetidine' },
          maxDailyMg: 5,
          reason:
            'With cimetidine: single doses no larger than 2.5 mg and no more than 5 mg in 24 hours (label).',
          sources: ['label-zolmitriptan'],
        },
        {
          when: { hepaticImpairment: true },
          maxDailyMg: 5,
          reason:
            'Moderate to severe hepatic impairment: 1.25 mg doses and no more than 5 mg/day; orally disintegrating tablets and nasal spray not recommended (label).',
          sources: ['label-zolmitriptan'],
        },
      ],
      titration:
        '1.25 or 2.5 mg at onset (up to 5 mg per dose); may repeat after 2 hours; no more than 10 mg in 24 hours.',
      timeToEffect: 'Relief within 1–2 hours.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Human data are limited; use only if the benefit justifies the risk.',
    },
    lactation: 'No human data; sumatriptan is usually preferred while breastfeeding.',
    renal: null,
    hepatic: 'Moderate to severe impairment: 1.25 mg per dose, no more than 5 mg/day.',
    metabolism: metabolism({
      // CYP1A2 forms the active N-desmethyl metabolite, which MAO-A then clears.
      substrateOf: [{ enzyme: 'CYP1A2', fraction: 'major' }],
    }),
    pd: pd({ serotonergic: 'low', cnsDepressant: 'low' }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 3,
    sources: [
      'label-zolmitriptan',
      'fc-fda-triptan-ssri-2006',
      'fc-orlova-2018',
      'fc-phansalkar-2012',
      'fc-rxnorm',
    ],
  },
  {
    name: 'dextromethorphan',
    rxnorm: '3289',
    brands: ['Delsym', 'Robitussin DM'],
    synonyms: ['dextromethorphan hydrobromide', 'dxm'],
    classes: ['antitussive'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 60, max: 120 },
      maxDailyMg: 120,
      startingDailyMg: 60,
      strengthsMg: [15, 30],
      liquidAvailable: true,
      titration:
        'OTC: 10–20 mg every 4 hours or 30 mg every 6–8 hours (extended-release liquid 60 mg every 12 hours); no more than 120 mg in 24 hours.',
      timeToEffect: 'Cough suppression within 15–30 minutes.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'acceptable',
      note: 'Studies of first-trimester use have not shown increased malformation risk.',
    },
    lactation: 'Likely acceptable at usual doses; limited data.',
    renal: null,
    hepatic: null,
    metabolism: metabolism({
      // FDA index substrate for CYP2D6: poor metabolizers or strong CYP2D6 inhibitors raise
      // exposure many-fold (the basis of dextromethorphan/quinidine and dextromethorphan/bupropion).
      substrateOf: [
        { enzyme: 'CYP2D6', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'minor' },
      ],
    }),
    pd: pd({ serotonergic: 'moderate', cnsDepressant: 'low', misusePotential: 'moderate' }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 3,
    sources: ['label-dextromethorphan', 'fc-fda-ddi-table', 'fc-phansalkar-2012', 'fc-rxnorm'],
  },
  {
    name: "st john's wort",
    rxnorm: '258326',
    brands: [],
    synonyms: ["St. John's wort", 'hypericum perforatum', 'hypericum', 'st johns wort', 'sjw'],
    classes: ['herbal'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 900, max: 900 },
      maxDailyMg: null,
      startingDailyMg: 900,
      strengthsMg: [300],
      titration:
        'Dietary supplement, not FDA-approved: depression trials used 300 mg of extract (standardized to 0.3% hypericin) three times daily. Products vary widely in content, including hyperforin, the constituent that induces CYP3A4 and P-glycoprotein.',
      timeToEffect:
        'Enzyme induction builds over 1–2 weeks and fades over 1–2 weeks after stopping, so interacting drug levels change in both directions.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'avoid', note: 'Safety in pregnancy is not established; not recommended.' },
    lactation: 'Limited data; infant colic, drowsiness and lethargy have been reported. Avoid.',
    renal: null,
    hepatic: null,
    metabolism: metabolism({
      induces: [
        // FDA table lists St John's wort as a strong CYP3A inducer (effect varies with the
        // preparation's hyperforin content) and as a P-gp inducer.
        { enzyme: 'CYP3A4', strength: 'strong' },
        { enzyme: 'P-gp', strength: 'moderate' },
      ],
    }),
    pd: pd({ serotonergic: 'moderate' }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 9,
    sources: ['fc-fda-ddi-table', 'fc-markowitz-2003', 'fc-hall-2003', 'fc-nccih-sjw', 'fc-rxnorm'],
  },
];
