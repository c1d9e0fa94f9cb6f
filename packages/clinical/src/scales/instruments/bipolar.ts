/** MDQ — Mood Disorder Questionnaire (Hirschfeld et al. 2000). */

import { item, YES_NO } from '../options.js';
import type { Instrument, InstrumentItem, ScaleAnswerOption } from '../types.js';

const PROBLEM: readonly ScaleAnswerOption[] = [
  { value: 'none', label: 'No problem', points: 0, numeric: 0, loinc: null },
  { value: 'minor', label: 'Minor problem', points: 1, numeric: 1, loinc: null },
  { value: 'moderate', label: 'Moderate problem', points: 2, numeric: 2, loinc: null },
  { value: 'serious', label: 'Serious problem', points: 3, numeric: 3, loinc: null },
];

const SYMPTOMS: readonly string[] = [
  'you felt so good or so hyper that other people thought you were not your normal self, or you were so hyper that you got into trouble?',
  'you were so irritable that you shouted at people or started fights or arguments?',
  'you felt much more self-confident than usual?',
  'you slept much less than usual and found you did not really miss it?',
  'you were much more talkative than usual or spoke much faster?',
  'thoughts raced through your head or you could not slow your mind down?',
  'you were so easily distracted by things around you that you had trouble concentrating or staying on track?',
  'you had much more energy than usual?',
  'you were much more active or did many more things than usual?',
  'you were much more social or outgoing than usual — for example, phoning friends in the middle of the night?',
  'you were much more interested in sex than usual?',
  'you did things that were unusual for you, or that other people might have thought were excessive, foolish or risky?',
  'spending money got you or your family into trouble?',
];

const Q1_ITEMS: InstrumentItem[] = SYMPTOMS.map((text, i) =>
  item(i + 1, `Has there ever been a period when you were not your usual self and ${text}`, YES_NO, {
    label: `1${String.fromCharCode(97 + i)}`,
  }),
);

export const MDQ: Instrument = {
  id: 'MDQ',
  title: 'Mood Disorder Questionnaire',
  aliases: ['mood disorder questionnaire'],
  purpose: 'screen',
  administration: 'self-report',
  lookBack: 'Your whole life (ever)',
  instructions: 'Answer yes or no to each of the 13 statements in question 1, then questions 2 and 3.',
  items: [
    ...Q1_ITEMS,
    item(
      14,
      'If you answered yes to more than one statement in question 1, did several of them ever happen during the same period of time?',
      YES_NO,
      { label: '2', scored: false },
    ),
    item(
      15,
      'How much of a problem did any of these cause you — for example being unable to work; family, money or legal trouble; getting into arguments or fights?',
      PROBLEM,
      { label: '3', scored: false },
    ),
  ],
  loinc: { panel: null, total: null },
  totalRange: { min: 0, max: 13 },
  totalDescription: 'Number of "yes" answers to the 13 statements of question 1 (0-13).',
  bands: [],
  cutPoint: {
    atLeast: 7,
    rule: 'Positive only when all three hold: 7 or more "yes" in question 1, "yes" to question 2 (several at the same time), and "moderate" or "serious" in question 3.',
    sources: ['hirschfeld-2000-mdq'],
  },
  criticalItems: [],
  missingAnswers:
    'Any unanswered question-1 statement leaves the total null (complete: false). The screen result is still given when the answers decide it (e.g. fewer than 7 possible "yes" answers makes it negative).',
  change: {
    reliableChange: null,
    response: null,
    remission: null,
    note: 'A lifetime screening instrument: change over time is not interpreted.',
  },
  sources: ['hirschfeld-2000-mdq'],
};
