/** `titrate drug`, `titrate monitoring` and `titrate taper`: the formulary-based verbs. */

import type { Drug, MonitoringItem } from '@titrate/clinical';
import { type Command, Option } from 'commander';
import { dateOption, isEngineInputError, jsonOption, usageError, withExamples } from './common.js';
import { type ClinicalEngine, loadEngine } from './engine.js';
import { bullets, formatNumber, keyValues, print, printJson, table } from './output.js';

/** "did you mean sertraline?" / "did you mean a, b or c?" / "" */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const list =
    suggestions.length === 1
      ? suggestions[0]
      : `${suggestions.slice(0, -1).join(', ')} or ${suggestions[suggestions.length - 1]}`;
  return ` Did you mean ${list}?`;
}

/**
 * A formulary drug by generic name, brand, synonym or RxNorm code. Unknown names and combination
 * products exit 2 with close matches or the ingredients to look up instead.
 */
export function requireDrug(engine: ClinicalEngine, verb: string, name: string): Drug {
  const drug = engine.findDrug(name);
  if (drug) return drug;
  const combination = engine.resolveMedication(name);
  if (combination.drugs.length > 1 && combination.unrecognized.length === 0) {
    const names = combination.drugs.map((d) => d.name);
    throw usageError(
      `${verb}: "${name}" is a combination of ${names.join(' and ')}; give one ingredient at a time (e.g. titrate ${verb} ${names[0]}).`,
    );
  }
  throw usageError(`${verb}: unknown drug "${name}".${didYouMean(engine.suggestDrugs(name))}`);
}

// ---------------------------------------------------------------------------------------------
// drug
// ---------------------------------------------------------------------------------------------

interface Citation {
  id: string;
  citation: string;
  url?: string;
}

/** Every source id the monograph cites (drug and dose caps), resolved for the reader. */
function citationsFor(engine: ClinicalEngine, drug: Drug): Citation[] {
  const ids = [...new Set([...drug.sources, ...(drug.dose.caps ?? []).flatMap((cap) => cap.sources)])];
  return ids.map((id) => {
    const source = engine.SOURCES.get(id);
    if (!source) return { id, citation: id };
    return source.url
      ? { id, citation: source.citation, url: source.url }
      : { id, citation: source.citation };
  });
}

/**
 * The `titrate drug --json` monograph: the contract's fields first (`name`, `rxnorm`, `brands`,
 * `classes`, `schedule`, `maxDailyDose` in mg or null, `monitoring`, `education`), then the rest of
 * the formulary entry, then `citations` resolving every source id it cites.
 */
export function monograph(engine: ClinicalEngine, drug: Drug): Record<string, unknown> {
  const { name, rxnorm, brands, classes, schedule, monitoring, education, ...rest } = drug;
  return {
    name,
    rxnorm,
    brands,
    classes,
    schedule,
    maxDailyDose: drug.dose.maxDailyMg,
    monitoring,
    education,
    ...rest,
    citations: citationsFor(engine, drug),
  };
}

function mg(value: number): string {
  return `${formatNumber(value)} mg`;
}

function renderMonograph(engine: ClinicalEngine, drug: Drug): string {
  const dose = drug.dose;
  const rows: [string, string][] = [
    ['RxNorm', drug.rxnorm],
    ['Brands', drug.brands.length > 0 ? drug.brands.join(', ') : '—'],
  ];
  if (drug.synonyms && drug.synonyms.length > 0) rows.push(['Also called', drug.synonyms.join(', ')]);
  rows.push(
    ['Classes', drug.classes.join(', ')],
    [
      'Schedule',
      drug.schedule === null
        ? 'not a controlled substance'
        : `C-${drug.schedule} (DEA Schedule ${drug.schedule})`,
    ],
  );
  if (dose.nonDailyRoute) rows.push(['Route', `${dose.nonDailyRoute.route}: ${dose.nonDailyRoute.note}`]);
  rows.push(
    ['Starting dose', `${mg(dose.startingDailyMg)} a day`],
    ['Usual dose', `${formatNumber(dose.usualDailyMg.min)}-${mg(dose.usualDailyMg.max)} a day`],
    ['Maximum dose', dose.maxDailyMg === null ? 'no labelled daily maximum' : `${mg(dose.maxDailyMg)} a day`],
  );
  if (dose.minEffectiveDailyMg !== undefined)
    rows.push(['Minimum effective', `${mg(dose.minEffectiveDailyMg)} a day`]);
  rows.push(['Titration', dose.titration], ['Time to effect', dose.timeToEffect]);
  if (dose.adequateTrialWeeks !== undefined)
    rows.push(['Adequate trial', `${dose.adequateTrialWeeks} weeks at an adequate dose`]);
  if (dose.strengthsMg.length > 0) {
    rows.push([
      'Strengths',
      `${dose.strengthsMg.map(formatNumber).join(', ')} mg${dose.liquidAvailable ? '; oral liquid available' : ''}`,
    ]);
  }
  for (const warning of drug.boxedWarnings) rows.push(['BOXED WARNING', warning]);
  rows.push(
    ['Pregnancy', `${drug.pregnancy.risk.toUpperCase()}: ${drug.pregnancy.note}`],
    ['Lactation', drug.lactation],
  );
  if (drug.renal !== null) rows.push(['Renal', drug.renal]);
  if (drug.hepatic !== null) rows.push(['Hepatic', drug.hepatic]);
  if (drug.halfLifeHours !== undefined) rows.push(['Half-life', `${formatNumber(drug.halfLifeHours)} hours`]);
  rows.push(['Stopping', `discontinuation/withdrawal risk ${drug.discontinuationRisk}`]);
  if (drug.washoutDaysBeforeMaoi !== undefined)
    rows.push(['MAOI washout', `${drug.washoutDaysBeforeMaoi} days after stopping`]);
  rows.push(['Monitoring', drug.monitoring.length > 0 ? drug.monitoring.join(', ') : 'none specific']);

  const sections = [`${drug.name.toUpperCase()}`, keyValues(rows)];

  const caps = dose.caps ?? [];
  if (caps.length > 0) {
    sections.push(
      '',
      'Dose caps',
      table(
        ['Max/day', 'Reason'],
        caps.map((cap) => [mg(cap.maxDailyMg), cap.reason]),
      ),
    );
  }

  const education = drug.education;
  if (education) {
    const list = (items: readonly string[]): string => (items.length > 0 ? items.join('; ') : '—');
    sections.push(
      '',
      'Patient education',
      keyValues([
        ['Purpose', education.purpose],
        ['How to take', education.howToTake],
        ['Weeks 1-2', education.weeks1to2],
        ['Weeks 4-8', education.weeks4to8],
        ['Common', list(education.commonSideEffects)],
        ['Serious', list(education.seriousSideEffects)],
        ['When to call', education.whenToCall],
        ['Missed dose', education.missedDose],
        ['Questions', list(education.questionsToAsk)],
      ]),
    );
  }

  const citations = citationsFor(engine, drug);
  if (citations.length > 0) {
    sections.push('', 'Sources', bullets(citations.map((c) => `${c.citation}${c.url ? ` <${c.url}>` : ''}`)));
  }
  return sections.join('\n');
}

// ---------------------------------------------------------------------------------------------
// monitoring
// ---------------------------------------------------------------------------------------------

/** The `titrate monitoring --json` row: the contract's fields, plus the test's name and kind. */
export function monitoringRow(item: MonitoringItem): {
  test: string;
  loinc: string | null;
  due: string;
  reason: string;
  name: string;
  kind: MonitoringItem['kind'];
} {
  return {
    test: item.test,
    loinc: item.loinc,
    due: item.due,
    reason: item.reason,
    name: item.name,
    kind: item.kind,
  };
}

/** The engine's default end of schedule: the same calendar day two years on (29 February → 28th). */
function twoYearsAfter(start: string): string {
  const year = Number(start.slice(0, 4)) + 2;
  const monthDay = start.slice(5) === '02-29' ? '02-28' : start.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

interface MonitoringOptions {
  start: string;
  until?: string;
  age?: string;
  sex?: 'female' | 'male';
  cardiacHistory?: boolean;
  json?: boolean;
}

function readAge(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const age = Number(value);
  if (value.trim() === '' || !Number.isFinite(age) || age < 0 || age > 130) {
    throw usageError(`monitoring: --age "${value}" must be a number of years (0-130)`);
  }
  return age;
}

export function registerDrugCommands(program: Command): void {
  const drug = program
    .command('drug')
    .summary('Drug monograph: doses, schedule, warnings, monitoring, education')
    .description(
      'Show the monograph of a drug: RxNorm code, brands, classes, schedule, doses and caps, boxed warnings, pregnancy, monitoring, patient education and sources.',
    )
    .argument('<name>', 'generic name, brand name or RxNorm ingredient code (any case)')
    .addOption(jsonOption())
    .action(async (name: string, options: { json?: boolean }) => {
      const engine = await loadEngine();
      const found = requireDrug(engine, 'drug', name);
      if (options.json) printJson(monograph(engine, found));
      else print(renderMonograph(engine, found));
    });
  withExamples(drug, 'titrate drug sertraline', 'titrate drug Zoloft --json');

  const monitoring = program
    .command('monitoring')
    .summary('The monitoring schedule that starting a drug sets off')
    .description(
      'List the monitoring (labs, ECGs, vitals, rating scales) that starting a drug sets off: baseline items on the start date, then every follow-up through --until (default two years later).',
    )
    .argument('<drug>', 'generic name, brand name or RxNorm ingredient code')
    .requiredOption('--start <date>', 'the date the drug is started (YYYY-MM-DD)')
    .option('--until <date>', 'last date to schedule (YYYY-MM-DD; default two years after --start)')
    .option(
      '--age <years>',
      'the patient’s age: leaves out items that do not apply (unknown age includes them)',
    )
    .addOption(new Option('--sex <sex>', 'the patient’s sex (pregnancy tests)').choices(['female', 'male']))
    .option('--cardiac-history', 'known heart disease (adds baseline ECGs otherwise given by age)')
    .addOption(jsonOption())
    .action(async (name: string, options: MonitoringOptions) => {
      const engine = await loadEngine();
      const found = requireDrug(engine, 'monitoring', name);
      const start = dateOption('monitoring', '--start', options.start);
      const until =
        options.until === undefined ? undefined : dateOption('monitoring', '--until', options.until);
      if (until !== undefined && until < start) {
        throw usageError(`monitoring: --until ${until} is before --start ${start}`);
      }
      const age = readAge(options.age);
      let items: MonitoringItem[];
      try {
        items = engine.monitoringSchedule(found, start, {
          ...(until === undefined ? {} : { until }),
          ...(age === undefined ? {} : { age }),
          ...(options.sex === undefined ? {} : { sex: options.sex }),
          ...(options.cardiacHistory ? { cardiacHistory: true } : {}),
        });
      } catch (error) {
        if (isEngineInputError(error)) throw usageError(`monitoring: ${error.message}`);
        throw error;
      }
      if (options.json) {
        printJson(items.map(monitoringRow));
        return;
      }
      const through = until ?? twoYearsAfter(start);
      const heading = `Monitoring for ${found.name} started ${start} (through ${through}): ${items.length} item${items.length === 1 ? '' : 's'}`;
      if (items.length === 0) {
        print(`${heading}\n  No drug-specific monitoring for ${found.name}.`);
        return;
      }
      // One drug: its name in front of every reason says nothing new.
      const prefix = `${found.name}: `;
      const reason = (item: MonitoringItem): string =>
        item.reasons.map((r) => (r.startsWith(prefix) ? r.slice(prefix.length) : r)).join('; ');
      print(
        `${heading}\n${table(
          ['Due', 'Test', 'LOINC', 'Reason'],
          items.map((item) => [
            item.due,
            item.kind === 'baseline' ? `${item.name} (baseline)` : item.name,
            item.loinc ?? '—',
            reason(item),
          ]),
        )}`,
      );
    });
  withExamples(
    monitoring,
    'titrate monitoring lithium --start 2026-01-05',
    'titrate monitoring clozapine --start 2026-01-05 --until 2026-12-31 --json',
  );
}
