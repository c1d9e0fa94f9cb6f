import { describe, expect, it } from 'vitest';
import { interpretDiplotype, PgxInputError } from '../src/pgx/index.js';

type Row = [diplotype: string, activityScore: number | null, phenotype: string];

describe('CYP2D6 diplotype → activity score → phenotype', () => {
  // Expected values: CPIC CYP2D6 diplotype-to-phenotype table (CPIC data as shipped with PharmCAT)
  // and the CPIC/DPWG consensus thresholds (Caudle 2020): 0 PM, 0.25–1 IM, 1.25–2.25 NM, >2.25 UM.
  const rows: Row[] = [
    ['*1/*1', 2, 'normal metabolizer'],
    ['*1/*2', 2, 'normal metabolizer'],
    ['*1/*35', 2, 'normal metabolizer'],
    ['*1/*3', 1, 'intermediate metabolizer'],
    ['*1/*4', 1, 'intermediate metabolizer'],
    ['*1/*5', 1, 'intermediate metabolizer'],
    ['*1/*36', 1, 'intermediate metabolizer'],
    ['*4/*4', 0, 'poor metabolizer'],
    ['*3/*4', 0, 'poor metabolizer'],
    ['*5/*5', 0, 'poor metabolizer'],
    ['*5/*6', 0, 'poor metabolizer'],
    ['*1/*10', 1.25, 'normal metabolizer'],
    ['*10/*10', 0.5, 'intermediate metabolizer'],
    ['*4/*10', 0.25, 'intermediate metabolizer'],
    ['*1/*41', 1.25, 'normal metabolizer'],
    ['*41/*41', 0.5, 'intermediate metabolizer'],
    ['*1/*9', 1.25, 'normal metabolizer'],
    ['*1/*14', 1.5, 'normal metabolizer'],
    ['*1/*17', 1.5, 'normal metabolizer'],
    ['*17/*17', 1, 'intermediate metabolizer'],
    ['*4/*17', 0.5, 'intermediate metabolizer'],
    ['*1/*29', 1.5, 'normal metabolizer'],
  ];
  it.each(rows)(
    '%s → activity score %s, %s [CPIC CYP2D6 tables; Caudle 2020]',
    (diplotype, score, phenotype) => {
      const r = interpretDiplotype('CYP2D6', diplotype);
      expect(r.activityScore).toBe(score);
      expect(r.phenotype).toBe(phenotype);
    },
  );

  const duplications: Row[] = [
    ['*1/*1x2', 3, 'ultrarapid metabolizer'],
    ['*1/*2x2', 3, 'ultrarapid metabolizer'],
    ['*1/*45x2', 3, 'ultrarapid metabolizer'],
    ['*4/*4x2', 0, 'poor metabolizer'],
    ['*1/*4x2', 1, 'intermediate metabolizer'],
    ['*1/*36x2', 1, 'intermediate metabolizer'],
    ['*1/*10x2', 1.5, 'normal metabolizer'],
    ['*1/*17x2', 2, 'normal metabolizer'],
    ['*1/*41x2', 1.5, 'normal metabolizer'],
    ['*1/*41x3', 1.75, 'normal metabolizer'],
    ['*1/*1x≥3', 4, 'ultrarapid metabolizer'],
    ['*2x≥3/*41x2', 3.5, 'ultrarapid metabolizer'],
  ];
  it.each(duplications)('duplication %s → %s, %s [CPIC CYP2D6 tables]', (diplotype, score, phenotype) => {
    const r = interpretDiplotype('CYP2D6', diplotype);
    expect(r.activityScore).toBe(score);
    expect(r.phenotype).toBe(phenotype);
  });

  it('four copies count as three (CPIC bins ≥3 copies), so *1x4/*1 scores 4 [CPIC CYP2D6 tables]', () => {
    expect(interpretDiplotype('CYP2D6', '*1x4/*1')).toMatchObject({ activityScore: 4, diplotype: '*1x4/*1' });
  });

  it('*1/*2xN (copy number unknown) is ultrarapid with lower-bound score 3 [CPIC CYP2D6 tables]', () => {
    expect(interpretDiplotype('CYP2D6', '*1/*2xN')).toEqual({
      gene: 'CYP2D6',
      diplotype: '*1/*2xN',
      activityScore: 3,
      phenotype: 'ultrarapid metabolizer',
    });
  });

  it('*1xN/*4 is indeterminate: 2 copies give normal (2.0), 3 copies ultrarapid (3.0) [CPIC CYP2D6 tables]', () => {
    expect(interpretDiplotype('CYP2D6', '*1xN/*4')).toMatchObject({
      activityScore: null,
      phenotype: 'indeterminate',
    });
  });

  it('tandem *36+*10 sums its gene copies: *10/*36+*10 scores 0.5 [CPIC CYP2D6 tables]', () => {
    expect(interpretDiplotype('CYP2D6', '*36+*10/*10')).toMatchObject({
      diplotype: '*10/*36+*10',
      activityScore: 0.5,
      phenotype: 'intermediate metabolizer',
    });
  });

  it('an allele of uncertain function (*22) makes the result indeterminate [CPIC CYP2D6 tables]', () => {
    expect(interpretDiplotype('CYP2D6', '*1/*22')).toMatchObject({
      activityScore: null,
      phenotype: 'indeterminate',
    });
  });

  it('an undefined allele (*999) makes the result indeterminate, not an error [CPIC CYP2D6 tables]', () => {
    expect(interpretDiplotype('CYP2D6', '*1/*999')).toMatchObject({
      activityScore: null,
      phenotype: 'indeterminate',
    });
  });
});

describe('CYP2C19 diplotype → phenotype', () => {
  const rows: Array<[string, string]> = [
    ['*1/*1', 'normal metabolizer'],
    ['*1/*38', 'normal metabolizer'],
    ['*1/*17', 'rapid metabolizer'],
    ['*17/*17', 'ultrarapid metabolizer'],
    ['*1/*2', 'intermediate metabolizer'],
    ['*1/*3', 'intermediate metabolizer'],
    ['*2/*17', 'intermediate metabolizer'],
    ['*3/*17', 'intermediate metabolizer'],
    ['*2/*2', 'poor metabolizer'],
    ['*2/*3', 'poor metabolizer'],
    ['*3/*3', 'poor metabolizer'],
    ['*1/*9', 'likely intermediate metabolizer'],
    ['*9/*9', 'likely intermediate metabolizer'],
    ['*9/*17', 'likely intermediate metabolizer'],
    ['*2/*9', 'likely poor metabolizer'],
    ['*10/*22', 'likely poor metabolizer'],
    ['*1/*12', 'indeterminate'],
  ];
  it.each(rows)('%s → %s, no activity score [CPIC CYP2C19 tables]', (diplotype, phenotype) => {
    const r = interpretDiplotype('CYP2C19', diplotype);
    expect(r.phenotype).toBe(phenotype);
    expect(r.activityScore).toBeNull();
  });
});

describe('CYP2B6 diplotype → phenotype', () => {
  const rows: Array<[string, string]> = [
    ['*1/*1', 'normal metabolizer'],
    ['*1/*4', 'rapid metabolizer'],
    ['*4/*4', 'ultrarapid metabolizer'],
    ['*1/*6', 'intermediate metabolizer'],
    ['*1/*18', 'intermediate metabolizer'],
    ['*4/*6', 'intermediate metabolizer'],
    ['*6/*6', 'poor metabolizer'],
    ['*6/*18', 'poor metabolizer'],
    ['*1/*3', 'indeterminate'],
  ];
  it.each(rows)('%s → %s [Desta 2019; CPIC CYP2B6 tables]', (diplotype, phenotype) => {
    expect(interpretDiplotype('CYP2B6', diplotype)).toMatchObject({ phenotype, activityScore: null });
  });
});

describe('CYP2C9 diplotype → activity score → phenotype', () => {
  const rows: Row[] = [
    ['*1/*1', 2, 'normal metabolizer'],
    ['*1/*2', 1.5, 'intermediate metabolizer'],
    ['*1/*3', 1, 'intermediate metabolizer'],
    ['*2/*3', 0.5, 'poor metabolizer'],
    ['*3/*3', 0, 'poor metabolizer'],
    ['*1/*7', null, 'indeterminate'],
  ];
  it.each(rows)('%s → %s, %s [Theken 2020; CPIC CYP2C9 tables]', (diplotype, score, phenotype) => {
    expect(interpretDiplotype('CYP2C9', diplotype)).toMatchObject({ activityScore: score, phenotype });
  });
});

describe('input normalisation', () => {
  it('accepts a gene prefix on each allele: CYP2D6*1/CYP2D6*4 → *1/*4 [CPIC CYP2D6 tables]', () => {
    expect(interpretDiplotype('CYP2D6', 'CYP2D6*1/CYP2D6*4')).toEqual({
      gene: 'CYP2D6',
      diplotype: '*1/*4',
      activityScore: 1,
      phenotype: 'intermediate metabolizer',
    });
  });

  it('accepts whitespace, lower-case gene and reversed order: "cyp2d6", " *4 / *1 " [CPIC CYP2D6 tables]', () => {
    expect(interpretDiplotype('cyp2d6', ' *4 / *1 ')).toMatchObject({ gene: 'CYP2D6', diplotype: '*1/*4' });
  });

  it('accepts an upper-case X for duplications: *1X2/*4 scores 2 [CPIC CYP2D6 tables]', () => {
    expect(interpretDiplotype('CYP2D6', '*1X2/*4')).toMatchObject({
      diplotype: '*1x2/*4',
      activityScore: 2,
      phenotype: 'normal metabolizer',
    });
  });

  it('reduces legacy sub-allele names: *4A/*1 is read as *1/*4 [CPIC CYP2D6 tables]', () => {
    expect(interpretDiplotype('CYP2D6', '*4A/*1')).toMatchObject({ diplotype: '*1/*4', activityScore: 1 });
  });

  it('accepts the gene without the CYP prefix: "2C19" *2/*2 → poor [CPIC CYP2C19 tables]', () => {
    expect(interpretDiplotype('2C19', '*2/*2')).toMatchObject({
      gene: 'CYP2C19',
      phenotype: 'poor metabolizer',
    });
  });
});

describe('invalid input throws PgxInputError naming the field', () => {
  const fieldOf = (fn: () => unknown): string | null => {
    try {
      fn();
      return null;
    } catch (error) {
      return error instanceof PgxInputError ? error.field : 'other';
    }
  };

  it('an unsupported gene names the gene field [design.md CLI contract]', () => {
    expect(fieldOf(() => interpretDiplotype('CYP2D7', '*1/*1'))).toBe('gene');
  });

  it('a single allele names the diplotype field [design.md CLI contract]', () => {
    expect(fieldOf(() => interpretDiplotype('CYP2D6', '*1'))).toBe('diplotype');
  });

  it('free text names the diplotype field [design.md CLI contract]', () => {
    expect(fieldOf(() => interpretDiplotype('CYP2D6', 'normal'))).toBe('diplotype');
  });

  it('an empty diplotype names the diplotype field [design.md CLI contract]', () => {
    expect(fieldOf(() => interpretDiplotype('CYP2D6', '  '))).toBe('diplotype');
  });

  it('a diplotype prefixed with another gene is rejected [design.md CLI contract]', () => {
    expect(() => interpretDiplotype('CYP2D6', 'CYP2C19*1/*2')).toThrow(/names CYP2C19, not CYP2D6/);
  });

  it('a zero copy number is rejected [design.md CLI contract]', () => {
    expect(fieldOf(() => interpretDiplotype('CYP2D6', '*1x0/*1'))).toBe('diplotype');
  });
});
