/**
 * Pure calendar arithmetic on ISO dates (`YYYY-MM-DD`). Every computation runs in UTC on dates
 * passed in, so results never depend on the machine's clock or time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Thrown for malformed input (bad dates, unknown tests or units); the CLI maps it to exit 2. */
export class ClinicalInputError extends RangeError {
  override name = 'ClinicalInputError';
}

function toUtcMs(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new ClinicalInputError(`Invalid date "${iso}": expected YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new ClinicalInputError(`Invalid date "${iso}": no such calendar day`);
  }
  return ms;
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True when `value` is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(value: string): boolean {
  try {
    toUtcMs(value);
    return true;
  } catch {
    return false;
  }
}

/** Validates and returns the date unchanged (throws ClinicalInputError otherwise). */
export function assertIsoDate(value: string, field = 'date'): string {
  try {
    toUtcMs(value);
  } catch {
    throw new ClinicalInputError(`Invalid ${field} "${value}": expected a calendar date YYYY-MM-DD`);
  }
  return value;
}

export function addDays(iso: string, days: number): string {
  return fromUtcMs(toUtcMs(iso) + days * DAY_MS);
}

export function addWeeks(iso: string, weeks: number): string {
  return addDays(iso, weeks * 7);
}

/**
 * Calendar months; the day is clamped to the end of a shorter month
 * (2025-01-31 + 1 month = 2025-02-28), as clinical scheduling systems do.
 */
export function addMonths(iso: string, months: number): string {
  const ms = toUtcMs(iso);
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const day = d.getUTCDate();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(year, month, Math.min(day, lastDay)));
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIso(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxIso(a: string, b: string): string {
  return a >= b ? a : b;
}
