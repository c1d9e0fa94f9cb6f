import { z } from 'zod';

/**
 * The structured psychiatric intake evaluation (issue #5): one JSON document, every section
 * optional so a draft can be saved in progress; signing needs the sections listed in
 * `REQUIRED_TO_SIGN`. Unknown keys are refused so a typo never silently drops data.
 */
const text = (max: number) => z.string().trim().min(1).max(max);
const note = text(4000).nullable().optional();
const flag = z.boolean().nullable().optional();
const Answer = z.union([z.number(), z.string().max(40), z.boolean(), z.null()]);
const Answers = z.array(Answer).min(1).max(20);

export const TRIAL_RESPONSES = [
  'remission',
  'response',
  'partial',
  'none',
  'stopped-side-effects',
  'unknown',
] as const;

export const PriorTrial = z
  .object({
    drug: text(200),
    highestDailyMg: z.number().min(0).max(100_000).nullable().optional(),
    durationWeeks: z.number().min(0).max(1040).nullable().optional(),
    response: z.enum(TRIAL_RESPONSES).optional(),
    sideEffects: text(1000).nullable().optional(),
    reasonStopped: text(1000).nullable().optional(),
    stoppedAbruptly: flag,
    phq9Before: z.number().int().min(0).max(27).nullable().optional(),
    phq9After: z.number().int().min(0).max(27).nullable().optional(),
  })
  .strict();
export type PriorTrial = z.infer<typeof PriorTrial>;

export const EvaluationContent = z
  .object({
    chiefComplaint: text(2000),
    historyOfPresentIllness: text(20_000),
    symptomReview: z
      .object({
        positives: z.array(text(200)).max(100).optional(),
        negatives: z.array(text(200)).max(100).optional(),
        notes: note,
      })
      .strict(),
    psychiatricHistory: z
      .object({
        diagnoses: z.array(text(300)).max(50).optional(),
        hospitalizations: z
          .array(
            z
              .object({
                year: z.number().int().min(1900).max(2200).nullable().optional(),
                reason: text(1000),
              })
              .strict(),
          )
          .max(50)
          .optional(),
        suicideAttempts: z
          .array(
            z
              .object({
                year: z.number().int().min(1900).max(2200).nullable().optional(),
                details: text(1000),
              })
              .strict(),
          )
          .max(50)
          .optional(),
        selfHarm: flag,
        selfHarmDetails: note,
        notes: note,
      })
      .strict(),
    familyHistory: z
      .object({
        conditions: z
          .array(z.object({ relative: text(100), condition: text(300) }).strict())
          .max(50)
          .optional(),
        suicide: flag,
        notes: note,
      })
      .strict(),
    /** History that changes prescribing. */
    medicalHistory: z
      .object({
        seizures: flag,
        cardiac: flag,
        qtProlongation: flag,
        liver: flag,
        kidney: flag,
        pregnant: flag,
        breastfeeding: flag,
        contraception: text(300).nullable().optional(),
        other: z.array(text(300)).max(50).optional(),
        notes: note,
      })
      .strict(),
    currentMedications: z
      .array(
        z
          .object({
            name: text(200),
            dose: text(100).nullable().optional(),
            frequency: text(100).nullable().optional(),
            supplement: z.boolean().optional(),
          })
          .strict(),
      )
      .max(100),
    priorTrials: z.array(PriorTrial).max(100),
    allergies: z
      .array(
        z
          .object({
            substance: text(200),
            kind: z.enum(['allergy', 'intolerance']),
            reaction: text(500).nullable().optional(),
          })
          .strict(),
      )
      .max(100),
    /** The `substance-use` chart section (42 CFR Part 2): withheld from principals without it. */
    substanceUse: z
      .object({
        substances: z
          .array(
            z
              .object({
                substance: text(100),
                amount: text(200).nullable().optional(),
                frequency: text(200).nullable().optional(),
                lastUse: text(100).nullable().optional(),
                route: text(100).nullable().optional(),
              })
              .strict(),
          )
          .max(50)
          .optional(),
        auditC: Answers.optional(),
        dast10: Answers.optional(),
        notes: note,
      })
      .strict(),
    sleep: z
      .object({
        hoursPerNight: z.number().min(0).max(24).nullable().optional(),
        quality: text(200).nullable().optional(),
        notes: note,
      })
      .strict(),
    trauma: z.object({ history: flag, notes: note }).strict(),
    social: z
      .object({
        housing: text(500).nullable().optional(),
        work: text(500).nullable().optional(),
        shiftWork: flag,
        supports: text(1000).nullable().optional(),
        notes: note,
      })
      .strict(),
    safety: z
      .object({
        cssrs: Answers.optional(),
        homicidalIdeation: flag,
        homicidalIntent: flag,
        mania: flag,
        psychosis: flag,
        notes: note,
      })
      .strict(),
    mentalStatus: z
      .object({
        appearance: note,
        behavior: note,
        speech: note,
        mood: note,
        affect: note,
        thoughtProcess: note,
        thoughtContent: note,
        perception: note,
        cognition: note,
        insight: note,
        judgment: note,
      })
      .strict(),
    /** The patient's goals in their own words. */
    goals: text(4000),
  })
  .partial()
  .strict();
export type EvaluationContent = z.infer<typeof EvaluationContent>;

/** Sections a signature needs: what brought the patient, the safety assessment, the exam. */
export const REQUIRED_TO_SIGN = ['chiefComplaint', 'safety', 'mentalStatus'] as const;
