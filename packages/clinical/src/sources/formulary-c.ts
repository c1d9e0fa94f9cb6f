import type { Source } from '../types.js';

/**
 * Sources for formulary group C: the non-psychiatric drugs that matter when they meet psychiatric
 * ones (opioids, MAO-inhibiting anti-infectives, triptans, NSAIDs, antihypertensives, anti-infective
 * enzyme inhibitors and inducers, hormonal contraceptives, anticoagulants, acid suppressants,
 * antiemetics, muscle relaxants, antiarrhythmics…).
 *
 * Label ids are `label-<generic>` for the drugs of this group only (no other group lists them);
 * every other id carries the `fc-` prefix so it cannot collide with another group's list. Labels
 * point at DailyMed, where the current FDA-approved prescribing information and its revision date
 * are kept.
 */

function dailymed(query: string): string {
  return `https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=${encodeURIComponent(query)}`;
}

function label(generic: string, citation: string, query: string = generic): Source {
  return {
    id: `label-${generic.replace(/[^a-z0-9]+/g, '-')}`,
    citation,
    kind: 'label',
    url: dailymed(query),
  };
}

const LABELS: Source[] = [
  // Opioid analgesics
  label(
    'tramadol',
    'Janssen. ULTRAM (tramadol hydrochloride) tablets and generic tramadol immediate- and extended-release products: FDA-approved prescribing information (opioid class boxed warning including ultra-rapid metabolism in children and CYP2D6/CYP3A4 interactions; serotonin syndrome; seizure risk). DailyMed.',
  ),
  label(
    'meperidine',
    'Validus. DEMEROL (meperidine hydrochloride) tablets and oral solution: FDA-approved prescribing information (opioid class boxed warning; contraindicated with or within 14 days of MAO inhibitors). DailyMed.',
  ),
  label(
    'tapentadol',
    'Collegium. NUCYNTA (tapentadol) tablets and NUCYNTA ER extended-release tablets: FDA-approved prescribing information (opioid class boxed warning; serotonin syndrome; seizures; contraindicated with MAO inhibitors). DailyMed.',
  ),
  label(
    'oxycodone',
    'Purdue Pharma. OXYCONTIN (oxycodone hydrochloride) extended-release tablets and ROXICODONE (oxycodone) tablets: FDA-approved prescribing information (opioid class boxed warning including CYP3A4 interaction). DailyMed.',
  ),
  label(
    'hydrocodone',
    'Purdue Pharma. HYSINGLA ER (hydrocodone bitartrate) extended-release tablets, and hydrocodone bitartrate/acetaminophen tablets: FDA-approved prescribing information (opioid class boxed warning including CYP3A4 interaction; QT prolongation with Hysingla ER). DailyMed.',
  ),
  label(
    'morphine',
    'Purdue Pharma. MS CONTIN (morphine sulfate) extended-release tablets and morphine sulfate immediate-release tablets and oral solution: FDA-approved prescribing information (opioid class boxed warning). DailyMed.',
  ),
  label(
    'hydromorphone',
    'Fresenius Kabi / Purdue. DILAUDID (hydromorphone hydrochloride) tablets and oral solution: FDA-approved prescribing information (opioid class boxed warning). DailyMed.',
  ),
  label(
    'fentanyl',
    'Janssen. DURAGESIC (fentanyl transdermal system) and Teva. ACTIQ / FENTORA (fentanyl buccal): FDA-approved prescribing information (opioid class boxed warning, opioid-tolerant patients only, CYP3A4 interaction, heat exposure). DailyMed.',
  ),
  label(
    'codeine',
    'Codeine sulfate tablets and acetaminophen/codeine phosphate products (TYLENOL with Codeine): FDA-approved prescribing information (opioid class boxed warning; ultra-rapid metabolism of codeine; contraindicated under 12 years and after tonsillectomy/adenoidectomy under 18). DailyMed.',
    'codeine sulfate',
  ),
  label(
    'oxymorphone',
    'Oxymorphone hydrochloride immediate-release and extended-release tablets: FDA-approved prescribing information (opioid class boxed warning; contraindicated in moderate or severe hepatic impairment). DailyMed.',
  ),
  // MAO-inhibiting anti-infectives and dyes
  label(
    'linezolid',
    'Pfizer. ZYVOX (linezolid) tablets, oral suspension and injection: FDA-approved prescribing information (reversible non-selective MAO inhibitor; serotonin syndrome; myelosuppression; contraindicated with MAO inhibitors). DailyMed.',
  ),
  label(
    'methylene-blue',
    'Provepharm / American Regent. PROVAYBLUE (methylene blue) injection: FDA-approved prescribing information (boxed warning: serotonin syndrome with serotonergic drugs). DailyMed.',
    'provayblue',
  ),
  // Triptans
  label(
    'sumatriptan',
    'GlaxoSmithKline. IMITREX (sumatriptan) tablets, nasal spray and injection: FDA-approved prescribing information (contraindicated with MAO-A inhibitors or within 2 weeks of stopping; serotonin syndrome; 200 mg oral maximum in 24 hours). DailyMed.',
  ),
  label(
    'rizatriptan',
    'Organon. MAXALT / MAXALT-MLT (rizatriptan benzoate): FDA-approved prescribing information (MAO inhibitors contraindicated; propranolol dose adjustment; 30 mg maximum in 24 hours). DailyMed.',
  ),
  label(
    'zolmitriptan',
    'Amneal. ZOMIG / ZOMIG-ZMT (zolmitriptan) tablets, orally disintegrating tablets and nasal spray: FDA-approved prescribing information (MAO-A inhibitors contraindicated; cimetidine dose limit; 10 mg maximum in 24 hours). DailyMed.',
  ),
  // OTC cough and herbal
  label(
    'dextromethorphan',
    'Dextromethorphan hydrobromide OTC antitussive Drug Facts (e.g. DELSYM 12-hour cough liquid; ROBITUSSIN): "Do not use if you are now taking a prescription MAOI, or for 2 weeks after stopping the MAOI". DailyMed.',
    'dextromethorphan hydrobromide',
  ),
  // NSAIDs and aspirin
  label(
    'ibuprofen',
    'Ibuprofen tablets (prescription, e.g. MOTRIN) and OTC ADVIL / MOTRIN IB Drug Facts: FDA-approved prescribing information (NSAID class boxed warning: cardiovascular thrombotic events, gastrointestinal bleeding; drug interactions: lithium, SSRIs/SNRIs, anticoagulants). DailyMed.',
  ),
  label(
    'naproxen',
    'NAPROSYN / EC-NAPROSYN / ANAPROX DS (naproxen, naproxen sodium) and OTC ALEVE: FDA-approved prescribing information (NSAID class boxed warning; lithium interaction). DailyMed.',
  ),
  label(
    'diclofenac',
    'Diclofenac sodium delayed-release and diclofenac potassium tablets (CATAFLAM, CAMBIA, ZIPSOR, ZORVOLEX): FDA-approved prescribing information (NSAID class boxed warning; lithium interaction). DailyMed.',
  ),
  label(
    'celecoxib',
    'Pfizer. CELEBREX (celecoxib) capsules: FDA-approved prescribing information (NSAID class boxed warning; CYP2C9 poor metabolizers; CYP2D6 inhibition; lithium interaction). DailyMed.',
  ),
  label(
    'meloxicam',
    'Boehringer Ingelheim. MOBIC (meloxicam) tablets and generic meloxicam: FDA-approved prescribing information (NSAID class boxed warning; 15 mg daily maximum; lithium interaction; CYP2C9 poor metabolizers). DailyMed.',
  ),
  label(
    'aspirin',
    'Aspirin (acetylsalicylic acid) OTC Drug Facts (BAYER, ECOTRIN) and DURLAZA (aspirin) extended-release capsules prescribing information: antiplatelet effect, bleeding warnings. DailyMed.',
  ),
  label(
    'ketorolac',
    'Ketorolac tromethamine tablets (continuation of parenteral therapy only) and SPRIX nasal spray: FDA-approved prescribing information (boxed warning: 5-day total limit, GI, cardiovascular, renal and bleeding risk; 40 mg/day oral maximum). DailyMed.',
  ),
  // Renin-angiotensin drugs and diuretics
  label(
    'lisinopril',
    'ZESTRIL / QBRELIS (lisinopril): FDA-approved prescribing information (boxed warning: fetal toxicity; lithium interaction: increased serum lithium and toxicity). DailyMed.',
  ),
  label(
    'enalapril',
    'VASOTEC / EPANED (enalapril maleate): FDA-approved prescribing information (boxed warning: fetal toxicity; lithium interaction). DailyMed.',
  ),
  label(
    'ramipril',
    'Pfizer. ALTACE (ramipril) capsules: FDA-approved prescribing information (boxed warning: fetal toxicity; lithium interaction). DailyMed.',
  ),
  label(
    'losartan',
    'Organon. COZAAR (losartan potassium) tablets: FDA-approved prescribing information (boxed warning: fetal toxicity; CYP2C9/CYP3A4 conversion to the active metabolite E-3174; lithium interaction). DailyMed.',
  ),
  label(
    'valsartan',
    'Novartis. DIOVAN (valsartan) tablets: FDA-approved prescribing information (boxed warning: fetal toxicity; lithium interaction). DailyMed.',
  ),
  label(
    'hydrochlorothiazide',
    'Hydrochlorothiazide tablets and capsules: FDA-approved prescribing information (lithium: diuretics reduce renal clearance of lithium and add a high risk of toxicity; electrolyte disturbances including hyponatremia). DailyMed.',
  ),
  label(
    'chlorthalidone',
    'Chlorthalidone tablets (THALITONE and generics): FDA-approved prescribing information (lithium interaction; hyponatremia and hypokalemia). DailyMed.',
  ),
  label(
    'furosemide',
    'Validus. LASIX (furosemide) tablets: FDA-approved prescribing information (boxed warning: potent diuretic; lithium: reduced renal clearance and high risk of lithium toxicity). DailyMed.',
  ),
  // Macrolides
  label(
    'clarithromycin',
    'Clarithromycin tablets, extended-release tablets and oral suspension (formerly BIAXIN): FDA-approved prescribing information (strong CYP3A inhibitor; QT prolongation; contraindicated with pimozide and other listed CYP3A substrates). DailyMed.',
  ),
  label(
    'erythromycin',
    'Arbor. ERY-TAB, ERYTHROCIN, E.E.S. and PCE (erythromycin): FDA-approved prescribing information (CYP3A inhibition; QT prolongation; contraindicated with pimozide). DailyMed.',
  ),
  label(
    'azithromycin',
    'Pfizer. ZITHROMAX (azithromycin) tablets and oral suspension: FDA-approved prescribing information (QT prolongation; no clinically significant CYP3A4 inhibition in interaction studies). DailyMed.',
  ),
  // Azole antifungals
  label(
    'ketoconazole',
    'Ketoconazole tablets: FDA-approved prescribing information (boxed warning: hepatotoxicity, QT prolongation and drug interactions; contraindicated with pimozide, methadone, quinidine, alprazolam, triazolam and oral midazolam among others). DailyMed.',
  ),
  label(
    'itraconazole',
    'Janssen. SPORANOX (itraconazole) capsules and oral solution; TOLSURA: FDA-approved prescribing information (boxed warning: congestive heart failure and drug interactions; contraindicated with pimozide, methadone, quinidine, triazolam and oral midazolam among others). DailyMed.',
  ),
  label(
    'fluconazole',
    'Pfizer. DIFLUCAN (fluconazole) tablets and oral suspension: FDA-approved prescribing information (QT prolongation; inhibits CYP2C9, CYP2C19 and CYP3A4; renal dose adjustment). DailyMed.',
  ),
  label(
    'voriconazole',
    'Pfizer. VFEND (voriconazole) tablets, oral suspension and injection: FDA-approved prescribing information (CYP2C19, CYP2C9 and CYP3A4 substrate and inhibitor; QT prolongation; contraindicated with pimozide, quinidine, rifampin, carbamazepine, long-acting barbiturates and St John\u2019s wort). DailyMed.',
  ),
  // Fluoroquinolones
  label(
    'ciprofloxacin',
    'Bayer. CIPRO (ciprofloxacin) tablets and oral suspension: FDA-approved prescribing information (boxed warning: tendinitis, peripheral neuropathy, CNS effects, myasthenia gravis; contraindicated with tizanidine; CYP1A2 inhibition; QT prolongation). DailyMed.',
  ),
  label(
    'levofloxacin',
    'Levofloxacin tablets and oral solution (formerly LEVAQUIN): FDA-approved prescribing information (fluoroquinolone boxed warning; QT prolongation; renal dose adjustment). DailyMed.',
  ),
  label(
    'moxifloxacin',
    'Moxifloxacin hydrochloride tablets (formerly AVELOX): FDA-approved prescribing information (fluoroquinolone boxed warning; QT prolongation). DailyMed.',
  ),
  // Rifamycin
  label(
    'rifampin',
    'Sanofi. RIFADIN (rifampin) capsules and injection: FDA-approved prescribing information (induction of CYP enzymes and P-glycoprotein; reduced efficacy of hormonal contraceptives, methadone, and many other drugs). DailyMed.',
  ),
  // Hormonal contraceptives
  label(
    'ethinyl-estradiol',
    'Combined hormonal contraceptives containing ethinyl estradiol (e.g. levonorgestrel/ethinyl estradiol, norethindrone acetate/ethinyl estradiol tablets): FDA-approved prescribing information (boxed warning: cigarette smoking and serious cardiovascular events; drug interactions with CYP3A inducers; lamotrigine). DailyMed.',
    'ethinyl estradiol',
  ),
  label(
    'levonorgestrel',
    'Levonorgestrel tablets 1.5 mg (PLAN B ONE-STEP) and levonorgestrel intrauterine systems (MIRENA, LILETTA, KYLEENA, SKYLA): FDA-approved labeling (efficacy reduced by CYP3A inducers). DailyMed.',
  ),
  label(
    'norethindrone',
    'Norethindrone 0.35 mg progestin-only tablets (e.g. ORTHO MICRONOR, CAMILA, ERRIN) and AYGESTIN (norethindrone acetate): FDA-approved prescribing information (efficacy reduced by CYP3A inducers). DailyMed.',
  ),
  // Anticoagulants and antiplatelets
  label(
    'warfarin',
    'COUMADIN / JANTOVEN (warfarin sodium) tablets: FDA-approved prescribing information (boxed warning: bleeding risk; CYP2C9/VKORC1 pharmacogenomics; CYP2C9, CYP1A2 and CYP3A4 interactions; contraindicated in pregnancy except mechanical heart valves). DailyMed.',
  ),
  label(
    'apixaban',
    'Bristol-Myers Squibb. ELIQUIS (apixaban) tablets: FDA-approved prescribing information (boxed warning: premature discontinuation and spinal/epidural hematoma; combined P-gp and strong CYP3A4 inhibitors and inducers). DailyMed.',
  ),
  label(
    'clopidogrel',
    'Bristol-Myers Squibb / Sanofi. PLAVIX (clopidogrel bisulfate) tablets: FDA-approved prescribing information (boxed warning: diminished antiplatelet effect in CYP2C19 poor metabolizers; avoid omeprazole or esomeprazole). DailyMed.',
  ),
  // Acid suppressants
  label(
    'cimetidine',
    'Cimetidine tablets (prescription) and TAGAMET HB (OTC): FDA-approved prescribing information (inhibits several CYP enzymes; interactions with warfarin, phenytoin, theophylline and others). DailyMed.',
  ),
  label(
    'famotidine',
    'PEPCID (famotidine) tablets and OTC PEPCID AC: FDA-approved prescribing information (no clinically relevant CYP450-mediated interactions; CNS adverse reactions in renal impairment; renal dose adjustment). DailyMed.',
  ),
  label(
    'omeprazole',
    'PRILOSEC (omeprazole) delayed-release capsules and oral suspension; OTC PRILOSEC OTC: FDA-approved prescribing information (CYP2C19 substrate and inhibitor: clopidogrel, citalopram, diazepam; hepatic impairment). DailyMed.',
  ),
  label(
    'esomeprazole',
    'AstraZeneca. NEXIUM (esomeprazole magnesium) delayed-release capsules: FDA-approved prescribing information (CYP2C19 substrate and inhibitor: clopidogrel, citalopram, diazepam). DailyMed.',
  ),
  label(
    'pantoprazole',
    'Pfizer (Wyeth). PROTONIX (pantoprazole sodium) delayed-release tablets: FDA-approved prescribing information (CYP2C19 substrate; no clinically relevant CYP inhibition in interaction studies). DailyMed.',
  ),
  // Muscle relaxants
  label(
    'tizanidine',
    'Acorda / Covis. ZANAFLEX (tizanidine hydrochloride) tablets and capsules: FDA-approved prescribing information (contraindicated with fluvoxamine and ciprofloxacin; avoid other CYP1A2 inhibitors including oral contraceptives; hypotension and sedation; withdrawal rebound hypertension). DailyMed.',
  ),
  label(
    'cyclobenzaprine',
    'Cyclobenzaprine hydrochloride tablets and AMRIX extended-release capsules: FDA-approved prescribing information (structurally related to tricyclic antidepressants; contraindicated with or within 14 days of MAO inhibitors; serotonin syndrome; anticholinergic effects). DailyMed.',
  ),
  // Antiemetics and antihistamines
  label(
    'ondansetron',
    'Novartis / Sandoz. ZOFRAN (ondansetron) tablets, orally disintegrating tablets and oral solution: FDA-approved prescribing information (QT prolongation; serotonin syndrome; 8 mg/day maximum in severe hepatic impairment). DailyMed.',
  ),
  label(
    'metoclopramide',
    'ANI. REGLAN (metoclopramide) tablets: FDA-approved prescribing information (boxed warning: tardive dyskinesia, avoid use beyond 12 weeks; CYP2D6 poor metabolizers and strong CYP2D6 inhibitors: 20 mg/day maximum; renal and hepatic dose limits; extrapyramidal symptoms and NMS with antipsychotics). DailyMed.',
  ),
  label(
    'promethazine',
    'Promethazine hydrochloride tablets, oral solution and injection (PHENERGAN): FDA-approved prescribing information (boxed warnings: fatal respiratory depression under 2 years of age; severe tissue injury with injection; CNS depression with other depressants). DailyMed.',
  ),
  label(
    'diphenhydramine',
    'Diphenhydramine hydrochloride OTC Drug Facts (BENADRYL, ZZZQUIL): 300 mg in 24 hours maximum for allergy use; marked drowsiness; avoid with other sedatives and alcohol. DailyMed.',
  ),
  // Oncology
  label(
    'tamoxifen',
    'Tamoxifen citrate tablets and SOLTAMOX oral solution: FDA-approved prescribing information (boxed warning for risk reduction/DCIS: uterine malignancies, stroke and pulmonary embolism; CYP2D6 and CYP3A4 metabolism to endoxifen). DailyMed.',
  ),
  // Antiarrhythmics and antifungal CYP2D6 inhibitor
  label(
    'quinidine',
    'Quinidine sulfate and quinidine gluconate extended-release tablets: FDA-approved prescribing information (boxed warning: increased mortality in non-life-threatening arrhythmias; strong CYP2D6 inhibition; QT prolongation and torsades de pointes). DailyMed.',
  ),
  label(
    'terbinafine',
    'Novartis. LAMISIL (terbinafine hydrochloride) tablets: FDA-approved prescribing information (CYP2D6 inhibition persisting after discontinuation; desipramine exposure increased; hepatotoxicity). DailyMed.',
  ),
  label(
    'amiodarone',
    'PACERONE / NEXTERONE (amiodarone hydrochloride): FDA-approved prescribing information (boxed warning: pulmonary toxicity, hepatic injury and worsened arrhythmia; inhibits CYP2C9, CYP2D6, CYP3A and P-glycoprotein; very long half-life). DailyMed.',
  ),
  label(
    'sotalol',
    'BETAPACE / BETAPACE AF / SOTYLIZE (sotalol hydrochloride): FDA-approved prescribing information (boxed warning: initiate or re-initiate in a facility with ECG monitoring because of QT prolongation; renal dosing). DailyMed.',
  ),
];

const OTHER: Source[] = [
  {
    id: 'fc-fda-ddi-table',
    citation:
      'U.S. Food and Drug Administration. For Healthcare Professionals | FDA\u2019s Examples of Drugs that Interact with CYP Enzymes and Transporter Systems (formerly "Drug Development and Drug Interactions: Table of Substrates, Inhibitors and Inducers"), Tables 1-3: clinical index substrates, strong/moderate/weak inhibitors and inducers.',
    kind: 'database',
    url: 'https://www.fda.gov/drugs/drug-interactions-labeling/healthcare-professionals-fdas-examples-drugs-interact-cyp-enzymes-and-transporter-systems',
  },
  {
    id: 'fc-crediblemeds',
    citation:
      'Woosley RL, Heise CW, Gallo T, Woosley RD, Lambson J, Romero KA. QTdrugs List (Known, Possible and Conditional Risk of Torsades de Pointes). AZCERT, Inc., www.CredibleMeds.org.',
    kind: 'database',
    url: 'https://crediblemeds.org/',
  },
  {
    id: 'fc-acb-boustani-2008',
    citation:
      'Boustani M, Campbell N, Munger S, Maidment I, Fox C. Impact of anticholinergics on the aging brain: a review and practical application. Aging Health. 2008;4(3):311-320 (Anticholinergic Cognitive Burden scale), with the Aging Brain Care 2012 update of the ACB list.',
    kind: 'paper',
  },
  {
    id: 'fc-rxnorm',
    citation:
      'U.S. National Library of Medicine. RxNorm (ingredient concepts, TTY=IN), accessed through RxNav; ingredient codes cross-checked against the CPIC drug table (cpicpgx/cpic-data, db/drug.sql).',
    kind: 'database',
    url: 'https://www.nlm.nih.gov/research/umls/rxnorm/index.html',
  },
  {
    id: 'fc-21cfr1308-12',
    citation:
      '21 CFR 1308.12 \u2014 Schedule II (opium and opiates: codeine, hydrocodone, hydromorphone, morphine, oxycodone, oxymorphone; opiates: fentanyl, meperidine, tapentadol). Code of Federal Regulations, Title 21, Chapter II (DEA).',
    kind: 'regulation',
    url: 'https://www.ecfr.gov/current/title-21/section-1308.12',
  },
  {
    id: 'fc-21cfr1308-14',
    citation:
      '21 CFR 1308.14 \u2014 Schedule IV (includes tramadol, 1308.14(b)). Code of Federal Regulations, Title 21, Chapter II (DEA).',
    kind: 'regulation',
    url: 'https://www.ecfr.gov/current/title-21/section-1308.14',
  },
  {
    id: 'fc-dea-tramadol-2014',
    citation:
      'Drug Enforcement Administration. Schedules of Controlled Substances: Placement of Tramadol Into Schedule IV. Final rule. Federal Register 79 FR 37623, 2 July 2014 (effective 18 August 2014).',
    kind: 'regulation',
  },
  {
    id: 'fc-dea-hydrocodone-2014',
    citation:
      'Drug Enforcement Administration. Schedules of Controlled Substances: Rescheduling of Hydrocodone Combination Products From Schedule III to Schedule II. Final rule. Federal Register 79 FR 49661, 22 August 2014 (effective 6 October 2014).',
    kind: 'regulation',
  },
  {
    id: 'fc-phansalkar-2012',
    citation:
      'Phansalkar S, Desai AA, Bell D, et al. High-priority drug-drug interactions for use in electronic health records. J Am Med Inform Assoc. 2012;19(5):735-743 (ONC list: tizanidine with CYP1A2 inhibitors; triptans, narcotic analgesics and serotonergic drugs with MAO inhibitors).',
    kind: 'consensus',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3422823/',
  },
  {
    id: 'fc-fda-dsc-opioid-benzo-2016',
    citation:
      'U.S. FDA Drug Safety Communication (31 Aug 2016): FDA warns about serious risks and death when combining opioid pain or cough medicines with benzodiazepines; requires its strongest warning.',
    kind: 'regulation',
  },
  {
    id: 'fc-cdc-opioids-2022',
    citation:
      'Dowell D, Ragan KR, Jones CM, Baldwin GT, Chou R. CDC Clinical Practice Guideline for Prescribing Opioids for Pain \u2014 United States, 2022. MMWR Recomm Rep. 2022;71(3):1-95.',
    kind: 'guideline',
  },
  {
    id: 'fc-fda-dsc-opioid-serotonin-2016',
    citation:
      'U.S. FDA Drug Safety Communication (22 Mar 2016): FDA warns about several safety issues with opioid pain medicines; requires label changes (serotonin syndrome with serotonergic drugs, adrenal insufficiency, androgen deficiency).',
    kind: 'regulation',
  },
  {
    id: 'fc-fda-dsc-codeine-tramadol-2017',
    citation:
      'U.S. FDA Drug Safety Communication (20 Apr 2017): FDA restricts use of prescription codeine pain and cough medicines and tramadol pain medicines in children; recommends against use in breastfeeding women.',
    kind: 'regulation',
  },
  {
    id: 'fc-fda-dsc-linezolid-2011',
    citation:
      'U.S. FDA Drug Safety Communication (2011, updated 20 Oct 2011): Serious CNS reactions possible when linezolid (Zyvox) is given to patients taking certain psychiatric medications (serotonergic drugs).',
    kind: 'regulation',
  },
  {
    id: 'fc-fda-dsc-methylene-blue-2011',
    citation:
      'U.S. FDA Drug Safety Communication (26 Jul 2011, updated 20 Oct 2011): Serious CNS reactions possible when methylene blue is given to patients taking certain psychiatric medications (serotonergic drugs).',
    kind: 'regulation',
  },
  {
    id: 'fc-fda-triptan-ssri-2006',
    citation:
      'U.S. FDA Public Health Advisory / Information for Healthcare Professionals (19 Jul 2006): Combined use of 5-hydroxytryptamine receptor agonists (triptans), selective serotonin reuptake inhibitors (SSRIs) or selective serotonin/norepinephrine reuptake inhibitors (SNRIs) may result in life-threatening serotonin syndrome.',
    kind: 'regulation',
  },
  {
    id: 'fc-orlova-2018',
    citation:
      'Orlova Y, Rizzoli P, Loder E. Association of coprescription of triptan antimigraine drugs and selective serotonin reuptake inhibitor or selective norepinephrine reuptake inhibitor drugs with serotonin syndrome. JAMA Neurol. 2018;75(5):566-572.',
    kind: 'paper',
  },
  {
    id: 'fc-fda-dsc-fluoroquinolones-2018',
    citation:
      'U.S. FDA Drug Safety Communication (10 Jul 2018): FDA reinforces safety information about serious low blood sugar levels and mental health side effects with fluoroquinolone antibiotics; requires label changes.',
    kind: 'regulation',
  },
  {
    id: 'fc-fda-dsc-nsaid-pregnancy-2020',
    citation:
      'U.S. FDA Drug Safety Communication (15 Oct 2020): FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid.',
    kind: 'regulation',
  },
  {
    id: 'fc-lithium-label-interactions',
    citation:
      'Lithium carbonate prescribing information (2016 PLR revision and later), section 7 Drug Interactions: NSAIDs (including COX-2 inhibitors), ACE inhibitors, angiotensin receptor blockers and diuretics reduce lithium clearance and increase serum lithium concentrations. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=lithium%20carbonate',
  },
  {
    id: 'fc-ragheb-1990',
    citation:
      'Ragheb M. The clinical significance of lithium-nonsteroidal anti-inflammatory drug interactions. J Clin Psychopharmacol. 1990;10(5):350-354 (aspirin and sulindac did not raise serum lithium; other NSAIDs did).',
    kind: 'paper',
  },
  {
    id: 'fc-finley-1995',
    citation:
      'Finley PR, Warner MD, Peabody CA. Clinical relevance of drug interactions with lithium. Clin Pharmacokinet. 1995;29(3):172-191 (thiazides raise lithium levels by about 25-40%; loop diuretics have a smaller, less predictable effect).',
    kind: 'paper',
  },
  {
    id: 'fc-juurlink-2004',
    citation:
      'Juurlink DN, Mamdani MM, Kopp A, Rochon PA, Shulman KI, Redelmeier DA. Drug-induced lithium toxicity in the elderly: a population-based study. J Am Geriatr Soc. 2004;52(5):794-798 (new loop diuretic and new ACE inhibitor associated with hospitalization for lithium toxicity).',
    kind: 'paper',
  },
  {
    id: 'fc-cpic-opioids-2021',
    citation:
      'Crews KR, Monte AA, Huddart R, et al. Clinical Pharmacogenetics Implementation Consortium guideline for CYP2D6, OPRM1, and COMT genotypes and select opioid therapy. Clin Pharmacol Ther. 2021;110(4):888-896.',
    kind: 'guideline',
  },
  {
    id: 'fc-cpic-nsaids-2020',
    citation:
      'Theken KN, Lee CR, Gong L, et al. Clinical Pharmacogenetics Implementation Consortium guideline (CPIC) for CYP2C9 and nonsteroidal anti-inflammatory drugs. Clin Pharmacol Ther. 2020;108(2):191-200.',
    kind: 'guideline',
    url: 'https://cpicpgx.org/guidelines/cpic-guideline-for-nsaids-based-on-cyp2c9-genotype/',
  },
  {
    id: 'fc-cpic-clopidogrel-2022',
    citation:
      'Lee CR, Luzum JA, Sangkuhl K, et al. Clinical Pharmacogenetics Implementation Consortium guideline for CYP2C19 genotype and clopidogrel therapy: 2022 update. Clin Pharmacol Ther. 2022;112(5):959-967.',
    kind: 'guideline',
  },
  {
    id: 'fc-cpic-ppi-2020',
    citation:
      'Lima JJ, Thomas CD, Barbarino J, et al. Clinical Pharmacogenetics Implementation Consortium (CPIC) guideline for CYP2C19 and proton pump inhibitor dosing. Clin Pharmacol Ther. 2021;109(6):1417-1423.',
    kind: 'guideline',
  },
  {
    id: 'fc-cpic-warfarin-2017',
    citation:
      'Johnson JA, Caudle KE, Gong L, et al. Clinical Pharmacogenetics Implementation Consortium (CPIC) guideline for pharmacogenetics-guided warfarin dosing: 2017 update. Clin Pharmacol Ther. 2017;102(3):397-404.',
    kind: 'guideline',
  },
  {
    id: 'fc-cpic-tamoxifen-2018',
    citation:
      'Goetz MP, Sangkuhl K, Guchelaar HJ, et al. Clinical Pharmacogenetics Implementation Consortium (CPIC) guideline for CYP2D6 and tamoxifen therapy. Clin Pharmacol Ther. 2018;103(5):770-777.',
    kind: 'guideline',
  },
  {
    id: 'fc-cpic-ondansetron-2017',
    citation:
      'Bell GC, Caudle KE, Whirl-Carrillo M, et al. Clinical Pharmacogenetics Implementation Consortium (CPIC) guideline for CYP2D6 genotype and use of ondansetron and tropisetron. Clin Pharmacol Ther. 2017;102(2):213-218.',
    kind: 'guideline',
  },
  {
    id: 'fc-cpic-voriconazole-2016',
    citation:
      'Moriyama B, Obeng AO, Barbarino J, et al. Clinical Pharmacogenetics Implementation Consortium (CPIC) guidelines for CYP2C19 and voriconazole therapy. Clin Pharmacol Ther. 2017;102(1):45-51.',
    kind: 'guideline',
  },
  {
    id: 'fc-stearns-2003',
    citation:
      'Stearns V, Johnson MD, Rae JM, et al. Active tamoxifen metabolite plasma concentrations after coadministration of tamoxifen and the selective serotonin reuptake inhibitor paroxetine. J Natl Cancer Inst. 2003;95(23):1758-1764.',
    kind: 'paper',
  },
  {
    id: 'fc-kelly-2010',
    citation:
      'Kelly CM, Juurlink DN, Gomes T, et al. Selective serotonin reuptake inhibitors and breast cancer mortality in women receiving tamoxifen: a population based cohort study. BMJ. 2010;340:c693.',
    kind: 'paper',
  },
  {
    id: 'fc-granfors-2004',
    citation:
      'Granfors MT, Backman JT, Neuvonen M, Neuvonen PJ. Ciprofloxacin greatly increases concentrations and hypotensive effect of tizanidine by inhibiting its cytochrome P450 1A2-mediated presystemic metabolism. Clin Pharmacol Ther. 2004;76(6):598-606.',
    kind: 'paper',
  },
  {
    id: 'fc-granfors-2005',
    citation:
      'Granfors MT, Backman JT, Laitila J, Neuvonen PJ. Oral contraceptives containing ethinyl estradiol and gestodene markedly increase plasma concentrations and effects of tizanidine by inhibiting cytochrome P450 1A2. Clin Pharmacol Ther. 2005;78(4):400-411.',
    kind: 'paper',
  },
  {
    id: 'fc-sabers-2003',
    citation:
      'Sabers A, Ohman I, Christensen J, Tomson T. Oral contraceptives reduce lamotrigine plasma levels. Neurology. 2003;61(4):570-571.',
    kind: 'paper',
  },
  {
    id: 'fc-lamotrigine-label-estrogens',
    citation:
      'GlaxoSmithKline. LAMICTAL (lamotrigine) prescribing information, Dosage and Administration 2.1 and Drug Interactions 7: estrogen-containing oral contraceptives and rifampin increase lamotrigine clearance (about 50% lower concentrations with ethinyl estradiol); adjust lamotrigine when starting or stopping them. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=lamictal',
  },
  {
    id: 'fc-markowitz-2003',
    citation:
      'Markowitz JS, Donovan JL, DeVane CL, et al. Effect of St John\u2019s wort on drug metabolism by induction of cytochrome P450 3A4 enzyme. JAMA. 2003;290(11):1500-1504.',
    kind: 'paper',
  },
  {
    id: 'fc-hall-2003',
    citation:
      'Hall SD, Wang Z, Huang SM, et al. The interaction between St John\u2019s wort and an oral contraceptive. Clin Pharmacol Ther. 2003;74(6):525-535.',
    kind: 'paper',
  },
  {
    id: 'fc-nccih-sjw',
    citation:
      'National Center for Complementary and Integrative Health (NIH). St. John\u2019s Wort fact sheet: weakens many medicines (antidepressants, birth control pills, cyclosporine, digoxin, HIV drugs, warfarin); serotonin syndrome with antidepressants.',
    kind: 'guideline',
    url: 'https://www.nccih.nih.gov/health/st-johns-wort',
  },
  {
    id: 'fc-ags-beers-2023',
    citation:
      'By the 2023 American Geriatrics Society Beers Criteria Update Expert Panel. American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults. J Am Geriatr Soc. 2023;71(7):2052-2081.',
    kind: 'consensus',
  },
  {
    id: 'fc-cdc-mec-2024',
    citation:
      'Nguyen AT, Curtis KM, Tepper NK, et al. U.S. Medical Eligibility Criteria for Contraceptive Use, 2024. MMWR Recomm Rep. 2024;73(4):1-126 (enzyme-inducing drugs reduce the efficacy of combined and progestin-only pills; lamotrigine interaction).',
    kind: 'guideline',
  },
  {
    id: 'fc-lactmed',
    citation:
      'Drugs and Lactation Database (LactMed). National Institute of Child Health and Human Development, Bethesda (MD); updated continuously.',
    kind: 'database',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK501922/',
  },
];

export const FORMULARY_C_SOURCES: Source[] = [...LABELS, ...OTHER];
