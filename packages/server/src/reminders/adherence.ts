import { CLOZAPINE_RETITRATION_HOURS, type Drug } from '@titrate/clinical';
import { DateTime } from 'luxon';
import type { SkipReason } from '../db/schema.js';

/**
 * Adherence arithmetic, pure. Days are the patient's local calendar days.
 *  - Proportion of days covered (PDC) from the dose log: a day counts when it had scheduled
 *    doses, and it is covered when at least that many doses were logged taken (on time or late).
 *    Days before the schedule started, and days after `asOf`, are not in the denominator.
 *  - PDC from refills: each fill covers `daysSupply` days from its fill date, or from the day after
 *    the previous supply runs out when the patient refilled early (the usual claims method);
 *    covered days are capped at the window, which starts no earlier than the first fill.
 */
export const SKIP_REASONS: readonly SkipReason[] = [
  'forgot',
  'side-effects',
  'cost',
  'ran-out',
  'felt-fine',
  'felt-off',
];

export interface DayCounts {
  /** Doses scheduled per local day. */
  expected: ReadonlyMap<string, number>;
  /** Doses logged taken or late per local day. */
  taken: ReadonlyMap<string, number>;
}

export interface Coverage {
  days: number;
  eligibleDays: number;
  coveredDays: number;
  /** coveredDays / eligibleDays, rounded to 3 places; null when no day had a scheduled dose. */
  pdc: number | null;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** The `days` local days ending with `asOf` (inclusive), oldest first. */
export function windowDays(asOf: string, days: number): string[] {
  const end = DateTime.fromISO(asOf, { zone: 'UTC' });
  return Array.from({ length: days }, (_, i) => end.minus({ days: days - 1 - i }).toISODate() as string);
}

export function doseLogCoverage(counts: DayCounts, asOf: string, days: number): Coverage {
  let eligibleDays = 0;
  let coveredDays = 0;
  for (const day of windowDays(asOf, days)) {
    const expected = counts.expected.get(day) ?? 0;
    if (expected === 0) continue;
    eligibleDays++;
    if ((counts.taken.get(day) ?? 0) >= expected) coveredDays++;
  }
  return {
    days,
    eligibleDays,
    coveredDays,
    pdc: eligibleDays === 0 ? null : round3(coveredDays / eligibleDays),
  };
}

export interface Fill {
  /** YYYY-MM-DD */
  date: string;
  daysSupply: number;
}

export function refillCoverage(fills: readonly Fill[], asOf: string, days: number): Coverage {
  const window = new Set(windowDays(asOf, days));
  const covered = new Set<string>();
  let nextFree: DateTime | null = null;
  for (const fill of [...fills].sort((a, b) => a.date.localeCompare(b.date))) {
    const filled = DateTime.fromISO(fill.date, { zone: 'UTC' });
    let start: DateTime = nextFree && nextFree > filled ? nextFree : filled;
    for (let i = 0; i < fill.daysSupply; i++) {
      const day = start.toISODate() as string;
      if (window.has(day)) covered.add(day);
      start = start.plus({ days: 1 });
    }
    nextFree = start;
  }
  // Days before the first fill are not in the denominator (the usual index-date method): a
  // prescription started 10 days ago is judged on those 10 days, not on the whole window.
  const first = [...fills].sort((a, b) => a.date.localeCompare(b.date))[0]?.date;
  const eligibleDays = first ? [...window].filter((day) => day >= first).length : 0;
  return {
    days,
    eligibleDays,
    coveredDays: covered.size,
    pdc: eligibleDays === 0 ? null : round3(covered.size / eligibleDays),
  };
}

/**
 * The day a refill is due: the first day without medicine once every fill, early refills carried
 * over, has run out. Null without fills.
 */
export function refillDueOn(fills: readonly Fill[]): string | null {
  let nextFree: DateTime | null = null;
  for (const fill of [...fills].sort((a, b) => a.date.localeCompare(b.date))) {
    const filled = DateTime.fromISO(fill.date, { zone: 'UTC' });
    const start: DateTime = nextFree && nextFree > filled ? nextFree : filled;
    nextFree = start.plus({ days: fill.daysSupply });
  }
  return nextFree ? (nextFree.toISODate() as string) : null;
}

/** Whole days from the refill's due day to `today` (0 when not yet due). */
export function daysLate(dueOn: string | null, today: string): number {
  if (!dueOn) return 0;
  const days = DateTime.fromISO(today, { zone: 'UTC' }).diff(
    DateTime.fromISO(dueOn, { zone: 'UTC' }),
    'days',
  ).days;
  return Math.max(0, Math.floor(days));
}

const MASS_UNITS: Readonly<Record<string, number>> = { mcg: 0.001, µg: 0.001, mg: 1, g: 1000 };

export interface OrderDose {
  doseAmount: number | null;
  doseUnit: string | null;
  /** As written on the order, e.g. "50 mg tablet". */
  strength: string | null;
  timesPerDay: number | null | undefined;
}

/**
 * Dispensed units (tablets, capsules, mL…) taken per day, or null when the order does not say.
 * A dose in a mass unit (e.g. 100 mg) is divided by the strength of one unit (e.g. "50 mg tablet"
 * → 2 tablets); a dose in any other unit (e.g. 2 tablet, 5 mL) already counts units. The dose
 * is multiplied by the times a day; an as-needed or free-text frequency cannot be counted.
 */
export function dailyUnits(order: OrderDose): number | null {
  const { doseAmount, timesPerDay } = order;
  if (doseAmount === null || !(doseAmount > 0) || !timesPerDay || timesPerDay <= 0) return null;
  const unit = order.doseUnit?.trim().toLowerCase() ?? '';
  if (!unit) return null;
  const doseScale = MASS_UNITS[unit];
  if (doseScale === undefined) return doseAmount * timesPerDay;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(mcg|µg|mg|g)\b/i.exec(order.strength ?? '');
  const strengthScale = match?.[2] ? MASS_UNITS[match[2].toLowerCase()] : undefined;
  if (!match?.[1] || strengthScale === undefined) return null;
  const perUnit = Number(match[1]) * strengthScale;
  if (!(perUnit > 0)) return null;
  return ((doseAmount * doseScale) / perUnit) * timesPerDay;
}

/** Days' supply as pharmacies count it: quantity ÷ units a day, rounded down; null if unknown. */
export function computedDaysSupply(quantity: number, order: OrderDose): number | null {
  const perDay = dailyUnits(order);
  if (perDay === null) return null;
  const days = Math.floor(quantity / perDay + 1e-9);
  return days >= 1 ? days : null;
}

export interface RefillSummary {
  /**
   * Proportion of days covered by fills over the 90, 30 and 14 days ending `asOf`, counted from
   * the first fill when that is later; null when the first fill is after `asOf`.
   */
  pdc90: number | null;
  pdc30: number | null;
  pdc14: number | null;
  days90: Coverage;
  lastFillOn: string;
  /** First day without medicine once every fill has run out. */
  refillDueOn: string;
  /** Days from `refillDueOn` to today; 0 while supply lasts. */
  daysLate: number;
}

/** Adherence by refill dates for one order; null when no fill was recorded. */
export function refillSummary(fills: readonly Fill[], asOf: string, today: string): RefillSummary | null {
  const dueOn = refillDueOn(fills);
  const last = [...fills].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!dueOn || !last) return null;
  const days90 = refillCoverage(fills, asOf, 90);
  return {
    pdc90: days90.pdc,
    pdc30: refillCoverage(fills, asOf, 30).pdc,
    pdc14: refillCoverage(fills, asOf, 14).pdc,
    days90,
    lastFillOn: last.date,
    refillDueOn: dueOn,
    daysLate: daysLate(dueOn, today),
  };
}

export function summarizeSkipReasons(reasons: readonly (SkipReason | null)[]): Record<SkipReason, number> {
  const summary = Object.fromEntries(SKIP_REASONS.map((reason) => [reason, 0])) as Record<SkipReason, number>;
  for (const reason of reasons) if (reason) summary[reason]++;
  return summary;
}

/** Scheduled doses after the last dose taken, up to now (a run of misses). */
export function missedInARow(scheduled: readonly Date[], lastTakenAt: Date | null, now: Date): number {
  return scheduled.filter((at) => at <= now && (!lastTakenAt || at > lastTakenAt)).length;
}

export type AlertRule = 'adherence-below-80' | 'clozapine-retitration' | 'discontinuation-risk';

export interface Alert {
  rule: AlertRule;
  priority: 'routine' | 'urgent';
  /** Shown to the care team (inside the record, never sent out). */
  title: string;
}

export interface AlertInput {
  drug: Drug | undefined;
  pdc14: Coverage;
  /** Hours since the last dose taken, or since the schedule began when none was ever taken. */
  hoursWithoutDose: number;
}

/** Drugs whose abrupt stop is dangerous, read from the formulary's classes, protocols and risk. */
export function abruptStopRisk(drug: Drug): boolean {
  if (drug.classes.includes('benzodiazepine')) return true;
  if (drug.monitoring.includes('lithium')) return true;
  return (
    drug.classes.includes('antidepressant') &&
    (drug.discontinuationRisk === 'high' || drug.discontinuationRisk === 'moderate')
  );
}

/** Two days without a dose of a drug with an abrupt-stop risk. */
export const ABRUPT_STOP_HOURS = 48;

export function adherenceAlerts(input: AlertInput): Alert[] {
  const alerts: Alert[] = [];
  const { drug } = input;
  // Clozapine is recognised by its own monitoring protocol; the threshold is the engine's (label).
  if (drug?.monitoring.includes('clozapine') && input.hoursWithoutDose >= CLOZAPINE_RETITRATION_HOURS) {
    alerts.push({
      rule: 'clozapine-retitration',
      priority: 'urgent',
      title: `No clozapine dose logged for ${Math.floor(input.hoursWithoutDose)} hours: re-titration needed before restarting`,
    });
  } else if (drug && abruptStopRisk(drug) && input.hoursWithoutDose >= ABRUPT_STOP_HOURS) {
    alerts.push({
      rule: 'discontinuation-risk',
      priority: 'urgent',
      title: `No ${drug.name} dose logged for ${Math.floor(input.hoursWithoutDose / 24)} days: risk of withdrawal or discontinuation symptoms`,
    });
  }
  if (input.pdc14.pdc !== null && input.pdc14.pdc < 0.8) {
    alerts.push({
      rule: 'adherence-below-80',
      priority: 'routine',
      title: `Adherence ${Math.round(input.pdc14.pdc * 100)}% over 14 days (below 80%)${drug ? ` for ${drug.name}` : ''}`,
    });
  }
  return alerts;
}
