/**
 * Edge validation of the `titrate check` document (design.md, "Clinical engine contract"; field
 * names and types per `CheckInput` in @titrate/clinical). The pure engine trusts its input, so
 * everything a person can get wrong in a hand-written or exported document is caught here and
 * reported with the path of the offending field, e.g. `check: proposed[0].dose must be a number`.
 *
 * Unknown fields are errors at every level, not only at the top: a misspelt `stopedOn` or
 * `allergys` silently ignored would hide a safety rule, so it is rejected instead.
 */

import type { CheckInput } from '@titrate/clinical';
import { z } from 'zod';

/** Bad check document: `field` is the JSON path of the offending value (empty for the document). */
export class CheckDocumentError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'CheckDocumentError';
    this.field = field;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DATE_MESSAGE = 'must be a calendar date written YYYY-MM-DD';

const isoDate = z.string().refine(isCalendarDate, { message: DATE_MESSAGE });
const text = z.string().trim().min(1);

const substance = z.strictObject({
  substance: text,
  status: z.enum(['current', 'withdrawal', 'recently-stopped', 'past']),
  disorder: z.boolean().optional(),
});

const pgx = z
  .strictObject({
    gene: text,
    diplotype: text.optional(),
    phenotype: text.optional(),
    allele: text.optional(),
    result: z.enum(['positive', 'negative']).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.diplotype === undefined && entry.phenotype === undefined && entry.allele === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'needs a diplotype, a phenotype, or (for HLA) an allele with its result',
        path: [],
      });
    }
    if (entry.allele !== undefined && entry.result === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'is required with an allele (positive or negative)',
        path: ['result'],
      });
    }
  });

const lab = z.strictObject({
  test: text,
  value: z.number(),
  unit: text.optional(),
  date: isoDate.optional(),
});

const vitals = z.strictObject({
  qtcMs: z.number().positive().optional(),
  systolic: z.number().positive().optional(),
  diastolic: z.number().positive().optional(),
  heartRate: z.number().positive().optional(),
  weightKg: z.number().positive().optional(),
  bmi: z.number().positive().optional(),
});

const setting = z.strictObject({
  telehealth: z.boolean().optional(),
  inPersonEvaluationDone: z.boolean().optional(),
});

const patient = z.strictObject({
  age: z.number().min(0).max(130).optional(),
  sex: z.enum(['female', 'male']).optional(),
  pregnant: z.boolean().optional(),
  breastfeeding: z.boolean().optional(),
  weightKg: z.number().positive().optional(),
  conditions: z.array(text).optional(),
  allergies: z.array(text).optional(),
  substances: z.array(substance).optional(),
  pgx: z.array(pgx).optional(),
  labs: z.array(lab).optional(),
  vitals: vitals.optional(),
  setting: setting.optional(),
});

const medication = z.strictObject({
  drug: text,
  dose: z.number().min(0).optional(),
  unit: text.optional(),
  frequency: text.optional(),
  refills: z.number().int().min(0).optional(),
  stoppedOn: isoDate.optional(),
});

/** The `titrate check` document (CheckInput), strict at every level. */
export const checkDocumentSchema = z
  .strictObject({
    asOf: isoDate.optional(),
    patient: patient.optional(),
    current: z.array(medication).optional(),
    proposed: z.array(medication).optional(),
  })
  .superRefine((doc, ctx) => {
    if ((doc.current?.length ?? 0) + (doc.proposed?.length ?? 0) === 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'needs at least one drug in "current" or "proposed"',
        path: [],
      });
    }
  });

/** `proposed[0].dose`, `patient.pgx[1].gene`; the empty path is the document itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function orList(values: readonly unknown[]): string {
  const words = values.map((v) => JSON.stringify(v));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** One zod issue as a sentence about the field it concerns. */
function issueMessage(issue: z.core.$ZodIssue, root: unknown): { field: string; message: string } {
  const field = formatPath(issue.path);
  const subject = field === '' ? 'the document' : field;
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { field, message: `${subject} is required` };
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return { field, message: `${subject} must be ${expected} (got ${describeValue(value)})` };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys;
      const where = field === '' ? '' : ` in ${field}`;
      const first = keys[0] ?? '';
      const named = keys.length === 1 ? `field "${first}"` : `fields ${keys.map((k) => `"${k}"`).join(', ')}`;
      return {
        field: field === '' ? first : `${field}.${first}`,
        message: `unknown ${named}${where}`,
      };
    }
    case 'invalid_value':
      return { field, message: `${subject} must be ${orList(issue.values)} (got ${describeValue(value)})` };
    case 'too_small':
      if (issue.origin === 'string') return { field, message: `${subject} must not be empty` };
      if (issue.origin === 'number' || issue.origin === 'int') {
        const bound = issue.inclusive ? `at least ${issue.minimum}` : `greater than ${issue.minimum}`;
        return { field, message: `${subject} must be ${bound} (got ${describeValue(value)})` };
      }
      return { field, message: `${subject} is too short` };
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') {
        const bound = issue.inclusive ? `at most ${issue.maximum}` : `less than ${issue.maximum}`;
        return { field, message: `${subject} must be ${bound} (got ${describeValue(value)})` };
      }
      return { field, message: `${subject} is too long` };
    case 'custom':
      if (issue.message === DATE_MESSAGE) {
        return { field, message: `${subject} ${DATE_MESSAGE} (got ${describeValue(value)})` };
      }
      return { field, message: `${subject} ${issue.message}` };
    default:
      return { field, message: `${subject}: ${issue.message}` };
  }
}

/**
 * Validates a parsed JSON value as a check document. Throws `CheckDocumentError` naming the first
 * offending field (all problems are listed in the message when there are several).
 */
export function parseCheckDocument(value: unknown): CheckInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CheckDocumentError(
      '',
      `check: the document must be a JSON object (got ${describeValue(value)})`,
    );
  }
  const result = checkDocumentSchema.safeParse(value);
  if (result.success) {
    const input: CheckInput = result.data;
    return input;
  }
  const problems = result.error.issues.map((issue) => issueMessage(issue, value));
  const first = problems[0] ?? { field: '', message: 'the document is not valid' };
  const message =
    problems.length === 1
      ? `check: ${first.message}`
      : `check: ${problems.length} problems in the document:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`;
  throw new CheckDocumentError(first.field, message);
}

/** Parses one JSON text (a file or a JSON Lines line) and validates it. */
export function parseCheckText(source: string): CheckInput {
  if (source.trim() === '') {
    throw new CheckDocumentError(
      '',
      'check: the document is empty (give a FILE, or pipe the JSON on standard input)',
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CheckDocumentError('', `check: the document is not valid JSON (${reason})`);
  }
  return parseCheckDocument(value);
}
