/**
 * Dosing frequency and unit parsing. For as-needed orders the daily dose is the largest amount
 * the order allows (e.g. "every 6 hours as needed" → 4 doses a day), which is what a maximum-dose
 * check must compare.
 */
import { normalizeText } from './util.js';

export interface ParsedFrequency {
  /** Largest number of administrations per day the order allows (may be fractional: weekly = 1/7). */
  timesPerDay: number;
  asNeeded: boolean;
  /** The order already states a daily total (e.g. unit "mg/day" or "per day" with no count). */
  dailyTotal?: boolean;
}

const WORD_NUMBERS: Record<string, number> = {
  once: 1,
  one: 1,
  twice: 2,
  two: 2,
  three: 3,
  thrice: 3,
  four: 4,
  five: 5,
  six: 6,
  eight: 8,
  twelve: 12,
};

function toNumber(token: string | undefined): number | null {
  if (token === undefined) return null;
  const n = Number(token);
  if (Number.isFinite(n)) return n;
  return WORD_NUMBERS[token] ?? null;
}

const FIXED: Array<[RegExp, number]> = [
  [/\b(qid|q\.i\.d|four times (a|per|each) day|four times daily|4 times (a|per) day|4x daily|4x\/day)\b/, 4],
  [
    /\b(tid|t\.i\.d|three times (a|per|each) day|three times daily|3 times (a|per) day|3x daily|3x\/day)\b/,
    3,
  ],
  [
    /\b(bid|b\.i\.d|twice (a|per|each) day|twice daily|two times (a|per) day|2 times (a|per) day|2x daily|2x\/day|morning and (evening|night|bedtime))\b/,
    2,
  ],
  [/\b(every other day|qod|alternate days|q48h)\b/, 0.5],
  [/\b(weekly|once a week|once weekly|every week|qweek|q1w|per week)\b/, 1 / 7],
  [/\b(monthly|every month|once a month|q4w|every 4 weeks|every four weeks)\b/, 1 / 28],
  [/\b(every 2 weeks|every two weeks|biweekly|q2w|every 14 days)\b/, 1 / 14],
  [
    /\b(daily|once daily|once a day|every day|qd|od|q24h|every morning|qam|every evening|qpm|at bedtime|qhs|hs|nightly|every night|at night|in the morning|in the evening|once|one time a day|1x daily|per day|a day)\b/,
    1,
  ],
];

/** Parses a frequency string; null when it cannot be understood. */
export function parseFrequency(raw: string | undefined): ParsedFrequency | null {
  if (raw === undefined || raw === null) return null;
  const text = normalizeText(raw).replace(/\./g, '');
  if (text === '') return null;
  const asNeeded = /\b(prn|as needed|as required|when needed|if needed|as directed for)\b/.test(text);

  // "every 4-6 hours", "q4-6h", "every 6 hours", "q6h"
  const hours =
    /\b(?:every|q)\s*(\d+(?:\.\d+)?)(?:\s*(?:-|to)\s*(\d+(?:\.\d+)?))?\s*(?:h|hr|hrs|hour|hours)\b/.exec(
      text,
    );
  if (hours) {
    const shortest = Number(hours[1]);
    // q5h allows doses at 0, 5, 10, 15 and 20 h: five in a day, hence the ceiling.
    if (shortest > 0)
      return { timesPerDay: shortest <= 24 ? Math.ceil(24 / shortest - 1e-9) : 24 / shortest, asNeeded };
  }
  const days = /\bevery (\d+) days?\b/.exec(text);
  if (days) {
    const n = Number(days[1]);
    if (n > 0) return { timesPerDay: 1 / n, asNeeded };
  }
  const weeks = /\bevery (\d+) weeks?\b/.exec(text);
  if (weeks) {
    const n = Number(weeks[1]);
    if (n > 0) return { timesPerDay: 1 / (7 * n), asNeeded };
  }
  // "up to 3 times a day", "1-2 times daily", "3 times a day", "two times per day"
  const times =
    /\b(?:up to\s+)?(?:(\d+|one|two|three|four|five|six)\s*(?:-|to|or)\s*)?(\d+|one|two|three|four|five|six|eight|twelve)\s*(?:x|times)\s*(?:a|per|each|\/)?\s*(?:day|daily|d)\b/.exec(
      text,
    );
  if (times) {
    const n = toNumber(times[2]);
    if (n !== null && n > 0) return { timesPerDay: n, asNeeded };
  }
  for (const [pattern, perDay] of FIXED) {
    if (pattern.test(text)) return { timesPerDay: perDay, asNeeded };
  }
  // A bare "as needed" with no interval: the order sets no daily ceiling we can read.
  return null;
}

/** Converts an amount to mg; null for units that are not mass (mL, units, puffs…). */
export function toMg(amount: number, unit: string | undefined): { mg: number; perDay: boolean } | null {
  const u = (unit ?? 'mg').trim().toLowerCase().replace(/\s+/g, '').replace('μ', 'µ');
  const perDay = /\/(day|d|24h)$/.test(u);
  const base = u.replace(/\/(day|d|24h|dose)$/, '');
  switch (base) {
    case 'mg':
    case 'milligram':
    case 'milligrams':
    case '':
      return { mg: amount, perDay };
    case 'mcg':
    case 'µg':
    case 'ug':
    case 'microgram':
    case 'micrograms':
      return { mg: amount / 1000, perDay };
    case 'g':
    case 'gram':
    case 'grams':
      return { mg: amount * 1000, perDay };
    default:
      return null;
  }
}
