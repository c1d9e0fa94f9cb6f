import type { Drug, DrugClass } from '../formulary/types.js';
import { addDays, assertIsoDate, ClinicalInputError, daysBetween } from '../monitoring/dates.js';
import {
  hasClass,
  isAntidepressant,
  isAntipsychotic,
  isBenzodiazepine,
  isMaoi,
  isStimulantOrAdhd,
  resolveDrug,
} from '../monitoring/drug.js';
import type { SourceId } from '../types.js';
import {
  LEVEL_OF_CARE_RANK,
  type LevelOfCare,
  type LevelOfCareInput,
  levelOfCareFor,
  type SafetyRisk,
} from './level-of-care.js';

export type Modality = 'telehealth' | 'in-person' | 'either';

export type MedicationChangeKind = 'start' | 'dose-increase' | 'dose-decrease' | 'switch' | 'taper' | 'stop';

export interface MedicationChange {
  kind: MedicationChangeKind;
  /** A formulary drug or its name; or give `classes` for a drug the formulary lacks. */
  drug?: Drug | string;
  classes?: DrugClass[];
  /** Federal schedule when `drug` is not given. */
  schedule?: Drug['schedule'];
}

export type SideEffectSeverity = 'none' | 'mild' | 'moderate' | 'severe' | 'life-threatening';

export type Diagnosis =
  | 'depression'
  | 'bipolar'
  | 'schizophrenia'
  | 'psychosis'
  | 'anxiety'
  | 'adhd'
  | 'substance-use'
  | 'ptsd'
  | 'insomnia'
  | 'other';

export interface FollowUpSituation {
  /** ISO date of the decision (needed for discharge windows and the telehealth rule). */
  asOf?: string;
  age?: number;
  diagnoses?: Diagnosis[];
  changes?: MedicationChange[];
  /** Relapse or recurrence of the illness since the last visit. */
  recentRelapse?: boolean;
  /** Discharge date from a psychiatric hospitalization. */
  hospitalDischargeDate?: string;
  /** Date of an emergency department visit for mental illness. */
  emergencyVisitDate?: string;
  sideEffects?: SideEffectSeverity;
  /** C-SSRS triage level; `imminent` for intent with plan and means now. */
  safetyRisk?: SafetyRisk;
  /** Months the illness and regimen have been stable. */
  monthsStable?: number;
  phq9?: { total: number; previousTotal?: number; item9?: number };
  /** A controlled substance is being prescribed in this encounter. */
  controlledSubstance?: {
    /** First prescription of a controlled substance to this patient by this practice. */
    newPrescription: boolean;
    inPersonEvaluationDone: boolean;
    /** Buprenorphine for opioid use disorder (separate 2025 telemedicine rule). */
    buprenorphineForOud?: boolean;
  };
  /** Extra acuity facts for the level of care (supports, psychosis, failed level…). */
  acuity?: Omit<LevelOfCareInput, 'suicideRisk'>;
  preferredModality?: 'telehealth' | 'in-person';
}

/**
 * Date-driven telemedicine rule for controlled substances. Default: the DEA/HHS fourth temporary
 * extension of the COVID-19 flexibilities, in effect through 31 December 2026; after that a first
 * controlled-substance prescription by telemedicine needs a prior in-person evaluation (Ryan Haight
 * Act), except buprenorphine for opioid use disorder under the January 2025 final rule.
 */
export interface TelehealthPolicy {
  /** Last day (inclusive) telemedicine prescribing without a prior in-person evaluation is allowed. */
  flexibilitiesThrough: string | null;
  /** Buprenorphine for OUD may be started by telemedicine (audio-only allowed) with a PDMP check. */
  buprenorphineTelemedicine: boolean;
  sources: SourceId[];
}

export const DEFAULT_TELEHEALTH_POLICY: TelehealthPolicy = {
  flexibilitiesThrough: '2026-12-31',
  buprenorphineTelemedicine: true,
  sources: ['fu-dea-telemedicine-2026', 'fu-ryan-haight-2008', 'fu-dea-buprenorphine-2025'],
};

/**
 * Default intervals (days) — a clinic can override any of them. Each names its source in `rule`.
 */
export interface FollowUpPolicy {
  stableUnder3Months: number;
  stable3To6Months: number;
  stable6MonthsOrMore: number;
  antidepressantStart: number;
  antidepressantDoseIncrease: number;
  antidepressantYoungOrAtRisk: number;
  antipsychoticStart: number;
  clozapineStart: number;
  lithiumStartOrChange: number;
  moodStabilizerStart: number;
  lamotrigineStart: number;
  adhdStartOrChange: number;
  benzodiazepineStart: number;
  maoiStart: number;
  esketamineSession: number;
  taperStep: number;
  doseDecrease: number;
  bipolarAntidepressant: number;
  relapse: number;
  bipolarRelapse: number;
  sideEffectsMild: number;
  sideEffectsModerate: number;
  sideEffectsSevere: number;
  safetyLow: number;
  safetyModerate: number;
  phq9Moderate: number;
  phq9ModeratelySevere: number;
  phq9Severe: number;
  phq9Worsening: number;
  dischargeDays: number;
  emergencyVisitDays: number;
}

export const DEFAULT_FOLLOW_UP_POLICY: FollowUpPolicy = {
  stableUnder3Months: 28,
  stable3To6Months: 60,
  stable6MonthsOrMore: 90,
  antidepressantStart: 14,
  antidepressantDoseIncrease: 28,
  antidepressantYoungOrAtRisk: 7,
  antipsychoticStart: 14,
  clozapineStart: 7,
  lithiumStartOrChange: 7,
  moodStabilizerStart: 14,
  lamotrigineStart: 14,
  adhdStartOrChange: 30,
  benzodiazepineStart: 28,
  maoiStart: 14,
  esketamineSession: 7,
  taperStep: 14,
  doseDecrease: 28,
  bipolarAntidepressant: 7,
  relapse: 14,
  bipolarRelapse: 7,
  sideEffectsMild: 28,
  sideEffectsModerate: 7,
  sideEffectsSevere: 1,
  safetyLow: 7,
  safetyModerate: 2,
  phq9Moderate: 28,
  phq9ModeratelySevere: 14,
  phq9Severe: 7,
  phq9Worsening: 14,
  dischargeDays: 7,
  emergencyVisitDays: 7,
};

export interface FollowUpRule {
  code: string;
  /** Null for rules that decide modality only (e.g. the telemedicine rule for controlled substances). */
  intervalDays: number | null;
  reason: string;
  inPersonRequired: boolean;
  sources: SourceId[];
}

export interface FollowUpRecommendation {
  /** Days until the next contact: the shortest interval of all rules that apply. */
  intervalDays: number;
  /** `asOf + intervalDays` when `asOf` is given. */
  nextVisitBy: string | null;
  inPersonRequired: boolean;
  modality: Modality;
  levelOfCare: LevelOfCare;
  /** Every reason, the deciding (shortest) ones first. */
  reasons: string[];
  rules: FollowUpRule[];
  sources: SourceId[];
}

export interface FollowUpOptions {
  policy?: Partial<FollowUpPolicy>;
  telehealthPolicy?: TelehealthPolicy;
}

interface ChangeInfo {
  kind: MedicationChangeKind;
  name: string;
  classes: DrugClass[];
  schedule: Drug['schedule'];
  drug: Drug | null;
}

function describe(change: MedicationChange): ChangeInfo {
  if (change.drug !== undefined) {
    const drug = resolveDrug(change.drug);
    return { kind: change.kind, name: drug.name, classes: drug.classes, schedule: drug.schedule, drug };
  }
  if (!change.classes || change.classes.length === 0) {
    throw new ClinicalInputError('A medication change needs a drug or its classes');
  }
  return {
    kind: change.kind,
    name: change.classes[0]!,
    classes: change.classes,
    schedule: change.schedule ?? null,
    drug: null,
  };
}

const classIs = (c: ChangeInfo, ...classes: DrugClass[]): boolean =>
  c.drug ? hasClass(c.drug, ...classes) : classes.some((k) => c.classes.includes(k));

const isAd = (c: ChangeInfo): boolean =>
  c.drug
    ? isAntidepressant(c.drug)
    : classIs(c, 'antidepressant', 'ssri', 'snri', 'tca', 'maoi', 'atypical-antidepressant');
const isAp = (c: ChangeInfo): boolean =>
  c.drug
    ? isAntipsychotic(c.drug)
    : classIs(c, 'antipsychotic', 'first-generation-antipsychotic', 'second-generation-antipsychotic');
const isBzd = (c: ChangeInfo): boolean => (c.drug ? isBenzodiazepine(c.drug) : classIs(c, 'benzodiazepine'));
const isAdhd = (c: ChangeInfo): boolean =>
  c.drug
    ? isStimulantOrAdhd(c.drug)
    : classIs(c, 'stimulant', 'amphetamine', 'methylphenidate', 'non-stimulant-adhd');
const isMao = (c: ChangeInfo): boolean => (c.drug ? isMaoi(c.drug) : classIs(c, 'maoi'));

/** PHQ-9 severity bands (Kroenke 2001). */
function phq9Band(total: number): 'minimal' | 'mild' | 'moderate' | 'moderately severe' | 'severe' {
  if (total >= 20) return 'severe';
  if (total >= 15) return 'moderately severe';
  if (total >= 10) return 'moderate';
  if (total >= 5) return 'mild';
  return 'minimal';
}

/**
 * Recommends when and how to see the patient next. Every applicable rule contributes an interval and
 * a reason; the shortest interval wins, and in-person is required when any rule requires it.
 */
export function recommendFollowUp(
  situation: FollowUpSituation,
  options: FollowUpOptions = {},
): FollowUpRecommendation {
  const p: FollowUpPolicy = { ...DEFAULT_FOLLOW_UP_POLICY, ...options.policy };
  const telePolicy = options.telehealthPolicy ?? DEFAULT_TELEHEALTH_POLICY;
  const asOf = situation.asOf !== undefined ? assertIsoDate(situation.asOf, 'asOf date') : undefined;
  const rules: FollowUpRule[] = [];
  const add = (
    code: string,
    intervalDays: number | null,
    reason: string,
    sources: SourceId[],
    inPersonRequired = false,
  ): void => {
    rules.push({ code, intervalDays, reason, inPersonRequired, sources });
  };
  const age = situation.age;
  const diagnoses = situation.diagnoses ?? [];
  const bipolar = diagnoses.includes('bipolar');
  const risk = situation.safetyRisk ?? 'none';
  const atRisk = risk !== 'none' || (situation.phq9?.item9 ?? 0) > 0;

  // Baseline cadence from stability.
  const stable = situation.monthsStable ?? 0;
  if (stable >= 6) {
    add(
      'stable-6-months',
      p.stable6MonthsOrMore,
      `Stable for ${stable} months: routine review every ${p.stable6MonthsOrMore} days.`,
      ['fu-apa-mdd-2010', 'fu-nice-cg90'],
    );
  } else if (stable >= 3) {
    add(
      'stable-3-months',
      p.stable3To6Months,
      `Stable for ${stable} months: review every ${p.stable3To6Months} days.`,
      ['fu-apa-mdd-2010', 'fu-nice-cg90'],
    );
  } else {
    add(
      'active-treatment',
      p.stableUnder3Months,
      `Not yet stable for 3 months: review every 2-4 weeks (${p.stableUnder3Months} days).`,
      ['fu-nice-cg90', 'fu-apa-mdd-2010'],
    );
  }

  // Medication changes.
  for (const change of (situation.changes ?? []).map(describe)) {
    const starting = change.kind === 'start' || change.kind === 'switch';
    const increasing = change.kind === 'dose-increase';
    const what = `${change.name} ${change.kind.replace('-', ' ')}`;
    if (starting || increasing) {
      if (change.name === 'clozapine') {
        add(
          'clozapine-start',
          p.clozapineStart,
          `Clozapine ${change.kind.replace('-', ' ')}: weekly in-person review with ANC, vital signs (orthostasis, tachycardia) and myocarditis checks.`,
          ['mon-label-clozapine', 'mon-ronaldson-2011'],
          true,
        );
      } else if (change.name === 'lithium') {
        add(
          'lithium-change',
          p.lithiumStartOrChange,
          `Lithium ${change.kind.replace('-', ' ')}: review with a trough level 1 week later.`,
          ['mon-nice-cg185'],
        );
      } else if (change.name === 'esketamine') {
        add(
          'esketamine-session',
          p.esketamineSession,
          'Esketamine: administered and observed in a certified clinic (REMS).',
          ['mon-label-spravato'],
          true,
        );
      } else if (isMao(change)) {
        add('maoi-start', p.maoiStart, `${what}: review blood pressure, diet and interactions.`, [
          'taper-label-maoi',
        ]);
      }
      if (isAd(change)) {
        const young = age !== undefined && age <= 25;
        if (young || atRisk) {
          add(
            'antidepressant-young-or-at-risk',
            p.antidepressantYoungOrAtRisk,
            `${what} in ${young ? `a person aged ${age}` : 'a person at risk of suicide'}: review after 1 week for suicidality (boxed warning; NICE NG222).`,
            ['fu-nice-ng222', 'mon-fda-antidepressant-boxed'],
          );
        } else if (starting) {
          add(
            'antidepressant-start',
            p.antidepressantStart,
            `${what}: first review within 2 weeks for response and side effects.`,
            ['fu-nice-ng222'],
          );
        } else {
          add(
            'antidepressant-increase',
            p.antidepressantDoseIncrease,
            `${what}: review within 4 weeks of the new dose.`,
            ['fu-nice-ng222'],
          );
        }
        if (bipolar) {
          add(
            'bipolar-antidepressant',
            p.bipolarAntidepressant,
            `${what} in bipolar disorder: review in 1 week for switch to mania or mixed features.`,
            ['fu-apa-bipolar-2002'],
          );
        }
      }
      if (isAp(change) && change.name !== 'clozapine') {
        add(
          'antipsychotic-start',
          p.antipsychoticStart,
          `${what}: review response, extrapyramidal effects and weight within 2 weeks.`,
          ['mon-apa-schizophrenia-2020', 'mon-ada-apa-2004'],
        );
      }
      if (change.name === 'lamotrigine') {
        add(
          'lamotrigine-titration',
          p.lamotrigineStart,
          'Lamotrigine titration: review at each 2-week step for rash.',
          ['mon-label-lamotrigine'],
        );
      } else if (classIs(change, 'mood-stabilizer', 'anticonvulsant') && change.name !== 'lithium') {
        add(
          'mood-stabilizer-start',
          p.moodStabilizerStart,
          `${what}: review levels, blood tests and tolerability within 2 weeks.`,
          ['mon-label-valproate', 'mon-label-carbamazepine'],
        );
      }
      if (isAdhd(change)) {
        const child = age !== undefined && age >= 6 && age <= 12;
        add(
          'adhd-start',
          p.adhdStartOrChange,
          `${what}: follow-up within 30 days with blood pressure and heart rate${child ? ' (HEDIS ADD initiation phase)' : ''}.`,
          child ? ['fu-hedis-add', 'mon-aap-adhd-2019'] : ['mon-aap-adhd-2019', 'fu-hedis-add'],
        );
      }
      if (isBzd(change) && starting) {
        add(
          'benzodiazepine-start',
          p.benzodiazepineStart,
          `${what}: reassess need within 4 weeks (dependence develops with regular use beyond about a month).`,
          ['taper-joint-bzd-2025'],
        );
      }
    }
    if (change.kind === 'taper' || change.kind === 'stop') {
      if (isAd(change) || isAp(change) || isBzd(change) || classIs(change, 'z-drug', 'gabapentinoid')) {
        add(
          'taper-step',
          p.taperStep,
          `${what}: check for withdrawal symptoms after each reduction.`,
          isBzd(change) ? ['taper-joint-bzd-2025'] : ['taper-nice-ng215', 'taper-horowitz-2019'],
        );
      }
      if (change.name === 'lithium') {
        add(
          'lithium-stop',
          p.taperStep,
          'Lithium taper/stop: watch for early relapse (mania) during and for 3 months after stopping.',
          ['mon-nice-cg185'],
        );
      }
    }
    if (change.kind === 'dose-decrease') {
      add('dose-decrease', p.doseDecrease, `${what}: review tolerability and symptoms within 4 weeks.`, [
        'fu-apa-mdd-2010',
      ]);
    }
  }

  // Relapse and bipolar disorder.
  if (situation.recentRelapse) {
    if (bipolar)
      add('bipolar-relapse', p.bipolarRelapse, 'Bipolar mood episode: review within 1 week.', [
        'fu-apa-bipolar-2002',
        'mon-nice-cg185',
      ]);
    else
      add('relapse', p.relapse, 'Relapse: return to acute-phase follow-up (every 1-2 weeks).', [
        'fu-apa-mdd-2010',
      ]);
  }

  // Hospital discharge (HEDIS FUH) and ED visit (HEDIS FUM).
  const windowRule = (
    date: string | undefined,
    days: number,
    code: string,
    what: string,
    sources: SourceId[],
  ): void => {
    if (date === undefined) return;
    assertIsoDate(date, `${what} date`);
    const since = asOf ? daysBetween(date, asOf) : 0;
    if (since < 0) return;
    if (since <= days) {
      const left = Math.max(1, days - since);
      add(
        code,
        left,
        `${what} on ${date}: follow-up with a mental health clinician within ${days} days (by ${addDays(date, days)}; not on the day of discharge).`,
        sources,
      );
    } else if (since <= 30) {
      add(
        `${code}-30`,
        Math.max(1, 30 - since),
        `${what} on ${date}: follow-up within 30 days (by ${addDays(date, 30)}).`,
        sources,
      );
    }
  };
  windowRule(
    situation.hospitalDischargeDate,
    p.dischargeDays,
    'hospital-discharge',
    'Psychiatric hospital discharge',
    ['fu-hedis-fuh'],
  );
  windowRule(
    situation.emergencyVisitDate,
    p.emergencyVisitDays,
    'emergency-visit',
    'Emergency department visit for mental illness',
    ['fu-hedis-fum'],
  );

  // Side effects.
  switch (situation.sideEffects ?? 'none') {
    case 'mild':
      add(
        'side-effects-mild',
        p.sideEffectsMild,
        'Mild side effects: review at the next routine visit (within 4 weeks).',
        ['fu-apa-mdd-2010'],
      );
      break;
    case 'moderate':
      add(
        'side-effects-moderate',
        p.sideEffectsModerate,
        'Moderate side effects: review within 1 week to adjust the dose or switch.',
        ['fu-apa-mdd-2010'],
      );
      break;
    case 'severe':
      add(
        'side-effects-severe',
        p.sideEffectsSevere,
        'Severe side effects: in-person assessment within 1 day.',
        ['fu-apa-mdd-2010'],
        true,
      );
      break;
    case 'life-threatening':
      add(
        'side-effects-life-threatening',
        0,
        'Life-threatening adverse reaction: emergency care now.',
        ['fu-apa-suicide-2003'],
        true,
      );
      break;
    case 'none':
      break;
  }

  // Safety (C-SSRS triage).
  switch (risk) {
    case 'low':
      add('safety-low', p.safetyLow, 'Low suicide risk (C-SSRS): safety plan and follow-up within 1 week.', [
        'fu-cssrs',
      ]);
      break;
    case 'moderate':
      add(
        'safety-moderate',
        p.safetyModerate,
        'Moderate suicide risk (C-SSRS): behavioural health evaluation within 2 days, safety plan, consider precautions.',
        ['fu-cssrs'],
      );
      break;
    case 'high':
      add(
        'safety-high',
        0,
        'High suicide risk (C-SSRS): same-day in-person evaluation and safety precautions.',
        ['fu-cssrs', 'fu-apa-suicide-2003'],
        true,
      );
      break;
    case 'imminent':
      add(
        'safety-imminent',
        0,
        'Imminent suicide risk: emergency evaluation now.',
        ['fu-cssrs', 'fu-apa-suicide-2003'],
        true,
      );
      break;
    case 'none':
      break;
  }

  // PHQ-9.
  if (situation.phq9) {
    const { total, previousTotal, item9 } = situation.phq9;
    if (!Number.isInteger(total) || total < 0 || total > 27)
      throw new ClinicalInputError(`PHQ-9 total ${total} is outside 0-27`);
    const band = phq9Band(total);
    if (band === 'severe')
      add('phq9-severe', p.phq9Severe, `PHQ-9 ${total} (severe): review within 1 week.`, ['fu-kroenke-2001']);
    else if (band === 'moderately severe')
      add(
        'phq9-moderately-severe',
        p.phq9ModeratelySevere,
        `PHQ-9 ${total} (moderately severe): review within 2 weeks.`,
        ['fu-kroenke-2001'],
      );
    else if (band === 'moderate')
      add('phq9-moderate', p.phq9Moderate, `PHQ-9 ${total} (moderate): review within 4 weeks.`, [
        'fu-kroenke-2001',
      ]);
    if (previousTotal !== undefined && total - previousTotal >= 5) {
      add(
        'phq9-worsening',
        p.phq9Worsening,
        `PHQ-9 rose ${total - previousTotal} points (from ${previousTotal} to ${total}): clinically significant worsening.`,
        ['fu-lowe-2004'],
      );
    }
    if ((item9 ?? 0) > 0 && situation.safetyRisk === undefined) {
      add('phq9-item9', 0, `PHQ-9 item 9 answered ${item9}: assess suicide risk (C-SSRS) today.`, [
        'fu-kroenke-2001',
        'fu-cssrs',
      ]);
    }
  }

  // Controlled substances by telemedicine.
  const cs = situation.controlledSubstance;
  const controlledChange = (situation.changes ?? [])
    .map(describe)
    .some((c) => c.schedule !== null && (c.kind === 'start' || c.kind === 'switch'));
  if (cs?.newPrescription && !cs.inPersonEvaluationDone) {
    if (cs.buprenorphineForOud && telePolicy.buprenorphineTelemedicine) {
      add(
        'telehealth-buprenorphine',
        null,
        'Buprenorphine for OUD may be started by telemedicine (audio-only allowed) for up to 6 months with a PDMP check.',
        ['fu-dea-buprenorphine-2025'],
      );
    } else if (asOf && telePolicy.flexibilitiesThrough && asOf <= telePolicy.flexibilitiesThrough) {
      add(
        'telehealth-flexibilities',
        null,
        `Controlled substance by telemedicine without an in-person evaluation is allowed through ${telePolicy.flexibilitiesThrough} (DEA/HHS temporary flexibilities; audio-video required).`,
        ['fu-dea-telemedicine-2026'],
      );
    } else {
      add(
        'in-person-required-controlled',
        null,
        asOf
          ? `A first controlled-substance prescription on ${asOf} needs an in-person medical evaluation (Ryan Haight Act; telemedicine flexibilities ended ${telePolicy.flexibilitiesThrough ?? 'already'}).`
          : 'A first controlled-substance prescription needs an in-person evaluation unless the telemedicine flexibilities apply (give asOf to check the date).',
        ['fu-ryan-haight-2008', 'fu-dea-telemedicine-2026'],
        true,
      );
    }
  } else if (controlledChange && !cs) {
    add(
      'controlled-substance',
      null,
      'Controlled substance: check the PDMP and confirm an in-person evaluation or a telemedicine exception.',
      ['fu-ryan-haight-2008', 'mon-cdc-opioids-2022'],
    );
  }

  // Level of care.
  const loc = levelOfCareFor({ ...situation.acuity, suicideRisk: risk });
  let levelOfCare = loc.levelOfCare;
  if (
    situation.sideEffects === 'life-threatening' &&
    LEVEL_OF_CARE_RANK.emergency > LEVEL_OF_CARE_RANK[levelOfCare]
  ) {
    levelOfCare = 'emergency';
  }
  if (LEVEL_OF_CARE_RANK[levelOfCare] > 0) {
    add(
      'level-of-care',
      LEVEL_OF_CARE_RANK[levelOfCare] >= 3 ? 0 : 7,
      `Level of care: ${levelOfCare} — ${loc.reasons.join(' ')}`,
      loc.sources,
      LEVEL_OF_CARE_RANK[levelOfCare] >= 3,
    );
  }

  const timed = rules.flatMap((r) => (r.intervalDays === null ? [] : [r.intervalDays]));
  const intervalDays = Math.min(...timed);
  const inPersonRequired = rules.some((r) => r.inPersonRequired);
  const ordered = [...rules].sort(
    (a, b) => (a.intervalDays ?? Number.MAX_SAFE_INTEGER) - (b.intervalDays ?? Number.MAX_SAFE_INTEGER),
  );
  const modality: Modality = inPersonRequired ? 'in-person' : (situation.preferredModality ?? 'either');
  return {
    intervalDays,
    nextVisitBy: asOf ? addDays(asOf, intervalDays) : null,
    inPersonRequired,
    modality,
    levelOfCare,
    reasons: ordered.map((r) => r.reason),
    rules: ordered,
    sources: [...new Set(rules.flatMap((r) => r.sources))],
  };
}
