/** PHQ-9 and PHQ-2 (Kroenke, Spitzer & Williams). Public domain; no permission needed. */

import { item, ordinal, PHQ_FREQUENCY } from '../options.js';
import type { Instrument, InstrumentItem } from '../types.js';

const LOOK_BACK = 'The last 2 weeks';
const INSTRUCTIONS =
  'Over the last 2 weeks, how often have you been bothered by each of the following problems? Choose one answer for each.';

/** PHQ-9 items 1-9 in form order, our wording, with their LOINC item codes. */
const PHQ9_ITEMS: InstrumentItem[] = [
  item(1, 'Having little interest in doing things, or getting little pleasure from them', PHQ_FREQUENCY, {
    loinc: '44250-9',
  }),
  item(2, 'Feeling low, depressed or hopeless', PHQ_FREQUENCY, { loinc: '44255-8' }),
  item(3, 'Trouble getting to sleep or staying asleep, or sleeping too much', PHQ_FREQUENCY, {
    loinc: '44259-0',
  }),
  item(4, 'Feeling tired or having little energy', PHQ_FREQUENCY, { loinc: '44254-1' }),
  item(5, 'Poor appetite, or eating too much', PHQ_FREQUENCY, { loinc: '44251-7' }),
  item(
    6,
    'Feeling bad about yourself — that you are a failure, or that you have let yourself or your family down',
    PHQ_FREQUENCY,
    { loinc: '44258-2' },
  ),
  item(7, 'Trouble keeping your mind on things, such as reading or watching television', PHQ_FREQUENCY, {
    loinc: '44252-5',
  }),
  item(
    8,
    'Moving or speaking so slowly that other people could have noticed — or the opposite, being so fidgety or restless that you moved around much more than usual',
    PHQ_FREQUENCY,
    { loinc: '44253-3' },
  ),
  item(
    9,
    'Thinking that you would be better off dead, or thinking of hurting yourself in some way',
    PHQ_FREQUENCY,
    {
      loinc: '44260-8',
      critical: true,
    },
  ),
];

const PHQ9_DIFFICULTY: InstrumentItem = item(
  10,
  'If you had any of these problems, how hard did they make it for you to do your work, look after things at home, or get along with other people?',
  ordinal(['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult']),
  { loinc: '69722-7', scored: false, optional: true },
);

export const PHQ9: Instrument = {
  id: 'PHQ-9',
  title: 'Patient Health Questionnaire-9 (depression)',
  aliases: ['phq9', 'patient health questionnaire 9', 'phq-9m', 'phq-a'],
  purpose: 'severity',
  administration: 'self-report',
  lookBack: LOOK_BACK,
  instructions: INSTRUCTIONS,
  items: [...PHQ9_ITEMS, PHQ9_DIFFICULTY],
  loinc: { panel: '44249-1', total: '44261-6' },
  totalRange: { min: 0, max: 27 },
  totalDescription: 'Sum of items 1-9 (0-27). Item 10 (difficulty) is recorded but not scored.',
  bands: [
    { min: 0, max: 4, label: 'minimal' },
    { min: 5, max: 9, label: 'mild' },
    { min: 10, max: 14, label: 'moderate' },
    { min: 15, max: 19, label: 'moderately severe' },
    { min: 20, max: 27, label: 'severe' },
  ],
  cutPoint: {
    atLeast: 10,
    rule: 'A total of 10 or more is the usual cut-point for major depression (sensitivity and specificity about 88%).',
    sources: ['kroenke-2001-phq9'],
  },
  criticalItems: [9],
  missingAnswers:
    'No prorating: any unanswered item among 1-9 leaves total, band and positive null (complete: false), because CMS159/MNCM accept only whole, complete scores. Item 9 is still checked on its own: an answer above 0 raises the suicidal-ideation flag, and an unanswered item 9 raises a warning so it is asked directly.',
  change: {
    reliableChange: { points: 5, sources: ['lowe-2004-phq9-change'] },
    response: { kind: 'percent-drop', percent: 50, sources: ['scales-cms159'] },
    remission: { below: 5, sources: ['scales-cms159', 'kroenke-2001-phq9'] },
    note: 'Reliable change is the minimal clinically important individual change of 5 points (2 standard errors of measurement, Löwe 2004). Response is a drop of at least 50% from baseline; remission is a total below 5 (CMS159).',
  },
  sources: ['kroenke-2001-phq9', 'scales-loinc', 'scales-hl7-us-core-phq9'],
};

export const PHQ2: Instrument = {
  id: 'PHQ-2',
  title: 'Patient Health Questionnaire-2 (depression screen)',
  aliases: ['phq2', 'patient health questionnaire 2'],
  purpose: 'screen',
  administration: 'self-report',
  lookBack: LOOK_BACK,
  instructions: INSTRUCTIONS,
  items: PHQ9_ITEMS.slice(0, 2),
  loinc: { panel: '55757-9', total: '55758-7' },
  totalRange: { min: 0, max: 6 },
  totalDescription: 'Sum of the two items (the first two PHQ-9 items), 0-6.',
  bands: [],
  cutPoint: {
    atLeast: 3,
    rule: 'Positive screen at a total of 3 or more; follow with the full PHQ-9.',
    sources: ['kroenke-2003-phq2'],
  },
  criticalItems: [],
  missingAnswers:
    'Any unanswered item leaves the total null (complete: false). The screen result is still given when the answered item alone decides it (e.g. item 1 = 3).',
  change: {
    reliableChange: null,
    response: null,
    remission: null,
    note: 'A screening instrument: no validated response, remission or reliable-change definition; use the PHQ-9 to follow treatment.',
  },
  sources: ['kroenke-2003-phq2', 'scales-loinc'],
};
