import { describe, expect, it } from 'vitest';
import { ANTIDEPRESSANTS } from '../src/formulary/drugs/antidepressants.js';
import type { DoseCap, Drug } from '../src/formulary/types.js';

function ad(name: string): Drug {
  const drug = ANTIDEPRESSANTS.find((d) => d.name === name);
  if (!drug) throw new Error(`missing antidepressant ${name}`);
  return drug;
}

interface CapContext {
  age?: number;
  hepaticImpairment?: boolean;
  renalImpairment?: boolean;
  phenotypes?: Record<string, string>;
  withDrugs?: string[];
}

/** Lowest cap whose conditions all hold for the context (null when none applies). */
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
  fluoxetine: '4493',
  sertraline: '36437',
  paroxetine: '32937',
  citalopram: '2556',
  escitalopram: '321988',
  fluvoxamine: '42355',
  venlafaxine: '39786',
  desvenlafaxine: '734064',
  duloxetine: '72625',
  levomilnacipran: '1433212',
  amitriptyline: '704',
  nortriptyline: '7531',
  imipramine: '5691',
  desipramine: '3247',
  clomipramine: '2597',
  doxepin: '3638',
  protriptyline: '8886',
  phenelzine: '8123',
  tranylcypromine: '10734',
  isocarboxazid: '6011',
  selegiline: '9639',
  bupropion: '42347',
  mirtazapine: '15996',
  trazodone: '10737',
  vortioxetine: '1455099',
  vilazodone: '1086769',
  nefazodone: '31565',
  esketamine: '2119365',
  zuranolone: '2669905',
};

describe('antidepressant list', () => {
  it('contains every requested antidepressant with its RxNorm ingredient code [RxNorm; CPIC drug table]', () => {
    const actual = Object.fromEntries(ANTIDEPRESSANTS.map((d) => [d.name, d.rxnorm]));
    expect(actual).toEqual(EXPECTED_RXNORM);
  });

  it('groups the classes as SSRI 6, SNRI 4, TCA 7, MAOI 4 [FDA labels]', () => {
    const count = (cls: string) =>
      ANTIDEPRESSANTS.filter((d) => d.classes.includes(cls as Drug['classes'][number])).length;
    expect([count('ssri'), count('snri'), count('tca'), count('maoi')]).toEqual([6, 4, 7, 4]);
    expect(ANTIDEPRESSANTS.every((d) => d.classes.includes('antidepressant'))).toBe(true);
  });

  it('carries the suicidality boxed warning (24 and younger) on every antidepressant except zuranolone [FDA 2007 antidepressant labeling]', () => {
    for (const drug of ANTIDEPRESSANTS) {
      const hasBox = drug.boxedWarnings.some((w) => w.includes('24 years and younger'));
      expect(hasBox, drug.name).toBe(drug.name !== 'zuranolone');
      expect(drug.monitoring, drug.name).toContain('antidepressant-suicidality');
    }
  });

  it('marks SSRIs and SNRIs as high serotonergic with bleeding and hyponatremia risk [FDA labels]', () => {
    for (const drug of ANTIDEPRESSANTS.filter(
      (d) => d.classes.includes('ssri') || d.classes.includes('snri'),
    )) {
      expect(drug.pd.serotonergic, drug.name).toBe('high');
      expect(drug.pd.antiplateletOrAnticoagulant, drug.name).toBe(true);
      expect(drug.pd.hyponatremia, drug.name).toBe(true);
    }
  });

  it('has no CYP inducers among antidepressants [FDA DDI table]', () => {
    expect(ANTIDEPRESSANTS.filter((d) => d.metabolism.induces.length > 0).map((d) => d.name)).toEqual([]);
  });
});

describe('SSRIs', () => {
  it('sertraline: start 50 mg, maximum 200 mg/day, RxNorm 36437, brand Zoloft [Zoloft label]', () => {
    const s = ad('sertraline');
    expect(s.dose.startingDailyMg).toBe(50);
    expect(s.dose.maxDailyMg).toBe(200);
    expect(s.rxnorm).toBe('36437');
    expect(s.brands).toContain('Zoloft');
    expect(s.dose.liquidAvailable).toBe(true);
  });

  it('sertraline is only a weak CYP2D6 inhibitor, not strong [FDA DDI table; Zoloft label]', () => {
    const s = ad('sertraline');
    expect(s.metabolism.inhibits).toEqual([{ enzyme: 'CYP2D6', strength: 'weak' }]);
    expect(s.metabolism.substrateOf).toContainEqual({ enzyme: 'CYP2C19', fraction: 'major' });
  });

  it('fluoxetine: 35-day washout before an MAOI and long half-life [Prozac label]', () => {
    const f = ad('fluoxetine');
    expect(f.washoutDaysBeforeMaoi).toBe(35);
    expect(f.halfLifeHours).toBeGreaterThan(96);
    expect(f.discontinuationRisk).toBe('low');
  });

  it('fluoxetine is a strong CYP2D6 inhibitor [FDA DDI table]', () => {
    expect(ad('fluoxetine').metabolism.inhibits).toContainEqual({ enzyme: 'CYP2D6', strength: 'strong' });
  });

  it('paroxetine: strong CYP2D6 inhibitor, high discontinuation risk, ACB 3 [Paxil label; Fava 2015; Boustani 2008]', () => {
    const p = ad('paroxetine');
    expect(p.metabolism.inhibits).toContainEqual({ enzyme: 'CYP2D6', strength: 'strong' });
    expect(p.discontinuationRisk).toBe('high');
    expect(p.pd.anticholinergicBurden).toBe(3);
  });

  it('paroxetine: 40 mg/day cap in older, renally or hepatically impaired patients [Paxil label]', () => {
    const p = ad('paroxetine');
    expect(effectiveCap(p, { age: 70 })).toBe(40);
    expect(effectiveCap(p, { age: 40, renalImpairment: true })).toBe(40);
    expect(effectiveCap(p, { age: 40, hepaticImpairment: true })).toBe(40);
    expect(effectiveCap(p, { age: 40 })).toBeNull();
  });

  it('paroxetine: pregnancy risk "avoid" and pregnancy-test monitoring [FDA 2005 paroxetine advisory]', () => {
    const p = ad('paroxetine');
    expect(p.pregnancy.risk).toBe('avoid');
    expect(p.monitoring).toContain('pregnancy-test');
  });

  it('citalopram: maximum 40 mg/day, capped at 20 mg/day over age 60 [FDA 2012 safety communication / Celexa label]', () => {
    const c = ad('citalopram');
    expect(c.dose.maxDailyMg).toBe(40);
    expect(effectiveCap(c, { age: 61 })).toBe(20);
    expect(effectiveCap(c, { age: 75 })).toBe(20);
  });

  it('citalopram: no cap at age 60 exactly, the label says "older than 60" [FDA 2012 safety communication]', () => {
    expect(effectiveCap(ad('citalopram'), { age: 60 })).toBeNull();
  });

  it('citalopram: 20 mg/day in CYP2C19 poor metabolizers, with cimetidine and in hepatic impairment [Celexa label; FDA pharmacogenetic table]', () => {
    const c = ad('citalopram');
    expect(effectiveCap(c, { age: 35, phenotypes: { CYP2C19: 'poor metabolizer' } })).toBe(20);
    expect(effectiveCap(c, { age: 35, withDrugs: ['cimetidine'] })).toBe(20);
    expect(effectiveCap(c, { age: 35, hepaticImpairment: true })).toBe(20);
    expect(effectiveCap(c, { age: 35, phenotypes: { CYP2C19: 'normal metabolizer' } })).toBeNull();
    expect(effectiveCap(c, { age: 35, withDrugs: ['famotidine'] })).toBeNull();
  });

  it('citalopram and escitalopram are known-risk QT drugs with ECG monitoring [CredibleMeds]', () => {
    for (const name of ['citalopram', 'escitalopram']) {
      expect(ad(name).pd.qtRisk).toBe('known');
      expect(ad(name).monitoring).toContain('qt-ecg');
    }
  });

  it('sertraline and fluoxetine are only conditional QT risk and set off no ECG protocol [CredibleMeds]', () => {
    for (const name of ['sertraline', 'fluoxetine']) {
      expect(ad(name).pd.qtRisk).toBe('conditional');
      expect(ad(name).monitoring).not.toContain('qt-ecg');
    }
  });

  it('escitalopram: maximum 20 mg/day, 10 mg/day in older adults and hepatic impairment [Lexapro label]', () => {
    const e = ad('escitalopram');
    expect(e.dose.maxDailyMg).toBe(20);
    expect(effectiveCap(e, { age: 68 })).toBe(10);
    expect(effectiveCap(e, { age: 30, hepaticImpairment: true })).toBe(10);
    expect(effectiveCap(e, { age: 30 })).toBeNull();
  });

  it('fluvoxamine: strong CYP1A2 and CYP2C19 inhibitor, moderate CYP3A4 [FDA DDI table; Luvox label]', () => {
    const inhibits = ad('fluvoxamine').metabolism.inhibits;
    expect(inhibits).toContainEqual({ enzyme: 'CYP1A2', strength: 'strong' });
    expect(inhibits).toContainEqual({ enzyme: 'CYP2C19', strength: 'strong' });
    expect(inhibits).toContainEqual({ enzyme: 'CYP3A4', strength: 'moderate' });
  });

  it('fluvoxamine: maximum 300 mg/day in adults, 200 mg/day in children 8-11 [Luvox label]', () => {
    const f = ad('fluvoxamine');
    expect(f.dose.maxDailyMg).toBe(300);
    expect(effectiveCap(f, { age: 10 })).toBe(200);
    expect(effectiveCap(f, { age: 14 })).toBeNull();
  });
});

describe('SNRIs', () => {
  it('venlafaxine: maximum 375 mg/day (inpatient IR), high discontinuation risk, BP monitoring, 7-day MAOI washout [Effexor XR label]', () => {
    const v = ad('venlafaxine');
    expect(v.dose.maxDailyMg).toBe(375);
    expect(v.discontinuationRisk).toBe('high');
    expect(v.monitoring).toContain('blood-pressure');
    expect(v.washoutDaysBeforeMaoi).toBe(7);
  });

  it('desvenlafaxine: 50 mg/day recommended and 50 mg/day cap in renal impairment [Pristiq label]', () => {
    const d = ad('desvenlafaxine');
    expect(d.dose.startingDailyMg).toBe(50);
    expect(effectiveCap(d, { age: 50, renalImpairment: true })).toBe(50);
    expect(d.metabolism.renallyCleared).toBe(true);
  });

  it('duloxetine: moderate CYP2D6 inhibitor, maximum 120 mg/day, 5-day washout before an MAOI [Cymbalta label; FDA DDI table]', () => {
    const d = ad('duloxetine');
    expect(d.metabolism.inhibits).toEqual([{ enzyme: 'CYP2D6', strength: 'moderate' }]);
    expect(d.dose.maxDailyMg).toBe(120);
    expect(d.washoutDaysBeforeMaoi).toBe(5);
    expect(d.metabolism.substrateOf.map((s) => s.enzyme)).toEqual(['CYP1A2', 'CYP2D6']);
  });

  it('levomilnacipran: 80 mg/day in moderate renal impairment and with ketoconazole [Fetzima label]', () => {
    const l = ad('levomilnacipran');
    expect(l.dose.maxDailyMg).toBe(120);
    expect(effectiveCap(l, { age: 50, renalImpairment: true })).toBe(80);
    expect(effectiveCap(l, { age: 50, withDrugs: ['ketoconazole'] })).toBe(80);
    expect(effectiveCap(l, { age: 50, withDrugs: ['sertraline'] })).toBeNull();
  });
});

describe('tricyclics', () => {
  const TCAS = [
    'amitriptyline',
    'nortriptyline',
    'imipramine',
    'desipramine',
    'clomipramine',
    'doxepin',
    'protriptyline',
  ];

  it('every TCA sets off the tricyclic ECG protocol and scores 3 on the ACB scale [CPIC TCA 2016; Boustani 2008]', () => {
    for (const name of TCAS) {
      expect(ad(name).monitoring, name).toContain('tca-ecg');
      expect(ad(name).pd.anticholinergicBurden, name).toBe(3);
    }
  });

  it('amitriptyline is a major, narrow-therapeutic-index substrate of CYP2D6 and CYP2C19 [CPIC TCA 2016]', () => {
    const subs = ad('amitriptyline').metabolism.substrateOf;
    expect(subs).toContainEqual({ enzyme: 'CYP2D6', fraction: 'major', narrowTherapeuticIndex: true });
    expect(subs).toContainEqual({ enzyme: 'CYP2C19', fraction: 'major', narrowTherapeuticIndex: true });
  });

  it('nortriptyline: maximum 150 mg/day, CYP2D6 major, oral solution available [Pamelor label]', () => {
    const n = ad('nortriptyline');
    expect(n.dose.maxDailyMg).toBe(150);
    expect(n.metabolism.substrateOf[0]).toEqual({
      enzyme: 'CYP2D6',
      fraction: 'major',
      narrowTherapeuticIndex: true,
    });
    expect(n.dose.liquidAvailable).toBe(true);
  });

  it('imipramine: 100 mg/day cap in older adults and adolescents, none at 40 [Tofranil label]', () => {
    const i = ad('imipramine');
    expect(effectiveCap(i, { age: 70 })).toBe(100);
    expect(effectiveCap(i, { age: 15 })).toBe(100);
    expect(effectiveCap(i, { age: 40 })).toBeNull();
  });

  it('clomipramine: maximum 250 mg/day, high serotonergic, high seizure-threshold lowering [Anafranil label]', () => {
    const c = ad('clomipramine');
    expect(c.dose.maxDailyMg).toBe(250);
    expect(c.pd.serotonergic).toBe('high');
    expect(c.pd.seizureThresholdLowering).toBe('high');
    expect(effectiveCap(c, { age: 12 })).toBe(200);
  });

  it('desipramine is mostly noradrenergic: low serotonergic and low sedation [Norpramin label]', () => {
    expect(ad('desipramine').pd.serotonergic).toBe('low');
    expect(ad('desipramine').pd.cnsDepressant).toBe('low');
  });
});

describe('MAO inhibitors', () => {
  const MAOIS = ['phenelzine', 'tranylcypromine', 'isocarboxazid', 'selegiline'];

  it('MAOIs are MAO inhibitors, high serotonergic, need blood-pressure monitoring and a 14-day washout [Nardil, Parnate, Marplan, Emsam labels]', () => {
    for (const name of MAOIS) {
      const d = ad(name);
      expect(d.pd.maoInhibitor, name).toBe(true);
      expect(d.pd.serotonergic, name).toBe('high');
      expect(d.monitoring, name).toContain('blood-pressure');
      expect(d.washoutDaysBeforeMaoi, name).toBe(14);
    }
  });

  it('no other antidepressant is an MAO inhibitor [FDA labels]', () => {
    const others = ANTIDEPRESSANTS.filter((d) => !MAOIS.includes(d.name));
    expect(others.filter((d) => d.pd.maoInhibitor).map((d) => d.name)).toEqual([]);
  });

  it('tranylcypromine: maximum 60 mg/day and a boxed warning on hypertensive crisis with tyramine [Parnate label]', () => {
    const t = ad('tranylcypromine');
    expect(t.dose.maxDailyMg).toBe(60);
    expect(t.boxedWarnings.some((w) => w.includes('tyramine'))).toBe(true);
  });

  it('phenelzine: maximum 90 mg/day, 15 mg tablets [Nardil label]', () => {
    expect(ad('phenelzine').dose.maxDailyMg).toBe(90);
    expect(ad('phenelzine').dose.strengthsMg).toEqual([15]);
  });

  it('selegiline (Emsam): transdermal 6-12 mg/24 h, the oral Parkinson product is the same ingredient [Emsam label]', () => {
    const s = ad('selegiline');
    expect(s.dose.nonDailyRoute?.route).toBe('transdermal');
    expect(s.dose.maxDailyMg).toBe(12);
    expect(s.dose.startingDailyMg).toBe(6);
    expect(s.brands).toEqual(expect.arrayContaining(['Emsam', 'Eldepryl', 'Zelapar']));
  });
});

describe('atypical antidepressants', () => {
  it('bupropion: maximum 450 mg/day, high seizure-threshold lowering, strong CYP2D6 inhibitor, not serotonergic [Wellbutrin XL label; FDA DDI table]', () => {
    const b = ad('bupropion');
    expect(b.dose.maxDailyMg).toBe(450);
    expect(b.pd.seizureThresholdLowering).toBe('high');
    expect(b.metabolism.inhibits).toContainEqual({ enzyme: 'CYP2D6', strength: 'strong' });
    expect(b.metabolism.substrateOf).toContainEqual({ enzyme: 'CYP2B6', fraction: 'major' });
    expect(b.pd.serotonergic).toBe('none');
  });

  it('bupropion: a missed dose is skipped, never doubled (seizure risk) [Wellbutrin XL medication guide]', () => {
    const edu = ad('bupropion').education;
    expect(edu?.missedDose).toContain('Skip the missed dose');
    expect(edu?.missedDose).toContain('seizure');
  });

  it('bupropion: 100 mg/day cap in moderate to severe hepatic impairment [Wellbutrin label]', () => {
    expect(effectiveCap(ad('bupropion'), { age: 50, hepaticImpairment: true })).toBe(100);
  });

  it('mirtazapine: low serotonergic, highly sedating, maximum 45 mg/day [Remeron label]', () => {
    const m = ad('mirtazapine');
    expect(m.pd.serotonergic).toBe('low');
    expect(m.pd.cnsDepressant).toBe('high');
    expect(m.dose.maxDailyMg).toBe(45);
  });

  it('trazodone: maximum 600 mg/day (inpatients), low serotonergic [Desyrel label]', () => {
    expect(ad('trazodone').dose.maxDailyMg).toBe(600);
    expect(ad('trazodone').pd.serotonergic).toBe('low');
  });

  it('vortioxetine: 10 mg/day in CYP2D6 poor metabolizers and with bupropion; 21-day MAOI washout [Trintellix label]', () => {
    const v = ad('vortioxetine');
    expect(effectiveCap(v, { age: 40, phenotypes: { CYP2D6: 'poor metabolizer' } })).toBe(10);
    expect(effectiveCap(v, { age: 40, withDrugs: ['bupropion'] })).toBe(10);
    expect(effectiveCap(v, { age: 40, phenotypes: { CYP2D6: 'intermediate metabolizer' } })).toBeNull();
    expect(v.washoutDaysBeforeMaoi).toBe(21);
  });

  it('vilazodone: 20 mg/day with a strong CYP3A4 inhibitor [Viibryd label]', () => {
    const v = ad('vilazodone');
    expect(v.dose.maxDailyMg).toBe(40);
    expect(effectiveCap(v, { age: 40, withDrugs: ['clarithromycin'] })).toBe(20);
  });

  it('nefazodone: strong CYP3A4 inhibitor with a hepatotoxicity boxed warning and liver monitoring [nefazodone label]', () => {
    const n = ad('nefazodone');
    expect(n.metabolism.inhibits).toContainEqual({ enzyme: 'CYP3A4', strength: 'strong' });
    expect(n.boxedWarnings.some((w) => w.includes('hepatic failure'))).toBe(true);
    expect(n.monitoring).toContain('hepatic');
  });
});

describe('newer antidepressants', () => {
  it('esketamine: Schedule III nasal spray under a REMS with 2-hour observation [Spravato label; 21 CFR 1308.13]', () => {
    const e = ad('esketamine');
    expect(e.schedule).toBe('III');
    expect(e.dose.nonDailyRoute?.route).toBe('nasal');
    expect(e.dose.maxDailyMg).toBe(84);
    expect(e.monitoring).toEqual(expect.arrayContaining(['esketamine-observation', 'blood-pressure']));
    const boxed = e.boxedWarnings.join(' ');
    for (const word of ['Sedation', 'dissociation', 'Abuse and misuse', 'REMS'])
      expect(boxed).toContain(word);
  });

  it('zuranolone: Schedule IV, 50 mg once daily for 14 days, boxed warning on driving impairment [Zurzuvae label; 21 CFR 1308.14]', () => {
    const z = ad('zuranolone');
    expect(z.schedule).toBe('IV');
    expect(z.dose.maxDailyMg).toBe(50);
    expect(z.boxedWarnings).toHaveLength(1);
    expect(z.boxedWarnings[0]).toContain('12 hours');
    expect(effectiveCap(z, { age: 30, withDrugs: ['ketoconazole'] })).toBe(30);
  });

  it('other antidepressants are not controlled substances [21 CFR 1308]', () => {
    const controlled = ANTIDEPRESSANTS.filter((d) => d.schedule !== null).map((d) => d.name);
    expect(controlled).toEqual(['esketamine', 'zuranolone']);
  });
});
