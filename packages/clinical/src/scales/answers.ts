/** Reading answers: count checks, answer matching, and the typed errors for bad input. */

import { ScaleInputError } from './errors.js';
import { getInstrument } from './registry.js';
import type { Instrument, InstrumentItem, ScaleAnswer, ScaleAnswerOption } from './types.js';

/** One parsed answer per item (null = unanswered); same length as `instrument.items`. */
export type ParsedAnswers = readonly (ScaleAnswerOption | null)[];

export function requireInstrument(name: unknown): Instrument {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new ScaleInputError('Instrument name is required.', 'instrument');
  }
  const instrument = getInstrument(name);
  if (!instrument) {
    throw new ScaleInputError(
      `Unknown instrument "${name}". Known: PHQ-9, PHQ-2, GAD-7, GAD-2, C-SSRS, AUDIT-C, DAST-10, ASRS, MDQ, PCL-5, ISI, AIMS.`,
      'instrument',
    );
  }
  return instrument;
}

/** Number of answers that must be present: everything up to the last non-optional item. */
function requiredCount(instrument: Instrument): number {
  let count = 0;
  for (const item of instrument.items) if (!item.optional) count = item.number;
  return count;
}

/** Plain-words list of accepted answers, e.g. `0-3`, `yes or no`, `none, minor, moderate or serious (or 0-3)`. */
export function describeAccepted(item: InstrumentItem): string {
  const options = item.options;
  const numericScale = options.every((o) => o.numeric !== null && String(o.numeric) === o.value);
  if (numericScale) return `${options[0]?.value}-${options[options.length - 1]?.value}`;
  const tokens = options.map((o) => o.value);
  const words =
    tokens.length <= 2 ? tokens.join(' or ') : `${tokens.slice(0, -1).join(', ')} or ${tokens.at(-1)}`;
  const numbers = options.map((o) => o.numeric).filter((n): n is number => n !== null);
  if (numbers.length === options.length && !tokens.includes('yes')) {
    return `${words} (or ${Math.min(...numbers)}-${Math.max(...numbers)})`;
  }
  return words;
}

function isYesNo(item: InstrumentItem): boolean {
  const values = item.options.map((o) => o.value);
  return values.includes('yes') && values.includes('no');
}

const UNANSWERED = new Set(['', '-', 'null']);
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

function parseOne(instrument: Instrument, item: InstrumentItem, raw: unknown): ScaleAnswerOption | null {
  const where = `${instrument.id} item ${item.label}`;
  const fail = (message: string): never => {
    throw new ScaleInputError(`${where}: ${message}`, 'answers', item.number, instrument.id);
  };

  if (raw === null || raw === undefined) return null;

  if (typeof raw === 'boolean') {
    if (!isYesNo(item))
      return fail(`true/false is not an accepted answer (accepted: ${describeAccepted(item)}).`);
    return item.options.find((o) => o.value === (raw ? 'yes' : 'no')) ?? null;
  }

  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || !Number.isInteger(raw)) {
      return fail(`${raw} is not a valid answer (accepted: ${describeAccepted(item)}).`);
    }
    const option = item.options.find((o) => o.numeric === raw);
    if (!option) return fail(`${raw} is out of range (accepted: ${describeAccepted(item)}).`);
    return option;
  }

  if (typeof raw === 'string') {
    const text = raw.trim().toLowerCase();
    if (UNANSWERED.has(text)) return null;
    if (NUMBER.test(text)) return parseOne(instrument, item, Number(text));
    const option = item.options.find(
      (o) =>
        o.value === text ||
        o.label.toLowerCase() === text ||
        (o.loinc !== null && o.loinc.toLowerCase() === text),
    );
    if (!option) return fail(`"${raw}" is not an accepted answer (accepted: ${describeAccepted(item)}).`);
    return option;
  }

  return fail(
    `an answer must be a number, a word or null, not ${Array.isArray(raw) ? 'a list' : typeof raw}.`,
  );
}

/** Checks the answer count and parses each answer; missing trailing optional items become null. */
export function parseAnswers(instrument: Instrument, answers: unknown): ParsedAnswers {
  if (!Array.isArray(answers)) {
    throw new ScaleInputError(`${instrument.id} answers must be a list.`, 'answers', null, instrument.id);
  }
  const required = requiredCount(instrument);
  const max = instrument.items.length;
  if (answers.length < required || answers.length > max) {
    const optional = instrument.items.filter((i) => i.optional).map((i) => i.label);
    const expected =
      required === max
        ? `${max} answers`
        : `${required} answers, or up to ${max} with the optional item${optional.length > 1 ? 's' : ''} ${optional.join(', ')}`;
    throw new ScaleInputError(
      `${instrument.id} takes ${expected}; got ${answers.length}.`,
      'answers',
      null,
      instrument.id,
    );
  }
  return instrument.items.map((item, i) => parseOne(instrument, item, (answers as ScaleAnswer[])[i]));
}
