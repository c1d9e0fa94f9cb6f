import type { Source } from '../types.js';

/**
 * Sources for the antidepressant and antipsychotic formulary (formulary/drugs/antidepressants.ts,
 * formulary/drugs/antipsychotics.ts) and the drug lookup.
 *
 * Id scheme: `label-<generic>` for a drug's US prescribing information (the formulary owns the
 * label of each drug it lists); `fa-…` ("formulary A") for shared references, so that other
 * domains citing the same document under their own id cannot collide with these.
 */

const DAILYMED = 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=';

function label(generic: string, citation: string): Source {
  return {
    id: `label-${generic.replace(/ /g, '-')}`,
    citation,
    kind: 'label',
    url: `${DAILYMED}${encodeURIComponent(generic)}`,
  };
}

const LABELS: Source[] = [
  // SSRIs
  label(
    'fluoxetine',
    'Eli Lilly and Company. PROZAC (fluoxetine) capsules, tablets and oral solution. US prescribing information (DailyMed). Initial US approval 1987.',
  ),
  label(
    'sertraline',
    'Pfizer/Viatris. ZOLOFT (sertraline hydrochloride) tablets and oral solution. US prescribing information (DailyMed). Initial US approval 1991.',
  ),
  label(
    'paroxetine',
    'Apotex/GlaxoSmithKline. PAXIL (paroxetine hydrochloride) tablets and oral suspension; PAXIL CR. US prescribing information (DailyMed). Initial US approval 1992.',
  ),
  label(
    'citalopram',
    'Allergan (AbbVie). CELEXA (citalopram) tablets. US prescribing information (DailyMed), including the 2011–2012 QT dose revisions. Initial US approval 1998.',
  ),
  label(
    'escitalopram',
    'Allergan (AbbVie). LEXAPRO (escitalopram) tablets and oral solution. US prescribing information (DailyMed). Initial US approval 2002.',
  ),
  label(
    'fluvoxamine',
    'Fluvoxamine maleate tablets and extended-release capsules (reference product LUVOX, Jazz/ANI). US prescribing information (DailyMed). Initial US approval 1994.',
  ),
  // SNRIs
  label(
    'venlafaxine',
    'Wyeth (Pfizer). EFFEXOR XR (venlafaxine extended-release capsules); venlafaxine tablets. US prescribing information (DailyMed). Initial US approval 1993.',
  ),
  label(
    'desvenlafaxine',
    'Wyeth (Pfizer). PRISTIQ (desvenlafaxine) extended-release tablets. US prescribing information (DailyMed). Initial US approval 2008.',
  ),
  label(
    'duloxetine',
    'Eli Lilly and Company. CYMBALTA (duloxetine) delayed-release capsules. US prescribing information (DailyMed). Initial US approval 2004.',
  ),
  label(
    'levomilnacipran',
    'Allergan (AbbVie). FETZIMA (levomilnacipran) extended-release capsules. US prescribing information (DailyMed).',
  ),
  // TCAs
  label(
    'amitriptyline',
    'Amitriptyline hydrochloride tablets USP (reference product ELAVIL). US prescribing information (DailyMed generic labels).',
  ),
  label(
    'nortriptyline',
    'Mallinckrodt. PAMELOR (nortriptyline hydrochloride) capsules and oral solution. US prescribing information (DailyMed).',
  ),
  label(
    'imipramine',
    'Mallinckrodt. TOFRANIL (imipramine hydrochloride) tablets and TOFRANIL-PM (imipramine pamoate) capsules. US prescribing information (DailyMed).',
  ),
  label(
    'desipramine',
    'Validus Pharmaceuticals. NORPRAMIN (desipramine hydrochloride) tablets. US prescribing information (DailyMed).',
  ),
  label(
    'clomipramine',
    'Mallinckrodt. ANAFRANIL (clomipramine hydrochloride) capsules. US prescribing information (DailyMed). Initial US approval 1989.',
  ),
  label(
    'doxepin',
    'Doxepin hydrochloride capsules and oral concentrate (reference product SINEQUAN); SILENOR (doxepin) tablets, Currax. US prescribing information (DailyMed).',
  ),
  label(
    'protriptyline',
    'Protriptyline hydrochloride tablets (reference product VIVACTIL). US prescribing information (DailyMed generic labels).',
  ),
  // MAOIs
  label(
    'phenelzine',
    'Parke-Davis (Pfizer). NARDIL (phenelzine sulfate) tablets. US prescribing information (DailyMed).',
  ),
  label(
    'tranylcypromine',
    'Concordia Pharmaceuticals. PARNATE (tranylcypromine) tablets. US prescribing information (DailyMed), boxed warning on suicidality and hypertensive crisis with significant tyramine use.',
  ),
  label(
    'isocarboxazid',
    'Validus Pharmaceuticals. MARPLAN (isocarboxazid) tablets. US prescribing information (DailyMed).',
  ),
  label(
    'selegiline',
    'Mylan Specialty. EMSAM (selegiline transdermal system). US prescribing information (DailyMed). Initial US approval 2006 (oral selegiline for Parkinson disease: ELDEPRYL, ZELAPAR).',
  ),
  // Atypical and newer antidepressants
  label(
    'bupropion',
    'GlaxoSmithKline/Bausch Health. WELLBUTRIN XL and WELLBUTRIN SR (bupropion hydrochloride); APLENZIN (bupropion hydrobromide). US prescribing information (DailyMed). Initial US approval 1985.',
  ),
  label(
    'mirtazapine',
    'Organon. REMERON and REMERONSOLTAB (mirtazapine) tablets. US prescribing information (DailyMed). Initial US approval 1996.',
  ),
  label(
    'trazodone',
    'Trazodone hydrochloride tablets USP (reference product DESYREL). US prescribing information (DailyMed generic labels). Initial US approval 1981.',
  ),
  label(
    'vortioxetine',
    'Takeda/Lundbeck. TRINTELLIX (vortioxetine) tablets. US prescribing information (DailyMed). Initial US approval 2013.',
  ),
  label(
    'vilazodone',
    'Allergan (AbbVie). VIIBRYD (vilazodone hydrochloride) tablets. US prescribing information (DailyMed). Initial US approval 2011.',
  ),
  label(
    'nefazodone',
    'Teva. Nefazodone hydrochloride tablets (reference product SERZONE). US prescribing information (DailyMed), boxed warning on hepatic failure. Initial US approval 1994.',
  ),
  label(
    'esketamine',
    'Janssen Pharmaceuticals. SPRAVATO (esketamine) nasal spray, CIII. US prescribing information and SPRAVATO REMS (DailyMed). Initial US approval 2019.',
  ),
  label(
    'zuranolone',
    'Sage Therapeutics/Biogen. ZURZUVAE (zuranolone) capsules, CIV. US prescribing information (DailyMed). Initial US approval 2023.',
  ),
  // First-generation antipsychotics
  label(
    'haloperidol',
    'Janssen. HALDOL (haloperidol lactate) injection and HALDOL DECANOATE; haloperidol tablets and oral concentrate (generic labels). US prescribing information (DailyMed).',
  ),
  label(
    'fluphenazine',
    'Fluphenazine hydrochloride tablets, elixir and oral concentrate; fluphenazine decanoate injection (reference product PROLIXIN). US prescribing information (DailyMed generic labels).',
  ),
  label(
    'chlorpromazine',
    'Chlorpromazine hydrochloride tablets and injection (reference product THORAZINE). US prescribing information (DailyMed generic labels).',
  ),
  label(
    'perphenazine',
    'Perphenazine tablets USP (reference product TRILAFON). US prescribing information (DailyMed generic labels).',
  ),
  label(
    'thioridazine',
    'Thioridazine hydrochloride tablets USP (reference product MELLARIL). US prescribing information (DailyMed generic labels), boxed warning on QTc prolongation.',
  ),
  label(
    'pimozide',
    'Teva. ORAP (pimozide) tablets and pimozide tablets USP. US prescribing information (DailyMed).',
  ),
  label(
    'loxapine',
    'Loxapine capsules USP (reference product LOXITANE); ADASUVE (loxapine) inhalation powder, Alexza. US prescribing information (DailyMed).',
  ),
  label(
    'trifluoperazine',
    'Trifluoperazine hydrochloride tablets USP (reference product STELAZINE). US prescribing information (DailyMed generic labels).',
  ),
  // Second-generation antipsychotics
  label(
    'aripiprazole',
    'Otsuka. ABILIFY (aripiprazole) tablets, orally disintegrating tablets and oral solution; ABILIFY MAINTENA and ABILIFY ASIMTUFII. US prescribing information (DailyMed). Initial US approval 2002.',
  ),
  label(
    'aripiprazole lauroxil',
    'Alkermes. ARISTADA and ARISTADA INITIO (aripiprazole lauroxil) extended-release injectable suspension. US prescribing information (DailyMed). Initial US approval 2015.',
  ),
  label(
    'brexpiprazole',
    'Otsuka/Lundbeck. REXULTI (brexpiprazole) tablets. US prescribing information (DailyMed). Initial US approval 2015.',
  ),
  label(
    'cariprazine',
    'AbbVie. VRAYLAR (cariprazine) capsules. US prescribing information (DailyMed). Initial US approval 2015.',
  ),
  label(
    'risperidone',
    'Janssen. RISPERDAL (risperidone) tablets, oral solution and M-TAB; RISPERDAL CONSTA. US prescribing information (DailyMed). Initial US approval 1993.',
  ),
  label(
    'paliperidone',
    'Janssen. INVEGA (paliperidone) extended-release tablets; INVEGA SUSTENNA, INVEGA TRINZA and INVEGA HAFYERA (paliperidone palmitate). US prescribing information (DailyMed). Initial US approval 2006.',
  ),
  label(
    'olanzapine',
    'Eli Lilly and Company. ZYPREXA, ZYPREXA ZYDIS and ZYPREXA RELPREVV (olanzapine). US prescribing information (DailyMed). Initial US approval 1996.',
  ),
  label(
    'quetiapine',
    'AstraZeneca. SEROQUEL and SEROQUEL XR (quetiapine) tablets. US prescribing information (DailyMed). Initial US approval 1997.',
  ),
  label(
    'ziprasidone',
    'Pfizer/Viatris. GEODON (ziprasidone) capsules and injection. US prescribing information (DailyMed). Initial US approval 2001.',
  ),
  label(
    'lurasidone',
    'Sumitomo Pharma. LATUDA (lurasidone hydrochloride) tablets. US prescribing information (DailyMed). Initial US approval 2010.',
  ),
  label(
    'asenapine',
    'Allergan (AbbVie). SAPHRIS (asenapine) sublingual tablets; SECUADO (asenapine) transdermal system, Noven. US prescribing information (DailyMed). Initial US approval 2009.',
  ),
  label(
    'iloperidone',
    'Vanda Pharmaceuticals. FANAPT (iloperidone) tablets. US prescribing information (DailyMed). Initial US approval 2009.',
  ),
  label(
    'clozapine',
    'HLS Therapeutics. CLOZARIL (clozapine) tablets; VERSACLOZ (clozapine) oral suspension. US prescribing information (DailyMed). Initial US approval 1989.',
  ),
  label(
    'lumateperone',
    'Intra-Cellular Therapies. CAPLYTA (lumateperone) capsules. US prescribing information (DailyMed). Initial US approval 2019.',
  ),
];

const SHARED: Source[] = [
  {
    id: 'fa-fda-ddi-table',
    citation:
      'US Food and Drug Administration. Drug Development and Drug Interactions: Table of Substrates, Inhibitors and Inducers (clinical index inhibitors and inducers by strength). FDA, updated 2023.',
    kind: 'database',
    url: 'https://www.fda.gov/drugs/drug-interactions-labeling/drug-development-and-drug-interactions-table-substrates-inhibitors-and-inducers',
  },
  {
    id: 'fa-crediblemeds',
    citation:
      'Woosley RL, Heise CW, Gallo T, Woosley D, Lambson J, Romero KA. QTdrugs List (known, possible and conditional risk of torsades de pointes). AZCERT, Inc., CredibleMeds.org.',
    kind: 'database',
    url: 'https://crediblemeds.org/',
  },
  {
    id: 'fa-acb-boustani-2008',
    citation:
      'Boustani M, Campbell N, Munger S, Maidment I, Fox C. Impact of anticholinergics on the aging brain: a review and practical application. Aging Health. 2008;4(3):311-320 (Anticholinergic Cognitive Burden scale; 2012 update, Aging Brain Care, Indiana University).',
    kind: 'paper',
    url: 'https://doi.org/10.2217/1745509X.4.3.311',
  },
  {
    id: 'fa-fda-antidepressant-suicidality-2007',
    citation:
      'US Food and Drug Administration. Antidepressant use in children, adolescents, and adults: revisions to product labeling extending the boxed warning on suicidality to young adults aged 18-24 (May 2007; pediatric boxed warning October 2004).',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/postmarket-drug-safety-information-patients-and-providers/antidepressant-use-children-adolescents-and-adults',
  },
  {
    id: 'fa-fda-antipsychotic-dementia-2008',
    citation:
      'US Food and Drug Administration. Information for healthcare professionals: conventional antipsychotics, increased mortality in elderly patients with dementia-related psychosis (16 June 2008), following the public health advisory for atypical antipsychotics (11 April 2005).',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/postmarket-drug-safety-information-patients-and-providers/information-healthcare-professionals-conventional-antipsychotics',
  },
  {
    id: 'fa-fda-citalopram-qt-2012',
    citation:
      'US Food and Drug Administration. Drug Safety Communication: Revised recommendations for Celexa (citalopram hydrobromide) related to a potential risk of abnormal heart rhythms with high doses (24 Aug 2011, revised 28 Mar 2012).',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-revised-recommendations-celexa-citalopram-hydrobromide-related',
  },
  {
    id: 'fa-fda-paroxetine-pregnancy-2005',
    citation:
      'US Food and Drug Administration. Public Health Advisory: Paroxetine (Paxil) and increased risk of cardiac malformations after first-trimester exposure (December 2005).',
    kind: 'regulation',
  },
  {
    id: 'fa-cpic-ssri-2023',
    citation:
      'Bousman CA, Stevenson JM, Ramsey LB, et al. Clinical Pharmacogenetics Implementation Consortium (CPIC) guideline for CYP2D6, CYP2C19, CYP2B6, SLC6A4, and HTR2A genotypes and serotonin reuptake inhibitor antidepressants. Clin Pharmacol Ther. 2023;114(1):51-68.',
    kind: 'guideline',
    url: 'https://cpicpgx.org/guidelines/cpic-guideline-for-ssri-and-snri-antidepressants/',
  },
  {
    id: 'fa-cpic-tca-2016',
    citation:
      'Hicks JK, Sangkuhl K, Swen JJ, et al. Clinical Pharmacogenetics Implementation Consortium guideline (CPIC) for CYP2D6 and CYP2C19 genotypes and dosing of tricyclic antidepressants: 2016 update. Clin Pharmacol Ther. 2017;102(1):37-44.',
    kind: 'guideline',
    url: 'https://cpicpgx.org/guidelines/guideline-for-tricyclic-antidepressants-and-cyp2d6-and-cyp2c19/',
  },
  {
    id: 'fa-fda-pgx-table',
    citation:
      'US Food and Drug Administration. Table of Pharmacogenetic Associations (section 1: associations for which the data support therapeutic management recommendations).',
    kind: 'database',
    url: 'https://www.fda.gov/medical-devices/precision-medicine/table-pharmacogenetic-associations',
  },
  {
    id: 'fa-ada-apa-2004',
    citation:
      'American Diabetes Association, American Psychiatric Association, American Association of Clinical Endocrinologists, North American Association for the Study of Obesity. Consensus development conference on antipsychotic drugs and obesity and diabetes. Diabetes Care. 2004;27(2):596-601.',
    kind: 'consensus',
  },
  {
    id: 'fa-apa-schizophrenia-2020',
    citation:
      'Keepers GA, Fochtmann LJ, Anzia JM, et al. The American Psychiatric Association Practice Guideline for the Treatment of Patients With Schizophrenia, Third Edition. Am J Psychiatry. 2020;177(9):868-872.',
    kind: 'guideline',
  },
  {
    id: 'fa-apa-mdd-2010',
    citation:
      'American Psychiatric Association. Practice Guideline for the Treatment of Patients With Major Depressive Disorder, Third Edition. 2010 (adequate antidepressant trial of 4-8 weeks at a therapeutic dose).',
    kind: 'guideline',
  },
  {
    id: 'fa-lactmed',
    citation:
      'Drugs and Lactation Database (LactMed). National Institute of Child Health and Human Development / National Library of Medicine, NCBI Bookshelf (drug records for each antidepressant and antipsychotic).',
    kind: 'database',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK501922/',
  },
  {
    id: 'fa-fava-2015',
    citation:
      'Fava GA, Gatti A, Belaise C, Guidi J, Offidani E. Withdrawal symptoms after selective serotonin reuptake inhibitor discontinuation: a systematic review. Psychother Psychosom. 2015;84(2):72-81.',
    kind: 'paper',
  },
  {
    id: 'fa-21cfr1308',
    citation:
      'Code of Federal Regulations, Title 21, Part 1308: Schedules of Controlled Substances (1308.13 Schedule III, including ketamine and its salts and isomers; 1308.14 Schedule IV, including zuranolone, placed by DEA in 2023).',
    kind: 'regulation',
    url: 'https://www.ecfr.gov/current/title-21/chapter-II/part-1308',
  },
  {
    id: 'fa-clozapine-rems-2025',
    citation:
      'US Food and Drug Administration. FDA removes Clozapine REMS requirements (announcement 24 Feb 2025; REMS eliminated effective 13 Jun 2025); ANC monitoring per the clozapine labels continues.',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/information-clozapine',
  },
  {
    id: 'fa-ags-beers-2023',
    citation:
      'By the 2023 American Geriatrics Society Beers Criteria Update Expert Panel. American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults. J Am Geriatr Soc. 2023;71(7):2052-2081.',
    kind: 'guideline',
  },
];

export const FORMULARY_A_SOURCES: Source[] = [...LABELS, ...SHARED];
