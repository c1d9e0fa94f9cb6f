/**
 * Default controlled-substance telemedicine policy (US federal), as dated periods. A clinic or a
 * later rule change replaces it with `createChecker({ telemedicinePolicy })`.
 *
 * - Ryan Haight Act (effective 13 April 2009): an in-person medical evaluation is required before
 *   prescribing a controlled substance by means of the Internet (telemedicine exceptions aside).
 * - COVID-19 flexibilities from 16 March 2020, extended four times; the fourth extension runs
 *   1 January – 31 December 2026.
 * - From 1 January 2027, absent a further extension or a final special-registration rule, the
 *   in-person requirement applies again, except buprenorphine for opioid use disorder under the
 *   2025 final rule (initial six-month supply by telemedicine, audio-only allowed, after a PDMP check).
 */
import type { TelemedicinePolicy } from './types.js';

export const DEFAULT_TELEMEDICINE_POLICY: TelemedicinePolicy = {
  periods: [
    {
      from: '2009-04-13',
      to: '2020-03-15',
      rule: 'in-person-required',
      severity: 'major',
      title: 'in-person evaluation required',
      detail:
        'Under the Ryan Haight Act a controlled substance may be prescribed by telemedicine only after at least one in-person medical evaluation, unless a statutory telemedicine exception applies.',
      recommendation:
        'Complete an in-person evaluation before prescribing, or prescribe a non-controlled alternative.',
      sources: ['check-ryan-haight-2008'],
    },
    {
      from: '2020-03-16',
      to: '2026-12-31',
      rule: 'flexibility',
      severity: 'info',
      title: 'allowed under the temporary DEA/HHS telemedicine flexibilities',
      detail:
        'Through 31 December 2026 the DEA/HHS temporary flexibilities allow Schedule II–V prescribing by telemedicine without a prior in-person evaluation, when the prescription is for a legitimate medical purpose in the usual course of practice, the visit uses interactive audio-video (audio-only is allowed for Schedule III–V medications for opioid use disorder), and federal and state law are met.',
      recommendation:
        'Document the audio-video visit, check the state PDMP, confirm state law permits it, and plan for the in-person requirement that returns after the flexibilities end.',
      sources: ['check-dea-telemedicine-2026', 'check-ryan-haight-2008'],
    },
    {
      from: '2027-01-01',
      to: null,
      rule: 'in-person-required',
      severity: 'major',
      title: 'in-person evaluation required',
      detail:
        'The temporary telemedicine flexibilities ended on 31 December 2026. Under the Ryan Haight Act a controlled substance may not be prescribed by telemedicine to a patient who has not had an in-person medical evaluation, unless an exception applies.',
      recommendation:
        'Arrange an in-person evaluation (or a qualifying exception) before prescribing, or choose a non-controlled alternative.',
      exemptions: [
        {
          drugs: ['buprenorphine'],
          severity: 'info',
          detail:
            'Buprenorphine for opioid use disorder may be started by telemedicine, including audio-only, for an initial supply of up to six months after a review of the state PDMP (2025 final rule); further prescriptions need another permitted form of telemedicine or an in-person evaluation.',
          recommendation:
            'Check the PDMP and document it; limit the telemedicine-only supply to six months in total; the pharmacist must verify the patient\u2019s identity.',
          sources: ['check-dea-buprenorphine-telemedicine-2025'],
        },
      ],
      sources: ['check-ryan-haight-2008', 'check-dea-telemedicine-2026'],
    },
  ],
};
