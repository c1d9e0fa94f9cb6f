import type { Source } from '../types.js';

/** Pharmacogenomics sources (CPIC guidelines and data, FDA labels). Ids are prefixed `pgx-`. */
export const PGX_SOURCES: Source[] = [
  {
    id: 'pgx-caudle-2020',
    citation:
      'Caudle KE, Sangkuhl K, Whirl-Carrillo M, et al. Standardizing CYP2D6 genotype to phenotype translation: consensus recommendations from the Clinical Pharmacogenetics Implementation Consortium and Dutch Pharmacogenetics Working Group. Clin Transl Sci. 2020;13(1):116-124. doi:10.1111/cts.12692',
    kind: 'consensus',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6951851',
  },
  {
    id: 'pgx-caudle-2017-terms',
    citation:
      'Caudle KE, Dunnenberger HM, Freimuth RR, et al. Standardizing terms for clinical pharmacogenetic test results: consensus terms from the Clinical Pharmacogenetics Implementation Consortium (CPIC). Genet Med. 2017;19(2):215-223. doi:10.1038/gim.2016.87',
    kind: 'consensus',
  },
  {
    id: 'pgx-cpic-cyp2d6-tables',
    citation:
      'Clinical Pharmacogenetics Implementation Consortium. CYP2D6 allele functionality table and diplotype-to-phenotype table (CPIC database; as distributed in PharmGKB/PharmCAT CPIC phenotype data).',
    kind: 'database',
    url: 'https://cpicpgx.org/gene/cyp2d6/',
  },
  {
    id: 'pgx-cpic-cyp2c19-tables',
    citation:
      'Clinical Pharmacogenetics Implementation Consortium. CYP2C19 allele functionality table and diplotype-to-phenotype table (CPIC database; as distributed in PharmGKB/PharmCAT CPIC phenotype data).',
    kind: 'database',
    url: 'https://cpicpgx.org/gene/cyp2c19/',
  },
  {
    id: 'pgx-cpic-cyp2c19-2022',
    citation:
      'Lee CR, Luzum JA, Sangkuhl K, et al. Clinical Pharmacogenetics Implementation Consortium guideline for CYP2C19 genotype and clopidogrel therapy: 2022 update. Clin Pharmacol Ther. 2022;112(5):959-967. doi:10.1002/cpt.2526',
    kind: 'guideline',
  },
  {
    id: 'pgx-cpic-cyp2b6-2019',
    citation:
      'Desta Z, Gammal RS, Gong L, et al. Clinical Pharmacogenetics Implementation Consortium (CPIC) guideline for CYP2B6 and efavirenz-containing antiretroviral therapy. Clin Pharmacol Ther. 2019;106(4):726-733. doi:10.1002/cpt.1477',
    kind: 'guideline',
  },
  {
    id: 'pgx-cpic-cyp2c9-2020',
    citation:
      'Theken KN, Lee CR, Gong L, et al. Clinical Pharmacogenetics Implementation Consortium guideline (CPIC) for CYP2C9 and nonsteroidal anti-inflammatory drugs. Clin Pharmacol Ther. 2020;108(2):191-200. doi:10.1002/cpt.1830',
    kind: 'guideline',
  },
  {
    id: 'pgx-cpic-ssri-2023',
    citation:
      'Bousman CA, Stevenson JM, Ramsey LB, et al. Clinical Pharmacogenetics Implementation Consortium (CPIC) guideline for CYP2D6, CYP2C19, CYP2B6, SLC6A4, and HTR2A genotypes and serotonin reuptake inhibitor antidepressants. Clin Pharmacol Ther. 2023;114(1):51-68. doi:10.1002/cpt.2903',
    kind: 'guideline',
    url: 'https://cpicpgx.org/guidelines/cpic-guideline-for-ssri-and-snri-antidepressants/',
  },
  {
    id: 'pgx-cpic-tca-2016',
    citation:
      'Hicks JK, Sangkuhl K, Swen JJ, et al. Clinical Pharmacogenetics Implementation Consortium guideline (CPIC) for CYP2D6 and CYP2C19 genotypes and dosing of tricyclic antidepressants: 2016 update. Clin Pharmacol Ther. 2017;102(1):37-44. doi:10.1002/cpt.597',
    kind: 'guideline',
    url: 'https://cpicpgx.org/guidelines/guideline-for-tricyclic-antidepressants-and-cyp2d6-and-cyp2c19/',
  },
  {
    id: 'pgx-cpic-atomoxetine-2019',
    citation:
      'Brown JT, Bishop JR, Sangkuhl K, et al. Clinical Pharmacogenetics Implementation Consortium guideline for cytochrome P450 (CYP)2D6 genotype and atomoxetine therapy. Clin Pharmacol Ther. 2019;106(1):94-102. doi:10.1002/cpt.1409',
    kind: 'guideline',
    url: 'https://cpicpgx.org/guidelines/cpic-guideline-for-atomoxetine-based-on-cyp2d6-genotype/',
  },
  {
    id: 'pgx-cpic-hla-carbamazepine-2017',
    citation:
      'Phillips EJ, Sukasem C, Whirl-Carrillo M, et al. Clinical Pharmacogenetics Implementation Consortium guideline for HLA genotype and use of carbamazepine and oxcarbazepine: 2017 update. Clin Pharmacol Ther. 2018;103(4):574-581. doi:10.1002/cpt.1004',
    kind: 'guideline',
    url: 'https://cpicpgx.org/guidelines/guideline-for-carbamazepine-and-hla-b/',
  },
  {
    id: 'pgx-cpic-phenytoin-2020',
    citation:
      'Karnes JH, Rettie AE, Somogyi AA, et al. Clinical Pharmacogenetics Implementation Consortium (CPIC) guideline for CYP2C9 and HLA-B genotypes and phenytoin dosing: 2020 update. Clin Pharmacol Ther. 2021;109(2):302-309. doi:10.1002/cpt.2008',
    kind: 'guideline',
  },
  {
    id: 'pgx-cpic-allopurinol-2015',
    citation:
      'Saito Y, Stamp LK, Caudle KE, et al. Clinical Pharmacogenetics Implementation Consortium (CPIC) guidelines for human leukocyte antigen B (HLA-B) genotype and allopurinol dosing: 2015 update. Clin Pharmacol Ther. 2016;99(1):36-37. doi:10.1002/cpt.161',
    kind: 'guideline',
  },
  {
    id: 'pgx-cpic-opioids-2021',
    citation:
      'Crews KR, Monte AA, Huddart R, et al. Clinical Pharmacogenetics Implementation Consortium guideline for CYP2D6, OPRM1, and COMT genotypes and select opioid therapy. Clin Pharmacol Ther. 2021;110(4):888-896. doi:10.1002/cpt.2149',
    kind: 'guideline',
    url: 'https://cpicpgx.org/guidelines/guideline-for-codeine-and-cyp2d6/',
  },
  {
    id: 'pgx-fda-pgx-associations',
    citation: 'US Food and Drug Administration. Table of Pharmacogenetic Associations.',
    kind: 'regulation',
    url: 'https://www.fda.gov/medical-devices/precision-medicine/table-pharmacogenetic-associations',
  },
  {
    id: 'pgx-fda-codeine-tramadol-children-2017',
    citation:
      'US Food and Drug Administration. Drug Safety Communication: FDA restricts use of prescription codeine pain and cough medicines and tramadol pain medicines in children (20 April 2017).',
    kind: 'regulation',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-restricts-use-prescription-codeine-pain-and-cough-medicines-and',
  },
  {
    id: 'pgx-label-citalopram',
    citation:
      'Celexa (citalopram) US prescribing information: Dosage and Administration (maximum 20 mg/day in CYP2C19 poor metabolizers) and Warnings (QT prolongation). DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=celexa',
  },
  {
    id: 'pgx-label-vortioxetine',
    citation:
      'Trintellix (vortioxetine) US prescribing information: Dosage and Administration (maximum 10 mg/day in known CYP2D6 poor metabolizers). DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=trintellix',
  },
  {
    id: 'pgx-label-aripiprazole',
    citation:
      'Abilify (aripiprazole) and Abilify Maintena US prescribing information: Dosage adjustments for CYP2D6 poor metabolizers. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=abilify',
  },
  {
    id: 'pgx-label-brexpiprazole',
    citation:
      'Rexulti (brexpiprazole) US prescribing information: Dosage modifications for CYP2D6 poor metabolizers. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=rexulti',
  },
  {
    id: 'pgx-label-iloperidone',
    citation:
      'Fanapt (iloperidone) US prescribing information: Dosage in CYP2D6 poor metabolizers. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=fanapt',
  },
  {
    id: 'pgx-label-pimozide',
    citation:
      'Pimozide tablets (Orap) US prescribing information: CYP2D6 genotyping and maximum dose in poor metabolizers. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=pimozide',
  },
  {
    id: 'pgx-label-thioridazine',
    citation:
      'Thioridazine hydrochloride tablets US prescribing information: Contraindications (reduced CYP2D6 activity) and boxed warning (QTc prolongation). DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=thioridazine',
  },
  {
    id: 'pgx-label-atomoxetine',
    citation:
      'Strattera (atomoxetine) US prescribing information: Dosing in known CYP2D6 poor metabolizers. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=strattera',
  },
  {
    id: 'pgx-label-carbamazepine',
    citation:
      'Tegretol (carbamazepine) US prescribing information: Boxed warning (serious dermatologic reactions and HLA-B*1502) and Warnings (HLA-A*3101). DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=tegretol',
  },
  {
    id: 'pgx-label-oxcarbazepine',
    citation:
      'Trileptal (oxcarbazepine) US prescribing information: Warnings (serious dermatological reactions and HLA-B*1502). DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=trileptal',
  },
  {
    id: 'pgx-label-clobazam',
    citation: 'Onfi (clobazam) US prescribing information: Dosage in CYP2C19 poor metabolizers. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=onfi',
  },
  {
    id: 'pgx-label-deutetrabenazine',
    citation:
      'Austedo (deutetrabenazine) US prescribing information: Maximum dose in CYP2D6 poor metabolizers. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=austedo',
  },
  {
    id: 'pgx-label-tetrabenazine',
    citation:
      'Xenazine (tetrabenazine) US prescribing information: CYP2D6 genotyping above 50 mg/day and maximum dose in poor metabolizers. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=xenazine',
  },
  {
    id: 'pgx-label-valbenazine',
    citation:
      'Ingrezza (valbenazine) US prescribing information: Dosage in known CYP2D6 poor metabolizers. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=ingrezza',
  },
  {
    id: 'pgx-label-dextromethorphan-bupropion',
    citation:
      'Auvelity (dextromethorphan/bupropion) US prescribing information: Dosage in known CYP2D6 poor metabolizers. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=auvelity',
  },
  {
    id: 'pgx-label-clozapine',
    citation:
      'Clozaril (clozapine) US prescribing information: Dosage in CYP2D6 poor metabolizers. DailyMed.',
    kind: 'label',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=clozaril',
  },
];
