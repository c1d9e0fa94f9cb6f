import { describe, expect, it } from 'vitest';
import { DRUGS, findDrug, normalizeDrugName } from '../src/formulary/index.js';
import type { Drug } from '../src/formulary/types.js';
import { SOURCE_LIST, SOURCES } from '../src/sources/index.js';

/**
 * Checks over the whole formulary (every drug file). Failures name the offending drug so the
 * owner of that file can fix it.
 */

const psychiatric = DRUGS.filter((d) => d.psychiatric);

function duplicatesOf(values: string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) duplicates.add(value);
    seen.add(value);
  }
  return [...duplicates];
}

function offenders(predicate: (d: Drug) => boolean): string[] {
  return DRUGS.filter(predicate).map((d) => d.name);
}

describe('formulary size and identity', () => {
  it('holds at least 100 drugs once every drug group is filled in [project scope: formulary issue]', () => {
    expect(DRUGS.length).toBeGreaterThanOrEqual(100);
  });

  it('has unique, lower-case, trimmed generic names [design.md: drugs are lower-case generics]', () => {
    expect(duplicatesOf(DRUGS.map((d) => d.name))).toEqual([]);
    expect(offenders((d) => d.name !== d.name.toLowerCase().trim() || d.name.length === 0)).toEqual([]);
  });

  it('has unique RxNorm codes made of digits only [RxNorm RXCUI format]', () => {
    expect(offenders((d) => !/^\d+$/.test(d.rxnorm))).toEqual([]);
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const d of DRUGS) {
      const other = seen.get(d.rxnorm);
      if (other) clashes.push(`${d.rxnorm}: ${other} / ${d.name}`);
      else seen.set(d.rxnorm, d.name);
    }
    expect(clashes).toEqual([]);
  });

  it('resolves every brand name to exactly one drug, its own [design.md: brand names resolve]', () => {
    const owners = new Map<string, Set<string>>();
    for (const d of DRUGS) {
      for (const brand of d.brands) {
        const key = normalizeDrugName(brand);
        const set = owners.get(key) ?? new Set<string>();
        set.add(d.name);
        owners.set(key, set);
      }
    }
    const shared = [...owners.entries()].filter(([, set]) => set.size > 1).map(([brand]) => brand);
    expect(shared).toEqual([]);
    const wrong: string[] = [];
    for (const d of DRUGS) {
      for (const brand of d.brands)
        if (findDrug(brand) !== d) wrong.push(`${brand} → ${findDrug(brand)?.name}`);
    }
    expect(wrong).toEqual([]);
  });

  it('resolves every synonym to its own drug [design.md]', () => {
    const wrong: string[] = [];
    for (const d of DRUGS) {
      for (const synonym of d.synonyms ?? []) {
        if (findDrug(synonym) !== d) wrong.push(`${synonym} → ${findDrug(synonym)?.name}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every drug at least one class and a valid schedule [21 CFR 1308]', () => {
    expect(offenders((d) => d.classes.length === 0)).toEqual([]);
    expect(offenders((d) => ![null, 'II', 'III', 'IV', 'V'].includes(d.schedule))).toEqual([]);
  });

  it('puts antidepressant and antipsychotic subclasses under their parent class [drug class vocabulary]', () => {
    const adSub = ['ssri', 'snri', 'tca', 'maoi', 'atypical-antidepressant'] as const;
    const apSub = ['first-generation-antipsychotic', 'second-generation-antipsychotic'] as const;
    expect(
      offenders(
        (d) =>
          d.classes.some((c) => (adSub as readonly string[]).includes(c)) &&
          !d.classes.includes('antidepressant'),
      ),
    ).toEqual([]);
    expect(
      offenders(
        (d) =>
          d.classes.some((c) => (apSub as readonly string[]).includes(c)) &&
          !d.classes.includes('antipsychotic'),
      ),
    ).toEqual([]);
  });
});

describe('sources', () => {
  it('cites at least one source for every drug and every dose cap [project rule: every fact carries its source]', () => {
    expect(offenders((d) => d.sources.length === 0)).toEqual([]);
    expect(offenders((d) => (d.dose.caps ?? []).some((c) => c.sources.length === 0))).toEqual([]);
  });

  it('cites only source ids registered in SOURCES [project rule: ids resolve in the registry]', () => {
    const missing: string[] = [];
    for (const d of DRUGS) {
      for (const id of [...d.sources, ...(d.dose.caps ?? []).flatMap((c) => c.sources)]) {
        if (!SOURCES.has(id)) missing.push(`${d.name}: ${id}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('registers every source id once, with a citation [project rule: globally unique ids]', () => {
    expect(duplicatesOf(SOURCE_LIST.map((s) => s.id))).toEqual([]);
    expect(SOURCE_LIST.filter((s) => s.citation.trim().length < 20).map((s) => s.id)).toEqual([]);
  });
});

describe('doses', () => {
  it('orders maximum ≥ usual maximum ≥ usual minimum ≥ 0 [FDA labels]', () => {
    expect(
      offenders((d) => {
        const { usualDailyMg: u, maxDailyMg: max } = d.dose;
        return u.min < 0 || u.max < u.min || (max !== null && max < u.max);
      }),
    ).toEqual([]);
  });

  it('starts at or below the maximum, and at a positive dose [FDA labels]', () => {
    expect(offenders((d) => d.dose.startingDailyMg <= 0)).toEqual([]);
    expect(
      offenders((d) => d.dose.maxDailyMg !== null && d.dose.startingDailyMg > d.dose.maxDailyMg),
    ).toEqual([]);
  });

  it('keeps the minimum effective dose within the usual range [APA guidelines: adequate trial]', () => {
    expect(
      offenders((d) => {
        const m = d.dose.minEffectiveDailyMg;
        return m !== undefined && (m < 0 || m > d.dose.usualDailyMg.max);
      }),
    ).toEqual([]);
  });

  it('sets every cap below the labelled maximum and at or above zero [FDA labels]', () => {
    expect(
      offenders((d) =>
        (d.dose.caps ?? []).some(
          (c) => c.maxDailyMg < 0 || (d.dose.maxDailyMg !== null && c.maxDailyMg >= d.dose.maxDailyMg),
        ),
      ),
    ).toEqual([]);
  });

  it('gives every cap at least one condition and a reason [FDA labels]', () => {
    expect(
      offenders((d) =>
        (d.dose.caps ?? []).some((c) => Object.keys(c.when).length === 0 || c.reason.trim() === ''),
      ),
    ).toEqual([]);
  });

  it('lists positive dispensable strengths for every drug [FDA labels]', () => {
    expect(
      offenders((d) => d.dose.strengthsMg.length === 0 || d.dose.strengthsMg.some((s) => s <= 0)),
    ).toEqual([]);
  });

  it('fills titration and time-to-effect text [FDA labels]', () => {
    expect(offenders((d) => d.dose.titration.trim() === '' || d.dose.timeToEffect.trim() === '')).toEqual([]);
  });

  it('uses positive half-lives and washouts where given [FDA labels]', () => {
    expect(offenders((d) => d.halfLifeHours !== undefined && d.halfLifeHours <= 0)).toEqual([]);
    expect(offenders((d) => d.washoutDaysBeforeMaoi !== undefined && d.washoutDaysBeforeMaoi <= 0)).toEqual(
      [],
    );
  });
});

describe('patient education', () => {
  it('gives every psychiatric drug education with every field filled [project rule: plain-language education]', () => {
    const incomplete = psychiatric
      .filter((d) => {
        const e = d.education;
        if (!e) return true;
        const texts = [e.purpose, e.howToTake, e.weeks1to2, e.weeks4to8, e.whenToCall, e.missedDose];
        const lists = [e.commonSideEffects, e.seriousSideEffects, e.questionsToAsk];
        return (
          texts.some((t) => t.trim() === '') ||
          lists.some((l) => l.length === 0 || l.some((x) => x.trim() === ''))
        );
      })
      .map((d) => d.name);
    expect(incomplete).toEqual([]);
  });

  it('keeps drug text fields non-empty (pregnancy note, lactation) [FDA labels; LactMed]', () => {
    expect(offenders((d) => d.pregnancy.note.trim() === '' || d.lactation.trim() === '')).toEqual([]);
  });
});

describe('pharmacology', () => {
  it('uses anticholinergic burden scores 0-3 and known enzyme strengths [ACB scale; FDA DDI table]', () => {
    expect(offenders((d) => ![0, 1, 2, 3].includes(d.pd.anticholinergicBurden))).toEqual([]);
    const strengths = ['strong', 'moderate', 'weak'];
    expect(
      offenders((d) =>
        [...d.metabolism.inhibits, ...d.metabolism.induces].some((e) => !strengths.includes(e.strength)),
      ),
    ).toEqual([]);
  });

  it('lists each enzyme at most once per role for every drug [FDA DDI table]', () => {
    const dup = (list: { enzyme: string }[]) => new Set(list.map((x) => x.enzyme)).size !== list.length;
    expect(
      offenders(
        (d) => dup(d.metabolism.substrateOf) || dup(d.metabolism.inhibits) || dup(d.metabolism.induces),
      ),
    ).toEqual([]);
  });
});
