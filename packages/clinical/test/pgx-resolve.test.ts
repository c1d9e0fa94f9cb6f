import { describe, expect, it } from 'vitest';
import { normalizeHlaAllele, normalizePhenotype, resolvePgx } from '../src/pgx/index.js';

describe('phenotype synonyms', () => {
  const rows: Array<[string, string]> = [
    ['PM', 'poor metabolizer'],
    ['poor', 'poor metabolizer'],
    ['Poor Metabolizer', 'poor metabolizer'],
    ['poor metaboliser', 'poor metabolizer'],
    ['IM', 'intermediate metabolizer'],
    ['Intermediate', 'intermediate metabolizer'],
    ['UM', 'ultrarapid metabolizer'],
    ['ultra-rapid metabolizer', 'ultrarapid metabolizer'],
    ['extensive metabolizer', 'normal metabolizer'],
    ['EM', 'normal metabolizer'],
    ['NM', 'normal metabolizer'],
    ['RM', 'rapid metabolizer'],
    ['Likely Intermediate Metabolizer', 'likely intermediate metabolizer'],
    ['likely PM', 'likely poor metabolizer'],
    ['Poor Metabolizer (PM)', 'poor metabolizer'],
  ];
  it.each(rows)('"%s" → %s [Caudle 2017 standard terms]', (input, expected) => {
    expect(normalizePhenotype(input)).toBe(expected);
  });

  it('an unknown word is not a phenotype [Caudle 2017 standard terms]', () => {
    expect(normalizePhenotype('sluggish')).toBeNull();
  });
});

describe('resolvePgx', () => {
  it('resolves the design.md example: CYP2C19 *2/*2, CYP2D6 PM, HLA-B *15:02 positive [design.md; CPIC CYP2C19 tables]', () => {
    const r = resolvePgx([
      { gene: 'CYP2C19', diplotype: '*2/*2' },
      { gene: 'CYP2D6', phenotype: 'poor metabolizer' },
      { gene: 'HLA-B', allele: '*15:02', result: 'positive' },
    ]);
    expect(r.phenotypes.get('CYP2C19')).toBe('poor metabolizer');
    expect(r.phenotypes.get('CYP2D6')).toBe('poor metabolizer');
    expect(r.hla).toEqual({ 'HLA-B*15:02': 'positive' });
    expect(r.unrecognized).toEqual([]);
  });

  it('keeps the CYP2D6 activity score from a diplotype (*1/*41 → 1.25) [CPIC CYP2D6 tables]', () => {
    const r = resolvePgx([{ gene: 'CYP2D6', diplotype: '*1/*41' }]);
    expect(r.activityScores.get('CYP2D6')).toBe(1.25);
    expect(r.phenotypes.get('CYP2D6')).toBe('normal metabolizer');
  });

  it('a stated phenotype has no activity score [CPIC CYP2D6 tables]', () => {
    const r = resolvePgx([{ gene: 'cyp2d6', phenotype: 'IM' }]);
    expect(r.phenotypes.get('CYP2D6')).toBe('intermediate metabolizer');
    expect(r.activityScores.has('CYP2D6')).toBe(false);
  });

  it('a diplotype outranks a stated phenotype for the same gene [CPIC CYP2C19 tables]', () => {
    const r = resolvePgx([
      { gene: 'CYP2C19', phenotype: 'normal' },
      { gene: 'CYP2C19', diplotype: '*1/*2' },
    ]);
    expect(r.phenotypes.get('CYP2C19')).toBe('intermediate metabolizer');
    expect(r.unrecognized).toEqual([]);
  });

  it('two conflicting diplotypes make the gene indeterminate and are reported [CPIC CYP2D6 tables]', () => {
    const r = resolvePgx([
      { gene: 'CYP2D6', diplotype: '*1/*1' },
      { gene: 'CYP2D6', diplotype: '*4/*4' },
    ]);
    expect(r.phenotypes.get('CYP2D6')).toBe('indeterminate');
    expect(r.unrecognized).toHaveLength(1);
  });

  it('"rapid metabolizer" is not a CYP2D6 category and is unrecognized [Caudle 2020]', () => {
    const r = resolvePgx([{ gene: 'CYP2D6', phenotype: 'rapid metabolizer' }]);
    expect(r.phenotypes.has('CYP2D6')).toBe(false);
    expect(r.unrecognized).toEqual(['CYP2D6 phenotype "rapid metabolizer"']);
  });

  it('an unreadable diplotype is listed, not thrown [design.md check contract]', () => {
    const r = resolvePgx([{ gene: 'CYP2D6', diplotype: 'banana' }]);
    expect(r.phenotypes.size).toBe(0);
    expect(r.unrecognized).toEqual(['CYP2D6 diplotype "banana"']);
  });

  it('a gene without rules (SLCO1B1) is listed as unrecognized [design.md check contract]', () => {
    expect(resolvePgx([{ gene: 'SLCO1B1', diplotype: '*5/*5' }]).unrecognized).toEqual(['SLCO1B1']);
  });

  it('HLA-B*15:02 negative is recorded as negative [Phillips 2018]', () => {
    expect(resolvePgx([{ gene: 'HLA-B', allele: '*15:02', result: 'negative' }]).hla).toEqual({
      'HLA-B*15:02': 'negative',
    });
  });

  it('HLA-A*31:01 positive given in the gene field [Phillips 2018]', () => {
    expect(resolvePgx([{ gene: 'HLA-A*31:01', result: 'positive' }]).hla).toEqual({
      'HLA-A*31:01': 'positive',
    });
  });

  it('an HLA-B genotype *15:02/*40:01 gives B*15:02 positive and B*58:01 negative [Phillips 2018; Saito 2016]', () => {
    expect(resolvePgx([{ gene: 'HLA-B', diplotype: '*15:02/*40:01' }]).hla).toEqual({
      'HLA-B*15:02': 'positive',
      'HLA-B*58:01': 'negative',
    });
  });

  it('an HLA allele without a result is unrecognized, not assumed negative [design.md check contract]', () => {
    const r = resolvePgx([{ gene: 'HLA-B', allele: '*15:02' }]);
    expect(r.hla).toEqual({});
    expect(r.unrecognized).toHaveLength(1);
  });

  it('conflicting HLA results are read as positive (safer) and reported [Phillips 2018]', () => {
    const r = resolvePgx([
      { gene: 'HLA-B', allele: '*15:02', result: 'negative' },
      { gene: 'HLA-B', allele: '*15:02', result: 'positive' },
    ]);
    expect(r.hla['HLA-B*15:02']).toBe('positive');
    expect(r.unrecognized).toHaveLength(1);
  });

  it('normalises compact HLA names: B*1502 → HLA-B*15:02; locus conflicts are rejected [Phillips 2018]', () => {
    expect(normalizeHlaAllele('B*1502', null)).toBe('HLA-B*15:02');
    expect(normalizeHlaAllele('HLA-B*15:02:01', 'B')).toBe('HLA-B*15:02');
    expect(normalizeHlaAllele('A*31:01', 'B')).toBeNull();
  });
});
