/** Helpers shared by the prescribing, measurement and task services. */

export { organizationPolicy } from './access.js';

export const iso = (value: Date | string) =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();

export const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

/** The calendar date (UTC) of an instant, YYYY-MM-DD. */
export const dateOf = (value: Date | string) => iso(value).slice(0, 10);

/** Whole years between a date of birth and a day (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = day.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Days from one date (YYYY-MM-DD or instant) to another. */
export function daysBetween(from: Date | string, to: Date | string): number {
  return Math.floor((new Date(to).getTime() - new Date(from).getTime()) / 86_400_000);
}
