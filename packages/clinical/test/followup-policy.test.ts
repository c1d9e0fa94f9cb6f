import { describe, expect, it } from 'vitest';
import { DEFAULT_TELEHEALTH_POLICY, levelOfCareFor, recommendFollowUp } from '../src/followup/index.js';
import { BUPRENORPHINE, CLOZAPINE, LITHIUM, METHYLPHENIDATE, SERTRALINE } from './monitoring-fixtures.js';

describe('stable patients', () => {
  it('stable 12 months with nothing else: every 90 days, routine outpatient, no in-person requirement [APA MDD 2010; NICE CG90]', () => {
    const r = recommendFollowUp({ monthsStable: 12 });
    expect(r).toMatchObject({
      intervalDays: 90,
      inPersonRequired: false,
      modality: 'either',
      levelOfCare: 'routine-outpatient',
    });
    expect(r.reasons).toHaveLength(1);
  });

  it('stable 4 months: 60 days; not yet stable: 28 days [NICE CG90]', () => {
    expect(recommendFollowUp({ monthsStable: 4 }).intervalDays).toBe(60);
    expect(recommendFollowUp({}).intervalDays).toBe(28);
  });

  it('honours a clinic policy override and the preferred modality [design.md: clinic policies]', () => {
    const r = recommendFollowUp(
      { monthsStable: 12, preferredModality: 'telehealth' },
      { policy: { stable6MonthsOrMore: 120 } },
    );
    expect(r.intervalDays).toBe(120);
    expect(r.modality).toBe('telehealth');
  });

  it('gives a next-visit date from asOf [design.md: next visit from the risk-matched cadence]', () => {
    expect(recommendFollowUp({ asOf: '2026-05-01', monthsStable: 8 }).nextVisitBy).toBe('2026-07-30');
  });
});

describe('medication changes', () => {
  it('antidepressant start at 40: first review within 2 weeks [NICE NG222 1.4.11]', () => {
    const r = recommendFollowUp({ age: 40, changes: [{ kind: 'start', drug: SERTRALINE }] });
    expect(r.intervalDays).toBe(14);
    expect(r.rules[0]!.code).toBe('antidepressant-start');
  });

  it('antidepressant start at 22 or 25: review after 1 week; at 26: 2 weeks [NICE NG222 1.4.24; FDA boxed warning]', () => {
    expect(recommendFollowUp({ age: 22, changes: [{ kind: 'start', drug: SERTRALINE }] }).intervalDays).toBe(
      7,
    );
    expect(recommendFollowUp({ age: 25, changes: [{ kind: 'start', drug: SERTRALINE }] }).intervalDays).toBe(
      7,
    );
    expect(recommendFollowUp({ age: 26, changes: [{ kind: 'start', drug: SERTRALINE }] }).intervalDays).toBe(
      14,
    );
  });

  it('antidepressant start in an adult at low suicide risk: 1 week [NICE NG222 1.4.24]', () => {
    const r = recommendFollowUp({
      age: 45,
      safetyRisk: 'low',
      changes: [{ kind: 'start', drug: SERTRALINE }],
    });
    expect(r.intervalDays).toBe(7);
    expect(r.rules.map((x) => x.code)).toContain('antidepressant-young-or-at-risk');
  });

  it('antidepressant dose increase at 40: within 4 weeks [NICE NG222]', () => {
    expect(
      recommendFollowUp({ age: 40, changes: [{ kind: 'dose-increase', drug: SERTRALINE }] }).intervalDays,
    ).toBe(28);
  });

  it('antidepressant started in bipolar disorder: 1 week for switch to mania [APA bipolar 2002]', () => {
    const r = recommendFollowUp({
      age: 40,
      diagnoses: ['bipolar'],
      changes: [{ kind: 'start', drug: SERTRALINE }],
    });
    expect(r.intervalDays).toBe(7);
    expect(r.rules[0]!.code).toBe('bipolar-antidepressant');
  });

  it('lithium start: 1 week, with the level [NICE CG185]', () => {
    expect(recommendFollowUp({ changes: [{ kind: 'start', drug: LITHIUM }] })).toMatchObject({
      intervalDays: 7,
      modality: 'either',
    });
  });

  it('clozapine start: weekly and in person [clozapine label; Ronaldson 2011]', () => {
    expect(recommendFollowUp({ changes: [{ kind: 'start', drug: CLOZAPINE }] })).toMatchObject({
      intervalDays: 7,
      inPersonRequired: true,
      modality: 'in-person',
    });
  });

  it('ADHD medication start at age 8: within 30 days (initiation phase) [HEDIS ADD]', () => {
    const r = recommendFollowUp({
      age: 8,
      monthsStable: 12,
      changes: [{ kind: 'start', drug: METHYLPHENIDATE }],
      controlledSubstance: { newPrescription: true, inPersonEvaluationDone: true },
    });
    expect(r.intervalDays).toBe(30);
    expect(r.sources).toContain('fu-hedis-add');
  });

  it('a drug outside the formulary can be described by its classes [NICE NG222]', () => {
    expect(
      recommendFollowUp({ age: 50, changes: [{ kind: 'start', classes: ['antidepressant', 'snri'] }] })
        .intervalDays,
    ).toBe(14);
  });
});

describe('acute situations', () => {
  it('hospital discharge: within 7 days, not on the discharge day [HEDIS FUH]', () => {
    const r = recommendFollowUp({
      asOf: '2026-04-10',
      hospitalDischargeDate: '2026-04-10',
      monthsStable: 12,
    });
    expect(r.intervalDays).toBe(7);
    expect(r.nextVisitBy).toBe('2026-04-17');
    expect(recommendFollowUp({ asOf: '2026-04-13', hospitalDischargeDate: '2026-04-10' }).intervalDays).toBe(
      4,
    );
  });

  it('discharge 10 days ago: the 30-day window remains; 40 days ago: no discharge rule [HEDIS FUH]', () => {
    expect(recommendFollowUp({ asOf: '2026-04-20', hospitalDischargeDate: '2026-04-10' }).intervalDays).toBe(
      20,
    );
    const old = recommendFollowUp({
      asOf: '2026-05-20',
      hospitalDischargeDate: '2026-04-10',
      monthsStable: 12,
    });
    expect(old.intervalDays).toBe(90);
    expect(old.rules.some((x) => x.code.startsWith('hospital-discharge'))).toBe(false);
  });

  it('emergency department visit for mental illness: within 7 days [HEDIS FUM]', () => {
    expect(
      recommendFollowUp({ asOf: '2026-04-10', emergencyVisitDate: '2026-04-09', monthsStable: 12 })
        .intervalDays,
    ).toBe(6);
  });

  it('relapse: 2 weeks; in bipolar disorder: 1 week [APA MDD 2010; APA bipolar 2002]', () => {
    expect(recommendFollowUp({ recentRelapse: true }).intervalDays).toBe(14);
    expect(recommendFollowUp({ recentRelapse: true, diagnoses: ['bipolar'] }).intervalDays).toBe(7);
  });

  it('side effects: moderate 7 days, severe 1 day in person, life-threatening now as an emergency [APA MDD 2010]', () => {
    expect(recommendFollowUp({ sideEffects: 'moderate' }).intervalDays).toBe(7);
    expect(recommendFollowUp({ sideEffects: 'severe' })).toMatchObject({
      intervalDays: 1,
      inPersonRequired: true,
    });
    expect(recommendFollowUp({ sideEffects: 'life-threatening' })).toMatchObject({
      intervalDays: 0,
      levelOfCare: 'emergency',
    });
  });

  it('C-SSRS risk: low 7 days, moderate 2 days, high same day in person for admission, imminent emergency [C-SSRS triage; APA 2003]', () => {
    expect(recommendFollowUp({ safetyRisk: 'low' })).toMatchObject({
      intervalDays: 7,
      levelOfCare: 'routine-outpatient',
    });
    expect(recommendFollowUp({ safetyRisk: 'moderate' })).toMatchObject({
      intervalDays: 2,
      inPersonRequired: false,
    });
    expect(recommendFollowUp({ safetyRisk: 'high' })).toMatchObject({
      intervalDays: 0,
      inPersonRequired: true,
      modality: 'in-person',
      levelOfCare: 'inpatient',
    });
    expect(recommendFollowUp({ safetyRisk: 'imminent' })).toMatchObject({
      intervalDays: 0,
      levelOfCare: 'emergency',
    });
  });

  it('PHQ-9 bands: 22 → 7 days, 16 → 14 days, 12 → 28 days, 3 → no PHQ rule [Kroenke 2001]', () => {
    expect(recommendFollowUp({ phq9: { total: 22 } }).intervalDays).toBe(7);
    expect(recommendFollowUp({ phq9: { total: 16 } }).intervalDays).toBe(14);
    expect(recommendFollowUp({ phq9: { total: 12 }, monthsStable: 12 }).intervalDays).toBe(28);
    expect(recommendFollowUp({ phq9: { total: 3 }, monthsStable: 12 }).intervalDays).toBe(90);
  });

  it('PHQ-9 worsening by 5 points or more: 14 days; by 4: no worsening rule [Löwe 2004]', () => {
    expect(recommendFollowUp({ monthsStable: 12, phq9: { total: 9, previousTotal: 4 } }).intervalDays).toBe(
      14,
    );
    expect(recommendFollowUp({ monthsStable: 12, phq9: { total: 8, previousTotal: 4 } }).intervalDays).toBe(
      90,
    );
  });

  it('PHQ-9 item 9 above 0 without a C-SSRS result: assess risk today [Kroenke 2001; C-SSRS]', () => {
    expect(recommendFollowUp({ monthsStable: 12, phq9: { total: 6, item9: 1 } }).intervalDays).toBe(0);
  });

  it('the shortest interval wins and every reason is listed [design.md: follow-up cadence]', () => {
    const r = recommendFollowUp({
      asOf: '2026-04-13',
      age: 22,
      hospitalDischargeDate: '2026-04-10',
      changes: [{ kind: 'start', drug: SERTRALINE }],
      sideEffects: 'mild',
    });
    expect(r.intervalDays).toBe(4);
    expect(r.rules.map((x) => x.code)).toEqual([
      'hospital-discharge',
      'antidepressant-young-or-at-risk',
      'active-treatment',
      'side-effects-mild',
    ]);
    expect(r.reasons).toHaveLength(4);
  });
});

describe('controlled substances by telemedicine', () => {
  const newRx = { newPrescription: true, inPersonEvaluationDone: false };

  it('is allowed without an in-person evaluation through 31 Dec 2026 [DEA/HHS fourth temporary extension]', () => {
    const r = recommendFollowUp({
      asOf: '2026-12-31',
      controlledSubstance: newRx,
      changes: [{ kind: 'start', drug: METHYLPHENIDATE }],
    });
    expect(r.inPersonRequired).toBe(false);
    expect(r.rules.map((x) => x.code)).toContain('telehealth-flexibilities');
  });

  it('needs an in-person evaluation from 1 Jan 2027 under the default policy [Ryan Haight Act 2008]', () => {
    const r = recommendFollowUp({ asOf: '2027-01-01', controlledSubstance: newRx });
    expect(r).toMatchObject({ inPersonRequired: true, modality: 'in-person' });
  });

  it('follows a configured policy date instead of a hard-coded one [DEA/HHS fourth temporary extension]', () => {
    const policy = { ...DEFAULT_TELEHEALTH_POLICY, flexibilitiesThrough: '2027-12-31' };
    expect(
      recommendFollowUp({ asOf: '2027-06-01', controlledSubstance: newRx }, { telehealthPolicy: policy })
        .inPersonRequired,
    ).toBe(false);
  });

  it('buprenorphine for OUD may start by telemedicine after 2026 [DEA buprenorphine telemedicine rule 2025]', () => {
    const r = recommendFollowUp({
      asOf: '2027-03-01',
      changes: [{ kind: 'start', drug: BUPRENORPHINE }],
      controlledSubstance: { ...newRx, buprenorphineForOud: true },
    });
    expect(r.inPersonRequired).toBe(false);
  });
});

describe('levelOfCareFor', () => {
  it('no or low risk: routine outpatient [C-SSRS triage]', () => {
    expect(levelOfCareFor('none').levelOfCare).toBe('routine-outpatient');
    expect(levelOfCareFor('low').levelOfCare).toBe('routine-outpatient');
  });

  it('moderate risk: outpatient with a safety plan; with limited supports: intensive outpatient [C-SSRS triage; APA 2003]', () => {
    expect(levelOfCareFor('moderate').levelOfCare).toBe('routine-outpatient');
    expect(levelOfCareFor('moderate').actions[0]).toMatch(/safety plan/);
    expect(levelOfCareFor({ suicideRisk: 'moderate', supports: 'limited' }).levelOfCare).toBe(
      'intensive-outpatient',
    );
  });

  it('high risk: inpatient evaluation; imminent risk: emergency [C-SSRS triage; APA 2003]', () => {
    expect(levelOfCareFor('high').levelOfCare).toBe('inpatient');
    expect(levelOfCareFor('imminent').levelOfCare).toBe('emergency');
  });

  it('escalates for psychosis, inability to care for self, medical instability and failure at the current level [APA 2003; APA schizophrenia 2020]', () => {
    expect(levelOfCareFor({ acutePsychosisOrMania: true }).levelOfCare).toBe('partial-hospitalization');
    expect(levelOfCareFor({ unableToCareForSelf: true }).levelOfCare).toBe('inpatient');
    expect(levelOfCareFor({ medicallyUnstable: true }).levelOfCare).toBe('emergency');
    expect(
      levelOfCareFor({ failedCurrentLevel: true, currentLevel: 'intensive-outpatient' }).levelOfCare,
    ).toBe('partial-hospitalization');
  });
});
