import { describe, expect, it } from 'vitest';
import { ANXIOLYTICS_HYPNOTICS } from '../src/formulary/drugs/anxiolytics-hypnotics.js';
import { MOOD_STABILIZERS } from '../src/formulary/drugs/mood-stabilizers.js';
import type { Drug } from '../src/formulary/types.js';
import { SOURCES } from '../src/sources/index.js';

const ALL: Drug[] = [...MOOD_STABILIZERS, ...ANXIOLYTICS_HYPNOTICS];

function drug(name: string): Drug {
  const found = ALL.find((d) => d.name === name);
  if (!found) throw new Error(`no formulary entry for ${name}`);
  return found;
}

const BENZODIAZEPINES = [
  'alprazolam',
  'clonazepam',
  'lorazepam',
  'diazepam',
  'chlordiazepoxide',
  'temazepam',
  'oxazepam',
  'clorazepate',
  'triazolam',
];
const Z_DRUGS = ['zolpidem', 'eszopiclone', 'zaleplon'];
const OREXIN = ['suvorexant', 'lemborexant', 'daridorexant'];

describe('group B entries are complete and consistent', () => {
  it('lists every required drug exactly once [brief / RxNorm]', () => {
    const required = [
      'lithium',
      'valproate',
      'carbamazepine',
      'oxcarbazepine',
      'lamotrigine',
      'topiramate',
      'gabapentin',
      'pregabalin',
      ...BENZODIAZEPINES,
      'buspirone',
      'hydroxyzine',
      ...Z_DRUGS,
      'ramelteon',
      ...OREXIN,
      'prazosin',
      'propranolol',
    ];
    for (const name of required) expect(ALL.filter((d) => d.name === name)).toHaveLength(1);
    expect(new Set(ALL.map((d) => d.rxnorm)).size).toBe(ALL.length);
  });

  it('every cited source id is registered [source registry]', () => {
    for (const d of ALL) {
      expect(d.sources.length, d.name).toBeGreaterThan(0);
      for (const id of d.sources) expect(SOURCES.has(id), `${d.name}: ${id}`).toBe(true);
      for (const cap of d.dose.caps ?? []) {
        for (const id of cap.sources) expect(SOURCES.has(id), `${d.name} cap: ${id}`).toBe(true);
      }
    }
  });

  it('doses are internally consistent and education is present [labels]', () => {
    for (const d of ALL) {
      const { usualDailyMg, maxDailyMg, startingDailyMg, strengthsMg } = d.dose;
      expect(d.name).toBe(d.name.toLowerCase());
      expect(d.rxnorm).toMatch(/^\d+$/);
      expect(usualDailyMg.min, d.name).toBeLessThanOrEqual(usualDailyMg.max);
      if (maxDailyMg !== null) {
        expect(usualDailyMg.max, d.name).toBeLessThanOrEqual(maxDailyMg);
        expect(startingDailyMg, d.name).toBeLessThanOrEqual(maxDailyMg);
      }
      expect(strengthsMg.length, d.name).toBeGreaterThan(0);
      expect(
        [...strengthsMg].sort((a, b) => a - b),
        d.name,
      ).toEqual(strengthsMg);
      for (const cap of d.dose.caps ?? []) {
        if (maxDailyMg !== null) expect(cap.maxDailyMg, d.name).toBeLessThanOrEqual(maxDailyMg);
      }
      expect(d.psychiatric).toBe(true);
      expect(d.education, d.name).not.toBeNull();
      expect(d.education?.missedDose.length, d.name).toBeGreaterThan(20);
      expect(d.education?.seriousSideEffects.length, d.name).toBeGreaterThan(0);
    }
  });
});

describe('mood stabilizers', () => {
  it('lithium monitoring includes lithium levels, renal function and pregnancy testing [APA bipolar guideline / lithium label]', () => {
    const lithium = drug('lithium');
    expect(lithium.monitoring).toEqual(expect.arrayContaining(['lithium', 'renal', 'pregnancy-test']));
    expect(lithium.rxnorm).toBe('42351');
    expect(lithium.synonyms).toEqual(expect.arrayContaining(['lithium carbonate', 'lithium citrate']));
  });

  it('lithium is renally cleared, not controlled, with a toxicity boxed warning and Ebstein caution [lithium label]', () => {
    const lithium = drug('lithium');
    expect(lithium.metabolism.renallyCleared).toBe(true);
    expect(lithium.schedule).toBeNull();
    expect(lithium.boxedWarnings).toHaveLength(1);
    expect(lithium.boxedWarnings[0]).toMatch(/toxicity/i);
    expect(lithium.pregnancy.risk).toBe('caution');
    expect(lithium.pregnancy.note).toMatch(/Ebstein/);
    expect(lithium.discontinuationRisk).toBe('moderate');
    expect(lithium.renal).toMatch(/below 30 mL\/min: not recommended/);
  });

  it('valproate is one entry reached by divalproex and valproic acid [Depakote label]', () => {
    const valproate = drug('valproate');
    expect(valproate.synonyms).toEqual(
      expect.arrayContaining(['divalproex', 'valproic acid', 'divalproex sodium']),
    );
    expect(ALL.filter((d) => d.name === 'divalproex')).toHaveLength(0);
    expect(valproate.rxnorm).toBe('11118');
  });

  it('valproate carries hepatotoxicity, fetal-risk and pancreatitis boxed warnings [Depakote label]', () => {
    const valproate = drug('valproate');
    expect(valproate.boxedWarnings).toHaveLength(3);
    expect(valproate.boxedWarnings[0]).toMatch(/hepatotoxicity/i);
    expect(valproate.boxedWarnings[1]).toMatch(/fetal risk/i);
    expect(valproate.boxedWarnings[2]).toMatch(/pancreatitis/i);
    expect(valproate.pregnancy.risk).toBe('avoid');
    expect(valproate.monitoring).toEqual(['valproate', 'pregnancy-test']);
  });

  it('valproate inhibits glucuronidation (UGT) and weakly CYP2C9 [FDA DDI table / Depakote label]', () => {
    const inhibits = drug('valproate').metabolism.inhibits;
    expect(inhibits).toContainEqual({ enzyme: 'UGT2B7', strength: 'strong' });
    expect(inhibits).toContainEqual({ enzyme: 'UGT1A4', strength: 'moderate' });
    expect(inhibits).toContainEqual({ enzyme: 'CYP2C9', strength: 'weak' });
  });

  it('carbamazepine is a strong CYP3A4 inducer and a CYP3A4 substrate (autoinduction) [FDA DDI table]', () => {
    const carbamazepine = drug('carbamazepine');
    expect(carbamazepine.metabolism.induces).toContainEqual({ enzyme: 'CYP3A4', strength: 'strong' });
    expect(carbamazepine.metabolism.substrateOf.find((s) => s.enzyme === 'CYP3A4')?.fraction).toBe('major');
    expect(carbamazepine.metabolism.induces.some((e) => e.enzyme === 'UGT1A4')).toBe(true);
  });

  it('carbamazepine: HLA-B*1502 and aplastic anemia boxed warnings, myelosuppressive, pregnancy avoid [Tegretol label / CPIC 2017]', () => {
    const carbamazepine = drug('carbamazepine');
    expect(carbamazepine.boxedWarnings).toHaveLength(2);
    expect(carbamazepine.boxedWarnings[0]).toContain('HLA-B*1502');
    expect(carbamazepine.boxedWarnings[1]).toMatch(/aplastic anemia/i);
    expect(carbamazepine.pd.myelosuppressive).toBe(true);
    expect(carbamazepine.pd.hyponatremia).toBe(true);
    expect(carbamazepine.pregnancy.risk).toBe('avoid');
    expect(carbamazepine.monitoring).toEqual(['carbamazepine', 'pregnancy-test']);
    expect(carbamazepine.dose.maxDailyMg).toBe(1600);
  });

  it('oxcarbazepine sets off sodium monitoring and causes hyponatremia [Trileptal label]', () => {
    const oxcarbazepine = drug('oxcarbazepine');
    expect(oxcarbazepine.monitoring).toEqual(['oxcarbazepine-sodium']);
    expect(oxcarbazepine.pd.hyponatremia).toBe(true);
    expect(oxcarbazepine.dose.maxDailyMg).toBe(2400);
  });

  it('lamotrigine: serious-rash boxed warning, UGT1A4 substrate, halved target with valproate [Lamictal label]', () => {
    const lamotrigine = drug('lamotrigine');
    expect(lamotrigine.boxedWarnings).toHaveLength(1);
    expect(lamotrigine.boxedWarnings[0]).toMatch(/serious skin rashes/i);
    expect(lamotrigine.monitoring).toEqual(['lamotrigine-rash']);
    expect(lamotrigine.metabolism.substrateOf).toContainEqual({ enzyme: 'UGT1A4', fraction: 'major' });
    const withValproate = lamotrigine.dose.caps?.find((c) => c.when.withDrug === 'valproate');
    expect(withValproate?.maxDailyMg).toBe(100);
    expect(lamotrigine.dose.startingDailyMg).toBe(25);
    expect(lamotrigine.rxnorm).toBe('28439');
  });

  it('lamotrigine is neither myelosuppressive nor controlled, and has no cap without valproate [Lamictal label]', () => {
    const lamotrigine = drug('lamotrigine');
    expect(lamotrigine.pd.myelosuppressive).toBeUndefined();
    expect(lamotrigine.schedule).toBeNull();
    expect(lamotrigine.dose.caps?.filter((c) => c.when.withDrug !== 'valproate')).toHaveLength(0);
  });

  it('gabapentin is not federally scheduled, renally cleared, capped at 1400 mg/day in renal impairment [Neurontin label / 21 CFR 1308]', () => {
    const gabapentin = drug('gabapentin');
    expect(gabapentin.schedule).toBeNull();
    expect(gabapentin.metabolism.renallyCleared).toBe(true);
    expect(gabapentin.dose.caps?.find((c) => c.when.renalImpairment)?.maxDailyMg).toBe(1400);
    expect(gabapentin.dose.maxDailyMg).toBe(3600);
  });

  it('pregabalin is Schedule V, max 600 mg/day, 300 mg/day in renal impairment [21 CFR 1308.15 / Lyrica label]', () => {
    const pregabalin = drug('pregabalin');
    expect(pregabalin.schedule).toBe('V');
    expect(pregabalin.dose.maxDailyMg).toBe(600);
    expect(pregabalin.dose.caps?.find((c) => c.when.renalImpairment)?.maxDailyMg).toBe(300);
  });

  it('gabapentinoids cause respiratory depression and carry moderate withdrawal risk [FDA DSC 2019]', () => {
    for (const name of ['gabapentin', 'pregabalin']) {
      expect(drug(name).pd.respiratoryDepressant, name).toBe(true);
      expect(drug(name).discontinuationRisk, name).toBe('moderate');
    }
  });

  it('topiramate halves the dose when CrCl is below 70 [Topamax label]', () => {
    const topiramate = drug('topiramate');
    expect(topiramate.dose.caps?.find((c) => c.when.renalImpairment)?.maxDailyMg).toBe(200);
    expect(topiramate.dose.maxDailyMg).toBe(400);
  });
});

describe('benzodiazepines', () => {
  it('alprazolam is Schedule IV [21 CFR 1308.14]', () => {
    expect(drug('alprazolam').schedule).toBe('IV');
  });

  it('every benzodiazepine is Schedule IV with the three-part class boxed warning [21 CFR 1308.14 / FDA DSC 2020]', () => {
    for (const name of BENZODIAZEPINES) {
      const d = drug(name);
      expect(d.schedule, name).toBe('IV');
      expect(d.classes, name).toContain('benzodiazepine');
      expect(d.boxedWarnings, name).toHaveLength(3);
      expect(d.boxedWarnings[0], name).toMatch(/opioids/);
      expect(d.boxedWarnings[1], name).toMatch(/abuse, misuse and addiction/i);
      expect(d.boxedWarnings[2], name).toMatch(/withdrawal/i);
    }
  });

  it('benzodiazepines are high-level CNS and respiratory depressants with high discontinuation risk [FDA DSC 2016 / ASAM 2025]', () => {
    for (const name of BENZODIAZEPINES) {
      const d = drug(name);
      expect(d.pd.cnsDepressant, name).toBe('high');
      expect(d.pd.respiratoryDepressant, name).toBe(true);
      expect(d.discontinuationRisk, name).toBe('high');
      expect(d.monitoring, name).toEqual(['benzodiazepine-review', 'controlled-substance']);
    }
  });

  it('alprazolam and triazolam are CYP3A4 substrates; alprazolam maximum 10 mg/day (panic) [FDA DDI table / Xanax label]', () => {
    expect(drug('alprazolam').metabolism.substrateOf).toContainEqual({ enzyme: 'CYP3A4', fraction: 'major' });
    expect(drug('triazolam').metabolism.substrateOf[0]).toMatchObject({
      enzyme: 'CYP3A4',
      fraction: 'major',
    });
    expect(drug('alprazolam').dose.maxDailyMg).toBe(10);
    expect(drug('alprazolam').rxnorm).toBe('596');
  });

  it('triazolam is capped at 0.25 mg in older adults [Halcion label]', () => {
    const cap = drug('triazolam').dose.caps?.find((c) => c.when.minAge === 65);
    expect(cap?.maxDailyMg).toBe(0.25);
    expect(drug('triazolam').dose.maxDailyMg).toBe(0.5);
  });

  it('lorazepam is glucuronidated (no CYP3A4 pathway) [Ativan label]', () => {
    const lorazepam = drug('lorazepam');
    expect(lorazepam.metabolism.substrateOf.some((s) => s.enzyme === 'CYP3A4')).toBe(false);
    expect(lorazepam.metabolism.substrateOf).toContainEqual({ enzyme: 'UGT2B7', fraction: 'major' });
    expect(lorazepam.rxnorm).toBe('6470');
    expect(drug('clonazepam').rxnorm).toBe('2598');
    expect(drug('diazepam').rxnorm).toBe('3322');
  });
});

describe('Z-drugs, orexin antagonists and ramelteon', () => {
  it('Z-drugs are Schedule IV with the complex-sleep-behaviors boxed warning [21 CFR 1308.14 / FDA DSC 2019]', () => {
    for (const name of Z_DRUGS) {
      const d = drug(name);
      expect(d.schedule, name).toBe('IV');
      expect(d.boxedWarnings, name).toHaveLength(1);
      expect(d.boxedWarnings[0], name).toMatch(/complex sleep behaviors/i);
    }
  });

  it('Z-drug maximums: zolpidem 12.5 mg (CR), eszopiclone 3 mg, zaleplon 20 mg [labels]', () => {
    expect(drug('zolpidem').dose.maxDailyMg).toBe(12.5);
    expect(drug('eszopiclone').dose.maxDailyMg).toBe(3);
    expect(drug('zaleplon').dose.maxDailyMg).toBe(20);
  });

  it('eszopiclone is capped at 2 mg with ketoconazole and in older adults [Lunesta label]', () => {
    const caps = drug('eszopiclone').dose.caps ?? [];
    expect(caps.find((c) => c.when.withDrug === 'ketoconazole')?.maxDailyMg).toBe(2);
    expect(caps.find((c) => c.when.minAge === 65)?.maxDailyMg).toBe(2);
    expect(caps.find((c) => c.when.withDrug === 'sertraline')).toBeUndefined();
  });

  it('orexin antagonists are Schedule IV with no boxed warning [21 CFR 1308.14 / labels]', () => {
    for (const name of OREXIN) {
      const d = drug(name);
      expect(d.schedule, name).toBe('IV');
      expect(d.boxedWarnings, name).toHaveLength(0);
      expect(d.classes, name).toContain('orexin-antagonist');
    }
    expect(drug('suvorexant').dose.maxDailyMg).toBe(20);
    expect(drug('lemborexant').dose.maxDailyMg).toBe(10);
    expect(drug('daridorexant').dose.maxDailyMg).toBe(50);
  });

  it('suvorexant is limited to 10 mg with a moderate CYP3A inhibitor [Belsomra label]', () => {
    const cap = drug('suvorexant').dose.caps?.find((c) => c.when.withDrug === 'diltiazem');
    expect(cap?.maxDailyMg).toBe(10);
  });

  it('ramelteon is not controlled and is a CYP1A2 substrate (fluvoxamine) [Rozerem label / FDA DDI table]', () => {
    const ramelteon = drug('ramelteon');
    expect(ramelteon.schedule).toBeNull();
    expect(ramelteon.pd.misusePotential).toBe('none');
    expect(ramelteon.metabolism.substrateOf[0]).toMatchObject({ enzyme: 'CYP1A2', fraction: 'major' });
  });
});

describe('other anxiolytics', () => {
  it('buspirone is not a high-level CNS depressant, has no misuse potential and is not controlled [BuSpar label]', () => {
    const buspirone = drug('buspirone');
    expect(buspirone.pd.cnsDepressant).not.toBe('high');
    expect(buspirone.pd.cnsDepressant).toBe('low');
    expect(buspirone.pd.misusePotential).toBe('none');
    expect(buspirone.pd.respiratoryDepressant).toBe(false);
    expect(buspirone.schedule).toBeNull();
    expect(buspirone.boxedWarnings).toHaveLength(0);
    expect(buspirone.dose.maxDailyMg).toBe(60);
  });

  it('hydroxyzine has an anticholinergic burden of 3 and is not controlled [Boustani 2008 / Vistaril label]', () => {
    const hydroxyzine = drug('hydroxyzine');
    expect(hydroxyzine.pd.anticholinergicBurden).toBe(3);
    expect(hydroxyzine.schedule).toBeNull();
    expect(hydroxyzine.pd.qtRisk).toBe('conditional');
  });

  it('prazosin and propranolol are not controlled, not CNS depressants of note, with no misuse potential [Minipress / Inderal labels]', () => {
    for (const name of ['prazosin', 'propranolol']) {
      const d = drug(name);
      expect(d.schedule, name).toBeNull();
      expect(d.pd.misusePotential, name).toBe('none');
      expect(d.pd.respiratoryDepressant, name).toBe(false);
    }
    expect(drug('propranolol').classes).toEqual(['beta-blocker']);
    expect(drug('propranolol').metabolism.substrateOf).toContainEqual({
      enzyme: 'CYP2D6',
      fraction: 'major',
    });
  });
});
