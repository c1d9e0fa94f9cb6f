/**
 * Patient-level rules of the check engine: conditions, dose, pharmacogenomics, substances, labs,
 * age, pregnancy and lactation, allergies, regulatory.
 */
import { describe, expect, it } from 'vitest';
import {
  type Alert,
  type CheckInput,
  checkRegimen,
  createChecker,
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

function find(alerts: Alert[], code: string, drug?: string): Alert | undefined {
  return alerts.find((a) => a.code === code && (drug === undefined || a.drugs.includes(drug)));
}

const withPatient = (extra: PatientInput): PatientInput => ({ ...ADULT, ...extra });

describe('condition contraindications', () => {
  it('bupropion with epilepsy (G40.909) is contraindicated [Wellbutrin label]', () => {
    const a = find(
      run([], [med('bupropion', 150)], withPatient({ conditions: ['G40.909'] })).alerts,
      'contraindication.bupropion-seizure',
    );
    expect(a?.severity).toBe('contraindicated');
    expect(a?.category).toBe('contraindication');
  });

  it('bupropion with bulimia is contraindicated; with an unspecified eating disorder (F50.9) major; binge eating (F50.81) nothing [Wellbutrin label]', () => {
    const code = 'contraindication.bupropion-eating-disorder';
    expect(
      find(run([], [med('bupropion', 150)], withPatient({ conditions: ['bulimia'] })).alerts, code)?.severity,
    ).toBe('contraindicated');
    expect(
      find(run([], [med('bupropion', 150)], withPatient({ conditions: ['F50.9'] })).alerts, code)?.severity,
    ).toBe('major');
    expect(
      find(run([], [med('bupropion', 150)], withPatient({ conditions: ['F50.81'] })).alerts, code),
    ).toBeUndefined();
  });

  it('bupropion during abrupt alcohol withdrawal is contraindicated [Wellbutrin label]', () => {
    const patient = withPatient({
      substances: [{ substance: 'alcohol', status: 'withdrawal', disorder: true }],
    });
    expect(
      find(run([], [med('bupropion', 150)], patient).alerts, 'contraindication.bupropion-withdrawal')
        ?.severity,
    ).toBe('contraindicated');
  });

  it('antidepressant monotherapy in bipolar disorder is major; not with lithium on board [Pacchiarotti 2013]', () => {
    const patient = withPatient({ conditions: ['bipolar I disorder'] });
    const code = 'contraindication.bipolar-antidepressant-monotherapy';
    expect(find(run([], [med('sertraline', 50)], patient).alerts, code)?.severity).toBe('major');
    expect(find(run([med('lithium', 900)], [med('sertraline', 50)], patient).alerts, code)).toBeUndefined();
  });

  it('an antipsychotic in dementia (G30.9) is major [FDA 2008; Schneider 2005]', () => {
    const a = find(
      run([], [med('quetiapine', 25)], withPatient({ age: 82, conditions: ['G30.9'] })).alerts,
      'contraindication.antipsychotic-dementia',
    );
    expect(a?.severity).toBe('major');
    expect(a?.sources.some((s) => s.includes('Schneider'))).toBe(true);
  });

  it("haloperidol in Parkinson's disease is major; quetiapine is not flagged [Beers 2023]", () => {
    const patient = withPatient({ age: 75, conditions: ['G20'] });
    expect(
      find(run([], [med('haloperidol', 1)], patient).alerts, 'contraindication.antipsychotic-parkinson')
        ?.severity,
    ).toBe('major');
    expect(
      find(run([], [med('quetiapine', 25)], patient).alerts, 'contraindication.antipsychotic-parkinson'),
    ).toBeUndefined();
  });

  it('long QT syndrome: citalopram contraindicated, lithium (possible risk) major [CredibleMeds; citalopram label]', () => {
    const patient = withPatient({ conditions: ['I45.81'] });
    expect(
      find(run([], [med('citalopram', 20)], patient).alerts, 'contraindication.qt-long-qt')?.severity,
    ).toBe('contraindicated');
    expect(
      find(run([], [med('lithium', 600)], patient).alerts, 'contraindication.qt-long-qt')?.severity,
    ).toBe('major');
  });

  it('a tricyclic after a recent myocardial infarction (I21.4) is contraindicated [TCA label]', () => {
    expect(
      find(
        run([], [med('amitriptyline', 25)], withPatient({ conditions: ['I21.4'] })).alerts,
        'contraindication.tca-cardiac',
      )?.severity,
    ).toBe('contraindicated');
  });

  it('lithium with CKD stage 4 (N18.4) is major, stage 3 (N18.30) moderate [lithium label; KDIGO 2024]', () => {
    expect(
      find(
        run([med('lithium', 600)], [], withPatient({ conditions: ['N18.4'] })).alerts,
        'contraindication.lithium-renal',
      )?.severity,
    ).toBe('major');
    expect(
      find(
        run([med('lithium', 600)], [], withPatient({ conditions: ['N18.30'] })).alerts,
        'contraindication.lithium-renal',
      )?.severity,
    ).toBe('moderate');
  });

  it('valproate with liver disease (K74.60) or a urea cycle disorder is contraindicated [Depakote label]', () => {
    for (const condition of ['K74.60', 'urea cycle disorder']) {
      expect(
        find(
          run([], [med('valproate', 500)], withPatient({ conditions: [condition] })).alerts,
          'contraindication.valproate-hepatic',
        )?.severity,
      ).toBe('contraindicated');
    }
  });

  it('a stimulant with hypertrophic cardiomyopathy (I42.1) is major [stimulant labels]', () => {
    expect(
      find(
        run([], [med('methylphenidate', 10)], withPatient({ conditions: ['I42.1'] })).alerts,
        'contraindication.stimulant-cardiac',
      )?.severity,
    ).toBe('major');
  });

  it('clozapine with intractable epilepsy is major [clozapine label]', () => {
    const a = find(
      run([], [med('clozapine', 25)], withPatient({ conditions: ['G40.919'] })).alerts,
      'contraindication.clozapine-seizure',
    );
    expect(a?.severity).toBe('major');
  });

  it('a benzodiazepine with obstructive sleep apnoea (G47.33) is moderate [benzodiazepine class label]', () => {
    expect(
      find(
        run([], [med('lorazepam', 1)], withPatient({ conditions: ['G47.33'] })).alerts,
        'contraindication.sedative-respiratory',
      )?.severity,
    ).toBe('moderate');
  });

  it('atomoxetine with angle-closure glaucoma is contraindicated [Strattera label]', () => {
    const a = find(
      run([], [med('atomoxetine', 40)], withPatient({ conditions: ['glaucoma (angle-closure)'] })).alerts,
      'contraindication.anticholinergic-angle-closure',
    );
    expect(a?.severity).toBe('contraindicated');
  });

  it('duloxetine with cirrhosis is major [Cymbalta label]', () => {
    expect(
      find(
        run([], [med('duloxetine', 60)], withPatient({ conditions: ['cirrhosis'] })).alerts,
        'contraindication.duloxetine-hepatic',
      )?.severity,
    ).toBe('major');
  });

  it('negated conditions ("no seizures") are not conditions [Wellbutrin label]', () => {
    const result = run([], [med('bupropion', 150)], withPatient({ conditions: ['no seizures'] }));
    expect(find(result.alerts, 'contraindication.bupropion-seizure')).toBeUndefined();
    expect(result.unrecognized).toEqual([]);
  });
});

describe('dose', () => {
  it('sertraline 300 mg/day is above the 200 mg labelled maximum [Zoloft label]', () => {
    const a = find(run([], [med('sertraline', 150, 'twice daily')]).alerts, 'dose.above-maximum');
    expect(a?.severity).toBe('major');
    expect(a?.maxDailyDose).toBe(200);
    expect(a?.action).toBe('reduce-dose');
    expect(a?.detail).toContain('300 mg/day');
  });

  it('citalopram 40 mg at age 70 exceeds the 20 mg cap for age over 60 [FDA 2011 citalopram DSC]', () => {
    const a = find(run([], [med('citalopram', 40)], { age: 70, sex: 'female' }).alerts, 'dose.above-cap');
    expect(a?.maxDailyDose).toBe(20);
    expect(a?.severity).toBe('major');
  });

  it('citalopram 40 mg with omeprazole exceeds the 20 mg with-drug cap [citalopram label]', () => {
    expect(
      find(run([med('omeprazole', 20)], [med('citalopram', 40)]).alerts, 'dose.above-cap')?.maxDailyDose,
    ).toBe(20);
  });

  it('citalopram 40 mg in a CYP2C19 poor metabolizer (*2/*2) exceeds the 20 mg genotype cap [citalopram label; CPIC 2023]', () => {
    const patient = withPatient({ pgx: [{ gene: 'CYP2C19', diplotype: '*2/*2' }] });
    expect(find(run([], [med('citalopram', 40)], patient).alerts, 'dose.above-cap')?.maxDailyDose).toBe(20);
  });

  it('tramadol 100 mg every 4 hours as needed allows 600 mg/day: above the 400 mg maximum [tramadol label]', () => {
    const a = find(run([], [med('tramadol', 100, 'every 4 hours as needed')]).alerts, 'dose.above-maximum');
    expect(a?.maxDailyDose).toBe(400);
    expect(a?.detail).toContain('600 mg/day');
  });

  it('bupropion 200 mg three times daily (600 mg) is above 450 mg, with a seizure note [Wellbutrin label]', () => {
    const a = find(run([], [med('bupropion', 200, 'TID')]).alerts, 'dose.above-maximum');
    expect(a?.maxDailyDose).toBe(450);
    expect(a?.detail).toContain('Seizure');
  });

  it('micrograms are converted: clonidine 100 mcg twice daily is within range [clonidine label]', () => {
    const result = run([], [{ drug: 'clonidine', dose: 100, unit: 'mcg', frequency: 'BID' }]);
    expect(result.alerts.filter((a) => a.category === 'dose')).toEqual([]);
  });

  it('grams are converted: lithium 1 g three times daily (3000 mg) is above 1800 mg [lithium label]', () => {
    expect(
      find(
        run([], [{ drug: 'lithium', dose: 1, unit: 'g', frequency: 'three times daily' }]).alerts,
        'dose.above-maximum',
      )?.maxDailyDose,
    ).toBe(1800);
  });

  it('an unreadable frequency or a volume unit gives an info note instead of a guess [design.md]', () => {
    expect(find(run([], [med('sertraline', 50, 'whenever')]).alerts, 'dose.not-evaluated')?.severity).toBe(
      'info',
    );
    expect(
      find(
        run([], [{ drug: 'sertraline', dose: 5, unit: 'mL', frequency: 'daily' }]).alerts,
        'dose.not-evaluated',
      )?.severity,
    ).toBe('info');
  });

  it('a proposed citalopram without a dose at age 70 states the 20 mg cap as info [citalopram label]', () => {
    const a = find(run([], [med('citalopram')], { age: 70, sex: 'male' }).alerts, 'dose.cap-applies');
    expect(a?.severity).toBe('info');
    expect(a?.maxDailyDose).toBe(20);
  });
});

describe('pharmacogenomics', () => {
  it('sertraline in a CYP2C19 poor metabolizer gives a pharmacogenomic alert [CPIC 2023 Bousman]', () => {
    const result = run(
      [],
      [med('sertraline', 50)],
      withPatient({ pgx: [{ gene: 'CYP2C19', diplotype: '*2/*2' }] }),
    );
    const a = find(result.alerts, 'pharmacogenomic.cyp2c19.sertraline');
    expect(a?.category).toBe('pharmacogenomic');
    expect(a?.drugs).toEqual(['sertraline']);
    expect(a?.sources.length).toBeGreaterThan(0);
  });

  it('carbamazepine with HLA-B*15:02 positive gives a major-or-higher pharmacogenomic alert [CPIC Phillips 2018]', () => {
    const result = run(
      [],
      [med('carbamazepine', 200)],
      withPatient({ pgx: [{ gene: 'HLA-B', allele: '*15:02', result: 'positive' }] }),
    );
    const a = result.alerts.find(
      (x) => x.category === 'pharmacogenomic' && x.drugs.includes('carbamazepine'),
    );
    expect(['major', 'contraindicated']).toContain(a?.severity);
  });

  it('no genotype: no pharmacogenomic alerts; an unknown gene is listed as unrecognized [design.md]', () => {
    expect(run([], [med('sertraline', 50)]).alerts.filter((a) => a.category === 'pharmacogenomic')).toEqual(
      [],
    );
    const result = run(
      [],
      [med('sertraline', 50)],
      withPatient({ pgx: [{ gene: 'CYP9Z9', diplotype: '*1/*1' }] }),
    );
    expect(result.unrecognized.some((u) => u.kind === 'gene')).toBe(true);
  });

  it('the pgx provider is a parameter: a stub recommendation becomes a pharmacogenomic alert [design.md]', () => {
    const checker = createChecker({
      pgx: {
        resolve: () => ({
          phenotypes: new Map([['CYP2D6', 'poor metabolizer']]),
          activityScores: new Map(),
          hla: {},
          unrecognized: [],
        }),
        recommend: (drug) => [
          {
            drug,
            gene: 'CYP2D6',
            phenotype: 'poor metabolizer',
            severity: 'moderate',
            action: 'reduce-dose',
            title: 'stub',
            detail: 'stub detail',
            recommendation: 'stub recommendation',
            maxDailyDose: 5,
            doseFactor: 0.5,
            strength: 'label',
            sources: ['check-fda-ddi-table'],
          },
        ],
      },
    });
    const result = checker.check({
      asOf: ASOF,
      patient: { pgx: [{ gene: 'CYP2D6', phenotype: 'PM' }] },
      proposed: [med('aripiprazole', 10)],
    });
    const a = find(result.alerts, 'pharmacogenomic.cyp2d6.aripiprazole');
    expect(a?.maxDailyDose).toBe(5);
    expect(a?.sources[0]).toContain('Table of Substrates, Inhibitors and Inducers');
  });
});

describe('substance use', () => {
  it('current alcohol use with lorazepam is major; with quetiapine moderate [FDA 2016 DSC; APA AUD 2018]', () => {
    const patient = withPatient({ substances: [{ substance: 'alcohol', status: 'current' }] });
    expect(
      find(run([], [med('lorazepam', 1)], patient).alerts, 'substance.alcohol-cns-depressant')?.severity,
    ).toBe('major');
    expect(
      find(run([], [med('quetiapine', 100)], patient).alerts, 'substance.alcohol-cns-depressant')?.severity,
    ).toBe('moderate');
  });

  it('disulfiram with current drinking is major [disulfiram label]', () => {
    const patient = withPatient({ substances: [{ substance: 'EtOH', status: 'current', disorder: true }] });
    expect(
      find(run([], [med('disulfiram', 250)], patient).alerts, 'substance.disulfiram-alcohol')?.severity,
    ).toBe('major');
  });

  it('naltrexone with current opioid use is contraindicated; with recent use major [naltrexone label]', () => {
    const now = withPatient({ substances: [{ substance: 'heroin', status: 'current', disorder: true }] });
    expect(
      find(run([], [med('naltrexone', 50)], now).alerts, 'substance.antagonist-opioid-use')?.severity,
    ).toBe('contraindicated');
    const recent = withPatient({
      substances: [{ substance: 'opioids', status: 'recently-stopped', disorder: true }],
    });
    expect(
      find(run([], [med('naltrexone', 50)], recent).alerts, 'substance.antagonist-opioid-use')?.severity,
    ).toBe('major');
  });

  it('a benzodiazepine with current opioid use is major [FDA 2016 DSC]', () => {
    const patient = withPatient({ substances: [{ substance: 'fentanyl', status: 'current' }] });
    expect(
      find(run([], [med('clonazepam', 0.5)], patient).alerts, 'substance.opioid-use-benzodiazepine')
        ?.severity,
    ).toBe('major');
  });

  it('alprazolam with a past alcohol use disorder is major misuse risk [FDA 2020 benzodiazepine DSC]', () => {
    const patient = withPatient({ conditions: ['F10.21'] });
    expect(find(run([], [med('alprazolam', 0.5)], patient).alerts, 'substance.misuse-risk')?.severity).toBe(
      'major',
    );
  });

  it('methylphenidate or lorazepam with cannabis use disorder is moderate; tramadol (moderate misuse, unrelated) raises none [FDA 2023 stimulant boxed warning; FDA 2020 benzodiazepine DSC]', () => {
    const patient = withPatient({
      substances: [{ substance: 'marijuana', status: 'current', disorder: true }],
    });
    expect(
      find(run([], [med('methylphenidate', 10)], patient).alerts, 'substance.misuse-risk')?.severity,
    ).toBe('moderate');
    expect(find(run([], [med('lorazepam', 1)], patient).alerts, 'substance.misuse-risk')?.severity).toBe(
      'moderate',
    );
    expect(find(run([], [med('tramadol', 50)], patient).alerts, 'substance.misuse-risk')).toBeUndefined();
  });

  it('current cocaine use with a prescribed amphetamine is major [FDA 2023 stimulant boxed warning]', () => {
    const patient = withPatient({ substances: [{ substance: 'cocaine', status: 'current' }] });
    expect(find(run([], [med('amphetamine', 10)], patient).alerts, 'substance.stimulant-use')?.severity).toBe(
      'major',
    );
  });

  it('smoking with clozapine: minor now, major on quitting (levels rise) [clozapine label; Tsuda 2014]', () => {
    const smoking = withPatient({ substances: [{ substance: 'cigarettes', status: 'current' }] });
    expect(find(run([med('clozapine', 400)], [], smoking).alerts, 'substance.tobacco-cyp1a2')?.severity).toBe(
      'minor',
    );
    const quit = withPatient({ substances: [{ substance: 'tobacco', status: 'recently-stopped' }] });
    const a = find(run([med('clozapine', 400)], [], quit).alerts, 'substance.tobacco-cyp1a2');
    expect(a?.severity).toBe('major');
    expect(a?.action).toBe('reduce-dose');
  });

  it('olanzapine when smoking stops is moderate [Tsuda 2014]', () => {
    const quit = withPatient({ substances: [{ substance: 'smoking', status: 'recently-stopped' }] });
    expect(find(run([med('olanzapine', 20)], [], quit).alerts, 'substance.tobacco-cyp1a2')?.severity).toBe(
      'moderate',
    );
  });

  it('an unknown substance is listed as unrecognized [design.md]', () => {
    const result = run(
      [],
      [med('sertraline', 50)],
      withPatient({ substances: [{ substance: 'zorbo', status: 'current' }] }),
    );
    expect(result.unrecognized).toEqual([
      { kind: 'substance', input: 'zorbo', suggestions: expect.any(Array) },
    ]);
  });
});

describe('laboratory results', () => {
  const lab = (test: string, value: number, unit?: string, date = '2026-05-25') => ({
    test,
    value,
    unit,
    date,
  });

  it('lithium 1.6 mmol/L on lithium is major; 1.3 moderate; 2.1 critical (contraindicated, hold lithium) [lithium label; NICE CG185]', () => {
    const at = (v: number) =>
      find(
        run([med('lithium', 900)], [], withPatient({ labs: [lab('lithium', v, 'mmol/L')] })).alerts,
        'lab.lithium-level',
      );
    expect(at(1.6)?.severity).toBe('major');
    expect(at(1.3)?.severity).toBe('moderate');
    expect(at(2.1)?.severity).toBe('contraindicated');
    expect(at(2.1)?.recommendation).toContain('Hold lithium');
  });

  it('ANC on clozapine: 1200 moderate, 800 major, 400 contraindicated [clozapine label]', () => {
    const at = (v: number) =>
      find(
        run([med('clozapine', 300)], [], withPatient({ labs: [lab('ANC', v, '/µL')] })).alerts,
        'lab.anc-clozapine',
      );
    expect(at(1200)?.severity).toBe('moderate');
    expect(at(800)?.severity).toBe('major');
    expect(at(400)?.severity).toBe('contraindicated');
  });

  it('ANC 800 in benign ethnic neutropenia is moderate (BEN table) [clozapine label]', () => {
    const patient = withPatient({
      conditions: ['benign ethnic neutropenia'],
      labs: [lab('absolute neutrophil count', 800)],
    });
    expect(find(run([med('clozapine', 300)], [], patient).alerts, 'lab.anc-clozapine')?.severity).toBe(
      'moderate',
    );
  });

  it('ANC in 10^9/L is converted (1.2 → 1200/µL) [clozapine label]', () => {
    const patient = withPatient({ labs: [lab('neutrophils', 1.2, '10^9/L')] });
    expect(find(run([med('clozapine', 300)], [], patient).alerts, 'lab.anc-clozapine')?.title).toContain(
      '1200',
    );
  });

  it('QTc 510 ms with citalopram is major; thioridazine with QTc 460 ms contraindicated [Drew 2010; thioridazine label]', () => {
    expect(
      find(
        run([med('citalopram', 20)], [], withPatient({ vitals: { qtcMs: 510 } })).alerts,
        'lab.qtc-prolonged',
      )?.severity,
    ).toBe('major');
    expect(
      find(
        run([med('thioridazine', 100)], [], withPatient({ labs: [lab('QTc', 460, 'ms')] })).alerts,
        'lab.qtc-thioridazine',
      )?.severity,
    ).toBe('contraindicated');
  });

  it('low potassium with a known-risk QT drug is moderate [Drew 2010]', () => {
    const a = find(
      run([med('citalopram', 20)], [], withPatient({ labs: [lab('potassium', 3.1, 'mmol/L')] })).alerts,
      'lab.potassium-qt',
    );
    expect(a?.severity).toBe('moderate');
  });

  it('eGFR 25 on lithium is major; 45 moderate [lithium label; KDIGO 2024]', () => {
    const at = (v: number) =>
      find(
        run([med('lithium', 600)], [], withPatient({ labs: [lab('eGFR', v)] })).alerts,
        'lab.egfr-lithium',
      );
    expect(at(25)?.severity).toBe('major');
    expect(at(45)?.severity).toBe('moderate');
  });

  it('eGFR is calculated from creatinine with CKD-EPI 2021 when age and sex are known [Inker 2021]', () => {
    const patient: PatientInput = { age: 70, sex: 'female', labs: [lab('creatinine', 2.5, 'mg/dL')] };
    const a = find(run([med('lithium', 600)], [], patient).alerts, 'lab.egfr-lithium');
    expect(a?.title).toContain(' 20 mL/min');
    expect(a?.severity).toBe('major');
    expect(a?.detail).toContain('CKD-EPI 2021');
  });

  it('sodium 128 with sertraline is moderate, 122 major [Jacob 2006]', () => {
    expect(
      find(
        run([med('sertraline', 100)], [], withPatient({ labs: [lab('Na', 128)] })).alerts,
        'lab.hyponatremia',
      )?.severity,
    ).toBe('moderate');
    expect(
      find(
        run([med('sertraline', 100)], [], withPatient({ labs: [lab('Na', 122)] })).alerts,
        'lab.hyponatremia',
      )?.severity,
    ).toBe('major');
  });

  it('ALT 150 U/L on valproate is moderate, 250 major [FDA DILI guidance 2009; Depakote label]', () => {
    expect(
      find(
        run([med('valproate', 1000)], [], withPatient({ labs: [lab('ALT', 150, 'U/L')] })).alerts,
        'lab.liver-enzymes',
      )?.severity,
    ).toBe('moderate');
    expect(
      find(
        run([med('valproate', 1000)], [], withPatient({ labs: [lab('ALT', 250, 'U/L')] })).alerts,
        'lab.liver-enzymes',
      )?.severity,
    ).toBe('major');
  });

  it('platelets 80 × 10³/µL on valproate is moderate [Depakote label]', () => {
    expect(
      find(
        run([med('valproate', 1000)], [], withPatient({ labs: [lab('platelets', 80)] })).alerts,
        'lab.platelets',
      )?.severity,
    ).toBe('moderate');
  });

  it('drug levels above alert thresholds: valproate 140 moderate, clozapine 1100 ng/mL major [Hiemke 2018]', () => {
    expect(
      find(
        run([med('valproate', 1500)], [], withPatient({ labs: [lab('valproic acid', 140)] })).alerts,
        'lab.valproate-level',
      )?.severity,
    ).toBe('moderate');
    expect(
      find(
        run([med('clozapine', 500)], [], withPatient({ labs: [lab('clozapine level', 1100, 'ng/mL')] }))
          .alerts,
        'lab.clozapine-level',
      )?.severity,
    ).toBe('major');
  });

  it('results older than 180 days or dated after asOf are ignored [design.md]', () => {
    const old = withPatient({ labs: [lab('lithium', 1.8, 'mmol/L', '2025-10-01')] });
    expect(find(run([med('lithium', 900)], [], old).alerts, 'lab.lithium-level')).toBeUndefined();
    const future = withPatient({ labs: [lab('lithium', 1.8, 'mmol/L', '2026-07-01')] });
    expect(find(run([med('lithium', 900)], [], future).alerts, 'lab.lithium-level')).toBeUndefined();
  });

  it('the latest result wins [design.md]', () => {
    const patient = withPatient({
      labs: [lab('lithium', 1.8, 'mmol/L', '2026-05-01'), lab('lithium', 0.9, 'mmol/L', '2026-05-20')],
    });
    expect(find(run([med('lithium', 900)], [], patient).alerts, 'lab.lithium-level')).toBeUndefined();
  });

  it('an unknown test or an unconvertible unit is listed as unrecognized [design.md]', () => {
    const result = run(
      [med('lithium', 900)],
      [],
      withPatient({ labs: [lab('frobnitz', 3), lab('lithium', 5, 'mg/dL')] }),
    );
    expect(result.unrecognized.map((u) => u.kind)).toEqual(['lab', 'lab']);
  });
});

describe('age', () => {
  it('a proposed antidepressant at 19 carries the boxed-warning monitoring alert (moderate, monitor) [FDA 2007]', () => {
    const a = find(
      run([], [med('sertraline', 25)], { age: 19, sex: 'female' }).alerts,
      'age.antidepressant-suicidality',
    );
    expect(a?.severity).toBe('moderate');
    expect(a?.action).toBe('monitor');
  });

  it('a continuing antidepressant at 19 does not re-alert [FDA 2007]', () => {
    expect(
      find(
        run([med('sertraline', 50)], [], { age: 19, sex: 'female' }).alerts,
        'age.antidepressant-suicidality',
      ),
    ).toBeUndefined();
  });

  it('atomoxetine: boxed warning applies at 15, not at 20 [Strattera label]', () => {
    expect(
      find(
        run([], [med('atomoxetine', 40)], { age: 15, sex: 'male' }).alerts,
        'age.antidepressant-suicidality',
      ),
    ).toBeDefined();
    expect(
      find(
        run([], [med('atomoxetine', 40)], { age: 20, sex: 'male' }).alerts,
        'age.antidepressant-suicidality',
      ),
    ).toBeUndefined();
  });

  it('lorazepam at 70 is a Beers drug (moderate) [Beers 2023]', () => {
    expect(
      find(run([med('lorazepam', 1)], [], { age: 70, sex: 'female' }).alerts, 'age.beers')?.severity,
    ).toBe('moderate');
  });

  it('doxepin 3 mg at 70 is the Beers exception; 50 mg is not [Beers 2023]', () => {
    expect(
      find(run([med('doxepin', 3, 'at bedtime')], [], { age: 70, sex: 'male' }).alerts, 'age.beers'),
    ).toBeUndefined();
    expect(
      find(run([med('doxepin', 50, 'at bedtime')], [], { age: 70, sex: 'male' }).alerts, 'age.beers'),
    ).toBeDefined();
  });

  it('anticholinergic burden 6 (paroxetine + hydroxyzine) at 72 is moderate [Boustani 2008]', () => {
    const a = find(
      run([med('paroxetine', 20)], [med('hydroxyzine', 25)], { age: 72, sex: 'female' }).alerts,
      'age.anticholinergic-burden',
    );
    expect(a?.severity).toBe('moderate');
    expect(a?.title).toContain('6');
  });

  it('three CNS-active drugs at 75 raise the Beers fall-risk alert [Beers 2023]', () => {
    const result = run([med('sertraline', 50), med('gabapentin', 300)], [med('quetiapine', 25)], {
      age: 75,
      sex: 'male',
    });
    expect(find(result.alerts, 'age.beers-cns-combination')?.drugs).toEqual([
      'gabapentin',
      'quetiapine',
      'sertraline',
    ]);
  });

  it('fluvoxamine at 6 is below the youngest labelled paediatric age (8) [Luvox label]', () => {
    expect(
      find(run([], [med('fluvoxamine', 25)], { age: 6, sex: 'male' }).alerts, 'age.paediatric-outside-label')
        ?.severity,
    ).toBe('minor');
  });
});

describe('pregnancy and lactation', () => {
  it('valproate in pregnancy is major (avoid) [Depakote label; ACOG 2023]', () => {
    expect(
      find(
        run([med('valproate', 1000)], [], { age: 28, sex: 'female', pregnant: true }).alerts,
        'pregnancy.risk',
      )?.severity,
    ).toBe('major');
  });

  it('lithium in pregnancy is moderate with a monitoring plan [lithium label; ACOG 2023]', () => {
    const a = find(
      run([med('lithium', 900)], [], { age: 28, sex: 'female', conditions: ['Z33.1'] }).alerts,
      'pregnancy.risk',
    );
    expect(a?.severity).toBe('moderate');
    expect(a?.recommendation).toContain('lithium levels');
  });

  it('valproate in a 25-year-old woman: childbearing-potential alert (moderate) [FDA 2013 DSC; MHRA 2018]', () => {
    expect(
      find(
        run([med('valproate', 1000)], [], { age: 25, sex: 'female' }).alerts,
        'pregnancy.valproate-childbearing-potential',
      )?.severity,
    ).toBe('moderate');
  });

  it('proposed carbamazepine in a 25-year-old woman: pregnancy test info [reference D9; Tegretol label]', () => {
    expect(
      find(
        run([], [med('carbamazepine', 200)], { age: 25, sex: 'female' }).alerts,
        'monitoring.pregnancy-test',
      )?.severity,
    ).toBe('info');
  });

  it('clozapine while breastfeeding is major [LactMed]', () => {
    expect(
      find(
        run([med('clozapine', 300)], [], { age: 30, sex: 'female', breastfeeding: true }).alerts,
        'pregnancy.lactation',
      )?.severity,
    ).toBe('major');
  });
});

describe('allergies', () => {
  it('an allergy to the drug itself is contraindicated [Lamictal label]', () => {
    const a = find(
      run([], [med('lamotrigine', 25)], withPatient({ allergies: ['lamotrigine (rash)'] })).alerts,
      'allergy.drug',
    );
    expect(a?.severity).toBe('contraindicated');
    expect(a?.category).toBe('allergy');
  });

  it('an allergy to carbamazepine (by brand, Tegretol) flags oxcarbazepine: major, 25–30% [Trileptal label]', () => {
    const a = find(
      run([], [med('oxcarbazepine', 300)], withPatient({ allergies: ['Tegretol'] })).alerts,
      'allergy.cross-sensitivity',
    );
    expect(a?.severity).toBe('major');
    expect(a?.detail).toContain('25–30%');
  });

  it('an allergy to carbamazepine flags lamotrigine as moderate aromatic-anticonvulsant cross-sensitivity [Hirsch 2008]', () => {
    expect(
      find(
        run([], [med('lamotrigine', 25)], withPatient({ allergies: ['carbamazepine'] })).alerts,
        'allergy.cross-sensitivity',
      )?.severity,
    ).toBe('moderate');
  });

  it('a class allergy ("benzodiazepines") flags lorazepam as major [benzodiazepine class label]', () => {
    expect(
      find(
        run([], [med('lorazepam', 1)], withPatient({ allergies: ['benzodiazepines'] })).alerts,
        'allergy.class',
      )?.severity,
    ).toBe('major');
  });

  it('phenothiazine cross-sensitivity: chlorpromazine allergy flags perphenazine (moderate) [antipsychotic class labeling]', () => {
    expect(
      find(
        run([], [med('perphenazine', 4)], withPatient({ allergies: ['chlorpromazine'] })).alerts,
        'allergy.cross-sensitivity',
      )?.severity,
    ).toBe('moderate');
  });

  it('an unknown allergen is listed as unrecognized [design.md]', () => {
    const result = run([], [med('sertraline', 50)], withPatient({ allergies: ['xylofen'] }));
    expect(result.unrecognized).toEqual([
      { kind: 'allergy', input: 'xylofen', suggestions: expect.any(Array) },
    ]);
  });
});

describe('regulatory', () => {
  const tele = (asOf: string, drug: MedicationInput) =>
    checkRegimen({
      asOf,
      patient: { age: 30, sex: 'male', setting: { telehealth: true, inPersonEvaluationDone: false } },
      proposed: [drug],
    });

  it('telehealth controlled prescribing in 2026 is info under the flexibilities [DEA/HHS 2026 extension]', () => {
    const a = find(tele('2026-11-22', med('lorazepam', 1)).alerts, 'regulatory.telehealth-controlled');
    expect(a?.severity).toBe('info');
  });

  it('after 31 Dec 2026 it is major: in-person evaluation required [Ryan Haight Act 2008]', () => {
    const a = find(tele('2027-01-01', med('lorazepam', 1)).alerts, 'regulatory.telehealth-controlled');
    expect(a?.severity).toBe('major');
    expect(a?.action).toBe('avoid');
  });

  it('buprenorphine after 2026 is the exception (info) [DEA 2025 buprenorphine telemedicine rule]', () => {
    const a = find(tele('2027-03-01', med('buprenorphine', 8)).alerts, 'regulatory.telehealth-controlled');
    expect(a?.severity).toBe('info');
    expect(a?.detail).toContain('six months');
  });

  it('before the COVID flexibilities (2019) it is major [Ryan Haight Act 2008]', () => {
    expect(
      find(tele('2019-06-01', med('lorazepam', 1)).alerts, 'regulatory.telehealth-controlled')?.severity,
    ).toBe('major');
  });

  it('the policy is data: a clinic policy passed to createChecker changes the result [design.md]', () => {
    const checker = createChecker({
      telemedicinePolicy: {
        periods: [
          {
            from: '2000-01-01',
            to: null,
            rule: 'in-person-required',
            severity: 'moderate',
            title: 'clinic policy',
            detail: 'Clinic requires a visit.',
            recommendation: 'Book a visit.',
            sources: ['check-ryan-haight-2008'],
          },
        ],
      },
    });
    const result = checker.check({
      asOf: '2026-11-22',
      patient: { setting: { telehealth: true } },
      proposed: [med('lorazepam', 1)],
    });
    expect(find(result.alerts, 'regulatory.telehealth-controlled')?.severity).toBe('moderate');
  });

  it('Schedule II with refills is major [21 CFR 1306.12]', () => {
    const a = find(
      run([], [med('methylphenidate', 10, 'twice daily', { refills: 2 })]).alerts,
      'regulatory.schedule-ii-refills',
    );
    expect(a?.severity).toBe('major');
  });

  it('Schedule IV with 6 refills is major; 5 refills is allowed [21 CFR 1306.22]', () => {
    expect(
      find(
        run([], [med('lorazepam', 1, 'daily', { refills: 6 })]).alerts,
        'regulatory.schedule-iii-iv-refills',
      )?.severity,
    ).toBe('major');
    expect(
      find(
        run([], [med('lorazepam', 1, 'daily', { refills: 5 })]).alerts,
        'regulatory.schedule-iii-iv-refills',
      ),
    ).toBeUndefined();
  });
});
