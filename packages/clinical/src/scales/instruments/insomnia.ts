/** ISI — Insomnia Severity Index (Morin; Bastien, Vallières & Morin 2001). */

import { item, ordinal } from '../options.js';
import type { Instrument } from '../types.js';

const SEVERITY = ordinal(['None', 'Mild', 'Moderate', 'Severe', 'Very severe']);

export const ISI: Instrument = {
  id: 'ISI',
  title: 'Insomnia Severity Index',
  aliases: ['insomnia severity index'],
  purpose: 'severity',
  administration: 'self-report',
  lookBack: 'Now (the last 2 weeks)',
  instructions: 'Rate how severe your sleep problems are at present (over the last 2 weeks).',
  items: [
    item(1, 'Difficulty falling asleep', SEVERITY),
    item(2, 'Difficulty staying asleep', SEVERITY),
    item(3, 'Waking up too early', SEVERITY),
    item(
      4,
      'How satisfied or dissatisfied are you with your sleep pattern at present?',
      ordinal(['Very satisfied', 'Satisfied', 'Moderately satisfied', 'Dissatisfied', 'Very dissatisfied']),
    ),
    item(
      5,
      'How noticeable to other people do you think your sleep problem is, in terms of how it affects your quality of life?',
      ordinal(['Not at all noticeable', 'A little', 'Somewhat', 'Much', 'Very much noticeable']),
    ),
    item(
      6,
      'How worried or distressed are you about your sleep problem at present?',
      ordinal(['Not at all worried', 'A little', 'Somewhat', 'Much', 'Very much worried']),
    ),
    item(
      7,
      'How much does your sleep problem interfere with your daily life at present (for example daytime tiredness, mood, getting work or chores done, concentration, memory)?',
      ordinal(['Not at all interfering', 'A little', 'Somewhat', 'Much', 'Very much interfering']),
    ),
  ],
  loinc: { panel: null, total: null },
  totalRange: { min: 0, max: 28 },
  totalDescription: 'Sum of the seven items, each 0-4 (0-28).',
  bands: [
    { min: 0, max: 7, label: 'no clinically significant insomnia' },
    { min: 8, max: 14, label: 'subthreshold insomnia' },
    { min: 15, max: 21, label: 'moderate clinical insomnia' },
    { min: 22, max: 28, label: 'severe clinical insomnia' },
  ],
  cutPoint: null,
  criticalItems: [],
  missingAnswers: 'No prorating: any unanswered item leaves total and band null (complete: false).',
  change: {
    reliableChange: { points: 8, sources: ['morin-2011-isi'] },
    response: { kind: 'point-drop', points: 8, sources: ['morin-2009-isi-outcomes', 'morin-2011-isi'] },
    remission: { below: 8, sources: ['morin-2009-isi-outcomes', 'bastien-2001-isi'] },
    note: 'Response is a drop of more than 7 points (i.e. 8 or more) and remission a total below 8 (Morin 2009). A change of about 8 points matched moderate improvement (Morin 2011), so 8 points is also used as the reliable-change threshold.',
  },
  sources: ['bastien-2001-isi', 'morin-2011-isi'],
};
