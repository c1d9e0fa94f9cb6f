/** AUDIT-C (alcohol) and DAST-10 (other drugs). */

import { item, ordinal, YES_NO, YES_NO_REVERSED } from '../options.js';
import type { Instrument } from '../types.js';

export const AUDITC: Instrument = {
  id: 'AUDIT-C',
  title: 'AUDIT-C (alcohol consumption questions of the AUDIT)',
  aliases: ['auditc', 'audit c', 'audit-c alcohol'],
  purpose: 'screen',
  administration: 'self-report',
  lookBack: 'Your drinking over the past year',
  instructions:
    'One standard drink is about one small glass of wine, one can or bottle of beer, or one shot of spirits. If you never drink alcohol, answer "Never" to question 1 and skip questions 2 and 3.',
  items: [
    item(
      1,
      'How often do you have a drink that contains alcohol?',
      ordinal(
        ['Never', 'Monthly or less', '2-4 times a month', '2-3 times a week', '4 or more times a week'],
        ['LA6270-8', 'LA18926-8', 'LA18927-6', 'LA18928-4', 'LA18929-2'],
      ),
      { loinc: '68518-0' },
    ),
    item(
      2,
      'On a typical day when you drink, how many standard drinks do you have?',
      ordinal(
        ['1 or 2', '3 or 4', '5 or 6', '7 to 9', '10 or more'],
        ['LA15694-5', 'LA15695-2', 'LA18930-0', 'LA18931-8', 'LA18932-6'],
      ),
      { loinc: '68519-8', askedWhen: 'skipped (scored 0) when question 1 is "Never"' },
    ),
    item(
      3,
      'How often do you have six or more drinks on one occasion?',
      ordinal(
        ['Never', 'Less than monthly', 'Monthly', 'Weekly', 'Daily or almost daily'],
        ['LA6270-8', 'LA18933-4', 'LA18876-5', 'LA18891-4', 'LA18934-2'],
      ),
      { loinc: '68520-6', askedWhen: 'skipped (scored 0) when question 1 is "Never"' },
    ),
  ],
  loinc: { panel: '72109-2', total: '75626-2' },
  totalRange: { min: 0, max: 12 },
  totalDescription: 'Sum of the three items, each 0-4 (0-12).',
  bands: [],
  cutPoint: {
    atLeast: 4,
    male: 4,
    female: 3,
    rule: "Positive screen at 4 or more for men and 3 or more for women. Without a sex, the men's cut-point of 4 is used and a flag says so (a total of 3 would be positive for a woman).",
    sources: ['bradley-2007-auditc', 'bush-1998-auditc'],
  },
  criticalItems: [],
  missingAnswers:
    'When question 1 is "Never" (0), unanswered questions 2 and 3 are scored 0 as the AUDIT skip rule directs and the screen is complete. Otherwise any unanswered item leaves the total null; the screen result is still given when the answered items decide it.',
  change: {
    reliableChange: null,
    response: null,
    remission: null,
    note: 'A screening instrument: no validated response, remission or reliable-change definition.',
  },
  sources: ['bush-1998-auditc', 'bradley-2007-auditc', 'babor-2001-audit', 'scales-loinc'],
};

export const DAST10: Instrument = {
  id: 'DAST-10',
  title: 'Drug Abuse Screening Test (DAST-10)',
  aliases: ['dast10', 'drug abuse screening test 10'],
  purpose: 'screen',
  administration: 'self-report',
  lookBack: 'The past 12 months',
  instructions:
    '"Drug use" here means using prescribed or over-the-counter medicines in larger amounts than directed or for non-medical reasons, and any use of non-medical drugs. It does not include alcohol or tobacco. Answer yes or no.',
  items: [
    item(1, 'Have you used drugs other than those needed for medical reasons?', YES_NO),
    item(2, 'Do you use more than one drug at a time?', YES_NO),
    item(3, 'Are you always able to stop using drugs when you want to?', YES_NO_REVERSED, {
      reverseScored: true,
    }),
    item(4, 'Have you had blackouts or flashbacks because of drug use?', YES_NO),
    item(5, 'Do you ever feel bad or guilty about your drug use?', YES_NO),
    item(6, 'Does your partner (or a parent) ever complain about your involvement with drugs?', YES_NO),
    item(7, 'Have you neglected your family because of your drug use?', YES_NO),
    item(8, 'Have you done anything illegal in order to get drugs?', YES_NO),
    item(9, 'Have you ever had withdrawal symptoms (felt sick) when you stopped taking drugs?', YES_NO),
    item(
      10,
      'Have you had medical problems because of your drug use (for example memory loss, hepatitis, seizures or bleeding)?',
      YES_NO,
    ),
  ],
  loinc: { panel: null, total: null },
  totalRange: { min: 0, max: 10 },
  totalDescription: 'One point for each "yes", except item 3 where "no" scores the point (0-10).',
  bands: [
    { min: 0, max: 0, label: 'none' },
    { min: 1, max: 2, label: 'low' },
    { min: 3, max: 5, label: 'moderate' },
    { min: 6, max: 8, label: 'substantial' },
    { min: 9, max: 10, label: 'severe' },
  ],
  cutPoint: {
    atLeast: 3,
    rule: 'Positive screen at 3 or more (moderate level or higher, where further investigation is advised).',
    sources: ['skinner-1982-dast', 'comorbidity-guidelines-dast10', 'nida-cde-dast10'],
  },
  criticalItems: [],
  missingAnswers:
    'Any unanswered item leaves total and band null (complete: false); the screen result is still given when the answered items decide it.',
  change: {
    reliableChange: null,
    response: null,
    remission: null,
    note: 'A screening instrument: no validated response, remission or reliable-change definition.',
  },
  sources: ['skinner-1982-dast', 'nida-cde-dast10', 'comorbidity-guidelines-dast10'],
};
