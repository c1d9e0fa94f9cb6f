import { describe, expect, it } from 'vitest';
import type { MonitoringProtocolId } from '../src/formulary/types.js';
import {
  dueItems,
  findTest,
  MONITORING_PROTOCOLS,
  type MonitoringItem,
  monitoringSchedule,
  scheduleForRegimen,
} from '../src/monitoring/index.js';
import { SOURCES } from '../src/sources/index.js';
import {
  CARBAMAZEPINE,
  CLOZAPINE,
  ESKETAMINE,
  HALOPERIDOL,
  LITHIUM,
  METHYLPHENIDATE,
  OLANZAPINE,
  SERTRALINE,
  VALPROATE,
} from './monitoring-fixtures.js';

const dues = (items: MonitoringItem[], test: string): string[] =>
  items.filter((i) => i.test === test).map((i) => i.due);

describe('lithium protocol', () => {
  const schedule = monitoringSchedule(LITHIUM, '2026-01-15', { age: 30, sex: 'female' });

  it('puts renal, thyroid, calcium, electrolytes, weight and pregnancy test on the start date [NICE CG185; lithium label]', () => {
    const baseline = schedule.filter((i) => i.due === '2026-01-15').map((i) => i.test);
    expect(baseline.sort()).toEqual([
      'calcium',
      'creatinine',
      'egfr',
      'pregnancy-test',
      'sodium',
      'tsh',
      'weight',
    ]);
    expect(schedule.filter((i) => i.due === '2026-01-15').every((i) => i.kind === 'baseline')).toBe(true);
  });

  it('schedules trough levels at 1 and 2 weeks, 3-monthly in year 1, then 6-monthly [NICE CG185]', () => {
    expect(dues(schedule, 'lithium')).toEqual([
      '2026-01-22',
      '2026-01-29',
      '2026-04-15',
      '2026-07-15',
      '2026-10-15',
      '2027-01-15',
      '2027-07-15',
      '2028-01-15',
    ]);
  });

  it('keeps levels 3-monthly after the first year from age 65 [NICE CG185]', () => {
    const older = monitoringSchedule(LITHIUM, '2026-01-15', { age: 70, sex: 'female' });
    expect(dues(older, 'lithium')).toContain('2027-04-15');
    expect(dues(older, 'lithium')).toHaveLength(10);
    expect(dues(schedule, 'lithium')).not.toContain('2027-04-15');
  });

  it('checks TSH and eGFR every 6 months for two years [NICE CG185]', () => {
    const sixMonthly = ['2026-01-15', '2026-07-15', '2027-01-15', '2027-07-15', '2028-01-15'];
    expect(dues(schedule, 'tsh')).toEqual(sixMonthly);
    expect(dues(schedule, 'egfr')).toEqual(sixMonthly);
  });

  it('codes the tests with LOINC: lithium 14334-7, TSH 3016-3, creatinine 2160-0, eGFR 98979-8, calcium 17861-6 [LOINC 2.80]', () => {
    const code = (t: string) => schedule.find((i) => i.test === t)?.loinc;
    expect(code('lithium')).toBe('14334-7');
    expect(code('tsh')).toBe('3016-3');
    expect(code('creatinine')).toBe('2160-0');
    expect(code('egfr')).toBe('98979-8');
    expect(code('calcium')).toBe('17861-6');
    expect(code('sodium')).toBe('2951-2');
    expect(code('pregnancy-test')).toBe('2106-3');
  });

  it('adds a baseline ECG only over 40 or with cardiac history [lithium label]', () => {
    expect(dues(schedule, 'qtc')).toEqual([]);
    expect(dues(monitoringSchedule(LITHIUM, '2026-01-15', { age: 45 }), 'qtc')).toEqual(['2026-01-15']);
    expect(dues(monitoringSchedule(LITHIUM, '2026-01-15', { age: 30, cardiacHistory: true }), 'qtc')).toEqual(
      ['2026-01-15'],
    );
  });

  it('omits the pregnancy test for men [lithium label]', () => {
    expect(
      dues(monitoringSchedule(LITHIUM, '2026-01-15', { age: 30, sex: 'male' }), 'pregnancy-test'),
    ).toEqual([]);
  });

  it('lists a test due on the same day from two protocols once, with both reasons [NICE CG185; KDIGO 2012]', () => {
    const creatinine = schedule.filter((i) => i.test === 'creatinine' && i.due === '2026-01-15');
    expect(creatinine).toHaveLength(1);
    expect(creatinine[0]!.protocols).toEqual(['lithium', 'renal']);
    expect(creatinine[0]!.reasons).toHaveLength(2);
  });

  it('is sorted by due date and runs two years by default [design.md: titrate monitoring]', () => {
    const all = schedule.map((i) => i.due);
    expect([...all].sort()).toEqual(all);
    expect(all[all.length - 1]).toBe('2028-01-15');
  });

  it('stops at --until [design.md: titrate monitoring]', () => {
    const short = monitoringSchedule(LITHIUM, '2026-01-15', { until: '2026-03-01', age: 30 });
    expect(short.every((i) => i.due <= '2026-03-01')).toBe(true);
    expect(dues(short, 'lithium')).toEqual(['2026-01-22', '2026-01-29']);
  });
});

describe('second-generation antipsychotic metabolic protocol', () => {
  const schedule = monitoringSchedule(OLANZAPINE, '2026-03-02', { age: 30 });

  it('weighs at baseline, 4, 8 and 12 weeks, then quarterly [ADA/APA 2004]', () => {
    expect(dues(schedule, 'weight')).toEqual([
      '2026-03-02',
      '2026-03-30',
      '2026-04-27',
      '2026-05-25',
      '2026-09-02',
      '2026-12-02',
      '2027-03-02',
      '2027-06-02',
      '2027-09-02',
      '2027-12-02',
      '2028-03-02',
    ]);
  });

  it('checks fasting glucose and blood pressure at baseline, 12 weeks, then yearly [ADA/APA 2004]', () => {
    const expected = ['2026-03-02', '2026-05-25', '2027-03-02', '2028-03-02'];
    expect(dues(schedule, 'fasting-glucose')).toEqual(expected);
    expect(dues(schedule, 'blood-pressure')).toEqual(expected);
  });

  it('checks lipids at baseline and 12 weeks, then 5-yearly (none in the next two years) [ADA/APA 2004]', () => {
    expect(dues(schedule, 'lipid-panel')).toEqual(['2026-03-02', '2026-05-25']);
  });

  it('measures waist circumference at baseline and yearly [ADA/APA 2004]', () => {
    expect(dues(schedule, 'waist')).toEqual(['2026-03-02', '2027-03-02', '2028-03-02']);
  });

  it('codes metabolic tests with LOINC (glucose 1558-6, lipids 57698-3, weight 29463-7, BMI 39156-5, BP 85354-9, waist 8280-0) [LOINC 2.80]', () => {
    const code = (t: string) => schedule.find((i) => i.test === t)?.loinc;
    expect(code('fasting-glucose')).toBe('1558-6');
    expect(code('lipid-panel')).toBe('57698-3');
    expect(code('weight')).toBe('29463-7');
    expect(code('bmi')).toBe('39156-5');
    expect(code('blood-pressure')).toBe('85354-9');
    expect(code('waist')).toBe('8280-0');
  });

  it('assesses movements yearly, or 6-monthly from age 55 or on a first-generation drug [APA schizophrenia 2020]', () => {
    expect(dues(schedule, 'aims')).toEqual(['2026-03-02', '2027-03-02', '2028-03-02']);
    expect(dues(monitoringSchedule(OLANZAPINE, '2026-03-02', { age: 60 }), 'aims')).toEqual([
      '2026-03-02',
      '2026-09-02',
      '2027-03-02',
      '2027-09-02',
      '2028-03-02',
    ]);
    expect(dues(monitoringSchedule(HALOPERIDOL, '2026-03-02', { age: 30 }), 'aims')).toHaveLength(5);
  });

  it('screens for hyperprolactinaemia each visit until stable, then yearly [APA schizophrenia 2020]', () => {
    expect(
      dues(monitoringSchedule(HALOPERIDOL, '2026-03-02', { until: '2027-03-02' }), 'prolactin-symptoms'),
    ).toEqual(['2026-03-02', '2026-03-30', '2026-04-27', '2026-05-25', '2027-03-02']);
  });
});

describe('clozapine protocol', () => {
  const schedule = monitoringSchedule(CLOZAPINE, '2026-01-05', { age: 35 });
  const anc = dues(schedule, 'anc');

  it('checks ANC at baseline and weekly for 6 months [clozapine label; FDA 2025: schedule unchanged after REMS]', () => {
    expect(anc.slice(0, 5)).toEqual(['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02']);
    expect(anc.filter((d) => d <= '2026-07-06')).toHaveLength(27);
    expect(anc).toContain('2026-07-06');
  });

  it('then every 2 weeks in months 6-12 and monthly after 12 months [clozapine label]', () => {
    const secondHalf = anc.filter((d) => d > '2026-07-06' && d <= '2027-01-04');
    expect(secondHalf).toHaveLength(13);
    expect(secondHalf[0]).toBe('2026-07-20');
    expect(secondHalf[secondHalf.length - 1]).toBe('2027-01-04');
    expect(anc.filter((d) => d > '2027-01-04').slice(0, 3)).toEqual([
      '2027-02-05',
      '2027-03-05',
      '2027-04-05',
    ]);
  });

  it('codes ANC as LOINC 751-8 [LOINC 2.80]', () => {
    expect(schedule.find((i) => i.test === 'anc')?.loinc).toBe('751-8');
  });

  it('monitors troponin and CRP weekly for the first 4 weeks [Ronaldson 2011]', () => {
    const weekly = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02'];
    expect(dues(schedule, 'troponin')).toEqual(weekly);
    expect(dues(schedule, 'crp')).toEqual(weekly);
  });

  it('includes the metabolic protocol [clozapine label; ADA/APA 2004]', () => {
    expect(dues(schedule, 'weight').slice(0, 2)).toEqual(['2026-01-05', '2026-02-02']);
  });
});

describe('other protocols', () => {
  it('valproate: liver tests at baseline, months 1, 2, 3, then 6-monthly; level at day 5 [Depakote label]', () => {
    const s = monitoringSchedule(VALPROATE, '2026-01-01', { until: '2027-01-01', sex: 'male' });
    expect(dues(s, 'alt')).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-07-01',
      '2027-01-01',
    ]);
    expect(dues(s, 'valproate')[0]).toBe('2026-01-06');
    expect(s.find((i) => i.test === 'valproate')?.loinc).toBe('4086-1');
    expect(dues(s, 'pregnancy-test')).toEqual([]);
  });

  it('carbamazepine: HLA-B*15:02 at baseline, level at 1 and 4 weeks (autoinduction) [Tegretol label]', () => {
    const s = monitoringSchedule(CARBAMAZEPINE, '2026-01-01', { until: '2026-03-01' });
    expect(dues(s, 'hla-b-1502')).toEqual(['2026-01-01']);
    expect(dues(s, 'carbamazepine')).toEqual(['2026-01-08', '2026-01-29']);
    expect(s.find((i) => i.test === 'carbamazepine')?.loinc).toBe('3432-7');
    expect(dues(s, 'sodium')).toEqual(['2026-01-01', '2026-02-01']);
  });

  it('stimulants: BP and heart rate at baseline and monthly during titration; height only in children [AAP 2019]', () => {
    const child = monitoringSchedule(METHYLPHENIDATE, '2026-01-01', { age: 10, until: '2026-07-01' });
    expect(dues(child, 'blood-pressure')).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-07-01',
    ]);
    expect(dues(child, 'heart-rate')[0]).toBe('2026-01-01');
    expect(child.find((i) => i.test === 'heart-rate')?.loinc).toBe('8867-4');
    expect(dues(child, 'height')).toEqual(['2026-01-01', '2026-07-01']);
    expect(dues(monitoringSchedule(METHYLPHENIDATE, '2026-01-01', { age: 30 }), 'height')).toEqual([]);
  });

  it('antidepressants under 25: suicidality checks weekly to week 4, then weeks 6, 8, 12 [FDA antidepressant boxed warning]', () => {
    const young = monitoringSchedule(SERTRALINE, '2026-01-01', { age: 20 });
    expect(dues(young, 'suicidality-check')).toEqual([
      '2026-01-01',
      '2026-01-08',
      '2026-01-15',
      '2026-01-22',
      '2026-01-29',
      '2026-02-12',
      '2026-02-26',
      '2026-03-26',
    ]);
    expect(dues(monitoringSchedule(SERTRALINE, '2026-01-01', { age: 40 }), 'suicidality-check')).toEqual([]);
  });

  it('SSRIs from age 65: sodium at baseline and 4 weeks, none at 40 [Jacob & Spinler 2006]', () => {
    expect(dues(monitoringSchedule(SERTRALINE, '2026-01-01', { age: 70 }), 'sodium')).toEqual([
      '2026-01-01',
      '2026-01-29',
    ]);
    expect(dues(monitoringSchedule(SERTRALINE, '2026-01-01', { age: 40 }), 'sodium')).toEqual([]);
  });

  it('esketamine: blood pressure at each twice-weekly induction session [Spravato label/REMS]', () => {
    const s = monitoringSchedule(ESKETAMINE, '2026-01-05', { until: '2026-02-15' });
    expect(dues(s, 'blood-pressure')).toEqual([
      '2026-01-05',
      '2026-01-08',
      '2026-01-12',
      '2026-01-15',
      '2026-01-19',
      '2026-01-22',
      '2026-01-26',
      '2026-01-29',
      '2026-02-02',
      '2026-02-09',
    ]);
  });

  it('defines every protocol the formulary can name, with catalogued tests and registered sources [project rule: every fact carries its source]', () => {
    const ids = Object.keys(MONITORING_PROTOCOLS) as MonitoringProtocolId[];
    expect(ids).toHaveLength(23);
    for (const id of ids) {
      const p = MONITORING_PROTOCOLS[id];
      expect(p.items.length).toBeGreaterThan(0);
      for (const item of p.items) {
        expect(findTest(item.test)?.id).toBe(item.test);
        for (const s of item.sources) expect(SOURCES.has(s)).toBe(true);
      }
    }
  });

  it('rejects an unknown drug and an impossible date [design.md: exit 2 on bad input]', () => {
    expect(() => monitoringSchedule('notadrug-xyz', '2026-01-01')).toThrow(RangeError);
    expect(() => monitoringSchedule(LITHIUM, '2026-02-30')).toThrow(/Invalid start date/);
  });
});

describe('scheduleForRegimen', () => {
  it('lists a test needed by two drugs once, with both reasons [ADA/APA 2004; NICE CG185]', () => {
    const s = scheduleForRegimen(
      [
        { drug: OLANZAPINE, startDate: '2026-01-01' },
        { drug: LITHIUM, startDate: '2026-01-01' },
      ],
      '2026-01-01',
      { age: 30, sex: 'male' },
    );
    const weight = s.filter((i) => i.test === 'weight' && i.due === '2026-01-01');
    expect(weight).toHaveLength(1);
    expect(weight[0]!.drugs.sort()).toEqual(['lithium', 'olanzapine']);
    expect(weight[0]!.reasons).toHaveLength(2);
  });

  it('merges the same test from different drugs within 7 days at the earlier date [ADA/APA 2004; NICE CG185]', () => {
    const s = scheduleForRegimen(
      [
        { drug: LITHIUM, startDate: '2026-01-01' },
        { drug: OLANZAPINE, startDate: '2026-01-04' },
      ],
      '2026-01-01',
      { age: 30, sex: 'male' },
    );
    const early = s.filter((i) => i.test === 'weight' && i.due <= '2026-01-08');
    expect(early).toHaveLength(1);
    expect(early[0]!.due).toBe('2026-01-01');
    expect(early[0]!.drugs.sort()).toEqual(['lithium', 'olanzapine']);
  });

  it('adds a lithium level one week after the last dose change [NICE CG185]', () => {
    const s = scheduleForRegimen(
      [{ drug: LITHIUM, startDate: '2025-06-01', lastDoseChange: '2026-03-01' }],
      '2026-03-02',
    );
    const level = s.find((i) => i.test === 'lithium' && i.kind === 'after-dose-change');
    expect(level?.due).toBe('2026-03-08');
  });

  it('keeps only the latest past occurrence of a series [clozapine label]', () => {
    const s = scheduleForRegimen([{ drug: CLOZAPINE, startDate: '2026-01-05' }], '2026-03-01');
    const anc = dues(s, 'anc');
    expect(anc.filter((d) => d <= '2026-03-01')).toEqual(['2026-02-23']);
    expect(anc[1]).toBe('2026-03-02');
  });
});

describe('dueItems', () => {
  const clozapine = monitoringSchedule(CLOZAPINE, '2026-01-05');

  it('reports baseline tests as overdue when nothing is done [clozapine label]', () => {
    const due = dueItems(clozapine, [], '2026-01-07', { horizonDays: 0 });
    const anc = due.find((d) => d.test === 'anc');
    expect(anc).toMatchObject({ due: '2026-01-05', status: 'overdue', daysOverdue: 2, missedCount: 1 });
  });

  it('treats a result within the window as done, and lists nothing for that test [clozapine label]', () => {
    const due = dueItems(
      clozapine,
      [
        { test: 'anc', date: '2026-01-05' },
        { test: 'ANC', date: '2026-01-12' },
      ],
      '2026-01-14',
      { horizonDays: 0 },
    );
    expect(due.find((d) => d.test === 'anc')).toBeUndefined();
  });

  it('lists an item due in the coming week as due [clozapine label]', () => {
    const due = dueItems(clozapine, [{ test: 'anc', date: '2026-01-12' }], '2026-01-14');
    expect(due.find((d) => d.test === 'anc')).toMatchObject({
      due: '2026-01-19',
      status: 'due',
      daysOverdue: 0,
    });
  });

  it('reports missed weekly counts once, from the first missed date [clozapine label]', () => {
    const due = dueItems(clozapine, [{ test: '751-8', date: '2026-01-05' }], '2026-01-27', {
      horizonDays: 0,
    });
    expect(due.find((d) => d.test === 'anc')).toMatchObject({
      due: '2026-01-12',
      daysOverdue: 15,
      missedCount: 3,
    });
  });

  it('accepts HbA1c for fasting glucose [APA schizophrenia 2020]', () => {
    const s = monitoringSchedule(OLANZAPINE, '2026-03-02');
    const due = dueItems(s, [{ test: 'HbA1c', date: '2026-03-02' }], '2026-03-05', { horizonDays: 0 });
    expect(due.find((d) => d.test === 'fasting-glucose')).toBeUndefined();
    expect(due.find((d) => d.test === 'lipid-panel')?.status).toBe('overdue');
  });

  it('does not count a result from before the item window (a lithium level before steady state) [NICE CG185]', () => {
    const s = monitoringSchedule(LITHIUM, '2026-01-15', { until: '2026-02-01' });
    const due = dueItems(s, [{ test: 'lithium', date: '2026-01-17' }], '2026-01-23', { horizonDays: 0 });
    expect(due.find((d) => d.test === 'lithium')).toMatchObject({ due: '2026-01-22', status: 'overdue' });
    const late = dueItems(s, [{ test: 'lithium', date: '2026-01-23' }], '2026-01-23', { horizonDays: 0 });
    expect(late.find((d) => d.test === 'lithium')).toBeUndefined();
  });
});
