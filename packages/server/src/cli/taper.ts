/** `titrate taper`: a stepwise plan to zero. */

import type { TaperOptions, TaperPlan } from '@titrate/clinical';
import type { Command } from 'commander';
import { isEngineInputError, jsonOption, usageError, withExamples } from './common.js';
import { requireDrug } from './drug.js';
import { type ClinicalEngine, loadEngine } from './engine.js';
import { bullets, formatNumber, keyValues, print, printJson, table } from './output.js';

const DOSE = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:mg)?$/i;

/** DAILY_DOSE in mg: a positive number, optionally written with "mg". */
export function readDailyDose(text: string): number {
  const match = DOSE.exec(text.trim());
  const dose = match ? Number(match[1]) : Number.NaN;
  if (!match || !Number.isFinite(dose) || dose <= 0) {
    throw usageError(
      `taper: DAILY_DOSE "${text}" must be a positive number of mg (the current total daily dose)`,
    );
  }
  return dose;
}

function readInterval(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const weeks = Number(text);
  if (text.trim() === '' || !Number.isInteger(weeks) || weeks < 1 || weeks > 52) {
    throw usageError(`taper: --interval-weeks "${text}" must be a whole number of weeks from 1 to 52`);
  }
  return weeks;
}

const METHOD: Record<TaperPlan['method'], string> = {
  hyperbolic: 'hyperbolic (each step removes a fraction of the current dose, so steps shrink at low doses)',
  'benzodiazepine-guideline':
    'benzodiazepine guideline rate (a fraction of the current dose per step, capped)',
  linear: 'linear (equal steps)',
};

function percent(fraction: number): string {
  return `${formatNumber(fraction * 100)} %`;
}

export function renderTaper(engine: ClinicalEngine, plan: TaperPlan): string {
  const rows: [string, string][] = [
    ['Drug', plan.drug],
    ['From', `${formatNumber(plan.startDailyDose)} mg a day to zero`],
    ['Method', METHOD[plan.method]],
    ['Interval', `every ${formatNumber(plan.intervalWeeks)} week${plan.intervalWeeks === 1 ? '' : 's'}`],
  ];
  if (plan.fractionPerStep !== null)
    rows.push(['Step size', `${percent(plan.fractionPerStep)} of the current dose`]);
  if (plan.maxStepFraction !== null)
    rows.push(['Largest step', `${percent(plan.maxStepFraction)} of the current dose`]);
  rows.push(['Duration', `${formatNumber(plan.durationWeeks)} weeks to the last (zero) step`]);
  if (plan.liquidNeeded) rows.push(['Liquid', 'needed for the smallest doses']);
  if (plan.compoundingNeeded) rows.push(['Compounding', 'needed for the smallest doses']);

  const steps = table(
    ['Week', 'Daily dose', 'Form', 'Cut'],
    plan.steps.map((step) => [
      String(step.week),
      `${formatNumber(step.dailyDose)} mg${step.drug && step.drug !== plan.drug ? ` ${step.drug}` : ''}`,
      step.form,
      `${step.reductionPercent === 0 ? '—' : `${formatNumber(step.reductionPercent)} %`}${step.exceedsRate ? ' (EXCEEDS the intended rate: tablet sizes)' : ''}`,
    ]),
  );
  const sections = [`Taper plan\n${keyValues(rows)}`, `Steps\n${steps}`];
  if (plan.notes.length > 0) sections.push(`Notes\n${bullets(plan.notes)}`);
  if (plan.sources.length > 0) {
    const citations = plan.sources.map((id) => engine.SOURCES.get(id)?.citation ?? id);
    sections.push(`Sources\n${bullets(citations)}`);
  }
  return sections.join('\n\n');
}

interface TaperCliOptions {
  intervalWeeks?: string;
  switchToDiazepam?: boolean;
  tabletsOnly?: boolean;
  json?: boolean;
}

export function registerTaperCommand(program: Command): void {
  const taper = program
    .command('taper')
    .summary('A stepwise taper plan to zero')
    .description(
      'Plan a stepwise taper to zero: hyperbolic (smaller absolute steps at lower doses) for antidepressants, antipsychotics and benzodiazepines, within guideline rates; short linear tapers for others (lithium, anticonvulsants, stimulants).',
    )
    .argument('<drug>', 'generic name, brand name or RxNorm ingredient code')
    .argument('<daily-dose>', 'current total daily dose in mg')
    .option(
      '--interval-weeks <n>',
      'weeks between steps (default by drug: antidepressants 4, antipsychotics 12, benzodiazepines 2)',
    )
    .option(
      '--switch-to-diazepam',
      'benzodiazepines: switch to an equivalent diazepam dose first, then taper it',
    )
    .option('--tablets-only', 'no liquid or compounded doses; steps that then exceed the rate are marked')
    .addOption(jsonOption())
    .action(async (name: string, doseText: string, options: TaperCliOptions) => {
      const engine = await loadEngine();
      const drug = requireDrug(engine, 'taper', name);
      const dose = readDailyDose(doseText);
      const intervalWeeks = readInterval(options.intervalWeeks);
      const taperOptions: TaperOptions = {};
      if (intervalWeeks !== undefined) taperOptions.intervalWeeks = intervalWeeks;
      if (options.switchToDiazepam) taperOptions.switchToDiazepam = true;
      if (options.tabletsOnly) taperOptions.tabletsOnly = true;
      let plan: TaperPlan;
      try {
        plan = engine.taperPlan(drug, dose, taperOptions);
      } catch (error) {
        if (isEngineInputError(error)) throw usageError(`taper: ${error.message}`);
        throw error;
      }
      if (options.json) printJson(plan);
      else print(renderTaper(engine, plan));
    });
  withExamples(
    taper,
    'titrate taper paroxetine 40',
    'titrate taper clonazepam 2 --interval-weeks 2 --json',
    'titrate taper alprazolam 3 --switch-to-diazepam',
  );
}
