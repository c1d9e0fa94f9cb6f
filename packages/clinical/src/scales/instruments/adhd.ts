/** ASRS v1.1 screener, Part A (WHO Adult ADHD Self-Report Scale; Kessler et al. 2005). */

import { item, ordinal } from '../options.js';
import type { Instrument } from '../types.js';

const FREQUENCY = ordinal(['Never', 'Rarely', 'Sometimes', 'Often', 'Very often']);

/** Items 1-3 are shaded from "Sometimes" (2); items 4-6 only from "Often" (3). */
const SOMETIMES = 2;
const OFTEN = 3;

export const ASRS: Instrument = {
  id: 'ASRS',
  title: 'Adult ADHD Self-Report Scale v1.1 screener (Part A)',
  aliases: [
    'asrs v1.1',
    'asrs-v1.1',
    'asrs part a',
    'asrs screener',
    'asrs-6',
    'adult adhd self-report scale',
  ],
  purpose: 'screen',
  administration: 'self-report',
  lookBack: 'The past 6 months',
  instructions:
    'Thinking about how you have felt and behaved over the past 6 months, choose how often each of these has happened.',
  items: [
    item(
      1,
      'How often do you have trouble finishing the last details of a project once the hard parts are done?',
      FREQUENCY,
      {
        shadedFrom: SOMETIMES,
      },
    ),
    item(2, 'How often do you find it hard to get things in order when a task needs organising?', FREQUENCY, {
      shadedFrom: SOMETIMES,
    }),
    item(3, 'How often do you have trouble remembering appointments or things you have to do?', FREQUENCY, {
      shadedFrom: SOMETIMES,
    }),
    item(
      4,
      'When a task needs a lot of thought, how often do you avoid it or put off starting it?',
      FREQUENCY,
      {
        shadedFrom: OFTEN,
      },
    ),
    item(
      5,
      'How often do you fidget or squirm with your hands or feet when you have to sit for a long time?',
      FREQUENCY,
      {
        shadedFrom: OFTEN,
      },
    ),
    item(
      6,
      'How often do you feel overly active and driven to do things, as if you were run by a motor?',
      FREQUENCY,
      {
        shadedFrom: OFTEN,
      },
    ),
  ],
  loinc: { panel: null, total: null },
  totalRange: { min: 0, max: 6 },
  totalDescription:
    'Number of answers in the shaded zone (0-6): items 1-3 count at "Sometimes" or more, items 4-6 at "Often" or more. Answers are given as 0 (never) to 4 (very often).',
  bands: [],
  cutPoint: {
    atLeast: 4,
    rule: 'Four or more shaded answers: symptoms highly consistent with adult ADHD; further evaluation is warranted.',
    sources: ['kessler-2005-asrs'],
  },
  criticalItems: [],
  missingAnswers:
    'Any unanswered item leaves the count null (complete: false); the screen result is still given when the answered items decide it (e.g. four shaded answers already).',
  change: {
    reliableChange: null,
    response: null,
    remission: null,
    note: 'A screening instrument (count of shaded answers): no validated response, remission or reliable-change definition.',
  },
  sources: ['kessler-2005-asrs'],
};
