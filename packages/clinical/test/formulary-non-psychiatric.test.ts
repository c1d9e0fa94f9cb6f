import { describe, expect, it } from 'vitest';
import {
  LABEL_CONTRAINDICATIONS,
  NON_PSYCHIATRIC,
  PRODRUG_ACTIVATION,
} from '../src/formulary/drugs/non-psychiatric.js';
import type { Drug, Enzyme, Strength } from '../src/formulary/types.js';
import { FORMULARY_C_SOURCES } from '../src/sources/formulary-c.js';
import { SOURCE_LIST } from '../src/sources/index.js';

function drug(name: string): Drug {
  const found = NON_PSYCHIATRIC.find((d) => d.name === name);
  if (!found) throw new Error(`no non-psychiatric entry for ${name}`);
  return found;
}

function inhibition(name: string, enzyme: Enzyme): Strength | undefined {
  return drug(name).metabolism.inhibits.find((e) => e.enzyme === enzyme)?.strength;
}

function induction(name: string, enzyme: Enzyme): Strength | undefined {
  return drug(name).metabolism.induces.find((e) => e.enzyme === enzyme)?.strength;
}

function substrate(name: string, enzyme: Enzyme) {
  return drug(name).metabolism.substrateOf.find((s) => s.enzyme === enzyme);
}

interface CapContext {
  age?: number;
  hepaticImpairment?: boolean;
  renalImpairment?: boolean;
  phenotypes?: Record<string, string>;
  withDrugs?: string[];
}

/** The daily ceiling that applies in a context: the lowest matching cap, else the labelled maximum. */
function ceiling(name: string, ctx: CapContext): number | null {
  const d = drug(name);
  const caps = (d.dose.caps ?? []).filter(({ when }) => {
    if (when.minAge !== undefined && (ctx.age === undefined || ctx.age < when.minAge)) return false;
    if (when.maxAge !== undefined && (ctx.age === undefined || ctx.age > when.maxAge)) return false;
    if (when.hepaticImpairment && !ctx.hepaticImpairment) return false;
    if (when.renalImpairment && !ctx.renalImpairment) return false;
    if (when.withDrug && !(ctx.withDrugs ?? []).includes(when.withDrug)) return false;
    if (when.phenotype) {
      const phenotype = ctx.phenotypes?.[when.phenotype.gene];
      if (!phenotype || !when.phenotype.phenotypes.includes(phenotype)) return false;
    }
    return true;
  });
  if (caps.length === 0) return d.dose.maxDailyMg;
  return Math.min(...caps.map((c) => c.maxDailyMg));
}

const REQUIRED = [
  'tramadol',
  'meperidine',
  'tapentadol',
  'oxycodone',
  'hydrocodone',
  'morphine',
  'hydromorphone',
  'fentanyl',
  'codeine',
  'oxymorphone',
  'linezolid',
  'methylene blue',
  'sumatriptan',
  'rizatriptan',
  'zolmitriptan',
  'dextromethorphan',
  "st john's wort",
  'ibuprofen',
  'naproxen',
  'diclofenac',
  'celecoxib',
  'meloxicam',
  'aspirin',
  'ketorolac',
  'lisinopril',
  'enalapril',
  'ramipril',
  'losartan',
  'valsartan',
  'hydrochlorothiazide',
  'chlorthalidone',
  'furosemide',
  'clarithromycin',
  'erythromycin',
  'azithromycin',
  'ketoconazole',
  'itraconazole',
  'fluconazole',
  'voriconazole',
  'ciprofloxacin',
  'levofloxacin',
  'moxifloxacin',
  'rifampin',
  'ethinyl estradiol',
  'levonorgestrel',
  'norethindrone',
  'warfarin',
  'clopidogrel',
  'cimetidine',
  'famotidine',
  'omeprazole',
  'esomeprazole',
  'pantoprazole',
  'tizanidine',
  'cyclobenzaprine',
  'ondansetron',
  'metoclopramide',
  'promethazine',
  'tamoxifen',
  'quinidine',
  'terbinafine',
  'amiodarone',
  'diphenhydramine',
];

describe('coverage and integrity', () => {
  it('lists every drug the formulary issue names, at least 50 entries [project scope: formulary-c brief]', () => {
    const names = NON_PSYCHIATRIC.map((d) => d.name);
    expect(REQUIRED.filter((n) => !names.includes(n))).toEqual([]);
    expect(NON_PSYCHIATRIC.length).toBeGreaterThanOrEqual(50);
  });

  it('marks every entry non-psychiatric and leaves out drugs owned by other groups [formulary-c brief]', () => {
    expect(NON_PSYCHIATRIC.filter((d) => d.psychiatric).map((d) => d.name)).toEqual([]);
    const names = NON_PSYCHIATRIC.map((d) => d.name);
    for (const other of ['buprenorphine', 'methadone', 'naloxone', 'propranolol', 'clonidine', 'alcohol']) {
      expect(names).not.toContain(other);
    }
  });

  it('has unique lower-case names and digit-only RxNorm codes [RxNorm]', () => {
    const names = NON_PSYCHIATRIC.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n !== n.toLowerCase())).toEqual([]);
    const codes = NON_PSYCHIATRIC.map((d) => d.rxnorm);
    expect(codes.filter((c) => !/^\d+$/.test(c))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('cites only sources registered in its own list, and every fact has one [project rule: sources]', () => {
    const ids = new Set(FORMULARY_C_SOURCES.map((s) => s.id));
    const cited = [
      ...NON_PSYCHIATRIC.flatMap((d) => [...d.sources, ...(d.dose.caps ?? []).flatMap((c) => c.sources)]),
      ...PRODRUG_ACTIVATION.flatMap((p) => p.sources),
      ...LABEL_CONTRAINDICATIONS.flatMap((c) => c.sources),
    ];
    expect([...new Set(cited.filter((id) => !ids.has(id)))]).toEqual([]);
    expect(NON_PSYCHIATRIC.filter((d) => d.sources.length === 0).map((d) => d.name)).toEqual([]);
    expect(
      NON_PSYCHIATRIC.filter((d) => (d.dose.caps ?? []).some((c) => c.sources.length === 0)).map(
        (d) => d.name,
      ),
    ).toEqual([]);
  });

  it('registers source ids that are unique across the whole registry [project rule: globally unique ids]', () => {
    const mine = FORMULARY_C_SOURCES.map((s) => s.id);
    expect(new Set(mine).size).toBe(mine.length);
    const everywhere = SOURCE_LIST.map((s) => s.id);
    expect(mine.filter((id) => everywhere.filter((x) => x === id).length !== 1)).toEqual([]);
    expect(mine.filter((id) => !id.startsWith('fc-') && !id.startsWith('label-'))).toEqual([]);
  });

  it('keeps dose figures consistent: start ≤ maximum, caps ≤ maximum [FDA labels]', () => {
    const bad = NON_PSYCHIATRIC.filter((d) => {
      const { usualDailyMg: u, maxDailyMg: max, startingDailyMg: start } = d.dose;
      if (u.min > u.max || start <= 0) return true;
      if (max !== null && (start > max || u.max > max)) return true;
      return (d.dose.caps ?? []).some((c) => c.maxDailyMg < 0 || (max !== null && c.maxDailyMg > max));
    });
    expect(bad.map((d) => d.name)).toEqual([]);
  });
});

describe('identity: RxNorm codes and brands', () => {
  it('uses the RxNorm ingredient codes given in the brief [RxNorm]', () => {
    expect(drug('tramadol').rxnorm).toBe('10689');
    expect(drug('linezolid').rxnorm).toBe('190376');
    expect(drug('methylene blue').rxnorm).toBe('6878');
    expect(drug('sumatriptan').rxnorm).toBe('37418');
    expect(drug('warfarin').rxnorm).toBe('11289');
    expect(drug('rifampin').rxnorm).toBe('9384');
    expect(drug('ibuprofen').rxnorm).toBe('5640');
  });

  it('uses RxNorm ingredient codes that match the CPIC drug table [RxNorm; CPIC db/drug.sql]', () => {
    expect(drug('celecoxib').rxnorm).toBe('140587');
    expect(drug('codeine').rxnorm).toBe('2670');
    expect(drug('fentanyl').rxnorm).toBe('4337');
    expect(drug('oxycodone').rxnorm).toBe('7804');
    expect(drug('ondansetron').rxnorm).toBe('26225');
    expect(drug('tamoxifen').rxnorm).toBe('10324');
    expect(drug('voriconazole').rxnorm).toBe('121243');
    expect(drug('esomeprazole').rxnorm).toBe('283742');
    expect(drug('clopidogrel').rxnorm).toBe('32968');
    expect(drug('meloxicam').rxnorm).toBe('41493');
    expect(drug('naproxen').rxnorm).toBe('7258');
  });

  it('lists current US brand names [FDA labels / DailyMed]', () => {
    expect(drug('tramadol').brands).toContain('Ultram');
    expect(drug('linezolid').brands).toContain('Zyvox');
    expect(drug('methylene blue').brands).toContain('ProvayBlue');
    expect(drug('sumatriptan').brands).toContain('Imitrex');
    expect(drug('warfarin').brands).toEqual(expect.arrayContaining(['Coumadin', 'Jantoven']));
    expect(drug('rifampin').brands).toContain('Rifadin');
    expect(drug('ibuprofen').brands).toEqual(expect.arrayContaining(['Advil', 'Motrin']));
  });

  it("accepts St. John's wort by its usual spellings [NCCIH St John's wort fact sheet]", () => {
    expect(drug("st john's wort").synonyms).toEqual(
      expect.arrayContaining(["St. John's wort", 'hypericum perforatum']),
    );
    expect(drug("st john's wort").classes).toEqual(['herbal']);
  });
});

describe('controlled-substance schedules', () => {
  it('puts tramadol in Schedule IV [21 CFR 1308.14; DEA final rule 79 FR 37623 (2014)]', () => {
    expect(drug('tramadol').schedule).toBe('IV');
  });

  it('puts the strong opioids and single-ingredient codeine in Schedule II [21 CFR 1308.12]', () => {
    for (const name of [
      'oxycodone',
      'hydrocodone',
      'morphine',
      'hydromorphone',
      'fentanyl',
      'meperidine',
      'tapentadol',
      'oxymorphone',
      'codeine',
    ]) {
      expect(drug(name).schedule).toBe('II');
    }
  });

  it('leaves dextromethorphan, linezolid and the triptans uncontrolled [21 CFR 1308]', () => {
    for (const name of [
      'dextromethorphan',
      'linezolid',
      'sumatriptan',
      'cyclobenzaprine',
      'diphenhydramine',
    ]) {
      expect(drug(name).schedule).toBeNull();
    }
  });
});

describe('CYP inhibitors and inducers', () => {
  it('classes clarithromycin, ketoconazole, itraconazole and voriconazole as strong CYP3A4 inhibitors [FDA DDI table]', () => {
    for (const name of ['clarithromycin', 'ketoconazole', 'itraconazole', 'voriconazole']) {
      expect(inhibition(name, 'CYP3A4')).toBe('strong');
    }
  });

  it('classes erythromycin and fluconazole as moderate CYP3A4 inhibitors [FDA DDI table]', () => {
    expect(inhibition('erythromycin', 'CYP3A4')).toBe('moderate');
    expect(inhibition('fluconazole', 'CYP3A4')).toBe('moderate');
  });

  it('gives fluconazole strong CYP2C19 and moderate CYP2C9 inhibition [FDA DDI table]', () => {
    expect(inhibition('fluconazole', 'CYP2C19')).toBe('strong');
    expect(inhibition('fluconazole', 'CYP2C9')).toBe('moderate');
  });

  it('does not make azithromycin a CYP3A4 inhibitor [Zithromax label]', () => {
    expect(inhibition('azithromycin', 'CYP3A4')).toBeUndefined();
    expect(drug('azithromycin').metabolism.inhibits).toEqual([]);
  });

  it('makes ciprofloxacin a strong CYP1A2 and moderate CYP3A4 inhibitor, but not levofloxacin or moxifloxacin [FDA DDI table; Cipro label]', () => {
    expect(inhibition('ciprofloxacin', 'CYP1A2')).toBe('strong');
    expect(inhibition('ciprofloxacin', 'CYP3A4')).toBe('moderate');
    expect(inhibition('levofloxacin', 'CYP1A2')).toBeUndefined();
    expect(inhibition('moxifloxacin', 'CYP1A2')).toBeUndefined();
  });

  it('makes quinidine and terbinafine strong CYP2D6 inhibitors [FDA DDI table]', () => {
    expect(inhibition('quinidine', 'CYP2D6')).toBe('strong');
    expect(inhibition('terbinafine', 'CYP2D6')).toBe('strong');
  });

  it('makes cimetidine a weak inhibitor of CYP3A4, CYP1A2 and CYP2D6 [FDA DDI table]', () => {
    expect(inhibition('cimetidine', 'CYP3A4')).toBe('weak');
    expect(inhibition('cimetidine', 'CYP1A2')).toBe('weak');
    expect(inhibition('cimetidine', 'CYP2D6')).toBe('weak');
  });

  it('gives famotidine and pantoprazole no CYP inhibition or induction [Pepcid and Protonix labels]', () => {
    for (const name of ['famotidine', 'pantoprazole']) {
      expect(drug(name).metabolism.inhibits).toEqual([]);
      expect(drug(name).metabolism.induces).toEqual([]);
    }
  });

  it('makes omeprazole and esomeprazole moderate CYP2C19 inhibitors and CYP2C19 substrates [FDA DDI table]', () => {
    for (const name of ['omeprazole', 'esomeprazole']) {
      expect(inhibition(name, 'CYP2C19')).toBe('moderate');
      expect(substrate(name, 'CYP2C19')?.fraction).toBe('major');
    }
  });

  it('makes rifampin a strong inducer of CYP3A4 and CYP2C19 and a moderate inducer of CYP2C9, CYP1A2 and CYP2B6 [FDA DDI table]', () => {
    expect(induction('rifampin', 'CYP3A4')).toBe('strong');
    expect(induction('rifampin', 'CYP2C19')).toBe('strong');
    expect(induction('rifampin', 'CYP2C9')).toBe('moderate');
    expect(induction('rifampin', 'CYP1A2')).toBe('moderate');
    expect(induction('rifampin', 'CYP2B6')).toBe('moderate');
    expect(induction('rifampin', 'P-gp')).toBe('strong');
    expect(induction('rifampin', 'UGT1A4')).toBeDefined();
  });

  it("makes St John's wort a strong CYP3A4 inducer and a P-gp inducer, not an MAO inhibitor [FDA DDI table; Markowitz 2003]", () => {
    expect(induction("st john's wort", 'CYP3A4')).toBe('strong');
    expect(induction("st john's wort", 'P-gp')).toBeDefined();
    expect(drug("st john's wort").pd.maoInhibitor).toBe(false);
    expect(drug("st john's wort").pd.serotonergic).not.toBe('none');
  });

  it('makes ethinyl estradiol a UGT1A4 inducer (lamotrigine) and a CYP1A2 inhibitor, unlike progestin-only pills [Lamictal label; FDA DDI table]', () => {
    expect(induction('ethinyl estradiol', 'UGT1A4')).toBe('moderate');
    expect(inhibition('ethinyl estradiol', 'CYP1A2')).toBe('moderate');
    expect(drug('levonorgestrel').metabolism.induces).toEqual([]);
    expect(drug('norethindrone').metabolism.induces).toEqual([]);
    for (const name of ['ethinyl estradiol', 'levonorgestrel', 'norethindrone']) {
      expect(substrate(name, 'CYP3A4')?.fraction).toBe('major');
    }
  });

  it('makes amiodarone a moderate CYP2C9 inhibitor, diphenhydramine and celecoxib weak CYP2D6 inhibitors [FDA DDI table]', () => {
    expect(inhibition('amiodarone', 'CYP2C9')).toBe('moderate');
    expect(inhibition('diphenhydramine', 'CYP2D6')).toBe('weak');
    expect(inhibition('celecoxib', 'CYP2D6')).toBe('weak');
  });
});

describe('substrates and prodrugs', () => {
  it('makes codeine and tramadol major CYP2D6 substrates activated by the enzyme [CPIC opioids 2021]', () => {
    expect(substrate('codeine', 'CYP2D6')?.fraction).toBe('major');
    expect(substrate('tramadol', 'CYP2D6')?.fraction).toBe('major');
    const activated = PRODRUG_ACTIVATION.filter((p) => p.enzyme === 'CYP2D6').map((p) => p.drug);
    expect(activated).toEqual(expect.arrayContaining(['codeine', 'tramadol', 'tamoxifen']));
  });

  it('records clopidogrel activation by CYP2C19 [Plavix label; CPIC clopidogrel 2022]', () => {
    expect(PRODRUG_ACTIVATION.find((p) => p.drug === 'clopidogrel')?.enzyme).toBe('CYP2C19');
    expect(substrate('clopidogrel', 'CYP2C19')?.fraction).toBe('major');
    expect(drug('clopidogrel').boxedWarnings.join(' ')).toMatch(/CYP2C19 poor metabolizers/);
  });

  it('does not list oxycodone or morphine as prodrugs [CPIC opioids 2021]', () => {
    const prodrugs = PRODRUG_ACTIVATION.map((p) => p.drug);
    expect(prodrugs).not.toContain('oxycodone');
    expect(prodrugs).not.toContain('morphine');
    expect(drug('morphine').metabolism.substrateOf.filter((s) => s.enzyme.startsWith('CYP'))).toEqual([]);
  });

  it('marks warfarin (CYP2C9), tizanidine (CYP1A2) and fentanyl (CYP3A4) as narrow-therapeutic-index substrates [FDA DDI table; labels]', () => {
    expect(substrate('warfarin', 'CYP2C9')).toEqual({
      enzyme: 'CYP2C9',
      fraction: 'major',
      narrowTherapeuticIndex: true,
    });
    expect(substrate('tizanidine', 'CYP1A2')).toEqual({
      enzyme: 'CYP1A2',
      fraction: 'major',
      narrowTherapeuticIndex: true,
    });
    expect(substrate('fentanyl', 'CYP3A4')?.narrowTherapeuticIndex).toBe(true);
  });

  it('makes dextromethorphan a major CYP2D6 substrate and metoclopramide a CYP2D6 substrate [FDA DDI table; Reglan label]', () => {
    expect(substrate('dextromethorphan', 'CYP2D6')?.fraction).toBe('major');
    expect(substrate('metoclopramide', 'CYP2D6')?.fraction).toBe('major');
  });

  it('marks lisinopril, hydrochlorothiazide and levofloxacin as renally cleared, not ibuprofen [labels]', () => {
    expect(drug('lisinopril').metabolism.renallyCleared).toBe(true);
    expect(drug('hydrochlorothiazide').metabolism.renallyCleared).toBe(true);
    expect(drug('levofloxacin').metabolism.renallyCleared).toBe(true);
    expect(drug('ibuprofen').metabolism.renallyCleared).toBe(false);
  });
});

describe('serotonergic and MAO-inhibiting drugs', () => {
  it('flags linezolid and methylene blue as MAO inhibitors [Zyvox and ProvayBlue labels; FDA DSC 2011]', () => {
    expect(drug('linezolid').pd.maoInhibitor).toBe(true);
    expect(drug('methylene blue').pd.maoInhibitor).toBe(true);
    expect(drug('methylene blue').boxedWarnings.join(' ')).toMatch(/[Ss]erotonin syndrome/);
  });

  it('does not flag other anti-infectives or the triptans as MAO inhibitors [labels]', () => {
    for (const name of ['ciprofloxacin', 'clarithromycin', 'fluconazole', 'sumatriptan', 'rizatriptan']) {
      expect(drug(name).pd.maoInhibitor).toBe(false);
    }
  });

  it('marks the triptans as low serotonergic [FDA 2006 advisory; Orlova 2018]', () => {
    for (const name of ['sumatriptan', 'rizatriptan', 'zolmitriptan']) {
      expect(drug(name).pd.serotonergic).toBe('low');
      expect(drug(name).classes).toContain('triptan');
    }
  });

  it('marks tramadol, meperidine and tapentadol serotonergic and fentanyl weakly so [FDA DSC 22 Mar 2016]', () => {
    expect(drug('tramadol').pd.serotonergic).toBe('moderate');
    expect(drug('meperidine').pd.serotonergic).toBe('moderate');
    expect(drug('tapentadol').pd.serotonergic).not.toBe('none');
    expect(drug('fentanyl').pd.serotonergic).toBe('low');
  });

  it('does not mark morphine, hydromorphone, oxycodone or codeine serotonergic [clinical reference C2]', () => {
    for (const name of ['morphine', 'hydromorphone', 'oxycodone', 'codeine']) {
      expect(drug(name).pd.serotonergic).toBe('none');
    }
  });

  it('records MAOI contraindications with 14-day washouts for meperidine, tramadol, triptans and dextromethorphan [labels; ONC list]', () => {
    const maoi = LABEL_CONTRAINDICATIONS.filter((c) => c.with.maoInhibitors).map((c) => c.drug);
    expect(maoi).toEqual(
      expect.arrayContaining([
        'meperidine',
        'tramadol',
        'tapentadol',
        'sumatriptan',
        'rizatriptan',
        'zolmitriptan',
        'dextromethorphan',
        'cyclobenzaprine',
      ]),
    );
    const meperidine = LABEL_CONTRAINDICATIONS.find((c) => c.drug === 'meperidine');
    expect(meperidine?.withinDaysAfterStopping).toBe(14);
    expect(meperidine?.severity).toBe('contraindicated');
    expect(maoi).not.toContain('oxycodone');
  });

  it('tells prescribers to avoid linezolid and methylene blue with serotonergic drugs [FDA DSC 2011]', () => {
    const withSerotonergic = LABEL_CONTRAINDICATIONS.filter((c) => c.with.serotonergic).map((c) => c.drug);
    expect(withSerotonergic.sort()).toEqual(['linezolid', 'methylene blue']);
  });
});

describe('lithium, bleeding and sodium', () => {
  it('reduces lithium clearance for ACE inhibitors, ARBs and thiazides [lithium label]', () => {
    for (const name of [
      'lisinopril',
      'enalapril',
      'ramipril',
      'losartan',
      'valsartan',
      'hydrochlorothiazide',
      'chlorthalidone',
    ]) {
      expect(drug(name).pd.reducesLithiumClearance).toBe(true);
    }
  });

  it('reduces lithium clearance for NSAIDs including celecoxib [lithium label; Ragheb 1990]', () => {
    for (const name of ['ibuprofen', 'naproxen', 'diclofenac', 'celecoxib', 'meloxicam', 'ketorolac']) {
      expect(drug(name).pd.reducesLithiumClearance).toBe(true);
    }
  });

  it('does not reduce lithium clearance for aspirin [Ragheb 1990]', () => {
    expect(drug('aspirin').pd.reducesLithiumClearance).toBe(false);
    expect(drug('aspirin').pd.antiplateletOrAnticoagulant).toBe(true);
  });

  it('flags furosemide for lithium (label; loop diuretics linked to lithium toxicity admissions) [Lasix label; Juurlink 2004]', () => {
    expect(drug('furosemide').pd.reducesLithiumClearance).toBe(true);
  });

  it('does not flag acid suppressants, antibiotics or opioids for lithium [lithium label]', () => {
    for (const name of ['famotidine', 'omeprazole', 'azithromycin', 'oxycodone', 'sumatriptan']) {
      expect(drug(name).pd.reducesLithiumClearance).toBe(false);
    }
  });

  it('flags NSAIDs and antithrombotics for bleeding risk, and not acid suppressants [labels]', () => {
    for (const name of ['warfarin', 'apixaban', 'clopidogrel', 'ibuprofen', 'naproxen', 'ketorolac']) {
      expect(drug(name).pd.antiplateletOrAnticoagulant).toBe(true);
    }
    for (const name of ['famotidine', 'pantoprazole', 'ondansetron']) {
      expect(drug(name).pd.antiplateletOrAnticoagulant).toBe(false);
    }
  });

  it('flags thiazides for hyponatremia, not ACE inhibitors [hydrochlorothiazide label]', () => {
    expect(drug('hydrochlorothiazide').pd.hyponatremia).toBe(true);
    expect(drug('chlorthalidone').pd.hyponatremia).toBe(true);
    expect(drug('lisinopril').pd.hyponatremia).toBe(false);
  });
});

describe('QT, CNS depression and anticholinergic burden', () => {
  it('gives the macrolides, fluoroquinolones, fluconazole, ondansetron and class III/IA antiarrhythmics known QT risk [CredibleMeds]', () => {
    for (const name of [
      'clarithromycin',
      'erythromycin',
      'azithromycin',
      'ciprofloxacin',
      'levofloxacin',
      'moxifloxacin',
      'fluconazole',
      'ondansetron',
      'quinidine',
      'amiodarone',
      'sotalol',
    ]) {
      expect(drug(name).pd.qtRisk).toBe('known');
    }
  });

  it('gives ibuprofen, morphine and famotidine no known QT risk [CredibleMeds]', () => {
    expect(drug('ibuprofen').pd.qtRisk).toBe('none');
    expect(drug('morphine').pd.qtRisk).toBe('none');
    expect(drug('famotidine').pd.qtRisk).not.toBe('known');
  });

  it('scores diphenhydramine and promethazine 3, cyclobenzaprine and meperidine 2, ondansetron 0 [Boustani 2008 ACB]', () => {
    expect(drug('diphenhydramine').pd.anticholinergicBurden).toBe(3);
    expect(drug('promethazine').pd.anticholinergicBurden).toBe(3);
    expect(drug('cyclobenzaprine').pd.anticholinergicBurden).toBe(2);
    expect(drug('meperidine').pd.anticholinergicBurden).toBe(2);
    expect(drug('ondansetron').pd.anticholinergicBurden).toBe(0);
  });

  it('marks every opioid a respiratory depressant and CNS depressant, and no NSAID [FDA opioid class labeling]', () => {
    const opioids = NON_PSYCHIATRIC.filter((d) => d.classes.includes('opioid'));
    expect(opioids).toHaveLength(10);
    for (const d of opioids) {
      expect(d.pd.respiratoryDepressant).toBe(true);
      expect(d.pd.cnsDepressant).not.toBe('none');
      expect(d.boxedWarnings.join(' ')).toMatch(/benzodiazepines/);
    }
    for (const d of NON_PSYCHIATRIC.filter((x) => x.classes.includes('nsaid'))) {
      expect(d.pd.respiratoryDepressant).toBe(false);
    }
  });

  it('marks tramadol as the opioid that lowers the seizure threshold most [Ultram label]', () => {
    expect(drug('tramadol').pd.seizureThresholdLowering).toBe('high');
    expect(drug('oxycodone').pd.seizureThresholdLowering).toBe('none');
  });

  it('flags linezolid as myelosuppressive [Zyvox label]', () => {
    expect(drug('linezolid').pd.myelosuppressive).toBe(true);
    expect(drug('azithromycin').pd.myelosuppressive).toBe(false);
  });
});

describe('dose limits and caps', () => {
  it('limits tramadol to 400 mg/day, 300 mg over 75 years, 200 mg in severe renal impairment [Ultram label]', () => {
    expect(ceiling('tramadol', { age: 50 })).toBe(400);
    expect(ceiling('tramadol', { age: 80 })).toBe(300);
    expect(ceiling('tramadol', { age: 75 })).toBe(400);
    expect(ceiling('tramadol', { age: 50, renalImpairment: true })).toBe(200);
  });

  it('contraindicates codeine and tramadol under 12 years [FDA DSC 20 Apr 2017]', () => {
    expect(ceiling('codeine', { age: 10 })).toBe(0);
    expect(ceiling('tramadol', { age: 11 })).toBe(0);
    expect(ceiling('codeine', { age: 12 })).toBe(360);
  });

  it('caps metoclopramide at 20 mg/day for CYP2D6 poor metabolizers and with fluoxetine, not with sertraline [Reglan label]', () => {
    expect(ceiling('metoclopramide', {})).toBe(60);
    expect(ceiling('metoclopramide', { phenotypes: { CYP2D6: 'poor metabolizer' } })).toBe(20);
    expect(ceiling('metoclopramide', { withDrugs: ['fluoxetine'] })).toBe(20);
    expect(ceiling('metoclopramide', { withDrugs: ['sertraline'] })).toBe(60);
  });

  it('contraindicates tizanidine with fluvoxamine and ciprofloxacin but not with levofloxacin [Zanaflex label; ONC list]', () => {
    expect(ceiling('tizanidine', { withDrugs: ['fluvoxamine'] })).toBe(0);
    expect(ceiling('tizanidine', { withDrugs: ['ciprofloxacin'] })).toBe(0);
    expect(ceiling('tizanidine', { withDrugs: ['levofloxacin'] })).toBe(36);
    const tiz = LABEL_CONTRAINDICATIONS.find(
      (c) => c.drug === 'tizanidine' && c.severity === 'contraindicated',
    );
    expect(tiz?.with.drugs).toEqual(['fluvoxamine', 'ciprofloxacin']);
  });

  it('tells prescribers to avoid (not contraindicating) tizanidine with oral contraceptives and other CYP1A2 inhibitors [Zanaflex label; Granfors 2005]', () => {
    const avoid = LABEL_CONTRAINDICATIONS.find((c) => c.drug === 'tizanidine' && c.severity === 'avoid');
    expect(avoid?.with.drugs).toEqual(
      expect.arrayContaining(['ethinyl estradiol', 'cimetidine', 'amiodarone']),
    );
    expect(avoid?.with.drugs).not.toContain('fluvoxamine');
    expect(ceiling('tizanidine', { withDrugs: ['ethinyl estradiol'] })).toBe(36);
  });

  it('limits zolmitriptan to 5 mg/day with cimetidine and rizatriptan to 15 mg/day with propranolol [Zomig and Maxalt labels]', () => {
    expect(ceiling('zolmitriptan', {})).toBe(10);
    expect(ceiling('zolmitriptan', { withDrugs: ['cimetidine'] })).toBe(5);
    expect(ceiling('zolmitriptan', { withDrugs: ['famotidine'] })).toBe(10);
    expect(ceiling('rizatriptan', {})).toBe(30);
    expect(ceiling('rizatriptan', { withDrugs: ['propranolol'] })).toBe(15);
  });

  it('states labelled maxima: sumatriptan 200, dextromethorphan 120, ketorolac oral 40, meloxicam 15, linezolid 1200 mg/day [labels]', () => {
    expect(drug('sumatriptan').dose.maxDailyMg).toBe(200);
    expect(drug('dextromethorphan').dose.maxDailyMg).toBe(120);
    expect(drug('ketorolac').dose.maxDailyMg).toBe(40);
    expect(drug('meloxicam').dose.maxDailyMg).toBe(15);
    expect(drug('linezolid').dose.maxDailyMg).toBe(1200);
    expect(drug('ibuprofen').dose.maxDailyMg).toBe(3200);
  });

  it('halves celecoxib for CYP2C9 poor metabolizers and steers them off meloxicam [CPIC NSAIDs 2020]', () => {
    expect(ceiling('celecoxib', { phenotypes: { CYP2C9: 'poor metabolizer' } })).toBe(200);
    expect(ceiling('celecoxib', { phenotypes: { CYP2C9: 'normal metabolizer' } })).toBe(400);
    expect(ceiling('meloxicam', { phenotypes: { CYP2C9: 'poor metabolizer' } })).toBe(0);
  });

  it('limits ondansetron to 8 mg/day in severe hepatic impairment [Zofran label]', () => {
    expect(ceiling('ondansetron', { hepaticImpairment: true })).toBe(8);
    expect(ceiling('ondansetron', {})).toBe(24);
  });

  it('sets no ceiling for opioid-tolerant dosing of oxycodone or morphine, and uses a transdermal route note for fentanyl [labels]', () => {
    expect(drug('oxycodone').dose.maxDailyMg).toBeNull();
    expect(drug('morphine').dose.maxDailyMg).toBeNull();
    expect(drug('fentanyl').dose.nonDailyRoute?.route).toBe('transdermal');
  });
});

describe('warnings, pregnancy and monitoring', () => {
  it('carries the tardive dyskinesia boxed warning for metoclopramide and sets off movement monitoring [Reglan label]', () => {
    expect(drug('metoclopramide').boxedWarnings.join(' ')).toMatch(/[Tt]ardive dyskinesia/);
    expect(drug('metoclopramide').monitoring).toContain('antipsychotic-movement');
  });

  it('carries the fetal toxicity boxed warning for ACE inhibitors and ARBs [Zestril and Cozaar labels]', () => {
    for (const name of ['lisinopril', 'enalapril', 'ramipril', 'losartan', 'valsartan']) {
      expect(drug(name).boxedWarnings.join(' ')).toMatch(/[Ff]etal toxicity/);
      expect(drug(name).pregnancy.risk).toBe('avoid');
    }
  });

  it('carries the tendon/CNS boxed warning for fluoroquinolones [Cipro label]', () => {
    for (const name of ['ciprofloxacin', 'levofloxacin', 'moxifloxacin']) {
      expect(drug(name).boxedWarnings.join(' ')).toMatch(/tendon rupture/);
    }
  });

  it('has no boxed warning for linezolid, famotidine or the triptans [labels]', () => {
    for (const name of ['linezolid', 'famotidine', 'sumatriptan', 'rizatriptan', 'zolmitriptan']) {
      expect(drug(name).boxedWarnings).toEqual([]);
    }
  });

  it('contraindicates warfarin in pregnancy [Coumadin label]', () => {
    expect(drug('warfarin').pregnancy.risk).toBe('contraindicated');
    expect(drug('azithromycin').pregnancy.risk).toBe('acceptable');
  });

  it('warns about smoking with ethinyl estradiol but not with progestin-only pills [combined oral contraceptive labels]', () => {
    expect(drug('ethinyl estradiol').boxedWarnings.join(' ')).toMatch(/smoking/);
    expect(drug('norethindrone').boxedWarnings).toEqual([]);
  });

  it('sets off controlled-substance monitoring for every opioid and for nothing else [21 CFR 1308]', () => {
    const flagged = NON_PSYCHIATRIC.filter((d) => d.monitoring.includes('controlled-substance')).map(
      (d) => d.name,
    );
    expect(flagged.sort()).toEqual(
      [
        'codeine',
        'fentanyl',
        'hydrocodone',
        'hydromorphone',
        'meperidine',
        'morphine',
        'oxycodone',
        'oxymorphone',
        'tapentadol',
        'tramadol',
      ].sort(),
    );
  });

  it('uses no education text for non-psychiatric drugs, which the formulary allows [formulary types]', () => {
    expect(NON_PSYCHIATRIC.filter((d) => d.education !== null).map((d) => d.name)).toEqual([]);
  });
});
