/** Answer option sets shared by several instruments. */

import type { InstrumentItem, ScaleAnswerOption } from './types.js';

/** Options scored 0..n-1 by position; the numeric answer is the score. */
export function ordinal(
  labels: readonly string[],
  loinc: readonly (string | null)[] = [],
): ScaleAnswerOption[] {
  return labels.map((label, i) => ({
    value: String(i),
    label,
    points: i,
    numeric: i,
    loinc: loinc[i] ?? null,
  }));
}

/** PHQ/GAD frequency answers over the last two weeks, 0-3, with their LOINC answer codes. */
export const PHQ_FREQUENCY: readonly ScaleAnswerOption[] = ordinal(
  ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'],
  ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'],
);

/** Yes scores 1, no scores 0 (LOINC LA33-6 / LA32-8). */
export const YES_NO: readonly ScaleAnswerOption[] = [
  { value: 'yes', label: 'Yes', points: 1, numeric: 1, loinc: 'LA33-6' },
  { value: 'no', label: 'No', points: 0, numeric: 0, loinc: 'LA32-8' },
];

/** Reverse-scored yes/no: "no" scores 1 (DAST-10 item 3). Numeric 1 still means "yes". */
export const YES_NO_REVERSED: readonly ScaleAnswerOption[] = [
  { value: 'yes', label: 'Yes', points: 0, numeric: 1, loinc: 'LA33-6' },
  { value: 'no', label: 'No', points: 1, numeric: 0, loinc: 'LA32-8' },
];

/** Builds an item; defaults: label = number, scored, required, not critical, no LOINC. */
export function item(
  number: number,
  text: string,
  options: readonly ScaleAnswerOption[],
  extra: Partial<Omit<InstrumentItem, 'number' | 'text' | 'options'>> = {},
): InstrumentItem {
  return {
    number,
    label: String(number),
    text,
    loinc: null,
    options,
    scored: true,
    optional: false,
    critical: false,
    ...extra,
  };
}
