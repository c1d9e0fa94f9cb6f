import { describe, expect, it } from 'vitest';
import { ADHD_MEDICATIONS } from '../src/formulary/drugs/adhd.js';
import { SUBSTANCE_USE_MEDICATIONS } from '../src/formulary/drugs/substance-use.js';
import type { Drug } from '../src/formulary/types.js';
import { SOURCES } from '../src/sources/index.js';

const ALL: Drug[] = [...ADHD_MEDICATIONS, ...SUBSTANCE_USE_MEDICATIONS];

function drug(name: string): Drug {
  const found = ALL.find((d) => d.name === name);
  if (!found) throw new Error(`no formulary entry for ${name}`);
  return found;
}

const STIMULANTS = [
  'methylphenidate',
  'dexmethylphenidate',
  'amphetamine',
  'dextroamphetamine',
  'lisdexamfetamine',
];
const NON_STIMULANTS = ['atomoxetine', 'viloxazine', 'guanfacine', 'clonidine'];

describe('group B ADHD and SUD entries are complete and consistent', () => {
  it('lists every required drug exactly once [brief / RxNorm]', () => {
    const required = [
      ...STIMULANTS,
      ...NON_STIMULANTS,
      'naltrexone',
      'acamprosate',
      'disulfiram',
      'buprenorphine',
      'naloxone',
      'methadone',
      'varenicline',
    ];
    for (const name of required) expect(ALL.filter((d) => d.name === name)).toHaveLength(1);
    expect(new Set(ALL.map((d) => d.rxnorm)).size).toBe(ALL.length);
  });

  it('every cited source id is registered [source registry]', () => {
    for (const d of ALL) {
      expect(d.sources.length, d.name).toBeGreaterThan(0);
      for (const id of d.sources) expect(SOURCES.has(id), `${d.name}: ${id}`).toBe(true);
      for (const cap of d.dose.caps ?? []) {
        for (const id of cap.sources) expect(SOURCES.has(id), `${d.name} cap: ${id}`).toBe(true);
      }
    }
  });

  it('doses are internally consistent and education is present [labels]', () => {
    for (const d of ALL) {
      const { usualDailyMg, maxDailyMg, startingDailyMg, strengthsMg } = d.dose;
      expect(d.rxnorm).toMatch(/^\d+$/);
      expect(usualDailyMg.min, d.name).toBeLessThanOrEqual(usualDailyMg.max);
      if (maxDailyMg !== null) {
        expect(usualDailyMg.max, d.name).toBeLessThanOrEqual(maxDailyMg);
        expect(startingDailyMg, d.name).toBeLessThanOrEqual(maxDailyMg);
        for (const cap of d.dose.caps ?? []) expect(cap.maxDailyMg, d.name).toBeLessThanOrEqual(maxDailyMg);
      }
      expect(
        [...strengthsMg].sort((a, b) => a - b),
        d.name,
      ).toEqual(strengthsMg);
      expect(d.education, d.name).not.toBeNull();
      expect(d.education?.questionsToAsk.length, d.name).toBeGreaterThan(0);
    }
  });
});

describe('stimulants', () => {
  it('all stimulants are Schedule II, sympathomimetic, with the abuse/misuse boxed warning [21 CFR 1308.12 / FDA DSC 2023]', () => {
    for (const name of STIMULANTS) {
      const d = drug(name);
      expect(d.schedule, name).toBe('II');
      expect(d.pd.sympathomimetic, name).toBe(true);
      expect(d.pd.misusePotential, name).toBe('high');
      expect(d.classes, name).toContain('stimulant');
      expect(d.boxedWarnings, name).toHaveLength(1);
      expect(d.boxedWarnings[0], name).toMatch(/abuse, misuse and addiction/i);
      expect(d.monitoring, name).toEqual(['stimulant-cardiovascular', 'controlled-substance']);
    }
  });

  it('lisdexamfetamine maximum is 70 mg/day, 50 mg/day in severe renal impairment [Vyvanse label]', () => {
    const lisdex = drug('lisdexamfetamine');
    expect(lisdex.dose.maxDailyMg).toBe(70);
    expect(lisdex.dose.caps?.find((c) => c.when.renalImpairment)?.maxDailyMg).toBe(50);
  });

  it('methylphenidate: RxNorm 6901, adult max 72 mg (Concerta), children up to 60 mg [Concerta / Ritalin labels]', () => {
    const mph = drug('methylphenidate');
    expect(mph.rxnorm).toBe('6901');
    expect(mph.dose.maxDailyMg).toBe(72);
    expect(mph.dose.caps?.find((c) => c.when.maxAge === 12)?.maxDailyMg).toBe(60);
  });

  it('dexmethylphenidate XR: 40 mg adults, 30 mg children [Focalin XR label]', () => {
    const dmph = drug('dexmethylphenidate');
    expect(dmph.dose.maxDailyMg).toBe(40);
    expect(dmph.dose.caps?.find((c) => c.when.maxAge === 17)?.maxDailyMg).toBe(30);
  });

  it('mixed amphetamine salts are reached by the Adderall brand and a 40 mg ADHD ceiling [Adderall label]', () => {
    const amphetamine = drug('amphetamine');
    expect(amphetamine.brands).toContain('Adderall');
    expect(amphetamine.synonyms).toContain('mixed amphetamine salts');
    expect(amphetamine.dose.maxDailyMg).toBe(40);
  });

  it('methylphenidate is not serotonergic; amphetamines carry a weak serotonergic contribution [labels]', () => {
    expect(drug('methylphenidate').pd.serotonergic).toBe('none');
    expect(drug('amphetamine').pd.serotonergic).toBe('low');
  });
});

describe('non-stimulant ADHD medications', () => {
  it('atomoxetine is a major CYP2D6 substrate capped at 80 mg/day in poor metabolizers [Strattera label / CPIC 2019]', () => {
    const atomoxetine = drug('atomoxetine');
    expect(atomoxetine.metabolism.substrateOf).toContainEqual({ enzyme: 'CYP2D6', fraction: 'major' });
    const cap = atomoxetine.dose.caps?.find((c) => c.when.phenotype?.gene === 'CYP2D6');
    expect(cap?.maxDailyMg).toBe(80);
    expect(cap?.when.phenotype?.phenotypes).toEqual(['poor metabolizer']);
    expect(atomoxetine.dose.maxDailyMg).toBe(100);
    expect(atomoxetine.rxnorm).toBe('38400');
  });

  it('atomoxetine is capped at 80 mg/day with fluoxetine (strong CYP2D6 inhibitor) but not with sertraline [Strattera label]', () => {
    const caps = drug('atomoxetine').dose.caps ?? [];
    expect(caps.find((c) => c.when.withDrug === 'fluoxetine')?.maxDailyMg).toBe(80);
    expect(caps.find((c) => c.when.withDrug === 'sertraline')).toBeUndefined();
    expect(caps.find((c) => c.when.hepaticImpairment)?.maxDailyMg).toBe(50);
  });

  it('atomoxetine and viloxazine carry suicidality boxed warnings [Strattera / Qelbree labels]', () => {
    for (const name of ['atomoxetine', 'viloxazine']) {
      const d = drug(name);
      expect(d.boxedWarnings, name).toHaveLength(1);
      expect(d.boxedWarnings[0], name).toMatch(/suicidal/i);
      expect(d.monitoring, name).toContain('antidepressant-suicidality');
    }
  });

  it('viloxazine is a strong CYP1A2 inhibitor, max 600 mg/day, 200 mg/day in severe renal impairment [Qelbree label]', () => {
    const viloxazine = drug('viloxazine');
    expect(viloxazine.metabolism.inhibits).toContainEqual({ enzyme: 'CYP1A2', strength: 'strong' });
    expect(viloxazine.dose.maxDailyMg).toBe(600);
    expect(viloxazine.dose.caps?.find((c) => c.when.renalImpairment)?.maxDailyMg).toBe(200);
  });

  it('guanfacine is a major CYP3A4 substrate, 4 mg/day cap in children 6–12 [Intuniv label]', () => {
    const guanfacine = drug('guanfacine');
    expect(guanfacine.metabolism.substrateOf).toContainEqual({ enzyme: 'CYP3A4', fraction: 'major' });
    expect(guanfacine.dose.caps?.find((c) => c.when.maxAge === 12)?.maxDailyMg).toBe(4);
    expect(guanfacine.dose.maxDailyMg).toBe(7);
  });

  it('alpha-2 agonists set off cardiovascular monitoring; clonidine has high rebound risk [Kapvay / Intuniv labels]', () => {
    expect(drug('guanfacine').monitoring).toEqual(['alpha2-cardiovascular']);
    expect(drug('clonidine').monitoring).toEqual(['alpha2-cardiovascular']);
    expect(drug('clonidine').discontinuationRisk).toBe('high');
    expect(drug('clonidine').dose.caps?.find((c) => c.when.maxAge === 17)?.maxDailyMg).toBe(0.4);
    expect(drug('clonidine').rxnorm).toBe('2599');
  });

  it('non-stimulants are not controlled, not sympathomimetic and have no misuse potential [21 CFR 1308 / labels]', () => {
    for (const name of NON_STIMULANTS) {
      const d = drug(name);
      expect(d.schedule, name).toBeNull();
      expect(d.pd.sympathomimetic, name).toBe(false);
      expect(d.pd.misusePotential, name).toBe('none');
      expect(d.monitoring, name).not.toContain('controlled-substance');
    }
  });
});

describe('substance use disorder medications', () => {
  it('buprenorphine is Schedule III, a major CYP3A4 substrate and a respiratory depressant [21 CFR 1308.13 / Suboxone label]', () => {
    const buprenorphine = drug('buprenorphine');
    expect(buprenorphine.schedule).toBe('III');
    expect(buprenorphine.metabolism.substrateOf).toContainEqual({ enzyme: 'CYP3A4', fraction: 'major' });
    expect(buprenorphine.pd.respiratoryDepressant).toBe(true);
    expect(buprenorphine.monitoring).toContain('opioid-treatment');
    expect(buprenorphine.dose.maxDailyMg).toBe(24);
    expect(buprenorphine.rxnorm).toBe('1819');
    expect(buprenorphine.pregnancy.risk).toBe('acceptable');
  });

  it('buprenorphine sublingual has no boxed warning of its own; only the IV-injection risk of the depot products [Suboxone / Sublocade labels]', () => {
    const warnings = drug('buprenorphine').boxedWarnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/intravenously/);
    expect(warnings[0]).toMatch(
      /Sublingual and buccal products for opioid use disorder carry no boxed warning/,
    );
  });

  it('naloxone is its own uncontrolled entry for buprenorphine/naloxone combinations [Narcan label]', () => {
    const naloxone = drug('naloxone');
    expect(naloxone.rxnorm).toBe('7242');
    expect(naloxone.schedule).toBeNull();
    expect(naloxone.dose.maxDailyMg).toBeNull();
    expect(naloxone.dose.nonDailyRoute?.route).toBe('nasal');
    expect(naloxone.pd.respiratoryDepressant).toBe(false);
    expect(naloxone.pd.cnsDepressant).toBe('none');
  });

  it('methadone is Schedule II with known QT risk, ECG monitoring and CYP3A4/CYP2B6 metabolism [21 CFR 1308.12 / Dolophine label / CredibleMeds]', () => {
    const methadone = drug('methadone');
    expect(methadone.schedule).toBe('II');
    expect(methadone.pd.qtRisk).toBe('known');
    expect(methadone.monitoring).toEqual(['opioid-treatment', 'qt-ecg']);
    const major = methadone.metabolism.substrateOf.filter((s) => s.fraction === 'major').map((s) => s.enzyme);
    expect(major).toEqual(['CYP3A4', 'CYP2B6']);
    expect(methadone.boxedWarnings.some((w) => /QT prolongation/.test(w))).toBe(true);
    expect(methadone.boxedWarnings.some((w) => /respiratory depression/.test(w))).toBe(true);
    expect(methadone.dose.maxDailyMg).toBeNull();
  });

  it('naltrexone: Vivitrol is a brand of the same ingredient; hepatic monitoring; not controlled [Vivitrol / naltrexone labels]', () => {
    const naltrexone = drug('naltrexone');
    expect(naltrexone.brands).toContain('Vivitrol');
    expect(ALL.filter((d) => d.brands.includes('Vivitrol'))).toHaveLength(1);
    expect(naltrexone.monitoring).toEqual(['hepatic']);
    expect(naltrexone.schedule).toBeNull();
    expect(naltrexone.rxnorm).toBe('7243');
  });

  it('naltrexone is not a CNS or respiratory depressant and has no misuse potential [naltrexone label]', () => {
    const naltrexone = drug('naltrexone');
    expect(naltrexone.pd.cnsDepressant).toBe('none');
    expect(naltrexone.pd.respiratoryDepressant).toBe(false);
    expect(naltrexone.pd.misusePotential).toBe('none');
    expect(naltrexone.discontinuationRisk).toBe('none');
  });

  it('acamprosate is renally cleared and limited to 999 mg/day in moderate renal impairment [Campral label]', () => {
    const acamprosate = drug('acamprosate');
    expect(acamprosate.metabolism.renallyCleared).toBe(true);
    expect(acamprosate.dose.maxDailyMg).toBe(1998);
    expect(acamprosate.dose.caps?.find((c) => c.when.renalImpairment)?.maxDailyMg).toBe(999);
    expect(acamprosate.monitoring).toEqual(['renal']);
  });

  it('disulfiram warns never to give it to an intoxicated or unknowing patient [Antabuse label]', () => {
    const disulfiram = drug('disulfiram');
    expect(disulfiram.boxedWarnings).toHaveLength(1);
    expect(disulfiram.boxedWarnings[0]).toMatch(/intoxication/);
    expect(disulfiram.monitoring).toEqual(['hepatic']);
  });

  it('varenicline has no boxed warning since 2016 and is capped at 1 mg/day in severe renal impairment [FDA DSC 2016 / Chantix label]', () => {
    const varenicline = drug('varenicline');
    expect(varenicline.boxedWarnings).toHaveLength(0);
    expect(varenicline.dose.maxDailyMg).toBe(2);
    expect(varenicline.dose.caps?.find((c) => c.when.renalImpairment)?.maxDailyMg).toBe(1);
    expect(varenicline.schedule).toBeNull();
  });
});
