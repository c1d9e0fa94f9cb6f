import { DateTime, IANAZone } from 'luxon';
import type { AnchorTimes, RoutineAnchor, ShiftPattern, WeekdayKey } from '../db/schema.js';

/**
 * Routine-anchored dose times, pure (no I/O, no clock). A dose is "with breakfast + 0 min", not
 * "08:00": the patient's routine says when breakfast is, per weekday or per day of a shift cycle,
 * in the patient's own time zone. Luxon's IANA zone data does the offsets; the rules for the two
 * daylight-saving edge cases are ours and explicit:
 *  - a local time that does not exist (spring-forward gap) moves to the next valid minute;
 *  - a local time that happens twice (fall-back) takes the first occurrence.
 * Shift cycles are plain modular arithmetic over calendar dates, which is why no recurrence
 * library is needed here.
 */
export const ANCHORS: readonly RoutineAnchor[] = ['wake', 'breakfast', 'lunch', 'dinner', 'bedtime'];
export const WEEKDAYS: readonly WeekdayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface Routine {
  timeZone: string;
  /** The usual day. */
  anchors: AnchorTimes;
  /** Weekday overrides, merged over the usual day. */
  weekdays: Partial<Record<WeekdayKey, AnchorTimes>>;
  /** A repeating cycle from `startDate`; wins over weekdays. Days before the start use weekdays. */
  shiftPattern: ShiftPattern | null;
  /** Local "HH:MM" window (may wrap midnight) in which nothing is sent. */
  quietHours: { start: string; end: string } | null;
}

export interface ScheduleItem {
  id: string;
  anchor: RoutineAnchor;
  offsetMinutes: number;
  /** First and last local calendar day (YYYY-MM-DD) the item applies. */
  startDate: string;
  endDate: string | null;
}

export interface Occurrence {
  scheduleId: string;
  /** The dose time itself. */
  scheduledFor: Date;
  /** When to remind: the dose time, deferred past quiet hours. */
  dueAt: Date;
  /** Local calendar day of the routine the dose belongs to. */
  localDate: string;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseHhmm(value: string): { hour: number; minute: number } {
  const match = HHMM.exec(value);
  if (!match) throw new RangeError(`not a local time HH:MM: ${value}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The anchors in force on a local calendar day. */
export function anchorsForDate(routine: Routine, date: string): AnchorTimes {
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  const weekday = WEEKDAYS[day.weekday - 1] as WeekdayKey;
  const merged: AnchorTimes = { ...routine.anchors, ...(routine.weekdays[weekday] ?? {}) };
  const pattern = routine.shiftPattern;
  if (pattern && pattern.days.length > 0 && date >= pattern.startDate) {
    const start = DateTime.fromISO(pattern.startDate, { zone: 'UTC' });
    const index = Math.floor(day.diff(start, 'days').days) % pattern.days.length;
    return { ...merged, ...(pattern.days[index] ?? {}) };
  }
  return merged;
}

const MINUTE = 60_000;

/**
 * The UTC instant of a local wall-clock time. Of the offsets in force around that day, a
 * candidate is valid when the zone really has that offset at that instant; two valid candidates
 * mean the fall-back overlap (take the earlier), none means the spring-forward gap (take the
 * instant the clocks jump, which is the next valid local minute).
 */
export function localToUtc(date: string, time: string, timeZone: string): Date {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`unknown time zone: ${timeZone}`);
  const { hour, minute } = parseHhmm(time);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  const offsets = [...new Set([zone.offset(wall - 36 * 60 * MINUTE), zone.offset(wall + 36 * 60 * MINUTE)])];
  const valid = offsets
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => zone.offset(instant) * MINUTE === wall - instant)
    .sort((a, b) => a - b);
  if (valid.length > 0) return new Date(valid[0] as number);
  // In the gap: the transition lies between the two readings; find its first minute.
  const [a, b] = offsets.map((offset) => wall - offset * MINUTE).sort((p, q) => p - q) as [number, number];
  let low = a;
  let high = b;
  const before = zone.offset(low);
  while (high - low > MINUTE) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (zone.offset(mid) === before) low = mid;
    else high = mid;
  }
  return new Date(high);
}

const minutesOfDay = (time: string) => {
  const { hour, minute } = parseHhmm(time);
  return hour * 60 + minute;
};

/** Moves an instant that falls in the quiet hours to the end of them (local time). */
export function deferPastQuietHours(instant: Date, routine: Pick<Routine, 'timeZone' | 'quietHours'>): Date {
  const quiet = routine.quietHours;
  if (!quiet || quiet.start === quiet.end) return instant;
  const local = DateTime.fromJSDate(instant, { zone: routine.timeZone });
  const now = local.hour * 60 + local.minute;
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  const wraps = start > end;
  const inside = wraps ? now >= start || now < end : now >= start && now < end;
  if (!inside) return instant;
  // The end of quiet hours is today, unless the window wraps midnight and we are before midnight.
  const endDay = wraps && now >= start ? local.plus({ days: 1 }) : local;
  return localToUtc(endDay.toISODate() as string, quiet.end, routine.timeZone);
}

/**
 * Every dose occurrence with a reminder due in [from, to). Days are walked in the patient's zone
 * with a day of margin on each side, because an offset can move a dose across midnight.
 */
export function occurrences(
  routine: Routine,
  items: readonly ScheduleItem[],
  from: Date,
  to: Date,
): Occurrence[] {
  const result: Occurrence[] = [];
  const first = DateTime.fromJSDate(from, { zone: routine.timeZone }).startOf('day').minus({ days: 1 });
  const last = DateTime.fromJSDate(to, { zone: routine.timeZone }).startOf('day').plus({ days: 1 });
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    const date = day.toISODate() as string;
    const anchors = anchorsForDate(routine, date);
    for (const item of items) {
      if (date < item.startDate || (item.endDate && date > item.endDate)) continue;
      const time = anchors[item.anchor];
      if (!time) continue;
      const anchorAt = localToUtc(date, time, routine.timeZone);
      const scheduledFor = new Date(anchorAt.getTime() + item.offsetMinutes * MINUTE);
      const dueAt = deferPastQuietHours(scheduledFor, routine);
      if (dueAt >= from && dueAt < to)
        result.push({ scheduleId: item.id, scheduledFor, dueAt, localDate: date });
    }
  }
  return result.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** Snoozing: later by `minutes`, but never into quiet hours. */
export function snoozeUntil(
  now: Date,
  minutes: number,
  routine: Pick<Routine, 'timeZone' | 'quietHours'>,
): Date {
  return deferPastQuietHours(new Date(now.getTime() + minutes * MINUTE), routine);
}
