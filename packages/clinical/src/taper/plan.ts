import { DRUGS } from '../formulary/index.js';
import type { Drug } from '../formulary/types.js';
import { ClinicalInputError } from '../monitoring/dates.js';
import {
  hasClass,
  isAntidepressant,
  isAntipsychotic,
  isStimulantOrAdhd,
  resolveDrug,
} from '../monitoring/drug.js';
import type { SourceId } from '../types.js';
import { ceilFine, dispensable, nearest, roundFine } from './dispense.js';
import { benzodiazepineEquivalent, fromDiazepamEquivalent, hasDiazepamEquivalent } from './equivalents.js';

export type TaperMethod = 'hyperbolic' | 'benzodiazepine-guideline' | 'linear';
export type DoseForm = 'tablet' | 'liquid' | 'compounded';

export interface TaperStep {
  /** Week the dose starts (week 0 = first reduction). */
  week: number;
  dailyDose: number;
  form: DoseForm;
  /** Set when the step uses another drug (a switch to diazepam). */
  drug?: string;
  /** Reduction from the previous dose, % of that dose (0 for a substitution step). */
  reductionPercent: number;
  /** Tablet sizes forced a larger step than the rate limit (only with `tabletsOnly`). */
  exceedsRate?: boolean;
}

export interface TaperPlan {
  drug: string;
  startDailyDose: number;
  steps: TaperStep[];
  method: TaperMethod;
  intervalWeeks: number;
  /** Week of the final (zero) step. */
  durationWeeks: number;
  /** Fraction of the current dose removed per step (hyperbolic and benzodiazepine methods). */
  fractionPerStep: number | null;
  /** Largest allowed reduction per step (benzodiazepines: 25% per 2 weeks, scaled to the interval). */
  maxStepFraction: number | null;
  liquidNeeded: boolean;
  compoundingNeeded: boolean;
  notes: string[];
  sources: SourceId[];
}

export interface TaperOptions {
  /** Weeks between reductions (defaults: antidepressants 4, antipsychotics 12, benzodiazepines 2). */
  intervalWeeks?: number;
  /** Aim to finish by this week: the fraction per step is derived from it (within the rate limits). */
  targetEndWeeks?: number;
  /** Fraction of the current dose removed per step, overriding the default. */
  fractionPerStep?: number;
  /** Benzodiazepines: switch to an equivalent dose of diazepam first (Ashton). */
  switchToDiazepam?: boolean;
  /** Allow half tablets (default true; the formulary does not yet say which tablets are scored). */
  splitTablets?: boolean;
  /** Never use liquid or compounded doses; steps that then exceed the rate are flagged. */
  tabletsOnly?: boolean;
}

interface Profile {
  method: TaperMethod;
  interval: number;
  fraction: number;
  cap: number;
  stopDose: number;
  sources: SourceId[];
  notes: string[];
  linearSteps?: number;
  linearStepMg?: number;
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

function referenceDose(drug: Drug): number {
  return drug.dose.minEffectiveDailyMg ?? drug.dose.startingDailyMg ?? drug.dose.usualDailyMg.min;
}

/** Benzodiazepine guideline cap: not more than 25% per 2 weeks, compounded over the interval. */
export function benzodiazepineMaxStep(intervalWeeks: number): number {
  return round3(1 - 0.75 ** (intervalWeeks / 2));
}

function isBenzoLike(drug: Drug): boolean {
  return hasClass(drug, 'benzodiazepine', 'z-drug');
}

function profileFor(drug: Drug, options: TaperOptions): Profile {
  if (isBenzoLike(drug)) {
    const interval = options.intervalWeeks ?? 2;
    const cap = benzodiazepineMaxStep(interval);
    const stopDose = hasDiazepamEquivalent(drug) ? fromDiazepamEquivalent(drug, 1) : referenceDose(drug) / 10;
    return {
      method: 'benzodiazepine-guideline',
      interval,
      fraction: Math.min(options.fractionPerStep ?? 0.1, cap),
      cap,
      stopDose,
      sources: ['taper-joint-bzd-2025', 'taper-ashton-2002', 'taper-maudsley-2024'],
      notes: [
        'Joint guideline (2025): typical reductions of 5-10% of the current dose every 2-4 weeks, generally not more than 25% every 2 weeks; pause or slow down if withdrawal symptoms appear.',
        'Do not stop abruptly after regular use for more than about a month (seizure risk). Offer psychosocial support (e.g. CBT, CBT-I).',
      ],
    };
  }
  if (isAntidepressant(drug) || isAntipsychotic(drug) || hasClass(drug, 'gabapentinoid')) {
    const ap = isAntipsychotic(drug) && !isAntidepressant(drug);
    const defaultFraction = ap
      ? 0.25
      : drug.discontinuationRisk === 'high'
        ? 0.1
        : drug.discontinuationRisk === 'moderate'
          ? 0.2
          : 0.25;
    return {
      method: 'hyperbolic',
      interval: options.intervalWeeks ?? (ap ? 12 : 4),
      fraction: options.fractionPerStep ?? defaultFraction,
      cap: 0.5,
      stopDose: referenceDose(drug) / (ap ? 40 : 10),
      sources: ap
        ? ['taper-horowitz-2021', 'taper-maudsley-2024', 'taper-nice-ng215']
        : ['taper-horowitz-2019', 'taper-maudsley-2024', 'fu-nice-ng222', 'taper-nice-ng215'],
      notes: ap
        ? [
            'Hyperbolic taper (Horowitz 2021): reduce by about a quarter of the most recent dose at intervals of 3-6 months, so reductions shrink as the dose falls; final doses may be as small as 1/40th of a therapeutic dose.',
            'Watch for relapse and withdrawal (including dopaminergic rebound); slow down or return to the last tolerated dose if needed.',
          ]
        : [
            'Hyperbolic taper (Horowitz & Taylor 2019; NICE NG222): each reduction is a constant fraction of the current dose, so absolute steps shrink at low doses; continue well below the minimum therapeutic dose before stopping.',
            'Pace by withdrawal symptoms: hold or slow down if they appear; return to the last tolerated dose if severe.',
          ],
    };
  }
  // Linear tapers for drugs without a hyperbolic rationale.
  const interval = options.intervalWeeks;
  if (drug.name === 'lithium') {
    return {
      method: 'linear',
      interval: interval ?? 2,
      fraction: 0,
      cap: 1,
      stopDose: 0,
      linearSteps: 4,
      sources: ['mon-nice-cg185'],
      notes: [
        'NICE CG185: reduce lithium gradually over at least 4 weeks (preferably up to 3 months); monitor for early signs of mania or depression during and for 3 months after stopping.',
      ],
    };
  }
  if (hasClass(drug, 'alpha-2-agonist')) {
    const maxStep = drug.name.includes('clonidine') ? 0.1 : 1;
    return {
      method: 'linear',
      interval: interval ?? 1,
      fraction: 0,
      cap: 1,
      stopDose: 0,
      linearStepMg: maxStep,
      sources: drug.name.includes('clonidine') ? ['mon-label-clonidine-er'] : ['mon-label-guanfacine-er'],
      notes: [
        `Label: reduce by no more than ${maxStep} mg every 3-7 days to avoid rebound hypertension; check blood pressure.`,
      ],
    };
  }
  if (hasClass(drug, 'anticonvulsant', 'mood-stabilizer')) {
    return {
      method: 'linear',
      interval: interval ?? 1,
      fraction: 0,
      cap: 1,
      stopDose: 0,
      linearSteps: 4,
      sources: ['mon-label-lamotrigine'],
      notes: [
        'Anticonvulsants: taper over at least 2 weeks (lamotrigine label: about 50% per week) unless safety requires faster withdrawal (e.g. serious rash).',
      ],
    };
  }
  if (isStimulantOrAdhd(drug)) {
    return {
      method: 'linear',
      interval: interval ?? 1,
      fraction: 0,
      cap: 1,
      stopDose: 0,
      linearSteps: 2,
      sources: ['mon-aap-adhd-2019'],
      notes: [
        'Stimulants have no dangerous physical withdrawal; a short taper limits rebound symptoms, fatigue and low mood.',
      ],
    };
  }
  return {
    method: 'linear',
    interval: interval ?? 2,
    fraction: 0,
    cap: 1,
    stopDose: 0,
    linearSteps: 4,
    sources: ['taper-nice-ng215'],
    notes: ['Generic taper: four equal reductions; adjust to the drug and the patient.'],
  };
}

function pct(from: number, to: number): number {
  return from > 0 ? Math.round(((from - to) / from) * 1000) / 10 : 0;
}

interface ProportionalInput {
  drug: Drug;
  start: number;
  startWeek: number;
  interval: number;
  fraction: number;
  cap: number;
  stopDose: number;
  splitTablets: boolean;
  tabletsOnly: boolean;
  stepDrugName?: string;
}

/** Proportional (hyperbolic) reductions rounded to dispensable amounts, ending with a step to zero. */
function proportionalSteps(input: ProportionalInput): TaperStep[] {
  const { drug, start, interval, fraction, cap, splitTablets, tabletsOnly } = input;
  const disp = dispensable(drug, start, splitTablets);
  const fineAllowed = !tabletsOnly;
  const fineForm: DoseForm = disp.liquid ? 'liquid' : 'compounded';
  // With tablets only, stopping from the smallest piece is the best that can be done.
  const stopDose = tabletsOnly ? Math.max(input.stopDose, disp.smallestPiece) : input.stopDose;
  const steps: TaperStep[] = [];
  let current = start;
  let week = input.startWeek;
  let form: DoseForm = 'tablet';
  let previousReduction = Number.POSITIVE_INFINITY;
  const push = (dose: number, f: DoseForm, exceedsRate = false): void => {
    const step: TaperStep = { week, dailyDose: dose, form: f, reductionPercent: pct(current, dose) };
    if (input.stepDrugName) step.drug = input.stepDrugName;
    if (exceedsRate) step.exceedsRate = true;
    steps.push(step);
    previousReduction = dose > 0 ? current - dose : previousReduction;
    current = dose;
    week += interval;
  };
  for (let guard = 0; guard < 500 && current > 0; guard++) {
    if (current <= stopDose + 1e-9) {
      push(0, form);
      break;
    }
    const target = current * (1 - fraction);
    // A step may not remove more than the cap, nor more (in mg) than the previous step did.
    const lower = Math.max(current * (1 - cap), current - previousReduction, 0);
    // Tablet steps are acceptable within ±50% of the intended reduction.
    const minTabletReduction = current * fraction * 0.5;
    const maxTabletReduction = Math.min(current * fraction * 1.5, current - lower);
    if (form === 'tablet') {
      const candidates = disp.amounts.filter(
        (a) =>
          a < current - 1e-9 &&
          current - a >= minTabletReduction - 1e-9 &&
          current - a <= maxTabletReduction + 1e-9,
      );
      if (candidates.length > 0) {
        push(nearest(candidates, target), 'tablet');
        continue;
      }
      if (fineAllowed) {
        form = fineForm;
      } else {
        const below = disp.amounts.filter((a) => a < current - 1e-9);
        const next = below.length > 0 ? below[below.length - 1]! : 0;
        if (next === 0 || next <= stopDose + 1e-9 || current - next > current * cap + 1e-9) {
          const exceeds = current - next > current * cap + 1e-9 && next > 0;
          if (next === 0) {
            push(0, 'tablet');
            break;
          }
          push(next, 'tablet', exceeds);
          continue;
        }
        push(next, 'tablet');
        continue;
      }
    }
    let dose = roundFine(Math.max(target, lower));
    if (dose < lower - 1e-9) dose = ceilFine(lower);
    if (dose >= current) dose = roundFine(current - Math.min(previousReduction, current * fraction) / 2);
    if (dose <= 0 || dose >= current) {
      push(0, form);
      break;
    }
    push(dose, form);
  }
  return steps;
}

function linearSteps(drug: Drug, start: number, profile: Profile, splitTablets: boolean): TaperStep[] {
  const disp = dispensable(drug, start, splitTablets);
  const targets: number[] = [];
  if (profile.linearStepMg !== undefined) {
    for (let d = start - profile.linearStepMg; d > 1e-9; d -= profile.linearStepMg) targets.push(round3(d));
  } else {
    const n = profile.linearSteps ?? 4;
    for (let k = 1; k < n; k++) targets.push(start * (1 - k / n));
  }
  targets.push(0);
  const steps: TaperStep[] = [];
  let current = start;
  let week = 0;
  for (const t of targets) {
    const dose =
      t === 0
        ? 0
        : disp.liquid && !disp.amounts.includes(round3(t))
          ? roundFine(t)
          : nearest(disp.amounts, t);
    if (dose >= current - 1e-9 || (dose === 0 && t !== 0)) continue;
    const form: DoseForm =
      dose === 0 || disp.amounts.some((a) => Math.abs(a - dose) < 1e-9) ? 'tablet' : 'liquid';
    steps.push({ week, dailyDose: dose, form, reductionPercent: pct(current, dose) });
    current = dose;
    week += profile.interval;
  }
  return steps;
}

function diazepamDrug(): Drug {
  const found = DRUGS.find((d) => d.name === 'diazepam');
  if (found) return found;
  // Diazepam 2, 5 and 10 mg tablets and a 1 mg/mL oral solution (US label).
  return {
    name: 'diazepam',
    rxnorm: '3322',
    brands: ['Valium'],
    classes: ['benzodiazepine', 'anxiolytic'],
    psychiatric: true,
    schedule: 'IV',
    dose: {
      usualDailyMg: { min: 4, max: 40 },
      maxDailyMg: 40,
      startingDailyMg: 4,
      strengthsMg: [2, 5, 10],
      liquidAvailable: true,
      titration: '',
      timeToEffect: '',
    },
    boxedWarnings: [],
    pregnancy: { risk: 'caution', note: '' },
    lactation: '',
    renal: null,
    hepatic: null,
    metabolism: { substrateOf: [], inhibits: [], induces: [] },
    pd: {
      serotonergic: 'none',
      maoInhibitor: false,
      sympathomimetic: false,
      qtRisk: 'none',
      cnsDepressant: 'high',
      respiratoryDepressant: true,
      anticholinergicBurden: 0,
      seizureThresholdLowering: 'none',
      misusePotential: 'moderate',
    },
    monitoring: [],
    education: null,
    discontinuationRisk: 'high',
    halfLifeHours: 100,
    sources: ['taper-ashton-2002'],
  };
}

/**
 * A stepwise plan to zero (`titrate taper DRUG DAILY_DOSE [--interval-weeks N]`).
 * - Antidepressants, antipsychotics, gabapentinoids: hyperbolic — a constant fraction of the current
 *   dose per step (default 10% for high discontinuation risk, 20% moderate, 25% low; antipsychotics
 *   25% every 12 weeks), absolute steps never growing, continuing far below the therapeutic dose.
 * - Benzodiazepines and z-drugs: the 2025 Joint guideline rate — 10% of the current dose every 2 weeks
 *   by default, never more than 25% per 2 weeks — optionally after switching to diazepam.
 * - Others (lithium, anticonvulsants, alpha-2 agonists, stimulants): short linear tapers per label.
 * Doses are rounded to dispensable strengths (half tablets allowed); when a step below the smallest
 * tablet is needed a liquid (if the drug has one) or a compounded preparation is used and noted.
 */
export function taperPlan(
  drugInput: Drug | string,
  dailyDoseMg: number,
  options: TaperOptions = {},
): TaperPlan {
  const drug = resolveDrug(drugInput);
  if (!Number.isFinite(dailyDoseMg) || dailyDoseMg <= 0) {
    throw new ClinicalInputError(`Daily dose must be a positive number of mg (got ${dailyDoseMg})`);
  }
  if (options.intervalWeeks !== undefined && !(options.intervalWeeks > 0 && options.intervalWeeks <= 52)) {
    throw new ClinicalInputError(`Interval must be between 1 and 52 weeks (got ${options.intervalWeeks})`);
  }
  if (
    options.fractionPerStep !== undefined &&
    !(options.fractionPerStep > 0 && options.fractionPerStep < 1)
  ) {
    throw new ClinicalInputError(
      `Fraction per step must be between 0 and 1 (got ${options.fractionPerStep})`,
    );
  }
  if (drug.dose.nonDailyRoute) {
    throw new ClinicalInputError(
      `${drug.name} is given by ${drug.dose.nonDailyRoute.route}; plan its taper by interval, not daily mg`,
    );
  }
  const profile = profileFor(drug, options);
  const notes = [...profile.notes];
  const splitTablets = options.splitTablets ?? true;
  const tabletsOnly = options.tabletsOnly ?? false;
  let steps: TaperStep[];
  let fraction: number | null = null;
  let cap: number | null = null;

  if (profile.method === 'linear') {
    steps = linearSteps(drug, dailyDoseMg, profile, splitTablets);
  } else {
    fraction = profile.fraction;
    cap = profile.method === 'benzodiazepine-guideline' ? profile.cap : null;
    let taperDrug = drug;
    let start = dailyDoseMg;
    let stopDose = profile.stopDose;
    const prefix: TaperStep[] = [];
    let startWeek = 0;
    if (
      options.switchToDiazepam &&
      profile.method === 'benzodiazepine-guideline' &&
      drug.name !== 'diazepam'
    ) {
      if (!hasDiazepamEquivalent(drug))
        throw new ClinicalInputError(`No diazepam equivalent is established for ${drug.name}`);
      taperDrug = diazepamDrug();
      const dz = benzodiazepineEquivalent(drug, dailyDoseMg);
      const disp = dispensable(taperDrug, dz + 10, splitTablets);
      start = nearest(disp.amounts, dz);
      stopDose = 1;
      prefix.push({ week: 0, dailyDose: start, form: 'tablet', drug: 'diazepam', reductionPercent: 0 });
      startWeek = profile.interval;
      notes.push(
        `Switch ${drug.name} ${dailyDoseMg} mg/day to diazepam ${start} mg/day (≈${dz} mg equivalent, Ashton), substituting one dose at a time over 1-2 weeks, then taper diazepam.`,
      );
    }
    if (options.targetEndWeeks !== undefined) {
      const n = Math.floor(options.targetEndWeeks / profile.interval);
      if (n < 2)
        throw new ClinicalInputError(
          `Target of ${options.targetEndWeeks} weeks leaves fewer than 2 steps at ${profile.interval}-week intervals`,
        );
      const wanted = 1 - (stopDose / start) ** (1 / (n - 1));
      const limit = profile.method === 'benzodiazepine-guideline' ? profile.cap : 0.5;
      fraction = round3(Math.min(Math.max(wanted, 0.05), limit));
      if (wanted > limit) {
        notes.push(
          `A ${options.targetEndWeeks}-week taper would need ${Math.round(wanted * 100)}% reductions; capped at ${Math.round(limit * 100)}% per step, so the plan runs longer.`,
        );
      }
    }
    steps = [
      ...prefix,
      ...proportionalSteps({
        drug: taperDrug,
        start,
        startWeek,
        interval: profile.interval,
        fraction,
        cap: cap ?? profile.cap,
        stopDose,
        splitTablets,
        tabletsOnly,
        ...(taperDrug !== drug ? { stepDrugName: taperDrug.name } : {}),
      }),
    ];
  }

  const liquidNeeded = steps.some((s) => s.form === 'liquid');
  const compoundingNeeded = steps.some((s) => s.form === 'compounded');
  if (liquidNeeded) {
    const first = steps.find((s) => s.form === 'liquid')!;
    notes.push(
      `From week ${first.week} (${first.dailyDose} mg) the doses are below what tablets can give: use the oral liquid.`,
    );
  }
  if (compoundingNeeded) {
    const first = steps.find((s) => s.form === 'compounded')!;
    notes.push(
      `From week ${first.week} (${first.dailyDose} mg) the doses need a compounded preparation (no licensed liquid), or tablets-only steps (option tabletsOnly) that exceed the intended rate.`,
    );
  }
  if (compoundingNeeded && profile.method === 'benzodiazepine-guideline' && !options.switchToDiazepam) {
    notes.push(
      'Alternatively switch to diazepam (switchToDiazepam), which has 2 mg tablets and an oral solution for small steps.',
    );
  }
  if (steps.some((s) => s.exceedsRate)) {
    notes.push(
      'Some tablet-only steps exceed the intended rate because of tablet sizes; a liquid or compounded preparation would allow smaller steps.',
    );
  }
  const last = steps[steps.length - 1];
  return {
    drug: drug.name,
    startDailyDose: dailyDoseMg,
    steps,
    method: profile.method,
    intervalWeeks: profile.interval,
    durationWeeks: last ? last.week : 0,
    fractionPerStep: fraction,
    maxStepFraction: cap,
    liquidNeeded,
    compoundingNeeded,
    notes,
    sources: profile.sources,
  };
}
