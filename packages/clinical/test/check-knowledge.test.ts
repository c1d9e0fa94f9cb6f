/**
 * The checker takes its knowledge as a parameter: these tests run the mechanism rules on small
 * literal Drug fixtures, independent of the real formulary, to pin down the grading tables.
 */
import { describe, expect, it } from 'vitest';
import { createChecker, type Drug, type Pharmacodynamics, type Source } from '../src/index.js';

const SOURCES: Source[] = [
  {
    id: 'fixture-label',
    citation: 'Fixture Pharma. FIXTURE prescribing information (test data).',
    kind: 'label',
  },
  { id: 'check-fda-ddi-table', citation: 'FDA DDI table (fixture copy).', kind: 'database' },
  {
    id: 'check-boyer-2005',
    citation: 'Boyer EW, Shannon M. The serotonin syndrome. N Engl J Med. 2005;352:1112-1120.',
    kind: 'paper',
  },
  {
    id: 'check-label-antidepressant-class',
    citation: 'Antidepressant class labeling (fixture copy).',
    kind: 'label',
  },
  { id: 'check-crediblemeds', citation: 'CredibleMeds QTdrugs list (fixture copy).', kind: 'database' },
  { id: 'check-drew-2010', citation: 'Drew BJ et al. Circulation. 2010;121:1047-1060.', kind: 'consensus' },
];

const QUIET: Pharmacodynamics = {
  serotonergic: 'none',
  maoInhibitor: false,
  sympathomimetic: false,
  qtRisk: 'none',
  cnsDepressant: 'none',
  respiratoryDepressant: false,
  anticholinergicBurden: 0,
  seizureThresholdLowering: 'none',
  misusePotential: 'none',
};

function fixture(
  name: string,
  extra: {
    metabolism?: Partial<Drug['metabolism']>;
    pd?: Partial<Pharmacodynamics>;
    classes?: Drug['classes'];
  } = {},
): Drug {
  return {
    name,
    rxnorm: `9${name.length}${name.charCodeAt(0)}`,
    brands: [],
    classes: extra.classes ?? ['other'],
    psychiatric: true,
    schedule: null,
    dose: {
      usualDailyMg: { min: 10, max: 40 },
      maxDailyMg: 40,
      startingDailyMg: 10,
      strengthsMg: [10],
      titration: 'fixture',
      timeToEffect: 'fixture',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'acceptable', note: 'fixture' },
    lactation: 'fixture',
    renal: null,
    hepatic: null,
    metabolism: { substrateOf: [], inhibits: [], induces: [], ...extra.metabolism },
    pd: { ...QUIET, ...extra.pd },
    monitoring: [],
    education: null,
    discontinuationRisk: 'none',
    sources: ['fixture-label'],
  };
}

const substrate = (name: string, nti: boolean, fraction: 'major' | 'minor' = 'major') =>
  fixture(name, {
    metabolism: { substrateOf: [{ enzyme: 'CYP3A4', fraction, narrowTherapeuticIndex: nti }] },
  });
const inhibitor = (name: string, strength: 'strong' | 'moderate' | 'weak') =>
  fixture(name, { metabolism: { inhibits: [{ enzyme: 'CYP3A4', strength }] } });
const inducer = (name: string, strength: 'strong' | 'moderate' | 'weak') =>
  fixture(name, { metabolism: { induces: [{ enzyme: 'CYP3A4', strength }] } });

const DRUGS: Drug[] = [
  substrate('narrowdrug', true),
  substrate('widedrug', false),
  substrate('minorpathdrug', true, 'minor'),
  inhibitor('stronginhib', 'strong'),
  inhibitor('modinhib', 'moderate'),
  inhibitor('weakinhib', 'weak'),
  inducer('stronginduc', 'strong'),
  fixture('sero-high-a', { pd: { serotonergic: 'high' } }),
  fixture('sero-high-b', { pd: { serotonergic: 'high' } }),
  fixture('sero-mod', { pd: { serotonergic: 'moderate' } }),
  fixture('sero-mod-b', { pd: { serotonergic: 'moderate' } }),
  fixture('sero-low', { pd: { serotonergic: 'low' } }),
  fixture('sero-low-b', { pd: { serotonergic: 'low' } }),
  fixture('qt-known-a', { pd: { qtRisk: 'known' } }),
  fixture('qt-known-b', { pd: { qtRisk: 'known' } }),
  fixture('qt-possible-a', { pd: { qtRisk: 'possible' } }),
  fixture('qt-possible-b', { pd: { qtRisk: 'possible' } }),
  fixture('qt-conditional', { pd: { qtRisk: 'conditional' } }),
];

const checker = createChecker({ drugs: DRUGS, sources: new Map(SOURCES.map((s) => [s.id, s])) });

function pair(a: string, b: string, code: string) {
  const result = checker.check({ asOf: '2026-06-01', current: [{ drug: a }], proposed: [{ drug: b }] });
  expect(result.unrecognized).toEqual([]);
  return result.alerts.filter((x) => x.code === code);
}

describe('generic CYP inhibition and induction grading (fixture drugs)', () => {
  it('strong inhibitor + narrow-index major substrate → major, reduce dose [FDA DDI table]', () => {
    const [a] = pair('narrowdrug', 'stronginhib', 'interaction.cyp-inhibition');
    expect(a?.severity).toBe('major');
    expect(a?.action).toBe('reduce-dose');
    expect(a?.sources).toEqual(['FDA DDI table (fixture copy).']);
  });

  it('strong inhibitor + wide-margin major substrate → moderate [FDA DDI table]', () => {
    expect(pair('widedrug', 'stronginhib', 'interaction.cyp-inhibition')[0]?.severity).toBe('moderate');
  });

  it('moderate inhibitor: narrow-index → moderate, wide-margin → minor [FDA DDI table]', () => {
    expect(pair('narrowdrug', 'modinhib', 'interaction.cyp-inhibition')[0]?.severity).toBe('moderate');
    expect(pair('widedrug', 'modinhib', 'interaction.cyp-inhibition')[0]?.severity).toBe('minor');
  });

  it('weak inhibitor: narrow-index → minor, wide-margin → nothing [FDA DDI table]', () => {
    expect(pair('narrowdrug', 'weakinhib', 'interaction.cyp-inhibition')[0]?.severity).toBe('minor');
    expect(pair('widedrug', 'weakinhib', 'interaction.cyp-inhibition')).toEqual([]);
  });

  it('a minor clearance pathway never raises an alert, even with a strong inhibitor [FDA DDI table]', () => {
    expect(pair('minorpathdrug', 'stronginhib', 'interaction.cyp-inhibition')).toEqual([]);
  });

  it('strong inducer + narrow-index substrate → major, increase dose [FDA DDI table]', () => {
    const [a] = pair('narrowdrug', 'stronginduc', 'interaction.cyp-induction');
    expect(a?.severity).toBe('major');
    expect(a?.action).toBe('increase-dose');
    expect(pair('widedrug', 'stronginduc', 'interaction.cyp-induction')[0]?.severity).toBe('moderate');
  });
});

describe('serotonergic grading (fixture drugs)', () => {
  const grade = (a: string, b: string) => pair(a, b, 'interaction.serotonin-syndrome')[0]?.severity ?? 'none';

  it('high + high → major; high + moderate (non-antidepressant) → major [Boyer 2005]', () => {
    expect(grade('sero-high-a', 'sero-high-b')).toBe('major');
    expect(grade('sero-high-a', 'sero-mod')).toBe('major');
  });

  it('moderate + moderate → moderate; high + low → minor; low + low → none [Boyer 2005]', () => {
    expect(grade('sero-mod', 'sero-mod-b')).toBe('moderate');
    expect(grade('sero-high-a', 'sero-low')).toBe('minor');
    expect(grade('sero-low', 'sero-low-b')).toBe('none');
  });
});

describe('QT grading (fixture drugs)', () => {
  const grade = (a: string, b: string) => pair(a, b, 'interaction.qt-prolongation')[0]?.severity ?? 'none';

  it('known + known → major; known + possible → moderate; possible + possible → minor [CredibleMeds; Drew 2010]', () => {
    expect(grade('qt-known-a', 'qt-known-b')).toBe('major');
    expect(grade('qt-known-a', 'qt-possible-a')).toBe('moderate');
    expect(grade('qt-possible-a', 'qt-possible-b')).toBe('minor');
  });

  it('conditional + known → nothing without a risk factor, moderate with QTc 480 ms in a man [CredibleMeds; Drew 2010]', () => {
    expect(grade('qt-known-a', 'qt-conditional')).toBe('none');
    const result = checker.check({
      asOf: '2026-06-01',
      patient: { sex: 'male', vitals: { qtcMs: 480 } },
      current: [{ drug: 'qt-known-a' }],
      proposed: [{ drug: 'qt-conditional' }],
    });
    expect(result.alerts.find((a) => a.code === 'interaction.qt-prolongation')?.severity).toBe('moderate');
  });
});

describe('index over the fixture knowledge', () => {
  it('stores only pairs with an applicable rule (self-pairs carry the duplication rule) [design.md]', () => {
    const small = createChecker({
      drugs: [substrate('narrowdrug', true), inhibitor('stronginhib', 'strong'), fixture('inert')],
    });
    // 3 self-pairs (same drug listed twice) + narrowdrug–stronginhib.
    expect(small.indexedPairs).toBe(4);
  });

  it('drugs outside the fixture knowledge are unrecognized, with suggestions from it [design.md]', () => {
    const result = checker.check({ asOf: '2026-06-01', current: [{ drug: 'narowdrug' }] });
    expect(result.unrecognized).toEqual([{ kind: 'drug', input: 'narowdrug', suggestions: ['narrowdrug'] }]);
  });
});
