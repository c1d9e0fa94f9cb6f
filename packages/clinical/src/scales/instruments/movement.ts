/** AIMS — Abnormal Involuntary Movement Scale (Guy 1976, NIMH). Public domain. Clinician-rated. */

import { item, ordinal, YES_NO } from '../options.js';
import type { Instrument } from '../types.js';

const MOVEMENT = ordinal(['None', 'Minimal (may be extreme normal)', 'Mild', 'Moderate', 'Severe']);
const AWARENESS = ordinal([
  'No awareness',
  'Aware, no distress',
  'Aware, mild distress',
  'Aware, moderate distress',
  'Aware, severe distress',
]);

export const AIMS: Instrument = {
  id: 'AIMS',
  title: 'Abnormal Involuntary Movement Scale',
  aliases: ['abnormal involuntary movement scale'],
  purpose: 'clinician-rating',
  administration: 'clinician',
  lookBack: 'Today’s examination',
  instructions:
    'Complete the standard AIMS examination, then rate each body area for the most severe movements observed: 0 none, 1 minimal (may be extreme normal), 2 mild, 3 moderate, 4 severe. Rate movements seen only on activation one point lower than movements seen spontaneously.',
  items: [
    item(
      1,
      'Muscles of facial expression (e.g. forehead, eyebrows, around the eyes, cheeks; frowning, blinking, smiling, grimacing)',
      MOVEMENT,
    ),
    item(2, 'Lips and area around the mouth (e.g. puckering, pouting, smacking)', MOVEMENT),
    item(3, 'Jaw (e.g. biting, clenching, chewing, mouth opening, sideways movement)', MOVEMENT),
    item(
      4,
      'Tongue (rate only increased movement in and out of the mouth, not inability to keep it still)',
      MOVEMENT,
    ),
    item(
      5,
      'Upper limbs — arms, wrists, hands, fingers (choreic: rapid, irregular, purposeless; athetoid: slow, irregular, writhing; do not count tremor)',
      MOVEMENT,
    ),
    item(
      6,
      'Lower limbs — legs, knees, ankles, toes (e.g. sideways knee movement, foot tapping, heel dropping, foot squirming, turning the foot in or out)',
      MOVEMENT,
    ),
    item(7, 'Neck, shoulders and hips (e.g. rocking, twisting, squirming, pelvic movements)', MOVEMENT),
    item(8, 'Overall severity of the abnormal movements', MOVEMENT, { scored: false }),
    item(9, 'Incapacitation due to the abnormal movements', MOVEMENT, { scored: false }),
    item(
      10,
      'Patient’s awareness of the abnormal movements (rate only what the patient reports)',
      AWARENESS,
      {
        scored: false,
      },
    ),
    item(11, 'Current problems with teeth and/or dentures?', YES_NO, { scored: false, optional: true }),
    item(12, 'Does the patient usually wear dentures?', YES_NO, { scored: false, optional: true }),
  ],
  loinc: { panel: null, total: null },
  totalRange: { min: 0, max: 28 },
  totalDescription:
    'Sum of the seven body-area items 1-7 (0-28). The global items 8-10 and the dental items 11-12 are recorded but not added.',
  bands: [],
  cutPoint: {
    atLeast: 3,
    rule: 'Probable tardive dyskinesia (Schooler-Kane research criteria): at least moderate (3) in one body area, or at least mild (2) in two or more areas (items 1-7), in a patient with at least 3 months of cumulative antipsychotic exposure and no other cause of the movements.',
    sources: ['schooler-kane-1982'],
  },
  criticalItems: [],
  missingAnswers:
    'Items 1-10 are required, the dental items 11-12 are optional. Any unanswered body-area item leaves the total null (complete: false); the Schooler-Kane result is still given when the answered items decide it.',
  change: {
    reliableChange: null,
    response: null,
    remission: null,
    note: 'No validated reliable-change, response or remission definition for the AIMS total; follow the Schooler-Kane result and the global items instead.',
  },
  sources: ['guy-1976-aims', 'schooler-kane-1982'],
};
