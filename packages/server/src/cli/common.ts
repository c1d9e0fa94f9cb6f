/** Helpers shared by the clinical verbs: options, help examples, today's date, input errors. */

import { type Command, Option } from 'commander';
import { UsageError } from '../cli.js';
import { isCalendarDate } from './check-input.js';

/** `--json`, shared by every verb. */
export function jsonOption(): Option {
  return new Option('--json', 'print the answer as JSON instead of a readable table');
}

/** Adds worked examples after the options in `--help`. */
export function withExamples(command: Command, ...lines: string[]): Command {
  const title = lines.length > 1 ? 'Examples' : 'Example';
  return command.addHelpText('after', `\n${title}:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`);
}

/**
 * Today's date on this machine's calendar (`YYYY-MM-DD`): the date a clinician at the terminal
 * means by "today". The engine never reads a clock; the CLI passes this in.
 */
export function today(now: Date = new Date()): string {
  const yyyy = String(now.getFullYear()).padStart(4, '0');
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  const dd = String(now.getDate()).padStart(2, '0');
  return `${yyyy}-${mm}-${dd}`;
}

/** Validates a date option; exits 2 naming the option otherwise. */
export function dateOption(verb: string, option: string, value: string): string {
  if (!isCalendarDate(value)) {
    throw new UsageError(`${verb}: ${option} "${value}" must be a calendar date written YYYY-MM-DD`);
  }
  return value;
}

/** Bad input: printed as is and exit 2 (via `main` in cli.ts). */
export function usageError(message: string): UsageError {
  return new UsageError(message);
}

/**
 * Engine input errors (ScaleInputError, PgxInputError, CheckInputError, ClinicalInputError: the
 * engine's own validation) become usage errors, exit 2; anything else is left to propagate (exit 1).
 */
export function isEngineInputError(error: unknown): error is Error & { field?: string } {
  return error instanceof Error && /InputError$/.test(error.name);
}
