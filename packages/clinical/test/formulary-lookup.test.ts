import { describe, expect, it } from 'vitest';
import { ANTIDEPRESSANTS } from '../src/formulary/drugs/antidepressants.js';
import { ANTIPSYCHOTICS } from '../src/formulary/drugs/antipsychotics.js';
import {
  COMBINATIONS,
  createDrugLookup,
  DRUGS,
  drugsInClass,
  findDrug,
  getDrug,
  normalizeDrugName,
  resolveMedication,
  suggestDrugs,
  UnknownDrugError,
} from '../src/formulary/index.js';
import type { Drug } from '../src/formulary/types.js';

const names = (drugs: Drug[]) => drugs.map((d) => d.name);

describe('findDrug', () => {
  it('resolves brand names to the generic [Zoloft, Lexapro, Wellbutrin XL, Abilify Maintena, Invega Sustenna labels]', () => {
    expect(findDrug('Zoloft')?.name).toBe('sertraline');
    expect(findDrug('Lexapro')?.name).toBe('escitalopram');
    expect(findDrug('Wellbutrin XL')?.name).toBe('bupropion');
    expect(findDrug('Abilify Maintena')?.name).toBe('aripiprazole');
    expect(findDrug('Invega Sustenna')?.name).toBe('paliperidone');
    expect(findDrug('Spravato')?.name).toBe('esketamine');
  });

  it('resolves RxNorm ingredient codes, with or without an rxnorm: prefix [RxNorm]', () => {
    expect(findDrug('36437')?.name).toBe('sertraline');
    expect(findDrug('4493')?.name).toBe('fluoxetine');
    expect(findDrug('2626')?.name).toBe('clozapine');
    expect(findDrug('RxNorm:321988')?.name).toBe('escitalopram');
    expect(findDrug('rxcui 42347')?.name).toBe('bupropion');
  });

  it('ignores case, surrounding and repeated whitespace, and punctuation [design.md: names case-insensitive]', () => {
    expect(findDrug('  sErTrAlInE  ')?.name).toBe('sertraline');
    expect(findDrug('WELLBUTRIN    XL')?.name).toBe('bupropion');
    expect(findDrug('tofranil pm')?.name).toBe('imipramine');
    expect(findDrug('Zoloft®')?.name).toBe('sertraline');
  });

  it('ignores salt, release-form and dose words [RxNorm precise ingredients]', () => {
    expect(findDrug('sertraline hydrochloride')?.name).toBe('sertraline');
    expect(findDrug('bupropion XL 300 mg')?.name).toBe('bupropion');
    expect(findDrug('quetiapine fumarate ER')?.name).toBe('quetiapine');
    expect(findDrug('Seroquel XR 50mg')?.name).toBe('quetiapine');
  });

  it('resolves synonyms and LAI precise ingredients to the parent drug [RxNorm]', () => {
    expect(findDrug('haloperidol decanoate')?.name).toBe('haloperidol');
    expect(findDrug('paliperidone palmitate')?.name).toBe('paliperidone');
    expect(findDrug('aripiprazole lauroxil')?.name).toBe('aripiprazole lauroxil');
    expect(findDrug('Aristada')?.name).toBe('aripiprazole lauroxil');
  });

  it('returns undefined for unknown, empty or combination queries [design.md: unknown names are reported, never guessed]', () => {
    expect(findDrug('setraline')).toBeUndefined();
    expect(findDrug('xyzzy')).toBeUndefined();
    expect(findDrug('')).toBeUndefined();
    expect(findDrug('   ')).toBeUndefined();
    expect(findDrug('99999999')).toBeUndefined();
    expect(findDrug('olanzapine/fluoxetine')).toBeUndefined();
  });

  it('normalizes names the same way for every caller [design.md]', () => {
    expect(normalizeDrugName('  Wellbutrin\tXL  ')).toBe('wellbutrin xl');
  });
});

describe('getDrug', () => {
  it('returns the drug for a known name [Zoloft label]', () => {
    expect(getDrug('zoloft').rxnorm).toBe('36437');
  });

  it('throws UnknownDrugError with suggestions for an unknown name [design.md: exit 2 with a clear message]', () => {
    expect(() => getDrug('setraline')).toThrow(UnknownDrugError);
    try {
      getDrug('setraline');
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownDrugError);
      expect((error as UnknownDrugError).suggestions[0]).toBe('sertraline');
      expect((error as UnknownDrugError).message).toContain('Did you mean: sertraline');
    }
  });
});

describe('resolveMedication', () => {
  it('resolves a single drug by any name [design.md]', () => {
    const r = resolveMedication('Prozac');
    expect(names(r.drugs)).toEqual(['fluoxetine']);
    expect(r.unrecognized).toEqual([]);
  });

  it('splits ingredients joined with "/" or "+" [design.md: combination products by ingredients]', () => {
    expect(names(resolveMedication('olanzapine/fluoxetine').drugs)).toEqual(['olanzapine', 'fluoxetine']);
    expect(names(resolveMedication('olanzapine + fluoxetine').drugs)).toEqual(['olanzapine', 'fluoxetine']);
    expect(names(resolveMedication('Zyprexa / Prozac').drugs)).toEqual(['olanzapine', 'fluoxetine']);
  });

  it('resolves combination brands to their ingredients (Symbyax = olanzapine/fluoxetine) [Symbyax label]', () => {
    const r = resolveMedication('Symbyax');
    expect(names(r.drugs)).toEqual(['olanzapine', 'fluoxetine']);
    expect(r.unrecognized).toEqual([]);
  });

  it('resolves Auvelity to dextromethorphan and bupropion [Auvelity label]', () => {
    const r = resolveMedication('Auvelity');
    expect(names(r.drugs)).toContain('bupropion');
    // dextromethorphan is listed by another formulary file; until it exists it is reported, never dropped.
    expect([...names(r.drugs), ...r.unrecognized].sort()).toEqual(['bupropion', 'dextromethorphan']);
  });

  it('reports unknown parts of a combination and keeps the known ones [design.md: never silently ignored]', () => {
    const r = resolveMedication('fluoxetine/unknownium');
    expect(names(r.drugs)).toEqual(['fluoxetine']);
    expect(r.unrecognized).toEqual(['unknownium']);
  });

  it('accepts a hyphenated pair only when both parts are drugs [design.md]', () => {
    expect(names(resolveMedication('olanzapine-fluoxetine').drugs)).toEqual(['olanzapine', 'fluoxetine']);
    const r = resolveMedication('olanzapine-foo');
    expect(r.drugs).toEqual([]);
    expect(r.unrecognized).toEqual(['olanzapine-foo']);
  });

  it('lists an unknown single name as unrecognized [design.md]', () => {
    expect(resolveMedication(' setraline ')).toEqual({ drugs: [], unrecognized: ['setraline'] });
  });

  it('does not list the same ingredient twice [design.md]', () => {
    expect(names(resolveMedication('sertraline/Zoloft').drugs)).toEqual(['sertraline']);
  });

  it('every combination brand names two ingredients [COMBINATIONS map; product labels]', () => {
    for (const ingredients of Object.values(COMBINATIONS)) expect(ingredients).toHaveLength(2);
  });
});

describe('suggestDrugs', () => {
  it('suggests sertraline for "setraline" (one missing letter) [edit distance]', () => {
    expect(suggestDrugs('setraline')[0]).toBe('sertraline');
  });

  it('suggests sertraline for "zolof" through its brand (prefix) [Zoloft label]', () => {
    expect(suggestDrugs('zolof')).toContain('sertraline');
  });

  it('suggests through transposed and substituted letters [edit distance]', () => {
    expect(suggestDrugs('abilfy')[0]).toBe('aripiprazole');
    expect(suggestDrugs('lexaprp')[0]).toBe('escitalopram');
    expect(suggestDrugs('quetiapin')[0]).toBe('quetiapine');
    expect(suggestDrugs('prozak')[0]).toBe('fluoxetine');
  });

  it('suggests nothing for a string far from every drug [edit distance threshold]', () => {
    expect(suggestDrugs('xyzzy')).toEqual([]);
    expect(suggestDrugs('')).toEqual([]);
  });

  it('respects the limit and returns generic names only once [design.md]', () => {
    const all = suggestDrugs('pa', 10);
    expect(new Set(all).size).toBe(all.length);
    expect(suggestDrugs('seroquel', 1)).toEqual(['quetiapine']);
    expect(suggestDrugs('seroquel', 0)).toEqual([]);
  });
});

describe('drugsInClass', () => {
  it('lists the six SSRIs in formulary order [FDA labels]', () => {
    expect(names(drugsInClass('ssri'))).toEqual([
      'fluoxetine',
      'sertraline',
      'paroxetine',
      'citalopram',
      'escitalopram',
      'fluvoxamine',
    ]);
  });

  it('lists the four MAOIs and the long-acting injectables [FDA labels]', () => {
    expect(names(drugsInClass('maoi'))).toEqual([
      'phenelzine',
      'tranylcypromine',
      'isocarboxazid',
      'selegiline',
    ]);
    expect(names(drugsInClass('long-acting-injectable'))).toContain('aripiprazole lauroxil');
  });

  it('returns a copy that callers cannot use to change the index [design.md: pure engine]', () => {
    const list = drugsInClass('snri');
    list.pop();
    expect(drugsInClass('snri')).toHaveLength(4);
  });
});

describe('createDrugLookup', () => {
  const fixture: Drug[] = [...ANTIDEPRESSANTS.slice(0, 2), ...ANTIPSYCHOTICS.slice(0, 1)];

  it('builds an independent lookup over any drug list [design.md: knowledge as a parameter]', () => {
    const lookup = createDrugLookup(fixture, { Combo: ['fluoxetine', 'haloperidol'] });
    expect(lookup.findDrug('zoloft')?.name).toBe('sertraline');
    expect(lookup.findDrug('clozapine')).toBeUndefined();
    expect(names(lookup.resolveMedication('combo').drugs)).toEqual(['fluoxetine', 'haloperidol']);
    expect(names(lookup.drugsInClass('ssri'))).toEqual(['fluoxetine', 'sertraline']);
  });

  it('prefers a generic name over another drug’s brand with the same spelling [lookup precedence]', () => {
    const base = ANTIDEPRESSANTS.find((d) => d.name === 'sertraline');
    if (!base) throw new Error('sertraline missing');
    const impostor: Drug = { ...base, name: 'impostor', rxnorm: '1', brands: ['Sertraline'], synonyms: [] };
    const lookup = createDrugLookup([impostor, base]);
    expect(lookup.findDrug('sertraline')?.name).toBe('sertraline');
    expect(lookup.findDrug('1')?.name).toBe('impostor');
  });
});

describe('whole formulary', () => {
  it('finds every drug by its name and by its RxNorm code [RxNorm]', () => {
    for (const drug of DRUGS) {
      expect(findDrug(drug.name), drug.name).toBe(drug);
      expect(findDrug(drug.rxnorm), drug.rxnorm).toBe(drug);
    }
  });
});
