/**
 * Change over time (design.md `titrate change`) and the trend view over a series of scores.
 *
 * Conventions (every instrument here scores higher = more symptoms):
 * - `percentChange` = (current − baseline) / baseline × 100, rounded to one decimal, half away
 *   from zero; negative means fewer symptoms (PHQ-9 12 → 5 is −58.3). Null when baseline is 0.
 * - `response`, `remission` and `reliableChange` follow the instrument's `change` rules and are
 *   null where the instrument has none. Response and remission are computed on whole points
 *   (no rounding): a 50% drop means current × 2 ≤ baseline.
 */

import { requireInstrument } from './answers.js';
import { ScaleInputError } from './errors.js';
import type {
  Instrument,
  ReliableChange,
  ScoreChange,
  ScoreSeriesInterpretation,
  ScoreSeriesPoint,
  ScoreTrend,
} from './types.js';

function requireTotals(instrument: Instrument): { min: number; max: number } {
  if (!instrument.totalRange) {
    throw new ScaleInputError(
      `${instrument.id} has no total score, so change over time is not computed; compare risk levels instead.`,
      'instrument',
      null,
      instrument.id,
    );
  }
  return instrument.totalRange;
}

function readTotal(
  instrument: Instrument,
  value: unknown,
  field: string,
  item: number | null = null,
): number {
  const range = requireTotals(instrument);
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  const where = item === null ? `${instrument.id} ${field}` : `${instrument.id} ${field} entry ${item}`;
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    throw new ScaleInputError(
      `${where}: "${String(value)}" is not a whole-number total.`,
      field,
      item,
      instrument.id,
    );
  }
  if (number < range.min || number > range.max) {
    throw new ScaleInputError(
      `${where}: ${number} is out of range (${range.min}-${range.max}).`,
      field,
      item,
      instrument.id,
    );
  }
  return number;
}

/** One decimal, half away from zero, never −0. */
function round1(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
  return rounded === 0 ? 0 : rounded;
}

function percentChange(baseline: number, current: number): number | null {
  return baseline === 0 ? null : round1(((current - baseline) / baseline) * 100);
}

function responseOf(instrument: Instrument, baseline: number, current: number): boolean | null {
  const rule = instrument.change.response;
  if (!rule || baseline === 0) return null;
  if (rule.kind === 'percent-drop') return (baseline - current) * 100 >= rule.percent * baseline;
  return baseline - current >= rule.points;
}

function remissionOf(instrument: Instrument, current: number): boolean | null {
  const rule = instrument.change.remission;
  return rule ? current < rule.below : null;
}

function reliableOf(instrument: Instrument, baseline: number, current: number): ReliableChange | null {
  const rule = instrument.change.reliableChange;
  if (!rule) return null;
  const difference = current - baseline;
  if (difference <= -rule.points) return 'improved';
  if (difference >= rule.points) return 'worsened';
  return 'none';
}

function change(instrument: Instrument, baseline: number, current: number): ScoreChange {
  return {
    percentChange: percentChange(baseline, current),
    response: responseOf(instrument, baseline, current),
    remission: remissionOf(instrument, current),
    reliableChange: reliableOf(instrument, baseline, current),
  };
}

/**
 * Interprets the change between two totals, e.g. `interpretChange('PHQ-9', 12, 5)` →
 * `{ percentChange: -58.3, response: true, remission: false, reliableChange: 'improved' }`.
 * Throws `ScaleInputError` for an unknown instrument, one without a total (C-SSRS), or a total
 * that is not a whole number within the instrument's range.
 */
export function interpretChange(name: string, baseline: number, current: number): ScoreChange {
  const instrument = requireInstrument(name);
  return change(
    instrument,
    readTotal(instrument, baseline, 'baseline'),
    readTotal(instrument, current, 'current'),
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * Interprets a series of totals for the trend view and measurement-based-care flags.
 * - The series is ordered by date (entries on the same date keep their order); baseline is the
 *   earliest score and latest the most recent.
 * - `reliableWorsening`: latest is worse than baseline by at least the reliable-change threshold.
 * - `worsenedFromBest`: latest is worse than the best (lowest) earlier score by at least that
 *   threshold — relapse after improvement. False with a single score.
 * - `sustainedRemission`: the two most recent scores are both in remission (false with one score).
 * - `trend`: latest against the previous score. With a reliable-change threshold, a difference
 *   smaller than the threshold is `stable`; without one, any difference counts. Null with one score.
 * Fields whose rule the instrument lacks are null.
 */
export function interpretSeries(
  name: string,
  series: readonly ScoreSeriesPoint[],
): ScoreSeriesInterpretation {
  const instrument = requireInstrument(name);
  requireTotals(instrument);
  if (!Array.isArray(series) || series.length === 0) {
    throw new ScaleInputError(
      `${instrument.id} series must be a non-empty list of { date, total }.`,
      'series',
      null,
      instrument.id,
    );
  }
  const points: ScoreSeriesPoint[] = series.map((point: unknown, i) => {
    const entry = point as Partial<ScoreSeriesPoint> | null;
    if (typeof entry !== 'object' || entry === null || !isIsoDate(entry.date)) {
      throw new ScaleInputError(
        `${instrument.id} series entry ${i + 1}: date must be a valid YYYY-MM-DD date.`,
        'series',
        i + 1,
        instrument.id,
      );
    }
    return { date: entry.date, total: readTotal(instrument, entry.total, 'series', i + 1) };
  });
  const ordered = points
    .map((point, order) => ({ point, order }))
    .sort((a, b) => (a.point.date < b.point.date ? -1 : a.point.date > b.point.date ? 1 : a.order - b.order))
    .map(({ point }) => point);

  const baseline = ordered[0] as ScoreSeriesPoint;
  const latest = ordered[ordered.length - 1] as ScoreSeriesPoint;
  const earlier = ordered.slice(0, -1);
  const best = ordered.reduce((min, point) => (point.total < min.total ? point : min), baseline);
  const summary = change(instrument, baseline.total, latest.total);
  const threshold = instrument.change.reliableChange?.points ?? null;
  const remissionBelow = instrument.change.remission?.below ?? null;

  let worsenedFromBest: boolean | null = null;
  if (threshold !== null) {
    worsenedFromBest =
      earlier.length > 0 && latest.total - Math.min(...earlier.map((p) => p.total)) >= threshold;
  }

  let sustainedRemission: boolean | null = null;
  if (remissionBelow !== null) {
    const lastTwo = ordered.slice(-2);
    sustainedRemission = lastTwo.length === 2 && lastTwo.every((p) => p.total < remissionBelow);
  }

  let trend: ScoreTrend | null = null;
  const previous = earlier[earlier.length - 1];
  if (previous) {
    const difference = latest.total - previous.total;
    const step = threshold ?? 1;
    trend = difference <= -step ? 'improving' : difference >= step ? 'worsening' : 'stable';
  }

  return {
    baseline,
    latest,
    best,
    percentChange: summary.percentChange,
    response: summary.response,
    remission: summary.remission,
    reliableChange: summary.reliableChange,
    reliableWorsening: summary.reliableChange === null ? null : summary.reliableChange === 'worsened',
    worsenedFromBest,
    sustainedRemission,
    trend,
  };
}
