/**
 * `titrate check [FILE|-]`: the safety check of a regimen (design.md). One JSON document in, the
 * alerts out; `--batch` reads JSON Lines and writes one JSON answer a line, in order.
 *
 * Batch behaviour (a bad line never aborts the batch):
 * - every input line gives exactly one output line, in the same order; a line that is not valid
 *   JSON, not a valid check document, or rejected by the engine gives
 *   `{"error":{"line":N,"field":"…","message":"…"}}` on its line (N counts from 1; `field` is the
 *   JSON path of the offending value, "" for the whole line);
 * - blank lines count as lines (they give an error object), except at the very end of the input;
 * - the exit status is 0 when every line was checked, 2 when any line was rejected as bad input
 *   (a summary goes to standard error), 1 when the engine failed on a line.
 */

import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import type { Alert, CheckInput, CheckResult, Severity } from '@titrate/clinical';
import type { Command } from 'commander';
import { CheckDocumentError, parseCheckText } from './check-input.js';
import { isEngineInputError, jsonOption, today, usageError, withExamples } from './common.js';
import { type ClinicalEngine, loadEngine } from './engine.js';
import { bullets, counts, indented, print, printJson } from './output.js';

/** Bad input on one line: the engine's own input errors count too. */
class LineError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** Validates and checks one document; throws LineError for bad input, rethrows engine failures. */
function checkText(
  engine: ClinicalEngine,
  source: string,
  todayIso: string,
): { asOf: string; result: CheckResult } {
  let input: CheckInput;
  try {
    input = parseCheckText(source);
  } catch (error) {
    if (error instanceof CheckDocumentError) throw new LineError(error.field, error.message);
    throw error;
  }
  const asOf = input.asOf ?? todayIso;
  try {
    return { asOf, result: engine.checkRegimen({ ...input, asOf }, { today: todayIso }) };
  } catch (error) {
    if (isEngineInputError(error)) {
      const message = error.message.startsWith('check:') ? error.message : `check: ${error.message}`;
      throw new LineError(error.field ?? '', message);
    }
    throw error;
  }
}

const SEVERITIES: readonly Severity[] = ['contraindicated', 'major', 'moderate', 'minor', 'info'];

function renderAlert(alert: Alert, index: number): string {
  const head = `${index + 1}. ${alert.severity.toUpperCase()} · ${alert.category} · ${alert.drugs.length > 0 ? alert.drugs.join(' + ') : 'regimen'}`;
  const lines = [head, indented(alert.title, 3)];
  if (alert.detail) lines.push(indented(alert.detail, 3));
  if (alert.recommendation) lines.push(indented(`Recommendation: ${alert.recommendation}`, 3));
  const facts = [`Action: ${alert.action}`];
  if (alert.maxDailyDose !== null) facts.push(`max daily dose ${alert.maxDailyDose} mg`);
  facts.push(`code ${alert.code}`);
  lines.push(indented(facts.join(' · '), 3));
  if (alert.sources.length > 0) lines.push(`   Sources:\n${bullets(alert.sources, 5)}`);
  return lines.join('\n');
}

export function renderCheck(result: CheckResult, asOf: string): string {
  const rank = (severity: Severity): number => SEVERITIES.indexOf(severity);
  const alerts = [...result.alerts].sort((a, b) => rank(a.severity) - rank(b.severity));
  const n = alerts.length;
  const skipped = result.unrecognized.length;
  const found =
    n === 0
      ? 'no alerts'
      : `${n} alert${n === 1 ? '' : 's'} (${counts(
          alerts.map((a) => a.severity),
          SEVERITIES,
        )})`;
  const caveat =
    skipped === 0 ? '' : `; ${skipped} entr${skipped === 1 ? 'y' : 'ies'} NOT RECOGNIZED and not checked`;
  const summary = `Safety check as of ${asOf}: ${found}${caveat}.`;
  const sections = [summary];
  if (n > 0) sections.push(alerts.map(renderAlert).join('\n\n'));
  if (result.unrecognized.length > 0) {
    const rows = result.unrecognized.map((u) => {
      const hint = u.suggestions.length > 0 ? `did you mean ${u.suggestions.join(', ')}?` : 'no close match';
      return indented(`${u.kind} "${u.input}": NOT CHECKED, ${hint}`, 2);
    });
    sections.push(
      `Not recognized (these entries were not checked; correct the spelling):\n${rows.join('\n')}`,
    );
  }
  return sections.join('\n\n');
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function openInput(file: string | undefined): Readable {
  if (file === undefined || file === '-') {
    if (file === undefined && process.stdin.isTTY) {
      throw usageError(
        'check: give a FILE, or "-" and the document on standard input (see titrate check --help).',
      );
    }
    return process.stdin;
  }
  try {
    fs.accessSync(file, fs.constants.R_OK);
    if (fs.statSync(file).isDirectory()) throw new Error('is a directory');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw usageError(`check: cannot read FILE "${file}" (${reason})`);
  }
  return fs.createReadStream(file);
}

async function checkOne(engine: ClinicalEngine, stream: Readable, json: boolean): Promise<void> {
  const text = await readAll(stream);
  let answer: { asOf: string; result: CheckResult };
  try {
    answer = checkText(engine, text, today());
  } catch (error) {
    if (error instanceof LineError) throw usageError(error.message);
    throw error;
  }
  if (json) printJson(answer.result);
  else print(renderCheck(answer.result, answer.asOf));
}

async function checkBatch(engine: ClinicalEngine, stream: Readable): Promise<void> {
  const lines = readline.createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  const todayIso = today();
  const rejected: number[] = [];
  const failed: number[] = [];
  let pendingBlank = 0;
  let lineNumber = 0;
  const writeLine = (value: unknown): void => {
    process.stdout.write(`${JSON.stringify(value)}\n`);
  };
  const errorLine = (line: number, field: string, message: string): void => {
    writeLine({ error: { line, field, message } });
  };
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') {
      // Held back: blank lines at the very end of the input are not documents.
      pendingBlank += 1;
      continue;
    }
    for (let blank = lineNumber - pendingBlank; blank < lineNumber; blank += 1) {
      rejected.push(blank);
      errorLine(blank, '', 'check: empty line (each line must hold one JSON document)');
    }
    pendingBlank = 0;
    try {
      writeLine(checkText(engine, line, todayIso).result);
    } catch (error) {
      if (error instanceof LineError) {
        rejected.push(lineNumber);
        errorLine(lineNumber, error.field, error.message);
      } else {
        failed.push(lineNumber);
        const reason = error instanceof Error ? error.message : String(error);
        errorLine(lineNumber, '', `check: internal error: ${reason}`);
      }
    }
  }
  const total = lineNumber - pendingBlank;
  const list = (numbers: number[]): string =>
    `line${numbers.length === 1 ? '' : 's'} ${numbers.slice(0, 10).join(', ')}${numbers.length > 10 ? ', …' : ''}`;
  if (failed.length > 0) {
    throw new Error(
      `check --batch: the engine failed on ${failed.length} of ${total} lines (${list(failed)}).`,
    );
  }
  if (rejected.length > 0) {
    throw usageError(
      `check --batch: ${rejected.length} of ${total} lines rejected as bad input (${list(rejected)}); the other answers are valid.`,
    );
  }
}

export function registerCheckCommand(program: Command): void {
  const check = program
    .command('check')
    .summary('Safety-check a regimen (a JSON document, or JSON Lines with --batch)')
    .description(
      'Safety-check a regimen: interactions, duplications, allergies, contraindications, doses, pharmacogenomics, substances, labs, age, pregnancy, controlled-substance rules and monitoring. Exits 2 on a bad document, naming the field; unknown drug or condition names are listed as not recognized, never ignored.',
    )
    .argument('[file]', 'the JSON document, or "-" (or nothing) for standard input')
    .option(
      '--batch',
      'read JSON Lines (one document a line) and write one JSON answer a line, in order; a bad line gives {"error":{"line","field","message"}} on its line instead of stopping the batch (exit 2 after the batch when any line was rejected)',
    )
    .addOption(jsonOption())
    .action(async (file: string | undefined, options: { batch?: boolean; json?: boolean }) => {
      const stream = openInput(file);
      const engine = await loadEngine();
      if (options.batch) await checkBatch(engine, stream);
      else await checkOne(engine, stream, options.json === true);
    });
  check.addHelpText(
    'after',
    `
Document (every field optional but at least one drug; unknown fields are errors):
  asOf       YYYY-MM-DD, default today
  patient    { age, sex, pregnant, breastfeeding, weightKg, conditions: [ICD-10-CM code or name],
               allergies: [name], substances: [{ substance, status, disorder }],
               pgx: [{ gene, diplotype | phenotype | allele + result }],
               labs: [{ test, value, unit, date }], vitals: { qtcMs, systolic, diastolic,
               heartRate, weightKg, bmi }, setting: { telehealth, inPersonEvaluationDone } }
  current    [{ drug, dose, unit, frequency, refills, stoppedOn }]   drug: generic, brand, RxNorm
  proposed   [{ drug, dose, unit, frequency, refills }]              code, or "a/b" for combinations
  substance status: current, withdrawal, recently-stopped or past`,
  );
  withExamples(
    check,
    'titrate check regimen.json',
    `echo '{"current":[{"drug":"sertraline","dose":100,"unit":"mg"}],"proposed":[{"drug":"tramadol","dose":50,"unit":"mg"}]}' | titrate check --json`,
    'titrate check --batch clinic-regimens.jsonl > answers.jsonl',
  );
}
