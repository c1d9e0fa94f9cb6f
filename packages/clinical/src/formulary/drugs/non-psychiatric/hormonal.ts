import type { Drug } from '../../types.js';
import { metabolism, pd } from './shared.js';

const CONTRACEPTIVE_PREGNANCY =
  'Not for use once pregnant (no benefit); inadvertent use in early pregnancy has not been linked to birth defects. Stop when pregnancy is confirmed.';

const INDUCER_NOTE =
  'Enzyme inducers (carbamazepine, oxcarbazepine, topiramate above 200 mg/day, phenytoin, rifampin, St John\u2019s wort, modafinil) lower contraceptive steroid levels and cause contraceptive failure: use an IUD or injectable, or add a barrier method (US MEC 2024).';

/**
 * Hormonal contraceptives and tamoxifen. Ethinyl estradiol induces lamotrigine glucuronidation
 * (UGT1A4; lamotrigine levels fall by about half on estrogen-containing contraceptives and rise in
 * the pill-free week) and inhibits CYP1A2 (FDA table: oral contraceptives, moderate; tizanidine
 * exposure about 4-fold, Granfors 2005). All three contraceptive steroids are CYP3A4 substrates,
 * so strong inducers cause contraceptive failure.
 */
export const HORMONAL: Drug[] = [
  {
    name: 'ethinyl estradiol',
    rxnorm: '4124',
    brands: [],
    synonyms: ['ethinylestradiol', 'combined oral contraceptive', 'combined hormonal contraceptive', 'coc'],
    classes: ['hormonal-contraceptive'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 0.02, max: 0.035 },
      maxDailyMg: 0.05,
      startingDailyMg: 0.02,
      strengthsMg: [0.01, 0.02, 0.025, 0.03, 0.035],
      titration: `Fixed daily dose (10–35 mcg) in combined pills, or delivered by patch or vaginal ring; no titration. ${INDUCER_NOTE}`,
      timeToEffect:
        'Contraceptive protection after 7 days of active pills (at once if started within 5 days of the start of menses).',
    },
    boxedWarnings: [
      'Cigarette smoking and serious cardiovascular events: smoking increases the risk of serious cardiovascular events from combined hormonal contraceptives; women over 35 who smoke should not use them.',
    ],
    pregnancy: { risk: 'avoid', note: CONTRACEPTIVE_PREGNANCY },
    lactation:
      'Estrogen can reduce milk supply; combined methods are generally avoided in the first weeks postpartum (thrombosis risk) and progestin-only methods are preferred while breastfeeding.',
    renal: null,
    hepatic: 'Contraindicated in acute hepatitis, decompensated cirrhosis and liver tumors.',
    metabolism: metabolism({
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }],
      inhibits: [{ enzyme: 'CYP1A2', strength: 'moderate' }],
      induces: [{ enzyme: 'UGT1A4', strength: 'moderate' }],
    }),
    pd: pd(),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 24,
    sources: [
      'label-ethinyl-estradiol',
      'fc-fda-ddi-table',
      'fc-granfors-2005',
      'fc-lamotrigine-label-estrogens',
      'fc-sabers-2003',
      'fc-cdc-mec-2024',
      'fc-rxnorm',
    ],
  },
  {
    name: 'levonorgestrel',
    rxnorm: '6373',
    brands: ['Plan B One-Step', 'Mirena', 'Liletta', 'Kyleena', 'Skyla'],
    synonyms: [],
    classes: ['hormonal-contraceptive'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 0.1, max: 0.15 },
      maxDailyMg: 1.5,
      startingDailyMg: 0.1,
      strengthsMg: [1.5],
      titration: `Combined pills contain 0.1–0.15 mg daily; emergency contraception is a single 1.5 mg dose (with an enzyme inducer, a copper IUD or a double 3 mg dose is advised). Intrauterine systems release micrograms a day for 3–8 years and are not affected by inducers. ${INDUCER_NOTE}`,
      timeToEffect: 'Oral contraception is reliable after 7 days of active pills.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'avoid', note: CONTRACEPTIVE_PREGNANCY },
    lactation: 'Progestin-only methods are compatible with breastfeeding.',
    renal: null,
    hepatic: 'Avoid oral use in decompensated cirrhosis or liver tumors.',
    metabolism: metabolism({ substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }] }),
    pd: pd(),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 28,
    sources: ['label-levonorgestrel', 'fc-cdc-mec-2024', 'fc-fda-ddi-table', 'fc-rxnorm'],
  },
  {
    name: 'norethindrone',
    rxnorm: '7514',
    brands: ['Ortho Micronor', 'Camila', 'Errin', 'Heather', 'Aygestin'],
    synonyms: ['norethindrone acetate', 'norethisterone', 'progestin-only pill', 'mini-pill'],
    classes: ['hormonal-contraceptive'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 0.35, max: 0.35 },
      maxDailyMg: 15,
      startingDailyMg: 0.35,
      strengthsMg: [0.35, 5],
      titration: `Progestin-only pill: 0.35 mg at the same time every day without a break (a dose more than 3 hours late needs 48 hours of backup). Norethindrone acetate (Aygestin) 2.5–15 mg/day for gynecologic indications. ${INDUCER_NOTE}`,
      timeToEffect: 'Contraceptive protection after 48 hours of pills.',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'avoid', note: CONTRACEPTIVE_PREGNANCY },
    lactation: 'Progestin-only pills are compatible with breastfeeding.',
    renal: null,
    hepatic: 'Avoid in decompensated cirrhosis or liver tumors.',
    metabolism: metabolism({ substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major' }] }),
    pd: pd(),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 8,
    sources: ['label-norethindrone', 'fc-cdc-mec-2024', 'fc-rxnorm'],
  },
  {
    name: 'tamoxifen',
    rxnorm: '10324',
    brands: ['Soltamox'],
    synonyms: ['tamoxifen citrate', 'nolvadex'],
    classes: ['serm'],
    psychiatric: false,
    schedule: null,
    dose: {
      usualDailyMg: { min: 20, max: 20 },
      maxDailyMg: 40,
      startingDailyMg: 20,
      strengthsMg: [10, 20],
      liquidAvailable: true,
      titration:
        '20 mg once daily for 5–10 years (adjuvant breast cancer); 20–40 mg/day in metastatic disease. CYP2D6 poor metabolizers: consider an aromatase inhibitor (with ovarian suppression if premenopausal); avoid moderate and strong CYP2D6 inhibitors (CPIC 2018).',
      timeToEffect: 'Steady state after about 4 weeks (endoxifen after about 8 weeks).',
    },
    boxedWarnings: [
      'For women with ductal carcinoma in situ and women at high risk of breast cancer: uterine malignancies, stroke and pulmonary embolism, some fatal; discuss benefits and risks before use for risk reduction.',
    ],
    pregnancy: {
      risk: 'avoid',
      note: 'Can cause fetal harm; use non-hormonal contraception during treatment and for 2 months after stopping.',
    },
    lactation: 'Not recommended; it also suppresses lactation.',
    renal: null,
    hepatic: 'No specific adjustment; liver changes (fatty liver, rarely hepatitis) occur.',
    metabolism: metabolism({
      substrateOf: [
        // Activation to endoxifen needs CYP2D6; strong CYP2D6 inhibitors (paroxetine, fluoxetine,
        // bupropion) lower endoxifen (Stearns 2003) and paroxetine was linked to higher breast
        // cancer mortality (Kelly 2010).
        { enzyme: 'CYP2D6', fraction: 'major' },
        { enzyme: 'CYP3A4', fraction: 'major' },
      ],
    }),
    pd: pd({ qtRisk: 'possible' }),
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    halfLifeHours: 168,
    sources: [
      'label-tamoxifen',
      'fc-cpic-tamoxifen-2018',
      'fc-stearns-2003',
      'fc-kelly-2010',
      'fc-crediblemeds',
      'fc-rxnorm',
    ],
  },
];
