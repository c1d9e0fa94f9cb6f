/**
 * Input normalisation of the check: frequency and unit parsing, drug, condition, substance and
 * lab resolution, and input validation.
 */
import { describe, expect, it } from 'vitest';
import {
  type CheckInput,
  CheckInputError,
  checkRegimen,
  ckdEpi2021,
  parseDoseFrequency as parseFrequency,
  doseToMg as toMg,
} from '../src/index.js';

const ASOF = '2026-06-01';

describe('frequency parsing (largest daily count the order allows)', () => {
  const cases: Array<[string, number, boolean]> = [
    ['daily', 1, false],
    ['once daily', 1, false],
    ['QD', 1, false],
    ['at bedtime', 1, false],
    ['qhs', 1, false],
    ['twice daily', 2, false],
    ['BID', 2, false],
    ['b.i.d.', 2, false],
    ['TID', 3, false],
    ['three times a day', 3, false],
    ['QID', 4, false],
    ['every 6 hours', 4, false],
    ['q8h', 3, false],
    ['every 6 hours as needed', 4, true],
    ['every 4-6 hours as needed', 6, true],
    ['q4-6h prn', 6, true],
    ['up to 3 times a day as needed', 3, true],
    ['1-2 times daily', 2, false],
    ['every 5 hours', 5, false],
    ['every other day', 0.5, false],
  ];
  for (const [text, perDay, prn] of cases) {
    it(`"${text}" → ${perDay}/day${prn ? ', as needed' : ''} [ISMP abbreviations; label dosing conventions]`, () => {
      expect(parseFrequency(text)).toEqual({ timesPerDay: perDay, asNeeded: prn });
    });
  }

  it('weekly is 1/7 a day and monthly 1/28 [label dosing conventions]', () => {
    expect(parseFrequency('once weekly')?.timesPerDay).toBeCloseTo(1 / 7, 10);
    expect(parseFrequency('every 4 weeks')?.timesPerDay).toBeCloseTo(1 / 28, 10);
  });

  it('unreadable frequencies return null rather than a guess [design.md]', () => {
    expect(parseFrequency('whenever')).toBeNull();
    expect(parseFrequency('as needed')).toBeNull();
    expect(parseFrequency('')).toBeNull();
  });
});

describe('unit conversion to mg', () => {
  it('mcg, µg and g convert; mg/day is a daily total; mL is not a mass [SI units]', () => {
    expect(toMg(100, 'mcg')).toEqual({ mg: 0.1, perDay: false });
    expect(toMg(250, 'µg')).toEqual({ mg: 0.25, perDay: false });
    expect(toMg(1.5, 'g')).toEqual({ mg: 1500, perDay: false });
    expect(toMg(200, 'mg/day')).toEqual({ mg: 200, perDay: true });
    expect(toMg(5, 'mL')).toBeNull();
    expect(toMg(50, undefined)).toEqual({ mg: 50, perDay: false });
  });

  it('a mg/day dose is compared as written: sertraline 250 mg/day is above 200 mg [Zoloft label]', () => {
    const result = checkRegimen({
      asOf: ASOF,
      proposed: [{ drug: 'sertraline', dose: 250, unit: 'mg/day', frequency: 'twice daily' }],
    });
    expect(result.alerts.find((a) => a.code === 'dose.above-maximum')?.detail).toContain('250 mg/day');
  });
});

describe('drug resolution', () => {
  const drugsOf = (drug: string, other = 'phenelzine') => {
    const result = checkRegimen({ asOf: ASOF, current: [{ drug: other }], proposed: [{ drug }] });
    return { result, drugs: result.alerts.flatMap((a) => a.drugs).filter((d) => d !== other) };
  };

  it('a brand name resolves to the generic: Zoloft → sertraline [RxNorm; Zoloft label]', () => {
    expect(drugsOf('Zoloft').drugs).toContain('sertraline');
  });

  it('an RxNorm ingredient code resolves: 36437 → sertraline [RxNorm]', () => {
    expect(drugsOf('36437').drugs).toContain('sertraline');
  });

  it('salts, formulations and strengths are ignored: "bupropion XL 300 mg", "lithium carbonate" [RxNorm]', () => {
    expect(drugsOf('bupropion XL 300 mg').drugs).toContain('bupropion');
    expect(drugsOf('lithium carbonate').drugs).toContain('lithium');
  });

  it('names are case-insensitive [design.md]', () => {
    expect(drugsOf('SERTRALINE').drugs).toContain('sertraline');
  });

  it('an a/b combination resolves to both ingredients: olanzapine/fluoxetine [Symbyax label]', () => {
    // Thioridazine interacts with both (QT with olanzapine, CYP2D6 with fluoxetine).
    const { drugs, result } = drugsOf('olanzapine/fluoxetine', 'thioridazine');
    expect(drugs).toEqual(expect.arrayContaining(['olanzapine', 'fluoxetine']));
    expect(result.unrecognized).toEqual([]);
  });

  it('a combination brand resolves to its ingredients: Auvelity → dextromethorphan + bupropion [Auvelity label]', () => {
    expect(drugsOf('Auvelity').drugs).toEqual(expect.arrayContaining(['dextromethorphan', 'bupropion']));
  });
});

describe('conditions', () => {
  const conditionAlert = (conditions: string[], drug: string, code: string) =>
    checkRegimen({ asOf: ASOF, patient: { age: 40, conditions }, proposed: [{ drug }] }).alerts.find(
      (a) => a.code === code,
    );

  it('ICD-10-CM prefixes match: F31.32 is bipolar, G40.A09 epilepsy, F03.90 dementia [ICD-10-CM 2025]', () => {
    expect(
      conditionAlert(['F31.32'], 'sertraline', 'contraindication.bipolar-antidepressant-monotherapy'),
    ).toBeDefined();
    expect(conditionAlert(['G40.A09'], 'bupropion', 'contraindication.bupropion-seizure')).toBeDefined();
    expect(
      conditionAlert(['F03.90'], 'risperidone', 'contraindication.antipsychotic-dementia'),
    ).toBeDefined();
  });

  it('ICD-10-CM ranges match: K70–K77 is liver disease (K76.0) [ICD-10-CM 2025]', () => {
    expect(conditionAlert(['K76.0'], 'valproate', 'contraindication.valproate-hepatic')).toBeDefined();
  });

  it('names and synonyms match: "seizure disorder", "anorexia nervosa", "long QT syndrome" [Wellbutrin label; CredibleMeds]', () => {
    expect(
      conditionAlert(['seizure disorder'], 'bupropion', 'contraindication.bupropion-seizure'),
    ).toBeDefined();
    expect(
      conditionAlert(['anorexia nervosa'], 'bupropion', 'contraindication.bupropion-eating-disorder'),
    ).toBeDefined();
    expect(conditionAlert(['long QT syndrome'], 'ziprasidone', 'contraindication.qt-long-qt')).toBeDefined();
  });

  it('the pregnancy condition (Z33.1) sets pregnancy [ICD-10-CM 2025; Depakote label]', () => {
    expect(conditionAlert(['Z33.1'], 'valproate', 'pregnancy.risk')?.severity).toBe('major');
  });
});

describe('substances and labs', () => {
  it('substance synonyms: EtOH is alcohol, "crystal meth" is methamphetamine [NIDA terminology]', () => {
    const alcohol = checkRegimen({
      asOf: ASOF,
      patient: { substances: [{ substance: 'EtOH', status: 'current' }] },
      proposed: [{ drug: 'lorazepam' }],
    });
    expect(alcohol.alerts.some((a) => a.code === 'substance.alcohol-cns-depressant')).toBe(true);
    const meth = checkRegimen({
      asOf: ASOF,
      patient: { substances: [{ substance: 'crystal meth', status: 'current' }] },
      proposed: [{ drug: 'lisdexamfetamine' }],
    });
    expect(meth.alerts.some((a) => a.code === 'substance.stimulant-use')).toBe(true);
  });

  it('CKD-EPI 2021: creatinine 1.0 mg/dL, 50-year-old man → 92; 2.5 mg/dL, 70-year-old woman → 20 [Inker 2021]', () => {
    expect(ckdEpi2021(1.0, 50, 'male')).toBe(92);
    expect(ckdEpi2021(2.5, 70, 'female')).toBe(20);
  });

  it('creatinine in µmol/L is converted before the eGFR calculation (221 µmol/L ≈ 2.5 mg/dL) [Inker 2021]', () => {
    const result = checkRegimen({
      asOf: ASOF,
      patient: { age: 70, sex: 'female', labs: [{ test: 'creatinine', value: 221, unit: 'µmol/L' }] },
      current: [{ drug: 'lithium', dose: 600, unit: 'mg' }],
    });
    expect(result.alerts.find((a) => a.code === 'lab.egfr-lithium')?.severity).toBe('major');
  });
});

describe('input validation', () => {
  const bad = (input: unknown, field: RegExp) => {
    expect(() => checkRegimen(input as CheckInput)).toThrow(CheckInputError);
    expect(() => checkRegimen(input as CheckInput)).toThrow(field);
  };

  it('rejects a malformed asOf, a missing drug list and a drug without a name [design.md: exit 2 on bad input]', () => {
    bad({ asOf: '22/11/2026', current: [{ drug: 'sertraline' }] }, /asOf/);
    bad({ asOf: ASOF }, /at least one medication/);
    bad({ asOf: ASOF, current: [{ dose: 50 }] }, /current\[0\]\.drug/);
  });

  it('rejects a negative dose, a bad stoppedOn date and an unknown substance status [design.md]', () => {
    bad({ asOf: ASOF, current: [{ drug: 'sertraline', dose: -5 }] }, /current\[0\]\.dose/);
    bad({ asOf: ASOF, current: [{ drug: 'sertraline', stoppedOn: 'yesterday' }] }, /stoppedOn/);
    bad(
      {
        asOf: ASOF,
        patient: { substances: [{ substance: 'alcohol', status: 'sometimes' }] },
        current: [{ drug: 'sertraline' }],
      },
      /status/,
    );
  });

  it('rejects an impossible age and a non-array conditions field [design.md]', () => {
    bad({ asOf: ASOF, patient: { age: 200 }, current: [{ drug: 'sertraline' }] }, /patient\.age/);
    bad(
      { asOf: ASOF, patient: { conditions: 'bipolar' }, current: [{ drug: 'sertraline' }] },
      /patient\.conditions/,
    );
  });
});
