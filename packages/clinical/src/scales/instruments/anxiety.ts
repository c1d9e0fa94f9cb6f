/** GAD-7 and GAD-2 (Spitzer, Kroenke, Williams & Löwe). Public domain; no permission needed. */

import { item, PHQ_FREQUENCY } from '../options.js';
import type { Instrument, InstrumentItem } from '../types.js';

const LOOK_BACK = 'The last 2 weeks';
const INSTRUCTIONS =
  'Over the last 2 weeks, how often have you been bothered by each of the following problems? Choose one answer for each.';

const GAD7_ITEMS: InstrumentItem[] = [
  item(1, 'Feeling nervous, anxious or on edge', PHQ_FREQUENCY, { loinc: '69725-0' }),
  item(2, 'Being unable to stop worrying or to control your worrying', PHQ_FREQUENCY, { loinc: '68509-9' }),
  item(3, 'Worrying too much about lots of different things', PHQ_FREQUENCY, { loinc: '69733-4' }),
  item(4, 'Having trouble relaxing', PHQ_FREQUENCY, { loinc: '69734-2' }),
  item(5, 'Being so restless that it is hard to sit still', PHQ_FREQUENCY, { loinc: '69735-9' }),
  item(6, 'Getting annoyed or irritable easily', PHQ_FREQUENCY, { loinc: '69689-8' }),
  item(7, 'Feeling afraid, as though something awful might happen', PHQ_FREQUENCY, { loinc: '69736-7' }),
];

export const GAD7: Instrument = {
  id: 'GAD-7',
  title: 'Generalized Anxiety Disorder-7',
  aliases: ['gad7', 'generalized anxiety disorder 7', 'generalised anxiety disorder 7'],
  purpose: 'severity',
  administration: 'self-report',
  lookBack: LOOK_BACK,
  instructions: INSTRUCTIONS,
  items: GAD7_ITEMS,
  loinc: { panel: '69737-5', total: '70274-6' },
  totalRange: { min: 0, max: 21 },
  totalDescription: 'Sum of the seven items, 0-21.',
  bands: [
    { min: 0, max: 4, label: 'minimal' },
    { min: 5, max: 9, label: 'mild' },
    { min: 10, max: 14, label: 'moderate' },
    { min: 15, max: 21, label: 'severe' },
  ],
  cutPoint: {
    atLeast: 10,
    rule: 'A total of 10 or more is the cut-point for probable generalized anxiety disorder.',
    sources: ['spitzer-2006-gad7'],
  },
  criticalItems: [],
  missingAnswers: 'No prorating: any unanswered item leaves total, band and positive null (complete: false).',
  change: {
    reliableChange: { points: 4, sources: ['toussaint-2020-gad7-mcid'] },
    response: { kind: 'percent-drop', percent: 50, sources: ['spitzer-2006-gad7'] },
    remission: { below: 5, sources: ['spitzer-2006-gad7'] },
    note: 'Reliable change uses the 4-point minimal clinically important difference (Toussaint 2020). Response (drop of at least 50%) and remission (total below 5, i.e. back in the minimal band of Spitzer 2006) follow the PHQ-9 measurement-based-care convention; they are conventions, not validated GAD-7 cut-points.',
  },
  sources: ['spitzer-2006-gad7', 'scales-loinc'],
};

export const GAD2: Instrument = {
  id: 'GAD-2',
  title: 'Generalized Anxiety Disorder-2 (anxiety screen)',
  aliases: ['gad2', 'generalized anxiety disorder 2', 'generalised anxiety disorder 2'],
  purpose: 'screen',
  administration: 'self-report',
  lookBack: LOOK_BACK,
  instructions: INSTRUCTIONS,
  items: GAD7_ITEMS.slice(0, 2),
  loinc: { panel: null, total: null },
  totalRange: { min: 0, max: 6 },
  totalDescription: 'Sum of the two items (the first two GAD-7 items), 0-6.',
  bands: [],
  cutPoint: {
    atLeast: 3,
    rule: 'Positive screen at a total of 3 or more; follow with the full GAD-7.',
    sources: ['kroenke-2007-gad2'],
  },
  criticalItems: [],
  missingAnswers:
    'Any unanswered item leaves the total null (complete: false). The screen result is still given when the answered item alone decides it.',
  change: {
    reliableChange: null,
    response: null,
    remission: null,
    note: 'A screening instrument: no validated response, remission or reliable-change definition; use the GAD-7 to follow treatment.',
  },
  sources: ['kroenke-2007-gad2', 'scales-loinc'],
};
