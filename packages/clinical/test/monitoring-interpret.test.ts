import { describe, expect, it } from 'vitest';
import { interpretResult } from '../src/monitoring/index.js';

const sev = (...args: Parameters<typeof interpretResult>) => interpretResult(...args).severity;

describe('lithium level', () => {
  it('gives no alert within 0.6-1.0 mmol/L for maintenance, boundaries included [NICE CG185; lithium label]', () => {
    for (const v of [0.6, 0.8, 1.0]) {
      const r = interpretResult('lithium', v, 'mmol/L');
      expect(r.severity).toBeNull();
      expect(r.alert).toBeNull();
      expect(r.band).toBe('therapeutic');
    }
  });

  it('flags 0.59 as below target and 1.1 as above the maintenance target (minor) [NICE CG185]', () => {
    expect(interpretResult('lithium', 0.59).band).toBe('subtherapeutic');
    expect(sev('lithium', 0.59)).toBe('minor');
    expect(interpretResult('lithium', 1.1).band).toBe('above-target');
    expect(sev('lithium', 1.1)).toBe('minor');
  });

  it('uses 0.8-1.2 mmol/L in the acute phase: 1.2 normal, 0.7 low [lithium label]', () => {
    expect(sev('lithium', 1.2, 'mmol/L', { phase: 'acute' })).toBeNull();
    expect(interpretResult('lithium', 0.7, 'mmol/L', { phase: 'acute' }).band).toBe('subtherapeutic');
  });

  it('is high (moderate) above 1.2, toxic-risk (major) from 1.5, critical from 2.0 [lithium label; NICE CG185]', () => {
    expect(sev('lithium', 1.21)).toBe('moderate');
    expect(sev('lithium', 1.49)).toBe('moderate');
    expect(interpretResult('lithium', 1.5).band).toBe('toxic-risk');
    expect(sev('lithium', 1.5)).toBe('major');
    expect(sev('lithium', 1.99)).toBe('major');
    const critical = interpretResult('lithium', 2.0, 'mEq/L');
    expect(critical.band).toBe('critical');
    expect(critical.flag).toBe('critical-high');
    expect(critical.severity).toBe('contraindicated');
  });

  it('builds a lab alert with resolved citations [design.md: alert shape]', () => {
    const r = interpretResult('14334-7', 1.6, 'mmol/L', { drugs: ['Lithium'] });
    expect(r.alert).toMatchObject({
      code: 'lab.lithium.toxic-risk',
      category: 'lab',
      severity: 'major',
      drugs: ['lithium'],
      action: 'reduce-dose',
      maxDailyDose: null,
    });
    expect(r.alert!.sources.some((s) => s.includes('CG185'))).toBe(true);
  });

  it('rejects a unit that does not fit the test [design.md: exit 2 on bad input]', () => {
    expect(() => interpretResult('lithium', 1, 'mg/dL')).toThrow(RangeError);
    expect(() => interpretResult('no-such-test', 1)).toThrow(/Unknown test/);
  });
});

describe('ANC (clozapine)', () => {
  const cloz = { drugs: ['clozapine'] };
  it('is normal from 1500/µL [clozapine label]', () => {
    expect(sev('anc', 1500, '/uL', cloz)).toBeNull();
    expect(sev('anc', 4200, 'cells/µL', cloz)).toBeNull();
  });

  it('is mild neutropenia at 1000-1499: continue, three times weekly (moderate) [clozapine label]', () => {
    const r = interpretResult('anc', 1499, '/uL', cloz);
    expect(r.band).toBe('mild-neutropenia');
    expect(r.severity).toBe('moderate');
    expect(r.alert?.recommendation).toMatch(/three times weekly/);
    expect(interpretResult('anc', 1000, '/uL', cloz).band).toBe('mild-neutropenia');
  });

  it('is moderate neutropenia at 500-999: interrupt (major) [clozapine label]', () => {
    expect(interpretResult('anc', 999, '/uL', cloz)).toMatchObject({
      band: 'moderate-neutropenia',
      severity: 'major',
    });
    expect(interpretResult('anc', 500, '/uL', cloz).alert?.recommendation).toMatch(/Interrupt clozapine/);
  });

  it('is severe neutropenia below 500 (critical) [clozapine label]', () => {
    expect(interpretResult('anc', 499, '/uL', cloz)).toMatchObject({
      band: 'severe-neutropenia',
      severity: 'contraindicated',
    });
  });

  it('uses the lower BEN thresholds: 1000 normal, 999 BEN neutropenia, 499 severe [clozapine label, BEN table]', () => {
    const ben = { drugs: ['clozapine'], benignEthnicNeutropenia: true };
    expect(sev('anc', 1000, '/uL', ben)).toBeNull();
    expect(interpretResult('anc', 999, '/uL', ben)).toMatchObject({
      band: 'ben-neutropenia',
      severity: 'moderate',
    });
    expect(sev('anc', 499, '/uL', ben)).toBe('contraindicated');
  });

  it('converts 10^9/L: 1.4 is 1400/µL [LOINC 751-8 units]', () => {
    expect(interpretResult('anc', 1.4, '10^9/L', cloz)).toMatchObject({
      value: 1400,
      band: 'mild-neutropenia',
    });
  });
});

describe('QTc', () => {
  it('is prolonged above 450 ms in men and 470 ms in women [Goldenberg 2006]', () => {
    expect(sev('qtc', 450, 'ms', { sex: 'male' })).toBeNull();
    expect(sev('qtc', 451, 'ms', { sex: 'male' })).toBe('moderate');
    expect(sev('qtc', 470, 'ms', { sex: 'female' })).toBeNull();
    expect(sev('qtc', 471, 'ms', { sex: 'female' })).toBe('moderate');
  });

  it('is high risk at 500 ms or more [AHA/ACCF 2010]', () => {
    expect(sev('qtc', 499, 'ms', { sex: 'female' })).toBe('moderate');
    expect(interpretResult('qtc', 500, 'ms', { sex: 'female' })).toMatchObject({
      band: 'high-risk',
      severity: 'major',
    });
  });

  it('is high risk after a rise of 60 ms from baseline, not after 59 ms [AHA/ACCF 2010]', () => {
    expect(interpretResult('qtc', 460, 'ms', { sex: 'female', baseline: 400 })).toMatchObject({
      band: 'high-risk-rise',
      severity: 'major',
    });
    expect(sev('qtc', 459, 'ms', { sex: 'female', baseline: 400 })).toBeNull();
  });
});

describe('renal function', () => {
  it('with lithium: eGFR below 60 is caution (moderate), below 30 avoid (major) [NICE CG185; KDIGO 2012]', () => {
    const li = { drugs: ['lithium'] };
    expect(sev('egfr', 60, undefined, li)).toBeNull();
    expect(interpretResult('egfr', 59, undefined, li)).toMatchObject({
      band: 'lithium-caution',
      severity: 'moderate',
    });
    expect(sev('egfr', 30, undefined, li)).toBe('moderate');
    expect(interpretResult('egfr', 29, undefined, li)).toMatchObject({
      band: 'lithium-avoid',
      severity: 'major',
    });
  });

  it('without lithium: G3 is minor, 90 gives no alert [KDIGO 2012]', () => {
    expect(sev('egfr', 59)).toBe('minor');
    expect(sev('egfr', 90)).toBeNull();
    expect(sev('62238-1', 45)).toBe('minor');
  });

  it('creatinine 1.5 times baseline meets AKI criteria; µmol/L converts [KDIGO AKI 2012]', () => {
    expect(sev('creatinine', 1.5, 'mg/dL', { baseline: 1.0 })).toBe('moderate');
    expect(sev('creatinine', 1.1, 'mg/dL', { baseline: 1.0 })).toBeNull();
    expect(interpretResult('creatinine', 88.42, 'umol/L').value).toBe(1);
  });
});

describe('anticonvulsant levels', () => {
  it('valproate: 50-125 mcg/mL gives no alert; 49 low; 126 high [Depakote label]', () => {
    expect(sev('valproate', 50)).toBeNull();
    expect(sev('valproate', 125)).toBeNull();
    expect(sev('valproate', 49)).toBe('minor');
    expect(sev('valproate', 126)).toBe('moderate');
  });

  it('valproate above 110 mcg/mL in women flags thrombocytopenia risk, not in men [Depakote label]', () => {
    expect(interpretResult('valproate', 115, 'mcg/mL', { sex: 'female' }).band).toBe('thrombocytopenia-risk');
    expect(sev('valproate', 115, 'mcg/mL', { sex: 'male' })).toBeNull();
  });

  it('valproate in µmol/L converts (600 µmol/L ≈ 86.5 mcg/mL, no alert) [Depakote label]', () => {
    const r = interpretResult('valproate', 600, 'µmol/L');
    expect(r.value).toBeCloseTo(86.5, 1);
    expect(r.severity).toBeNull();
  });

  it('carbamazepine: 4-12 mcg/mL gives no alert; 3.9 low; 12.1 high [Tegretol label]', () => {
    expect(sev('carbamazepine', 4)).toBeNull();
    expect(sev('carbamazepine', 12)).toBeNull();
    expect(sev('carbamazepine', 3.9)).toBe('minor');
    expect(sev('carbamazepine', 12.1)).toBe('moderate');
  });
});

describe('chemistry', () => {
  it('sodium: 135 normal, 130-134 mild, 125-129 moderate, below 125 profound [Spasovski 2014]', () => {
    expect(sev('sodium', 135)).toBeNull();
    expect(sev('sodium', 134)).toBe('minor');
    expect(sev('sodium', 130)).toBe('minor');
    expect(sev('sodium', 129)).toBe('moderate');
    expect(sev('sodium', 124)).toBe('major');
  });

  it('ALT: up to ULN normal, above 3x ULN moderate, above 5x major [FDA DILI guidance 2009]', () => {
    expect(sev('alt', 40)).toBeNull();
    expect(sev('alt', 41)).toBe('minor');
    expect(sev('alt', 120)).toBe('minor');
    expect(interpretResult('alt', 121).band).toBe('above-3x-uln');
    expect(sev('alt', 121)).toBe('moderate');
    expect(sev('ast', 201)).toBe('major');
    expect(sev('alt', 100, 'U/L', { upperLimitOfNormal: 33 })).toBe('moderate');
  });

  it('HbA1c: 5.6 normal, 5.7-6.4 prediabetes, 6.5 diabetes; 48 mmol/mol converts [ADA Standards of Care 2025]', () => {
    expect(sev('a1c', 5.6)).toBeNull();
    expect(sev('a1c', 5.7)).toBe('minor');
    expect(sev('a1c', 6.4)).toBe('minor');
    expect(interpretResult('a1c', 6.5).band).toBe('diabetes');
    expect(interpretResult('4548-4', 48, 'mmol/mol').band).toBe('diabetes');
  });

  it('fasting glucose: 99 normal, 100-125 prediabetes, 126 diabetes; 7.0 mmol/L converts [ADA Standards of Care 2025]', () => {
    expect(sev('fasting-glucose', 99)).toBeNull();
    expect(sev('fasting-glucose', 100)).toBe('minor');
    expect(sev('fasting-glucose', 125)).toBe('minor');
    expect(sev('fasting-glucose', 126)).toBe('moderate');
    expect(interpretResult('glucose', 7.0, 'mmol/L').band).toBe('diabetes');
  });

  it('LDL: 129 no alert, 160 high, 190 very high; triglycerides: 149 no alert, 500 very high [NCEP ATP III; ACC/AHA 2018]', () => {
    expect(sev('ldl', 129)).toBeNull();
    expect(sev('ldl', 160)).toBe('minor');
    expect(sev('ldl', 190)).toBe('moderate');
    expect(sev('triglycerides', 149)).toBeNull();
    expect(sev('triglycerides', 500)).toBe('moderate');
  });

  it('TSH: 0.45-4.5 normal, above 4.5 minor, above 10 moderate [Surks 2004]', () => {
    expect(sev('tsh', 2)).toBeNull();
    expect(sev('tsh', 4.5)).toBeNull();
    expect(sev('tsh', 6, 'mIU/L', { drugs: ['lithium'] })).toBe('minor');
    expect(sev('tsh', 11)).toBe('moderate');
  });

  it('calcium: 10.5 normal, 10.6 mild, 12 moderate hypercalcaemia [Minisola 2015]', () => {
    expect(sev('calcium', 10.5)).toBeNull();
    expect(sev('calcium', 10.6)).toBe('minor');
    expect(sev('calcium', 12)).toBe('moderate');
  });
});

describe('vital signs', () => {
  it('blood pressure 118/76 gives no alert [ACC/AHA 2017]', () => {
    expect(interpretResult('blood-pressure', 118, 'mmHg', { diastolic: 76 }).alert).toBeNull();
  });

  it('stage 2 (140/90) on a stimulant is moderate with a dose action; 138/85 is stage 1 [ACC/AHA 2017; AAP 2019]', () => {
    const r = interpretResult('blood-pressure', 142, 'mmHg', { diastolic: 88, drugs: ['methylphenidate'] });
    expect(r).toMatchObject({ band: 'stage-2', severity: 'moderate' });
    expect(r.alert?.action).toBe('reduce-dose');
    expect(interpretResult('blood-pressure', 120, 'mmHg', { diastolic: 90 }).band).toBe('stage-2');
    expect(interpretResult('bp', 138, 'mmHg', { diastolic: 85 })).toMatchObject({
      band: 'stage-1',
      severity: 'minor',
    });
  });

  it('severe hypertension above 180/120 is major [ACC/AHA 2017]', () => {
    expect(sev('blood-pressure', 185, 'mmHg', { diastolic: 100 })).toBe('major');
  });

  it('heart rate: 72 normal, 101 tachycardia, 45 bradycardia [ACC/AHA/HRS 2018]', () => {
    expect(sev('heart-rate', 72)).toBeNull();
    expect(sev('heart-rate', 101)).toBe('minor');
    expect(sev('pulse', 45)).toBe('minor');
  });

  it('BMI 22 gives no alert; 31 is obesity [WHO 2000]', () => {
    expect(sev('bmi', 22)).toBeNull();
    expect(interpretResult('bmi', 31).band).toBe('obesity');
  });

  it('weight gain of 5% from baseline is moderate, 4.3% is not [ADA/APA 2004]', () => {
    expect(interpretResult('weight', 73.5, 'kg', { baseline: 70 })).toMatchObject({
      band: 'gain-5-percent',
      severity: 'moderate',
    });
    expect(sev('weight', 73, 'kg', { baseline: 70 })).toBeNull();
  });
});
