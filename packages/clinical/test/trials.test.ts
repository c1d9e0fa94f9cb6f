import { describe, expect, it } from 'vitest';
import { assessTrial, assessTrials, outcomeFromScores, SOURCES } from '../src/index.js';

describe('assessTrials (treatment-resistant depression)', () => {
  it('judges dose against the formulary range and duration against the trial length (hand-checked)', () => {
    // Sertraline 150 mg for 8 weeks: in 50-200, ≥ 6 weeks → adequate.
    expect(assessTrial({ drug: 'sertraline', dailyMg: 150, weeks: 8 }).adequate).toBe(true);
    // Escitalopram 20 mg for 3 weeks: dose fine, too short.
    const short = assessTrial({ drug: 'escitalopram', dailyMg: 20, weeks: 3 });
    expect(short).toMatchObject({ adequateDose: true, adequateDuration: false, adequate: false });
    expect(short.reasons.join(' ')).toContain('3 weeks is shorter than the 6 weeks');
    // Bupropion 150 mg for 10 weeks: under the 300 mg minimum effective dose.
    const low = assessTrial({ drug: 'bupropion', dailyMg: 150, weeks: 10 });
    expect(low).toMatchObject({ adequateDose: false, adequateDuration: true, adequate: false });
    expect(low.reasons.join(' ')).toContain('outside the therapeutic range (300-450');
    // Exactly at the boundary: fluoxetine 20 mg for 6 weeks is adequate; above the maximum is not.
    expect(assessTrial({ drug: 'fluoxetine', dailyMg: 20, weeks: 6 }).adequate).toBe(true);
    expect(assessTrial({ drug: 'fluoxetine', dailyMg: 100, weeks: 6 }).adequateDose).toBe(false);
    expect(assessTrial({ drug: 'sertraline', dailyMg: null, weeks: 8 }).adequate).toBe(false);
  });

  it('derives the outcome from PHQ-9 before and after when none is recorded', () => {
    expect(outcomeFromScores(20, 4)).toBe('remission');
    expect(outcomeFromScores(20, 10)).toBe('response');
    expect(outcomeFromScores(20, 14)).toBe('partial');
    expect(outcomeFromScores(20, 16)).toBe('none');
    expect(
      assessTrial({ drug: 'sertraline', dailyMg: 100, weeks: 8, phq9Before: 18, phq9After: 16 }).outcome,
    ).toBe('none');
    // A recorded outcome wins over the scores.
    expect(
      assessTrial({
        drug: 'sertraline',
        dailyMg: 100,
        weeks: 8,
        outcome: 'partial',
        phq9Before: 18,
        phq9After: 3,
      }).outcome,
    ).toBe('partial');
  });

  it('needs two failed adequate antidepressant trials for TRD; short, low-dose and non-antidepressant trials do not count', () => {
    const result = assessTrials([
      { drug: 'sertraline', dailyMg: 150, weeks: 8, phq9Before: 19, phq9After: 17 },
      { drug: 'escitalopram', dailyMg: 20, weeks: 3, outcome: 'none' },
      { drug: 'bupropion', dailyMg: 150, weeks: 10, outcome: 'none' },
      { drug: 'quetiapine', dailyMg: 300, weeks: 8, outcome: 'none' },
    ]);
    expect(result.adequateTrials.map((t) => t.formularyDrug)).toEqual(['sertraline']);
    expect(result.treatmentResistant).toBe(false);

    const two = assessTrials([
      { drug: 'sertraline', dailyMg: 150, weeks: 8, phq9Before: 19, phq9After: 17 },
      { drug: 'fluoxetine', dailyMg: 40, weeks: 7, outcome: 'partial' },
      { drug: 'escitalopram', dailyMg: 20, weeks: 8, outcome: 'remission' },
    ]);
    expect(two.adequateTrials).toHaveLength(3);
    expect(two.failedAdequateTrials.map((t) => t.formularyDrug)).toEqual(['sertraline', 'fluoxetine']);
    expect(two.treatmentResistant).toBe(true);
    for (const id of two.sources) expect(SOURCES.has(id)).toBe(true);
  });

  it('nothing is adequate for an unknown drug or an empty list', () => {
    expect(assessTrial({ drug: 'notadrug', dailyMg: 10, weeks: 10 }).adequate).toBe(false);
    const empty = assessTrials([]);
    expect(empty.adequateTrials).toEqual([]);
    expect(empty.treatmentResistant).toBe(false);
  });
});
