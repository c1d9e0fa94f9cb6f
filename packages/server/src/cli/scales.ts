/** `titrate score`, `titrate change` and `titrate pgx`. */

import type { DiplotypeInterpretation, Instrument, ScoreChange, ScoreResult } from '@titrate/clinical';
import { type Command, Option } from 'commander';
import { jsonOption, usageError, withExamples } from './common.js';
import { type ClinicalEngine, loadEngine } from './engine.js';
import { formatNumber, keyValues, print, printJson, table, yesNo } from './output.js';

const INSTRUMENT_NAMES = 'PHQ-9, PHQ-2, GAD-7, GAD-2, C-SSRS, AUDIT-C, DAST-10, ASRS, MDQ, PCL-5, ISI, AIMS';

/** Scale errors already name the instrument and item ("PHQ-9 item 9: 4 is out of range (accepted: 0-3)."). */
function scaleCall<T>(engine: ClinicalEngine, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof engine.ScaleInputError) throw usageError(error.message);
    throw error;
  }
}

function flagSeverity(severity: string): string {
  return severity.toUpperCase();
}

export function renderScore(result: ScoreResult, instrument: Instrument | undefined): string {
  const rows: [string, string][] = [];
  const range = instrument?.totalRange;
  if (range) {
    rows.push([
      'Total',
      result.total === null
        ? 'not scored: unanswered items (no prorating)'
        : `${result.total} (range ${range.min}-${range.max})`,
    ]);
  }
  if (result.band !== null) rows.push(['Severity', result.band]);
  if (instrument?.cutPoint) {
    const screen =
      result.positive === null
        ? 'undetermined (unanswered items)'
        : result.positive
          ? 'POSITIVE'
          : 'negative';
    rows.push(['Screen', `${screen} — ${instrument.cutPoint.rule}`]);
  }
  if (instrument?.id === 'C-SSRS' || result.risk !== null) {
    rows.push([
      'Suicide risk',
      result.risk === null ? 'none identified on the screen' : result.risk.toUpperCase(),
    ]);
  }
  rows.push(['Complete', result.complete ? 'yes' : 'no: required items unanswered']);

  const title = instrument ? `${result.instrument} — ${instrument.title}` : result.instrument;
  const flags =
    result.flags.length === 0
      ? 'Flags: none'
      : `Flags:\n${table(
          ['Severity', 'Item', 'Code', 'Message'],
          result.flags.map((f) => [
            flagSeverity(f.severity),
            f.item === null ? '—' : String(f.item),
            f.code,
            f.message,
          ]),
        )}`;
  return `${title}\n${keyValues(rows)}\n\n${flags}`;
}

function percentWords(percent: number | null): string {
  if (percent === null) return 'not computed (baseline is 0)';
  if (percent === 0) return 'no change (0 %)';
  return `${formatNumber(Math.abs(percent))} % ${percent < 0 ? 'lower' : 'higher'} (${percent > 0 ? '+' : ''}${formatNumber(percent)} %)`;
}

export function renderChange(
  instrument: Instrument | undefined,
  name: string,
  baseline: number,
  current: number,
  change: ScoreChange,
): string {
  const rules = instrument?.change;
  const response = rules?.response;
  const responseRule =
    response?.kind === 'percent-drop'
      ? `a drop of ${response.percent} % or more`
      : response?.kind === 'point-drop'
        ? `a drop of ${response.points} points or more`
        : null;
  const remissionRule = rules?.remission ? `a total below ${rules.remission.below}` : null;
  const reliableRule = rules?.reliableChange
    ? `a change of ${rules.reliableChange.points} points or more`
    : null;
  const rows: [string, string][] = [
    ['Scores', `${baseline} at baseline → ${current} now`],
    ['Change', percentWords(change.percentChange)],
    [
      'Response',
      change.response === null
        ? 'not defined for this instrument'
        : `${yesNo(change.response)}${responseRule ? ` (${responseRule})` : ''}`,
    ],
    [
      'Remission',
      change.remission === null
        ? 'not defined for this instrument'
        : `${yesNo(change.remission)}${remissionRule ? ` (${remissionRule})` : ''}`,
    ],
    [
      'Reliable change',
      change.reliableChange === null
        ? 'not defined for this instrument'
        : `${change.reliableChange}${reliableRule ? ` (${reliableRule})` : ''}`,
    ],
  ];
  return `${instrument?.id ?? name} change\n${keyValues(rows)}`;
}

function readTotalArgument(instrumentName: string, field: 'baseline' | 'current', value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) {
    throw usageError(`${instrumentName} ${field}: "${value}" is not a number (give the total score)`);
  }
  return number;
}

export function registerScaleCommands(program: Command): void {
  const score = program
    .command('score')
    .summary('Score a rating scale (PHQ-9, GAD-7, C-SSRS, AUDIT-C, …)')
    .description(
      'Score a rating scale from its item answers: total, severity band, screening result, C-SSRS risk and safety flags (e.g. PHQ-9 item 9).',
    )
    .argument('<instrument>', `one of ${INSTRUMENT_NAMES} (any case, with or without the dash)`)
    .argument(
      '<answers...>',
      'item answers in order: item scores (0-3…), yes/no for yes-no items; C-SSRS: six yes/no, then recent or past when question 6 is yes; MDQ: 13 yes/no, yes/no, then none/minor/moderate/serious; "-" for an unanswered item',
    )
    .addOption(
      new Option('--sex <sex>', 'the patient’s sex, for sex-specific cut-points (AUDIT-C)').choices([
        'female',
        'male',
      ]),
    )
    .addOption(jsonOption())
    .action(async (name: string, answers: string[], options: { sex?: 'female' | 'male'; json?: boolean }) => {
      const engine = await loadEngine();
      const result = scaleCall(engine, () =>
        engine.scoreInstrument(name, answers, options.sex === undefined ? {} : { sex: options.sex }),
      );
      if (options.json) printJson(result);
      else print(renderScore(result, engine.getInstrument(name)));
    });
  withExamples(
    score,
    'titrate score PHQ-9 1 2 3 0 1 2 0 1 0',
    'titrate score AUDIT-C 2 1 0 --sex female --json',
    'titrate score C-SSRS yes yes no no no yes recent',
  );

  const change = program
    .command('change')
    .summary('Response, remission and reliable change between two totals')
    .description(
      'Interpret the change between a baseline and a current total: percent change, response, remission and reliable change.',
    )
    .argument('<instrument>', `one of ${INSTRUMENT_NAMES} with a total score`)
    .argument('<baseline>', 'the baseline total')
    .argument('<current>', 'the current total')
    .addOption(jsonOption())
    .action(async (name: string, baselineText: string, currentText: string, options: { json?: boolean }) => {
      const engine = await loadEngine();
      const instrument = engine.getInstrument(name);
      const label = instrument?.id ?? name;
      const baseline = readTotalArgument(label, 'baseline', baselineText);
      const current = readTotalArgument(label, 'current', currentText);
      const result = scaleCall(engine, () => engine.interpretChange(name, baseline, current));
      if (options.json) printJson(result);
      else print(renderChange(instrument, name, baseline, current, result));
    });
  withExamples(change, 'titrate change PHQ-9 12 5', 'titrate change GAD-7 15 9 --json');

  const pgx = program
    .command('pgx')
    .summary('Diplotype to CPIC activity score and metabolizer phenotype')
    .description(
      'Translate a CYP2D6, CYP2C19, CYP2C9 or CYP2B6 diplotype into its CPIC activity score and metabolizer phenotype.',
    )
    .argument('<gene>', 'CYP2D6, CYP2C19, CYP2C9 or CYP2B6')
    .argument('<diplotype>', 'star-allele diplotype, e.g. *1/*4 or *1/*2x2 (quote it in the shell)')
    .addOption(jsonOption())
    .action(async (gene: string, diplotype: string, options: { json?: boolean }) => {
      const engine = await loadEngine();
      let result: DiplotypeInterpretation;
      try {
        result = engine.interpretDiplotype(gene, diplotype);
      } catch (error) {
        if (error instanceof engine.PgxInputError) {
          // PgxInputError messages start with their field ("diplotype: …"); keep one field name.
          const prefix = `${error.field}: `;
          const rest = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
          throw usageError(`pgx: ${error.field} ${rest}`);
        }
        throw error;
      }
      if (options.json) {
        printJson(result);
        return;
      }
      print(
        keyValues([
          ['Gene', result.gene],
          ['Diplotype', result.diplotype],
          [
            'Activity score',
            result.activityScore === null
              ? result.phenotype === 'indeterminate'
                ? 'not assigned'
                : 'not used for this gene (phenotype from allele function)'
              : formatNumber(result.activityScore),
          ],
          ['Phenotype', result.phenotype],
        ]),
      );
    });
  withExamples(pgx, "titrate pgx CYP2D6 '*1/*4'", "titrate pgx CYP2C19 '*2/*17' --json");
}
