import { describe, expect, it } from 'vitest';
import { ANTIPSYCHOTICS } from '../src/formulary/drugs/antipsychotics.js';
import type { DoseCap, Drug } from '../src/formulary/types.js';

function ap(name: string): Drug {
  const drug = ANTIPSYCHOTICS.find((d) => d.name === name);
  if (!drug) throw new Error(`missing antipsychotic ${name}`);
  return drug;
}

interface CapContext {
  age?: number;
  hepaticImpairment?: boolean;
  renalImpairment?: boolean;
  phenotypes?: Record<string, string>;
  withDrugs?: string[];
}

function effectiveCap(drug: Drug, ctx: CapContext): number | null {
  const applies = (cap: DoseCap) => {
    const w = cap.when;
    if (w.minAge !== undefined && (ctx.age === undefined || ctx.age < w.minAge)) return false;
    if (w.maxAge !== undefined && (ctx.age === undefined || ctx.age > w.maxAge)) return false;
    if (w.hepaticImpairment && !ctx.hepaticImpairment) return false;
    if (w.renalImpairment && !ctx.renalImpairment) return false;
    if (w.phenotype) {
      const p = ctx.phenotypes?.[w.phenotype.gene];
      if (!p || !w.phenotype.phenotypes.includes(p)) return false;
    }
    if (w.withDrug && !(ctx.withDrugs ?? []).includes(w.withDrug)) return false;
    return true;
  };
  const caps = (drug.dose.caps ?? []).filter(applies).map((c) => c.maxDailyMg);
  return caps.length > 0 ? Math.min(...caps) : null;
}

const EXPECTED_RXNORM: Record<string, string> = {
  haloperidol: '5093',
  fluphenazine: '4496',
  chlorpromazine: '2403',
  perphenazine: '8076',
  thioridazine: '10502',
  pimozide: '8331',
  loxapine: '6475',
  trifluoperazine: '10800',
  aripiprazole: '89013',
  'aripiprazole lauroxil': '1673265',
  brexpiprazole: '1658314',
  cariprazine: '1667655',
  risperidone: '35636',
  paliperidone: '679314',
  olanzapine: '61381',
  quetiapine: '51272',
  ziprasidone: '115698',
  lurasidone: '1040028',
  asenapine: '784649',
  iloperidone: '73178',
  clozapine: '2626',
  lumateperone: '2275602',
};

const FGAS = [
  'haloperidol',
  'fluphenazine',
  'chlorpromazine',
  'perphenazine',
  'thioridazine',
  'pimozide',
  'loxapine',
  'trifluoperazine',
];
const sgas = () => ANTIPSYCHOTICS.filter((d) => d.classes.includes('second-generation-antipsychotic'));

describe('antipsychotic list', () => {
  it('contains every requested antipsychotic with its RxNorm ingredient code [RxNorm; CPIC drug table]', () => {
    expect(Object.fromEntries(ANTIPSYCHOTICS.map((d) => [d.name, d.rxnorm]))).toEqual(EXPECTED_RXNORM);
  });

  it('every antipsychotic carries the boxed warning on mortality in elderly patients with dementia [FDA 2008 class labeling]', () => {
    for (const drug of ANTIPSYCHOTICS) {
      expect(drug.classes, drug.name).toContain('antipsychotic');
      expect(
        drug.boxedWarnings.some((w) => w.includes('dementia')),
        drug.name,
      ).toBe(true);
    }
  });

  it('every SGA sets off metabolic and movement monitoring [ADA/APA 2004; APA schizophrenia guideline 2020]', () => {
    expect(sgas()).toHaveLength(14);
    for (const drug of sgas()) {
      expect(drug.monitoring, drug.name).toEqual(
        expect.arrayContaining(['sga-metabolic', 'antipsychotic-movement']),
      );
    }
  });

  it('every FGA sets off movement and prolactin monitoring [APA schizophrenia guideline 2020]', () => {
    for (const name of FGAS) {
      expect(ap(name).classes, name).toContain('first-generation-antipsychotic');
      expect(ap(name).monitoring, name).toEqual(
        expect.arrayContaining(['antipsychotic-movement', 'prolactin']),
      );
    }
  });

  it('no antipsychotic is serotonergic, an MAO inhibitor or a controlled substance [FDA labels; 21 CFR 1308]', () => {
    for (const drug of ANTIPSYCHOTICS) {
      expect(drug.pd.serotonergic, drug.name).toBe('none');
      expect(drug.pd.maoInhibitor, drug.name).toBe(false);
      expect(drug.schedule, drug.name).toBeNull();
    }
  });

  it('SGAs with antidepressant indications carry the suicidality boxed warning; olanzapine and risperidone do not [FDA labels]', () => {
    const withBox = ANTIPSYCHOTICS.filter((d) =>
      d.boxedWarnings.some((w) => w.includes('Suicidal thoughts')),
    ).map((d) => d.name);
    expect(withBox.sort()).toEqual([
      'aripiprazole',
      'brexpiprazole',
      'cariprazine',
      'lumateperone',
      'lurasidone',
      'quetiapine',
    ]);
  });
});

describe('QT risk', () => {
  const KNOWN = ['haloperidol', 'chlorpromazine', 'thioridazine', 'pimozide', 'ziprasidone'];

  it('known-risk QT antipsychotics are exactly haloperidol, chlorpromazine, thioridazine, pimozide and ziprasidone, each with ECG monitoring [CredibleMeds]', () => {
    expect(ANTIPSYCHOTICS.filter((d) => d.pd.qtRisk === 'known').map((d) => d.name)).toEqual(KNOWN);
    for (const name of KNOWN) expect(ap(name).monitoring, name).toContain('qt-ecg');
  });

  it('lurasidone, lumateperone, brexpiprazole and cariprazine carry no QT category and no ECG protocol [CredibleMeds]', () => {
    for (const name of ['lurasidone', 'lumateperone', 'brexpiprazole', 'cariprazine']) {
      expect(ap(name).pd.qtRisk, name).toBe('none');
      expect(ap(name).monitoring, name).not.toContain('qt-ecg');
    }
  });

  it('thioridazine: boxed warning on QTc prolongation, maximum 800 mg/day, CYP2D6 narrow-index substrate [thioridazine label]', () => {
    const t = ap('thioridazine');
    expect(t.boxedWarnings.some((w) => w.startsWith('QTc prolongation'))).toBe(true);
    expect(t.dose.maxDailyMg).toBe(800);
    expect(t.metabolism.substrateOf).toEqual([
      { enzyme: 'CYP2D6', fraction: 'major', narrowTherapeuticIndex: true },
    ]);
  });
});

describe('clozapine', () => {
  it('sets off the clozapine (ANC) protocol plus metabolic monitoring [Clozaril label; FDA clozapine REMS 2025]', () => {
    expect(ap('clozapine').monitoring).toEqual(['clozapine', 'sga-metabolic', 'antipsychotic-movement']);
  });

  it('has high seizure-threshold lowering, is myelosuppressive and scores 3 on the ACB scale [Clozaril label; Boustani 2008]', () => {
    const c = ap('clozapine');
    expect(c.pd.seizureThresholdLowering).toBe('high');
    expect(c.pd.myelosuppressive).toBe(true);
    expect(c.pd.anticholinergicBurden).toBe(3);
  });

  it('boxed warnings: neutropenia, orthostasis/bradycardia/syncope, seizures, myocarditis, dementia mortality [Clozaril label]', () => {
    const boxed = ap('clozapine').boxedWarnings;
    expect(boxed).toHaveLength(5);
    expect(boxed[0]).toContain('Severe neutropenia');
    expect(boxed[1]).toContain('Orthostatic hypotension');
    expect(boxed[2]).toContain('Seizures');
    expect(boxed[3]).toContain('Myocarditis');
    expect(boxed[4]).toContain('dementia');
  });

  it('starts at 12.5 mg with a 900 mg/day maximum; CYP1A2 narrow-index substrate (smoking, fluvoxamine) [Clozaril label]', () => {
    const c = ap('clozapine');
    expect(c.dose.startingDailyMg).toBe(12.5);
    expect(c.dose.maxDailyMg).toBe(900);
    expect(c.metabolism.substrateOf[0]).toEqual({
      enzyme: 'CYP1A2',
      fraction: 'major',
      narrowTherapeuticIndex: true,
    });
    expect(c.discontinuationRisk).toBe('high');
  });
});

describe('pharmacogenomic and interaction caps', () => {
  it('aripiprazole: half dose (15 mg) in CYP2D6 poor metabolizers and with fluoxetine or clarithromycin [Abilify label; FDA pharmacogenetic table]', () => {
    const a = ap('aripiprazole');
    expect(a.dose.maxDailyMg).toBe(30);
    expect(effectiveCap(a, { age: 30, phenotypes: { CYP2D6: 'poor metabolizer' } })).toBe(15);
    expect(effectiveCap(a, { age: 30, withDrugs: ['fluoxetine'] })).toBe(15);
    expect(effectiveCap(a, { age: 30, withDrugs: ['clarithromycin'] })).toBe(15);
  });

  it('aripiprazole: no cap for normal metabolizers or with sertraline [Abilify label]', () => {
    const a = ap('aripiprazole');
    expect(effectiveCap(a, { age: 30, phenotypes: { CYP2D6: 'normal metabolizer' } })).toBeNull();
    expect(effectiveCap(a, { age: 30, withDrugs: ['sertraline'] })).toBeNull();
  });

  it('pimozide: adult CYP2D6 poor metabolizers capped at 4 mg/day [Orap label; FDA pharmacogenetic table]', () => {
    const p = ap('pimozide');
    expect(p.dose.maxDailyMg).toBe(10);
    expect(effectiveCap(p, { age: 30, phenotypes: { CYP2D6: 'poor metabolizer' } })).toBe(4);
    expect(effectiveCap(p, { age: 12, phenotypes: { CYP2D6: 'poor metabolizer' } })).toBeNull();
    expect(p.metabolism.substrateOf).toContainEqual({
      enzyme: 'CYP3A4',
      fraction: 'major',
      narrowTherapeuticIndex: true,
    });
  });

  it('iloperidone: half dose (12 mg/day) in CYP2D6 poor metabolizers and with paroxetine [Fanapt label]', () => {
    const i = ap('iloperidone');
    expect(i.dose.maxDailyMg).toBe(24);
    expect(effectiveCap(i, { age: 40, phenotypes: { CYP2D6: 'poor metabolizer' } })).toBe(12);
    expect(effectiveCap(i, { age: 40, withDrugs: ['paroxetine'] })).toBe(12);
  });

  it('brexpiprazole: half dose (2 mg/day) in CYP2D6 poor metabolizers; 3 mg/day in hepatic or renal impairment [Rexulti label]', () => {
    const b = ap('brexpiprazole');
    expect(b.dose.maxDailyMg).toBe(4);
    expect(effectiveCap(b, { age: 40, phenotypes: { CYP2D6: 'poor metabolizer' } })).toBe(2);
    expect(effectiveCap(b, { age: 40, hepaticImpairment: true })).toBe(3);
    expect(effectiveCap(b, { age: 40, renalImpairment: true })).toBe(3);
  });

  it('lurasidone: 80 mg/day in moderate hepatic impairment and with a moderate CYP3A4 inhibitor, must be taken with food [Latuda label]', () => {
    const l = ap('lurasidone');
    expect(l.dose.maxDailyMg).toBe(160);
    expect(effectiveCap(l, { age: 40, hepaticImpairment: true })).toBe(80);
    expect(effectiveCap(l, { age: 40, withDrugs: ['erythromycin'] })).toBe(80);
    expect(l.education?.howToTake).toContain('350 calories');
  });

  it('lumateperone: 42 mg fixed dose; 10.5 mg with strong and 21 mg with moderate CYP3A4 inhibitors [Caplyta label]', () => {
    const l = ap('lumateperone');
    expect(l.dose.maxDailyMg).toBe(42);
    expect(effectiveCap(l, { age: 40, withDrugs: ['itraconazole'] })).toBe(10.5);
    expect(effectiveCap(l, { age: 40, withDrugs: ['fluconazole'] })).toBe(21);
  });

  it('cariprazine: 3 mg/day with a strong CYP3A4 inhibitor [Vraylar label]', () => {
    expect(effectiveCap(ap('cariprazine'), { age: 40, withDrugs: ['ketoconazole'] })).toBe(3);
  });

  it('paliperidone: renally cleared, 6 mg/day cap in renal impairment [Invega label]', () => {
    const p = ap('paliperidone');
    expect(p.metabolism.renallyCleared).toBe(true);
    expect(p.dose.maxDailyMg).toBe(12);
    expect(effectiveCap(p, { age: 40, renalImpairment: true })).toBe(6);
  });
});

describe('other label facts', () => {
  it('aripiprazole lauroxil is its own long-acting injectable entry with doses per injection [Aristada label]', () => {
    const a = ap('aripiprazole lauroxil');
    expect(a.classes).toContain('long-acting-injectable');
    expect(a.dose.nonDailyRoute?.route).toBe('injection');
    expect(a.dose.maxDailyMg).toBe(1064);
    expect(a.dose.strengthsMg).toEqual([441, 662, 675, 882, 1064]);
  });

  it('LAIs of other ingredients are formulations of the parent entry (Invega Sustenna, Haldol Decanoate) [RxNorm; Invega Sustenna and Haldol Decanoate labels]', () => {
    expect(ap('paliperidone').synonyms).toContain('paliperidone palmitate');
    expect(ap('paliperidone').brands).toContain('Invega Sustenna');
    expect(ap('haloperidol').synonyms).toContain('haloperidol decanoate');
    expect(ap('fluphenazine').synonyms).toContain('fluphenazine decanoate');
  });

  it('olanzapine is a major CYP1A2 and UGT1A4 substrate (smoking induction) with ACB 3 [Zyprexa label; Boustani 2008]', () => {
    const o = ap('olanzapine');
    expect(o.metabolism.substrateOf.slice(0, 2)).toEqual([
      { enzyme: 'CYP1A2', fraction: 'major' },
      { enzyme: 'UGT1A4', fraction: 'major' },
    ]);
    expect(o.pd.anticholinergicBurden).toBe(3);
    expect(o.dose.maxDailyMg).toBe(20);
  });

  it('quetiapine: maximum 800 mg/day, CYP3A4 major substrate, ACB 3 [Seroquel label; Boustani 2008]', () => {
    const q = ap('quetiapine');
    expect(q.dose.maxDailyMg).toBe(800);
    expect(q.metabolism.substrateOf).toEqual([{ enzyme: 'CYP3A4', fraction: 'major' }]);
    expect(q.pd.anticholinergicBurden).toBe(3);
  });

  it('risperidone: maximum 16 mg/day with prolactin monitoring; aripiprazole has no prolactin protocol [Risperdal and Abilify labels]', () => {
    expect(ap('risperidone').dose.maxDailyMg).toBe(16);
    expect(ap('risperidone').monitoring).toContain('prolactin');
    expect(ap('aripiprazole').monitoring).not.toContain('prolactin');
  });

  it('ziprasidone: maximum 160 mg/day taken with a 500-calorie meal; CYP3A4 only a minor pathway [Geodon label]', () => {
    const z = ap('ziprasidone');
    expect(z.dose.maxDailyMg).toBe(160);
    expect(z.education?.howToTake).toContain('500 calories');
    expect(z.metabolism.substrateOf).toEqual([{ enzyme: 'CYP3A4', fraction: 'minor' }]);
  });

  it('asenapine: sublingual, contraindicated in severe hepatic impairment, maximum 20 mg/day [Saphris label]', () => {
    const a = ap('asenapine');
    expect(a.dose.maxDailyMg).toBe(20);
    expect(a.hepatic).toContain('Contraindicated');
    expect(a.education?.howToTake).toContain('under your tongue');
  });

  it('haloperidol: oral maximum 100 mg/day, ACB 1, low sedation [Haldol label; Boustani 2008]', () => {
    const h = ap('haloperidol');
    expect(h.dose.maxDailyMg).toBe(100);
    expect(h.pd.anticholinergicBurden).toBe(1);
    expect(h.pd.cnsDepressant).toBe('low');
  });

  it('anticholinergic burden of common SGAs: risperidone 1, aripiprazole 1, lurasidone 0 [Boustani 2008 ACB scale]', () => {
    expect(
      [ap('risperidone'), ap('aripiprazole'), ap('lurasidone')].map((d) => d.pd.anticholinergicBurden),
    ).toEqual([1, 1, 0]);
  });
});
