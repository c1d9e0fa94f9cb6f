/** PCL-5 — PTSD Checklist for DSM-5 (National Center for PTSD). Public domain. */

import { item, ordinal } from '../options.js';
import type { Instrument, InstrumentItem } from '../types.js';

const BOTHER = ordinal(['Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely']);

/** [text, DSM-5 cluster] in form order. */
const PCL5_TEXT: readonly [string, 'B' | 'C' | 'D' | 'E'][] = [
  ['Repeated, disturbing and unwanted memories of the stressful experience', 'B'],
  ['Repeated, disturbing dreams of the stressful experience', 'B'],
  [
    'Suddenly feeling or acting as if the stressful experience were happening again (as if you were back there reliving it)',
    'B',
  ],
  ['Feeling very upset when something reminded you of the stressful experience', 'B'],
  [
    'Strong physical reactions when something reminded you of the stressful experience (for example a pounding heart, trouble breathing, sweating)',
    'B',
  ],
  ['Avoiding memories, thoughts or feelings linked to the stressful experience', 'C'],
  [
    'Avoiding outside reminders of the stressful experience (for example people, places, conversations, activities, objects or situations)',
    'C',
  ],
  ['Trouble remembering important parts of the stressful experience', 'D'],
  [
    'Strong negative beliefs about yourself, other people or the world (for example: "I am bad", "something is seriously wrong with me", "no one can be trusted", "the world is completely dangerous")',
    'D',
  ],
  ['Blaming yourself or someone else for the stressful experience or for what happened after it', 'D'],
  ['Strong negative feelings such as fear, horror, anger, guilt or shame', 'D'],
  ['Losing interest in activities you used to enjoy', 'D'],
  ['Feeling distant or cut off from other people', 'D'],
  [
    'Trouble having positive feelings (for example being unable to feel happy or to have loving feelings for people close to you)',
    'D',
  ],
  ['Irritable behaviour, angry outbursts, or acting aggressively', 'E'],
  ['Taking too many risks or doing things that could cause you harm', 'E'],
  ['Being "super-alert", watchful or on guard', 'E'],
  ['Feeling jumpy or easily startled', 'E'],
  ['Having difficulty concentrating', 'E'],
  ['Trouble falling or staying asleep', 'E'],
];

const PCL5_ITEMS: InstrumentItem[] = PCL5_TEXT.map(([text, cluster], i) =>
  item(i + 1, text, BOTHER, { cluster }),
);

export const PCL5: Instrument = {
  id: 'PCL-5',
  title: 'PTSD Checklist for DSM-5',
  aliases: ['pcl5', 'ptsd checklist for dsm-5', 'ptsd checklist for dsm5'],
  purpose: 'screen',
  administration: 'self-report',
  lookBack: 'The past month',
  instructions:
    'Thinking of your worst very stressful experience, choose how much you have been bothered by each problem in the past month.',
  items: PCL5_ITEMS,
  loinc: { panel: null, total: null },
  totalRange: { min: 0, max: 80 },
  totalDescription:
    'Sum of the 20 items, each 0-4 (0-80). Cluster scores: B items 1-5, C items 6-7, D items 8-14, E items 15-20.',
  bands: [],
  cutPoint: {
    atLeast: 33,
    rule: 'Provisional positive at a total of 33 or more: the upper end of the recommended 31-33 band, the value validated in veterans (Bovin 2016). Needs a structured assessment (e.g. CAPS-5) to confirm. An info flag also reports when the DSM-5 symptom pattern is met (each item rated 2 or more counts: at least 1 B, 1 C, 2 D and 2 E items).',
    sources: ['weathers-2013-pcl5', 'bovin-2016-pcl5', 'blevins-2015-pcl5'],
  },
  criticalItems: [],
  missingAnswers:
    'No prorating: any unanswered item leaves the total null (complete: false); the screen result is still given when the answered items decide it.',
  change: {
    reliableChange: {
      points: 10,
      sources: ['weathers-2013-pcl5', 'blanchard-2023-pcl5-mid', 'marx-2022-pcl5-change'],
    },
    response: null,
    remission: null,
    note: 'Reliable change is taken as 10 points: the National Center for PTSD treats 10 points as clinically meaningful, the primary-care minimal important difference is 9-12 points, and changes of 5 or less are unlikely to be reliable (Blanchard 2023). Veteran trial samples gave stricter reliable-change values of 15-18 (Marx 2022). No standard response or remission definition exists for the PCL-5 total.',
  },
  sources: ['weathers-2013-pcl5', 'blevins-2015-pcl5', 'bovin-2016-pcl5'],
};
