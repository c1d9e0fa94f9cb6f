import { DateTime } from 'luxon';
import type { TitrationStep } from '../db/schema.js';

/**
 * Titration and taper plans drive the schedule: an order's steps (`afterDays` from the order's
 * start) say what dose is in force on a day. A step of zero ends the reminders (the taper is
 * finished); a day with no step in force keeps the schedule's own dose text.
 */
export interface StepInForce {
  doseAmount: number;
  doseUnit: string;
  note: string | null;
}

export function stepOnDate(
  startDate: string | null,
  steps: readonly TitrationStep[],
  localDate: string,
): StepInForce | null {
  if (!startDate || steps.length === 0) return null;
  const elapsed = DateTime.fromISO(localDate, { zone: 'UTC' }).diff(
    DateTime.fromISO(startDate, { zone: 'UTC' }),
    'days',
  ).days;
  let current: TitrationStep | null = null;
  for (const step of [...steps].sort((a, b) => a.afterDays - b.afterDays)) {
    if (step.afterDays <= elapsed) current = step;
  }
  return current
    ? { doseAmount: current.doseAmount, doseUnit: current.doseUnit, note: current.note ?? null }
    : null;
}

/** The dose text a patient sees for a day (in the app only, never in a message). */
export function doseTextOn(
  scheduleText: string,
  startDate: string | null,
  steps: readonly TitrationStep[],
  localDate: string,
): string | null {
  const step = stepOnDate(startDate, steps, localDate);
  if (!step) return scheduleText;
  if (step.doseAmount <= 0) return null;
  return `${step.doseAmount} ${step.doseUnit}${step.note ? ` (${step.note})` : ''}`;
}
