import type { Source } from '../types.js';

/**
 * Sources for the monitoring (`mon-`), follow-up (`fu-`) and tapering (`taper-`) modules.
 * Ids are prefixed by module so they stay unique across the engine's source registry.
 */
export const MONITORING_SOURCES: Source[] = [
  // ------------------------------------------------------------------ monitoring protocols
  {
    id: 'mon-ada-apa-2004',
    citation:
      'American Diabetes Association, American Psychiatric Association, American Association of Clinical Endocrinologists, North American Association for the Study of Obesity. Consensus development conference on antipsychotic drugs and obesity and diabetes. Diabetes Care. 2004;27(2):596-601.',
    kind: 'consensus',
    url: 'https://doi.org/10.2337/diacare.27.2.596',
  },
  {
    id: 'mon-apa-schizophrenia-2020',
    citation:
      'Keepers GA, Fochtmann LJ, Anzia JM, et al. The American Psychiatric Association Practice Guideline for the Treatment of Patients With Schizophrenia, Third Edition (Table 1: suggested physical and laboratory assessments). Am J Psychiatry. 2020;177(9):868-872.',
    kind: 'guideline',
    url: 'https://doi.org/10.1176/appi.ajp.2020.177901',
  },
  {
    id: 'mon-nice-cg185',
    citation:
      'National Institute for Health and Care Excellence. Bipolar disorder: assessment and management (CG185), 2014, updated 2023 — lithium monitoring (levels 1 week after starting and each dose change, then every 3 months for the first year, then every 6 months; renal, thyroid, calcium, weight every 6 months) and stopping lithium gradually over at least 4 weeks.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/cg185',
  },
  {
    id: 'mon-label-lithium',
    citation:
      'Lithium carbonate tablets/capsules, US prescribing information (FDA label): boxed warning on lithium toxicity; serum concentrations as a trough 12 hours after the last dose; baseline renal function, thyroid function, electrolytes and pregnancy status.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=lithium+carbonate',
  },
  {
    id: 'mon-label-clozapine',
    citation:
      'Clozaril (clozapine) tablets, US prescribing information, HLS Therapeutics, revised 2025: boxed warning on severe neutropenia; ANC monitoring weekly for 6 months, every 2 weeks for months 6-12, monthly thereafter; dosage modifications by ANC for the general population and for benign ethnic neutropenia (sections 2.3-2.4).',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=clozaril',
  },
  {
    id: 'mon-fda-clozapine-rems-2025',
    citation:
      'US Food and Drug Administration. Information on clozapine: FDA no longer expects participation in the Clozapine REMS or ANC reporting before dispensing (24 Feb 2025); the Clozapine REMS was eliminated effective 13 Jun 2025. ANC monitoring at the labelled frequencies is still recommended.',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/postmarket-drug-safety-information-patients-and-providers/information-clozapine',
  },
  {
    id: 'mon-ronaldson-2011',
    citation:
      'Ronaldson KJ, Fitzgerald PB, Taylor AJ, Topliss DJ, McNeil JJ. A new monitoring protocol for clozapine-induced myocarditis based on an analysis of 75 cases and 94 controls. Aust N Z J Psychiatry. 2011;45(6):458-465.',
    kind: 'paper',
    url: 'https://doi.org/10.3109/00048674.2011.572852',
  },
  {
    id: 'mon-label-valproate',
    citation:
      'Depakote (divalproex sodium) delayed-release tablets, US prescribing information, AbbVie: boxed warnings (hepatotoxicity with liver tests before and at frequent intervals especially in the first 6 months, fetal risk, pancreatitis); thrombocytopenia risk above total trough levels of 110 mcg/mL (women) or 135 mcg/mL (men); mania trough target 50-125 mcg/mL.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=depakote',
  },
  {
    id: 'mon-label-carbamazepine',
    citation:
      'Tegretol (carbamazepine), US prescribing information, Novartis: boxed warnings on serious dermatologic reactions with HLA-B*1502 and on aplastic anemia/agranulocytosis (pretreatment and periodic blood counts); liver tests and sodium; usual therapeutic level 4-12 mcg/mL; autoinduction.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=tegretol',
  },
  {
    id: 'mon-label-oxcarbazepine',
    citation:
      'Trileptal (oxcarbazepine), US prescribing information, Novartis: clinically significant hyponatremia, mostly in the first 3 months; consider serum sodium during maintenance treatment.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=trileptal',
  },
  {
    id: 'mon-label-lamotrigine',
    citation:
      'Lamictal (lamotrigine), US prescribing information, GlaxoSmithKline: boxed warning on serious skin rashes (most within 2-8 weeks of starting); discontinue at the first sign of rash; when stopping, taper over at least 2 weeks (about 50% per week).',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=lamictal',
  },
  {
    id: 'mon-aha-qt-2010',
    citation:
      'Drew BJ, Ackerman MJ, Funk M, et al. Prevention of torsade de pointes in hospital settings: a scientific statement from the American Heart Association and the American College of Cardiology Foundation. Circulation. 2010;121(8):1047-1060.',
    kind: 'consensus',
    url: 'https://doi.org/10.1161/CIRCULATIONAHA.109.192704',
  },
  {
    id: 'mon-goldenberg-2006',
    citation:
      'Goldenberg I, Moss AJ, Zareba W. QT interval: how to measure it and what is "normal". J Cardiovasc Electrophysiol. 2006;17(3):333-336 (prolonged QTc: above 450 ms in men, above 470 ms in women).',
    kind: 'paper',
    url: 'https://doi.org/10.1111/j.1540-8167.2006.00408.x',
  },
  {
    id: 'mon-fda-citalopram-2012',
    citation:
      'US Food and Drug Administration. Drug Safety Communication: revised recommendations for Celexa (citalopram) related to a potential risk of abnormal heart rhythms with high doses (Aug 2011, revised Mar 2012).',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-revised-recommendations-celexa-citalopram-hydrobromide-related',
  },
  {
    id: 'mon-aap-adhd-2019',
    citation:
      'Wolraich ML, Hagan JF, Allan C, et al. Clinical practice guideline for the diagnosis, evaluation, and treatment of attention-deficit/hyperactivity disorder in children and adolescents. Pediatrics. 2019;144(4):e20192528.',
    kind: 'guideline',
    url: 'https://doi.org/10.1542/peds.2019-2528',
  },
  {
    id: 'mon-fda-stimulant-2023',
    citation:
      'US Food and Drug Administration. Drug Safety Communication: FDA requiring Boxed Warning updated to improve safe use of prescription stimulants (11 May 2023) — assess misuse risk before and during treatment.',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-prescription-stimulants',
  },
  {
    id: 'mon-label-guanfacine-er',
    citation:
      'Intuniv (guanfacine extended-release), US prescribing information, Takeda: hypotension, bradycardia and syncope — measure heart rate and blood pressure before starting, after dose increases and periodically; when stopping, taper by no more than 1 mg every 3 to 7 days to avoid rebound hypertension.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=intuniv',
  },
  {
    id: 'mon-label-clonidine-er',
    citation:
      'Kapvay (clonidine extended-release), US prescribing information, Concordia: when stopping, taper the total daily dose by no more than 0.1 mg every 3 to 7 days to avoid rebound hypertension.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=kapvay',
  },
  {
    id: 'mon-fda-antidepressant-boxed',
    citation:
      'US Food and Drug Administration. Antidepressant class boxed warning on suicidality in children and adolescents (2004), extended to young adults aged 18-24 (2007): monitor closely for clinical worsening, suicidality and unusual changes in behaviour, especially during the first few months and after dose changes. The 2004 Medication Guide described weekly contact for 4 weeks, every 2 weeks for the next 4 weeks, then at 12 weeks.',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/postmarket-drug-safety-information-patients-and-providers/suicidality-children-and-adolescents-being-treated-antidepressant-medications',
  },
  {
    id: 'mon-label-venlafaxine',
    citation:
      'Effexor XR (venlafaxine extended-release), US prescribing information, Wyeth/Pfizer: sustained hypertension — measure blood pressure before starting and regularly during treatment.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=effexor+xr',
  },
  {
    id: 'mon-label-spravato',
    citation:
      'Spravato (esketamine) nasal spray, US prescribing information and REMS, Janssen: administered under supervision in a certified setting; blood pressure before dosing and about 40 minutes after; observe for at least 2 hours; induction twice weekly for 4 weeks, weekly for weeks 5-8, then weekly or every 2 weeks.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=spravato',
  },
  {
    id: 'mon-jacob-2006',
    citation:
      'Jacob S, Spinler SA. Hyponatremia associated with selective serotonin-reuptake inhibitors in older adults. Ann Pharmacother. 2006;40(9):1618-1622.',
    kind: 'paper',
    url: 'https://doi.org/10.1345/aph.1G293',
  },
  {
    id: 'mon-spasovski-2014',
    citation:
      'Spasovski G, Vanholder R, Allolio B, et al. Clinical practice guideline on diagnosis and treatment of hyponatraemia. Eur J Endocrinol. 2014;170(3):G1-G47 (mild 130-135, moderate 125-129, profound below 125 mmol/L).',
    kind: 'guideline',
    url: 'https://doi.org/10.1530/EJE-13-1020',
  },
  {
    id: 'mon-fda-dili-2009',
    citation:
      'US Food and Drug Administration. Guidance for Industry. Drug-Induced Liver Injury: Premarketing Clinical Evaluation. July 2009 (aminotransferase elevations above 3x, 5x and 8x the upper limit of normal).',
    kind: 'regulation',
    url: 'https://www.fda.gov/regulatory-information/search-fda-guidance-documents/drug-induced-liver-injury-premarketing-clinical-evaluation',
  },
  {
    id: 'mon-ada-standards-2025',
    citation:
      'American Diabetes Association Professional Practice Committee. 2. Diagnosis and classification of diabetes: Standards of Care in Diabetes—2025. Diabetes Care. 2025;48(Suppl 1):S27-S49 (diabetes: A1C ≥6.5% or fasting glucose ≥126 mg/dL; prediabetes: A1C 5.7-6.4% or fasting glucose 100-125 mg/dL; hypoglycaemia below 70 mg/dL).',
    kind: 'guideline',
    url: 'https://doi.org/10.2337/dc25-S002',
  },
  {
    id: 'mon-ncep-atp3-2002',
    citation:
      'National Cholesterol Education Program Expert Panel. Third Report of the NCEP Expert Panel on Detection, Evaluation, and Treatment of High Blood Cholesterol in Adults (Adult Treatment Panel III) final report. Circulation. 2002;106(25):3143-3421 (LDL and triglyceride categories; waist circumference above 102 cm in men and 88 cm in women).',
    kind: 'guideline',
    url: 'https://doi.org/10.1161/circ.106.25.3143',
  },
  {
    id: 'mon-acc-aha-cholesterol-2018',
    citation:
      'Grundy SM, Stone NJ, Bailey AL, et al. 2018 AHA/ACC/AACVPR/AAPA/ABC/ACPM/ADA/AGS/APhA/ASPC/NLA/PCNA Guideline on the Management of Blood Cholesterol. Circulation. 2019;139(25):e1082-e1143 (LDL-C ≥190 mg/dL: high-intensity statin without risk calculation).',
    kind: 'guideline',
    url: 'https://doi.org/10.1161/CIR.0000000000000625',
  },
  {
    id: 'mon-acc-aha-bp-2017',
    citation:
      'Whelton PK, Carey RM, Aronow WS, et al. 2017 ACC/AHA/AAPA/ABC/ACPM/AGS/APhA/ASH/ASPC/NMA/PCNA Guideline for the Prevention, Detection, Evaluation, and Management of High Blood Pressure in Adults. Hypertension. 2018;71(6):e13-e115 (stage 1: 130-139/80-89; stage 2: ≥140/≥90; severe: >180 and/or >120 mm Hg).',
    kind: 'guideline',
    url: 'https://doi.org/10.1161/HYP.0000000000000065',
  },
  {
    id: 'mon-acc-aha-bradycardia-2018',
    citation:
      'Kusumoto FM, Schoenfeld MH, Barrett C, et al. 2018 ACC/AHA/HRS Guideline on the Evaluation and Management of Patients With Bradycardia and Cardiac Conduction Delay. Circulation. 2019;140(8):e382-e482 (sinus bradycardia below 50 bpm; sinus tachycardia above 100 bpm).',
    kind: 'guideline',
    url: 'https://doi.org/10.1161/CIR.0000000000000628',
  },
  {
    id: 'mon-kdigo-ckd-2012',
    citation:
      'Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group. KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease. Kidney Int Suppl. 2013;3(1):1-150 (GFR categories G3a 45-59, G3b 30-44, G4 15-29, G5 below 15).',
    kind: 'guideline',
    url: 'https://kdigo.org/guidelines/ckd-evaluation-and-management/',
  },
  {
    id: 'mon-kdigo-aki-2012',
    citation:
      'Kidney Disease: Improving Global Outcomes (KDIGO) Acute Kidney Injury Work Group. KDIGO Clinical Practice Guideline for Acute Kidney Injury. Kidney Int Suppl. 2012;2(1):1-138 (serum creatinine ≥1.5 times baseline, or a rise ≥0.3 mg/dL within 48 h).',
    kind: 'guideline',
    url: 'https://kdigo.org/guidelines/acute-kidney-injury/',
  },
  {
    id: 'mon-inker-2021',
    citation:
      'Inker LA, Eneanya ND, Coresh J, et al. New creatinine- and cystatin C-based equations to estimate GFR without race. N Engl J Med. 2021;385(19):1737-1749. The engine codes eGFR as LOINC 98979-8 (CKD-EPI 2021, race-free); 62238-1 (CKD-EPI 2009) and 33914-3 (MDRD) are accepted as synonyms.',
    kind: 'paper',
    url: 'https://doi.org/10.1056/NEJMoa2102953',
  },
  {
    id: 'mon-surks-2004',
    citation:
      'Surks MI, Ortiz E, Daniels GH, et al. Subclinical thyroid disease: scientific review and guidelines for diagnosis and management. JAMA. 2004;291(2):228-238 (TSH reference range 0.45-4.5 mIU/L; treatment usually considered above 10 mIU/L).',
    kind: 'paper',
    url: 'https://doi.org/10.1001/jama.291.2.228',
  },
  {
    id: 'mon-minisola-2015',
    citation:
      'Minisola S, Pepe J, Piemonte S, Cipriani C. The diagnosis and management of hypercalcaemia. BMJ. 2015;350:h2723 (mild below 12 mg/dL, moderate 12-14 mg/dL, severe above 14 mg/dL).',
    kind: 'paper',
    url: 'https://doi.org/10.1136/bmj.h2723',
  },
  {
    id: 'mon-melmed-2011',
    citation:
      'Melmed S, Casanueva FF, Hoffman AR, et al. Diagnosis and treatment of hyperprolactinemia: an Endocrine Society clinical practice guideline. J Clin Endocrinol Metab. 2011;96(2):273-288.',
    kind: 'guideline',
    url: 'https://doi.org/10.1210/jc.2010-1692',
  },
  {
    id: 'mon-who-bmi-2000',
    citation:
      'World Health Organization. Obesity: preventing and managing the global epidemic. WHO Technical Report Series 894. Geneva: WHO; 2000 (BMI below 18.5 underweight, 25-29.9 overweight, 30 or more obesity, 40 or more class III).',
    kind: 'guideline',
    url: 'https://iris.who.int/handle/10665/42330',
  },
  {
    id: 'mon-loinc',
    citation:
      'Regenstrief Institute. LOINC — Logical Observation Identifiers Names and Codes, version 2.80 (2025). Codes used for each monitored test (e.g. lithium 14334-7, TSH 3016-3, creatinine 2160-0, ANC 751-8, QTc 8636-3, lipid panel 57698-3).',
    kind: 'database',
    url: 'https://loinc.org',
  },
  {
    id: 'mon-cdc-opioids-2022',
    citation:
      'Dowell D, Ragan KR, Jones CM, Baldwin GT, Chou R. CDC Clinical Practice Guideline for Prescribing Opioids for Pain — United States, 2022. MMWR Recomm Rep. 2022;71(3):1-95 (review the PDMP before starting and at least every 3 months; consider toxicology testing at least annually).',
    kind: 'guideline',
    url: 'https://doi.org/10.15585/mmwr.rr7103a1',
  },
  {
    id: 'mon-asam-oud-2020',
    citation:
      'American Society of Addiction Medicine. The ASAM National Practice Guideline for the Treatment of Opioid Use Disorder: 2020 Focused Update. J Addict Med. 2020;14(2S Suppl 1):1-91 (urine drug testing and PDMP review at initiation and at a frequency matched to stability).',
    kind: 'guideline',
    url: 'https://doi.org/10.1097/ADM.0000000000000633',
  },
  {
    id: 'mon-label-naltrexone',
    citation:
      'Naltrexone hydrochloride tablets and Vivitrol (naltrexone extended-release injectable suspension), US prescribing information: hepatotoxicity — liver function tests at baseline and periodically.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=naltrexone',
  },

  // ------------------------------------------------------------------ follow-up policy
  {
    id: 'fu-nice-ng222',
    citation:
      'National Institute for Health and Care Excellence. Depression in adults: treatment and management (NG222), 2022 — first review usually within 2 weeks of starting an antidepressant, after 1 week for people aged 18-25 or at increased risk of suicide, then no later than 4 weeks (recommendations 1.4.11 and 1.4.24); stopping antidepressants by proportionate reductions (section 1.8).',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng222',
  },
  {
    id: 'fu-nice-cg90',
    citation:
      'National Institute for Health and Care Excellence. Depression in adults: recognition and management (CG90), 2009 — see people starting antidepressants after 2 weeks, then every 2-4 weeks for the first 3 months, then at longer intervals if response is good (superseded by NG222 in 2022).',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/cg90',
  },
  {
    id: 'fu-apa-mdd-2010',
    citation:
      'Gelenberg AJ, Freeman MP, Markowitz JC, et al. American Psychiatric Association Practice Guideline for the Treatment of Patients With Major Depressive Disorder, Third Edition. 2010 (acute, continuation and maintenance phases; visit frequency matched to severity, suicide risk and side effects).',
    kind: 'guideline',
    url: 'https://psychiatryonline.org/pb/assets/raw/sitewide/practice_guidelines/guidelines/mdd.pdf',
  },
  {
    id: 'fu-apa-bipolar-2002',
    citation:
      'Hirschfeld RMA, Bowden CL, Gitlin MJ, et al. American Psychiatric Association Practice Guideline for the Treatment of Patients With Bipolar Disorder (Revision). Am J Psychiatry. 2002;159(4 Suppl):1-50 (antidepressants can precipitate mania or mixed states; close monitoring after starting).',
    kind: 'guideline',
    url: 'https://psychiatryonline.org/pb/assets/raw/sitewide/practice_guidelines/guidelines/bipolar.pdf',
  },
  {
    id: 'fu-hedis-fuh',
    citation:
      'National Committee for Quality Assurance. HEDIS MY 2025 Technical Specifications: Follow-Up After Hospitalization for Mental Illness (FUH) — follow-up with a mental health provider within 7 and within 30 days after discharge (ages 6 and older; a visit on the day of discharge does not count; telehealth visits count).',
    kind: 'guideline',
    url: 'https://www.ncqa.org/hedis/measures/follow-up-after-hospitalization-for-mental-illness/',
  },
  {
    id: 'fu-hedis-fum',
    citation:
      'National Committee for Quality Assurance. HEDIS MY 2025 Technical Specifications: Follow-Up After Emergency Department Visit for Mental Illness (FUM) — follow-up within 7 and within 30 days of the ED visit.',
    kind: 'guideline',
    url: 'https://www.ncqa.org/hedis/measures/follow-up-after-emergency-department-visit-for-mental-illness/',
  },
  {
    id: 'fu-hedis-add',
    citation:
      'National Committee for Quality Assurance. HEDIS MY 2025 Technical Specifications: Follow-Up Care for Children Prescribed ADHD Medication (ADD-E) — one visit with a prescriber within 30 days of the first dispensing (initiation phase) and two more within the following 9 months (ages 6-12).',
    kind: 'guideline',
    url: 'https://www.ncqa.org/hedis/measures/follow-up-care-for-children-prescribed-adhd-medication/',
  },
  {
    id: 'fu-cssrs',
    citation:
      'Posner K, Brown GK, Stanley B, et al. The Columbia-Suicide Severity Rating Scale: initial validity and internal consistency findings. Am J Psychiatry. 2011;168(12):1266-1277; C-SSRS Screen Version with triage guidance (Columbia Lighthouse Project): high risk — immediate evaluation and safety precautions; moderate — behavioural health consultation and consider precautions; low — referral and follow-up.',
    kind: 'consensus',
    url: 'https://cssrs.columbia.edu/',
  },
  {
    id: 'fu-apa-suicide-2003',
    citation:
      'Jacobs DG, Baldessarini RJ, Conwell Y, et al. American Psychiatric Association Practice Guideline for the Assessment and Treatment of Patients With Suicidal Behaviors. Am J Psychiatry. 2003;160(11 Suppl):1-60 (guidelines for selecting a treatment setting: admission generally indicated with a plan of high lethality or high intent or after a recent serious attempt; outpatient care with close follow-up when risk is lower and supports are adequate).',
    kind: 'guideline',
    url: 'https://psychiatryonline.org/pb/assets/raw/sitewide/practice_guidelines/guidelines/suicide.pdf',
  },
  {
    id: 'fu-kroenke-2001',
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613 (5, 10, 15 and 20 as cut-points for mild, moderate, moderately severe and severe depression).',
    kind: 'paper',
    url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x',
  },
  {
    id: 'fu-lowe-2004',
    citation:
      'Löwe B, Unützer J, Callahan CM, Perkins AJ, Kroenke K. Monitoring depression treatment outcomes with the Patient Health Questionnaire-9. Med Care. 2004;42(12):1194-1201 (a change of 5 points is clinically significant).',
    kind: 'paper',
    url: 'https://doi.org/10.1097/00005650-200412000-00006',
  },
  {
    id: 'fu-dea-telemedicine-2026',
    citation:
      'Drug Enforcement Administration and Department of Health and Human Services. Fourth Temporary Extension of COVID-19 Telemedicine Flexibilities for Prescription of Controlled Medications. Federal Register, December 2025 (amends 21 CFR 1307.41 and 42 CFR 12.1; flexibilities in effect 1 January through 31 December 2026).',
    kind: 'regulation',
    url: 'https://www.federalregister.gov/',
  },
  {
    id: 'fu-ryan-haight-2008',
    citation:
      'Ryan Haight Online Pharmacy Consumer Protection Act of 2008, Pub. L. 110-425; 21 U.S.C. 829(e) — a controlled substance may be prescribed via the Internet only after at least one in-person medical evaluation, unless an exception for the practice of telemedicine applies.',
    kind: 'regulation',
    url: 'https://www.deadiversion.usdoj.gov/',
  },
  {
    id: 'fu-dea-buprenorphine-2025',
    citation:
      'Drug Enforcement Administration and Department of Health and Human Services. Expansion of Buprenorphine Treatment via Telemedicine Encounter. Final rule, 90 FR 6504 (17 January 2025): buprenorphine for opioid use disorder may be started by telemedicine, including audio-only, for an initial supply of up to 6 months with a PDMP check.',
    kind: 'regulation',
    url: 'https://www.federalregister.gov/documents/2025/01/17/2025-01049/expansion-of-buprenorphine-treatment-via-telemedicine-encounter',
  },

  // ------------------------------------------------------------------ tapering
  {
    id: 'taper-horowitz-2019',
    citation:
      'Horowitz MA, Taylor D. Tapering of SSRI treatment to mitigate withdrawal symptoms. Lancet Psychiatry. 2019;6(6):538-546 — reduce hyperbolically (a roughly constant fraction of the most recent dose), over months, to doses far below the minimum therapeutic dose before stopping; liquid formulations may be needed.',
    kind: 'paper',
    url: 'https://doi.org/10.1016/S2215-0366(19)30032-X',
  },
  {
    id: 'taper-horowitz-2021',
    citation:
      'Horowitz MA, Jauhar S, Natesan S, Murray RM, Taylor D. A method for tapering antipsychotic treatment that may minimize the risk of relapse. Schizophr Bull. 2021;47(4):1116-1129 — reduce by one quarter (or one half) of the most recent dose at intervals of 3-6 months (some patients prefer 10% or less each month); final doses may need to be as small as 1/40th of a therapeutic dose.',
    kind: 'paper',
    url: 'https://doi.org/10.1093/schbul/sbab017',
  },
  {
    id: 'taper-maudsley-2024',
    citation:
      'Horowitz MA, Taylor DM. The Maudsley Deprescribing Guidelines: Antidepressants, Benzodiazepines, Gabapentinoids and Z-drugs. Chichester: Wiley-Blackwell; 2024.',
    kind: 'textbook',
    url: 'https://doi.org/10.1002/9781394291465',
  },
  {
    id: 'taper-nice-ng215',
    citation:
      'National Institute for Health and Care Excellence. Medicines associated with dependence or withdrawal symptoms: safe prescribing and withdrawal management for adults (NG215), 2022 — taper gradually with reductions proportionate to the current dose, slower at lower doses, agreed with the person.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/ng215',
  },
  {
    id: 'taper-joint-bzd-2025',
    citation:
      'Brunner E, Chen CA, Klein T, et al. Joint Clinical Practice Guideline on Benzodiazepine Tapering: Considerations When Risks Outweigh Benefits. J Gen Intern Med. 2025. doi:10.1007/s11606-025-09499-2 (ASAM with nine societies): typical initial reductions of 5-10% every 2-4 weeks, generally not more than 25% every 2 weeks; reassess risks and benefits at least every 3 months; Table of approximate equivalents to diazepam 10 mg (Ashton 2002 and VA/DoD 2021).',
    kind: 'guideline',
    url: 'https://www.asam.org/quality-care/clinical-guidelines/benzodiazepine-tapering',
  },
  {
    id: 'taper-ashton-2002',
    citation:
      'Ashton CH. Benzodiazepines: How They Work and How to Withdraw (The Ashton Manual). University of Newcastle upon Tyne; 2002 (benzodiazepine equivalence table revised April 2007): approximate oral doses equivalent to diazepam 10 mg.',
    kind: 'textbook',
    url: 'https://www.benzo.org.uk/manual/',
  },
  {
    id: 'taper-label-fluoxetine',
    citation:
      'Prozac (fluoxetine), US prescribing information, Eli Lilly: allow at least 5 weeks after stopping fluoxetine before starting an MAOI, and at least 14 days after stopping an MAOI before starting fluoxetine.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=prozac',
  },
  {
    id: 'taper-label-maoi',
    citation:
      'Nardil (phenelzine) and Emsam (selegiline transdermal), US prescribing information: contraindicated with SSRIs, SNRIs, TCAs, bupropion and other serotonergic or sympathomimetic drugs; at least 14 days must elapse between stopping an MAOI and starting these drugs, and after stopping most antidepressants before starting an MAOI.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=nardil',
  },
  {
    id: 'taper-maudsley-switching-2021',
    citation:
      'Taylor DM, Barnes TRE, Young AH. The Maudsley Prescribing Guidelines in Psychiatry, 14th ed. Chichester: Wiley-Blackwell; 2021 — switching antidepressants and antipsychotics (direct switch within a class at equivalent doses; otherwise cross-taper over 1-4 weeks; washouts for MAOIs and from fluoxetine).',
    kind: 'textbook',
    url: 'https://doi.org/10.1002/9781119870203',
  },
];
