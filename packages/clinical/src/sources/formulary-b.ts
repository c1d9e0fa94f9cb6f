import type { Source } from '../types.js';

/**
 * Sources for formulary group B: mood stabilizers and anticonvulsants, anxiolytics and hypnotics,
 * ADHD medications and medications for substance use disorders.
 *
 * Label ids are `label-<generic>`; every other id carries the `fb-` prefix so it cannot collide
 * with another group's list. Labels point at DailyMed, where the current FDA-approved prescribing
 * information (and its revision date) is kept.
 */

function dailymed(query: string): string {
  return `https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=${encodeURIComponent(query)}`;
}

function label(id: string, citation: string, query: string): Source {
  return { id: `label-${id}`, citation, kind: 'label', url: dailymed(query) };
}

const LABELS: Source[] = [
  // Mood stabilizers and anticonvulsants
  label(
    'lithium',
    'Lithium carbonate capsules, tablets, extended-release tablets (Lithobid) and oral solution: FDA-approved prescribing information (boxed warning: lithium toxicity; 2016 PLR revision and later). DailyMed.',
    'lithium carbonate',
  ),
  label(
    'valproate',
    'AbbVie. DEPAKOTE (divalproex sodium) delayed-release tablets and DEPAKOTE ER: FDA-approved prescribing information (boxed warnings: hepatotoxicity, fetal risk, pancreatitis). DailyMed.',
    'divalproex sodium',
  ),
  label(
    'carbamazepine',
    'Novartis. TEGRETOL / TEGRETOL-XR (carbamazepine) and Validus. EQUETRO (carbamazepine) extended-release capsules: FDA-approved prescribing information (boxed warnings: serious dermatologic reactions and HLA-B*1502; aplastic anemia and agranulocytosis). DailyMed.',
    'carbamazepine',
  ),
  label(
    'oxcarbazepine',
    'Novartis. TRILEPTAL (oxcarbazepine) tablets and oral suspension: FDA-approved prescribing information. DailyMed.',
    'oxcarbazepine',
  ),
  label(
    'lamotrigine',
    'GlaxoSmithKline. LAMICTAL (lamotrigine) tablets, chewable dispersible tablets and orally disintegrating tablets: FDA-approved prescribing information (boxed warning: serious skin rashes). DailyMed.',
    'lamotrigine',
  ),
  label(
    'topiramate',
    'Janssen. TOPAMAX (topiramate) tablets and sprinkle capsules: FDA-approved prescribing information. DailyMed.',
    'topiramate',
  ),
  label(
    'gabapentin',
    'Viatris (Pfizer). NEURONTIN (gabapentin) capsules, tablets and oral solution: FDA-approved prescribing information. DailyMed.',
    'gabapentin',
  ),
  label(
    'pregabalin',
    'Viatris (Pfizer). LYRICA (pregabalin) capsules and oral solution, CV: FDA-approved prescribing information. DailyMed.',
    'pregabalin',
  ),
  // Benzodiazepines
  label(
    'alprazolam',
    'Viatris (Pfizer). XANAX (alprazolam) tablets and XANAX XR, CIV: FDA-approved prescribing information (2020 benzodiazepine class boxed warning). DailyMed.',
    'alprazolam',
  ),
  label(
    'clonazepam',
    'H2-Pharma (Roche). KLONOPIN (clonazepam) tablets, CIV: FDA-approved prescribing information. DailyMed.',
    'clonazepam',
  ),
  label(
    'lorazepam',
    'Bausch Health. ATIVAN (lorazepam) tablets, CIV: FDA-approved prescribing information. DailyMed.',
    'lorazepam',
  ),
  label(
    'diazepam',
    'Roche. VALIUM (diazepam) tablets, CIV: FDA-approved prescribing information. DailyMed.',
    'diazepam',
  ),
  label(
    'chlordiazepoxide',
    'Chlordiazepoxide hydrochloride capsules, CIV: FDA-approved prescribing information (generic; reference product LIBRIUM). DailyMed.',
    'chlordiazepoxide',
  ),
  label(
    'temazepam',
    'Temazepam capsules, CIV: FDA-approved prescribing information (reference product RESTORIL). DailyMed.',
    'temazepam',
  ),
  label(
    'oxazepam',
    'Oxazepam capsules, CIV: FDA-approved prescribing information (generic). DailyMed.',
    'oxazepam',
  ),
  label(
    'clorazepate',
    'Clorazepate dipotassium tablets (TRANXENE T-TAB), CIV: FDA-approved prescribing information. DailyMed.',
    'clorazepate dipotassium',
  ),
  label(
    'triazolam',
    'Pfizer. HALCION (triazolam) tablets, CIV: FDA-approved prescribing information. DailyMed.',
    'triazolam',
  ),
  // Other anxiolytics and hypnotics
  label(
    'buspirone',
    'Buspirone hydrochloride tablets: FDA-approved prescribing information (reference product BUSPAR). DailyMed.',
    'buspirone',
  ),
  label(
    'hydroxyzine',
    'Pfizer. VISTARIL (hydroxyzine pamoate) capsules and hydroxyzine hydrochloride tablets/syrup: FDA-approved prescribing information. DailyMed.',
    'hydroxyzine',
  ),
  label(
    'zolpidem',
    'Sanofi. AMBIEN / AMBIEN CR (zolpidem tartrate), CIV: FDA-approved prescribing information (boxed warning: complex sleep behaviors). DailyMed.',
    'zolpidem',
  ),
  label(
    'eszopiclone',
    'Sunovion. LUNESTA (eszopiclone) tablets, CIV: FDA-approved prescribing information (boxed warning: complex sleep behaviors). DailyMed.',
    'eszopiclone',
  ),
  label(
    'zaleplon',
    'Zaleplon capsules (reference product SONATA), CIV: FDA-approved prescribing information (boxed warning: complex sleep behaviors). DailyMed.',
    'zaleplon',
  ),
  label(
    'ramelteon',
    'Takeda. ROZEREM (ramelteon) tablets: FDA-approved prescribing information. DailyMed.',
    'ramelteon',
  ),
  label(
    'suvorexant',
    'Merck Sharp & Dohme. BELSOMRA (suvorexant) tablets, CIV: FDA-approved prescribing information. DailyMed.',
    'suvorexant',
  ),
  label(
    'lemborexant',
    'Eisai. DAYVIGO (lemborexant) tablets, CIV: FDA-approved prescribing information. DailyMed.',
    'lemborexant',
  ),
  label(
    'daridorexant',
    'Idorsia. QUVIVIQ (daridorexant) tablets, CIV: FDA-approved prescribing information. DailyMed.',
    'daridorexant',
  ),
  label(
    'prazosin',
    'Pfizer. MINIPRESS (prazosin hydrochloride) capsules: FDA-approved prescribing information. DailyMed.',
    'prazosin',
  ),
  label(
    'propranolol',
    'Propranolol hydrochloride tablets and INDERAL LA / INNOPRAN XL extended-release capsules: FDA-approved prescribing information (boxed warning: abrupt cessation in ischemic heart disease). DailyMed.',
    'propranolol hydrochloride',
  ),
  // ADHD
  label(
    'methylphenidate',
    'Janssen. CONCERTA (methylphenidate HCl) extended-release tablets and Novartis. RITALIN (methylphenidate HCl), CII: FDA-approved prescribing information (2023 class boxed warning: abuse, misuse and addiction). DailyMed.',
    'methylphenidate',
  ),
  label(
    'dexmethylphenidate',
    'Novartis. FOCALIN / FOCALIN XR (dexmethylphenidate HCl), CII: FDA-approved prescribing information. DailyMed.',
    'dexmethylphenidate',
  ),
  label(
    'amphetamine',
    'Teva. ADDERALL (dextroamphetamine saccharate, amphetamine aspartate, dextroamphetamine sulfate, amphetamine sulfate) tablets and Takeda. ADDERALL XR, CII: FDA-approved prescribing information. DailyMed.',
    'adderall',
  ),
  label(
    'dextroamphetamine',
    'Dextroamphetamine sulfate tablets and DEXEDRINE SPANSULE capsules, CII: FDA-approved prescribing information. DailyMed.',
    'dextroamphetamine sulfate',
  ),
  label(
    'lisdexamfetamine',
    'Takeda. VYVANSE (lisdexamfetamine dimesylate) capsules and chewable tablets, CII: FDA-approved prescribing information. DailyMed.',
    'lisdexamfetamine',
  ),
  label(
    'atomoxetine',
    'Eli Lilly. STRATTERA (atomoxetine) capsules: FDA-approved prescribing information (boxed warning: suicidal ideation in children and adolescents; CYP2D6 poor metabolizer dosing). DailyMed.',
    'atomoxetine',
  ),
  label(
    'viloxazine',
    'Supernus. QELBREE (viloxazine) extended-release capsules: FDA-approved prescribing information (boxed warning: suicidal thoughts and behaviors). DailyMed.',
    'viloxazine',
  ),
  label(
    'guanfacine',
    'Takeda. INTUNIV (guanfacine) extended-release tablets: FDA-approved prescribing information. DailyMed.',
    'guanfacine',
  ),
  label(
    'clonidine',
    'Clonidine hydrochloride extended-release tablets (KAPVAY) and CATAPRES (clonidine HCl) tablets: FDA-approved prescribing information. DailyMed.',
    'clonidine hydrochloride',
  ),
  // Substance use disorders
  label(
    'naltrexone',
    'Naltrexone hydrochloride tablets and Alkermes. VIVITROL (naltrexone for extended-release injectable suspension): FDA-approved prescribing information. DailyMed.',
    'naltrexone',
  ),
  label(
    'acamprosate',
    'Acamprosate calcium delayed-release tablets (reference product CAMPRAL): FDA-approved prescribing information. DailyMed.',
    'acamprosate',
  ),
  label(
    'disulfiram',
    'Disulfiram tablets (reference product ANTABUSE): FDA-approved prescribing information (boxed warning: never give to an intoxicated patient or without full knowledge). DailyMed.',
    'disulfiram',
  ),
  label(
    'buprenorphine',
    'Indivior. SUBOXONE (buprenorphine and naloxone) sublingual film, buprenorphine sublingual tablets, and SUBLOCADE (buprenorphine extended-release injection), CIII: FDA-approved prescribing information. DailyMed.',
    'buprenorphine',
  ),
  label(
    'naloxone',
    'Emergent. NARCAN (naloxone hydrochloride) nasal spray: FDA-approved labeling (prescription and 2023 nonprescription). DailyMed.',
    'naloxone',
  ),
  label(
    'methadone',
    'Hikma. DOLOPHINE (methadone hydrochloride) tablets and METHADOSE oral concentrate, CII: FDA-approved prescribing information (boxed warnings incl. QT prolongation, respiratory depression, conditions for distribution for opioid addiction). DailyMed.',
    'methadone hydrochloride',
  ),
  label(
    'varenicline',
    'Pfizer. CHANTIX (varenicline tartrate) tablets: FDA-approved prescribing information (boxed warning removed December 2016). DailyMed.',
    'varenicline',
  ),
];

const OTHER: Source[] = [
  {
    id: 'fb-21cfr1308',
    citation:
      'Code of Federal Regulations, Title 21, Part 1308 — Schedules of Controlled Substances (§1308.12 Schedule II, §1308.13 Schedule III, §1308.14 Schedule IV, §1308.15 Schedule V). U.S. Drug Enforcement Administration; eCFR current edition.',
    kind: 'regulation',
    url: 'https://www.ecfr.gov/current/title-21/chapter-II/part-1308',
  },
  {
    id: 'fb-fda-ddi-table',
    citation:
      'U.S. Food and Drug Administration. Drug Development and Drug Interactions: Table of Substrates, Inhibitors and Inducers (clinical index substrates, inhibitors and inducers of CYP enzymes and transporters).',
    kind: 'database',
    url: 'https://www.fda.gov/drugs/drug-interactions-labeling/healthcare-professionals-fdas-examples-drugs-interact-cyp-enzymes-and-transporter-systems',
  },
  {
    id: 'fb-fda-dsc-opioid-benzo-2016',
    citation:
      'U.S. FDA Drug Safety Communication (31 Aug 2016): FDA warns about serious risks and death when combining opioid pain or cough medicines with benzodiazepines; requires its strongest warning.',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-warns-about-serious-risks-and-death-when-combining-opioid-pain-or',
  },
  {
    id: 'fb-fda-dsc-benzo-2020',
    citation:
      'U.S. FDA Drug Safety Communication (23 Sep 2020): FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class (abuse, misuse, addiction, physical dependence, withdrawal reactions).',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
  },
  {
    id: 'fb-fda-dsc-gabapentinoids-2019',
    citation:
      'U.S. FDA Drug Safety Communication (19 Dec 2019): FDA warns about serious breathing difficulties with gabapentinoids (gabapentin, pregabalin) in patients with respiratory risk factors.',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-warns-about-serious-breathing-problems-seizure-and-nerve-pain-medicines-gabapentin-neurontin',
  },
  {
    id: 'fb-fda-dsc-zdrug-2019',
    citation:
      'U.S. FDA Drug Safety Communication (30 Apr 2019): FDA adds Boxed Warning for risk of serious injuries caused by sleepwalking with certain prescription insomnia medicines (eszopiclone, zaleplon, zolpidem).',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-adds-boxed-warning-risk-serious-injuries-caused-sleepwalking-certain-prescription-insomnia',
  },
  {
    id: 'fb-fda-dsc-stimulants-2023',
    citation:
      'U.S. FDA Drug Safety Communication (11 May 2023): FDA requires updates to clarify the Boxed Warning about misuse, abuse, addiction and sharing of prescription stimulants.',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-prescription-stimulants',
  },
  {
    id: 'fb-fda-dsc-varenicline-2016',
    citation:
      'U.S. FDA Drug Safety Communication (16 Dec 2016): FDA revises description of mental health side effects of Chantix (varenicline) and Zyban (bupropion); Boxed Warning removed after the EAGLES trial.',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-revises-description-mental-health-side-effects-stop-smoking',
  },
  {
    id: 'fb-fda-dsc-valproate-2013',
    citation:
      'U.S. FDA Drug Safety Communication (6 May 2013): Valproate anti-seizure products contraindicated for migraine prevention in pregnant women due to decreased IQ scores in exposed children.',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-valproate-anti-seizure-products-contraindicated-migraine-prevention',
  },
  {
    id: 'fb-canmat-bipolar-2018',
    citation:
      'Yatham LN, Kennedy SH, Parikh SV, et al. Canadian Network for Mood and Anxiety Treatments (CANMAT) and International Society for Bipolar Disorders (ISBD) 2018 guidelines for the management of patients with bipolar disorder. Bipolar Disord. 2018;20(2):97-170.',
    kind: 'guideline',
    url: 'https://doi.org/10.1111/bdi.12609',
  },
  {
    id: 'fb-apa-bipolar-2002',
    citation:
      'American Psychiatric Association. Practice Guideline for the Treatment of Patients With Bipolar Disorder (Revision). Am J Psychiatry. 2002;159(4 Suppl):1-50.',
    kind: 'guideline',
  },
  {
    id: 'fb-nice-cg185',
    citation:
      'National Institute for Health and Care Excellence. Bipolar disorder: assessment and management. Clinical guideline CG185 (2014, updated 2023) — lithium monitoring recommendations.',
    kind: 'guideline',
    url: 'https://www.nice.org.uk/guidance/cg185',
  },
  {
    id: 'fb-cpic-hla-cbz-2017',
    citation:
      'Phillips EJ, Sukasem C, Whirl-Carrillo M, et al. Clinical Pharmacogenetics Implementation Consortium guideline for HLA genotype and use of carbamazepine and oxcarbazepine: 2017 update. Clin Pharmacol Ther. 2018;103(4):574-581.',
    kind: 'guideline',
    url: 'https://cpicpgx.org/guidelines/guideline-for-carbamazepine-and-hla-b/',
  },
  {
    id: 'fb-cpic-atomoxetine-2019',
    citation:
      'Brown JT, Bishop JR, Sangkuhl K, et al. Clinical Pharmacogenetics Implementation Consortium guideline for cytochrome P450 (CYP)2D6 genotype and atomoxetine therapy. Clin Pharmacol Ther. 2019;106(1):94-102.',
    kind: 'guideline',
    url: 'https://cpicpgx.org/guidelines/cpic-guideline-for-atomoxetine-based-on-cyp2d6-genotype/',
  },
  {
    id: 'fb-aap-adhd-2019',
    citation:
      'Wolraich ML, Hagan JF, Allan C, et al. Clinical Practice Guideline for the Diagnosis, Evaluation, and Treatment of Attention-Deficit/Hyperactivity Disorder in Children and Adolescents. Pediatrics. 2019;144(4):e20192528.',
    kind: 'guideline',
    url: 'https://doi.org/10.1542/peds.2019-2528',
  },
  {
    id: 'fb-aasm-insomnia-2017',
    citation:
      'Sateia MJ, Buysse DJ, Krystal AD, Neubauer DN, Heald JL. Clinical Practice Guideline for the Pharmacologic Treatment of Chronic Insomnia in Adults: An American Academy of Sleep Medicine Clinical Practice Guideline. J Clin Sleep Med. 2017;13(2):307-349.',
    kind: 'guideline',
    url: 'https://doi.org/10.5664/jcsm.6470',
  },
  {
    id: 'fb-aasm-nightmares-2018',
    citation:
      'Morgenthaler TI, Auerbach S, Casey KR, et al. Position Paper for the Treatment of Nightmare Disorder in Adults: An American Academy of Sleep Medicine Position Paper. J Clin Sleep Med. 2018;14(6):1041-1055.',
    kind: 'guideline',
    url: 'https://doi.org/10.5664/jcsm.7178',
  },
  {
    id: 'fb-asam-benzo-taper-2025',
    citation:
      'American Society of Addiction Medicine and partner societies. Joint Clinical Practice Guideline on Benzodiazepine Tapering: Considerations When Risks Outweigh Benefits. 2025.',
    kind: 'guideline',
    url: 'https://www.asam.org/quality-care/clinical-guidelines/benzodiazepine-tapering',
  },
  {
    id: 'fb-ags-beers-2023',
    citation:
      'American Geriatrics Society Beers Criteria Update Expert Panel. American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults. J Am Geriatr Soc. 2023;71(7):2052-2081.',
    kind: 'guideline',
    url: 'https://doi.org/10.1111/jgs.18372',
  },
  {
    id: 'fb-apa-aud-2018',
    citation:
      'Reus VI, Fochtmann LJ, Bukstein O, et al. The American Psychiatric Association Practice Guideline for the Pharmacological Treatment of Patients With Alcohol Use Disorder. Am J Psychiatry. 2018;175(1):86-90.',
    kind: 'guideline',
    url: 'https://doi.org/10.1176/appi.ajp.2017.1750101',
  },
  {
    id: 'fb-asam-oud-2020',
    citation:
      'American Society of Addiction Medicine. The ASAM National Practice Guideline for the Treatment of Opioid Use Disorder: 2020 Focused Update. J Addict Med. 2020;14(2S Suppl 1):1-91.',
    kind: 'guideline',
    url: 'https://doi.org/10.1097/ADM.0000000000000633',
  },
  {
    id: 'fb-samhsa-tip63',
    citation:
      'Substance Abuse and Mental Health Services Administration. TIP 63: Medications for Opioid Use Disorder. HHS Publication No. PEP21-02-01-002, updated 2021.',
    kind: 'guideline',
    url: 'https://store.samhsa.gov/product/tip-63-medications-opioid-use-disorder/pep21-02-01-002',
  },
  {
    id: 'fb-acog-oud-pregnancy-2017',
    citation:
      'American College of Obstetricians and Gynecologists. Committee Opinion No. 711: Opioid Use and Opioid Use Disorder in Pregnancy. Obstet Gynecol. 2017;130(2):e81-e94.',
    kind: 'guideline',
  },
  {
    id: 'fb-boustani-2008',
    citation:
      'Boustani M, Campbell N, Munger S, Maidment I, Fox C. Impact of anticholinergics on the aging brain: a review and practical application. Aging Health. 2008;4(3):311-320 (Anticholinergic Cognitive Burden scale).',
    kind: 'paper',
  },
  {
    id: 'fb-crediblemeds',
    citation:
      'Woosley RL, Heise CW, Romero KA. CredibleMeds QTdrugs List (known, possible and conditional risk of torsades de pointes). AZCERT, Inc.',
    kind: 'database',
    url: 'https://www.crediblemeds.org',
  },
  {
    id: 'fb-lactmed',
    citation:
      'Drugs and Lactation Database (LactMed). Bethesda (MD): National Institute of Child Health and Human Development / National Library of Medicine.',
    kind: 'database',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK501922/',
  },
  {
    id: 'fb-rxnorm',
    citation: 'U.S. National Library of Medicine. RxNorm (ingredient concepts, TTY=IN). RxNav.',
    kind: 'database',
    url: 'https://mor.nlm.nih.gov/RxNav/',
  },
];

export const FORMULARY_B_SOURCES: Source[] = [...LABELS, ...OTHER];
