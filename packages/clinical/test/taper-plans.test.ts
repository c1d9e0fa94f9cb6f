import { describe, expect, it } from 'vitest';
import {
  benzodiazepineEquivalent,
  benzodiazepineMaxStep,
  crossTaperPlan,
  type TaperPlan,
  taperPlan,
} from '../src/taper/index.js';
import {
  ALPRAZOLAM,
  BUPROPION,
  CLONAZEPAM,
  CLOZAPINE,
  DIAZEPAM,
  ESCITALOPRAM,
  FLUOXETINE,
  GUANFACINE,
  LITHIUM,
  makeDrug,
  OLANZAPINE,
  PAROXETINE,
  PHENELZINE,
  SERTRALINE,
  SERTRALINE_TABLETS,
  VENLAFAXINE,
  ZOLPIDEM,
} from './monitoring-fixtures.js';

const doses = (p: TaperPlan) => p.steps.map((s) => s.dailyDose);

/** Absolute reductions between consecutive steps, excluding the final step to zero. */
function reductions(p: TaperPlan): number[] {
  const all = [p.startDailyDose, ...doses(p)];
  const out: number[] = [];
  for (let i = 1; i < all.length - 1; i++) out.push(Math.round((all[i - 1]! - all[i]!) * 1000) / 1000);
  return out;
}

function fractions(p: TaperPlan): number[] {
  const all = [p.startDailyDose, ...doses(p)];
  const out: number[] = [];
  for (let i = 1; i < all.length - 1; i++) out.push((all[i - 1]! - all[i]!) / all[i - 1]!);
  return out;
}

const nonIncreasing = (xs: number[]) => xs.every((x, i) => i === 0 || x <= xs[i - 1]! + 1e-9);

describe('hyperbolic antidepressant tapers', () => {
  const sertraline = taperPlan(SERTRALINE, 100);

  it('is monotonically non-increasing, ends at 0 and steps every 4 weeks [Horowitz & Taylor 2019]', () => {
    expect(sertraline.method).toBe('hyperbolic');
    expect(nonIncreasing(doses(sertraline))).toBe(true);
    expect(doses(sertraline).at(-1)).toBe(0);
    expect(sertraline.steps.map((s) => s.week).slice(0, 4)).toEqual([0, 4, 8, 12]);
    expect(sertraline.durationWeeks).toBe(sertraline.steps.at(-1)!.week);
  });

  it('shrinks the absolute reductions as the dose falls [Horowitz & Taylor 2019]', () => {
    const r = reductions(sertraline);
    expect(nonIncreasing(r)).toBe(true);
    expect(r[0]).toBeGreaterThan(r.at(-1)! * 5);
  });

  it('removes a roughly constant fraction (10-30%) of the current dose at each step [Horowitz & Taylor 2019; NICE NG222]', () => {
    for (const f of fractions(sertraline)) {
      expect(f).toBeGreaterThanOrEqual(0.1);
      expect(f).toBeLessThanOrEqual(0.3);
    }
  });

  it('stops from a dose far below the minimum therapeutic dose (at most 5 mg, a tenth of 50 mg) [Horowitz & Taylor 2019]', () => {
    const lastBeforeZero = doses(sertraline).at(-2)!;
    expect(lastBeforeZero).toBeLessThanOrEqual(5);
    expect(lastBeforeZero).toBeGreaterThan(0);
  });

  it('rounds to half tablets while it can, then uses the oral liquid and says so [design.md: taper rounded to dispensable amounts]', () => {
    const tablets = sertraline.steps.filter((s) => s.form === 'tablet' && s.dailyDose > 0);
    expect(tablets.map((s) => s.dailyDose)).toEqual([75, 62.5, 50, 37.5]);
    expect(tablets.every((s) => (s.dailyDose / 12.5) % 1 === 0)).toBe(true);
    expect(sertraline.liquidNeeded).toBe(true);
    expect(sertraline.notes.some((n) => n.includes('oral liquid'))).toBe(true);
  });

  it('without a licensed liquid marks the small doses as compounded [Horowitz & Taylor 2019]', () => {
    const p = taperPlan(SERTRALINE_TABLETS, 100);
    expect(p.liquidNeeded).toBe(false);
    expect(p.compoundingNeeded).toBe(true);
  });

  it('tablets only: every dose is a multiple of half of the 25 mg tablet, ending 12.5 → 0 [design.md: dispensable amounts]', () => {
    const p = taperPlan(SERTRALINE_TABLETS, 100, { tabletsOnly: true });
    expect(doses(p)).toEqual([75, 62.5, 50, 37.5, 25, 12.5, 0]);
    expect(p.compoundingNeeded).toBe(false);
  });

  it('escitalopram 20 mg: 15, 12.5, 10, 7.5 mg as tablets, then liquid [Horowitz & Taylor 2019]', () => {
    const p = taperPlan(ESCITALOPRAM, 20);
    expect(doses(p).slice(0, 4)).toEqual([15, 12.5, 10, 7.5]);
    expect(p.steps[4]!.form).toBe('liquid');
    expect(doses(p).at(-2)!).toBeLessThanOrEqual(1);
  });

  it('paroxetine (high discontinuation risk) starts with a 10% step [Horowitz & Taylor 2019; Maudsley Deprescribing 2024]', () => {
    const p = taperPlan(PAROXETINE, 20);
    expect(p.fractionPerStep).toBe(0.1);
    expect(p.steps[0]).toMatchObject({ week: 0, dailyDose: 18, form: 'liquid' });
  });

  it('follows --interval-weeks [design.md: titrate taper]', () => {
    const p = taperPlan(SERTRALINE, 100, { intervalWeeks: 2 });
    expect(p.steps.map((s) => s.week).slice(0, 3)).toEqual([0, 2, 4]);
    expect(p.intervalWeeks).toBe(2);
  });

  it('fits a target end by raising the fraction, still ending at zero [NICE NG222]', () => {
    const p = taperPlan(SERTRALINE, 100, { targetEndWeeks: 24 });
    expect(p.durationWeeks).toBeLessThanOrEqual(24);
    expect(doses(p).at(-1)).toBe(0);
  });

  it('venlafaxine capsules that cannot be split need a compounded preparation [Horowitz & Taylor 2019]', () => {
    const p = taperPlan(VENLAFAXINE, 150, { splitTablets: false });
    expect(p.compoundingNeeded).toBe(true);
    expect(nonIncreasing(reductions(p))).toBe(true);
  });
});

describe('antipsychotic tapers', () => {
  const p = taperPlan(OLANZAPINE, 10);

  it('reduces by a quarter of the most recent dose every 12 weeks [Horowitz 2021]', () => {
    expect(p.intervalWeeks).toBe(12);
    expect(p.steps[0]).toMatchObject({ week: 0, dailyDose: 7.5 });
    expect(p.steps[1]!.week).toBe(12);
    expect(nonIncreasing(reductions(p))).toBe(true);
  });

  it('goes down to about 1/40th of a therapeutic dose before stopping [Horowitz 2021]', () => {
    expect(doses(p).at(-2)!).toBeLessThanOrEqual(7.5 / 40);
    expect(doses(p).at(-1)).toBe(0);
  });
});

describe('benzodiazepine tapers', () => {
  const alprazolam = taperPlan(ALPRAZOLAM, 2);

  it('never removes more than 25% per 2 weeks before the final stop [Joint Clinical Practice Guideline 2025]', () => {
    expect(alprazolam.method).toBe('benzodiazepine-guideline');
    expect(alprazolam.intervalWeeks).toBe(2);
    expect(alprazolam.maxStepFraction).toBe(0.25);
    for (const f of fractions(alprazolam)) expect(f).toBeLessThanOrEqual(0.25 + 1e-9);
  });

  it('typical steps are 5-15% of the current dose, monotonic to zero [Joint Clinical Practice Guideline 2025]', () => {
    expect(alprazolam.fractionPerStep).toBe(0.1);
    expect(nonIncreasing(doses(alprazolam))).toBe(true);
    expect(doses(alprazolam).at(-1)).toBe(0);
    expect(doses(alprazolam).slice(0, 3)).toEqual([1.75, 1.625, 1.5]);
  });

  it('the cap compounds with the interval: 25% per 2 weeks is 43.8% per 4 weeks and 13.4% per week [Joint Clinical Practice Guideline 2025]', () => {
    expect(benzodiazepineMaxStep(2)).toBe(0.25);
    expect(benzodiazepineMaxStep(4)).toBe(0.438);
    expect(benzodiazepineMaxStep(1)).toBe(0.134);
    const diazepam = taperPlan(DIAZEPAM, 20, { intervalWeeks: 4 });
    for (const f of fractions(diazepam)) expect(f).toBeLessThanOrEqual(0.438);
  });

  it('stops from about 1 mg diazepam-equivalent (0.05 mg alprazolam) [Ashton 2002]', () => {
    expect(doses(alprazolam).at(-2)!).toBeLessThanOrEqual(0.05);
  });

  it('clonazepam 1 mg below half-tablet resolution uses compounded doses and suggests diazepam [Joint Clinical Practice Guideline 2025]', () => {
    const p = taperPlan(CLONAZEPAM, 1);
    expect(p.compoundingNeeded).toBe(true);
    expect(p.notes.some((n) => n.includes('switchToDiazepam'))).toBe(true);
    for (const f of fractions(p)) expect(f).toBeLessThanOrEqual(0.25 + 1e-9);
  });

  it('switches alprazolam 2 mg to diazepam 40 mg first, then tapers diazepam [Ashton 2002]', () => {
    const p = taperPlan(ALPRAZOLAM, 2, { switchToDiazepam: true });
    expect(p.steps[0]).toMatchObject({ week: 0, dailyDose: 40, drug: 'diazepam', reductionPercent: 0 });
    expect(p.steps[1]).toMatchObject({ week: 2, dailyDose: 36, drug: 'diazepam' });
    expect(p.steps.every((s) => s.drug === 'diazepam')).toBe(true);
    expect(doses(p).at(-1)).toBe(0);
  });

  it('z-drugs follow the same rate [Maudsley Deprescribing 2024; Ashton 2002]', () => {
    const p = taperPlan(ZOLPIDEM, 10);
    expect(p.method).toBe('benzodiazepine-guideline');
    for (const f of fractions(p)) expect(f).toBeLessThanOrEqual(0.25 + 1e-9);
  });
});

describe('diazepam equivalents', () => {
  it('converts to diazepam mg: alprazolam 2 → 40, lorazepam 3 → 30, clonazepam 1 → 20 [Ashton 2002]', () => {
    expect(benzodiazepineEquivalent(ALPRAZOLAM, 2)).toBe(40);
    expect(benzodiazepineEquivalent('lorazepam', 3)).toBe(30);
    expect(benzodiazepineEquivalent('Clonazepam', 1)).toBe(20);
  });

  it('converts temazepam 30 → 15, chlordiazepoxide 50 → 20, zolpidem 10 → 5, diazepam 10 → 10 [Ashton 2002]', () => {
    expect(benzodiazepineEquivalent('temazepam', 30)).toBe(15);
    expect(benzodiazepineEquivalent('chlordiazepoxide', 50)).toBe(20);
    expect(benzodiazepineEquivalent('zolpidem', 10)).toBe(5);
    expect(benzodiazepineEquivalent('diazepam', 10)).toBe(10);
  });

  it('refuses drugs without an equivalent [Ashton 2002]', () => {
    expect(() => benzodiazepineEquivalent('sertraline', 50)).toThrow(RangeError);
  });
});

describe('linear tapers', () => {
  it('lithium 900 mg: 675, 450, 225, 0 every 2 weeks — stopping takes at least 4 weeks [NICE CG185]', () => {
    const p = taperPlan(LITHIUM, 900);
    expect(p.method).toBe('linear');
    expect(p.steps.map((s) => [s.week, s.dailyDose])).toEqual([
      [0, 675],
      [2, 450],
      [4, 225],
      [6, 0],
    ]);
  });

  it('guanfacine 4 mg: no more than 1 mg a week [Intuniv label]', () => {
    expect(taperPlan(GUANFACINE, 4).steps.map((s) => s.dailyDose)).toEqual([3, 2, 1, 0]);
  });

  it('rejects a zero dose and a zero interval [design.md: exit 2 on bad input]', () => {
    expect(() => taperPlan(SERTRALINE, 0)).toThrow(RangeError);
    expect(() => taperPlan(SERTRALINE, 100, { intervalWeeks: 0 })).toThrow(RangeError);
  });
});

describe('crossTaperPlan', () => {
  const noOverlap = (steps: { fromDailyDose: number; toDailyDose: number }[]) =>
    steps.every((s) => s.fromDailyDose === 0 || s.toDailyDose === 0);

  it('fluoxetine → MAOI: stop, then a 5-week washout, no overlap [Prozac label]', () => {
    const p = crossTaperPlan(FLUOXETINE, 20, PHENELZINE, 45);
    expect(p.method).toBe('washout');
    expect(p.washoutDays).toBe(35);
    const stop = p.steps.find((s) => s.fromDailyDose === 0)!;
    const start = p.steps.find((s) => s.toDailyDose > 0)!;
    expect(start.day - stop.day).toBe(35);
    expect(noOverlap(p.steps)).toBe(true);
  });

  it('sertraline → MAOI: 14-day washout [Nardil label]', () => {
    const p = crossTaperPlan(SERTRALINE, 100, PHENELZINE, 45);
    expect(p.washoutDays).toBe(14);
    expect(noOverlap(p.steps)).toBe(true);
  });

  it('uses the formulary washout when given (vortioxetine-like 21 days) [Nardil label]', () => {
    const v = makeDrug({
      name: 'vortioxetine',
      classes: ['antidepressant', 'atypical-antidepressant'],
      strengthsMg: [5, 10, 20],
      startingDailyMg: 10,
      usual: [10, 20],
      serotonergic: 'high',
      washoutDaysBeforeMaoi: 21,
    });
    expect(crossTaperPlan(v, 20, PHENELZINE, 45).washoutDays).toBe(21);
  });

  it('MAOI → SSRI: 14 days after the last MAOI dose [Nardil label]', () => {
    const p = crossTaperPlan(PHENELZINE, 45, SERTRALINE, 100);
    expect(p.washoutDays).toBe(14);
    const stop = p.steps.find((s) => s.fromDailyDose === 0 && s.toDailyDose === 0)!;
    const start = p.steps.find((s) => s.toDailyDose > 0)!;
    expect(start).toMatchObject({ day: stop.day + 14, toDailyDose: 50 });
  });

  it('bupropion → MAOI needs a washout too (sympathomimetic) [Nardil label]', () => {
    expect(crossTaperPlan(BUPROPION, 300, PHENELZINE, 45).method).toBe('washout');
  });

  it('SSRI → SSRI at similar doses: direct switch [Maudsley Prescribing Guidelines 2021]', () => {
    const p = crossTaperPlan(SERTRALINE, 50, ESCITALOPRAM, 10);
    expect(p.method).toBe('direct-switch');
    expect(p.steps).toEqual([
      { day: 0, week: 0, fromDailyDose: 0, toDailyDose: 10, note: expect.stringContaining('next day') },
    ]);
  });

  it('SSRI at four times the equivalent dose: cross-taper instead [Maudsley Prescribing Guidelines 2021]', () => {
    expect(crossTaperPlan(SERTRALINE, 200, ESCITALOPRAM, 10).method).toBe('cross-taper');
  });

  it('SSRI → SNRI: staggered over 4 weeks, old down to zero, new up to target [Maudsley Prescribing Guidelines 2021]', () => {
    const p = crossTaperPlan(SERTRALINE, 200, VENLAFAXINE, 150);
    expect(p.method).toBe('cross-taper');
    expect(p.steps.map((s) => s.day)).toEqual([0, 7, 14, 21]);
    expect(p.steps.map((s) => s.fromDailyDose)).toEqual([150, 100, 50, 0]);
    expect(p.steps[0]!.toDailyDose).toBe(75);
    expect(p.steps.at(-1)!.toDailyDose).toBe(150);
    expect(nonIncreasing(p.steps.map((s) => -s.toDailyDose))).toBe(true);
    expect(p.notes.some((n) => n.includes('serotonin toxicity'))).toBe(true);
  });

  it('honours a 2-week cross-taper [Maudsley Prescribing Guidelines 2021]', () => {
    const p = crossTaperPlan(SERTRALINE, 200, VENLAFAXINE, 150, { weeks: 2 });
    expect(p.steps.map((s) => [s.fromDailyDose, s.toDailyDose])).toEqual([
      [100, 75],
      [0, 150],
    ]);
  });

  it('antipsychotic switches cross-taper rather than switch directly [Maudsley Prescribing Guidelines 2021]', () => {
    const p = crossTaperPlan(OLANZAPINE, 10, CLOZAPINE, 300);
    expect(p.method).toBe('cross-taper');
    expect(p.steps[0]).toMatchObject({ fromDailyDose: 7.5, toDailyDose: 12.5 });
  });
});
