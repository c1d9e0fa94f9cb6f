/**
 * End-to-end behaviour of `check`: the design.md example document, a 12-drug regimen with
 * genotypes, conditions, substances and labs, the unrecognized path, and output invariants.
 */
import { describe, expect, it } from 'vitest';
import {
  type Alert,
  type CheckInput,
  type CheckResult,
  checkRegimen,
  createChecker,
  DRUGS,
  SEVERITY_RANK,
  SOURCES,
} from '../src/index.js';
import { CHECK_SOURCES } from '../src/sources/check.js';

/** The example input of design.md ("Clinical engine contract"), verbatim. */
const DESIGN_EXAMPLE: CheckInput = {
  asOf: '2026-11-22',
  patient: {
    age: 34,
    sex: 'female',
    pregnant: false,
    breastfeeding: false,
    weightKg: 70,
    conditions: ['bipolar I disorder', 'F31.9'],
    allergies: ['lamotrigine'],
    substances: [{ substance: 'alcohol', status: 'current', disorder: true }],
    pgx: [
      { gene: 'CYP2C19', diplotype: '*2/*2' },
      { gene: 'CYP2D6', phenotype: 'poor metabolizer' },
      { gene: 'HLA-B', allele: '*15:02', result: 'positive' },
    ],
    labs: [{ test: 'lithium', value: 1.6, unit: 'mmol/L', date: '2026-11-01' }],
    vitals: { qtcMs: 470, systolic: 128, diastolic: 82, heartRate: 72 },
    setting: { telehealth: true, inPersonEvaluationDone: false },
  },
  current: [
    { drug: 'sertraline', dose: 100, unit: 'mg', frequency: 'daily' },
    { drug: 'fluoxetine', dose: 20, unit: 'mg', frequency: 'daily', stoppedOn: '2026-11-01' },
  ],
  proposed: [{ drug: 'tramadol', dose: 50, unit: 'mg', frequency: 'every 6 hours as needed', refills: 0 }],
};

/** Twelve active drugs (plus proposals) with genotypes, conditions, substances and labs. */
const TWELVE_DRUGS: CheckInput = {
  asOf: '2026-11-22',
  patient: {
    age: 68,
    sex: 'male',
    weightKg: 82,
    conditions: ['F31.81', 'I10', 'N18.31', 'G47.33', 'history of alcohol use disorder'],
    allergies: ['carbamazepine'],
    substances: [
      { substance: 'tobacco', status: 'recently-stopped' },
      { substance: 'alcohol', status: 'past', disorder: true },
    ],
    pgx: [
      { gene: 'CYP2D6', diplotype: '*4/*4' },
      { gene: 'CYP2C19', diplotype: '*1/*2' },
      { gene: 'HLA-B', allele: '*15:02', result: 'negative' },
    ],
    labs: [
      { test: 'lithium', value: 1.3, unit: 'mmol/L', date: '2026-11-15' },
      { test: 'eGFR', value: 48, date: '2026-11-15' },
      { test: 'sodium', value: 131, unit: 'mmol/L', date: '2026-11-15' },
      { test: 'ANC', value: 2.4, unit: '10^9/L', date: '2026-11-15' },
    ],
    vitals: { qtcMs: 462, heartRate: 64 },
    setting: { telehealth: true, inPersonEvaluationDone: false },
  },
  current: [
    { drug: 'lithium carbonate', dose: 300, unit: 'mg', frequency: 'three times daily' },
    { drug: 'Seroquel', dose: 200, unit: 'mg', frequency: 'at bedtime' },
    { drug: 'lamotrigine', dose: 200, unit: 'mg', frequency: 'daily' },
    { drug: 'sertraline', dose: 100, unit: 'mg', frequency: 'daily' },
    { drug: 'clonazepam', dose: 0.5, unit: 'mg', frequency: 'twice daily' },
    { drug: 'lisinopril', dose: 20, unit: 'mg', frequency: 'daily' },
    { drug: 'hydrochlorothiazide', dose: 25, unit: 'mg', frequency: 'daily' },
    { drug: 'omeprazole', dose: 20, unit: 'mg', frequency: 'daily' },
    { drug: 'clozapine', dose: 200, unit: 'mg', frequency: 'daily' },
  ],
  proposed: [
    { drug: 'divalproex ER', dose: 500, unit: 'mg', frequency: 'twice daily' },
    { drug: 'ibuprofen', dose: 400, unit: 'mg', frequency: 'every 6 hours as needed' },
    { drug: 'oxycodone', dose: 5, unit: 'mg', frequency: 'every 6 hours as needed', refills: 1 },
  ],
};

function codes(result: CheckResult): string[] {
  return result.alerts.map((a) => `${a.code}:${a.drugs.join('+')}:${a.severity}`);
}

function get(result: CheckResult, code: string, drugs: string): Alert | undefined {
  return result.alerts.find((a) => a.code === code && a.drugs.join('+') === drugs);
}

/** Output invariants every result must satisfy (design.md output contract). */
function expectWellFormed(result: CheckResult): void {
  const seen = new Set<string>();
  for (let i = 0; i < result.alerts.length; i++) {
    const a = result.alerts[i] as Alert;
    expect(a.title.length).toBeGreaterThan(0);
    expect(a.detail.length).toBeGreaterThan(0);
    expect(a.recommendation.length).toBeGreaterThan(0);
    expect(a.drugs).toEqual([...a.drugs].sort());
    for (const d of a.drugs) expect(d).toBe(d.toLowerCase());
    // Sources are human citations, never bare ids.
    expect(a.sources.length).toBeGreaterThan(0);
    for (const s of a.sources) expect(s).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    if (a.maxDailyDose !== null) expect(a.maxDailyDose).toBeGreaterThan(0);
    const key = `${a.code}|${a.drugs.join('+')}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    const next = result.alerts[i + 1];
    if (next) expect(SEVERITY_RANK[a.severity]).toBeGreaterThanOrEqual(SEVERITY_RANK[next.severity]);
  }
}

describe('design.md example document', () => {
  const result = checkRegimen(DESIGN_EXAMPLE);

  it('sertraline + tramadol gives interaction.serotonin-syndrome, major, action monitor, maxDailyDose null [design.md; Boyer 2005]', () => {
    const a = get(result, 'interaction.serotonin-syndrome', 'sertraline+tramadol');
    expect(a).toMatchObject({
      category: 'interaction',
      severity: 'major',
      action: 'monitor',
      maxDailyDose: null,
    });
    expect(a?.sources.some((s) => s.includes('Boyer'))).toBe(true);
    expect(result.alerts[0]?.code).toBe('interaction.serotonin-syndrome');
  });

  it('gives exactly the expected alerts for that document [design.md; labels as cited per alert]', () => {
    expect(codes(result)).toEqual([
      'interaction.serotonin-syndrome:sertraline+tramadol:major',
      'contraindication.bipolar-antidepressant-monotherapy:sertraline:major',
      'substance.alcohol-cns-depressant:tramadol:major',
      'pharmacogenomic.cyp2c19.sertraline:sertraline:moderate',
      'pharmacogenomic.cyp2d6.tramadol:tramadol:minor',
      'regulatory.telehealth-controlled:tramadol:info',
    ]);
    expect(result.unrecognized).toEqual([]);
  });

  it('the stopped fluoxetine, the absent lamotrigine (allergy) and the lithium level without lithium raise nothing [design.md]', () => {
    expect(
      result.alerts.some(
        (a) =>
          a.drugs.includes('fluoxetine') || a.drugs.includes('lamotrigine') || a.drugs.includes('lithium'),
      ),
    ).toBe(false);
  });

  it('the telehealth alert in November 2026 is informational under the flexibilities [DEA/HHS 2026 extension]', () => {
    const a = get(result, 'regulatory.telehealth-controlled', 'tramadol');
    expect(a?.sources.some((s) => s.includes('Fourth Temporary Extension'))).toBe(true);
  });

  it('is well formed and deterministic (same input, same output) [design.md]', () => {
    expectWellFormed(result);
    expect(checkRegimen(structuredClone(DESIGN_EXAMPLE))).toEqual(result);
  });
});

describe('12-drug regimen with genotypes, conditions, substances and labs', () => {
  const result = checkRegimen(TWELVE_DRUGS);

  it('resolves every entry (brands, salts, formulations) without unrecognized items [design.md]', () => {
    expect(result.unrecognized).toEqual([]);
  });

  it('flags each lithium-clearance drug as major [lithium label]', () => {
    for (const drug of ['hydrochlorothiazide', 'ibuprofen', 'lisinopril']) {
      expect(get(result, 'interaction.lithium-clearance', [drug, 'lithium'].sort().join('+'))?.severity).toBe(
        'major',
      );
    }
  });

  it('flags valproate + lamotrigine (major, 100 mg) and the lamotrigine dose above the with-valproate cap [Lamictal label]', () => {
    expect(get(result, 'interaction.valproate-lamotrigine', 'lamotrigine+valproate')?.maxDailyDose).toBe(100);
    expect(get(result, 'dose.above-cap', 'lamotrigine')?.maxDailyDose).toBe(100);
  });

  it('flags oxycodone + clonazepam (major) and four CNS depressants together (major) [FDA 2016 DSC]', () => {
    expect(get(result, 'interaction.opioid-benzodiazepine', 'clonazepam+oxycodone')?.severity).toBe('major');
    expect(
      get(result, 'interaction.cns-depression-multiple', 'clonazepam+clozapine+oxycodone+quetiapine')
        ?.severity,
    ).toBe('major');
  });

  it('flags clozapine when smoking has just stopped (major) [clozapine label; Tsuda 2014]', () => {
    expect(get(result, 'substance.tobacco-cyp1a2', 'clozapine')?.severity).toBe('major');
  });

  it('flags the Schedule II refill (major) and the telehealth prescription (info) [21 CFR 1306.12; DEA 2026]', () => {
    expect(get(result, 'regulatory.schedule-ii-refills', 'oxycodone')?.severity).toBe('major');
    expect(get(result, 'regulatory.telehealth-controlled', 'oxycodone')?.severity).toBe('info');
  });

  it('interprets the labs against the regimen: lithium 1.3 moderate, QTc 462 ms prolonged, sodium 131 minor [NICE CG185; Drew 2010]', () => {
    expect(get(result, 'lab.lithium-level', 'lithium')?.severity).toBe('moderate');
    expect(result.alerts.find((a) => a.code === 'lab.qtc-prolonged')?.drugs).toContain('quetiapine');
    expect(get(result, 'lab.hyponatremia', 'hydrochlorothiazide+sertraline')?.severity).toBe('minor');
    // ANC 2.4 × 10^9/L = 2400/µL: no neutropenia alert.
    expect(result.alerts.some((a) => a.code.startsWith('lab.anc'))).toBe(false);
  });

  it('applies genotype, allergy, condition and age rules [CPIC 2023; Hirsch 2008; Beers 2023]', () => {
    expect(get(result, 'pharmacogenomic.cyp2c19.sertraline', 'sertraline')).toBeDefined();
    expect(get(result, 'allergy.cross-sensitivity', 'lamotrigine')?.severity).toBe('moderate');
    expect(get(result, 'contraindication.sedative-respiratory', 'clonazepam')?.severity).toBe('moderate');
    expect(get(result, 'age.beers', 'clonazepam')?.severity).toBe('moderate');
    expect(get(result, 'substance.misuse-risk', 'clonazepam')?.severity).toBe('moderate');
  });

  it('stays well formed and bounded (no flood of pairwise alerts) [design.md; alert-fatigue goal]', () => {
    expectWellFormed(result);
    expect(result.alerts.length).toBeLessThanOrEqual(40);
    expect(result.alerts.filter((a) => a.code === 'interaction.qt-prolongation').length).toBeLessThanOrEqual(
      2,
    );
  });
});

describe('unrecognized path', () => {
  it('an unknown drug is listed with close matches and never silently dropped; the rest is still checked [design.md]', () => {
    const result = checkRegimen({
      asOf: '2026-06-01',
      current: [{ drug: 'sertralin', dose: 50, unit: 'mg' }],
      proposed: [{ drug: 'Wellbutrin XL', dose: 300, unit: 'mg' }, { drug: 'phenelzine' }],
    });
    expect(result.unrecognized).toEqual([
      { kind: 'drug', input: 'sertralin', suggestions: expect.arrayContaining(['sertraline']) },
    ]);
    expect(
      result.alerts.some(
        (a) => a.code === 'interaction.maoi-hypertensive-crisis' && a.drugs.includes('bupropion'),
      ),
    ).toBe(true);
  });

  it('an unknown part of a combination is listed, the known part is used [design.md]', () => {
    const result = checkRegimen({
      asOf: '2026-06-01',
      current: [{ drug: 'phenelzine' }],
      proposed: [{ drug: 'sertraline/zorblatine' }],
    });
    expect(result.unrecognized.map((u) => [u.kind, u.input])).toEqual([['drug', 'zorblatine']]);
    expect(result.alerts.some((a) => a.code === 'interaction.serotonin-syndrome')).toBe(true);
  });

  it('unknown conditions get suggestions; well-formed ICD-10-CM codes without rules are accepted [design.md]', () => {
    const result = checkRegimen({
      asOf: '2026-06-01',
      patient: { conditions: ['bipolr disorder', 'F41.1', 'Z79.899'] },
      current: [{ drug: 'sertraline' }],
    });
    expect(result.unrecognized).toEqual([
      {
        kind: 'condition',
        input: 'bipolr disorder',
        suggestions: expect.arrayContaining(['bipolar disorder']),
      },
    ]);
  });
});

describe('engine structure and sources', () => {
  it('the pair index is sparse: only drug pairs with an applicable rule are stored [design.md]', () => {
    const checker = createChecker();
    const pairs = (DRUGS.length * (DRUGS.length + 1)) / 2;
    expect(checker.indexedPairs).toBeGreaterThan(100);
    expect(checker.indexedPairs).toBeLessThan(pairs);
  });

  it('every check source id is unique, prefixed "check-" and registered [sources registry]', () => {
    const ids = CHECK_SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of CHECK_SOURCES) {
      expect(source.id.startsWith('check-')).toBe(true);
      expect(SOURCES.get(source.id)?.citation).toBe(source.citation);
      expect(source.citation.length).toBeGreaterThan(30);
    }
  });

  it('asOf falls back to the today option; without either the input is rejected [design.md]', () => {
    const input: CheckInput = { current: [{ drug: 'sertraline' }] };
    expect(() => checkRegimen(input)).toThrow(/asOf/);
    expect(checkRegimen(input, { today: '2026-06-01' }).alerts).toEqual([]);
  });
});
