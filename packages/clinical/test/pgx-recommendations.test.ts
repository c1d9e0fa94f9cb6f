import { describe, expect, it } from 'vitest';
import {
  type PgxContext,
  type PgxRecommendation,
  pgxDrugs,
  pgxRecommendations,
  pgxRecommendationToAlert,
  resolvePgx,
} from '../src/pgx/index.js';
import { SOURCES } from '../src/sources/index.js';
import type { PgxInput } from '../src/types.js';

function recs(drug: string, inputs: PgxInput[], context: PgxContext = {}): PgxRecommendation[] {
  return pgxRecommendations(drug, resolvePgx(inputs), context);
}

function one(drug: string, inputs: PgxInput[], context: PgxContext = {}): PgxRecommendation {
  const list = recs(drug, inputs, context);
  expect(list).toHaveLength(1);
  return list[0] as PgxRecommendation;
}

const d6 = (diplotype: string): PgxInput => ({ gene: 'CYP2D6', diplotype });
const c19 = (diplotype: string): PgxInput => ({ gene: 'CYP2C19', diplotype });
const b6 = (diplotype: string): PgxInput => ({ gene: 'CYP2B6', diplotype });
const hla = (allele: string, result: 'positive' | 'negative'): PgxInput => ({
  gene: allele.startsWith('A') ? 'HLA-A' : 'HLA-B',
  allele,
  result,
});

describe('citalopram and escitalopram (CYP2C19)', () => {
  it('citalopram, CYP2C19 poor (*2/*2): maximum 20 mg/day, half the maintenance dose [CPIC 2023 SSRI; FDA Celexa label]', () => {
    const r = one('citalopram', [c19('*2/*2')]);
    expect(r).toMatchObject({
      gene: 'CYP2C19',
      phenotype: 'poor metabolizer',
      severity: 'major',
      action: 'reduce-dose',
      maxDailyDose: 20,
      doseFactor: 0.5,
      strength: 'strong',
    });
    expect(r.sources).toContain('pgx-label-citalopram');
  });

  it('citalopram, CYP2C19 likely poor (*2/*9) gets the same 20 mg/day cap [CPIC 2023 SSRI; FDA Celexa label]', () => {
    expect(one('citalopram', [c19('*2/*9')])).toMatchObject({
      phenotype: 'likely poor metabolizer',
      maxDailyDose: 20,
    });
  });

  it('escitalopram, CYP2C19 poor: 50% maintenance dose, no label cap [CPIC 2023 SSRI]', () => {
    expect(one('escitalopram', [c19('*3/*3')])).toMatchObject({
      severity: 'major',
      maxDailyDose: null,
      doseFactor: 0.5,
    });
  });

  it('escitalopram, CYP2C19 ultrarapid (*17/*17): consider an alternative [CPIC 2023 SSRI]', () => {
    expect(one('escitalopram', [c19('*17/*17')])).toMatchObject({
      severity: 'moderate',
      action: 'use-alternative',
    });
  });

  it('citalopram, CYP2C19 rapid (*1/*17): usual start, watch for non-response [CPIC 2023 SSRI]', () => {
    expect(one('citalopram', [c19('*1/*17')])).toMatchObject({ severity: 'minor', action: 'monitor' });
  });

  it('citalopram, CYP2C19 intermediate (*1/*2): slower titration, lower maintenance [CPIC 2023 SSRI]', () => {
    expect(one('citalopram', [c19('*1/*2')])).toMatchObject({
      severity: 'minor',
      action: 'reduce-dose',
      strength: 'moderate',
    });
  });

  it('citalopram, CYP2C19 normal (*1/*1): no recommendation [CPIC 2023 SSRI]', () => {
    expect(recs('citalopram', [c19('*1/*1')])).toEqual([]);
  });

  it('citalopram with only a CYP2D6 poor result: no recommendation [CPIC 2023 SSRI]', () => {
    expect(recs('citalopram', [d6('*4/*4')])).toEqual([]);
  });
});

describe('sertraline (CYP2C19 and CYP2B6)', () => {
  it('CYP2C19 poor: lower start and 50% lower maintenance dose, or another drug [CPIC 2023 SSRI]', () => {
    const r = one('sertraline', [c19('*2/*2')]);
    expect(r).toMatchObject({
      gene: 'CYP2C19',
      severity: 'moderate',
      action: 'reduce-dose',
      doseFactor: 0.5,
    });
    expect(r.recommendation).toMatch(/50%/);
  });

  it('CYP2D6 poor metabolizer with sertraline: nothing (sertraline is not a CYP2D6 drug in CPIC) [CPIC 2023 SSRI]', () => {
    expect(recs('sertraline', [d6('*4/*4')])).toEqual([]);
  });

  it('CYP2C19 poor and CYP2B6 poor: choose another antidepressant [CPIC 2023 SSRI]', () => {
    expect(one('sertraline', [c19('*2/*2'), b6('*6/*6')])).toMatchObject({
      gene: 'CYP2C19+CYP2B6',
      action: 'use-alternative',
    });
  });

  it('CYP2C19 normal and CYP2B6 poor: about 25% lower maintenance dose [CPIC 2023 SSRI]', () => {
    expect(one('sertraline', [c19('*1/*1'), b6('*6/*18')])).toMatchObject({
      gene: 'CYP2B6',
      doseFactor: 0.75,
      severity: 'minor',
    });
  });

  it('CYP2C19 intermediate and CYP2B6 poor: about 50% lower maintenance dose [CPIC 2023 SSRI]', () => {
    expect(one('sertraline', [c19('*1/*2'), b6('*6/*6')])).toMatchObject({
      gene: 'CYP2C19+CYP2B6',
      doseFactor: 0.5,
    });
  });

  it('CYP2C19 normal and CYP2B6 normal: no recommendation [CPIC 2023 SSRI]', () => {
    expect(recs('sertraline', [c19('*1/*1'), b6('*1/*1')])).toEqual([]);
  });
});

describe('CYP2D6 antidepressants', () => {
  it('paroxetine, CYP2D6 poor: 50% lower start and maintenance [CPIC 2023 SSRI]', () => {
    expect(one('paroxetine', [d6('*4/*5')])).toMatchObject({ action: 'reduce-dose', doseFactor: 0.5 });
  });

  it('paroxetine, CYP2D6 intermediate: lower start, slower titration [CPIC 2023 SSRI]', () => {
    expect(one('paroxetine', [d6('*1/*4')])).toMatchObject({ severity: 'minor', action: 'reduce-dose' });
  });

  it('paroxetine, CYP2D6 ultrarapid (*1/*2x2): consider an alternative [CPIC 2023 SSRI]', () => {
    expect(one('paroxetine', [d6('*1/*2x2')])).toMatchObject({ action: 'use-alternative' });
  });

  it('fluvoxamine, CYP2D6 poor: 25–50% lower starting dose [CPIC 2023 SSRI]', () => {
    const r = one('fluvoxamine', [d6('*4/*4')]);
    expect(r.action).toBe('reduce-dose');
    expect(r.recommendation).toMatch(/25–50%/);
  });

  it('fluvoxamine, CYP2D6 intermediate: usual starting dose, no alert [CPIC 2023 SSRI]', () => {
    expect(recs('fluvoxamine', [d6('*1/*4')])).toEqual([]);
  });

  it('venlafaxine, CYP2D6 poor: consider an alternative (optional) [CPIC 2023 SSRI]', () => {
    expect(one('venlafaxine', [d6('*4/*4')])).toMatchObject({
      action: 'use-alternative',
      strength: 'optional',
    });
  });

  it('venlafaxine, CYP2D6 intermediate: no action recommended [CPIC 2023 SSRI]', () => {
    expect(recs('venlafaxine', [d6('*4/*41')])).toEqual([]);
  });

  it('vortioxetine, CYP2D6 poor: start 5 mg, maximum 10 mg/day [CPIC 2023 SSRI; FDA Trintellix label]', () => {
    expect(one('vortioxetine', [d6('*4/*4')])).toMatchObject({
      severity: 'major',
      maxDailyDose: 10,
      doseFactor: 0.5,
    });
  });

  it('vortioxetine, CYP2D6 intermediate: usual starting dose, no alert [CPIC 2023 SSRI]', () => {
    expect(recs('vortioxetine', [d6('*1/*4')])).toEqual([]);
  });

  it('fluoxetine with CYP2D6 poor: no genotype-based recommendation [CPIC 2023 SSRI]', () => {
    expect(recs('fluoxetine', [d6('*4/*4'), c19('*2/*2')])).toEqual([]);
  });

  it('duloxetine with CYP2D6 poor: no genotype-based recommendation [CPIC 2023 SSRI]', () => {
    expect(recs('duloxetine', [d6('*4/*4')])).toEqual([]);
  });
});

describe('tricyclic antidepressants', () => {
  it('amitriptyline, CYP2D6 ultrarapid: avoid (strong) [Hicks 2017 CPIC TCA]', () => {
    expect(one('amitriptyline', [d6('*1/*1x2'), c19('*1/*1')])).toMatchObject({
      gene: 'CYP2D6',
      action: 'use-alternative',
      strength: 'strong',
    });
  });

  it('amitriptyline, CYP2D6 poor: avoid, or 50% lower starting dose (strong) [Hicks 2017 CPIC TCA]', () => {
    expect(one('amitriptyline', [d6('*4/*4'), c19('*1/*1')])).toMatchObject({
      severity: 'major',
      action: 'avoid',
      doseFactor: 0.5,
      strength: 'strong',
    });
  });

  it('amitriptyline, CYP2D6 intermediate: 25% lower starting dose (moderate) [Hicks 2017 CPIC TCA]', () => {
    expect(one('amitriptyline', [d6('*4/*41')])).toMatchObject({
      action: 'reduce-dose',
      doseFactor: 0.75,
      strength: 'moderate',
    });
  });

  it('amitriptyline, CYP2C19 poor with CYP2D6 normal: avoid, or 50% lower start (moderate) [Hicks 2017 CPIC TCA]', () => {
    expect(one('amitriptyline', [c19('*2/*2'), d6('*1/*1')])).toMatchObject({
      gene: 'CYP2C19',
      action: 'avoid',
      doseFactor: 0.5,
      strength: 'moderate',
    });
  });

  it('amitriptyline, CYP2C19 ultrarapid: consider nortriptyline or desipramine (optional) [Hicks 2017 CPIC TCA]', () => {
    const r = one('amitriptyline', [c19('*17/*17')]);
    expect(r).toMatchObject({ severity: 'minor', action: 'use-alternative', strength: 'optional' });
    expect(r.recommendation).toMatch(/nortriptyline/);
  });

  it('amitriptyline, CYP2C19 poor and CYP2D6 poor: avoid amitriptyline (two-gene table) [Hicks 2017 CPIC TCA]', () => {
    expect(one('amitriptyline', [c19('*2/*2'), d6('*4/*4')])).toMatchObject({
      gene: 'CYP2C19+CYP2D6',
      action: 'avoid',
      severity: 'major',
    });
  });

  it('amitriptyline, CYP2C19 intermediate and CYP2D6 intermediate: 25% lower start, optional [Hicks 2017 CPIC TCA]', () => {
    expect(one('amitriptyline', [c19('*1/*2'), d6('*1/*4')])).toMatchObject({
      doseFactor: 0.75,
      strength: 'optional',
    });
  });

  it('amitriptyline, both genes normal: no recommendation [Hicks 2017 CPIC TCA]', () => {
    expect(recs('amitriptyline', [c19('*1/*1'), d6('*1/*2')])).toEqual([]);
  });

  it('nortriptyline, CYP2D6 poor: avoid (strong) [Hicks 2017 CPIC TCA]', () => {
    expect(one('nortriptyline', [d6('*3/*4')])).toMatchObject({ action: 'avoid', strength: 'strong' });
  });

  it('nortriptyline, CYP2D6 intermediate: 25% lower start (optional at AS 1.0) [Hicks 2017 CPIC TCA]', () => {
    expect(one('nortriptyline', [d6('*1/*4')])).toMatchObject({ doseFactor: 0.75, strength: 'optional' });
  });

  it('nortriptyline, CYP2C19 poor only: nothing (secondary amine, not CYP2C19-dependent) [Hicks 2017 CPIC TCA]', () => {
    expect(recs('nortriptyline', [c19('*2/*2')])).toEqual([]);
  });

  it('imipramine, CYP2D6 poor: avoid, rated optional for non-graded TCAs [Hicks 2017 CPIC TCA]', () => {
    expect(one('imipramine', [d6('*4/*4')])).toMatchObject({ action: 'avoid', strength: 'optional' });
  });
});

describe('atomoxetine (CYP2D6)', () => {
  it('poor metabolizer adult: 40 mg/day, slow level-guided titration [Brown 2019 CPIC atomoxetine; FDA Strattera label]', () => {
    const r = one('atomoxetine', [d6('*4/*4')], { age: 30 });
    expect(r).toMatchObject({ severity: 'moderate', action: 'monitor' });
    expect(r.recommendation).toMatch(/40 mg\/day/);
    expect(r.recommendation).not.toMatch(/mg\/kg/);
  });

  it('poor metabolizer child: 0.5 mg/kg/day start, 1.2 mg/kg/day target [Brown 2019 CPIC atomoxetine]', () => {
    const r = one('atomoxetine', [d6('*4/*4')], { age: 10 });
    expect(r.recommendation).toMatch(/0\.5 mg\/kg\/day/);
    expect(r.recommendation).toMatch(/1\.2 mg\/kg\/day/);
  });

  it('intermediate with activity score 0.5 (*4/*17): slow titration [Brown 2019 CPIC atomoxetine]', () => {
    expect(one('atomoxetine', [d6('*4/*17')], { age: 30 }).phenotype).toBe(
      'intermediate metabolizer (activity score 0.5)',
    );
  });

  it('intermediate with activity score 1.0 (*1/*4): standard titration, no alert [Brown 2019 CPIC atomoxetine]', () => {
    expect(recs('atomoxetine', [d6('*1/*4')])).toEqual([]);
  });

  it('intermediate phenotype without a score: minor alert explaining the score cut-off [Brown 2019 CPIC atomoxetine]', () => {
    expect(one('atomoxetine', [{ gene: 'CYP2D6', phenotype: 'IM' }]).severity).toBe('minor');
  });

  it('normal and ultrarapid metabolizers: no alert [Brown 2019 CPIC atomoxetine]', () => {
    expect(recs('atomoxetine', [d6('*1/*1')])).toEqual([]);
    expect(recs('atomoxetine', [d6('*1/*1x2')])).toEqual([]);
  });
});

describe('HLA and anticonvulsants', () => {
  it('carbamazepine, HLA-B*15:02 positive: do not start (contraindicated) [Phillips 2018 CPIC HLA; FDA Tegretol boxed warning]', () => {
    expect(one('carbamazepine', [hla('*15:02', 'positive')])).toMatchObject({
      gene: 'HLA-B*15:02',
      severity: 'contraindicated',
      action: 'avoid',
      strength: 'strong',
    });
  });

  it('carbamazepine, HLA-A*31:01 positive, B*15:02 negative: avoid if alternatives exist [Phillips 2018 CPIC HLA]', () => {
    expect(one('carbamazepine', [hla('*15:02', 'negative'), hla('A*31:01', 'positive')])).toMatchObject({
      gene: 'HLA-A*31:01',
      severity: 'major',
      action: 'avoid',
    });
  });

  it('carbamazepine, both alleles positive: one contraindication, not two alerts [Phillips 2018 CPIC HLA]', () => {
    expect(one('carbamazepine', [hla('*15:02', 'positive'), hla('A*31:01', 'positive')]).gene).toBe(
      'HLA-B*15:02',
    );
  });

  it('carbamazepine, HLA-B*15:02 and HLA-A*31:01 negative: nothing [Phillips 2018 CPIC HLA]', () => {
    expect(recs('carbamazepine', [hla('*15:02', 'negative'), hla('A*31:01', 'negative')])).toEqual([]);
  });

  it('oxcarbazepine, HLA-B*15:02 positive: do not start [Phillips 2018 CPIC HLA; FDA Trileptal label]', () => {
    expect(one('oxcarbazepine', [hla('*15:02', 'positive')])).toMatchObject({ severity: 'contraindicated' });
  });

  it('oxcarbazepine, HLA-A*31:01 positive only: no CPIC recommendation [Phillips 2018 CPIC HLA]', () => {
    expect(recs('oxcarbazepine', [hla('A*31:01', 'positive')])).toEqual([]);
  });

  it('phenytoin, HLA-B*15:02 positive: do not start [Karnes 2021 CPIC phenytoin]', () => {
    expect(one('phenytoin', [hla('*15:02', 'positive')])).toMatchObject({
      severity: 'major',
      action: 'avoid',
    });
  });

  it('lamotrigine, HLA-B*15:02 positive: caution only [Phillips 2018 CPIC HLA]', () => {
    expect(one('lamotrigine', [hla('*15:02', 'positive')])).toMatchObject({
      severity: 'minor',
      action: 'monitor',
    });
  });

  it('allopurinol, HLA-B*58:01 positive: contraindicated [Saito 2016 CPIC allopurinol]', () => {
    expect(one('allopurinol', [hla('*58:01', 'positive')])).toMatchObject({ severity: 'contraindicated' });
  });

  it('carbamazepine with only metabolizer results: nothing [Phillips 2018 CPIC HLA]', () => {
    expect(recs('carbamazepine', [d6('*4/*4'), c19('*2/*2')])).toEqual([]);
  });
});

describe('FDA-label dosing', () => {
  it('aripiprazole, CYP2D6 poor: half the usual dose [FDA Abilify label]', () => {
    const r = one('aripiprazole', [d6('*4/*4')]);
    expect(r).toMatchObject({ severity: 'major', doseFactor: 0.5, strength: 'label' });
    expect(r.recommendation).toMatch(/quarter/);
  });

  it('aripiprazole, CYP2D6 intermediate: no label adjustment [FDA Abilify label]', () => {
    expect(recs('aripiprazole', [d6('*1/*4')])).toEqual([]);
  });

  it('brexpiprazole, CYP2D6 poor: half the usual dose [FDA Rexulti label]', () => {
    expect(one('brexpiprazole', [d6('*4/*4')]).doseFactor).toBe(0.5);
  });

  it('iloperidone, CYP2D6 poor: halve the dose [FDA Fanapt label]', () => {
    expect(one('iloperidone', [d6('*4/*4')]).doseFactor).toBe(0.5);
  });

  it('pimozide, CYP2D6 poor adult: maximum 4 mg/day [FDA pimozide label]', () => {
    expect(one('pimozide', [d6('*4/*4')], { age: 40 }).maxDailyDose).toBe(4);
  });

  it('pimozide, CYP2D6 poor child of 30 kg: maximum 0.05 mg/kg/day = 1.5 mg [FDA pimozide label]', () => {
    expect(one('pimozide', [d6('*4/*4')], { age: 12, weightKg: 30 }).maxDailyDose).toBe(1.5);
  });

  it('thioridazine, CYP2D6 poor: contraindicated [FDA thioridazine label]', () => {
    expect(one('thioridazine', [d6('*4/*4')])).toMatchObject({
      severity: 'contraindicated',
      action: 'avoid',
    });
  });

  it('thioridazine, CYP2D6 normal: nothing [FDA thioridazine label]', () => {
    expect(recs('thioridazine', [d6('*1/*1')])).toEqual([]);
  });

  it('deutetrabenazine, CYP2D6 poor: maximum 36 mg/day [FDA Austedo label]', () => {
    expect(one('deutetrabenazine', [d6('*4/*4')]).maxDailyDose).toBe(36);
  });

  it('tetrabenazine, CYP2D6 poor: maximum 50 mg/day [FDA Xenazine label]', () => {
    expect(one('tetrabenazine', [d6('*4/*4')]).maxDailyDose).toBe(50);
  });

  it('valbenazine, CYP2D6 poor: 40 mg once daily [FDA Ingrezza label]', () => {
    expect(one('valbenazine', [d6('*4/*4')]).maxDailyDose).toBe(40);
  });

  it('clobazam, CYP2C19 poor: start 5 mg/day, half the usual doses [FDA Onfi label]', () => {
    const r = one('clobazam', [c19('*2/*2')]);
    expect(r.doseFactor).toBe(0.5);
    expect(r.recommendation).toMatch(/5 mg\/day/);
  });

  it('dextromethorphan/bupropion (any spacing or order), CYP2D6 poor: one tablet daily [FDA Auvelity label]', () => {
    expect(one('Bupropion / Dextromethorphan', [d6('*4/*4')]).action).toBe('reduce-dose');
  });
});

describe('codeine and tramadol (CYP2D6)', () => {
  it('codeine, ultrarapid adult: avoid, risk of toxicity (strong) [Crews 2021 CPIC opioids]', () => {
    expect(one('codeine', [d6('*1/*1x2')], { age: 40 })).toMatchObject({
      severity: 'major',
      action: 'avoid',
      strength: 'strong',
    });
  });

  it('codeine, ultrarapid child of 8: contraindicated [Crews 2021 CPIC opioids; FDA 2017 codeine/tramadol in children]', () => {
    const r = one('codeine', [d6('*1/*1x2')], { age: 8 });
    expect(r.severity).toBe('contraindicated');
    expect(r.sources).toContain('pgx-fda-codeine-tramadol-children-2017');
  });

  it('codeine, poor: avoid for lack of effect (strong, efficacy only → moderate) [Crews 2021 CPIC opioids]', () => {
    expect(one('codeine', [d6('*4/*4')])).toMatchObject({
      severity: 'moderate',
      action: 'avoid',
      strength: 'strong',
    });
  });

  it('codeine, intermediate: usual dose, switch if no relief [Crews 2021 CPIC opioids]', () => {
    expect(one('codeine', [d6('*1/*4')])).toMatchObject({ severity: 'minor', action: 'monitor' });
  });

  it('tramadol, ultrarapid: avoid [Crews 2021 CPIC opioids]', () => {
    expect(one('tramadol', [d6('*2/*2x2')], { age: 50 })).toMatchObject({
      severity: 'major',
      action: 'avoid',
    });
  });

  it('tramadol, poor: avoid (optional) [Crews 2021 CPIC opioids]', () => {
    expect(one('tramadol', [{ gene: 'CYP2D6', phenotype: 'poor metabolizer' }])).toMatchObject({
      severity: 'minor',
      strength: 'optional',
    });
  });

  it('codeine, normal metabolizer: nothing [Crews 2021 CPIC opioids]', () => {
    expect(recs('codeine', [d6('*1/*2')])).toEqual([]);
  });
});

describe('general behaviour', () => {
  const normal: PgxInput[] = [
    d6('*1/*1'),
    c19('*1/*1'),
    b6('*1/*1'),
    { gene: 'CYP2C9', diplotype: '*1/*1' },
    hla('*15:02', 'negative'),
    hla('A*31:01', 'negative'),
    hla('*58:01', 'negative'),
  ];

  it('no drug gives any recommendation for an all-normal, HLA-negative patient [CPIC: normal metabolizer → standard dosing]', () => {
    const resolved = resolvePgx(normal);
    expect(pgxDrugs().length).toBeGreaterThan(30);
    for (const drug of pgxDrugs()) expect(pgxRecommendations(drug, resolved)).toEqual([]);
  });

  it('no drug gives any recommendation when nothing was tested [design.md check contract]', () => {
    const resolved = resolvePgx([]);
    for (const drug of pgxDrugs()) expect(pgxRecommendations(drug, resolved)).toEqual([]);
  });

  it('a drug without PGx guidance (lithium) gives nothing even for a poor metabolizer [FDA Table of Pharmacogenetic Associations]', () => {
    expect(recs('lithium', [d6('*4/*4'), c19('*2/*2')])).toEqual([]);
  });

  it('an indeterminate CYP2D6 result (*1/*22) gives nothing for paroxetine [CPIC CYP2D6 tables]', () => {
    expect(recs('paroxetine', [d6('*1/*22')])).toEqual([]);
  });

  it('drug names are matched case- and space-insensitively [design.md check contract]', () => {
    expect(recs('  Citalopram ', [c19('*2/*2')])[0]?.maxDailyDose).toBe(20);
  });

  it('every cited source is registered and carries the pgx- prefix [CPIC and FDA sources]', () => {
    const grid: PgxInput[][] = [];
    for (const d of ['*4/*4', '*1/*4', '*4/*41', '*1/*1x2']) {
      for (const c of ['*2/*2', '*1/*2', '*17/*17', '*1/*17', '*1/*1']) {
        for (const b of ['*6/*6', '*1/*6', '*1/*1']) grid.push([d6(d), c19(c), b6(b)]);
      }
    }
    grid.push([hla('*15:02', 'positive'), hla('A*31:01', 'positive'), hla('*58:01', 'positive')]);
    grid.push([hla('A*31:01', 'positive')]);
    const cited = new Set<string>();
    for (const inputs of grid) {
      const resolved = resolvePgx(inputs);
      for (const drug of pgxDrugs()) {
        for (const ctx of [{ age: 8, weightKg: 25 }, { age: 40 }, {}]) {
          for (const r of pgxRecommendations(drug, resolved, ctx)) for (const s of r.sources) cited.add(s);
        }
      }
    }
    expect(cited.size).toBeGreaterThan(20);
    for (const id of cited) {
      expect(id.startsWith('pgx-')).toBe(true);
      expect(SOURCES.has(id)).toBe(true);
    }
  });

  it('converts to a check alert with category pharmacogenomic and resolved citations [design.md check contract]', () => {
    const rec = one('citalopram', [c19('*2/*2')]);
    const alert = pgxRecommendationToAlert(rec);
    expect(alert).toMatchObject({
      code: 'pharmacogenomic.cyp2c19.citalopram',
      category: 'pharmacogenomic',
      severity: 'major',
      drugs: ['citalopram'],
      maxDailyDose: 20,
      action: 'reduce-dose',
    });
    expect(alert.sources[0]).toMatch(/Bousman CA/);
  });
});
