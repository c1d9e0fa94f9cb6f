import { describe, expect, it } from 'vitest';
import { scoreInstrument } from '../src/index.js';

/** `count` item scores, each at most `max`, filled left to right so they sum to `total`. */
function spread(total: number, count: number, max: number): number[] {
  const scores: number[] = [];
  let left = total;
  for (let i = 0; i < count; i++) {
    const score = Math.min(max, left);
    scores.push(score);
    left -= score;
  }
  if (left > 0) throw new Error(`cannot spread ${total}`);
  return scores;
}

/** PHQ-9 answers summing to `total` with item 9 = 0 (totals up to 24). */
const phq9 = (total: number): number[] => [...spread(total, 8, 3), 0];

describe('PHQ-9 severity bands', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately severe'],
    [19, 'moderately severe'],
    [20, 'severe'],
    [24, 'severe'],
  ])('PHQ-9 total %i is %s [Kroenke 2001]', (total, band) => {
    const result = scoreInstrument('PHQ-9', phq9(total));
    expect(result.total).toBe(total);
    expect(result.band).toBe(band);
    expect(result.complete).toBe(true);
  });

  it('PHQ-9 maximum total 27 is severe (item 9 = 3 also flags) [Kroenke 2001]', () => {
    const result = scoreInstrument('PHQ-9', spread(27, 9, 3));
    expect(result).toMatchObject({ total: 27, band: 'severe', positive: true });
    expect(result.flags.map((f) => f.code)).toEqual(['suicidal-ideation']);
  });

  it('PHQ-9 example from design.md (1 2 3 0 1 2 0 1 0) totals 10, moderate [Kroenke 2001; design.md]', () => {
    expect(scoreInstrument('PHQ-9', [1, 2, 3, 0, 1, 2, 0, 1, 0])).toEqual({
      instrument: 'PHQ-9',
      total: 10,
      band: 'moderate',
      positive: true,
      risk: null,
      flags: [],
      complete: true,
    });
  });

  it.each([
    [9, false],
    [10, true],
  ])('PHQ-9 total %i gives positive = %s at the cut-point of 10 [Kroenke 2001]', (total, positive) => {
    expect(scoreInstrument('PHQ-9', phq9(total)).positive).toBe(positive);
  });

  it('PHQ-9 accepts the optional 10th difficulty answer without adding it to the total [Kroenke 2001]', () => {
    const result = scoreInstrument('PHQ-9', [...phq9(6), 3]);
    expect(result.total).toBe(6);
    expect(result.band).toBe('mild');
  });

  it('PHQ-9 answers given as the CLI strings score the same as numbers [design.md score contract]', () => {
    expect(scoreInstrument('phq-9', ['1', '2', '3', '0', '1', '2', '0', '1', '0']).total).toBe(10);
  });

  it('PHQ-9 answers given as option labels or LOINC answer codes are accepted [LOINC; Kroenke 2001]', () => {
    const result = scoreInstrument('PHQ-9', [
      'Nearly every day',
      'more than half the days',
      'LA6569-3',
      'not at all',
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(result.total).toBe(6);
  });
});

describe('PHQ-9 item 9 (suicidal ideation)', () => {
  it.each([
    [1, 'Several days'],
    [2, 'More than half the days'],
    [3, 'Nearly every day'],
  ])('item 9 = %i raises a critical suicidal-ideation flag [Kroenke 2001]', (answer, label) => {
    const result = scoreInstrument('PHQ-9', [0, 0, 0, 0, 0, 0, 0, 0, answer]);
    expect(result.flags).toHaveLength(1);
    expect(result.flags[0]).toMatchObject({ code: 'suicidal-ideation', item: 9, severity: 'critical' });
    expect(result.flags[0]?.message).toContain(label);
  });

  it('a total of 3 with item 9 = 1 is minimal but still flags suicidal ideation [Kroenke 2001]', () => {
    const result = scoreInstrument('PHQ-9', [1, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect(result.total).toBe(3);
    expect(result.band).toBe('minimal');
    expect(result.positive).toBe(false);
    expect(result.flags.map((f) => f.code)).toEqual(['suicidal-ideation']);
  });

  it('a total of 3 with item 9 = 0 gives no flag [Kroenke 2001]', () => {
    const result = scoreInstrument('PHQ-9', [1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(result.total).toBe(3);
    expect(result.flags).toEqual([]);
  });

  it('a severe total of 24 with item 9 = 0 gives no suicidal-ideation flag [Kroenke 2001]', () => {
    expect(scoreInstrument('PHQ-9', phq9(24)).flags).toEqual([]);
  });

  it('an unanswered item 9 gives a warning to ask it directly and no total [Kroenke 2001]', () => {
    const result = scoreInstrument('PHQ-9', [2, 2, 2, 2, 2, 2, 2, 2, null]);
    expect(result.total).toBeNull();
    expect(result.complete).toBe(false);
    expect(result.flags).toEqual([
      expect.objectContaining({ code: 'safety-item-unanswered', item: 9, severity: 'warning' }),
    ]);
  });

  it('item 9 is flagged even when other items are missing [Kroenke 2001]', () => {
    const result = scoreInstrument('PHQ-9', [null, null, 0, 0, 0, 0, 0, 0, 2]);
    expect(result.total).toBeNull();
    expect(result.flags.map((f) => f.code)).toEqual(['suicidal-ideation']);
  });
});

describe('PHQ-9 missing answers (no prorating)', () => {
  it('one missing item leaves total, band and positive null when the answers cannot decide it [Kroenke 2001; CMS159]', () => {
    const result = scoreInstrument('PHQ-9', [null, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(result).toMatchObject({ total: null, band: null, positive: null, complete: false });
  });

  it('missing items still give positive = true when the answered items already reach 10 [Kroenke 2001]', () => {
    const result = scoreInstrument('PHQ-9', [3, 3, 3, 3, null, null, null, null, 0]);
    expect(result).toMatchObject({ total: null, positive: true, complete: false });
  });

  it('missing items give positive = false when even the highest answers could not reach 10 [Kroenke 2001]', () => {
    const result = scoreInstrument('PHQ-9', [0, 0, 0, 0, 0, 0, 0, null, 0]);
    expect(result).toMatchObject({ total: null, positive: false, complete: false });
  });

  it('blank CLI answers ("-", "") count as unanswered [design.md score contract]', () => {
    const result = scoreInstrument('PHQ-9', ['-', '', 0, 0, 0, 0, 0, 0, 0]);
    expect(result.complete).toBe(false);
    expect(result.total).toBeNull();
  });
});

describe('PHQ-2 and GAD-2 screens', () => {
  it.each([
    [[1, 1], 2, false],
    [[2, 1], 3, true],
    [[3, 3], 6, true],
    [[0, 0], 0, false],
  ])('PHQ-2 %j totals %i, positive = %s (cut-point 3) [Kroenke 2003]', (answers, total, positive) => {
    const result = scoreInstrument('PHQ-2', answers);
    expect(result).toMatchObject({ total, positive, band: null, complete: true });
  });

  it('a positive PHQ-2 carries an info flag to follow with the PHQ-9 [Kroenke 2003]', () => {
    const result = scoreInstrument('PHQ-2', [3, 0]);
    expect(result.flags).toEqual([expect.objectContaining({ code: 'positive-screen', severity: 'info' })]);
    expect(result.flags[0]?.message).toContain('PHQ-9');
  });

  it('a negative PHQ-2 has no flags [Kroenke 2003]', () => {
    expect(scoreInstrument('PHQ-2', [1, 1]).flags).toEqual([]);
  });

  it('PHQ-2 with item 1 = 3 and item 2 unanswered is already positive [Kroenke 2003]', () => {
    expect(scoreInstrument('PHQ-2', [3, null])).toMatchObject({
      total: null,
      positive: true,
      complete: false,
    });
  });

  it.each([
    [[1, 1], 2, false],
    [[1, 2], 3, true],
    [[3, 2], 5, true],
  ])('GAD-2 %j totals %i, positive = %s (cut-point 3) [Kroenke 2007]', (answers, total, positive) => {
    expect(scoreInstrument('GAD-2', answers)).toMatchObject({ total, positive, complete: true });
  });

  it('a positive GAD-2 carries an info flag to follow with the GAD-7 [Kroenke 2007]', () => {
    expect(scoreInstrument('GAD-2', [2, 2]).flags[0]?.message).toContain('GAD-7');
  });
});

describe('GAD-7', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('GAD-7 total %i is %s [Spitzer 2006]', (total, band) => {
    const result = scoreInstrument('GAD-7', spread(total, 7, 3));
    expect(result.total).toBe(total);
    expect(result.band).toBe(band);
  });

  it.each([
    [9, false],
    [10, true],
  ])('GAD-7 total %i gives positive = %s at the cut-point of 10 [Spitzer 2006]', (total, positive) => {
    expect(scoreInstrument('GAD-7', spread(total, 7, 3)).positive).toBe(positive);
  });

  it('GAD-7 raises no flags even when severe (no critical item) [Spitzer 2006]', () => {
    expect(scoreInstrument('GAD-7', spread(21, 7, 3)).flags).toEqual([]);
  });

  it('GAD-7 with one missing item has no total and is incomplete [Spitzer 2006]', () => {
    expect(scoreInstrument('GAD-7', [1, 1, 1, 1, 1, 1, null])).toMatchObject({
      total: null,
      band: null,
      complete: false,
    });
  });
});
