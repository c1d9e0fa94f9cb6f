import type { Drug } from '../formulary/types.js';
import { ClinicalInputError } from '../monitoring/dates.js';
import {
  hasClass,
  isAntidepressant,
  isAntipsychotic,
  isMaoi,
  isStimulantOrAdhd,
  resolveDrug,
} from '../monitoring/drug.js';
import type { SourceId } from '../types.js';
import { dispensable, nearest, roundFine } from './dispense.js';

export type SwitchMethod = 'cross-taper' | 'direct-switch' | 'washout';

export interface CrossTaperStep {
  /** Day from the start of the switch. */
  day: number;
  week: number;
  fromDailyDose: number;
  toDailyDose: number;
  note?: string;
}

export interface CrossTaperPlan {
  from: string;
  to: string;
  fromDose: number;
  toTargetDose: number;
  method: SwitchMethod;
  steps: CrossTaperStep[];
  /** Drug-free days required before the new drug (MAOI switches), else null. */
  washoutDays: number | null;
  notes: string[];
  sources: SourceId[];
}

export interface CrossTaperOptions {
  /** Weeks over which to cross-taper (default 4; 2-4 is usual). */
  weeks?: number;
  /** Force a cross-taper even when a direct switch would be acceptable. */
  noDirectSwitch?: boolean;
  splitTablets?: boolean;
}

/** Fluoxetine → MAOI: at least 5 weeks (label), used when the formulary gives no value. */
const FLUOXETINE_MAOI_WASHOUT_DAYS = 35;
const MAOI_WASHOUT_DAYS = 14;

/** Drugs that must not overlap with an MAOI (serotonergic, sympathomimetic, antidepressant, stimulant). */
function interactsWithMaoi(drug: Drug): boolean {
  return (
    isMaoi(drug) ||
    isAntidepressant(drug) ||
    drug.pd.serotonergic !== 'none' ||
    drug.pd.sympathomimetic ||
    isStimulantOrAdhd(drug)
  );
}

function relativeDose(drug: Drug, dose: number): number {
  const ref = drug.dose.minEffectiveDailyMg ?? drug.dose.startingDailyMg ?? drug.dose.usualDailyMg.min;
  return dose / ref;
}

const SPECIFIC_CLASSES = ['ssri', 'snri', 'tca', 'second-generation-antipsychotic'] as const;

function sharedSpecificClass(a: Drug, b: Drug): string | undefined {
  return SPECIFIC_CLASSES.find((c) => a.classes.includes(c) && b.classes.includes(c));
}

function round(d: Drug, target: number, max: number, split: boolean): number {
  if (target <= 0) return 0;
  const disp = dispensable(d, Math.max(max, target) * 1.25, split);
  const n = nearest(disp.amounts, target);
  if (n > 0 && Math.abs(n - target) / target <= 0.25) return n;
  return disp.liquid ? roundFine(target) : n;
}

/**
 * A plan for switching from one drug to another.
 * - MAOI on either side (with an interacting drug on the other): no overlap — taper and stop the first
 *   drug, wait the washout (the from-drug's `washoutDaysBeforeMaoi`, fluoxetine 35 days, otherwise
 *   14 days; 14 days after stopping an MAOI), then start the new drug.
 * - Same specific class (e.g. SSRI to SSRI) at roughly equivalent doses (within a factor of 2 relative
 *   to each drug's minimum effective dose): direct switch (stop one, start the other the next day;
 *   from fluoxetine, start low after a few days because of its long half-life).
 * - Otherwise: a staggered cross-taper over `weeks` (default 4): the new drug starts at its starting
 *   dose as the old one is reduced in equal weekly steps, reaching target as the old one reaches zero.
 */
export function crossTaperPlan(
  fromInput: Drug | string,
  fromDose: number,
  toInput: Drug | string,
  toTargetDose: number,
  options: CrossTaperOptions = {},
): CrossTaperPlan {
  const from = resolveDrug(fromInput);
  const to = resolveDrug(toInput);
  if (!(fromDose > 0) || !(toTargetDose > 0))
    throw new ClinicalInputError('Doses must be positive numbers of mg');
  const weeks = options.weeks ?? 4;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 12)
    throw new ClinicalInputError(`Cross-taper weeks must be 1-12 (got ${weeks})`);
  const split = options.splitTablets ?? true;
  const toStart = Math.min(to.dose.startingDailyMg, toTargetDose);
  const notes: string[] = [];
  const base = { from: from.name, to: to.name, fromDose, toTargetDose };
  const step = (day: number, f: number, t: number, note?: string): CrossTaperStep => ({
    day,
    week: Math.floor(day / 7),
    fromDailyDose: f,
    toDailyDose: t,
    ...(note ? { note } : {}),
  });

  // ------------------------------------------------------------ MAOI washout
  const maoiInvolved = (isMaoi(to) && interactsWithMaoi(from)) || (isMaoi(from) && interactsWithMaoi(to));
  if (maoiInvolved) {
    const washoutDays = isMaoi(from)
      ? MAOI_WASHOUT_DAYS
      : (from.washoutDaysBeforeMaoi ??
        (from.name === 'fluoxetine' ? FLUOXETINE_MAOI_WASHOUT_DAYS : MAOI_WASHOUT_DAYS));
    const taperWeeks = Math.min(weeks, 4);
    const steps: CrossTaperStep[] = [];
    for (let k = 1; k < taperWeeks; k++) {
      steps.push(step((k - 1) * 7, round(from, fromDose * (1 - k / taperWeeks), fromDose, split), 0));
    }
    const stopDay = (taperWeeks - 1) * 7;
    steps.push(step(stopDay, 0, 0, `Last dose of ${from.name} the day before; washout begins.`));
    const startDay = stopDay + washoutDays;
    steps.push(
      step(
        startDay,
        0,
        round(to, toStart, toTargetDose, split),
        `Start ${to.name} after a ${washoutDays}-day washout.`,
      ),
    );
    if (toStart < toTargetDose) {
      steps.push(
        step(
          startDay + 7,
          0,
          round(to, toTargetDose, toTargetDose, split),
          `Titrate ${to.name} to target as tolerated.`,
        ),
      );
    }
    notes.push(
      isMaoi(from)
        ? `Stopping an MAOI: wait ${washoutDays} days before starting ${to.name} (MAO enzyme regeneration); no overlap (serotonin syndrome / hypertensive crisis).`
        : `Switching to an MAOI: stop ${from.name}, then wait ${washoutDays} days${from.name === 'fluoxetine' ? ' (5 weeks for fluoxetine and norfluoxetine)' : ''} before the first MAOI dose; no overlap.`,
    );
    notes.push(
      'Diet and drug-interaction counselling for the MAOI; watch for discontinuation symptoms during the drug-free interval.',
    );
    const sources: SourceId[] = ['taper-label-maoi', 'taper-maudsley-switching-2021'];
    if (from.name === 'fluoxetine') sources.unshift('taper-label-fluoxetine');
    return { ...base, method: 'washout', steps, washoutDays, notes, sources };
  }

  // ------------------------------------------------------------ direct switch
  const shared = sharedSpecificClass(from, to);
  const ratio = relativeDose(from, fromDose) / relativeDose(to, toTargetDose);
  if (
    !options.noDirectSwitch &&
    shared &&
    shared !== 'second-generation-antipsychotic' &&
    ratio >= 0.5 &&
    ratio <= 2
  ) {
    const longHalfLife = (from.halfLifeHours ?? 0) >= 96;
    const steps: CrossTaperStep[] = longHalfLife
      ? [
          step(0, 0, 0, `Stop ${from.name}.`),
          step(
            4,
            0,
            round(to, toStart, toTargetDose, split),
            `Start ${to.name} low after 4-7 days (long half-life of ${from.name}).`,
          ),
          ...(toStart < toTargetDose
            ? [step(18, 0, round(to, toTargetDose, toTargetDose, split), 'Increase to target as tolerated.')]
            : []),
        ]
      : [
          step(
            0,
            0,
            round(to, toTargetDose, toTargetDose, split),
            `Stop ${from.name} and start ${to.name} the next day at the equivalent dose.`,
          ),
        ];
    notes.push(
      `Same class (${shared}) at similar relative doses: a direct switch is usually tolerated; watch for discontinuation symptoms and, briefly, serotonergic effects.`,
    );
    return {
      ...base,
      method: 'direct-switch',
      steps,
      washoutDays: null,
      notes,
      sources: ['taper-maudsley-switching-2021', 'fu-nice-ng222'],
    };
  }

  // ------------------------------------------------------------ cross-taper
  const steps: CrossTaperStep[] = [];
  let lastFrom = fromDose;
  let lastTo = 0;
  for (let k = 0; k < weeks; k++) {
    const f =
      k === weeks - 1
        ? 0
        : Math.min(lastFrom, round(from, fromDose * (1 - (k + 1) / weeks), fromDose, split));
    const tRaw = weeks === 1 ? toTargetDose : toStart + ((toTargetDose - toStart) * k) / (weeks - 1);
    const t = Math.max(lastTo, round(to, tRaw, toTargetDose, split));
    steps.push(step(k * 7, f, t));
    lastFrom = f;
    lastTo = t;
  }
  notes.push(
    `Staggered cross-taper over ${weeks} weeks: ${to.name} starts at ${steps[0]!.toDailyDose} mg/day while ${from.name} is reduced weekly.`,
  );
  notes.push(
    `Raise ${to.name} no faster than its labelled titration allows; the weekly doses are upper bounds.`,
  );
  if (from.pd.serotonergic !== 'none' && to.pd.serotonergic !== 'none') {
    notes.push('Both drugs are serotonergic: watch for serotonin toxicity during the overlap.');
  }
  if (isAntipsychotic(from) || isAntipsychotic(to)) {
    notes.push(
      'Antipsychotic switch: watch for relapse, withdrawal (including cholinergic rebound) and additive side effects during the overlap.',
    );
  }
  if (from.name === 'clozapine') {
    notes.push(
      'Clozapine: reduce slowly (rebound psychosis and cholinergic rebound); continue ANC monitoring as labelled after stopping.',
    );
  }
  if (hasClass(from, 'benzodiazepine')) {
    notes.push(
      'Benzodiazepines should be tapered at the guideline rate (taperPlan), not over a short cross-taper.',
    );
  }
  return {
    ...base,
    method: 'cross-taper',
    steps,
    washoutDays: null,
    notes,
    sources: [
      'taper-maudsley-switching-2021',
      ...(isAntipsychotic(from) ? (['taper-horowitz-2021'] as SourceId[]) : []),
    ],
  };
}
