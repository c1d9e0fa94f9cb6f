/**
 * `scoreInstrument` — scores one administration of an instrument (design.md `titrate score`).
 *
 * Conventions shared by every instrument:
 * - No prorating: a total is given only when every scored item is answered; otherwise `total` and
 *   `band` are null and `complete` is false.
 * - `positive` is still given when the answered items already decide it. Every screening rule here
 *   rises with item scores, so the rule is evaluated with unanswered items at their lowest and at
 *   their highest score: if both agree, that is the result; if not, `positive` is null.
 * - Safety items are always checked on their own (PHQ-9 item 9, the C-SSRS questions).
 * - Flags are listed critical first, then warning, then info.
 */

import { type ParsedAnswers, parseAnswers, requireInstrument } from './answers.js';
import { ScaleInputError } from './errors.js';
import type {
  Instrument,
  InstrumentItem,
  ScaleAnswer,
  ScaleAnswerOption,
  ScaleFlag,
  ScaleFlagSeverity,
  ScoreOptions,
  ScoreResult,
  SuicideRisk,
} from './types.js';

type Points = readonly number[];

const minPoints = (item: InstrumentItem): number => Math.min(...item.options.map((o) => o.points));
const maxPoints = (item: InstrumentItem): number => Math.max(...item.options.map((o) => o.points));

/** Item points with unanswered items filled at their lowest or highest score. */
function fill(instrument: Instrument, parsed: ParsedAnswers, at: 'min' | 'max'): Points {
  return instrument.items.map((item, i) => {
    const answer = parsed[i];
    if (answer) return answer.points;
    return at === 'min' ? minPoints(item) : maxPoints(item);
  });
}

/** Evaluates a rule that rises with item scores; null when the unanswered items could change it. */
function decide(
  instrument: Instrument,
  parsed: ParsedAnswers,
  rule: (points: Points) => boolean,
): boolean | null {
  const low = rule(fill(instrument, parsed, 'min'));
  const high = rule(fill(instrument, parsed, 'max'));
  return low === high ? low : null;
}

const pointsOf = (points: Points, itemNumber: number): number => points[itemNumber - 1] ?? 0;

/** Sum of the scored items' points. */
function sumScored(instrument: Instrument, points: Points): number {
  return instrument.items.reduce((sum, item, i) => (item.scored ? sum + (points[i] ?? 0) : sum), 0);
}

/** The total when every scored item is answered, else null. */
function totalOf(instrument: Instrument, parsed: ParsedAnswers): number | null {
  const answered = instrument.items.every((item, i) => !item.scored || parsed[i] !== null);
  return answered ? sumScored(instrument, fill(instrument, parsed, 'min')) : null;
}

function bandOf(instrument: Instrument, total: number | null): string | null {
  if (total === null) return null;
  return instrument.bands.find((b) => total >= b.min && total <= b.max)?.label ?? null;
}

/** Every non-optional item answered. */
function allRequiredAnswered(instrument: Instrument, parsed: ParsedAnswers): boolean {
  return instrument.items.every((item, i) => item.optional || parsed[i] !== null);
}

const SEVERITY_ORDER: Record<ScaleFlagSeverity, number> = { critical: 0, warning: 1, info: 2 };

function result(
  instrument: Instrument,
  fields: Partial<Omit<ScoreResult, 'instrument' | 'flags' | 'complete'>> & { complete: boolean },
  flags: ScaleFlag[],
): ScoreResult {
  const sorted = flags
    .map((flag, order) => ({ flag, order }))
    .sort((a, b) => SEVERITY_ORDER[a.flag.severity] - SEVERITY_ORDER[b.flag.severity] || a.order - b.order)
    .map(({ flag }) => flag);
  return {
    instrument: instrument.id,
    total: fields.total ?? null,
    band: fields.band ?? null,
    positive: fields.positive ?? null,
    risk: fields.risk ?? null,
    flags: sorted,
    complete: fields.complete,
  };
}

function flag(code: string, item: number | null, severity: ScaleFlagSeverity, message: string): ScaleFlag {
  return { code, item, severity, message };
}

/** What to do after a positive screen, per instrument. */
const POSITIVE_SCREEN: Partial<Record<Instrument['id'], { severity: ScaleFlagSeverity; message: string }>> = {
  'PHQ-2': {
    severity: 'info',
    message: 'Positive depression screen (PHQ-2 of 3 or more): follow with the full PHQ-9.',
  },
  'GAD-2': {
    severity: 'info',
    message: 'Positive anxiety screen (GAD-2 of 3 or more): follow with the full GAD-7.',
  },
  'AUDIT-C': {
    severity: 'info',
    message:
      'Positive alcohol screen (AUDIT-C at or above the cut-point): assess drinking further and offer a brief intervention.',
  },
  'DAST-10': {
    severity: 'info',
    message: 'Positive drug-use screen (DAST-10 of 3 or more): further assessment of drug use is advised.',
  },
  ASRS: {
    severity: 'info',
    message:
      'Positive ADHD screen (4 or more shaded answers on ASRS Part A): symptoms highly consistent with adult ADHD; further evaluation is warranted.',
  },
  MDQ: {
    severity: 'warning',
    message:
      'Positive bipolar-spectrum screen (MDQ): evaluate for bipolar disorder, especially before starting or continuing an antidepressant.',
  },
  'PCL-5': {
    severity: 'info',
    message:
      'Provisional positive PTSD screen (PCL-5 of 33 or more): confirm with a structured assessment such as the CAPS-5.',
  },
};

function positiveScreenFlags(instrument: Instrument, positive: boolean | null): ScaleFlag[] {
  const action = POSITIVE_SCREEN[instrument.id];
  return positive === true && action ? [flag('positive-screen', null, action.severity, action.message)] : [];
}

// ---------------------------------------------------------------------------------------------
// Sum-scored instruments (PHQ-9, PHQ-2, GAD-7, GAD-2, DAST-10, PCL-5, ISI)
// ---------------------------------------------------------------------------------------------

function scoreSum(instrument: Instrument, parsed: ParsedAnswers): ScoreResult {
  const total = totalOf(instrument, parsed);
  const cut = instrument.cutPoint;
  const positive = cut ? decide(instrument, parsed, (p) => sumScored(instrument, p) >= cut.atLeast) : null;
  const flags: ScaleFlag[] = [...positiveScreenFlags(instrument, positive)];

  if (instrument.id === 'PHQ-9') flags.push(...phq9SafetyFlags(parsed));
  if (instrument.id === 'PCL-5') flags.push(...pcl5PatternFlags(instrument, parsed));

  return result(
    instrument,
    { total, band: bandOf(instrument, total), positive, complete: allRequiredAnswered(instrument, parsed) },
    flags,
  );
}

/** PHQ-9 item 9: any answer above 0 is a positive suicide-risk screen, whatever the total. */
function phq9SafetyFlags(parsed: ParsedAnswers): ScaleFlag[] {
  const item9 = parsed[8];
  if (item9 === null || item9 === undefined) {
    return [
      flag(
        'safety-item-unanswered',
        9,
        'warning',
        'PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was not answered: ask it directly before the visit ends.',
      ),
    ];
  }
  if (item9.points > 0) {
    return [
      flag(
        'suicidal-ideation',
        9,
        'critical',
        `PHQ-9 item 9 answered "${item9.label}": positive suicide-risk screen. Same-day clinician review with a structured risk assessment (e.g. C-SSRS), whatever the total score.`,
      ),
    ];
  }
  return [];
}

/** PCL-5 DSM-5 symptom pattern: items rated 2 or more count; needs 1 B, 1 C, 2 D and 2 E items. */
function pcl5PatternFlags(instrument: Instrument, parsed: ParsedAnswers): ScaleFlag[] {
  const need = { B: 1, C: 1, D: 2, E: 2 } as const;
  const met = decide(instrument, parsed, (points) => {
    const count = { B: 0, C: 0, D: 0, E: 0 };
    instrument.items.forEach((item, i) => {
      if (item.cluster && (points[i] ?? 0) >= 2) count[item.cluster] += 1;
    });
    return count.B >= need.B && count.C >= need.C && count.D >= need.D && count.E >= need.E;
  });
  return met === true
    ? [
        flag(
          'dsm5-symptom-pattern',
          null,
          'info',
          'PCL-5 answers meet the DSM-5 PTSD symptom pattern (items rated "moderately" or more: at least 1 intrusion, 1 avoidance, 2 mood/cognition and 2 arousal items). Provisional only; confirm by clinical interview.',
        ),
      ]
    : [];
}

// ---------------------------------------------------------------------------------------------
// AUDIT-C: sex-specific cut-points and the "never drinks" skip rule
// ---------------------------------------------------------------------------------------------

function scoreAuditC(instrument: Instrument, parsed: ParsedAnswers, options: ScoreOptions): ScoreResult {
  let answers = parsed;
  // AUDIT skip rule: "Never" to question 1 skips questions 2 and 3, which then score 0.
  if (parsed[0]?.points === 0) {
    answers = parsed.map((answer, i) => answer ?? (i > 0 ? (instrument.items[i]?.options[0] ?? null) : null));
  }
  const total = totalOf(instrument, answers);
  const cut = instrument.cutPoint;
  const positiveAt = (threshold: number): boolean | null =>
    decide(instrument, answers, (p) => sumScored(instrument, p) >= threshold);

  const flags: ScaleFlag[] = [];
  let positive: boolean | null;
  if (!cut) {
    positive = null;
  } else if (options.sex) {
    positive = positiveAt((options.sex === 'female' ? cut.female : cut.male) ?? cut.atLeast);
  } else {
    positive = positiveAt(cut.male ?? cut.atLeast);
    const femaleResult = positiveAt(cut.female ?? cut.atLeast);
    if (femaleResult !== positive) {
      flags.push(
        flag(
          'cut-point-assumed',
          null,
          'warning',
          `No sex given, so the men's cut-point (${cut.male ?? cut.atLeast}) was used. With the women's cut-point (${cut.female ?? cut.atLeast}) this screen would be positive: record the patient's sex or review the result.`,
        ),
      );
    }
  }
  flags.push(...positiveScreenFlags(instrument, positive));
  return result(instrument, { total, positive, complete: allRequiredAnswered(instrument, answers) }, flags);
}

// ---------------------------------------------------------------------------------------------
// ASRS Part A: count of shaded answers
// ---------------------------------------------------------------------------------------------

function shadedCount(instrument: Instrument, points: Points): number {
  return instrument.items.filter(
    (item, i) => item.shadedFrom !== undefined && (points[i] ?? 0) >= item.shadedFrom,
  ).length;
}

function scoreAsrs(instrument: Instrument, parsed: ParsedAnswers): ScoreResult {
  const complete = allRequiredAnswered(instrument, parsed);
  const total = complete ? shadedCount(instrument, fill(instrument, parsed, 'min')) : null;
  const cut = instrument.cutPoint?.atLeast ?? 4;
  const positive = decide(instrument, parsed, (p) => shadedCount(instrument, p) >= cut);
  return result(instrument, { total, positive, complete }, positiveScreenFlags(instrument, positive));
}

// ---------------------------------------------------------------------------------------------
// MDQ: three criteria
// ---------------------------------------------------------------------------------------------

const MDQ_SYMPTOMS = 13;
const MDQ_SAME_TIME = 14;
const MDQ_PROBLEM = 15;

function mdqYesCount(points: Points): number {
  let count = 0;
  for (let n = 1; n <= MDQ_SYMPTOMS; n++) count += pointsOf(points, n);
  return count;
}

function scoreMdq(instrument: Instrument, parsed: ParsedAnswers): ScoreResult {
  const cut = instrument.cutPoint?.atLeast ?? 7;
  const symptomsAnswered = parsed.slice(0, MDQ_SYMPTOMS).every((a) => a !== null);
  const total = symptomsAnswered ? mdqYesCount(fill(instrument, parsed, 'min')) : null;
  const positive = decide(
    instrument,
    parsed,
    (p) => mdqYesCount(p) >= cut && pointsOf(p, MDQ_SAME_TIME) === 1 && pointsOf(p, MDQ_PROBLEM) >= 2,
  );
  // Question 2 is asked only when more than one statement was answered yes.
  const sameTimeNeeded = total === null || total > 1;
  const complete =
    symptomsAnswered &&
    (!sameTimeNeeded || parsed[MDQ_SAME_TIME - 1] !== null) &&
    parsed[MDQ_PROBLEM - 1] !== null;
  return result(instrument, { total, positive, complete }, positiveScreenFlags(instrument, positive));
}

// ---------------------------------------------------------------------------------------------
// AIMS: Schooler-Kane criteria over the body-area items 1-7
// ---------------------------------------------------------------------------------------------

const AIMS_BODY_AREAS = 7;

function schoolerKane(points: Points): boolean {
  let mild = 0;
  for (let n = 1; n <= AIMS_BODY_AREAS; n++) {
    const score = pointsOf(points, n);
    if (score >= 3) return true;
    if (score >= 2) mild += 1;
  }
  return mild >= 2;
}

function scoreAims(instrument: Instrument, parsed: ParsedAnswers): ScoreResult {
  const total = totalOf(instrument, parsed);
  const positive = decide(instrument, parsed, schoolerKane);
  const flags: ScaleFlag[] = [];
  if (positive === true) {
    flags.push(
      flag(
        'probable-tardive-dyskinesia',
        null,
        'warning',
        'AIMS meets the Schooler-Kane threshold (moderate in one body area or mild in two or more): probable tardive dyskinesia if the patient has had at least 3 months of antipsychotic exposure and no other cause explains the movements. Review the antipsychotic and consider treatment.',
      ),
    );
  }
  const dental = [11, 12].find((n) => parsed[n - 1]?.value === 'yes');
  if (dental !== undefined) {
    flags.push(
      flag(
        'dental-confound',
        dental,
        'info',
        'Dental problems or dentures can cause mouth and jaw movements that mimic dyskinesia: take them into account when rating items 2-4.',
      ),
    );
  }
  return result(instrument, { total, positive, complete: allRequiredAnswered(instrument, parsed) }, flags);
}

// ---------------------------------------------------------------------------------------------
// C-SSRS screener: Columbia triage
// ---------------------------------------------------------------------------------------------

interface CssrsAnswers {
  q: [boolean, boolean, boolean, boolean, boolean, boolean];
  /** Behaviour (question 6) within the past 3 months. */
  recent: boolean;
}

interface Triage {
  level: 0 | 1 | 2 | 3;
  /** The item that set the level. */
  item: number | null;
}

const RISK_NAMES: readonly (SuicideRisk | null)[] = [null, 'low', 'moderate', 'high'];

/** Columbia triage: the highest applicable level wins. */
function triage({ q, recent }: CssrsAnswers): Triage {
  const [q1, q2, q3, q4, q5, q6] = q;
  if (q4) return { level: 3, item: 4 };
  if (q5) return { level: 3, item: 5 };
  if (q6 && recent) return { level: 3, item: 6 };
  if (q3) return { level: 2, item: 3 };
  if (q6) return { level: 2, item: 6 };
  if (q2) return { level: 1, item: 2 };
  if (q1) return { level: 1, item: 1 };
  return { level: 0, item: null };
}

const CSSRS_MESSAGES: Record<1 | 2 | 3, string> = {
  3: 'C-SSRS high risk: suicidal ideation with intent or a plan in the past month, or suicidal behaviour in the past 3 months. Immediate mental health evaluation and safety precautions; do not leave the patient alone.',
  2: 'C-SSRS moderate risk: suicidal ideation with a method (no intent or plan), or suicidal behaviour more than 3 months ago. Behavioural health consultation and consider safety precautions.',
  1: 'C-SSRS low risk: wish to be dead or non-specific suicidal thoughts without method, intent, plan or behaviour. Behavioural health referral and follow-up; create a task, not only a log entry.',
};

function scoreCssrs(instrument: Instrument, parsed: ParsedAnswers): ScoreResult {
  const answer = (n: number): ScaleAnswerOption | null => parsed[n - 1] ?? null;
  const yes = (n: number): boolean | null => {
    const a = answer(n);
    return a === null ? null : a.value === 'yes';
  };
  const timing = answer(7);
  if (timing !== null && yes(6) !== true) {
    throw new ScaleInputError(
      'C-SSRS item 6 (when): give the timing (recent or past) only when question 6 is yes.',
      'answers',
      7,
      instrument.id,
    );
  }

  const flags: ScaleFlag[] = [];
  const q2 = yes(2);
  if (q2 === false && [3, 4, 5].some((n) => yes(n) === true)) {
    flags.push(
      flag(
        'flow-inconsistent',
        2,
        'warning',
        'C-SSRS questions 3-5 are asked only after a "yes" to question 2, but question 2 is "no" and a later question is "yes". The "yes" answers were counted; clarify with the patient.',
      ),
    );
  }

  // Questions 3-5 are skipped (not unknown) when question 2 is no.
  const skipped = (n: number): boolean => q2 === false && n >= 3 && n <= 5;
  const bound = (unknownAs: boolean): CssrsAnswers => {
    const q = [1, 2, 3, 4, 5, 6].map((n) => yes(n) ?? (skipped(n) ? false : unknownAs)) as CssrsAnswers['q'];
    const recent = timing === null ? unknownAs : timing.value === 'recent';
    return { q, recent };
  };
  const low = triage(bound(false));
  const high = triage(bound(true));

  const unanswered: string[] = [];
  for (const n of [1, 2, 6]) if (yes(n) === null) unanswered.push(String(n));
  if (q2 === true) for (const n of [3, 4, 5]) if (yes(n) === null) unanswered.push(String(n));
  if (yes(6) === true && timing === null) unanswered.push('6 (when)');
  const complete = unanswered.length === 0;

  if (low.level > 0) {
    const level = low.level as 1 | 2 | 3;
    flags.push(
      flag(
        `suicide-risk-${RISK_NAMES[level]}`,
        low.item,
        level === 3 ? 'critical' : 'warning',
        CSSRS_MESSAGES[level],
      ),
    );
  }
  if (high.level > low.level) {
    flags.push(
      flag(
        'incomplete-screen',
        null,
        high.level === 3 ? 'critical' : 'warning',
        `C-SSRS screen incomplete (unanswered: ${unanswered.join(', ')}): risk is at least ${RISK_NAMES[low.level] ?? 'not identified'} and could be ${RISK_NAMES[high.level]}. Complete the screen now.`,
      ),
    );
  }

  return result(instrument, { risk: RISK_NAMES[low.level] ?? null, complete }, flags);
}

// ---------------------------------------------------------------------------------------------

/**
 * Scores one administration. `answers` are in item order (design.md `titrate score`); yes/no
 * items take `yes`/`no`; the C-SSRS takes six yes/no answers plus `recent`/`past` when question 6
 * is yes; the MDQ takes 13 yes/no, then yes/no, then none/minor/moderate/serious.
 * Throws `ScaleInputError` for an unknown instrument, a wrong answer count, or an invalid answer.
 */
export function scoreInstrument(
  name: string,
  answers: readonly ScaleAnswer[],
  options: ScoreOptions = {},
): ScoreResult {
  const instrument = requireInstrument(name);
  const sex: unknown = options.sex;
  if (sex !== undefined && sex !== 'female' && sex !== 'male') {
    throw new ScaleInputError(
      `sex must be "female" or "male", not "${String(sex)}".`,
      'sex',
      null,
      instrument.id,
    );
  }
  const parsed = parseAnswers(instrument, answers);
  switch (instrument.id) {
    case 'C-SSRS':
      return scoreCssrs(instrument, parsed);
    case 'AUDIT-C':
      return scoreAuditC(instrument, parsed, options);
    case 'ASRS':
      return scoreAsrs(instrument, parsed);
    case 'MDQ':
      return scoreMdq(instrument, parsed);
    case 'AIMS':
      return scoreAims(instrument, parsed);
    default:
      return scoreSum(instrument, parsed);
  }
}
