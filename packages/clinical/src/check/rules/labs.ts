/**
 * Laboratory and ECG results against the regimen. The grading of each result (bands, severity,
 * advice) comes from the lab interpreter — by default the monitoring module's `interpretResult`, so
 * the check and the monitoring views agree. This file decides which results matter for which drugs
 * in the regimen: a result raises an alert only when an active drug is implicated.
 *
 * Two rules are local because the monitoring module does not cover them: the thioridazine label's
 * QTc limit (450 ms) and clozapine plasma levels (AGNP laboratory alert level).
 */
import type { CheckContext, Component } from '../context.js';
import type { LabId } from '../labs.js';
import type { Finding, LabInterpretContext, LabInterpreter } from '../types.js';
import { cap, list } from './text.js';

const HEPATOTOXIC = [
  'valproate',
  'carbamazepine',
  'duloxetine',
  'naltrexone',
  'disulfiram',
  'nefazodone',
  'atomoxetine',
];

interface Attribution {
  test: LabId;
  code: string;
  /** Which active drugs the result implicates. */
  drugs: (c: Component) => boolean;
  /** Shared dedupe key with condition rules saying the same thing. */
  mechanism?: string;
  /** Drugs passed to the interpreter (tailors its bands); default: the implicated drugs. */
  context?: (implicated: Component[], ctx: CheckContext) => string[];
  note?: (implicated: string[]) => string;
}

const ATTRIBUTIONS: Attribution[] = [
  {
    test: 'lithium',
    code: 'lab.lithium-level',
    drugs: (c) => c.profile.lithium,
  },
  {
    test: 'anc',
    code: 'lab.anc-clozapine',
    drugs: (c) => c.profile.clozapine,
    note: () =>
      'Clozapine can cause severe neutropenia; the label sets monitoring and interruption thresholds by ANC.',
  },
  {
    test: 'anc',
    code: 'lab.anc-low',
    drugs: (c) => c.profile.myelosuppressive && !c.profile.clozapine,
    note: (names) => `${cap(list(names))} can suppress the bone marrow.`,
  },
  {
    test: 'qtc',
    code: 'lab.qtc-prolonged',
    drugs: (c) => c.profile.qt !== 'none',
    note: (names) => `QT-prolonging drugs in the regimen: ${list(names)}.`,
  },
  {
    test: 'potassium',
    code: 'lab.potassium-qt',
    drugs: (c) => c.profile.qt === 'known' || c.profile.qt === 'possible',
    note: (names) => `Hypokalaemia raises the risk of torsades de pointes with ${list(names)}.`,
  },
  {
    test: 'magnesium',
    code: 'lab.magnesium-qt',
    drugs: (c) => c.profile.qt === 'known' || c.profile.qt === 'possible',
    note: (names) => `Hypomagnesaemia raises the risk of torsades de pointes with ${list(names)}.`,
  },
  {
    test: 'egfr',
    code: 'lab.egfr-lithium',
    mechanism: 'lithium-renal',
    drugs: (c) => c.profile.lithium,
  },
  {
    test: 'egfr',
    code: 'lab.egfr-renal-dosing',
    drugs: (c) => c.profile.renallyCleared && !c.profile.lithium,
    // Interpreted without lithium so the general kidney-function bands apply.
    context: () => [],
    note: (names) => `Renally cleared: ${list(names)}; check each against its renal dosing.`,
  },
  {
    test: 'sodium',
    code: 'lab.hyponatremia',
    drugs: (c) =>
      c.profile.hyponatremia ||
      c.profile.ssri ||
      c.profile.snri ||
      c.profile.carbamazepine ||
      c.profile.oxcarbazepine,
    note: (names) =>
      `${cap(list(names))} can cause hyponatraemia through SIADH, most often in older adults and in the first weeks.`,
  },
  {
    test: 'alt',
    code: 'lab.liver-enzymes',
    mechanism: 'lab:liver',
    drugs: (c) => HEPATOTOXIC.some((n) => c.profile.names.has(n)) || c.drug.monitoring.includes('hepatic'),
  },
  {
    test: 'ast',
    code: 'lab.liver-enzymes',
    mechanism: 'lab:liver',
    drugs: (c) => HEPATOTOXIC.some((n) => c.profile.names.has(n)) || c.drug.monitoring.includes('hepatic'),
  },
  {
    test: 'platelets',
    code: 'lab.platelets',
    drugs: (c) => c.profile.valproate || c.profile.carbamazepine,
  },
  {
    test: 'valproate',
    code: 'lab.valproate-level',
    drugs: (c) => c.profile.valproate,
  },
  {
    test: 'carbamazepine',
    code: 'lab.carbamazepine-level',
    drugs: (c) => c.profile.carbamazepine,
  },
];

function when(date: string | null): string {
  return date ? ` (${date})` : '';
}

export function labFindings(ctx: CheckContext, interpreter: LabInterpreter): Finding[] {
  const out: Finding[] = [];
  const base: Omit<LabInterpretContext, 'drugs'> = {};
  if (ctx.sex) base.sex = ctx.sex;
  if (ctx.age !== null) base.age = ctx.age;
  if (ctx.conditions.has('benign-ethnic-neutropenia')) base.benignEthnicNeutropenia = true;

  for (const attribution of ATTRIBUTIONS) {
    const lab = attribution.test === 'egfr' ? null : ctx.labs.get(attribution.test);
    const egfr = attribution.test === 'egfr' ? ctx.egfr : null;
    const qtc = attribution.test === 'qtc' ? ctx.qtcMs : null;
    const value =
      attribution.test === 'qtc'
        ? qtc
        : attribution.test === 'egfr'
          ? (egfr?.value ?? null)
          : (lab?.value ?? null);
    if (value === null) continue;
    const implicated = ctx.active.filter(attribution.drugs);
    if (implicated.length === 0) continue;
    const names = [...new Set(implicated.map((c) => c.drug.name))];
    const drugsForContext = attribution.context ? attribution.context(implicated, ctx) : names;
    const reading = interpreter.interpret(attribution.test, value, { ...base, drugs: drugsForContext });
    if (!reading || reading.severity === null) continue;
    const computed =
      attribution.test === 'egfr' && egfr?.computed ? ' eGFR calculated from creatinine (CKD-EPI 2021).' : '';
    const date = lab?.date ?? null;
    out.push({
      code: attribution.code,
      mechanism: attribution.mechanism ?? `lab:${attribution.test}:${attribution.code}`,
      category: 'lab',
      severity: reading.severity,
      drugs: names,
      title: `${reading.name} ${round(reading.value)} ${reading.unit}${when(date)}: ${reading.band.replace(/-/g, ' ')} (${list(names)})`,
      detail: `${reading.message}${attribution.note ? ` ${attribution.note(names)}` : ''}${computed}`,
      recommendation: reading.recommendation,
      action: reading.action,
      maxDailyDose: null,
      sources: [...reading.sources, ...(computed ? ['check-inker-2021'] : [])],
    });
  }

  // Thioridazine: the label contraindicates a QTc above 450 ms.
  if (ctx.qtcMs !== null && ctx.qtcMs > 450) {
    for (const c of ctx.active.filter((x) => x.profile.names.has('thioridazine'))) {
      out.push({
        code: 'lab.qtc-thioridazine',
        category: 'lab',
        severity: 'contraindicated',
        drugs: [c.drug.name],
        title: `QTc ${ctx.qtcMs} ms: thioridazine is contraindicated above 450 ms`,
        detail:
          'Thioridazine prolongs the QTc interval in a dose-related way and has caused torsades de pointes and sudden death; its label contraindicates use when the QTc exceeds 450 ms.',
        recommendation:
          'Stop thioridazine and switch to an antipsychotic with less QT effect; repeat the ECG and check potassium and magnesium.',
        action: 'avoid',
        maxDailyDose: null,
        sources: ['check-label-thioridazine'],
      });
    }
  }

  // Clozapine plasma level above the AGNP laboratory alert level (1000 ng/mL): seizure risk.
  const level = ctx.labs.get('clozapine');
  if (level && level.value > 1000) {
    for (const c of ctx.active.filter((x) => x.profile.clozapine)) {
      out.push({
        code: 'lab.clozapine-level',
        category: 'lab',
        severity: 'major',
        drugs: [c.drug.name],
        title: `Clozapine level ${level.value} ng/mL${when(level.date)}: above the alert level`,
        detail:
          'Clozapine plasma levels above 1000 ng/mL (the AGNP laboratory alert level) are associated with seizures and other dose-related toxicity; the usual target is about 350–600 ng/mL.',
        recommendation:
          'Check it was a 12-hour trough; reduce the dose, consider seizure prophylaxis, and look for a cause (interacting drugs such as fluvoxamine or ciprofloxacin, or recently stopping smoking).',
        action: 'reduce-dose',
        maxDailyDose: null,
        sources: ['check-hiemke-2018', 'check-label-clozapine'],
      });
    }
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
