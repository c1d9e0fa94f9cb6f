import type { SourceId } from '../types.js';

export type SafetyRisk = 'none' | 'low' | 'moderate' | 'high' | 'imminent';

export type LevelOfCare =
  | 'routine-outpatient'
  | 'intensive-outpatient'
  | 'partial-hospitalization'
  | 'inpatient'
  | 'emergency';

export const LEVEL_OF_CARE_RANK: Record<LevelOfCare, number> = {
  'routine-outpatient': 0,
  'intensive-outpatient': 1,
  'partial-hospitalization': 2,
  inpatient: 3,
  emergency: 4,
};

/** Facts that move a patient to a more intensive level of care. */
export interface LevelOfCareInput {
  /** C-SSRS screener triage (low / moderate / high); `imminent` = intent with plan and means now, or behaviour under way. */
  suicideRisk?: SafetyRisk;
  /** Homicidal ideation with intent or plan. */
  homicidalIntent?: boolean;
  /** Psychosis or mania with dangerous behaviour or inability to care for self. */
  unableToCareForSelf?: boolean;
  /** Psychosis or mania without those features. */
  acutePsychosisOrMania?: boolean;
  /** Medically unstable: severe withdrawal (delirium, seizures), overdose, serious adverse drug reaction (NMS, serotonin toxicity, lithium toxicity). */
  medicallyUnstable?: boolean;
  /** Did not improve, or worsened, at the current level of care. */
  failedCurrentLevel?: boolean;
  /** Supports at home (someone who can stay with the patient, secure means). */
  supports?: 'adequate' | 'limited';
  /** The current level (so `failedCurrentLevel` escalates one step from it). */
  currentLevel?: LevelOfCare;
}

export interface LevelOfCareResult {
  levelOfCare: LevelOfCare;
  reasons: string[];
  /** Immediate steps that accompany the level. */
  actions: string[];
  sources: SourceId[];
}

const ORDER: LevelOfCare[] = [
  'routine-outpatient',
  'intensive-outpatient',
  'partial-hospitalization',
  'inpatient',
  'emergency',
];

/**
 * Escalation rules from a suicide risk level (C-SSRS triage) and other acuity facts, following the
 * APA 2003 guidance on selecting a treatment setting and Columbia's screener triage:
 * imminent risk, homicidal intent or medical instability → emergency; high risk or inability to care
 * for self → inpatient (evaluate for admission today); acute psychosis/mania, or moderate risk with
 * limited supports or a failed lower level → partial hospitalization / intensive outpatient; none,
 * low or moderate risk with adequate supports → routine outpatient with closer follow-up.
 */
export function levelOfCareFor(risk: SafetyRisk | LevelOfCareInput): LevelOfCareResult {
  const input: LevelOfCareInput = typeof risk === 'string' ? { suicideRisk: risk } : risk;
  const reasons: string[] = [];
  const actions: string[] = [];
  const sources = new Set<SourceId>();
  let level: LevelOfCare = 'routine-outpatient';
  const raise = (to: LevelOfCare, reason: string, src: SourceId[]): void => {
    if (LEVEL_OF_CARE_RANK[to] > LEVEL_OF_CARE_RANK[level]) level = to;
    reasons.push(reason);
    for (const s of src) sources.add(s);
  };
  const S = ['fu-cssrs', 'fu-apa-suicide-2003'];
  switch (input.suicideRisk ?? 'none') {
    case 'imminent':
      raise(
        'emergency',
        'Imminent suicide risk: emergency evaluation now; do not leave the person alone.',
        S,
      );
      actions.push(
        'Call 911/988 or arrange transfer to an emergency department; remove access to means; stay with the person.',
      );
      break;
    case 'high':
      raise(
        'inpatient',
        'High suicide risk (C-SSRS: intent or plan in the past month, or behaviour in the past 3 months): same-day in-person evaluation for admission.',
        S,
      );
      actions.push(
        'Same-day in-person evaluation; safety precautions and observation until evaluated; means restriction.',
      );
      break;
    case 'moderate':
      if (input.supports === 'limited') {
        raise(
          'intensive-outpatient',
          'Moderate suicide risk with limited supports: more intensive outpatient care.',
          S,
        );
      } else {
        raise(
          'routine-outpatient',
          'Moderate suicide risk (C-SSRS): behavioural health evaluation within days and a safety plan.',
          S,
        );
      }
      actions.push(
        'Complete a safety plan, counsel on means restriction, and give crisis line information (988).',
      );
      break;
    case 'low':
      raise(
        'routine-outpatient',
        'Low suicide risk (C-SSRS: wish to be dead or non-specific thoughts only): outpatient follow-up with a safety plan.',
        S,
      );
      actions.push('Safety plan and crisis line information (988).');
      break;
    case 'none':
      break;
  }
  if (input.homicidalIntent) {
    raise('emergency', 'Homicidal intent or plan: emergency evaluation.', ['fu-apa-suicide-2003']);
    actions.push('Emergency evaluation; consider duty-to-protect obligations.');
  }
  if (input.medicallyUnstable) {
    raise(
      'emergency',
      'Medically unstable (severe withdrawal, overdose or serious adverse reaction): emergency care.',
      ['fu-apa-suicide-2003'],
    );
    actions.push('Emergency department now.');
  }
  if (input.unableToCareForSelf) {
    raise(
      'inpatient',
      'Unable to care for self or dangerous behaviour with psychosis or mania: inpatient care.',
      ['fu-apa-suicide-2003', 'mon-apa-schizophrenia-2020'],
    );
  }
  if (input.acutePsychosisOrMania) {
    raise(
      'partial-hospitalization',
      'Acute psychosis or mania without danger to self or others: partial hospitalization or intensive outpatient care.',
      ['mon-apa-schizophrenia-2020', 'fu-apa-bipolar-2002'],
    );
  }
  if (input.failedCurrentLevel) {
    const from = input.currentLevel ?? level;
    const next = ORDER[Math.min(ORDER.indexOf(from) + 1, ORDER.length - 2)]!;
    raise(next, `Not improving at the current level of care (${from}): step up one level.`, [
      'fu-apa-suicide-2003',
    ]);
  }
  if (reasons.length === 0) reasons.push('No acute risk factors: routine outpatient care.');
  return { levelOfCare: level, reasons, actions, sources: [...sources] };
}
