import type { Drug } from '../types.js';
import { corePd, MISSED_SKIP_IF_NEAR_NEXT } from './shared.js';

/**
 * Mood stabilizers and anticonvulsants used in psychiatry. Values come from the FDA labels
 * (`label-*` sources); interaction strengths from the FDA table of inhibitors and inducers.
 */

const QUIET_PD = corePd({ cnsDepressant: 'low' });

export const MOOD_STABILIZERS: Drug[] = [
  {
    name: 'lithium',
    rxnorm: '42351',
    brands: ['Lithobid'],
    synonyms: ['lithium carbonate', 'lithium citrate', 'lithium carbonate er', 'eskalith'],
    classes: ['mood-stabilizer'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 900, max: 1800 },
      maxDailyMg: 1800,
      minEffectiveDailyMg: 600,
      startingDailyMg: 600,
      strengthsMg: [150, 300, 450, 600],
      liquidAvailable: true,
      titration:
        'Label: 300 mg three times daily, raised by 300 mg every 3 days, guided by 12-hour trough levels (acute target 0.8–1.2 mEq/L, maintenance 0.8–1.0 mEq/L). Many clinicians start at 300 mg twice daily; start lower in older adults and in reduced renal function. Dose is set by the serum level, not by milligrams.',
      timeToEffect: 'Antimanic effect in 1–3 weeks; maintenance benefit over months.',
    },
    boxedWarnings: [
      'Lithium toxicity is closely related to serum lithium concentration and can occur at doses close to therapeutic levels. Facilities for prompt and accurate serum lithium measurement should be available before starting treatment.',
    ],
    pregnancy: {
      risk: 'caution',
      note: 'First-trimester exposure is linked to a small increase in cardiac malformations, including Ebstein anomaly. Levels fall in pregnancy and rise sharply after delivery: check levels often, and consider a fetal echocardiogram. Do not stop abruptly because relapse risk is high.',
    },
    lactation:
      'Passes into breast milk at about half the maternal serum level; infant levels, thyroid and renal function must be monitored if breastfeeding. Often advised against.',
    renal:
      'Cleared almost entirely by the kidneys. CrCl 30–89 mL/min: start low, titrate slowly with frequent levels. CrCl below 30 mL/min: not recommended. Sodium depletion (low-salt diet, vomiting, diarrhoea, heavy sweating, diuretics) and dehydration raise lithium levels and cause toxicity. Long-term use can cause nephrogenic diabetes insipidus and chronic kidney disease.',
    hepatic: null,
    metabolism: { substrateOf: [], inhibits: [], induces: [], renallyCleared: true },
    pd: {
      ...QUIET_PD,
      serotonergic: 'low',
      qtRisk: 'possible',
      cnsDepressant: 'low',
    },
    monitoring: ['lithium', 'renal', 'pregnancy-test'],
    education: {
      purpose:
        'Lithium is a mood stabilizer. It treats and prevents manic and depressive episodes of bipolar disorder and lowers the risk of suicide.',
      howToTake:
        'Take it at the same times each day with food or right after a meal. Drink 8 to 12 glasses of water a day. Keep your salt intake steady: do not start a low-salt diet without asking. Blood tests are drawn about 12 hours after your last dose, so skip the morning dose on test days until the blood is drawn.',
      weeks1to2:
        'You will have blood tests about every few days to a week while the dose is adjusted. You may feel thirsty, pass more urine, have mild nausea or a light hand tremor. These often settle.',
      weeks4to8:
        'Mood usually becomes steadier over several weeks. Once your level is stable, blood tests (lithium, kidney and thyroid) are needed every 3 to 6 months for as long as you take lithium.',
      commonSideEffects: [
        'thirst and passing more urine',
        'fine hand tremor',
        'nausea or loose stools',
        'weight gain',
        'acne',
      ],
      seriousSideEffects: [
        'signs of too much lithium: vomiting, diarrhea, very shaky hands, unsteady walking, slurred speech, confusion or severe drowsiness',
        'kidney problems',
        'underactive thyroid (tiredness, feeling cold)',
        'irregular heartbeat or fainting',
      ],
      whenToCall:
        'Call right away or go to the emergency room if you have vomiting, diarrhea, a coarse tremor, trouble walking, slurred speech or confusion. Call your prescriber before starting ibuprofen, naproxen or other anti-inflammatory pain medicines, water pills or blood pressure medicines, and if you have a fever, heavy sweating or cannot eat or drink.',
      missedDose:
        'Take it as soon as you remember. If it is almost time for your next dose, skip the missed dose. Never take two doses at once.',
      questionsToAsk: [
        'What lithium level are we aiming for?',
        'When is my next blood test?',
        'Which pain medicines are safe for me to take?',
        'What should I do if I get a stomach bug or a fever?',
      ],
    },
    discontinuationRisk: 'moderate',
    halfLifeHours: 24,
    sources: ['label-lithium', 'fb-canmat-bipolar-2018', 'fb-apa-bipolar-2002', 'fb-nice-cg185', 'fb-rxnorm'],
  },
  {
    name: 'valproate',
    rxnorm: '11118',
    brands: ['Depakote', 'Depakote ER', 'Depakote Sprinkle', 'Depakene', 'Depacon'],
    synonyms: [
      'divalproex',
      'divalproex sodium',
      'valproic acid',
      'sodium valproate',
      'valproate sodium',
      'divalproex er',
    ],
    classes: ['mood-stabilizer', 'anticonvulsant'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 1000, max: 2500 },
      maxDailyMg: null,
      minEffectiveDailyMg: 750,
      startingDailyMg: 750,
      strengthsMg: [125, 250, 500],
      liquidAvailable: true,
      titration:
        'Mania (delayed-release divalproex): 750 mg/day in divided doses, increased as fast as tolerated to the clinical effect or a trough level of 50–125 mcg/mL. Extended-release: 25 mg/kg once daily, target trough 85–125 mcg/mL. Labelled ceiling is weight-based: 60 mg/kg/day (no fixed milligram maximum).',
      timeToEffect: 'Antimanic effect within 1–2 weeks at a therapeutic level.',
    },
    boxedWarnings: [
      'Hepatotoxicity: hepatic failure resulting in death has occurred, usually in the first 6 months; risk is highest in children under 2 years and in patients with mitochondrial disorders caused by POLG mutations. Check liver tests before starting and at frequent intervals.',
      'Fetal risk: major congenital malformations (especially neural tube defects), decreased IQ and neurodevelopmental disorders. Contraindicated for migraine prevention in pregnancy; do not use in women of childbearing potential unless other treatments have failed, with effective contraception.',
      'Pancreatitis: life-threatening hemorrhagic pancreatitis has been reported in children and adults, sometimes soon after starting and sometimes after years.',
    ],
    pregnancy: {
      risk: 'avoid',
      note: 'Highest teratogenic risk of the mood stabilizers (neural tube defects, other malformations, lower IQ, autism spectrum disorder). For bipolar disorder, use in pregnancy only if other treatments have failed or are unacceptable; contraindicated for migraine prevention in pregnancy. Folic acid supplementation and effective contraception for anyone who can become pregnant.',
    },
    lactation:
      'Low levels in breast milk; generally considered compatible. Watch the infant for jaundice, bruising or unusual bleeding.',
    renal:
      'No dose adjustment; free (unbound) fraction rises in renal impairment, so total levels can mislead.',
    hepatic:
      'Contraindicated in significant hepatic disease or dysfunction, POLG-related mitochondrial disease and urea cycle disorders. Hyperammonemia can occur with normal liver tests (especially with topiramate).',
    metabolism: {
      substrateOf: [
        { enzyme: 'UGT2B7', fraction: 'major' },
        { enzyme: 'CYP2C9', fraction: 'minor' },
        { enzyme: 'CYP2C19', fraction: 'minor' },
      ],
      inhibits: [
        { enzyme: 'UGT2B7', strength: 'strong' },
        { enzyme: 'UGT1A4', strength: 'moderate' },
        { enzyme: 'CYP2C9', strength: 'weak' },
      ],
      induces: [],
    },
    pd: { ...QUIET_PD, antiplateletOrAnticoagulant: true },
    monitoring: ['valproate', 'pregnancy-test'],
    education: {
      purpose:
        'Valproate (divalproex) is a mood stabilizer and seizure medicine. It treats manic episodes of bipolar disorder and prevents seizures and migraines.',
      howToTake:
        'Swallow tablets whole; do not crush or chew delayed-release or extended-release tablets. Take with food if it upsets your stomach. Take it at the same times each day.',
      weeks1to2:
        'You may feel sleepy, have nausea or a mild tremor. Your prescriber will check a blood level, liver tests and blood counts.',
      weeks4to8:
        'Manic symptoms usually calm within 1 to 2 weeks at a good blood level. Blood tests continue during the first 6 months and then regularly. Watch your weight.',
      commonSideEffects: [
        'nausea or upset stomach',
        'sleepiness',
        'hand tremor',
        'weight gain',
        'hair thinning',
      ],
      seriousSideEffects: [
        'liver damage: yellow skin or eyes, dark urine, vomiting, loss of appetite, swelling of the face',
        'pancreatitis: severe stomach pain that may spread to the back, with vomiting',
        'serious harm to an unborn baby',
        'easy bruising or bleeding',
        'high ammonia: confusion, vomiting, unusual sleepiness',
      ],
      whenToCall:
        'Get help right away for severe stomach pain, yellow skin or eyes, vomiting, confusion, or unusual bruising or bleeding. Tell your prescriber at once if you might be pregnant or plan to become pregnant.',
      missedDose: MISSED_SKIP_IF_NEAR_NEXT,
      questionsToAsk: [
        'What birth control should I use while taking this?',
        'How often will I need blood tests?',
        'What blood level are we aiming for?',
        'Does this interact with my other medicines, such as lamotrigine?',
      ],
    },
    discontinuationRisk: 'moderate',
    halfLifeHours: 12,
    sources: [
      'label-valproate',
      'fb-fda-dsc-valproate-2013',
      'fb-fda-ddi-table',
      'fb-canmat-bipolar-2018',
      'fb-rxnorm',
    ],
  },
  {
    name: 'carbamazepine',
    rxnorm: '2002',
    brands: ['Tegretol', 'Tegretol XR', 'Equetro', 'Carbatrol', 'Epitol'],
    classes: ['mood-stabilizer', 'anticonvulsant'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 400, max: 1600 },
      maxDailyMg: 1600,
      minEffectiveDailyMg: 400,
      startingDailyMg: 400,
      strengthsMg: [100, 150, 200, 300, 400],
      liquidAvailable: true,
      titration:
        'Bipolar (Equetro extended-release): 400 mg/day in two divided doses, increased by 200 mg/day to response; doses above 1600 mg/day have not been studied. Autoinduction lowers levels over the first 2–4 weeks, so recheck the level and adjust.',
      timeToEffect: 'Antimanic effect in 1–3 weeks.',
    },
    boxedWarnings: [
      'Serious dermatologic reactions (Stevens-Johnson syndrome and toxic epidermal necrolysis), strongly associated with HLA-B*1502. Test patients of at-risk ancestry (many Asian populations) before starting; do not use in HLA-B*1502-positive patients unless the benefit clearly outweighs the risk.',
      'Aplastic anemia and agranulocytosis. Obtain complete blood counts before treatment; consider stopping if significant bone-marrow depression develops.',
    ],
    pregnancy: {
      risk: 'avoid',
      note: 'Teratogen: neural tube defects (about 1%), craniofacial and cardiac defects. Avoid for bipolar disorder in pregnancy when alternatives exist; folic acid supplementation. Carbamazepine lowers hormonal contraceptive levels, so a non-hormonal or IUD method is needed.',
    },
    lactation:
      'Passes into breast milk in moderate amounts; generally considered acceptable with monitoring of the infant for sedation, poor feeding and jaundice.',
    renal: null,
    hepatic:
      'Use with caution in hepatic impairment; check liver tests at baseline and periodically; stop if active liver disease or a marked rise in liver tests occurs.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'major', narrowTherapeuticIndex: true }],
      inhibits: [],
      induces: [
        { enzyme: 'CYP3A4', strength: 'strong' },
        { enzyme: 'CYP2B6', strength: 'moderate' },
        { enzyme: 'CYP2C9', strength: 'moderate' },
        { enzyme: 'CYP2C19', strength: 'moderate' },
        { enzyme: 'CYP1A2', strength: 'moderate' },
        { enzyme: 'UGT1A4', strength: 'moderate' },
        { enzyme: 'P-gp', strength: 'moderate' },
      ],
    },
    pd: {
      ...QUIET_PD,
      anticholinergicBurden: 2,
      hyponatremia: true,
      myelosuppressive: true,
    },
    monitoring: ['carbamazepine', 'pregnancy-test'],
    education: {
      purpose:
        'Carbamazepine is a mood stabilizer and seizure medicine. It treats manic and mixed episodes of bipolar disorder and some seizures and nerve pain.',
      howToTake:
        'Take with food. Swallow extended-release tablets whole; Equetro capsules may be opened and sprinkled on applesauce. Do not drink grapefruit juice. Your prescriber may test your genes (HLA-B*1502) before you start.',
      weeks1to2:
        'You may feel dizzy, sleepy or unsteady, or have nausea or blurred vision. Blood tests check your blood counts, liver, sodium and drug level.',
      weeks4to8:
        'The body speeds up its own breakdown of this medicine in the first month, so the dose may need to go up. Mood usually steadies within a few weeks.',
      commonSideEffects: [
        'dizziness',
        'sleepiness',
        'unsteady walking',
        'nausea or vomiting',
        'blurred or double vision',
      ],
      seriousSideEffects: [
        'serious skin reactions: rash with blisters, peeling skin or sores in the mouth',
        'low blood counts: fever, sore throat, mouth sores, easy bruising',
        'low sodium: headache, confusion, weakness',
        'liver problems',
      ],
      whenToCall:
        'Stop and call right away for any rash, fever, sore throat, mouth sores, easy bruising or yellow skin. Tell your prescriber before starting any new medicine, including birth control pills, because carbamazepine changes how many medicines work.',
      missedDose: MISSED_SKIP_IF_NEAR_NEXT,
      questionsToAsk: [
        'Do I need a genetic test before starting?',
        'Which of my other medicines does this affect?',
        'What birth control works with this medicine?',
        'How often will my blood be checked?',
      ],
    },
    discontinuationRisk: 'moderate',
    halfLifeHours: 15,
    sources: [
      'label-carbamazepine',
      'fb-fda-ddi-table',
      'fb-cpic-hla-cbz-2017',
      'fb-boustani-2008',
      'fb-rxnorm',
    ],
  },
  {
    name: 'oxcarbazepine',
    rxnorm: '32624',
    brands: ['Trileptal', 'Oxtellar XR'],
    classes: ['anticonvulsant'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 600, max: 2400 },
      maxDailyMg: 2400,
      startingDailyMg: 600,
      strengthsMg: [150, 300, 600],
      liquidAvailable: true,
      titration:
        'Label (epilepsy): 600 mg/day in two doses, increased by up to 600 mg/day at weekly intervals; 1200 mg/day recommended, up to 2400 mg/day. Psychiatric use (bipolar) is off-label.',
      timeToEffect:
        'Several weeks; used off-label in bipolar disorder with weaker evidence than carbamazepine.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Lower malformation risk than valproate or carbamazepine in registry data; levels of the active metabolite fall during pregnancy. Lowers hormonal contraceptive effectiveness.',
    },
    lactation: 'Passes into breast milk; limited data suggest it is acceptable with infant monitoring.',
    renal: 'CrCl below 30 mL/min: start at half the usual dose (300 mg/day) and titrate slowly.',
    hepatic: 'No adjustment in mild to moderate impairment; not studied in severe impairment.',
    metabolism: {
      substrateOf: [],
      inhibits: [{ enzyme: 'CYP2C19', strength: 'weak' }],
      induces: [{ enzyme: 'CYP3A4', strength: 'moderate' }],
    },
    pd: { ...QUIET_PD, anticholinergicBurden: 2, hyponatremia: true },
    monitoring: ['oxcarbazepine-sodium'],
    education: {
      purpose:
        'Oxcarbazepine is a seizure medicine that is sometimes used to help steady mood in bipolar disorder.',
      howToTake:
        'Take twice a day with or without food. Shake the liquid well and use the dosing syringe. Your prescriber may check your sodium level with a blood test.',
      weeks1to2: 'You may feel dizzy, sleepy or have double vision or nausea while the dose goes up.',
      weeks4to8: 'Side effects usually ease. Your sodium level may be checked again.',
      commonSideEffects: ['dizziness', 'sleepiness', 'double vision', 'nausea', 'unsteady walking'],
      seriousSideEffects: [
        'low sodium: headache, confusion, weakness, more seizures',
        'serious skin reactions',
        'allergic reactions, including in people allergic to carbamazepine',
      ],
      whenToCall:
        'Call right away for confusion, severe headache, unusual tiredness, a rash or swelling of the face or throat. Tell your prescriber if you use hormonal birth control, because it may not work as well.',
      missedDose: MISSED_SKIP_IF_NEAR_NEXT,
      questionsToAsk: [
        'Will you check my sodium level?',
        'Does this affect my birth control?',
        'How long before we know if it helps my mood?',
      ],
    },
    discontinuationRisk: 'moderate',
    halfLifeHours: 9,
    sources: ['label-oxcarbazepine', 'fb-cpic-hla-cbz-2017', 'fb-boustani-2008', 'fb-rxnorm'],
  },
  {
    name: 'lamotrigine',
    rxnorm: '28439',
    brands: ['Lamictal', 'Lamictal XR', 'Lamictal ODT', 'Lamictal CD', 'Subvenite'],
    classes: ['mood-stabilizer', 'anticonvulsant'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 100, max: 200 },
      maxDailyMg: 500,
      minEffectiveDailyMg: 100,
      startingDailyMg: 25,
      strengthsMg: [2, 5, 25, 50, 100, 150, 200, 250, 300],
      caps: [
        {
          when: { withDrug: 'valproate' },
          maxDailyMg: 100,
          reason:
            'Valproate roughly doubles lamotrigine levels: the bipolar target with valproate is 100 mg/day (half the usual 200 mg/day), reached by a slower schedule starting at 25 mg every other day.',
          sources: ['label-lamotrigine'],
        },
      ],
      titration:
        'Bipolar maintenance, no interacting drugs: 25 mg/day weeks 1–2, 50 mg/day weeks 3–4, 100 mg/day week 5, 200 mg/day from week 6. With valproate: 25 mg every other day weeks 1–2, 25 mg/day weeks 3–4, 50 mg/day week 5, 100 mg/day from week 6. With carbamazepine or other inducers (no valproate): 50 mg/day weeks 1–2, 100 mg/day weeks 3–4, then 200, 300 and up to 400 mg/day. Never exceed the escalation schedule (rash risk). Restart the titration if 5 or more half-lives have passed since the last dose. Epilepsy doses reach 500 mg/day.',
      timeToEffect:
        'About 6 weeks to reach the target dose; benefit for bipolar depression builds over several weeks after that.',
    },
    boxedWarnings: [
      'Serious skin rashes, including Stevens-Johnson syndrome and toxic epidermal necrolysis, and rash-related death. Risk is higher with valproate, with starting doses or escalation faster than recommended, and in children. Stop at the first sign of rash unless it is clearly not drug-related.',
    ],
    pregnancy: {
      risk: 'caution',
      note: 'Among the lower-risk mood stabilizers in pregnancy registries. Clearance rises markedly in pregnancy and falls after delivery: monitor levels and adjust.',
    },
    lactation:
      'Reaches meaningful infant levels; usually compatible with breastfeeding while watching the infant for rash, sleepiness and poor feeding.',
    renal: 'Reduced maintenance doses may work in significant renal impairment; use with caution.',
    hepatic:
      'Moderate or severe impairment without ascites: reduce initial, escalation and maintenance doses by about 25%. Severe impairment with ascites: reduce by about 50%.',
    metabolism: {
      substrateOf: [
        { enzyme: 'UGT1A4', fraction: 'major' },
        { enzyme: 'UGT2B7', fraction: 'minor' },
      ],
      inhibits: [],
      induces: [],
    },
    pd: { ...QUIET_PD },
    monitoring: ['lamotrigine-rash'],
    education: {
      purpose:
        'Lamotrigine is a mood stabilizer. It helps prevent new episodes of bipolar disorder, especially depression. It also treats seizures.',
      howToTake:
        'Take it exactly as your starter schedule says; the dose goes up slowly over about 6 weeks to lower the chance of a serious rash. Check that the pharmacy gave you the right tablets, because names like Lamictal look like other medicines.',
      weeks1to2:
        'The dose is still very low. Check your skin every day. Mild side effects can include headache, dizziness or nausea.',
      weeks4to8:
        'You reach your target dose around week 6. Serious rashes usually start in the first 8 weeks, so keep checking your skin. Mood benefit builds over the following weeks.',
      commonSideEffects: ['headache', 'dizziness', 'nausea', 'blurred or double vision', 'trouble sleeping'],
      seriousSideEffects: [
        'serious skin rash: rash with blisters, peeling, hives or sores in the mouth, eyes or genitals',
        'fever, swollen glands or swelling of the face (a body-wide allergic reaction)',
        'meningitis-like symptoms: headache, fever, stiff neck',
      ],
      whenToCall:
        'Call right away for ANY new rash, hives, fever, swollen glands or mouth sores. Tell your prescriber before starting or stopping valproate, carbamazepine or birth control pills, because they change the lamotrigine dose you need.',
      missedDose:
        'Take it as soon as you remember. If it is almost time for your next dose, skip the missed dose and do not double. If you miss 5 or more days in a row, do not restart on your own — call your prescriber, because you may need to start again at a low dose.',
      questionsToAsk: [
        'What is my starter schedule?',
        'What should I do if I get a rash?',
        'Do any of my other medicines change my dose?',
        'What if I miss several days?',
      ],
    },
    discontinuationRisk: 'moderate',
    halfLifeHours: 29,
    sources: ['label-lamotrigine', 'fb-canmat-bipolar-2018', 'fb-fda-ddi-table', 'fb-rxnorm'],
  },
  {
    name: 'topiramate',
    rxnorm: '38404',
    brands: ['Topamax', 'Trokendi XR', 'Qudexy XR', 'Eprontia'],
    classes: ['anticonvulsant'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 50, max: 300 },
      maxDailyMg: 400,
      startingDailyMg: 25,
      strengthsMg: [15, 25, 50, 100, 200],
      liquidAvailable: true,
      caps: [
        {
          when: { renalImpairment: true },
          maxDailyMg: 200,
          reason: 'CrCl below 70 mL/min: use half the usual adult dose.',
          sources: ['label-topiramate'],
        },
      ],
      titration:
        'Label (epilepsy): 25–50 mg/day, increased by 25–50 mg weekly to 200–400 mg/day in two doses. Psychiatric uses (alcohol use disorder, antipsychotic weight gain) are off-label and usually 50–300 mg/day.',
      timeToEffect: 'Several weeks at the target dose.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Increased risk of oral clefts and small-for-gestational-age infants after first-trimester exposure. At doses of 200 mg/day or more, lowers hormonal contraceptive effectiveness.',
    },
    lactation: 'Passes into breast milk; watch the infant for diarrhea, sleepiness and poor weight gain.',
    renal:
      'Mostly excreted unchanged. CrCl below 70 mL/min: half the usual dose. Kidney stones and metabolic acidosis can occur.',
    hepatic: 'Clearance may be reduced; use with caution.',
    metabolism: {
      substrateOf: [{ enzyme: 'CYP3A4', fraction: 'minor' }],
      inhibits: [{ enzyme: 'CYP2C19', strength: 'weak' }],
      induces: [{ enzyme: 'CYP3A4', strength: 'weak' }],
      renallyCleared: true,
    },
    pd: { ...QUIET_PD },
    monitoring: ['pregnancy-test'],
    education: {
      purpose:
        'Topiramate is a seizure and migraine medicine. In mental health care it is sometimes used to reduce drinking or to help with weight gain from other medicines.',
      howToTake:
        'Take with or without food. Swallow tablets whole because they taste bitter. Drink plenty of water every day to help prevent kidney stones.',
      weeks1to2:
        'You may notice tingling in your hands or feet, a change in how drinks taste, tiredness or slowed thinking. The dose goes up slowly.',
      weeks4to8: 'Side effects often ease. Some people lose appetite and weight.',
      commonSideEffects: [
        'tingling in hands or feet',
        'trouble finding words or slowed thinking',
        'tiredness',
        'loss of appetite and weight loss',
        'change in taste',
      ],
      seriousSideEffects: [
        'sudden eye pain or blurred vision (a type of glaucoma)',
        'kidney stones',
        'decreased sweating and high body temperature',
        'fast breathing or tiredness from acid build-up in the blood',
        'mood changes or thoughts of suicide',
      ],
      whenToCall:
        'Get help right away for sudden eye pain or vision change, severe back or side pain, or thoughts of harming yourself. Tell your prescriber if you could become pregnant.',
      missedDose: MISSED_SKIP_IF_NEAR_NEXT,
      questionsToAsk: [
        'How will this affect my thinking and memory?',
        'Does this affect my birth control?',
        'How much water should I drink?',
      ],
    },
    discontinuationRisk: 'moderate',
    halfLifeHours: 21,
    sources: ['label-topiramate', 'fb-apa-aud-2018', 'fb-rxnorm'],
  },
  {
    name: 'gabapentin',
    rxnorm: '25480',
    brands: ['Neurontin', 'Gralise', 'Horizant'],
    classes: ['gabapentinoid', 'anticonvulsant'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 900, max: 1800 },
      maxDailyMg: 3600,
      startingDailyMg: 300,
      strengthsMg: [100, 300, 400, 600, 800],
      liquidAvailable: true,
      caps: [
        {
          when: { renalImpairment: true },
          maxDailyMg: 1400,
          reason:
            'CrCl 30–59 mL/min: 400–1400 mg/day; 15–29 mL/min: 200–700 mg/day; below 15 mL/min: 100–300 mg/day (reduce in proportion to creatinine clearance).',
          sources: ['label-gabapentin'],
        },
      ],
      titration:
        'Label: 300 mg on day 1, 600 mg on day 2, 900 mg on day 3, then up to 1800 mg/day (postherpetic neuralgia) or 3600 mg/day (epilepsy) in three divided doses. Psychiatric uses (alcohol use disorder, anxiety) are off-label.',
      timeToEffect: 'Days to 2 weeks.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Limited human data; no clear malformation signal. Possible neonatal withdrawal with late-pregnancy use.',
    },
    lactation:
      'Passes into breast milk at low levels; generally considered acceptable with infant monitoring for sleepiness.',
    renal:
      'Cleared unchanged by the kidneys: reduce the dose in proportion to creatinine clearance (see caps); supplemental dose after hemodialysis.',
    hepatic: null,
    metabolism: { substrateOf: [], inhibits: [], induces: [], renallyCleared: true },
    pd: {
      ...QUIET_PD,
      cnsDepressant: 'moderate',
      respiratoryDepressant: true,
      misusePotential: 'low',
    },
    monitoring: ['renal'],
    education: {
      purpose:
        'Gabapentin treats nerve pain and seizures. Your prescriber may use it to help with anxiety, sleep or alcohol cravings.',
      howToTake:
        'Take it at evenly spaced times, usually three times a day. If you take an antacid with aluminum or magnesium, take gabapentin at least 2 hours later.',
      weeks1to2:
        'You may feel sleepy, dizzy or unsteady. Do not drive until you know how it affects you. Avoid alcohol and opioid pain medicines unless your prescriber says it is safe.',
      weeks4to8: 'Sleepiness often improves. Your prescriber will check whether it is helping at this dose.',
      commonSideEffects: [
        'sleepiness',
        'dizziness',
        'unsteady walking',
        'swelling of the feet or legs',
        'weight gain',
      ],
      seriousSideEffects: [
        'slow or shallow breathing, especially with opioids, alcohol or lung disease',
        'severe allergic reaction with rash, fever or swollen glands',
        'thoughts of suicide or unusual mood changes',
      ],
      whenToCall:
        'Get help right away for trouble breathing, bluish lips, extreme sleepiness or confusion. Call if you have a rash, swelling or new mood changes.',
      missedDose: MISSED_SKIP_IF_NEAR_NEXT,
      questionsToAsk: [
        'Is it safe with my other medicines that cause sleepiness?',
        'Does my kidney function change my dose?',
        'How should I stop this medicine if I no longer need it?',
      ],
    },
    discontinuationRisk: 'moderate',
    halfLifeHours: 6,
    sources: ['label-gabapentin', 'fb-fda-dsc-gabapentinoids-2019', 'fb-apa-aud-2018', 'fb-rxnorm'],
  },
  {
    name: 'pregabalin',
    rxnorm: '187832',
    brands: ['Lyrica', 'Lyrica CR'],
    classes: ['gabapentinoid', 'anticonvulsant'],
    psychiatric: true,
    schedule: 'V',
    dose: {
      usualDailyMg: { min: 150, max: 600 },
      maxDailyMg: 600,
      startingDailyMg: 150,
      strengthsMg: [25, 50, 75, 100, 150, 200, 225, 300],
      liquidAvailable: true,
      caps: [
        {
          when: { renalImpairment: true },
          maxDailyMg: 300,
          reason:
            'CrCl 30–60 mL/min: 75–300 mg/day; 15–30 mL/min: 25–150 mg/day; below 15 mL/min: 25–75 mg/day.',
          sources: ['label-pregabalin'],
        },
      ],
      titration:
        'Label: 150 mg/day in 2–3 doses, increased to 300 mg/day within a week and up to 600 mg/day (neuropathic pain, epilepsy). Anxiety use is off-label in the US.',
      timeToEffect: 'About 1 week.',
    },
    boxedWarnings: [],
    pregnancy: {
      risk: 'caution',
      note: 'Limited human data; a possible small increase in major malformations has been reported.',
    },
    lactation: 'Passes into breast milk; limited data.',
    renal: 'Cleared unchanged by the kidneys: reduce the dose by creatinine clearance (see caps).',
    hepatic: null,
    metabolism: { substrateOf: [], inhibits: [], induces: [], renallyCleared: true },
    pd: {
      ...QUIET_PD,
      cnsDepressant: 'moderate',
      respiratoryDepressant: true,
      misusePotential: 'moderate',
    },
    monitoring: ['renal', 'controlled-substance'],
    education: {
      purpose:
        'Pregabalin treats nerve pain, fibromyalgia and seizures. It is sometimes used for anxiety. It is a controlled medicine.',
      howToTake: 'Take it at the same times each day, with or without food. Do not share it with anyone.',
      weeks1to2:
        'You may feel dizzy, sleepy or have blurred vision. Do not drive until you know how it affects you. Avoid alcohol.',
      weeks4to8: 'Side effects often ease. Some people gain weight or notice swelling in the feet.',
      commonSideEffects: [
        'dizziness',
        'sleepiness',
        'dry mouth',
        'swelling of hands or feet',
        'weight gain',
        'blurred vision',
      ],
      seriousSideEffects: [
        'slow or shallow breathing, especially with opioids, alcohol or lung disease',
        'swelling of the face, mouth or throat (allergic reaction)',
        'thoughts of suicide or unusual mood changes',
      ],
      whenToCall:
        'Get help right away for trouble breathing, swelling of the face or throat, or extreme sleepiness. Do not stop suddenly; call your prescriber to plan a taper over at least a week.',
      missedDose: MISSED_SKIP_IF_NEAR_NEXT,
      questionsToAsk: [
        'Is it safe with my other medicines that cause sleepiness?',
        'Does my kidney function change my dose?',
        'How do I stop it safely?',
      ],
    },
    discontinuationRisk: 'moderate',
    halfLifeHours: 6,
    sources: ['label-pregabalin', 'fb-21cfr1308', 'fb-fda-dsc-gabapentinoids-2019', 'fb-rxnorm'],
  },
];
