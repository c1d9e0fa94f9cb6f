import type { Source } from '../types.js';

/** Sources for the rating-scale module (instruments, cut-points, change conventions, codes). */
export const SCALE_SOURCES: Source[] = [
  // Depression
  {
    id: 'kroenke-2001-phq9',
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606-613.',
    kind: 'paper',
    url: 'https://pubmed.ncbi.nlm.nih.gov/11556941/',
  },
  {
    id: 'kroenke-2003-phq2',
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care. 2003;41(11):1284-1292.',
    kind: 'paper',
  },
  {
    id: 'lowe-2004-phq9-change',
    citation:
      'Löwe B, Unützer J, Callahan CM, Perkins AJ, Kroenke K. Monitoring depression treatment outcomes with the Patient Health Questionnaire-9. Med Care. 2004;42(12):1194-1201. (Minimal clinically important individual change: 5 points, 2 standard errors of measurement.)',
    kind: 'paper',
    url: 'https://pubmed.ncbi.nlm.nih.gov/15550799/',
  },
  {
    id: 'scales-cms159',
    citation:
      'Centers for Medicare & Medicaid Services / MN Community Measurement. CMS159 Depression Remission at Twelve Months (v12-v14): remission is a PHQ-9/PHQ-9M score below 5; companion Depression Response measure uses a reduction of at least 50% from the index score.',
    kind: 'guideline',
    url: 'https://ecqi.healthit.gov/ecqm/ec/2026/cms0159v14',
  },
  // Anxiety
  {
    id: 'spitzer-2006-gad7',
    citation:
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097.',
    kind: 'paper',
  },
  {
    id: 'kroenke-2007-gad2',
    citation:
      'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med. 2007;146(5):317-325.',
    kind: 'paper',
  },
  {
    id: 'toussaint-2020-gad7-mcid',
    citation:
      'Toussaint A, Hüsing P, Gumz A, Wingenfeld K, Härter M, Schramm E, Löwe B. Sensitivity to change and minimal clinically important difference of the 7-item Generalized Anxiety Disorder Questionnaire (GAD-7). J Affect Disord. 2020;265:395-401. (MCID 4 points.)',
    kind: 'paper',
    url: 'https://doi.org/10.1016/j.jad.2020.01.032',
  },
  // Suicide risk
  {
    id: 'posner-2011-cssrs',
    citation:
      'Posner K, Brown GK, Stanley B, et al. The Columbia-Suicide Severity Rating Scale: initial validity and internal consistency findings from three multisite studies with adolescents and adults. Am J Psychiatry. 2011;168(12):1266-1277.',
    kind: 'paper',
  },
  {
    id: 'columbia-cssrs-screener',
    citation:
      'The Columbia Lighthouse Project. Columbia-Suicide Severity Rating Scale (C-SSRS) Screen Version with triage points (low, moderate, high risk). The Research Foundation for Mental Hygiene / Columbia University.',
    kind: 'guideline',
    url: 'https://cssrs.columbia.edu/',
  },
  // Substance use
  {
    id: 'bush-1998-auditc',
    citation:
      'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C): an effective brief screening test for problem drinking. Arch Intern Med. 1998;158(16):1789-1795.',
    kind: 'paper',
  },
  {
    id: 'bradley-2007-auditc',
    citation:
      'Bradley KA, DeBenedetti AF, Volk RJ, Williams EC, Frank D, Kivlahan DR. AUDIT-C as a brief screen for alcohol misuse in primary care. Alcohol Clin Exp Res. 2007;31(7):1208-1217. (Cut-points: 4 or more for men, 3 or more for women.)',
    kind: 'paper',
  },
  {
    id: 'babor-2001-audit',
    citation:
      'Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: The Alcohol Use Disorders Identification Test. Guidelines for Use in Primary Care, 2nd ed. World Health Organization; 2001 (WHO/MSD/MSB/01.6a). (Answer scoring; a "never" answer to question 1 skips questions 2 and 3.)',
    kind: 'guideline',
    url: 'https://www.who.int/publications/i/item/WHO-MSD-MSB-01.6a',
  },
  {
    id: 'skinner-1982-dast',
    citation: 'Skinner HA. The Drug Abuse Screening Test. Addict Behav. 1982;7(4):363-371.',
    kind: 'paper',
  },
  {
    id: 'nida-cde-dast10',
    citation:
      'National Institute on Drug Abuse, Common Data Elements repository: Drug Abuse Screening Test (DAST-10) score, valid values 0 no problems reported, 1-2 low level, 3-5 moderate level, 6-8 substantial level, 9-10 severe level.',
    kind: 'database',
    url: 'https://cde.drugabuse.gov/',
  },
  {
    id: 'comorbidity-guidelines-dast10',
    citation:
      'Marel C, Siedlecki P, Mills KL, et al. Guidelines on the management of co-occurring alcohol and other drug and mental health conditions in alcohol and other drug treatment settings, 2nd ed. Matilda Centre, University of Sydney; 2016. Appendix: DAST-10 scoring and interpretation (score 3-5: further investigation; 6 or more: intensive assessment).',
    kind: 'guideline',
    url: 'https://comorbidityguidelines.org.au/appendix-w-drug-abuse-screening-test-dast10/dast10-scoring-and-interpretation',
  },
  // ADHD
  {
    id: 'kessler-2005-asrs',
    citation:
      'Kessler RC, Adler L, Ames M, et al. The World Health Organization Adult ADHD Self-Report Scale (ASRS): a short screening scale for use in the general population. Psychol Med. 2005;35(2):245-256.',
    kind: 'paper',
  },
  // Bipolar
  {
    id: 'hirschfeld-2000-mdq',
    citation:
      'Hirschfeld RMA, Williams JBW, Spitzer RL, et al. Development and validation of a screening instrument for bipolar spectrum disorder: the Mood Disorder Questionnaire. Am J Psychiatry. 2000;157(11):1873-1875.',
    kind: 'paper',
  },
  // PTSD
  {
    id: 'weathers-2013-pcl5',
    citation:
      'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013; scoring guidance: total 0-80, cut-point 31-33, cluster B items 1-5, C 6-7, D 8-14, E 15-20.',
    kind: 'guideline',
    url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
  },
  {
    id: 'blevins-2015-pcl5',
    citation:
      'Blevins CA, Weathers FW, Davis MT, Witte TK, Domino JL. The Posttraumatic Stress Disorder Checklist for DSM-5 (PCL-5): development and initial psychometric evaluation. J Trauma Stress. 2015;28(6):489-498.',
    kind: 'paper',
    url: 'https://pubmed.ncbi.nlm.nih.gov/26606250/',
  },
  {
    id: 'bovin-2016-pcl5',
    citation:
      'Bovin MJ, Marx BP, Weathers FW, et al. Psychometric properties of the PTSD Checklist for Diagnostic and Statistical Manual of Mental Disorders-Fifth Edition (PCL-5) in veterans. Psychol Assess. 2016;28(11):1379-1391.',
    kind: 'paper',
    url: 'https://pubmed.ncbi.nlm.nih.gov/26653052/',
  },
  {
    id: 'marx-2022-pcl5-change',
    citation:
      'Marx BP, Lee DJ, Norman SB, et al. Reliable and clinically significant change in the Clinician-Administered PTSD Scale for DSM-5 and PTSD Checklist for DSM-5 among male veterans. Psychol Assess. 2022;34(2):197-203. (PCL-5 reliable change 15-18 points in two trial samples.)',
    kind: 'paper',
  },
  {
    id: 'blanchard-2023-pcl5-mid',
    citation:
      'Blanchard BE, Johnson M, Campbell SB, et al. Minimal important difference metrics and test-retest reliability of the PTSD Checklist for DSM-5 with a primary care sample. J Trauma Stress. 2023;36(6):1102-1114. (MID 9-12 points; changes of 5 or less likely not reliable.)',
    kind: 'paper',
    url: 'https://pubmed.ncbi.nlm.nih.gov/37845820/',
  },
  // Insomnia
  {
    id: 'bastien-2001-isi',
    citation:
      'Bastien CH, Vallières A, Morin CM. Validation of the Insomnia Severity Index as an outcome measure for insomnia research. Sleep Med. 2001;2(4):297-307.',
    kind: 'paper',
  },
  {
    id: 'morin-2011-isi',
    citation:
      'Morin CM, Belleville G, Bélanger L, Ivers H. The Insomnia Severity Index: psychometric indicators to detect insomnia cases and evaluate treatment response. Sleep. 2011;34(5):601-608. (A change of about 8 points matched moderate improvement.)',
    kind: 'paper',
    url: 'https://pubmed.ncbi.nlm.nih.gov/21532953/',
  },
  {
    id: 'morin-2009-isi-outcomes',
    citation:
      'Morin CM, Vallières A, Guay B, et al. Cognitive behavioral therapy, singly and combined with medication, for persistent insomnia: a randomized controlled trial. JAMA. 2009;301(19):2005-2015. (Response: ISI drop of more than 7 points; remission: ISI below 8.)',
    kind: 'paper',
    url: 'https://pubmed.ncbi.nlm.nih.gov/19454639/',
  },
  // Tardive dyskinesia
  {
    id: 'guy-1976-aims',
    citation:
      'Guy W. ECDEU Assessment Manual for Psychopharmacology, revised. DHEW Publication No. (ADM) 76-338. Rockville, MD: National Institute of Mental Health; 1976: Abnormal Involuntary Movement Scale (AIMS), pp. 534-537.',
    kind: 'textbook',
  },
  {
    id: 'schooler-kane-1982',
    citation:
      'Schooler NR, Kane JM. Research diagnoses for tardive dyskinesia. Arch Gen Psychiatry. 1982;39(4):486-487.',
    kind: 'paper',
  },
  // Codes
  {
    id: 'scales-loinc',
    citation:
      'Regenstrief Institute. LOINC: panels 44249-1 (PHQ-9), 55757-9 (PHQ-2), 69737-5 (GAD-7), 72109-2 (AUDIT-C); totals 44261-6, 55758-7, 70274-6, 75626-2; item and answer codes (LA6568-5 ... LA6571-9 frequency answers; LA33-6 yes, LA32-8 no).',
    kind: 'database',
    url: 'https://loinc.org/',
  },
  {
    id: 'scales-hl7-us-core-phq9',
    citation:
      'HL7 International. US Core Implementation Guide STU7: PHQ-9 QuestionnaireResponse example (item and answer LOINC codes).',
    kind: 'database',
    url: 'https://hl7.org/fhir/us/core/STU7/QuestionnaireResponse-phq-9-example.html',
  },
];
