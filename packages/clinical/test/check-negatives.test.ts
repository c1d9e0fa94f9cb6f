/**
 * Alert-fatigue guard: combinations and situations that must NOT produce an alert of moderate or
 * higher severity. Each case names the reason the combination is accepted practice or why no
 * mechanism applies.
 */
import { describe, expect, it } from 'vitest';
import {
  type CheckInput,
  checkRegimen,
  type MedicationInput,
  type PatientInput,
  SEVERITY_RANK,
} from '../src/index.js';

const ASOF = '2026-06-01';
const ADULT: PatientInput = { age: 40, sex: 'male' };

function med(drug: string, dose?: number, frequency = 'daily'): MedicationInput {
  return dose === undefined ? { drug } : { drug, dose, unit: 'mg', frequency };
}

function run(current: MedicationInput[], proposed: MedicationInput[] = [], patient: PatientInput = ADULT) {
  const input: CheckInput = { asOf: ASOF, patient, current, proposed };
  return checkRegimen(input);
}

/** Alerts at moderate or above, as "code(drugs)" strings for a readable failure. */
function significant(result: ReturnType<typeof run>): string[] {
  return result.alerts
    .filter((a) => SEVERITY_RANK[a.severity] >= SEVERITY_RANK.moderate)
    .map((a) => `${a.code}(${a.drugs.join('+')}):${a.severity}`);
}

describe('pairs that must not raise a moderate-or-higher alert', () => {
  const pairs: Array<[string, string, string, string]> = [
    // [current, proposed, reason (source)]
    [
      'sertraline',
      'bupropion',
      '100',
      'sertraline is not a major CYP2D6 substrate [sertraline and bupropion labels]',
    ],
    ['escitalopram', 'lamotrigine', '', 'no shared mechanism [escitalopram and lamotrigine labels]'],
    [
      'lithium',
      'quetiapine',
      '',
      'standard bipolar combination; lithium possible + quetiapine conditional QT risk only [CredibleMeds]',
    ],
    ['mirtazapine', 'sertraline', '', 'mirtazapine is weakly serotonergic: minor at most [Boyer 2005]'],
    ['buspirone', 'escitalopram', '', 'buspirone augmentation, weakly serotonergic [Boyer 2005]'],
    ['lamotrigine', 'aripiprazole', '', 'no interaction mechanism [lamotrigine and aripiprazole labels]'],
    ['methylphenidate', 'sertraline', '', 'no serotonergic or CYP mechanism [FDA DDI table]'],
    ['gabapentin', 'sertraline', '', 'gabapentin renally cleared, no interaction [gabapentin label]'],
    ['naltrexone', 'sertraline', '', 'no opioid in the regimen [naltrexone label]'],
    ['acamprosate', 'sertraline', '', 'acamprosate has no CYP or PD interactions [APA AUD 2018]'],
    ['acamprosate', 'naltrexone', '', 'combined AUD pharmacotherapy [APA AUD 2018]'],
    ['acamprosate', 'disulfiram', '', 'no interaction [APA AUD 2018]'],
    ['ramelteon', 'sertraline', '', 'sertraline does not inhibit CYP1A2 [ramelteon label]'],
    ['ramelteon', 'escitalopram', '', 'melatonin agonist with an SSRI [ramelteon label]'],
    ['lithium', 'lamotrigine', '', 'no pharmacokinetic interaction; commonly combined [reference C13]'],
    ['lithium', 'aspirin', '', 'aspirin, unlike other NSAIDs, does not raise serum lithium [Ragheb 1990]'],
    ['bupropion', 'mirtazapine', '', 'common augmentation; no shared mechanism [bupropion label]'],
    ['lithium', 'valproate', '', 'standard combination (male patient) [NICE CG185]'],
    ['quetiapine', 'valproate', '', 'no CYP3A4 effect of valproate [quetiapine label]'],
    ['olanzapine', 'lithium', '', 'two possible-risk QT drugs: minor only [CredibleMeds]'],
    ['sertraline', 'hydroxyzine', '', 'two conditional-risk QT drugs without risk factors [CredibleMeds]'],
    ['escitalopram', 'propranolol', '', 'escitalopram is a weak CYP2D6 inhibitor [FDA DDI table]'],
    ['fluoxetine', 'lamotrigine', '', 'no shared pathway [lamotrigine label]'],
    [
      'venlafaxine',
      'bupropion',
      '',
      'CYP2D6 inhibition does not change total venlafaxine + ODV [venlafaxine label]',
    ],
    ['duloxetine', 'gabapentin', '', 'no interaction [FDA DDI table]'],
    ['sertraline', 'prazosin', '', 'no interaction [FDA DDI table]'],
    [
      'escitalopram',
      'clonazepam',
      '',
      'SSRI with a benzodiazepine: no additive mechanism [FDA 2016 DSC covers opioids]',
    ],
    ['guanfacine', 'methylphenidate', '', 'approved adjunctive ADHD combination [stimulant labels]'],
    ['atomoxetine', 'sertraline', '', 'sertraline is not a strong CYP2D6 inhibitor [atomoxetine label]'],
    ['clonidine', 'lisdexamfetamine', '', 'approved adjunctive ADHD combination [stimulant labels]'],
    ['buprenorphine', 'sertraline', '', 'buprenorphine weakly serotonergic: minor at most [FDA 2017 DSC]'],
    [
      'naltrexone',
      'bupropion',
      '',
      'the naltrexone/bupropion combination product is approved [naltrexone label]',
    ],
    ['varenicline', 'sertraline', '', 'renally cleared, no interaction [FDA DDI table]'],
    ['varenicline', 'bupropion', '', 'combined smoking-cessation therapy [bupropion label]'],
    ['disulfiram', 'sertraline', '', 'no alcohol use recorded [disulfiram label]'],
    ['lurasidone', 'lithium', '', 'approved adjunct in bipolar depression [lurasidone label]'],
    ['lurasidone', 'escitalopram', '', 'escitalopram does not inhibit CYP3A4 [lurasidone label]'],
    ['cariprazine', 'sertraline', '', 'no CYP3A4 inhibition [FDA DDI table]'],
    ['quetiapine', 'sertraline', '', 'two conditional QT drugs without risk factors [CredibleMeds]'],
    ['olanzapine', 'fluoxetine', '', 'the olanzapine/fluoxetine combination is approved [FDA DDI table]'],
    ['zolpidem', 'sertraline', '', 'SSRI with a Z-drug: no additive mechanism [FDA DDI table]'],
    ['suvorexant', 'sertraline', '', 'sertraline does not inhibit CYP3A4 [orexin antagonist labels]'],
    ['hydroxyzine', 'buspirone', '', 'no interaction [FDA DDI table]'],
    ['prazosin', 'venlafaxine', '', 'no interaction [FDA DDI table]'],
    ['lamotrigine', 'bupropion', '', 'no interaction [lamotrigine label]'],
    [
      'escitalopram',
      'omeprazole',
      '',
      'moderate CYP2C19 inhibition of a non-NTI drug: minor at most [FDA DDI table]',
    ],
    ['sertraline', 'famotidine', '', 'famotidine has no CYP inhibition [FDA DDI table]'],
    ['escitalopram', 'sumatriptan', '', 'triptan + SSRI is low risk [Orlova 2018; Evans 2010]'],
    ['sertraline', 'rizatriptan', '', 'triptan + SSRI is low risk [Orlova 2018; Evans 2010]'],
    ['mirtazapine', 'venlafaxine', '', 'weak + strong serotonergic augmentation: minor at most [Boyer 2005]'],
    ['trazodone', 'bupropion', '', 'bupropion does not inhibit CYP3A4 [bupropion label]'],
    [
      'lamotrigine',
      'levonorgestrel',
      '',
      'progestin-only contraception does not lower lamotrigine [lamotrigine label]',
    ],
    ['aripiprazole', 'lithium', '', 'two possible-risk QT drugs: minor only [CredibleMeds]'],
    ['lithium', 'gabapentin', '', 'no interaction [lithium label]'],
    [
      'methadone',
      'sertraline',
      '',
      'conditional QT partner without risk factors; sertraline weak CYP2D6 [CredibleMeds]',
    ],
  ];
  for (const [a, b, dose, why] of pairs) {
    it(`${a} + ${b}: no moderate-or-higher alert — ${why}`, () => {
      const result = run([med(a)], [dose ? med(b, Number(dose)) : med(b)]);
      expect(significant(result)).toEqual([]);
      expect(result.unrecognized).toEqual([]);
    });
  }

  it('sertraline 100 mg + trazodone 50 mg at bedtime gives at most a minor alert [Boyer 2005; trazodone label]', () => {
    const result = run([med('sertraline', 100)], [med('trazodone', 50, 'at bedtime')]);
    expect(significant(result)).toEqual([]);
    const serotonin = result.alerts.find((a) => a.code === 'interaction.serotonin-syndrome');
    expect(serotonin?.severity).toBe('minor');
  });

  it('buprenorphine/naloxone is one product: its ingredients are not checked against each other [Suboxone label]', () => {
    const result = run([], [{ drug: 'buprenorphine/naloxone', dose: 8, unit: 'mg', frequency: 'daily' }], {
      age: 35,
      sex: 'male',
      conditions: ['opioid use disorder'],
    });
    expect(significant(result)).toEqual([]);
    expect(result.unrecognized).toEqual([]);
  });

  it('sertraline + ibuprofen with a proton-pump inhibitor is minor (acid suppression lowers GI bleeding) [de Abajo 2008]', () => {
    const result = run([med('sertraline'), med('omeprazole')], [med('ibuprofen')]);
    expect(significant(result)).toEqual([]);
    expect(result.alerts.find((a) => a.code === 'interaction.bleeding')?.severity).toBe('minor');
  });
});

describe('patient situations that must not raise a moderate-or-higher alert', () => {
  it('citalopram 20 mg at age 70 is within the age cap [reference C13; citalopram label]', () => {
    const result = run([], [med('citalopram', 20)], { age: 70, sex: 'female' });
    expect(significant(result)).toEqual([]);
  });

  it('sertraline at age 70 is not a Beers drug [Beers 2023]', () => {
    expect(significant(run([], [med('sertraline', 50)], { age: 70, sex: 'male' }))).toEqual([]);
  });

  it('proposed sertraline at age 30 is outside the under-25 boxed warning [FDA 2007]', () => {
    expect(significant(run([], [med('sertraline', 50)], { age: 30, sex: 'female' }))).toEqual([]);
  });

  it('vaping nicotine with clozapine: nicotine does not induce CYP1A2 [Tsuda 2014]', () => {
    const result = run([med('clozapine', 300)], [], {
      age: 40,
      sex: 'male',
      substances: [{ substance: 'vaping', status: 'current' }],
    });
    expect(result.alerts.filter((a) => a.code === 'substance.tobacco-cyp1a2')).toEqual([]);
  });

  it('past smoking with clozapine raises no smoking alert [clozapine label]', () => {
    const result = run([med('clozapine', 300)], [], {
      age: 40,
      sex: 'male',
      substances: [{ substance: 'tobacco', status: 'past' }],
    });
    expect(result.alerts.filter((a) => a.code === 'substance.tobacco-cyp1a2')).toEqual([]);
  });

  it('chlordiazepoxide during alcohol withdrawal is treatment, not an alcohol interaction [APA AUD 2018]', () => {
    const result = run([], [med('chlordiazepoxide', 25, 'every 6 hours as needed')], {
      age: 45,
      sex: 'male',
      substances: [{ substance: 'alcohol', status: 'withdrawal', disorder: true }],
    });
    expect(significant(result)).toEqual([]);
  });

  it('buprenorphine for opioid use disorder raises no misuse alert [ASAM 2020]', () => {
    const result = run([], [med('buprenorphine', 16)], {
      age: 30,
      sex: 'male',
      substances: [{ substance: 'opioids', status: 'current', disorder: true }],
    });
    expect(significant(result)).toEqual([]);
  });

  it('telehealth controlled prescribing after an in-person evaluation raises nothing [Ryan Haight Act 2008]', () => {
    const result = checkRegimen({
      asOf: '2027-03-01',
      patient: { age: 30, sex: 'male', setting: { telehealth: true, inPersonEvaluationDone: true } },
      proposed: [med('lorazepam', 1)],
    });
    expect(result.alerts.filter((a) => a.category === 'regulatory')).toEqual([]);
  });

  it('telehealth prescribing of a non-controlled drug raises nothing [DEA 2026 extension]', () => {
    const result = checkRegimen({
      asOf: '2027-03-01',
      patient: { age: 30, sex: 'male', setting: { telehealth: true, inPersonEvaluationDone: false } },
      proposed: [med('sertraline', 50)],
    });
    expect(result.alerts).toEqual([]);
  });

  it('lithium level 0.8 mmol/L is in range [NICE CG185]', () => {
    const result = run([med('lithium', 900)], [], {
      age: 40,
      sex: 'male',
      labs: [{ test: 'Li', value: 0.8, unit: 'mmol/L', date: '2026-05-20' }],
    });
    expect(significant(result)).toEqual([]);
  });

  it('ANC 1800/µL on clozapine is acceptable [clozapine label]', () => {
    const result = run([med('clozapine', 300)], [], {
      age: 40,
      sex: 'male',
      labs: [{ test: 'ANC', value: 1800 }],
    });
    expect(significant(result)).toEqual([]);
  });

  it('QTc 430 ms with citalopram 20 mg raises nothing [Drew 2010]', () => {
    const result = run([med('citalopram', 20)], [], { age: 40, sex: 'male', vitals: { qtcMs: 430 } });
    expect(result.alerts).toEqual([]);
  });

  it('sodium 138 mmol/L with sertraline raises nothing [Jacob 2006]', () => {
    const result = run([med('sertraline', 100)], [], {
      age: 72,
      sex: 'female',
      labs: [{ test: 'sodium', value: 138 }],
    });
    expect(significant(result)).toEqual([]);
  });

  it('a Schedule II order with 0 refills is fine [21 CFR 1306.12]', () => {
    const result = run(
      [],
      [{ drug: 'methylphenidate', dose: 20, unit: 'mg', frequency: 'twice daily', refills: 0 }],
    );
    expect(significant(result)).toEqual([]);
  });

  it('tramadol 50 mg every 6 hours as needed (200 mg/day) is under the 400 mg maximum [tramadol label]', () => {
    const result = run([], [med('tramadol', 50, 'every 6 hours as needed')]);
    expect(result.alerts.filter((a) => a.category === 'dose')).toEqual([]);
  });

  it('fluoxetine stopped 6 weeks ago: the 5-week washout before phenelzine is complete [fluoxetine label]', () => {
    const result = run(
      [{ drug: 'fluoxetine', dose: 20, unit: 'mg', frequency: 'daily', stoppedOn: '2026-04-19' }],
      [med('phenelzine', 15, 'three times daily')],
    );
    expect(result.alerts.filter((a) => a.code === 'interaction.maoi-washout')).toEqual([]);
    expect(significant(result)).toEqual([]);
  });

  it('valproate in a 55-year-old woman raises no childbearing-potential alert [valproate label]', () => {
    const result = run([med('valproate', 1000)], [], { age: 55, sex: 'female' });
    expect(result.alerts.filter((a) => a.category === 'pregnancy')).toEqual([]);
  });

  it('an allergy to penicillin is recognised and irrelevant [LactMed/label: not a formulary drug]', () => {
    const result = run([med('sertraline', 50)], [], {
      age: 40,
      sex: 'male',
      allergies: ['penicillin', 'NKDA'],
    });
    expect(result.alerts).toEqual([]);
    expect(result.unrecognized).toEqual([]);
  });

  it('sertraline in pregnancy is shown as minor, not interruptive [ACOG 2023]', () => {
    const result = run([med('sertraline', 100)], [], { age: 30, sex: 'female', pregnant: true });
    expect(significant(result)).toEqual([]);
    expect(result.alerts.find((a) => a.code === 'pregnancy.risk')?.severity).toBe('minor');
  });

  it('a long-acting plus a short-acting methylphenidate is an info-level note [stimulant labels]', () => {
    const result = run(
      [{ drug: 'Concerta', dose: 36, unit: 'mg', frequency: 'every morning' }],
      [{ drug: 'Ritalin', dose: 5, unit: 'mg', frequency: 'daily' }],
    );
    expect(significant(result)).toEqual([]);
    expect(result.alerts.find((a) => a.code === 'duplication.same-drug')?.severity).toBe('info');
  });

  it('a dose change of a current drug (same drug proposed) is not a duplication [design.md]', () => {
    const result = run([med('sertraline', 50)], [med('sertraline', 100)]);
    expect(result.alerts).toEqual([]);
  });

  it('a current benzodiazepine in a 40-year-old with no SUD raises nothing [benzodiazepine class label]', () => {
    expect(significant(run([med('lorazepam', 1)]))).toEqual([]);
  });
});
