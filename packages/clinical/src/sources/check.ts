import type { Source } from '../types.js';

/** DailyMed search address for a US label (stable; the set id changes with each revision). */
const dailymed = (query: string) =>
  `https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=${encodeURIComponent(query)}`;

/**
 * Sources cited by the safety check engine (packages/clinical/src/check). Labels are cited as the
 * current US prescribing information on DailyMed; the section named in each rule's text is where
 * the fact sits (Contraindications, Warnings and Precautions, Drug Interactions, Dosage).
 */
export const CHECK_SOURCES: Source[] = [
  // ----- US prescribing information ------------------------------------------------------------
  {
    id: 'check-label-lurasidone',
    citation:
      'Sumitomo Pharma America. LATUDA (lurasidone hydrochloride) tablets, US prescribing information: Contraindications (strong CYP3A4 inhibitors and inducers) and Dosage (moderate CYP3A4 inhibitors: maximum 80 mg/day). DailyMed.',
    kind: 'label',
    url: dailymed('lurasidone'),
  },
  {
    id: 'check-label-quetiapine',
    citation:
      'AstraZeneca. SEROQUEL (quetiapine fumarate) tablets, US prescribing information: Dosage (reduce to one sixth with strong CYP3A4 inhibitors; increase up to 5-fold with chronic strong CYP3A4 inducers). DailyMed.',
    kind: 'label',
    url: dailymed('quetiapine'),
  },
  {
    id: 'check-label-aripiprazole',
    citation:
      'Otsuka America Pharmaceutical. ABILIFY (aripiprazole) tablets, US prescribing information: Dosage adjustments for CYP2D6 poor metabolizers and with strong CYP2D6/CYP3A4 inhibitors (half dose; a quarter with both) and strong CYP3A4 inducers (double dose). DailyMed.',
    kind: 'label',
    url: dailymed('aripiprazole'),
  },
  {
    id: 'check-label-brexpiprazole',
    citation:
      'Otsuka America Pharmaceutical. REXULTI (brexpiprazole) tablets, US prescribing information: Dosage modifications with strong CYP2D6 or CYP3A4 inhibitors and strong CYP3A4 inducers. DailyMed.',
    kind: 'label',
    url: dailymed('brexpiprazole'),
  },
  {
    id: 'check-label-iloperidone',
    citation:
      'Vanda Pharmaceuticals. FANAPT (iloperidone) tablets, US prescribing information: halve the dose with strong CYP2D6 or CYP3A4 inhibitors; QT prolongation. DailyMed.',
    kind: 'label',
    url: dailymed('iloperidone'),
  },
  {
    id: 'check-label-clozapine',
    citation:
      'HLS Therapeutics. CLOZARIL (clozapine) tablets, US prescribing information: Boxed Warning (severe neutropenia), ANC monitoring and treatment-interruption tables including benign ethnic neutropenia, Drug Interactions (one third of the dose with strong CYP1A2 inhibitors; avoid strong CYP3A4 inducers; dose reduction when smoking stops), seizures. DailyMed.',
    kind: 'label',
    url: dailymed('clozapine'),
  },
  {
    id: 'check-label-fluvoxamine',
    citation:
      'Fluvoxamine maleate tablets (reference product LUVOX), US prescribing information: Contraindications (tizanidine, thioridazine, pimozide, alosetron, ramelteon, MAOIs) and Drug Interactions (clozapine, CYP1A2 substrates). DailyMed.',
    kind: 'label',
    url: dailymed('fluvoxamine'),
  },
  {
    id: 'check-label-pimozide',
    citation:
      'Pimozide tablets (ORAP), US prescribing information: Contraindications (QT-prolonging drugs, strong CYP3A4 inhibitors, sertraline, citalopram, escitalopram, congenital long QT). DailyMed.',
    kind: 'label',
    url: dailymed('pimozide'),
  },
  {
    id: 'check-label-thioridazine',
    citation:
      'Thioridazine hydrochloride tablets, US prescribing information: Boxed Warning and Contraindications (QTc over 450 ms, other QT-prolonging drugs, CYP2D6 inhibitors such as fluoxetine and paroxetine, fluvoxamine, propranolol, pindolol, reduced CYP2D6 activity). DailyMed.',
    kind: 'label',
    url: dailymed('thioridazine'),
  },
  {
    id: 'check-label-ziprasidone',
    citation:
      'Pfizer. GEODON (ziprasidone) capsules, US prescribing information: Contraindications (known QT prolongation, recent acute myocardial infarction, uncompensated heart failure, other QT-prolonging drugs). DailyMed.',
    kind: 'label',
    url: dailymed('ziprasidone'),
  },
  {
    id: 'check-label-tizanidine',
    citation:
      'ZANAFLEX (tizanidine hydrochloride) tablets and capsules, US prescribing information: Contraindications (fluvoxamine, ciprofloxacin; other strong CYP1A2 inhibitors). DailyMed.',
    kind: 'label',
    url: dailymed('tizanidine'),
  },
  {
    id: 'check-label-ramelteon',
    citation:
      'Takeda Pharmaceuticals America. ROZEREM (ramelteon) tablets, US prescribing information: Contraindications and Drug Interactions (do not use with fluvoxamine). DailyMed.',
    kind: 'label',
    url: dailymed('ramelteon'),
  },
  {
    id: 'check-label-lamotrigine',
    citation:
      'GlaxoSmithKline. LAMICTAL (lamotrigine) tablets, US prescribing information: Boxed Warning (serious skin rashes; higher risk with valproate), Dosage (escalation with valproate, with carbamazepine and other inducers, and with estrogen-containing oral contraceptives). DailyMed.',
    kind: 'label',
    url: dailymed('lamotrigine'),
  },
  {
    id: 'check-label-valproate',
    citation:
      'AbbVie. DEPAKOTE (divalproex sodium) delayed-release tablets, US prescribing information: Boxed Warning (hepatotoxicity, fetal risk, pancreatitis), Contraindications (hepatic disease, POLG mitochondrial disease, urea cycle disorders), thrombocytopenia, hyperammonemia, Drug Interactions (lamotrigine, carbamazepine). DailyMed.',
    kind: 'label',
    url: dailymed('divalproex'),
  },
  {
    id: 'check-label-carbamazepine',
    citation:
      'Novartis. TEGRETOL (carbamazepine) tablets and suspension, US prescribing information: Boxed Warning (HLA-B*1502 SJS/TEN; aplastic anemia and agranulocytosis), Contraindications (MAOIs within 14 days, bone marrow depression), Drug Interactions (CYP3A4 induction: hormonal contraceptives and others). DailyMed.',
    kind: 'label',
    url: dailymed('carbamazepine'),
  },
  {
    id: 'check-label-oxcarbazepine',
    citation:
      'Novartis. TRILEPTAL (oxcarbazepine) tablets and suspension, US prescribing information: Warnings (hypersensitivity: 25–30% of patients with carbamazepine hypersensitivity react to oxcarbazepine; hyponatremia; reduced hormonal contraceptive efficacy). DailyMed.',
    kind: 'label',
    url: dailymed('oxcarbazepine'),
  },
  {
    id: 'check-label-lithium',
    citation:
      'Lithium carbonate capsules, tablets and oral solution, US prescribing information: Boxed Warning (lithium toxicity close to therapeutic levels), Drug Interactions (NSAIDs, ACE inhibitors, ARBs, thiazide diuretics raise lithium levels), renal impairment. DailyMed.',
    kind: 'label',
    url: dailymed('lithium carbonate'),
  },
  {
    id: 'check-label-bupropion',
    citation:
      'WELLBUTRIN XL / WELLBUTRIN SR (bupropion hydrochloride), US prescribing information: Contraindications (seizure disorder, current or prior bulimia or anorexia nervosa, abrupt discontinuation of alcohol, benzodiazepines, barbiturates or antiepileptic drugs, MAOIs), dose-related seizure risk, strong CYP2D6 inhibition. DailyMed.',
    kind: 'label',
    url: dailymed('bupropion'),
  },
  {
    id: 'check-label-maoi',
    citation:
      'Parke-Davis (Pfizer). NARDIL (phenelzine sulfate) tablets, and PARNATE (tranylcypromine) tablets, US prescribing information: Contraindications (serotonergic drugs, sympathomimetics and stimulants, bupropion, buspirone, carbamazepine, meperidine, dextromethorphan; washout periods). DailyMed.',
    kind: 'label',
    url: dailymed('phenelzine'),
  },
  {
    id: 'check-label-fluoxetine',
    citation:
      'Eli Lilly. PROZAC (fluoxetine) capsules, US prescribing information: Contraindications (MAOIs, pimozide, thioridazine; allow at least 5 weeks after stopping fluoxetine before an MAOI or thioridazine). DailyMed.',
    kind: 'label',
    url: dailymed('fluoxetine'),
  },
  {
    id: 'check-label-paroxetine',
    citation:
      'Apotex / GlaxoSmithKline. PAXIL (paroxetine) tablets, US prescribing information: Contraindications (MAOIs, thioridazine, pimozide), Drug Interactions (tamoxifen: reduced efficacy through CYP2D6 inhibition). DailyMed.',
    kind: 'label',
    url: dailymed('paroxetine'),
  },
  {
    id: 'check-label-sertraline',
    citation:
      'Pfizer (Viatris). ZOLOFT (sertraline) tablets, US prescribing information: Contraindications (MAOIs, pimozide). DailyMed.',
    kind: 'label',
    url: dailymed('sertraline'),
  },
  {
    id: 'check-label-citalopram',
    citation:
      'Allergan. CELEXA (citalopram) tablets, US prescribing information: Contraindications (MAOIs, pimozide), QT prolongation (maximum 40 mg/day; 20 mg/day above age 60, hepatic impairment, CYP2C19 poor metabolizers, cimetidine). DailyMed.',
    kind: 'label',
    url: dailymed('citalopram'),
  },
  {
    id: 'check-label-atomoxetine',
    citation:
      'Eli Lilly. STRATTERA (atomoxetine) capsules, US prescribing information: Contraindications (MAOIs within 14 days, narrow-angle glaucoma), Dosage with strong CYP2D6 inhibitors and in CYP2D6 poor metabolizers. DailyMed.',
    kind: 'label',
    url: dailymed('atomoxetine'),
  },
  {
    id: 'check-label-vortioxetine',
    citation:
      'Takeda Pharmaceuticals America. TRINTELLIX (vortioxetine) tablets, US prescribing information: Dosage (halve with strong CYP2D6 inhibitors; maximum 10 mg/day in CYP2D6 poor metabolizers; consider increase with strong inducers), MAOI washout 21 days. DailyMed.',
    kind: 'label',
    url: dailymed('vortioxetine'),
  },
  {
    id: 'check-label-alprazolam',
    citation:
      'Pfizer (Viatris). XANAX (alprazolam) tablets, US prescribing information: Contraindications (strong CYP3A inhibitors other than ritonavir, e.g. ketoconazole, itraconazole), Boxed Warning (opioids; abuse and dependence). DailyMed.',
    kind: 'label',
    url: dailymed('alprazolam'),
  },
  {
    id: 'check-label-naltrexone',
    citation:
      'Naltrexone hydrochloride tablets and Alkermes VIVITROL (naltrexone for extended-release injectable suspension), US prescribing information: Contraindications (receiving opioid analgesics, current physiologic opioid dependence, acute opioid withdrawal); opioid-free interval of 7–10 days before starting. DailyMed.',
    kind: 'label',
    url: dailymed('naltrexone'),
  },
  {
    id: 'check-label-disulfiram',
    citation:
      'Disulfiram tablets, US prescribing information: Contraindications (alcohol intoxication; never give without the patient\u2019s full knowledge; at least 12 hours without alcohol before the first dose). DailyMed.',
    kind: 'label',
    url: dailymed('disulfiram'),
  },
  {
    id: 'check-label-duloxetine',
    citation:
      'Eli Lilly. CYMBALTA (duloxetine) capsules, US prescribing information: Warnings (hepatotoxicity; avoid in substantial alcohol use or chronic liver disease; avoid with severe renal impairment). DailyMed.',
    kind: 'label',
    url: dailymed('duloxetine'),
  },
  {
    id: 'check-label-tramadol',
    citation:
      'Janssen. ULTRAM (tramadol hydrochloride) tablets, US prescribing information: Boxed Warning (CYP450 interactions, benzodiazepines and CNS depressants), Warnings (serotonin syndrome, seizure risk), Drug Interactions (CYP2D6 inhibitors reduce analgesia). DailyMed.',
    kind: 'label',
    url: dailymed('tramadol'),
  },
  {
    id: 'check-label-methadone',
    citation:
      'Methadone hydrochloride tablets (DOLOPHINE), US prescribing information: Boxed Warning (QT prolongation, CYP450 interactions, benzodiazepines), Drug Interactions (CYP3A4 inducers: withdrawal; inhibitors: toxicity). DailyMed.',
    kind: 'label',
    url: dailymed('methadone'),
  },
  {
    id: 'check-label-buprenorphine',
    citation:
      'Indivior. SUBOXONE (buprenorphine and naloxone) sublingual film, US prescribing information: Warnings (benzodiazepines and CNS depressants: do not categorically deny treatment; CYP3A4 inhibitors and inducers; precipitated withdrawal and blocked analgesia with full agonists). DailyMed.',
    kind: 'label',
    url: dailymed('buprenorphine naloxone'),
  },
  {
    id: 'check-label-tca',
    citation:
      'Amitriptyline hydrochloride tablets (tricyclic antidepressant class labeling), US prescribing information: Contraindications (acute recovery phase after myocardial infarction, MAOIs), Warnings (conduction delay and arrhythmia, angle-closure glaucoma, anticholinergic effects). DailyMed.',
    kind: 'label',
    url: dailymed('amitriptyline'),
  },
  {
    id: 'check-label-stimulants',
    citation:
      'CNS stimulant class labeling, e.g. Janssen CONCERTA (methylphenidate HCl) and Takeda VYVANSE (lisdexamfetamine) US prescribing information: Contraindications (MAOIs or within 14 days), Warnings (avoid in known structural cardiac abnormalities, cardiomyopathy, serious arrhythmia, coronary artery disease; abuse, misuse and addiction Boxed Warning). DailyMed.',
    kind: 'label',
    url: dailymed('methylphenidate'),
  },
  {
    id: 'check-label-antidepressant-class',
    citation:
      'FDA antidepressant class labeling (e.g. Pfizer ZOLOFT, Eli Lilly PROZAC US prescribing information): Boxed Warning (suicidal thoughts and behaviors up to age 24), Warnings (activation of mania/hypomania, angle-closure glaucoma, hyponatremia, abnormal bleeding with NSAIDs, aspirin and anticoagulants). DailyMed.',
    kind: 'label',
    url: dailymed('sertraline'),
  },
  {
    id: 'check-label-buspirone',
    citation:
      'Buspirone hydrochloride tablets (BUSPAR), US prescribing information: Drug Interactions (not recommended with MAOIs: elevated blood pressure). DailyMed.',
    kind: 'label',
    url: dailymed('buspirone'),
  },
  {
    id: 'check-label-benzodiazepine-class',
    citation:
      'Benzodiazepine class labeling (e.g. Roche KLONOPIN, Pfizer ATIVAN US prescribing information): Boxed Warning (opioids; abuse, misuse, addiction; dependence and withdrawal), Warnings (respiratory depression in compromised respiratory function). DailyMed.',
    kind: 'label',
    url: dailymed('clonazepam'),
  },
  {
    id: 'check-label-antipsychotic-class',
    citation:
      'Antipsychotic class labeling (e.g. Janssen RISPERDAL US prescribing information): Boxed Warning (increased mortality in elderly patients with dementia-related psychosis). DailyMed.',
    kind: 'label',
    url: dailymed('risperidone'),
  },
  {
    id: 'check-label-gabapentinoid',
    citation:
      'Pfizer (Viatris). NEURONTIN (gabapentin) and LYRICA (pregabalin), US prescribing information: Warnings (respiratory depression with opioids and other CNS depressants; dose adjustment in renal impairment). DailyMed.',
    kind: 'label',
    url: dailymed('gabapentin'),
  },
  {
    id: 'check-label-orexin',
    citation:
      'Merck. BELSOMRA (suvorexant); Eisai. DAYVIGO (lemborexant); Idorsia. QUVIVIQ (daridorexant) tablets, US prescribing information: Drug Interactions (strong CYP3A inhibitors: not recommended/avoid; moderate inhibitors: lower maximum dose). DailyMed.',
    kind: 'label',
    url: dailymed('suvorexant'),
  },
  {
    id: 'check-label-hormonal-contraceptive',
    citation:
      'Combined hormonal contraceptive class labeling (e.g. ethinyl estradiol and levonorgestrel tablets), US prescribing information: Drug Interactions (CYP3A4 inducers such as carbamazepine, oxcarbazepine, topiramate, rifampin and St John\u2019s wort reduce efficacy; use a back-up or alternative method). DailyMed.',
    kind: 'label',
    url: dailymed('ethinyl estradiol levonorgestrel'),
  },

  // ----- FDA safety communications and regulation -----------------------------------------------
  {
    id: 'check-fda-opioid-benzodiazepine-2016',
    citation:
      'US Food and Drug Administration. Drug Safety Communication: FDA warns about serious risks and death when combining opioid pain or cough medicines with benzodiazepines; requires its strongest warning. 31 August 2016.',
    kind: 'regulation',
  },
  {
    id: 'check-fda-moud-benzodiazepine-2017',
    citation:
      'US Food and Drug Administration. Drug Safety Communication: FDA urges caution about withholding opioid addiction medications from patients taking benzodiazepines or CNS depressants; careful medication management can reduce risks. 20 September 2017.',
    kind: 'regulation',
  },
  {
    id: 'check-fda-gabapentinoid-2019',
    citation:
      'US Food and Drug Administration. Drug Safety Communication: FDA warns about serious breathing problems with seizure and nerve pain medicines gabapentin and pregabalin when used with CNS depressants or in patients with lung problems. 19 December 2019.',
    kind: 'regulation',
  },
  {
    id: 'check-fda-benzodiazepine-2020',
    citation:
      'US Food and Drug Administration. Drug Safety Communication: FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class (abuse, misuse, addiction, physical dependence and withdrawal). 23 September 2020.',
    kind: 'regulation',
  },
  {
    id: 'check-fda-linezolid-2011',
    citation:
      'US Food and Drug Administration. Drug Safety Communication: Serious CNS reactions possible when linezolid (Zyvox) is given to patients taking certain psychiatric medications. 26 July 2011, updated 20 October 2011.',
    kind: 'regulation',
  },
  {
    id: 'check-fda-methylene-blue-2011',
    citation:
      'US Food and Drug Administration. Drug Safety Communication: Serious CNS reactions possible when methylene blue is given to patients taking certain psychiatric medications. 26 July 2011, updated 20 October 2011.',
    kind: 'regulation',
  },
  {
    id: 'check-fda-triptan-2006',
    citation:
      'US Food and Drug Administration. Public Health Advisory: Combined use of 5-hydroxytryptamine receptor agonists (triptans), selective serotonin reuptake inhibitors (SSRIs) or selective serotonin/norepinephrine reuptake inhibitors (SNRIs) may result in life-threatening serotonin syndrome. 19 July 2006.',
    kind: 'regulation',
  },
  {
    id: 'check-fda-antidepressant-suicidality-2007',
    citation:
      'US Food and Drug Administration. Antidepressant use in children, adolescents and adults: class-wide Boxed Warning on suicidality (2004), extended to young adults aged 18–24 (May 2007).',
    kind: 'regulation',
  },
  {
    id: 'check-fda-antipsychotic-dementia-2008',
    citation:
      'US Food and Drug Administration. Public Health Advisory: Deaths with antipsychotics in elderly patients with behavioral disturbances (11 April 2005); Information for Healthcare Professionals: conventional antipsychotics (16 June 2008).',
    kind: 'regulation',
  },
  {
    id: 'check-fda-valproate-2013',
    citation:
      'US Food and Drug Administration. Drug Safety Communication: Valproate anti-seizure products contraindicated for migraine prevention in pregnant women due to decreased IQ scores in exposed children. 6 May 2013.',
    kind: 'regulation',
  },
  {
    id: 'check-fda-stimulant-boxed-2023',
    citation:
      'US Food and Drug Administration. FDA requires updates to the Boxed Warning for prescription stimulants to address misuse, abuse and addiction. 11 May 2023.',
    kind: 'regulation',
  },
  {
    id: 'check-ryan-haight-2008',
    citation:
      'Ryan Haight Online Pharmacy Consumer Protection Act of 2008, Pub. L. 110-425; 21 U.S.C. 829(e) (in-person medical evaluation before prescribing controlled substances by means of the Internet).',
    kind: 'regulation',
  },
  {
    id: 'check-dea-telemedicine-2026',
    citation:
      'Drug Enforcement Administration and Department of Health and Human Services. Fourth Temporary Extension of COVID-19 Telemedicine Flexibilities for Prescription of Controlled Medications. Temporary rule, 90 FR 61301 (31 December 2025); effective 1 January 2026 through 31 December 2026.',
    kind: 'regulation',
    url: 'https://www.govinfo.gov/content/pkg/FR-2025-12-31/html/2025-24123.htm',
  },
  {
    id: 'check-dea-buprenorphine-telemedicine-2025',
    citation:
      'Drug Enforcement Administration and Department of Health and Human Services. Expansion of Buprenorphine Treatment via Telemedicine Encounter. Final rule, 90 FR 6504 (17 January 2025); effective date delayed to 31 December 2025 (90 FR 13410). Initial six-month supply by telemedicine, including audio-only, after a PDMP check.',
    kind: 'regulation',
    url: 'https://www.federalregister.gov/d/2025-01049',
  },
  {
    id: 'check-cfr-1306-12',
    citation:
      '21 CFR 1306.12 — Refilling prescriptions; issuance of multiple prescriptions (Schedule II: no refills).',
    kind: 'regulation',
    url: 'https://www.ecfr.gov/current/title-21/section-1306.12',
  },
  {
    id: 'check-cfr-1306-22',
    citation:
      '21 CFR 1306.22 — Refilling of prescriptions (Schedules III and IV: no more than five refills, within six months of issue).',
    kind: 'regulation',
    url: 'https://www.ecfr.gov/current/title-21/section-1306.22',
  },

  // ----- Guidelines, consensus statements, papers, databases ------------------------------------
  {
    id: 'check-phansalkar-2012',
    citation:
      'Phansalkar S, Desai AA, Bell D, et al. High-priority drug-drug interactions for use in electronic health records. J Am Med Inform Assoc. 2012;19:735-743.',
    kind: 'consensus',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3422823/',
  },
  {
    id: 'check-boyer-2005',
    citation: 'Boyer EW, Shannon M. The serotonin syndrome. N Engl J Med. 2005;352:1112-1120.',
    kind: 'paper',
  },
  {
    id: 'check-evans-2010',
    citation:
      'Evans RW, Tepper SJ, Shapiro RE, Sun-Edelstein C, Tietjen GE. The FDA alert on serotonin syndrome with use of triptans combined with selective serotonin reuptake inhibitors or selective serotonin-norepinephrine reuptake inhibitors: American Headache Society position paper. Headache. 2010;50:1089-1099.',
    kind: 'consensus',
  },
  {
    id: 'check-orlova-2018',
    citation:
      'Orlova Y, Rizzoli P, Loder E. Association of coprescription of triptan antimigraine drugs and selective serotonin reuptake inhibitor or selective norepinephrine reuptake inhibitor antidepressants with serotonin syndrome. JAMA Neurol. 2018;75:566-572.',
    kind: 'paper',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5885255',
  },
  {
    id: 'check-drew-2010',
    citation:
      'Drew BJ, Ackerman MJ, Funk M, et al. Prevention of torsade de pointes in hospital settings: a scientific statement from the American Heart Association and the American College of Cardiology Foundation. Circulation. 2010;121:1047-1060.',
    kind: 'consensus',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3056123/',
  },
  {
    id: 'check-crediblemeds',
    citation:
      'Woosley RL, Heise CW, Romero KA. QTdrugs List (Known, Possible and Conditional Risk of Torsades de Pointes). AZCERT, CredibleMeds.org.',
    kind: 'database',
    url: 'https://crediblemeds.org',
  },
  {
    id: 'check-fda-ddi-table',
    citation:
      'US Food and Drug Administration. Drug Development and Drug Interactions: Table of Substrates, Inhibitors and Inducers (strong, moderate and weak CYP inhibitors and inducers; sensitive and narrow-therapeutic-index substrates).',
    kind: 'database',
    url: 'https://www.fda.gov/drugs/drug-interactions-labeling/healthcare-professionals-fdas-examples-drugs-interact-cyp-enzymes-and-transporter-systems',
  },
  {
    id: 'check-beers-2023',
    citation:
      'By the 2023 American Geriatrics Society Beers Criteria Update Expert Panel. American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults. J Am Geriatr Soc. 2023;71:2052-2081.',
    kind: 'guideline',
  },
  {
    id: 'check-boustani-2008',
    citation:
      'Boustani M, Campbell N, Munger S, Maidment I, Fox C. Impact of anticholinergics on the aging brain: a review and practical application. Aging Health. 2008;4:311-320 (Anticholinergic Cognitive Burden scale).',
    kind: 'paper',
  },
  {
    id: 'check-hiemke-2018',
    citation:
      'Hiemke C, Bergemann N, Clement HW, et al. Consensus guidelines for therapeutic drug monitoring in neuropsychopharmacology: update 2017. Pharmacopsychiatry. 2018;51:9-62 (laboratory alert levels).',
    kind: 'consensus',
  },
  {
    id: 'check-de-abajo-2008',
    citation:
      'de Abajo FJ, García-Rodríguez LA. Risk of upper gastrointestinal tract bleeding associated with selective serotonin reuptake inhibitors and venlafaxine therapy: interaction with nonsteroidal anti-inflammatory drugs and effect of acid-suppressing agents. Arch Gen Psychiatry. 2008;65:795-803.',
    kind: 'paper',
  },
  {
    id: 'check-tiihonen-2019',
    citation:
      'Tiihonen J, Taipale H, Mehtälä J, Vattulainen P, Correll CU, Tanskanen A. Association of antipsychotic polypharmacy vs monotherapy with psychiatric rehospitalization among adults with schizophrenia. JAMA Psychiatry. 2019;76:499-507.',
    kind: 'paper',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6495354',
  },
  {
    id: 'check-kelly-2010',
    citation:
      'Kelly CM, Juurlink DN, Gomes T, et al. Selective serotonin reuptake inhibitors and breast cancer mortality in women receiving tamoxifen: a population based cohort study. BMJ. 2010;340:c693.',
    kind: 'paper',
  },
  {
    id: 'check-crews-2021',
    citation:
      'Crews KR, Monte AA, Huddart R, et al. Clinical Pharmacogenetics Implementation Consortium guideline for CYP2D6, OPRM1, and COMT genotypes and select opioid therapy. Clin Pharmacol Ther. 2021;110:888-896.',
    kind: 'guideline',
  },
  {
    id: 'check-hirsch-2008',
    citation:
      'Hirsch LJ, Arif H, Nahm EA, Buchsbaum R, Resor SR Jr, Bazil CW. Cross-sensitivity of skin rashes with antiepileptic drug use. Neurology. 2008;71:1527-1534.',
    kind: 'paper',
  },
  {
    id: 'check-pacchiarotti-2013',
    citation:
      'Pacchiarotti I, Bond DJ, Baldessarini RJ, et al. The International Society for Bipolar Disorders (ISBD) task force report on antidepressant use in bipolar disorders. Am J Psychiatry. 2013;170:1249-1262.',
    kind: 'consensus',
  },
  {
    id: 'check-schneider-2005',
    citation:
      'Schneider LS, Dagerman KS, Insel P. Risk of death with atypical antipsychotic drug treatment for dementia: meta-analysis of randomized placebo-controlled trials. JAMA. 2005;294:1934-1943.',
    kind: 'paper',
  },
  {
    id: 'check-inker-2021',
    citation:
      'Inker LA, Eneanya ND, Coresh J, et al. New creatinine- and cystatin C-based equations to estimate GFR without race. N Engl J Med. 2021;385:1737-1749 (CKD-EPI 2021).',
    kind: 'paper',
  },
  {
    id: 'check-kdigo-2024',
    citation:
      'Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group. KDIGO 2024 clinical practice guideline for the evaluation and management of chronic kidney disease. Kidney Int. 2024;105(4S):S117-S314 (GFR categories G3a–G5).',
    kind: 'guideline',
  },
  {
    id: 'check-lactmed',
    citation:
      'Drugs and Lactation Database (LactMed). National Library of Medicine / National Institute of Child Health and Human Development, Bethesda (MD).',
    kind: 'database',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK501922/',
  },
  {
    id: 'check-acog-2023',
    citation:
      'American College of Obstetricians and Gynecologists. Clinical Practice Guideline No. 5: Treatment and management of mental health conditions during pregnancy and postpartum. Obstet Gynecol. 2023;141:1262-1288.',
    kind: 'guideline',
  },
  {
    id: 'check-nice-cg185',
    citation:
      'National Institute for Health and Care Excellence. Bipolar disorder: assessment and management (CG185), 2014, updated 2023 (lithium monitoring; valproate not to be offered to women and girls of childbearing potential).',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/cg185',
  },
  {
    id: 'check-mhra-valproate-2018',
    citation:
      'Medicines and Healthcare products Regulatory Agency / European Medicines Agency (PRAC). Valproate: pregnancy prevention programme — contraindicated in women of childbearing potential unless the conditions of the programme are met. 2018 (updated 2023–2024).',
    kind: 'regulation',
  },
  {
    id: 'check-tsuda-2014',
    citation:
      'Tsuda Y, Saruwatari J, Yasui-Furukori N. Meta-analysis: the effects of smoking on the disposition of two commonly used antipsychotic agents, olanzapine and clozapine. BMJ Open. 2014;4:e004216.',
    kind: 'paper',
  },
  {
    id: 'check-asam-2020',
    citation:
      'American Society of Addiction Medicine. The ASAM National Practice Guideline for the Treatment of Opioid Use Disorder: 2020 Focused Update. J Addict Med. 2020;14(2S Suppl 1):1-91.',
    kind: 'guideline',
  },
  {
    id: 'check-apa-aud-2018',
    citation:
      'American Psychiatric Association. Practice Guideline for the Pharmacological Treatment of Patients With Alcohol Use Disorder. 2018.',
    kind: 'guideline',
  },
  {
    id: 'check-jacob-2006',
    citation:
      'Jacob S, Spinler SA. Hyponatremia associated with selective serotonin-reuptake inhibitors in older adults. Ann Pharmacother. 2006;40:1618-1622.',
    kind: 'paper',
  },
];
