/**
 * Drug–drug interaction and duplication rules of the check engine, against the real formulary.
 */
import { describe, expect, it } from 'vitest';
import {
  type Alert,
  type CheckInput,
  checkRegimen,
  type MedicationInput,
  type PatientInput,
} from '../src/index.js';

const ASOF = '2026-06-01';
const ADULT: PatientInput = { age: 40, sex: 'male' };

function med(
  drug: string,
  dose?: number,
  frequency = 'daily',
  extra: Partial<MedicationInput> = {},
): MedicationInput {
  return dose === undefined ? { drug, ...extra } : { drug, dose, unit: 'mg', frequency, ...extra };
}

function run(
  current: MedicationInput[],
  proposed: MedicationInput[] = [],
  patient: PatientInput = ADULT,
  asOf = ASOF,
) {
  const input: CheckInput = { asOf, patient, current, proposed };
  return checkRegimen(input);
}

function find(alerts: Alert[], code: string, ...drugs: string[]): Alert | undefined {
  return alerts.find((a) => a.code === code && drugs.every((d) => a.drugs.includes(d)));
}

function only(alerts: Alert[], code: string): Alert[] {
  return alerts.filter((a) => a.code === code);
}

describe('serotonin toxicity and MAOI combinations', () => {
  it('sertraline + tramadol is a major serotonin interaction with action monitor [Boyer 2005; tramadol label]', () => {
    const a = find(
      run([med('sertraline', 100)], [med('tramadol', 50, 'every 6 hours as needed')]).alerts,
      'interaction.serotonin-syndrome',
    );
    expect(a?.severity).toBe('major');
    expect(a?.action).toBe('monitor');
    expect(a?.drugs).toEqual(['sertraline', 'tramadol']);
    expect(a?.detail).toContain('seizure threshold');
  });

  it('two strongly serotonergic antidepressants (sertraline + duloxetine) are major, avoid [Boyer 2005]', () => {
    const a = find(
      run([med('sertraline', 50)], [med('duloxetine', 60)]).alerts,
      'interaction.serotonin-syndrome',
    );
    expect(a?.severity).toBe('major');
    expect(a?.action).toBe('avoid');
  });

  it('SSRI + low-dose amitriptyline (moderately serotonergic TCA) is moderate, not major [Boyer 2005]', () => {
    const a = find(
      run([med('sertraline', 50)], [med('amitriptyline', 10, 'at bedtime')]).alerts,
      'interaction.serotonin-syndrome',
    );
    expect(a?.severity).toBe('moderate');
  });

  it('St John\u2019s wort with an SSRI is a major serotonin interaction [Boyer 2005]', () => {
    const a = find(
      run([med('escitalopram', 10)], [med("St John's wort")]).alerts,
      'interaction.serotonin-syndrome',
    );
    expect(a?.severity).toBe('major');
  });

  it('phenelzine + sertraline is contraindicated [Nardil label; Phansalkar 2012]', () => {
    const result = run([med('phenelzine', 15, 'three times daily')], [med('sertraline', 50)]);
    const a = find(result.alerts, 'interaction.serotonin-syndrome', 'phenelzine', 'sertraline');
    expect(a?.severity).toBe('contraindicated');
    expect(a?.action).toBe('avoid');
    expect(a?.sources.some((s) => s.includes('Phansalkar'))).toBe(true);
  });

  it('linezolid with escitalopram: contraindicated, with the FDA 24-hour restart advice [FDA 2011 linezolid DSC]', () => {
    const a = find(
      run([med('escitalopram', 10)], [med('linezolid', 600, 'every 12 hours')]).alerts,
      'interaction.serotonin-syndrome',
    );
    expect(a?.severity).toBe('contraindicated');
    expect(a?.recommendation).toContain('24 hours');
    expect(a?.sources.some((s) => s.includes('linezolid'))).toBe(true);
  });

  it('methylene blue with venlafaxine is contraindicated [FDA 2011 methylene blue DSC]', () => {
    const a = find(
      run([med('venlafaxine', 150)], [med('methylene blue')]).alerts,
      'interaction.serotonin-syndrome',
    );
    expect(a?.severity).toBe('contraindicated');
    expect(a?.sources.some((s) => s.includes('methylene blue'))).toBe(true);
  });

  it('an MAOI with a triptan is contraindicated [Phansalkar 2012, ONC pair 15]', () => {
    const a = find(
      run([med('phenelzine', 15)], [med('sumatriptan', 50)]).alerts,
      'interaction.serotonin-syndrome',
    );
    expect(a?.severity).toBe('contraindicated');
  });

  it('an MAOI with lithium (augmentation) is moderate, not contraindicated [Boyer 2005]', () => {
    const a = find(
      run([med('phenelzine', 15)], [med('lithium', 600)]).alerts,
      'interaction.serotonin-syndrome',
    );
    expect(a?.severity).toBe('moderate');
  });

  it('tranylcypromine + methylphenidate: hypertensive crisis, contraindicated [Phansalkar 2012, ONC pair 1]', () => {
    const a = find(
      run([med('tranylcypromine', 10)], [med('methylphenidate', 10)]).alerts,
      'interaction.maoi-hypertensive-crisis',
    );
    expect(a?.severity).toBe('contraindicated');
  });

  it('phenelzine + bupropion is contraindicated [bupropion label]', () => {
    const a = find(
      run([med('phenelzine', 15)], [med('bupropion', 150)]).alerts,
      'interaction.maoi-hypertensive-crisis',
    );
    expect(a?.severity).toBe('contraindicated');
  });

  it('phenelzine + buspirone is major (elevated blood pressure) [buspirone label]', () => {
    const a = find(
      run([med('phenelzine', 15)], [med('buspirone', 10)]).alerts,
      'interaction.maoi-hypertensive-crisis',
    );
    expect(a?.severity).toBe('major');
  });

  it('phenelzine + carbamazepine is contraindicated [Tegretol label]', () => {
    const a = find(
      run([med('phenelzine', 15)], [med('carbamazepine', 200)]).alerts,
      'interaction.maoi-contraindicated',
    );
    expect(a?.severity).toBe('contraindicated');
  });
});

describe('MAOI washout', () => {
  it('fluoxetine stopped 3 weeks ago blocks phenelzine until 5 weeks have passed [Prozac label]', () => {
    const result = run(
      [med('fluoxetine', 20, 'daily', { stoppedOn: '2026-05-11' })],
      [med('phenelzine', 15)],
    );
    const a = find(result.alerts, 'interaction.maoi-washout', 'fluoxetine', 'phenelzine');
    expect(a?.severity).toBe('contraindicated');
    expect(a?.detail).toContain('35 days');
    expect(a?.recommendation).toContain('2026-06-15');
  });

  it('phenelzine stopped 5 days ago blocks sertraline for 14 days [Nardil label]', () => {
    const result = run(
      [med('phenelzine', 15, 'daily', { stoppedOn: '2026-05-27' })],
      [med('sertraline', 50)],
    );
    const a = find(result.alerts, 'interaction.maoi-washout', 'phenelzine', 'sertraline');
    expect(a?.severity).toBe('contraindicated');
    expect(a?.recommendation).toContain('2026-06-10');
  });

  it('sertraline stopped 10 days ago blocks an MAOI (14-day washout) [Zoloft label; Nardil label]', () => {
    const result = run(
      [med('sertraline', 50, 'daily', { stoppedOn: '2026-05-22' })],
      [med('phenelzine', 15)],
    );
    expect(find(result.alerts, 'interaction.maoi-washout')?.severity).toBe('contraindicated');
  });

  it('linezolid stopped 2 days ago no longer blocks sertraline (24 hours) [FDA 2011 linezolid DSC]', () => {
    const result = run(
      [med('linezolid', 600, 'every 12 hours', { stoppedOn: '2026-05-30' })],
      [med('sertraline', 50)],
    );
    expect(only(result.alerts, 'interaction.maoi-washout')).toEqual([]);
  });

  it('a stopped drug does not take part in ordinary interactions (stopped fluoxetine + tramadol) [design.md]', () => {
    const result = run([med('fluoxetine', 20, 'daily', { stoppedOn: '2026-05-20' })], [med('tramadol', 50)]);
    expect(result.alerts.filter((a) => a.drugs.includes('fluoxetine'))).toEqual([]);
  });
});

describe('QT prolongation', () => {
  it('citalopram + methadone (two known-risk drugs) is major [CredibleMeds; Drew 2010]', () => {
    const a = find(
      run([med('methadone', 60)], [med('citalopram', 20)]).alerts,
      'interaction.qt-prolongation',
    );
    expect(a?.severity).toBe('major');
    expect(a?.action).toBe('monitor');
  });

  it('citalopram + aripiprazole (known + possible) is moderate [CredibleMeds]', () => {
    const a = find(
      run([med('citalopram', 20)], [med('aripiprazole', 5)]).alerts,
      'interaction.qt-prolongation',
    );
    expect(a?.severity).toBe('moderate');
  });

  it('known + possible becomes major with a prolonged QTc (480 ms, woman) [Drew 2010]', () => {
    const result = run([med('citalopram', 20)], [med('aripiprazole', 5)], {
      age: 40,
      sex: 'female',
      vitals: { qtcMs: 480 },
    });
    const a = find(result.alerts, 'interaction.qt-prolongation');
    expect(a?.severity).toBe('major');
    expect(a?.detail).toContain('QTc 480 ms');
  });

  it('a conditional-risk drug counts only with a risk factor: escitalopram + quetiapine with hypokalaemia is moderate [CredibleMeds; Drew 2010]', () => {
    expect(
      only(run([med('escitalopram', 10)], [med('quetiapine', 100)]).alerts, 'interaction.qt-prolongation'),
    ).toEqual([]);
    const withRisk = run([med('escitalopram', 10)], [med('quetiapine', 100)], {
      age: 40,
      sex: 'male',
      labs: [{ test: 'K', value: 3.1, unit: 'mmol/L' }],
    });
    expect(find(withRisk.alerts, 'interaction.qt-prolongation')?.severity).toBe('moderate');
  });

  it('thioridazine with any known- or possible-risk QT drug is contraindicated [thioridazine label]', () => {
    const a = find(
      run([med('thioridazine', 100)], [med('citalopram', 20)]).alerts,
      'interaction.qt-prolongation',
    );
    expect(a?.severity).toBe('contraindicated');
  });
});

describe('CNS and respiratory depression', () => {
  it('oxycodone + alprazolam: major, avoid (FDA boxed warning) [FDA 2016 DSC]', () => {
    const a = find(
      run([med('alprazolam', 0.5, 'three times daily')], [med('oxycodone', 5, 'every 6 hours as needed')])
        .alerts,
      'interaction.opioid-benzodiazepine',
    );
    expect(a?.severity).toBe('major');
    expect(a?.action).toBe('avoid');
  });

  it('buprenorphine + clonazepam: moderate — do not withhold MOUD [FDA 2017 DSC]', () => {
    const a = find(
      run([med('clonazepam', 0.5)], [med('buprenorphine', 16)]).alerts,
      'interaction.opioid-benzodiazepine',
    );
    expect(a?.severity).toBe('moderate');
    expect(a?.recommendation).toContain('Continue buprenorphine');
  });

  it('methadone + lorazepam is moderate with opioid use disorder, major without [FDA 2017 DSC; FDA 2016 DSC]', () => {
    const withOud = run([med('methadone', 80)], [med('lorazepam', 1)], {
      age: 40,
      sex: 'male',
      conditions: ['F11.20'],
    });
    expect(find(withOud.alerts, 'interaction.opioid-benzodiazepine')?.severity).toBe('moderate');
    const pain = run([med('methadone', 10, 'every 8 hours')], [med('lorazepam', 1)]);
    expect(find(pain.alerts, 'interaction.opioid-benzodiazepine')?.severity).toBe('major');
  });

  it('oxycodone + gabapentin: moderate respiratory depression warning [FDA 2019 DSC]', () => {
    const a = find(
      run([med('gabapentin', 300, 'three times daily')], [med('oxycodone', 5)]).alerts,
      'interaction.cns-depression',
    );
    expect(a?.severity).toBe('moderate');
    expect(a?.sources.some((s) => s.includes('gabapentin and pregabalin'))).toBe(true);
  });

  it('lorazepam + zolpidem: moderate additive sedation [Beers 2023; benzodiazepine class label]', () => {
    expect(
      find(run([med('lorazepam', 1)], [med('zolpidem', 5)]).alerts, 'interaction.cns-depression')?.severity,
    ).toBe('moderate');
  });

  it('three CNS depressants raise a single regimen-level alert [Beers 2023]', () => {
    const result = run(
      [med('quetiapine', 100), med('clonazepam', 0.5)],
      [med('trazodone', 50, 'at bedtime')],
    );
    const a = only(result.alerts, 'interaction.cns-depression-multiple');
    expect(a).toHaveLength(1);
    expect(a[0]?.severity).toBe('moderate');
    expect(a[0]?.drugs).toEqual(['clonazepam', 'quetiapine', 'trazodone']);
  });
});

describe('lithium, bleeding, seizures, marrow', () => {
  it('lithium + ibuprofen, lisinopril or hydrochlorothiazide is major; + furosemide moderate [lithium label]', () => {
    for (const drug of ['ibuprofen', 'lisinopril', 'hydrochlorothiazide']) {
      expect(
        find(run([med('lithium', 900)], [med(drug)]).alerts, 'interaction.lithium-clearance')?.severity,
      ).toBe('major');
    }
    expect(
      find(run([med('lithium', 900)], [med('furosemide', 20)]).alerts, 'interaction.lithium-clearance')
        ?.severity,
    ).toBe('moderate');
  });

  it('sertraline + warfarin: moderate bleeding risk [de Abajo 2008; antidepressant class label]', () => {
    const a = find(run([med('warfarin', 5)], [med('sertraline', 50)]).alerts, 'interaction.bleeding');
    expect(a?.severity).toBe('moderate');
    expect(a?.recommendation).toContain('INR');
  });

  it('escitalopram + naproxen without acid suppression: moderate [de Abajo 2008]', () => {
    expect(
      find(
        run([med('escitalopram', 10)], [med('naproxen', 500, 'twice daily')]).alerts,
        'interaction.bleeding',
      )?.severity,
    ).toBe('moderate');
  });

  it('bupropion + tramadol: additive seizure risk, moderate [bupropion label]', () => {
    expect(
      find(run([med('bupropion', 300)], [med('tramadol', 50)]).alerts, 'interaction.seizure-threshold')
        ?.severity,
    ).toBe('moderate');
  });

  it('clozapine + carbamazepine: marrow suppression major, and carbamazepine lowers clozapine [clozapine label]', () => {
    const result = run([med('clozapine', 300)], [med('carbamazepine', 200, 'twice daily')]);
    expect(find(result.alerts, 'interaction.myelosuppression')?.severity).toBe('major');
    expect(find(result.alerts, 'interaction.clozapine-cyp3a4-inducer')?.severity).toBe('major');
  });
});

describe('pharmacokinetic interactions', () => {
  it('fluvoxamine + tizanidine is contraindicated [tizanidine label; Phansalkar 2012, ONC pair 13]', () => {
    expect(
      find(run([med('tizanidine', 4)], [med('fluvoxamine', 50)]).alerts, 'interaction.tizanidine-cyp1a2')
        ?.severity,
    ).toBe('contraindicated');
  });

  it('fluvoxamine + ramelteon is contraindicated [ramelteon label; Phansalkar 2012, ONC pair 9]', () => {
    expect(
      find(run([med('ramelteon', 8)], [med('fluvoxamine', 50)]).alerts, 'interaction.ramelteon-fluvoxamine')
        ?.severity,
    ).toBe('contraindicated');
  });

  it('fluvoxamine with clozapine 300 mg: major, one third of the dose (100 mg) [clozapine label]', () => {
    const result = run([med('clozapine', 300)], [med('fluvoxamine', 50)]);
    const a = find(result.alerts, 'interaction.clozapine-cyp1a2-strong');
    expect(a?.severity).toBe('major');
    expect(a?.action).toBe('reduce-dose');
    expect(a?.maxDailyDose).toBe(100);
    // One alert per mechanism per pair: the generic CYP rule does not repeat it.
    expect(only(result.alerts, 'interaction.cyp-inhibition')).toEqual([]);
  });

  it('ciprofloxacin with clozapine is major [clozapine label]', () => {
    expect(
      find(
        run([med('clozapine', 200)], [med('ciprofloxacin', 500, 'twice daily')]).alerts,
        'interaction.clozapine-cyp1a2-strong',
      )?.severity,
    ).toBe('major');
  });

  it('clarithromycin with pimozide is contraindicated (CYP3A4 and QT) [pimozide label]', () => {
    const result = run([med('pimozide', 2)], [med('clarithromycin', 500, 'twice daily')]);
    expect(find(result.alerts, 'interaction.pimozide-cyp3a4')?.severity).toBe('contraindicated');
    expect(find(result.alerts, 'interaction.qt-prolongation')?.severity).toBe('contraindicated');
  });

  it('sertraline with pimozide is contraindicated [Zoloft label; pimozide label]', () => {
    expect(
      find(run([med('pimozide', 2)], [med('sertraline', 50)]).alerts, 'interaction.pimozide-cyp3a4')
        ?.severity,
    ).toBe('contraindicated');
  });

  it('clarithromycin with quetiapine 300 mg: major, reduce to one sixth (50 mg) [Seroquel label]', () => {
    const a = find(
      run([med('quetiapine', 300)], [med('clarithromycin', 500, 'twice daily')]).alerts,
      'interaction.quetiapine-cyp3a4-strong',
    );
    expect(a?.severity).toBe('major');
    expect(a?.maxDailyDose).toBe(50);
  });

  it('lurasidone: contraindicated with clarithromycin and with carbamazepine; max 80 mg with fluconazole [Latuda label]', () => {
    expect(
      find(
        run([med('lurasidone', 40)], [med('clarithromycin', 500)]).alerts,
        'interaction.lurasidone-cyp3a4-strong',
      )?.severity,
    ).toBe('contraindicated');
    expect(
      find(
        run([med('lurasidone', 40)], [med('carbamazepine', 200)]).alerts,
        'interaction.lurasidone-cyp3a4-inducer',
      )?.severity,
    ).toBe('contraindicated');
    const moderate = find(
      run([med('lurasidone', 40)], [med('fluconazole', 200)]).alerts,
      'interaction.lurasidone-cyp3a4-moderate',
    );
    expect(moderate?.severity).toBe('moderate');
    expect(moderate?.maxDailyDose).toBe(80);
  });

  it('carbamazepine lowers quetiapine and aripiprazole: moderate, increase dose [Seroquel label; Abilify label]', () => {
    const q = find(
      run([med('quetiapine', 300)], [med('carbamazepine', 200)]).alerts,
      'interaction.quetiapine-cyp3a4-inducer',
    );
    expect(q?.severity).toBe('moderate');
    expect(q?.action).toBe('increase-dose');
    expect(
      find(
        run([med('aripiprazole', 10)], [med('carbamazepine', 200)]).alerts,
        'interaction.aripiprazole-inducer',
      )?.action,
    ).toBe('increase-dose');
  });

  it('carbamazepine or oxcarbazepine with a combined contraceptive: major (failure) [Tegretol label; Trileptal label]', () => {
    for (const inducer of ['carbamazepine', 'oxcarbazepine']) {
      const a = find(
        run([med('ethinyl estradiol')], [med(inducer, 300)]).alerts,
        'interaction.hormonal-contraceptive-inducer',
      );
      expect(a?.severity).toBe('major');
      expect(a?.action).toBe('use-alternative');
    }
  });

  it('topiramate with a combined contraceptive is moderate (dose-dependent) [combined contraceptive label]', () => {
    expect(
      find(
        run([med('ethinyl estradiol')], [med('topiramate', 100)]).alerts,
        'interaction.hormonal-contraceptive-topiramate',
      )?.severity,
    ).toBe('moderate');
  });

  it('rifampin lowers methadone: major withdrawal risk [methadone label]', () => {
    expect(
      find(run([med('methadone', 80)], [med('rifampin', 600)]).alerts, 'interaction.methadone-inducer')
        ?.severity,
    ).toBe('major');
  });

  it('ketoconazole + alprazolam is contraindicated [Xanax label]', () => {
    expect(
      find(
        run([med('alprazolam', 0.5)], [med('ketoconazole', 200)]).alerts,
        'interaction.triazolobenzodiazepine-cyp3a4',
      )?.severity,
    ).toBe('contraindicated');
  });

  it('aripiprazole: half dose (15 mg) with ketoconazole; only minor as an adjunct to paroxetine [Abilify label]', () => {
    const keto = find(
      run([med('aripiprazole', 10)], [med('ketoconazole', 200)]).alerts,
      'interaction.aripiprazole-inhibitor',
    );
    expect(keto?.severity).toBe('moderate');
    expect(keto?.maxDailyDose).toBe(15);
    const parox = find(
      run([med('paroxetine', 20)], [med('aripiprazole', 5)]).alerts,
      'interaction.aripiprazole-inhibitor',
    );
    expect(parox?.severity).toBe('minor');
    expect(parox?.maxDailyDose).toBeNull();
  });

  it('fluoxetine + vortioxetine: halve vortioxetine (max 10 mg) and major serotonin risk [Trintellix label; Boyer 2005]', () => {
    const result = run([med('fluoxetine', 20)], [med('vortioxetine', 10)]);
    const pk = find(result.alerts, 'interaction.vortioxetine-cyp2d6');
    expect(pk?.maxDailyDose).toBe(10);
    expect(find(result.alerts, 'interaction.serotonin-syndrome')?.severity).toBe('major');
  });

  it('bupropion + atomoxetine in an adult: moderate, 80 mg/day until 4 weeks [Strattera label]', () => {
    const a = find(
      run([med('bupropion', 300)], [med('atomoxetine', 40)]).alerts,
      'interaction.atomoxetine-cyp2d6',
    );
    expect(a?.severity).toBe('moderate');
    expect(a?.maxDailyDose).toBe(80);
  });

  it('paroxetine + thioridazine is contraindicated [thioridazine label; Paxil label]', () => {
    expect(
      find(run([med('thioridazine', 50)], [med('paroxetine', 20)]).alerts, 'interaction.thioridazine-cyp2d6')
        ?.severity,
    ).toBe('contraindicated');
  });

  it('fluoxetine + nortriptyline: strong CYP2D6 inhibitor with a narrow-index substrate is major [FDA DDI table]', () => {
    const a = find(
      run([med('nortriptyline', 50)], [med('fluoxetine', 20)]).alerts,
      'interaction.cyp-inhibition',
    );
    expect(a?.severity).toBe('major');
    expect(a?.detail).toContain('CYP2D6 (strong)');
  });

  it('paroxetine + risperidone: strong inhibitor with a non-narrow-index substrate is moderate [FDA DDI table]', () => {
    expect(
      find(run([med('risperidone', 2)], [med('paroxetine', 20)]).alerts, 'interaction.cyp-inhibition')
        ?.severity,
    ).toBe('moderate');
  });

  it('paroxetine + tamoxifen: major loss of tamoxifen efficacy, no misleading "raises tamoxifen" alert [Kelly 2010]', () => {
    const result = run([med('tamoxifen', 20)], [med('paroxetine', 20)]);
    expect(find(result.alerts, 'interaction.prodrug-activation')?.severity).toBe('major');
    expect(only(result.alerts, 'interaction.cyp-inhibition')).toEqual([]);
  });

  it('fluoxetine + codeine: reduced analgesia, moderate [CPIC Crews 2021]', () => {
    expect(
      find(run([med('fluoxetine', 20)], [med('codeine', 30)]).alerts, 'interaction.prodrug-activation')
        ?.severity,
    ).toBe('moderate');
  });

  it('omeprazole + clopidogrel: moderate loss of antiplatelet effect [FDA DDI table]', () => {
    expect(
      find(run([med('clopidogrel', 75)], [med('omeprazole', 20)]).alerts, 'interaction.prodrug-activation')
        ?.severity,
    ).toBe('moderate');
  });
});

describe('named pairs', () => {
  it('valproate + lamotrigine: major, reduce dose, max 100 mg/day [Lamictal label]', () => {
    const result = run([med('lamotrigine', 200)], [med('valproate', 500, 'twice daily')]);
    const a = find(result.alerts, 'interaction.valproate-lamotrigine');
    expect(a?.severity).toBe('major');
    expect(a?.action).toBe('reduce-dose');
    expect(a?.maxDailyDose).toBe(100);
    expect(a?.detail).toContain('Stevens');
    // The formulary's with-valproate cap also flags the 200 mg dose.
    expect(find(result.alerts, 'dose.above-cap', 'lamotrigine')?.maxDailyDose).toBe(100);
  });

  it('carbamazepine lowers lamotrigine: moderate, increase dose [Lamictal label]', () => {
    const a = find(
      run([med('lamotrigine', 200)], [med('carbamazepine', 200)]).alerts,
      'interaction.lamotrigine-inducer',
    );
    expect(a?.severity).toBe('moderate');
    expect(a?.action).toBe('increase-dose');
  });

  it('an estrogen-containing contraceptive lowers lamotrigine: moderate [Lamictal label]', () => {
    expect(
      find(
        run([med('lamotrigine', 200)], [med('ethinyl estradiol')]).alerts,
        'interaction.lamotrigine-estrogen',
      )?.severity,
    ).toBe('moderate');
  });

  it('carbamazepine + valproate: moderate two-way level changes [Depakote label]', () => {
    expect(
      find(
        run([med('valproate', 1000)], [med('carbamazepine', 400)]).alerts,
        'interaction.carbamazepine-valproate',
      )?.severity,
    ).toBe('moderate');
  });

  it('valproate + topiramate: moderate hyperammonaemia [Depakote label]', () => {
    expect(
      find(run([med('valproate', 1000)], [med('topiramate', 50)]).alerts, 'interaction.valproate-topiramate')
        ?.severity,
    ).toBe('moderate');
  });

  it('naltrexone + oxycodone is contraindicated [naltrexone label]', () => {
    expect(
      find(run([med('oxycodone', 5)], [med('naltrexone', 50)]).alerts, 'interaction.opioid-antagonist')
        ?.severity,
    ).toBe('contraindicated');
  });

  it('buprenorphine + oxycodone: moderate blunted analgesia / withdrawal [Suboxone label]', () => {
    expect(
      find(
        run([med('buprenorphine', 16)], [med('oxycodone', 5)]).alerts,
        'interaction.buprenorphine-full-agonist',
      )?.severity,
    ).toBe('moderate');
  });
});

describe('therapeutic duplication', () => {
  it('two SSRIs: moderate duplication plus major serotonin alert [antidepressant class label]', () => {
    const result = run([med('sertraline', 50)], [med('escitalopram', 10)]);
    expect(find(result.alerts, 'duplication.therapeutic')?.severity).toBe('moderate');
    expect(find(result.alerts, 'interaction.serotonin-syndrome')?.severity).toBe('major');
  });

  it('two antipsychotics: moderate [Tiihonen 2019]', () => {
    expect(
      find(run([med('risperidone', 2)], [med('olanzapine', 10)]).alerts, 'duplication.therapeutic')?.severity,
    ).toBe('moderate');
  });

  it('clozapine + aripiprazole: moderate, recognised as accepted augmentation [Tiihonen 2019]', () => {
    const a = find(run([med('clozapine', 300)], [med('aripiprazole', 5)]).alerts, 'duplication.therapeutic');
    expect(a?.severity).toBe('moderate');
    expect(a?.recommendation).toContain('Acceptable');
  });

  it('two benzodiazepines: moderate [benzodiazepine class label]', () => {
    expect(
      find(run([med('alprazolam', 0.5)], [med('clonazepam', 0.5)]).alerts, 'duplication.therapeutic')
        ?.severity,
    ).toBe('moderate');
  });

  it('an amphetamine with a methylphenidate: moderate [stimulant labels]', () => {
    const a = find(
      run([med('lisdexamfetamine', 30)], [med('methylphenidate', 10)]).alerts,
      'duplication.therapeutic',
    );
    expect(a?.severity).toBe('moderate');
  });

  it('the same drug in two current entries: moderate, doses add up [Beers 2023]', () => {
    const a = find(run([med('sertraline', 50), med('sertraline', 25)]).alerts, 'duplication.same-drug');
    expect(a?.severity).toBe('moderate');
    expect(a?.drugs).toEqual(['sertraline']);
  });

  it('guanfacine + clonidine (two alpha-2 agonists): moderate [Beers 2023]', () => {
    expect(
      find(run([med('guanfacine', 2)], [med('clonidine', 0.1)]).alerts, 'duplication.therapeutic')?.severity,
    ).toBe('moderate');
  });
});
