import { describe, expect, it } from 'vitest';
import {
  anchorsForDate,
  deferPastQuietHours,
  localToUtc,
  occurrences,
  type Routine,
  type ScheduleItem,
  snoozeUntil,
} from '../src/reminders/schedule.js';
import { doseTextOn } from '../src/reminders/titration.js';

const routine = (over: Partial<Routine> = {}): Routine => ({
  timeZone: 'America/New_York',
  anchors: { wake: '07:00', breakfast: '08:00', dinner: '18:30', bedtime: '22:30' },
  weekdays: {},
  shiftPattern: null,
  quietHours: null,
  ...over,
});
const item = (over: Partial<ScheduleItem> = {}): ScheduleItem => ({
  id: 's1',
  anchor: 'breakfast',
  offsetMinutes: 0,
  startDate: '2026-01-01',
  endDate: null,
  ...over,
});
const iso = (d: Date) => d.toISOString();

describe('local time to UTC', () => {
  it('keeps 08:00 New York at 08:00 local across the spring change (2026-03-08)', () => {
    // Saturday 7 March: EST (UTC-5) → 13:00Z. Sunday 8 March: EDT (UTC-4) from 02:00 → 12:00Z.
    expect(iso(localToUtc('2026-03-07', '08:00', 'America/New_York'))).toBe('2026-03-07T13:00:00.000Z');
    expect(iso(localToUtc('2026-03-08', '08:00', 'America/New_York'))).toBe('2026-03-08T12:00:00.000Z');
  });
  it('moves a time in the spring-forward gap to the next valid minute', () => {
    // 02:30 does not exist on 8 March 2026; clocks jump from 02:00 EST (07:00Z) to 03:00 EDT.
    expect(iso(localToUtc('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(localToUtc('2026-03-08', '02:00', 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(localToUtc('2026-03-08', '03:00', 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(localToUtc('2026-03-08', '03:01', 'America/New_York'))).toBe('2026-03-08T07:01:00.000Z');
  });
  it('takes the first of an ambiguous fall-back time (2026-11-01)', () => {
    // 01:30 happens twice: first in EDT (05:30Z), then in EST (06:30Z).
    expect(iso(localToUtc('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    // 08:00 on the change day is EST: 13:00Z; the day before EDT: 12:00Z.
    expect(iso(localToUtc('2026-10-31', '08:00', 'America/New_York'))).toBe('2026-10-31T12:00:00.000Z');
    expect(iso(localToUtc('2026-11-01', '08:00', 'America/New_York'))).toBe('2026-11-01T13:00:00.000Z');
  });
  it('handles a southern-hemisphere zone (Australia/Sydney)', () => {
    // Sydney leaves daylight time (UTC+11 → UTC+10) at 03:00 on Sunday 5 April 2026 and
    // starts it again at 02:00 on Sunday 4 October 2026.
    expect(iso(localToUtc('2026-04-04', '08:00', 'Australia/Sydney'))).toBe('2026-04-03T21:00:00.000Z');
    expect(iso(localToUtc('2026-04-05', '08:00', 'Australia/Sydney'))).toBe('2026-04-04T22:00:00.000Z');
    // 02:30 on 4 October does not exist → 03:00 AEDT = 16:00Z on 3 October.
    expect(iso(localToUtc('2026-10-04', '02:30', 'Australia/Sydney'))).toBe('2026-10-03T16:00:00.000Z');
    // 02:30 on 5 April happens twice: first in AEDT (15:30Z on the 4th).
    expect(iso(localToUtc('2026-04-05', '02:30', 'Australia/Sydney'))).toBe('2026-04-04T15:30:00.000Z');
  });
});

describe('routine anchors', () => {
  it('applies weekday overrides over the usual day', () => {
    const r = routine({ weekdays: { sat: { wake: '09:30', breakfast: '10:00' } } });
    // 2026-11-07 is a Saturday, 2026-11-09 a Monday.
    expect(anchorsForDate(r, '2026-11-07')).toMatchObject({
      wake: '09:30',
      breakfast: '10:00',
      bedtime: '22:30',
    });
    expect(anchorsForDate(r, '2026-11-09')).toMatchObject({ wake: '07:00', breakfast: '08:00' });
  });
  it('follows a shift worker’s 4-nights-on, 3-off cycle from its start date', () => {
    const night = { wake: '15:00', breakfast: '15:30', bedtime: '08:30' };
    const off = { wake: '10:00', breakfast: '10:30', bedtime: '01:00' };
    const r = routine({
      weekdays: { sun: { breakfast: '09:00' } },
      shiftPattern: { startDate: '2026-11-02', days: [night, night, night, night, off, off, off] },
    });
    // Before the cycle starts: weekday rules (1 Nov is a Sunday).
    expect(anchorsForDate(r, '2026-11-01').breakfast).toBe('09:00');
    expect(anchorsForDate(r, '2026-11-02').breakfast).toBe('15:30'); // day 0: night
    expect(anchorsForDate(r, '2026-11-05').breakfast).toBe('15:30'); // day 3: night
    expect(anchorsForDate(r, '2026-11-06').breakfast).toBe('10:30'); // day 4: off
    expect(anchorsForDate(r, '2026-11-08').breakfast).toBe('10:30'); // day 6: off (a Sunday: cycle wins)
    expect(anchorsForDate(r, '2026-11-09').breakfast).toBe('15:30'); // day 7 = day 0 again
    expect(anchorsForDate(r, '2026-11-09').dinner).toBe('18:30'); // not in the cycle day: usual day
  });
});

describe('occurrences', () => {
  it('lists a breakfast dose at 08:00 local on both sides of the fall-back change', () => {
    const found = occurrences(
      routine(),
      [item()],
      new Date('2026-10-30T00:00:00Z'),
      new Date('2026-11-03T00:00:00Z'),
    );
    expect(found.map((o) => iso(o.dueAt))).toEqual([
      '2026-10-30T12:00:00.000Z',
      '2026-10-31T12:00:00.000Z',
      '2026-11-01T13:00:00.000Z',
      '2026-11-02T13:00:00.000Z',
    ]);
    expect(found.map((o) => o.localDate)).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
  });
  it('applies offsets, start and end dates', () => {
    const found = occurrences(
      routine(),
      [item({ anchor: 'bedtime', offsetMinutes: 90, startDate: '2026-03-06', endDate: '2026-03-07' })],
      new Date('2026-03-05T00:00:00Z'),
      new Date('2026-03-10T00:00:00Z'),
    );
    // 22:30 + 90 min = 00:00 the next local day; EST: 05:00Z.
    expect(found.map((o) => iso(o.scheduledFor))).toEqual([
      '2026-03-07T05:00:00.000Z',
      '2026-03-08T05:00:00.000Z',
    ]);
  });
  it('lists a shift worker’s doses on their own days', () => {
    const night = { breakfast: '15:30' };
    const off = { breakfast: '10:30' };
    const r = routine({ shiftPattern: { startDate: '2026-11-02', days: [night, night, off] } });
    const found = occurrences(
      r,
      [item()],
      new Date('2026-11-02T00:00:00Z'),
      new Date('2026-11-05T00:00:00Z'),
    );
    // EST (UTC-5) after 1 November.
    expect(found.map((o) => iso(o.dueAt))).toEqual([
      '2026-11-02T20:30:00.000Z',
      '2026-11-03T20:30:00.000Z',
      '2026-11-04T15:30:00.000Z',
    ]);
  });
  it('gives a Sydney patient their local time', () => {
    const r = routine({ timeZone: 'Australia/Sydney' });
    const found = occurrences(
      r,
      [item()],
      new Date('2026-04-03T00:00:00Z'),
      new Date('2026-04-06T00:00:00Z'),
    );
    expect(found.map((o) => iso(o.dueAt))).toEqual([
      '2026-04-03T21:00:00.000Z', // Sat 4 Apr 08:00 AEDT
      '2026-04-04T22:00:00.000Z', // Sun 5 Apr 08:00 AEST
      '2026-04-05T22:00:00.000Z', // Mon 6 Apr 08:00 AEST
    ]);
  });
});

describe('quiet hours and snooze', () => {
  const quiet = routine({ quietHours: { start: '22:00', end: '07:00' } });
  it('defers a reminder inside quiet hours (wrapping midnight) to their end', () => {
    // 23:00 EST on 2 Nov (04:00Z on the 3rd) → 07:00 EST on the 3rd = 12:00Z.
    expect(iso(deferPastQuietHours(new Date('2026-11-03T04:00:00Z'), quiet))).toBe(
      '2026-11-03T12:00:00.000Z',
    );
    // 05:00 EST on the 3rd (10:00Z) → 07:00 the same day.
    expect(iso(deferPastQuietHours(new Date('2026-11-03T10:00:00Z'), quiet))).toBe(
      '2026-11-03T12:00:00.000Z',
    );
  });
  it('leaves a reminder outside quiet hours alone', () => {
    expect(iso(deferPastQuietHours(new Date('2026-11-03T13:00:00Z'), quiet))).toBe(
      '2026-11-03T13:00:00.000Z',
    );
    expect(iso(deferPastQuietHours(new Date('2026-11-03T12:00:00Z'), quiet))).toBe(
      '2026-11-03T12:00:00.000Z',
    );
  });
  it('defers a bedtime dose reminder but keeps the dose time', () => {
    const found = occurrences(
      quiet,
      [item({ anchor: 'bedtime' })],
      new Date('2026-11-03T00:00:00Z'),
      new Date('2026-11-04T00:00:00Z'),
    );
    // Bedtime 22:30 on 2 Nov (03:30Z on the 3rd) is in quiet hours → due 07:00 on the 3rd.
    expect(found).toHaveLength(1);
    expect(iso(found[0]!.scheduledFor)).toBe('2026-11-03T03:30:00.000Z');
    expect(iso(found[0]!.dueAt)).toBe('2026-11-03T12:00:00.000Z');
  });
  it('snoozes by the given minutes, but not into quiet hours', () => {
    expect(iso(snoozeUntil(new Date('2026-11-03T13:00:00Z'), 15, quiet))).toBe('2026-11-03T13:15:00.000Z');
    // 21:50 EST + 15 min = 22:05, quiet → 07:00 next day.
    expect(iso(snoozeUntil(new Date('2026-11-04T02:50:00Z'), 15, quiet))).toBe('2026-11-04T12:00:00.000Z');
  });
});

describe('titration and taper steps', () => {
  const steps = [
    { afterDays: 0, doseAmount: 25, doseUnit: 'mg' },
    { afterDays: 7, doseAmount: 50, doseUnit: 'mg', note: 'two tablets' },
    { afterDays: 14, doseAmount: 0, doseUnit: 'mg' },
  ];
  it('shows the step in force on each local day and ends at a zero step', () => {
    // Start 1 Nov: days 0–6 (1–7 Nov) 25 mg, days 7–13 (8–14 Nov) 50 mg, from 15 Nov stopped.
    expect(doseTextOn('one tablet', '2026-11-01', steps, '2026-11-07')).toBe('25 mg');
    expect(doseTextOn('one tablet', '2026-11-01', steps, '2026-11-08')).toBe('50 mg (two tablets)');
    expect(doseTextOn('one tablet', '2026-11-01', steps, '2026-11-15')).toBeNull();
    expect(doseTextOn('one tablet', '2026-11-01', [], '2026-11-15')).toBe('one tablet');
    expect(doseTextOn('one tablet', '2026-11-05', steps.slice(1), '2026-11-06')).toBe('one tablet');
  });
});
