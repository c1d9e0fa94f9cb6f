import type { Source } from '../types.js';

/** Sources for judging medication trials and treatment-resistant depression (`trials/`). */
export const TRIAL_SOURCES: Source[] = [
  {
    id: 'trd-gaynes-2020',
    citation:
      'Gaynes BN, Lux L, Gartlehner G, et al. Defining treatment-resistant depression. Depress Anxiety. 2020;37(2):134-145. (Most common definition: inadequate response to at least 2 antidepressant trials of adequate dose and duration in the current episode.)',
    kind: 'paper',
    url: 'https://pubmed.ncbi.nlm.nih.gov/31638723/',
  },
  {
    id: 'trd-rush-2006-stard',
    citation:
      'Rush AJ, Trivedi MH, Wisniewski SR, et al. Acute and longer-term outcomes in depressed outpatients requiring one or several treatment steps: a STAR*D report. Am J Psychiatry. 2006;163(11):1905-1917. (Each step an adequate dose for up to 12-14 weeks; remission and response defined on rating scales.)',
    kind: 'paper',
    url: 'https://pubmed.ncbi.nlm.nih.gov/17074942/',
  },
];
