/**
 * C-SSRS screener (Columbia-Suicide Severity Rating Scale, screen version) with Columbia's triage.
 * Free for clinical use. Scored by item-based triage, never by summing "yes" answers.
 */

import { item, YES_NO } from '../options.js';
import type { Instrument, ScaleAnswerOption } from '../types.js';

const TIMING: readonly ScaleAnswerOption[] = [
  { value: 'recent', label: 'Yes — within the past 3 months', points: 1, numeric: null, loinc: null },
  { value: 'past', label: 'No — more than 3 months ago', points: 0, numeric: null, loinc: null },
];

export const CSSRS: Instrument = {
  id: 'C-SSRS',
  title: 'Columbia-Suicide Severity Rating Scale, screener',
  aliases: ['cssrs', 'c-ssrs screener', 'cssrs screen', 'columbia', 'columbia suicide severity rating scale'],
  purpose: 'risk-triage',
  administration: 'self-report or interview',
  lookBack:
    'Questions 1-5: the past month. Question 6: ever in your life, then whether it was within the past 3 months.',
  instructions:
    'Answer yes or no. Always answer questions 1, 2 and 6. Answer questions 3, 4 and 5 only if your answer to question 2 was yes. If your answer to question 6 was yes, say whether it happened within the past 3 months.',
  items: [
    item(
      1,
      'In the past month, have you wished you were dead, or wished you could go to sleep and not wake up?',
      YES_NO,
      {
        critical: true,
        scored: false,
      },
    ),
    item(2, 'In the past month, have you actually had thoughts of killing yourself?', YES_NO, {
      critical: true,
      scored: false,
    }),
    item(3, 'Have you been thinking about how you might do it?', YES_NO, {
      critical: true,
      scored: false,
      askedWhen: 'only if question 2 is yes',
    }),
    item(4, 'Have you had these thoughts and had some intention of acting on them?', YES_NO, {
      critical: true,
      scored: false,
      askedWhen: 'only if question 2 is yes',
    }),
    item(
      5,
      'Have you started to work out, or worked out, the details of how to kill yourself — and do you intend to carry out this plan?',
      YES_NO,
      { critical: true, scored: false, askedWhen: 'only if question 2 is yes' },
    ),
    item(
      6,
      'Have you ever done anything, started to do anything, or prepared to do anything to end your life? (For example: collected pills, got hold of a gun, gave away valuables, wrote a will or a suicide note, took out pills but did not swallow them, held a gun but changed your mind, or tried to hang, cut or otherwise harm yourself to die.)',
      YES_NO,
      { critical: true, scored: false },
    ),
    item(7, 'Was this within the past 3 months?', TIMING, {
      label: '6 (when)',
      critical: true,
      scored: false,
      optional: true,
      askedWhen: 'only if question 6 is yes',
    }),
  ],
  loinc: { panel: null, total: null },
  totalRange: null,
  totalDescription:
    'No total: Columbia triages by which items are answered yes. Summing the yes answers is not the Columbia method.',
  bands: [],
  cutPoint: null,
  criticalItems: [1, 2, 3, 4, 5, 6],
  missingAnswers:
    'Questions 1, 2 and 6 are required; 3-5 are required when question 2 is yes (when question 2 is no they may be left unanswered or answered no); the timing answer is required when question 6 is yes. With answers missing, `risk` is the level already established by the answered items (a lower bound) and a flag says the risk may be higher — critical when the missing answers could make it high.',
  change: {
    reliableChange: null,
    response: null,
    remission: null,
    note: 'No total score, so change over time is not computed; compare risk levels instead.',
  },
  sources: ['posner-2011-cssrs', 'columbia-cssrs-screener'],
};
