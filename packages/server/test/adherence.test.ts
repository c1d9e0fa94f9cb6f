import { getDrug } from '@titrate/clinical';
import { describe, expect, it } from 'vitest';
import {
  adherenceAlerts,
  doseLogCoverage,
  missedInARow,
  refillCoverage,
  summarizeSkipReasons,
} from '../src/reminders/adherence.js';

const days = (from: number, to: number, value: number, month = '2026-11') =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => [`${month}-${String(from + i).padStart(2, '0')}`, value] as const,
  );

describe('proportion of days covered from the dose log (hand-computed)', () => {
  it('twice-daily dose, 14 days ending 14 Nov, 3 days short', () => {
    // Expected 2 doses on each of 1–14 Nov (14 eligible days).
    // Taken: 2 on every day except 3 Nov (1), 7 Nov (0), 10 Nov (1) → 11 covered days.
    // PDC = 11 / 14 = 0.7857… → 0.786.
    const expected = new Map(days(1, 14, 2));
    const taken = new Map(days(1, 14, 2));
    taken.set('2026-11-03', 1);
    taken.set('2026-11-07', 0);
    taken.set('2026-11-10', 1);
    expect(doseLogCoverage({ expected, taken }, '2026-11-14', 14)).toEqual({
      days: 14,
      eligibleDays: 14,
      coveredDays: 11,
      pdc: 0.786,
    });
  });
  it('counts only days with a scheduled dose (schedule started on 10 Nov)', () => {
    // Window 1–14 Nov, schedule from 10 Nov: eligible 10–14 (5 days); taken on 10, 11, 13, 14 → 4/5 = 0.8.
    const expected = new Map(days(10, 14, 1));
    const taken = new Map([...days(10, 11, 1), ...days(13, 14, 1)]);
    expect(doseLogCoverage({ expected, taken }, '2026-11-14', 14)).toMatchObject({
      eligibleDays: 5,
      coveredDays: 4,
      pdc: 0.8,
    });
  });
  it('30-day window across a month boundary', () => {
    // 16 Oct–14 Nov = 30 days, once daily; missed 20 Oct, 31 Oct, 1 Nov → 27/30 = 0.9.
    const expected = new Map([...days(16, 31, 1, '2026-10'), ...days(1, 14, 1)]);
    const taken = new Map(expected);
    for (const d of ['2026-10-20', '2026-10-31', '2026-11-01']) taken.delete(d);
    expect(doseLogCoverage({ expected, taken }, '2026-11-14', 30)).toMatchObject({
      eligibleDays: 30,
      coveredDays: 27,
      pdc: 0.9,
    });
  });
  it('has no figure without scheduled doses', () => {
    expect(doseLogCoverage({ expected: new Map(), taken: new Map() }, '2026-11-14', 14).pdc).toBeNull();
  });
});

describe('proportion of days covered from refills (hand-computed)', () => {
  it('shifts an early refill to start when the previous supply runs out', () => {
    // Window 2 Oct–31 Oct (30 days). Fill 1 Sep ×30 covers 1–30 Sep (none in window).
    // Fill 25 Sep ×30: covers 25 Sep–24 Oct → 2–24 Oct in window = 23 days.
    // Fill 20 Oct ×30 (early): starts 25 Oct → 25–31 Oct in window = 7 days. Total 30/30 = 1.
    const fills = [
      { date: '2026-09-01', daysSupply: 30 },
      { date: '2026-09-25', daysSupply: 30 },
      { date: '2026-10-20', daysSupply: 30 },
    ];
    expect(refillCoverage(fills, '2026-10-31', 30)).toMatchObject({ coveredDays: 30, pdc: 1 });
  });
  it('counts a gap between fills', () => {
    // Window 2–31 Oct. Fill 1 Oct ×10 covers 1–10 Oct → 2–10 in window = 9 days.
    // Fill 21 Oct ×30 covers 21–31 Oct in window = 11 days. 20/30 = 0.667.
    const fills = [
      { date: '2026-10-21', daysSupply: 30 },
      { date: '2026-10-01', daysSupply: 10 },
    ];
    expect(refillCoverage(fills, '2026-10-31', 30)).toMatchObject({ coveredDays: 20, pdc: 0.667 });
  });
});

describe('skip reasons and runs of misses', () => {
  it('summarizes reasons', () => {
    expect(summarizeSkipReasons(['cost', 'cost', 'felt-off', null])).toEqual({
      forgot: 0,
      'side-effects': 0,
      cost: 2,
      'ran-out': 0,
      'felt-fine': 0,
      'felt-off': 1,
    });
  });
  it('counts scheduled doses since the last one taken', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 10, 1, h));
    const scheduled = [at(8), at(20), at(32), at(44), at(56)];
    // Last taken at 08:30 → doses at 20, 32, 44 are missed by now (hour 50); 56 is in the future.
    expect(missedInARow(scheduled, new Date(Date.UTC(2026, 10, 1, 8, 30)), at(50))).toBe(3);
    expect(missedInARow(scheduled, at(45), at(50))).toBe(0);
    expect(missedInARow(scheduled, null, at(50))).toBe(4);
  });
});

describe('alerts', () => {
  const fine = { days: 14, eligibleDays: 14, coveredDays: 13, pdc: 0.929 };
  const low = { days: 14, eligibleDays: 14, coveredDays: 10, pdc: 0.714 };
  it('raises nothing when adherence is fine', () => {
    expect(adherenceAlerts({ drug: getDrug('sertraline'), pdc14: fine, hoursWithoutDose: 20 })).toEqual([]);
    expect(adherenceAlerts({ drug: getDrug('clozapine'), pdc14: fine, hoursWithoutDose: 47 })).toEqual([]);
  });
  it('raises a routine task below 80% over 14 days', () => {
    const alerts = adherenceAlerts({ drug: getDrug('quetiapine'), pdc14: low, hoursWithoutDose: 10 });
    expect(alerts).toEqual([expect.objectContaining({ rule: 'adherence-below-80', priority: 'routine' })]);
  });
  it('raises an urgent re-titration task after 48 hours without clozapine', () => {
    const alerts = adherenceAlerts({ drug: getDrug('clozapine'), pdc14: fine, hoursWithoutDose: 49 });
    expect(alerts).toEqual([expect.objectContaining({ rule: 'clozapine-retitration', priority: 'urgent' })]);
    expect(alerts[0]!.title).toMatch(/re-titration/);
  });
  it('raises a discontinuation task for benzodiazepines, lithium and antidepressants after two days, not for low-risk drugs', () => {
    for (const name of ['alprazolam', 'lithium', 'paroxetine', 'sertraline']) {
      const alerts = adherenceAlerts({ drug: getDrug(name), pdc14: fine, hoursWithoutDose: 50 });
      expect(
        alerts.map((a) => a.rule),
        name,
      ).toEqual(['discontinuation-risk']);
    }
    expect(adherenceAlerts({ drug: getDrug('sertraline'), pdc14: fine, hoursWithoutDose: 40 })).toEqual([]);
    expect(adherenceAlerts({ drug: getDrug('quetiapine'), pdc14: fine, hoursWithoutDose: 72 })).toEqual([]);
  });
});
